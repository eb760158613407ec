"""The one mapping between the data model and the JSON of EVENTS.md section 4."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, cast

from factwire import SCHEMA_VERSION
from factwire.model.article import Article
from factwire.model.entity import Entity, EntityKind, Mention, MentionForm
from factwire.model.errors import DataError
from factwire.model.event import ArgValue, Event, EventKind, Modality, Money, Plover, TimeValue
from factwire.model.extraction import Extraction
from factwire.model.quote import Quote
from factwire.model.span import Span

JSON = dict[str, Any]


def to_json(result: Extraction) -> JSON:
    """Serialise one extraction to the EVENTS.md section 4 object (key order is stable)."""
    out: JSON = {
        "factwire": SCHEMA_VERSION,
        "doc": _article_json(result.article),
        "entities": [_entity_json(e) for e in result.entities],
        "events": [_event_json(e) for e in result.events],
        "quotes": [_quote_json(q) for q in result.quotes],
    }
    if result.producer:
        out["producer"] = list(result.producer)
    return out


def _article_json(a: Article) -> JSON:
    return {
        "id": a.id, "source": a.source, "url": a.url, "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "dateline": a.dateline, "text": a.text,
    } | _optional(author=a.author, notes=list(a.notes) or None)


def _optional(**fields: object) -> JSON:
    """Version 1.1 fields, written only when they hold something (1.0 readers ignore them)."""
    return {k: v for k, v in fields.items() if v is not None}


def _entity_json(e: Entity) -> JSON:
    out: JSON = {"id": e.id, "kind": e.kind, "name": e.name, "country": e.country,
                 "actor": e.actor}
    if e.kind == "person" or e.role is not None:
        out["role"] = e.role
    if e.kind == "weapon" or e.category is not None:
        out["category"] = e.category  # a weapon's class, an organisation's kind
    out["canonical"] = e.canonical
    out["mentions"] = [m.span.to_json() for m in e.mentions]
    if any(m.form != "name" for m in e.mentions):
        out["mention_forms"] = [m.form for m in e.mentions]
    if e.aliases:
        out["aliases"] = list(e.aliases)
    return out


def _event_json(e: Event) -> JSON:
    args: JSON = {k: (v if isinstance(v, str) else list(v)) for k, v in e.args.items()}
    return {
        "id": e.id, "kind": e.kind,
        "plover": {"type": e.plover.type, "mode": e.plover.mode,
                   "context": list(e.plover.context)},
        "cameo": e.cameo, "args": args,
        "time": None if e.time is None else {
            "start": e.time.start, "end": e.time.end, "text": e.time.text,
        } | _optional(span=e.time.span.to_json() if e.time.span else None),
        "status": e.status, "quantity": e.quantity,
        "value": None if e.value is None else {
            "amount": _number(e.value.amount), "currency": e.value.currency,
        } | _optional(text=e.value.text),
        "modality": e.modality,
        "evidence": [s.to_json() for s in e.evidence],
        "confidence": round(e.confidence, 3),
    } | _optional(
        trigger=e.trigger.to_json() if e.trigger else None,
        arg_spans={r: [s.to_json() for s in spans] for r, spans in e.arg_spans.items()} or None,
        producer=e.producer,
    )


def _quote_json(q: Quote) -> JSON:
    out: JSON = {"id": q.id, "speaker": q.speaker, "text": q.text, "span": q.span.to_json()}
    if q.speaker_span is not None:  # optional: absent in documents written before them
        out["speaker_span"] = q.speaker_span.to_json()
    if q.speaker_role is not None:
        out["speaker_role"] = q.speaker_role
    return out


def _quote_from(q: Mapping[str, Any]) -> Quote:
    span = q.get("speaker_span")
    return Quote(id=q["id"], text=q["text"], span=Span.from_json(q["span"]),
                 speaker=q.get("speaker"),
                 speaker_span=Span.from_json(span) if span is not None else None,
                 speaker_role=q.get("speaker_role"))


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def from_json(data: Mapping[str, Any]) -> Extraction:
    """Read back what :func:`to_json` wrote; raises DataError naming the bad field."""
    try:
        return _from_json(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise DataError(f"not a factwire {SCHEMA_VERSION} document: bad or missing field "
                        f"({exc!r}); regenerate it with `factwire extract`") from exc


def _from_json(data: Mapping[str, Any]) -> Extraction:
    d = data["doc"]
    text: str = d["text"]
    article = Article(
        id=d["id"], text=text, source=d.get("source"), url=d.get("url"), title=d.get("title"),
        published=dt.date.fromisoformat(d["published"]) if d.get("published") else None,
        dateline=d.get("dateline"), author=d.get("author"), notes=tuple(d.get("notes") or ()),
    )
    entities = tuple(
        Entity(
            id=e["id"], kind=cast(EntityKind, e["kind"]), name=e["name"],
            mentions=_mentions(text, e["mentions"], e.get("mention_forms")),
            country=e.get("country"), actor=e.get("actor"), role=e.get("role"),
            canonical=e.get("canonical"), category=e.get("category"),
            aliases=tuple(e.get("aliases") or ()),
        )
        for e in data.get("entities", [])
    )
    events = tuple(_event_from(e) for e in data.get("events", []))
    quotes = tuple(_quote_from(q) for q in data.get("quotes", []))
    return Extraction(article=article, entities=entities, events=events, quotes=quotes,
                      producer=tuple(data.get("producer") or ()))


def _mentions(text: str, pairs: list[list[int]], forms: list[str] | None) -> tuple[Mention, ...]:
    if forms is not None and len(forms) != len(pairs):
        raise ValueError(f"mention_forms has {len(forms)} items for {len(pairs)} mentions")
    out = []
    for i, pair in enumerate(pairs):
        span = Span.from_json(pair)
        form = cast(MentionForm, forms[i] if forms else "name")
        out.append(Mention(span=span, text=span.text(text), form=form))
    return tuple(out)


def _event_from(e: Mapping[str, Any]) -> Event:
    args: dict[str, ArgValue] = {
        k: (v if isinstance(v, str) else tuple(v)) for k, v in e.get("args", {}).items()
    }
    t = e.get("time")
    v = e.get("value")
    return Event(
        id=e["id"], kind=cast(EventKind, e["kind"]),
        plover=Plover(e["plover"]["type"], e["plover"].get("mode"),
                      tuple(e["plover"].get("context") or ())),
        cameo=e.get("cameo"), args=args,
        evidence=tuple(Span.from_json(s) for s in e.get("evidence", [])),
        time=None if t is None else TimeValue(
            t.get("start"), t.get("end"), t.get("text"),
            Span.from_json(t["span"]) if t.get("span") else None),
        status=e.get("status"), quantity=e.get("quantity"),
        value=None if v is None else Money(float(v["amount"]), v["currency"], v.get("text")),
        modality=cast(Modality, e.get("modality", "asserted")),
        confidence=float(e.get("confidence", 0.5)),
        trigger=Span.from_json(e["trigger"]) if e.get("trigger") else None,
        arg_spans={r: tuple(Span.from_json(s) for s in spans)
                   for r, spans in (e.get("arg_spans") or {}).items()},
        producer=e.get("producer"),
    )
