"""The seed article's gold entities resolve through the gazetteer to the gold countries.

Only names are read from the gold file (no article text is copied): every person, state,
place and weapon the gold expects, except private persons, must be a gazetteer entry.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factwire.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


def _gold(shared_dir: Path) -> dict[str, object]:
    gold = json.loads((shared_dir / "spec" / "seed.gold.json").read_text(encoding="utf-8"))
    assert isinstance(gold, dict)
    return gold


def test_gold_entities_resolve(gz: Gazetteer, shared_dir: Path) -> None:
    gold = _gold(shared_dir)
    published = str(gold["published"])
    entities = gold["entities"]
    assert isinstance(entities, list)
    private = {"Amit Cowshish"}  # a former official quoted as an analyst, not an office holder
    for entity in entities:
        name, kind, country = entity["name"], entity["kind"], entity["country"]
        if name in private:
            continue
        if kind == "person":
            found = gz.role_of(name, published)
            assert found is not None, name
            assert found.country == country, name
        elif kind == "country":
            state = gz.state(name)
            assert state is not None and state.id == country, name
        elif kind == "location":
            place = gz.place(name)
            assert place is not None and place.country == country, name
        else:
            weapon = gz.weapon(name)
            assert weapon is not None and weapon.country == country, name


def test_gold_systems_resolve_to_a_record_or_a_class(gz: Gazetteer, shared_dir: Path) -> None:
    events = _gold(shared_dir)["events"]
    assert isinstance(events, list)
    for event in events:
        systems = event.get("system")
        if systems is None:
            continue
        names = systems if isinstance(systems, list) else [systems]
        hits = [n for n in names if gz.weapon(n) is not None or gz.weapon_class(n) is not None]
        assert hits, names
        records = {w.id for n in names if (w := gz.weapon(n)) is not None}
        assert len(records) <= 1, (names, records)  # aliases of one system never split
