"""`factwire serve` refuses what cannot work before it listens: usage errors exit 2."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factwire.cli.main import cli


def test_serve_is_registered_and_teaches() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--token-file" in result.output and "Examples:" in result.output
    assert "serve" in CliRunner().invoke(cli, ["--help"]).output


def test_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "absent.db")])
    assert result.exit_code == 2
    assert "absent.db" in result.output


def test_a_short_token_is_refused(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("secret\n")
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"),
                                      "--token-file", str(token)])
    assert result.exit_code == 2
    assert "16 or more" in result.output and str(token) in result.output
