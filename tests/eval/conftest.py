"""Builders for hand-written predictions (EVENTS.md section 4) and gold documents."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from factwire.eval.gold import GoldDoc, parse_gold

JSON = dict[str, Any]


def ent(eid: str, kind: str, name: str, country: str | None = None,
        actor: str | None = None, canonical: str | None = None) -> JSON:
    return {"id": eid, "kind": kind, "name": name, "country": country, "actor": actor,
            "canonical": canonical, "mentions": []}


def ev(eid: str, kind: str, args: JSON, *, start: str | None = None, end: str | None = None,
       **fields: Any) -> JSON:
    out: JSON = {"id": eid, "kind": kind, "plover": {"type": "X", "mode": None, "context": []},
                 "cameo": None, "args": args, "status": None, "quantity": None, "value": None,
                 "modality": "asserted", "evidence": [], "confidence": 0.5,
                 "time": None if start is None and end is None else
                 {"start": start, "end": end, "text": None}}
    out.update(fields)
    return out


def pred_doc(doc_id: str, entities: list[JSON], events: list[JSON],
             quotes: list[JSON] | None = None, text: str = "") -> JSON:
    return {"factwire": "1", "doc": {"id": doc_id, "text": text}, "entities": entities,
            "events": events, "quotes": quotes or []}


def gold_doc(doc_id: str = "d1", **fields: Any) -> GoldDoc:
    return parse_gold({"id": doc_id, **fields}, Path(f"{doc_id}.gold.json"))


# The usual cast of a hand-written prediction: states, two people, two weapons, two places.
CAST = [
    ent("RU", "country", "Russia", "RUS", "RUS"),
    ent("IN", "country", "India", "IND", "IND"),
    ent("US", "country", "United States", "USA", "USA"),
    ent("PK", "country", "Pakistan", "PAK", "PAK"),
    ent("P1", "person", "Sergei Shoigu", "RUS", "RUS"),
    ent("P2", "person", "Nirmala Sitharaman", "IND", "IND"),
    ent("W1", "weapon", "S-400 Triumf", "RUS", canonical="weapon:s-400"),
    ent("W2", "weapon", "Project 11356 frigates", "RUS"),
    ent("L1", "location", "New Delhi", "IND"),
    ent("L2", "location", "Jodhpur", "IND"),
]


@pytest.fixture
def build() -> SimpleNamespace:
    """The builders above, for test modules (importlib mode cannot import conftest)."""
    return SimpleNamespace(ent=ent, ev=ev, pred_doc=pred_doc, gold_doc=gold_doc,
                           cast=[dict(e) for e in CAST])
