"""Inter-annotator agreement: a second annotator's gold files scored as if they were output.

``factwire eval gold/dev gold/agreement`` scores annotator B (``gold/agreement``) against
annotator A (``gold/dev``) with the same matcher that scores the pipeline, so the agreement
figure and the system's figure are on one scale. Gold files name actors by key and systems by
name, so each B event becomes a section-4 event whose entities carry exactly those keys and
names. Quotes are compared on the quotation they sit in: each B snippet is widened to the
quotation marks around it in the document text, so two annotators who copied different parts
of one quotation agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factwire.eval.gold import GoldDoc, GoldEvent, load_gold
from factwire.eval.sources import materialised
from factwire.ingest.sources import read_path
from factwire.model import Article

JSON = dict[str, Any]
_OPENERS = "“\"«"  # single marks double as apostrophes, so they do not bound a quotation
_CLOSERS = "”\"»"
_TOP_LEVEL = ("quantity", "status", "modality")


def is_gold_path(path: Path) -> bool:
    """Whether ``path`` is a gold file or a directory holding gold files."""
    if path.is_dir():
        return any(path.rglob("*.gold.json"))
    return path.name.endswith(".gold.json")


def load_as_predictions(path: Path, shared: Path) -> dict[str, JSON]:
    """Every gold file under ``path`` as a prediction keyed by its document id."""
    docs = load_gold(path)
    texts = _texts(docs, shared)
    return {d.id: gold_as_prediction(d, texts.get(d.id, "")) for d in docs}


def _texts(docs: Sequence[GoldDoc], shared: Path) -> dict[str, str]:
    """The cleaned text of each document, for widening quote snippets."""
    out: dict[str, str] = {}
    with materialised(docs, shared) as paths:
        for doc in docs:
            published = dt.date.fromisoformat(doc.published[:10]) if doc.published else None
            for result in read_path(paths[doc.id], published=published):
                if isinstance(result, Article):
                    out[doc.id] = result.text
                    break
    return out


class _Entities:
    """Entities made up for a converted gold file, one per distinct (kind, name, actor)."""

    def __init__(self) -> None:
        self.rows: list[JSON] = []
        self._ids: dict[tuple[str, str, str | None], str] = {}

    def ref(self, kind: str, name: str, country: str | None = None) -> str:
        key = (kind, name, country)
        if key not in self._ids:
            self._ids[key] = f"E{len(self._ids) + 1}"
            actor = country if kind in ("country", "person", "organization") else None
            self.rows.append({"id": self._ids[key], "kind": kind, "name": name,
                              "country": country, "actor": actor})
        return self._ids[key]


def gold_as_prediction(doc: GoldDoc, text: str) -> JSON:
    """One gold document in the shape ``factwire extract`` writes (section 4)."""
    ents = _Entities()
    for e in doc.entities:
        ents.ref(e.kind, e.name, e.country)
    events = [_event(ev, f"V{i}", ents) for i, ev in enumerate(doc.events, 1)]
    quotes = [{"id": f"Q{i}", "speaker": ents.ref("person", q.speakers[0]),
               "text": widen(text, q.contains)} for i, q in enumerate(doc.quotes, 1)]
    return {"factwire": "1", "doc": {"id": doc.id, "text": text},
            "entities": ents.rows, "events": events, "quotes": quotes}


def _event(ev: GoldEvent, ev_id: str, ents: _Entities) -> JSON:
    args: dict[str, Any] = {role: [ents.ref("country", k, k) for k in keys]
                            for role, keys in ev.keys.items()}
    if ev.system:
        args["system"] = [ents.ref("weapon", ev.system[0])]
    out: JSON = {"id": ev_id, "kind": ev.kind, "modality": "asserted", "value": None}
    time: dict[str, str] = {}
    for name, value in ev.args.items():
        if name in ("persons", "signatories"):
            args[name] = [ents.ref("person", p) for p in value]
        elif name == "place":
            args[name] = [ents.ref("location", p) for p in value]
        elif name == "system":
            args[name] = [ents.ref("weapon", value[0])]
        elif name in ("time", "start"):
            time.setdefault("start", value)
            time.setdefault("end", value)
        elif name == "end":
            time["end"] = value
        elif name in ("value", "value_usd"):
            out["value"] = {"amount": value[0], "currency": value[1]}
        elif name in _TOP_LEVEL:
            out[name] = value
        else:
            args[name] = value
    out["args"] = args
    out["time"] = time or None
    return out


def widen(text: str, snippet: str) -> str:
    """The quotation around ``snippet`` in ``text`` (the snippet itself when not found)."""
    at = text.find(snippet)
    if at < 0:
        return snippet
    start = max((text.rfind(c, 0, at) for c in _OPENERS), default=-1)
    end_candidates = [i for i in _positions(text, _CLOSERS, at + len(snippet)) if i >= 0]
    end = min(end_candidates) if end_candidates else len(text)
    return text[start + 1 if start >= 0 else at:end]


def _positions(text: str, chars: Iterable[str], start: int) -> list[int]:
    return [text.find(c, start) for c in chars]
