"""Writing one article (or one rejected document) into the store, inside the caller's transaction.

:func:`write_extraction` stores the article, its entities (resolved to cross-article
entities), events, quotes, and updates the consolidated events, all on the connection it is
given. Run it inside ``Store.write()`` and an article is either wholly in the database or
not at all: a kill at any moment can never leave half of one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.dedup import ArgEntity, entity_key, features
from factwire.model import Entity, Event, Extraction, Rejected, Span
from factwire.store import schema as t
from factwire.store.consolidate import consolidate

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n\s*")
SENTENCE_LIMIT = 600


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What writing one document did."""

    status: Literal["new", "duplicate", "rejected", "known-rejected"]
    article_id: int | None = None
    events: int = 0
    quotes: int = 0


VOTED = ("name", "country", "actor", "category")  # entity fields decided by majority
_ARTICLE_BY_HASH = sa.select(t.article.c.id).where(
    t.article.c.content_hash == sa.bindparam("content_hash"))
_INSERT_ARTICLE = sa.insert(t.article).returning(t.article.c.id)
_ENTITIES_BY_KEY = sa.select(t.entity.c.id, t.entity.c.key, *(t.entity.c[f] for f in VOTED)
                             ).where(t.entity.c.key.in_(sa.bindparam("keys", expanding=True)))
_INSERT_ENTITY = sa.insert(t.entity).returning(t.entity.c.id, sort_by_parameter_order=True)
_INSERT_LOCAL = sa.insert(t.article_entity).returning(t.article_entity.c.id,
                                                      sort_by_parameter_order=True)
_ENTITY_VOTES = (sa.select(*(t.article_entity.c[f] for f in VOTED), sa.func.count().label("n"))
                 .where(t.article_entity.c.entity_id == sa.bindparam("entity_id"))
                 .group_by(*(t.article_entity.c[f] for f in VOTED)))
_UPDATE_ENTITY = sa.update(t.entity).where(t.entity.c.id == sa.bindparam("entity_id"))
_INSERT_SOURCE = sa.insert(t.event_source).returning(t.event_source.c.id)
_REJECTED_BY_PRINT = sa.select(t.rejected_document.c.id).where(
    t.rejected_document.c.fingerprint == sa.bindparam("fingerprint"))


def article_id_for(conn: Connection, content_hash: str) -> int | None:
    """The id of the stored article with this content hash, if any (the idempotency check)."""
    return conn.execute(_ARTICLE_BY_HASH, {"content_hash": content_hash}).scalar()


def write_extraction(conn: Connection, extraction: Extraction, *,
                     run_id: int | None = None) -> WriteResult:
    """Store ``extraction`` unless an article with the same text is already stored."""
    art = extraction.article
    existing = article_id_for(conn, art.content_hash)
    if existing is not None:
        return WriteResult("duplicate", existing)
    article_id = conn.execute(_INSERT_ARTICLE, {
        "content_hash": art.content_hash, "doc_id": art.id, "source": art.source,
        "url": art.url, "title": art.title, "published": art.published,
        "dateline": art.dateline, "author": art.author, "origin": art.origin, "text": art.text,
        "producer": ",".join(extraction.producer), "run_id": run_id}).scalar_one()
    local = _write_entities(conn, article_id, extraction.entities)
    sources = [_write_event(conn, article_id, extraction, ev, local) for ev in extraction.events]
    _write_quotes(conn, article_id, extraction, local)
    consolidate(conn, sources)
    return WriteResult("new", article_id, len(sources), len(extraction.quotes))


def write_rejected(conn: Connection, rejected: Rejected, *,
                   run_id: int | None = None) -> WriteResult:
    """Record a rejected document once (the same origin, line and reason are not repeated)."""
    key = f"{rejected.origin}\x00{rejected.line}\x00{rejected.reason}"
    fingerprint = hashlib.sha256(key.encode("utf-8")).hexdigest()
    if conn.execute(_REJECTED_BY_PRINT, {"fingerprint": fingerprint}).first():
        return WriteResult("known-rejected")
    conn.execute(sa.insert(t.rejected_document), {
        "fingerprint": fingerprint, "origin": rejected.origin, "line": rejected.line,
        "reason": rejected.reason, "run_id": run_id})
    return WriteResult("rejected")


@dataclass(frozen=True, slots=True)
class _Local:
    row_id: int
    arg: ArgEntity


def _write_entities(conn: Connection, article_id: int,
                    entities: Sequence[Entity]) -> dict[str, _Local]:
    """Resolve the article's entities to cross-article ones and store them and their mentions."""
    if not entities:
        return {}
    keys = [entity_key(ent) for ent in entities]
    ids, stale = _resolve(conn, entities, keys)
    rows = conn.execute(_INSERT_LOCAL, [{
        "article_id": article_id, "local_id": ent.id, "entity_id": ids[key], "kind": ent.kind,
        "name": ent.name, "country": ent.country, "actor": ent.actor, "role": ent.role,
        "category": ent.category} for ent, key in zip(entities, keys, strict=True)])
    row_ids = list(rows.scalars())
    mentions = [{"article_entity_id": row_id, "char_start": m.span.start, "char_end": m.span.end,
                 "text": m.text, "form": m.form}
                for ent, row_id in zip(entities, row_ids, strict=True) for m in ent.mentions]
    if mentions:
        conn.execute(sa.insert(t.mention), mentions)
    for entity_id in sorted(stale):
        _refresh_entity(conn, entity_id)
    return {ent.id: _Local(row_id, ArgEntity.of(ent))
            for ent, row_id in zip(entities, row_ids, strict=True)}


def _resolve(conn: Connection, entities: Sequence[Entity],
             keys: list[str]) -> tuple[dict[str, int], set[int]]:
    """Entity ids by key (new entities created), and the ids whose majority fields this
    article may change: those where it gives a name or code the entity does not have."""
    found = conn.execute(_ENTITIES_BY_KEY, {"keys": sorted(set(keys))}).all()
    ids = {row.key: row.id for row in found}
    current = {row.key: tuple(getattr(row, f) for f in VOTED) for row in found}
    new = sorted({key for key in keys if key not in ids})
    if new:
        first = {key: ent for ent, key in reversed(list(zip(entities, keys, strict=True)))}
        created = conn.execute(_INSERT_ENTITY, [{
            "key": key, "kind": first[key].kind, "name": first[key].name,
            "canonical": first[key].canonical, "country": first[key].country,
            "actor": first[key].actor, "category": first[key].category} for key in new])
        ids.update(zip(new, created.scalars(), strict=True))
        current.update({key: tuple(getattr(first[key], f) for f in VOTED) for key in new})
    stale = {ids[key] for ent, key in zip(entities, keys, strict=True)
             if any(v is not None and v != c for v, c in
                    zip((getattr(ent, f) for f in VOTED), current[key], strict=True))}
    return ids, stale


def _refresh_entity(conn: Connection, entity_id: int) -> None:
    """Name, country, actor and category by majority over every article that names it.

    A majority (ties: the shorter, then alphabetical value) rather than the first article
    seen keeps the entity table independent of the order articles were ingested in.
    """
    rows = conn.execute(_ENTITY_VOTES, {"entity_id": entity_id}).all()
    fields: dict[str, Any] = {}
    for name in VOTED:
        counts: Counter[str] = Counter()
        for row in rows:
            value = getattr(row, name)
            if value is not None:
                counts[value] += row.n
        best = min(counts, key=lambda v: (-counts[v], len(v), v)) if counts else None
        if best is not None or name != "name":  # every entity keeps a name
            fields[name] = best
    conn.execute(_UPDATE_ENTITY, {"entity_id": entity_id, **fields})


def _write_event(conn: Connection, article_id: int, extraction: Extraction, ev: Event,
                 local: dict[str, _Local]) -> int:
    def resolve(ref: str) -> ArgEntity | None:
        found = local.get(ref)
        return found.arg if found else None

    feats = features(ev, resolve, extraction.article.published)
    # the report's own date only: one taken from the publication is the article's
    # ``published``, and the event stays dated from publication (docs/data.md)
    own = ev.time if ev.time is not None and not ev.time.from_publication else None
    source_id = conn.execute(_INSERT_SOURCE, {
        "article_id": article_id, "local_id": ev.id, "kind": ev.kind,
        "plover_type": ev.plover.type, "plover_mode": ev.plover.mode,
        "plover_context": ",".join(ev.plover.context), "cameo": ev.cameo,
        "time_start": own.start if own else None, "time_end": own.end if own else None,
        "time_text": own.text if own else None, "status": ev.status,
        "quantity": ev.quantity, "value_amount": ev.value.amount if ev.value else None,
        "value_currency": ev.value.currency if ev.value else None, "modality": ev.modality,
        "confidence": ev.confidence, "family": feats.family,
        "actor_set": json.dumps(sorted(feats.actors)), "place_key": feats.place,
        "t_lo": feats.lo, "t_hi": feats.hi, "t_precision": feats.precision,
        **_grounding(ev)}).scalar_one()
    args: list[dict[str, Any]] = []
    for role, value in sorted(ev.args.items()):
        refs = [value] if isinstance(value, str) else list(value)
        grounding = ev.arg_spans.get(role, ())
        for position, ref in enumerate(refs):
            found = local.get(ref) if not isinstance(value, str) else None
            span = grounding[position] if position < len(grounding) else None
            args.append({"source_id": source_id, "role": role, "position": position,
                         "article_entity_id": found.row_id if found else None,
                         "value": None if found else ref,
                         "char_start": span.start if span else None,
                         "char_end": span.end if span else None})
    if args:
        conn.execute(sa.insert(t.source_argument), args)
    text = extraction.article.text
    spans = [{"source_id": source_id, "char_start": s.start, "char_end": s.end,
              "sentence": sentence_around(text, s)} for s in ev.evidence]
    if spans:
        conn.execute(sa.insert(t.source_span), spans)
    return int(source_id)


def _grounding(ev: Event) -> dict[str, Any]:
    """The report's trigger and time spans and its producer (factwire JSON 1.1)."""
    when = ev.time.span if ev.time else None
    return {"trigger_start": ev.trigger.start if ev.trigger else None,
            "trigger_end": ev.trigger.end if ev.trigger else None,
            "time_char_start": when.start if when else None,
            "time_char_end": when.end if when else None, "producer": ev.producer}


def _write_quotes(conn: Connection, article_id: int, extraction: Extraction,
                  local: dict[str, _Local]) -> None:
    rows = []
    for q in extraction.quotes:
        speaker = local.get(q.speaker) if q.speaker else None
        rows.append({"article_id": article_id, "local_id": q.id, "text": q.text,
                     "char_start": q.span.start, "char_end": q.span.end,
                     "speaker_id": speaker.row_id if speaker else None,
                     "speaker_start": q.speaker_span.start if q.speaker_span else None,
                     "speaker_end": q.speaker_span.end if q.speaker_span else None,
                     "speaker_role": q.speaker_role})
    if rows:
        conn.execute(sa.insert(t.quote), rows)


def sentence_around(text: str, span: Span, limit: int = SENTENCE_LIMIT) -> str:
    """The sentence(s) covering ``span``: what a reader checks a fact against."""
    start = max(0, span.start - limit)
    before = [m.end() for m in SENTENCE_END.finditer(text, start, span.start)]
    lo = before[-1] if before else start
    after = SENTENCE_END.search(text, max(span.end, lo), min(len(text), span.end + limit))
    hi = after.start() if after else min(len(text), span.end + limit)
    hi = max(hi, min(span.end, len(text)))
    sentence = " ".join(text[lo:hi].split())
    return sentence if len(sentence) <= 2 * limit else sentence[: 2 * limit - 1] + "…"
