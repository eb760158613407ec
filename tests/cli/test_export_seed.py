"""The seed article through the real pipeline, exported: the rows an analyst gets from it."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from factwire.cli.main import cli

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def test_the_seed_exports_dated_sourced_rows(seed_path: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "seed.db")
    runner = CliRunner()
    done = runner.invoke(cli, ["ingest", str(seed_path), "--published", "2018-12-13", "--db",
                               db, "--format", "json"], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    out = runner.invoke(cli, ["export", "transfers", "--db", db, "--supplier", "RUS",
                              "--system", "S-400", "--format", "jsonl"]).stdout
    [deal] = [json.loads(line) for line in out.splitlines()]
    assert (deal["suppliers"], deal["recipients"], deal["number"], deal["order_date"],
            deal["start"], deal["end"], deal["date_precision"], deal["dated_from"]) == (
        ["RUS"], ["IND"], 5, "2018-10", "2018-10-01", "2018-10-31", "month", "text")
    assert deal["delivery_dates"] == ["2020"] and deal["value"] == 5e9
    assert deal["article_ids"] == [seed_path.stem] and deal["urls"] == []  # a local file

    path = tmp_path / "events.parquet"
    runner.invoke(cli, ["export", "events", "--db", db, "-o", str(path)],
                  catch_exceptions=False)
    events = pd.read_parquet(path)
    dated = events[events["start"].notna()]
    assert (dated["end"] >= dated["start"]).all()
    assert set(events.loc[events["start"].isna(), "dated_from"]) <= {"publication"}
    assert all(isinstance(c, str) and len(c) >= 3 for c in events["cameo"].dropna())
    meeting = events[events["kind"] == "meeting"].iloc[0]
    assert sorted(p["name"] for p in meeting["participants"]) == [
        "Nirmala Sitharaman", "Sergei Shoigu"]
