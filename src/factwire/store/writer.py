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
from collections.abc import Iterable
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


def article_id_for(conn: Connection, content_hash: str) -> int | None:
    """The id of the stored article with this content hash, if any (the idempotency check)."""
    return conn.execute(sa.select(t.article.c.id)
                        .where(t.article.c.content_hash == content_hash)).scalar()


def write_extraction(conn: Connection, extraction: Extraction, *,
                     run_id: int | None = None) -> WriteResult:
    """Store ``extraction`` unless an article with the same text is already stored."""
    art = extraction.article
    existing = article_id_for(conn, art.content_hash)
    if existing is not None:
        return WriteResult("duplicate", existing)
    article_id = conn.execute(sa.insert(t.article).values(
        content_hash=art.content_hash, doc_id=art.id, source=art.source, url=art.url,
        title=art.title, published=art.published, dateline=art.dateline, author=art.author,
        origin=art.origin, text=art.text, producer=",".join(extraction.producer), run_id=run_id,
    ).returning(t.article.c.id)).scalar_one()
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
    rd = t.rejected_document
    if conn.execute(sa.select(rd.c.id).where(rd.c.fingerprint == fingerprint)).first():
        return WriteResult("known-rejected")
    conn.execute(sa.insert(rd).values(fingerprint=fingerprint, origin=rejected.origin,
                                      line=rejected.line, reason=rejected.reason, run_id=run_id))
    return WriteResult("rejected")


@dataclass(frozen=True, slots=True)
class _Local:
    row_id: int
    arg: ArgEntity


def _write_entities(conn: Connection, article_id: int,
                    entities: Iterable[Entity]) -> dict[str, _Local]:
    local: dict[str, _Local] = {}
    mentions: list[dict[str, Any]] = []
    for ent in entities:
        entity_id = _entity_id(conn, ent)
        row_id = conn.execute(sa.insert(t.article_entity).values(
            article_id=article_id, local_id=ent.id, entity_id=entity_id, kind=ent.kind,
            name=ent.name, country=ent.country, actor=ent.actor, role=ent.role,
            category=ent.category,
        ).returning(t.article_entity.c.id)).scalar_one()
        local[ent.id] = _Local(row_id, ArgEntity.of(ent))
        mentions += [{"article_entity_id": row_id, "char_start": m.span.start,
                      "char_end": m.span.end, "text": m.text, "form": m.form}
                     for m in ent.mentions]
    if mentions:
        conn.execute(sa.insert(t.mention), mentions)
    touched = conn.execute(sa.select(t.article_entity.c.entity_id).distinct()
                           .where(t.article_entity.c.article_id == article_id)).scalars()
    for entity_id in sorted(touched):
        _refresh_entity(conn, entity_id)
    return local


def _entity_id(conn: Connection, ent: Entity) -> int:
    key = entity_key(ent)
    found = conn.execute(sa.select(t.entity.c.id).where(t.entity.c.key == key)).scalar()
    if found is not None:
        return int(found)
    return int(conn.execute(sa.insert(t.entity).values(
        key=key, kind=ent.kind, name=ent.name, canonical=ent.canonical, country=ent.country,
        actor=ent.actor, category=ent.category,
    ).returning(t.entity.c.id)).scalar_one())


def _refresh_entity(conn: Connection, entity_id: int) -> None:
    """Name, country, actor and category by majority over every article that names it.

    A majority (ties: the shorter, then alphabetical value) rather than the first article
    seen keeps the entity table independent of the order articles were ingested in.
    """
    ae = t.article_entity
    rows = conn.execute(sa.select(ae.c.name, ae.c.country, ae.c.actor, ae.c.category,
                                  sa.func.count().label("n"))
                        .where(ae.c.entity_id == entity_id)
                        .group_by(ae.c.name, ae.c.country, ae.c.actor, ae.c.category)).all()
    fields: dict[str, Any] = {}
    for name in ("name", "country", "actor", "category"):
        counts: Counter[str] = Counter()
        for row in rows:
            value = getattr(row, name)
            if value is not None:
                counts[value] += row.n
        if counts or name != "name":
            fields[name] = min(counts, key=lambda v: (-counts[v], len(v), v)) if counts else None
    conn.execute(sa.update(t.entity).where(t.entity.c.id == entity_id).values(**fields))


def _write_event(conn: Connection, article_id: int, extraction: Extraction, ev: Event,
                 local: dict[str, _Local]) -> int:
    def resolve(ref: str) -> ArgEntity | None:
        found = local.get(ref)
        return found.arg if found else None

    feats = features(ev, resolve, extraction.article.published)
    source_id = conn.execute(sa.insert(t.event_source).values(
        article_id=article_id, local_id=ev.id, kind=ev.kind, plover_type=ev.plover.type,
        plover_mode=ev.plover.mode, plover_context=",".join(ev.plover.context), cameo=ev.cameo,
        time_start=ev.time.start if ev.time else None, time_end=ev.time.end if ev.time else None,
        time_text=ev.time.text if ev.time else None, status=ev.status, quantity=ev.quantity,
        value_amount=ev.value.amount if ev.value else None,
        value_currency=ev.value.currency if ev.value else None, modality=ev.modality,
        confidence=ev.confidence, family=feats.family, actor_set=json.dumps(sorted(feats.actors)),
        place_key=feats.place, t_lo=feats.lo, t_hi=feats.hi, t_precision=feats.precision,
    ).returning(t.event_source.c.id)).scalar_one()
    args: list[dict[str, Any]] = []
    for role, value in sorted(ev.args.items()):
        refs = [value] if isinstance(value, str) else list(value)
        for position, ref in enumerate(refs):
            found = local.get(ref) if not isinstance(value, str) else None
            args.append({"source_id": source_id, "role": role, "position": position,
                         "article_entity_id": found.row_id if found else None,
                         "value": None if found else ref})
    if args:
        conn.execute(sa.insert(t.source_argument), args)
    text = extraction.article.text
    spans = [{"source_id": source_id, "char_start": s.start, "char_end": s.end,
              "sentence": sentence_around(text, s)} for s in ev.evidence]
    if spans:
        conn.execute(sa.insert(t.source_span), spans)
    return int(source_id)


def _write_quotes(conn: Connection, article_id: int, extraction: Extraction,
                  local: dict[str, _Local]) -> None:
    rows = []
    for q in extraction.quotes:
        speaker = local.get(q.speaker) if q.speaker else None
        rows.append({"article_id": article_id, "local_id": q.id, "text": q.text,
                     "char_start": q.span.start, "char_end": q.span.end,
                     "speaker_id": speaker.row_id if speaker else None})
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
