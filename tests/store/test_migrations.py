"""Migrations: the schema module matches the head migration, and old databases keep their data."""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factory import seed_like

from factwire.api import queries
from factwire.model import Extraction, Rejected
from factwire.store import counts, open_store, upgrade, write_extraction, write_rejected
from factwire.store.engine import head_revision
from factwire.store.schema import DATA_TABLES, metadata

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


def _other_article(doc_id: str) -> Extraction:
    x = seed_like(doc_id)
    text = x.article.text + " Talks continued into the evening."
    return dataclasses.replace(x, article=dataclasses.replace(x.article, text=text))


def test_a_database_at_an_older_revision_migrates_without_losing_rows(db_url: str) -> None:
    with open_store(db_url, migrate=False) as old:
        upgrade(old, "0001")  # the schema before full-text search existed
        assert old.revision() == "0001"
        with old.write() as conn:
            write_extraction(conn, seed_like("first"))
            write_extraction(conn, _other_article("second"))
            write_rejected(conn, Rejected("feed.xml", "empty text", 3))
        before = counts(old)
    assert before["article"] == 2 and before["event"] == 2 and before["rejected_document"] == 1

    with open_store(db_url) as migrated:
        assert migrated.revision() == head_revision() == "0002"
        assert counts(migrated) == before
        hits = queries.search(migrated, "evening")  # indexed by the migration itself
        assert [h["article"] for h in hits] == ["second"]
        with migrated.read() as conn:
            tables = set(sa.inspect(conn).get_table_names())
    assert set(DATA_TABLES) <= tables
