"""``python -m factwire.gazetteer.check``: counts on success, the precise error on failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factwire.gazetteer.check import main

Data = dict[str, dict[str, Any]]
Writer = Callable[[Callable[[Data], None]], Path]  # the write_data fixture


def test_check_packaged_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "states.json: version 2025.1" in out
    assert "states: 197" in out
    assert any(line.startswith("weapons: ") and int(line.split()[1]) >= 350 for line in out)


def test_check_folder(write_data: Writer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(write_data(lambda data: None))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-8:] == ["states: 2", "organizations: 2", "people: 3", "office_terms: 3",
                        "states_with_holders: 1", "weapons: 2", "weapon_classes: 2", "places: 2"]


def test_check_reports_the_error(write_data: Writer, capsys: pytest.CaptureFixture[str]) -> None:
    def edit(data: Data) -> None:
        data["places.json"]["records"][0]["country"] = "XXX"
    assert main([str(write_data(edit))]) == 1
    err = capsys.readouterr().err
    assert err.startswith("gazetteer check failed: places.json: record 0 (id 'jodhpur'), "
                          "field 'country': 'XXX' is not a state in states.json")


def test_check_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["a", "b"]) == 2
    assert "python -m factwire.gazetteer.check" in capsys.readouterr().err
