"""Migrations: the schema module matches the head migration, and old databases keep their data."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factory import seed_like

from factwire.api import queries
from factwire.store import counts, open_store, upgrade, write_extraction
from factwire.store import schema as t
from factwire.store.engine import head_revision
from factwire.store.schema import metadata

NEW_TABLES = ("event_match", "correction", "correction_anchor")  # 0007, 0008
OLD_TABLES = tuple(name for name in t.DATA_TABLES if name not in NEW_TABLES)  # those of 0001
FULLTEXT = {"article_fts", "article_fts_data", "article_fts_idx", "article_fts_docsize",
            "article_fts_config", "ix_article_search_vector", "search_vector"}


def _relevant(diff: object) -> bool:
    """Full-text objects are dialect-specific DDL in migration 0002, not in ``metadata``."""
    text = repr(diff)
    return not any(f"'{name}'" in text for name in FULLTEXT)


def test_schema_module_matches_the_head_migration(db_url: str) -> None:
    with open_store(db_url) as store, store.read() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(context, metadata) if _relevant(d)]
    assert diffs == []


def _rows_as_0001_wrote_them(conn: sa.Connection) -> None:
    """The seed-like article as factwire stored it at revision 0001 (space-joined actor
    sets, a date hull on events), through tables reflected from the old database."""
    x = seed_like("old")
    tables = sa.MetaData()
    tables.reflect(conn)

    def put(name: str, *rows: dict[str, object]) -> None:
        """Insert in order; ids come from the database (1, 2, ... in a fresh one), as the
        ``id`` given checks."""
        table = tables.tables[name]
        for row in rows:
            values = {k: v for k, v in row.items() if k != "id"}
            new_id = conn.execute(sa.insert(table).values(**values)
                                  .returning(table.c.id)).scalar_one()
            if "id" in row:
                assert new_id == row["id"]

    oct1, oct31, dec13 = dt.date(2018, 10, 1), dt.date(2018, 10, 31), dt.date(2018, 12, 13)
    put("article", {"id": 1, "content_hash": x.article.content_hash, "doc_id": "old",
                    "published": dec13, "origin": "old.txt", "text": x.article.text,
                    "producer": "factwire-0001", "title": "Shoigu in Delhi"})
    put("entity", *[{"id": i, "key": key, "kind": key.split(":")[0], "name": name}
                    for i, (key, name) in enumerate([
                        ("person:sergei-shoigu", "Sergei Shoigu"),
                        ("person:nirmala-sitharaman", "Nirmala Sitharaman"),
                        ("country:RUS", "Russia"), ("country:IND", "India"),
                        ("location:new-delhi", "New Delhi"), ("weapon:s-400", "S-400")], 1)])
    put("article_entity", *[{"id": i, "article_id": 1, "local_id": f"E{i}", "entity_id": i,
                             "kind": e.kind, "name": e.name, "actor": e.actor,
                             "country": e.country} for i, e in enumerate(x.entities, 1)])
    put("mention", {"article_entity_id": 1, "char_start": 25, "char_end": 38,
                    "text": "Sergei Shoigu", "form": "name"})
    common = {"plover_context": "military", "modality": "asserted", "confidence": 0.8,
              "n_sources": 1, "n_reports": 1, "conflicts": "{}", "first_reported": dec13,
              "last_reported": dec13}
    put("event",
        {"id": 1, "kind": "meeting", "family": "meeting|||sys=|", "actors": "IND RUS",
         "plover_type": "CONSULT", "time_start": "2018-12-13", "date_lo": dec13,
         "date_hi": dec13, "hull_lo": dec13, "hull_hi": dec13, "place_id": 5, **common},
        {"id": 2, "kind": "arms_transfer", "family": "arms_transfer||RUS>IND|sys=weapon:s-400|",
         "actors": "IND RUS", "plover_type": "COOPERATE", "time_start": "2018-10",
         "date_lo": oct1, "date_hi": oct31, "hull_lo": oct1, "hull_hi": oct31,
         "status": "ordered", "quantity": 5, "system_id": 6, **common})
    put("event_argument", *[{"event_id": ev, "role": role, "entity_id": ent, "actor": actor,
                             "support": 1} for ev, role, ent, actor in [
        (1, "participants", 1, "RUS"), (1, "participants", 2, "IND"), (1, "place", 5, None),
        (2, "supplier", 3, "RUS"), (2, "recipient", 4, "IND"), (2, "system", 6, None)]])
    source = {"article_id": 1, "plover_context": "military", "modality": "asserted",
              "confidence": 0.8}
    put("event_source",
        {"id": 1, "event_id": 1, "local_id": "V1", "kind": "meeting", "plover_type": "CONSULT",
         "family": "meeting|||sys=|", "actor_set": "IND RUS", "place_key": "location:new-delhi",
         "t_lo": dec13, "t_hi": dec13, "t_precision": 3, "time_start": "2018-12-13", **source},
        {"id": 2, "event_id": 2, "local_id": "V2", "kind": "arms_transfer",
         "plover_type": "COOPERATE", "family": "arms_transfer||RUS>IND|sys=weapon:s-400|",
         "actor_set": "", "t_lo": oct1, "t_hi": oct31, "t_precision": 2, "status": "ordered",
         "quantity": 5, "time_start": "2018-10", **source})
    put("source_argument", *[{"source_id": src, "role": role, "position": pos,
                              "article_entity_id": ae} for src, role, pos, ae in [
        (1, "participants", 0, 1), (1, "participants", 1, 2), (1, "place", 0, 5),
        (2, "supplier", 0, 3), (2, "recipient", 0, 4), (2, "system", 0, 6)]])
    put("source_span", {"source_id": 1, "char_start": 25, "char_end": 85, "sentence": "..."})
    put("quote", {"article_id": 1, "local_id": "Q1", "text": x.quotes[0].text,
                  "char_start": x.quotes[0].span.start, "char_end": x.quotes[0].span.end,
                  "speaker_id": 1})
    put("rejected_document", {"fingerprint": "f" * 64, "origin": "feed.xml", "line": 3,
                              "reason": "empty text"})


def test_a_database_at_an_older_revision_migrates_without_losing_rows(db_url: str) -> None:
    with open_store(db_url, migrate=False) as old:
        upgrade(old, "0001")
        assert old.revision() == "0001"
        with old.write() as conn:
            _rows_as_0001_wrote_them(conn)
        before = counts(old, OLD_TABLES)
    assert (before["article"], before["event"], before["event_argument"]) == (1, 2, 6)

    with open_store(db_url) as migrated:
        assert migrated.revision() == head_revision() == "0008"
        assert counts(migrated, OLD_TABLES) == before  # nothing lost, not even cascaded children
        assert counts(migrated, ["event_match"]) == {"event_match": 2}  # 0007: one per event
        assert counts(migrated, ["correction", "correction_anchor"]) == {
            "correction": 0, "correction_anchor": 0}  # 0008
        assert [h["article"] for h in queries.search(migrated, "Sitharaman")] == ["old"]
        with migrated.read() as conn:
            m = t.event_match
            state = conn.execute(sa.select(m.c.event_id, m.c.anchor_lo, m.c.anchor_precision,
                                           m.c.actor_set, m.c.place_keys, m.c.family)
                                 .order_by(m.c.event_id)).all()
            actor_sets = conn.execute(sa.select(t.event_source.c.actor_set)
                                      .order_by(t.event_source.c.id)).scalars().all()
        assert [tuple(r) for r in state] == [
            (1, dt.date(2018, 12, 13), 3, '["IND", "RUS"]', '["location:new-delhi"]',
             "meeting|||sys=|"),
            (2, dt.date(2018, 10, 1), 2, "[]", "[]", "arms_transfer||RUS>IND|sys=weapon:s-400|")]
        assert actor_sets == ['["IND", "RUS"]', "[]"]
        with migrated.read() as conn:  # 0007: actor keys as a JSON list, from the arguments
            actors = conn.execute(sa.select(t.event.c.actors).order_by(t.event.c.id)).scalars()
            assert list(actors) == ['["IND", "RUS"]', '["IND", "RUS"]']
        with migrated.read() as conn:  # 0005: old quotes keep their speaker, no role recorded
            quote = conn.execute(sa.select(t.quote.c.speaker_id, t.quote.c.speaker_start,
                                           t.quote.c.speaker_role)).one()
        assert tuple(quote) == (1, None, None)
        x = seed_like("new", published="2018-12-14")
        retold = dataclasses.replace(x, article=dataclasses.replace(
            x.article, text=x.article.text + " Talks went on into the evening."))
        with migrated.write() as conn:  # a new report of the old meeting joins it
            assert write_extraction(conn, retold).status == "new"
        meetings = queries.events(migrated, kind="meeting")
        assert [(m["id"], m["n_sources"]) for m in meetings] == [(1, 2)]
