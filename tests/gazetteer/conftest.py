"""Fixtures for the gazetteer tests: the packaged gazetteer and a tiny, valid set of data files.

The tiny set lets schema tests break one field at a time and check the exact error, without
copying the packaged files.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factwire.gazetteer import Gazetteer, load_gazetteer

Data = dict[str, dict[str, Any]]


def _header(**extra: Any) -> dict[str, Any]:
    return {"version": "t1", "description": "test data", "sources": ["hand-written"], **extra}


MINIMAL: Data = {
    "states.json": {
        "header": _header(),
        "records": [
            {"id": "RUS", "name": "Russia", "official_name": "Russian Federation",
             "aliases": [], "demonyms": ["Russian"], "capital": "Moscow",
             "metonyms": ["Moscow", "the Kremlin"], "status": "un_member"},
            {"id": "IND", "name": "India", "official_name": "Republic of India",
             "aliases": ["Bharat"], "demonyms": ["Indian"], "capital": "New Delhi",
             "metonyms": ["New Delhi"], "status": "un_member"},
        ],
    },
    "organizations.json": {
        "header": _header(),
        "records": [
            {"id": "NATO", "name": "North Atlantic Treaty Organization", "aliases": [],
             "kind": "intergovernmental", "headquarters": "Brussels", "country": None},
            {"id": "HAL", "name": "Hindustan Aeronautics Limited", "aliases": [],
             "kind": "company", "headquarters": "Bengaluru", "country": "IND"},
        ],
    },
    "office_holders.json": {
        "header": _header(),
        "roles": [
            {"role": "Minister of Defence", "group": "defence", "aliases": ["Defence Minister"]},
            {"role": "Secretary-General", "group": "org_head", "aliases": []},
        ],
        "records": [
            {"name": "Sergei Shoigu", "aliases": ["Shoigu"], "terms": [
                {"role": "Minister of Defence", "actor": "RUS",
                 "start": "2012-11-06", "end": "2024-05-12"}]},
            {"name": "Andrei Belousov", "aliases": ["Belousov"], "terms": [
                {"role": "Minister of Defence", "actor": "RUS", "start": "2024-05-14",
                 "end": None}]},
            {"name": "Jens Stoltenberg", "aliases": [], "terms": [
                {"role": "Secretary-General", "actor": "NATO", "start": "2014-10",
                 "end": "2024-10"}]},
        ],
    },
    "weapons.json": {
        "header": _header(),
        "records": [
            {"id": "s-400", "designation": "S-400 Triumf", "aliases": ["S-400", "SA-21"],
             "category": "air_defence", "country": "RUS", "generic_terms": ["air-defence"]},
            {"id": "ka-226", "designation": "Ka-226", "aliases": ["Kamov-226"],
             "category": "helicopter", "country": "RUS", "generic_terms": ["helicopter"],
             "partners": ["IND"]},
        ],
        "classes": [
            {"label": "air-defence", "category": "air_defence", "terms": ["air defence system"]},
            {"label": "helicopter", "category": "helicopter",
             "terms": ["helicopter", "helicopters"]},
        ],
    },
    "places.json": {
        "header": _header(),
        "records": [
            {"id": "jodhpur", "name": "Jodhpur", "aliases": [], "country": "IND", "kind": "city",
             "admin1": "Rajasthan"},
            {"id": "black-sea", "name": "Black Sea", "aliases": [], "country": None, "kind": "sea"},
        ],
    },
}

Writer = Callable[[Callable[[Data], None]], Path]


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The packaged gazetteer (read once per test session, like in production)."""
    return load_gazetteer()


@pytest.fixture
def write_data(tmp_path: Path) -> Writer:
    """Write the minimal data set after ``edit`` changed a deep copy of it; return the folder."""
    def write(edit: Callable[[Data], None]) -> Path:
        data = copy.deepcopy(MINIMAL)
        edit(data)
        for name, content in data.items():
            (tmp_path / name).write_text(json.dumps(content, indent=1), encoding="utf-8")
        return tmp_path
    return write
