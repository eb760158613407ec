"""The PLOVER gold-standard records as a public test of event typing.

Each record is one sentence with its PLOVER type and source actors. For the types factwire's
event kinds map to, a record counts as found when factwire codes the sentence with that type
and one of the record's source actors as the event's source. Records of other types count
against precision when factwire gives them one of these types.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factwire.events.spec import spec_of
from factwire.model import Event, Extraction

TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "MOBILIZE", "SANCTION", "THREATEN")
# CAMEO actor codes that differ from ISO 3166 alpha-3.
_CAMEO_CODES = {"JAP": "JPN", "ITL": "ITA", "UK": "GBR", "TUR": "TUR", "BOS": "BIH"}


@dataclass(frozen=True)
class Record:
    id: str
    type: str
    text: str
    sources: tuple[str, ...]
    date: dt.date | None


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_records(path: Path) -> list[Record]:
    """Every coded record (the DOCUMENT header is skipped)."""
    out = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        if raw.get("event") in (None, "DOCUMENT") or not raw.get("text"):
            continue
        codes = tuple(str(_CAMEO_CODES.get(s.get("code", ""), s.get("code", "")))
                      for s in raw.get("source", []) if isinstance(s, dict))
        date = None
        if raw.get("date"):
            try:
                date = dt.date.fromisoformat(raw["date"])
            except ValueError:
                date = None
        out.append(Record(raw["id"], raw["event"], raw["text"], codes, date))
    return out


def event_sources(result: Extraction, event: Event) -> set[str]:
    """Actor keys of an event's source roles; "IGO" stands for any organisation."""
    kinds = {e.id: e for e in result.entities}
    keys: set[str] = set()
    spec = spec_of(event.kind)
    for role in (r.name for r in spec.roles if r.plover_source) if spec else ():
        value = event.args.get(role)
        if value is None or isinstance(value, str):
            continue
        for ent_id in value:
            ent = kinds.get(ent_id)
            if ent is None:
                continue
            if ent.actor:
                keys.add(ent.actor)
            if ent.kind == "organization" and (ent.actor or "") not in ("", None) and \
                    len(ent.actor or "") != 3:
                keys.add("IGO")
    return keys


def score(records: Sequence[Record], results: Iterable[Extraction]) -> dict[str, Tally]:
    """Per-type and overall tallies (key ``ALL``)."""
    tallies = {t: Tally() for t in (*TYPES, "ALL")}
    for rec, result in zip(records, results, strict=True):
        predicted = [(e.plover.type, event_sources(result, e)) for e in result.events
                     if e.plover.type in TYPES and e.modality in ("asserted", "future")]
        hit = rec.type in TYPES and any(
            t == rec.type and (not rec.sources or set(rec.sources) & s) for t, s in predicted)
        for t in {t for t, _ in predicted}:
            if not (hit and t == rec.type):
                tallies[t].fp += 1
                tallies["ALL"].fp += 1
        if rec.type in TYPES:
            if hit:
                tallies[rec.type].tp += 1
                tallies["ALL"].tp += 1
            else:
                tallies[rec.type].fn += 1
                tallies["ALL"].fn += 1
                tallies[rec.type].misses.append(rec.id)
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    from tabulate import tabulate  # noqa: PLC0415

    rows: list[list[Any]] = []
    for name, t in tallies.items():
        p, r, f = t.prf()
        rows.append([name, t.tp, t.fp, t.fn, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"])
    return tabulate(rows, headers=["type", "tp", "fp", "fn", "P", "R", "F1"])
