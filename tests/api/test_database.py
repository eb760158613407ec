"""``factwire.open``: a missing database is an error unless asked for; typed rows, frames."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import written_corpus
from factory import seed_like

import factwire
from factwire.api import EventRow, LatLon, place_coordinates, queries
from factwire.model import FactwireError
from factwire.store import write_extraction


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "fw.db"
    with factwire.open(path, create=True) as db, db.store.write() as conn:
        for x in [seed_like(), *written_corpus.load().values()]:
            write_extraction(conn, x)
    return path


def test_a_missing_database_is_refused_naming_the_path_and_the_flag(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(FactwireError, match=r"typo\.db: no factwire database there.*"
                                            r"create=True"):
        factwire.open(missing)
    assert not missing.exists()
    with factwire.open(missing, create=True) as db:
        assert db.events() == []
    assert missing.exists()


def test_rows_are_dataclasses_and_become_frames(db_path: Path) -> None:
    with factwire.open(str(db_path)) as db:
        rows = db.events(between=["India", "Russia"])
        assert [type(r) for r in rows] == [EventRow, EventRow]
        assert [(r.kind, r.who) for r in rows] == [("arms_transfer", "RUS -> IND"),
                                                   ("meeting", "IND, RUS")]
        assert rows[1].people == ["Nirmala Sitharaman (IND)", "Sergei Shoigu (RUS)"]
        frame = rows.to_pandas()
        assert list(frame.columns) == [f.name for f in dataclasses.fields(EventRow)]
        assert frame["kind"].tolist() == ["arms_transfer", "meeting"]
        empty = db.events(kind="sanction").to_pandas()
        assert (len(empty), list(empty.columns)[:3]) == (0, ["id", "date", "end"])
        assert [t.supplier for t in db.transfers()] == ["RUS", "RUS"]
        assert [q.speaker for q in db.quotes(speaker="Shoigu")] == ["Sergei Shoigu"]
        assert db.who(actor="AUS")[0].people == ["Christopher Pyne"]
        assert db.search("patrols")[0].article == "canberra-4"
        assert db.timeline(["IND", "RUS"])[0].what == "RUS -> IND S-400 x5"


def test_corrections_through_the_api(db_path: Path) -> None:
    with factwire.open(db_path) as db:
        [tokyo] = db.events(place="Tokyo")
        [cid] = db.correct(tokyo.id, set={"status": "planned"}, author="ann", reason="a plan")
        assert db.events(place="Tokyo")[0].corrected == [f"#{cid} status=planned by ann: a plan"]
        db.correct(tokyo.id, delete=True, author="ann", reason="not an event")
        assert db.events(place="Tokyo", modality="all") == []


def test_the_query_functions_are_exported() -> None:
    import factwire.api as api

    assert api.events is queries.events and api.who is queries.who


@pytest.mark.parametrize(("name", "country", "near"), [
    ("Sochi", None, (43.6, 39.7)), ("New Delhi", None, (28.6, 77.2)),
    ("Constantinople", None, (41.0, 28.9)),  # a gazetteer alias of Istanbul
    ("Tripoli", "LBY", (32.9, 13.2)), ("Tripoli", "LBN", (34.4, 35.8)),
])
def test_places_get_coordinates(name: str, country: str | None,
                                near: tuple[float, float]) -> None:
    point = place_coordinates(name, country)
    assert isinstance(point, LatLon)
    assert (round(point.lat, 1), round(point.lon, 1)) == near


@pytest.mark.parametrize("name", ["Black Sea", "Crimea", "Qqqzzx"])
def test_seas_regions_and_unknown_names_have_no_point(name: str) -> None:
    assert place_coordinates(name) is None
