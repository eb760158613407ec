"""Hand-built Extractions for store, dedup and CLI tests.

Articles are short texts written for the tests; spans are found in the text by the
surface strings given, so every offset is checked against the text it claims.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factwire.model import (
    Article,
    Entity,
    Event,
    Extraction,
    Mention,
    Money,
    Plover,
    Quote,
    Span,
    TimeValue,
    to_json,
)

PLOVER = {"meeting": "CONSULT", "visit": "CONSULT", "call": "CONSULT", "agreement": "AGREE",
          "arms_transfer": "COOPERATE", "joint_production": "COOPERATE",
          "exercise": "COOPERATE", "deployment": "MOBILIZE", "sanction": "SANCTION",
          "threat": "THREATEN", "other": "OTHER"}


@dataclass
class E:
    """An entity: ``surfaces`` are the strings whose every occurrence is a mention."""

    id: str
    kind: str
    name: str
    surfaces: Sequence[str] = ()
    actor: str | None = None
    country: str | None = None
    role: str | None = None
    canonical: str | None = None
    category: str | None = None


@dataclass
class V:
    """An event; ``evidence`` is a substring of the text."""

    id: str
    kind: str
    evidence: str
    args: dict[str, list[str] | str] = field(default_factory=dict)
    time: tuple[str | None, str | None] | None = None
    status: str | None = None
    quantity: int | None = None
    value: tuple[float, str] | None = None
    modality: str = "asserted"
    cameo: str | None = None
    confidence: float = 0.8
    context: tuple[str, ...] = ()


@dataclass
class Q:
    id: str
    text: str
    speaker: str | None = None


def _find(text: str, needle: str) -> Span:
    at = text.find(needle)
    if at < 0:
        raise AssertionError(f"{needle!r} is not in the test text")
    return Span(at, at + len(needle))


def _mentions(text: str, surfaces: Sequence[str]) -> tuple[Mention, ...]:
    """Whole-word occurrences of each surface, longest first, none inside another."""
    out: list[Mention] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            span = Span(m.start(), m.end())
            if not any(have.span.overlaps(span) for have in out):
                out.append(Mention(span, surface))
    if not out:
        raise AssertionError(f"none of {surfaces!r} is in the test text")
    return tuple(sorted(out, key=lambda m: m.span))


def build(text: str, *, doc_id: str = "doc", published: str | None = "2018-12-13",
          entities: Sequence[E] = (), events: Sequence[V] = (), quotes: Sequence[Q] = (),
          title: str | None = None, url: str | None = None, source: str | None = None,
          origin: str = "") -> Extraction:
    article = Article(id=doc_id, text=text, title=title, url=url, source=source,
                      published=dt.date.fromisoformat(published) if published else None,
                      origin=origin or f"{doc_id}.txt")
    ents = tuple(Entity(id=e.id, kind=e.kind, name=e.name,  # type: ignore[arg-type]
                        mentions=_mentions(text, e.surfaces or [e.name]), country=e.country,
                        actor=e.actor, role=e.role, canonical=e.canonical,
                        category=e.category) for e in entities)
    evs = tuple(Event(
        id=v.id, kind=v.kind, plover=Plover(PLOVER[v.kind], None, v.context),  # type: ignore[arg-type]
        cameo=v.cameo, args={k: (x if isinstance(x, str) else tuple(x)) for k, x in v.args.items()},
        evidence=(_find(text, v.evidence),),
        time=TimeValue(v.time[0], v.time[1]) if v.time else None, status=v.status,
        quantity=v.quantity, value=Money(v.value[0], v.value[1]) if v.value else None,
        modality=v.modality, confidence=v.confidence,  # type: ignore[arg-type]
    ) for v in events)
    qs = tuple(Quote(id=q.id, text=q.text, span=_find(text, q.text), speaker=q.speaker)
               for q in quotes)
    return Extraction(article=article, entities=ents, events=evs, quotes=qs,
                      producer=("test-factory",))


def write_jsonl(path: Path, extractions: Sequence[Extraction],
                extra_lines: Sequence[str] = ()) -> Path:
    """Write ``factwire extract --format jsonl`` output (plus raw ``extra_lines``)."""
    lines = [json.dumps(to_json(x), ensure_ascii=False) for x in extractions]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


RUSSIA = E("E1", "country", "Russia", actor="RUS", country="RUS")
INDIA = E("E2", "country", "India", actor="IND", country="IND")


def seed_like(doc_id: str = "seed", published: str = "2018-12-13") -> Extraction:
    """A short article in the manner of the seed: a meeting, an S-400 order and a quote."""
    text = ("Russian Defence Minister Sergei Shoigu met Indian Defence Minister Nirmala "
            "Sitharaman in New Delhi on Thursday. In October, Russia and India signed a "
            "$5 billion deal for five S-400 Triumf air defence systems, to be delivered by "
            "2020. \"Our cooperation spreads to the most sensitive spheres,\" Shoigu said.")
    return build(
        text, doc_id=doc_id, published=published, title="Shoigu in Delhi",
        url=f"https://example.org/{doc_id}", source="Example Wire",
        entities=[
            E("E1", "person", "Sergei Shoigu", ["Sergei Shoigu", "Shoigu"], actor="RUS",
              country="RUS", role="Minister of Defence", canonical="person:sergei-shoigu"),
            E("E2", "person", "Nirmala Sitharaman", ["Nirmala Sitharaman"], actor="IND",
              country="IND", role="Minister of Defence"),
            E("E3", "country", "Russia", ["Russia"], actor="RUS", country="RUS"),
            E("E4", "country", "India", ["India"], actor="IND", country="IND"),
            E("E5", "location", "New Delhi", country="IND"),
            E("E6", "weapon", "S-400 Triumf", country="RUS", canonical="weapon:s-400",
              category="air defence system"),
        ],
        events=[
            V("V1", "meeting", "Sergei Shoigu met Indian Defence Minister Nirmala Sitharaman",
              args={"participants": ["E1", "E2"], "place": ["E5"]},
              time=("2018-12-13", "2018-12-13"), cameo="040", context=("military",)),
            V("V2", "arms_transfer", "Russia and India signed a $5 billion deal",
              args={"supplier": ["E3"], "recipient": ["E4"], "system": ["E6"],
                    "order_time": "2018-10", "delivery_time": "2020"},
              time=("2018-10", None), status="ordered", quantity=5,
              value=(5_000_000_000, "USD"), cameo="062", context=("military",)),
        ],
        quotes=[Q("Q1", "Our cooperation spreads to the most sensitive spheres", "E1")],
    )


STATES = [("RUS", "Russia"), ("IND", "India"), ("TUR", "Turkey"), ("IRN", "Iran"),
          ("CHN", "China"), ("FRA", "France")]
CITIES = ["Sochi", "Ankara", "Delhi", "Tehran"]
SYSTEMS = ["S-400", "Su-30MKI", "T-90", "Ka-226"]


def synthetic(n: int, seed: int = 1) -> list[Extraction]:
    """``n`` short invented reports of meetings and arms deals among a few states, with
    repeats, so that consolidation has real work to do (every 9th is a copy: a duplicate)."""
    rng = random.Random(seed)
    out: list[Extraction] = []
    for i in range(n):
        if i % 9 == 8:
            out.append(out[rng.randrange(len(out))])
            continue
        (ka, a), (kb, b) = rng.sample(STATES, 2)
        city, system = rng.choice(CITIES), rng.choice(SYSTEMS)
        day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 90))
        when = rng.choice([day.isoformat(), day.isoformat()[:7], None])
        qty = rng.choice([2, 4, 5])
        text = (f"Report {i}. Officials of {a} and {b} met in {city} to talk about defence. "
                f"{a} will supply {qty} {system} units to {b}, they said afterwards.")
        out.append(build(
            text, doc_id=f"syn-{i}", published=(day + dt.timedelta(days=3)).isoformat(),
            entities=[E("E1", "country", a, actor=ka, country=ka),
                      E("E2", "country", b, actor=kb, country=kb),
                      E("E3", "location", city),
                      E("E4", "weapon", system, canonical=f"weapon:{system.lower()}")],
            events=[V("V1", "meeting", f"Officials of {a} and {b} met in {city}",
                      args={"participants": ["E1", "E2"], "place": ["E3"]},
                      time=(when, when) if when else None),
                    V("V2", "arms_transfer", f"{a} will supply {qty} {system} units",
                      args={"supplier": ["E1"], "recipient": ["E2"], "system": ["E4"]},
                      status="planned", quantity=qty)],
            url=f"https://example.org/syn/{i}"))
    return out
