"""The first schema: articles, entities, per-article and consolidated events, quotes, runs.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

KEY = sa.String(300)
CODE = sa.String(120)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


def _ref(name: str, target: str, *, cascade: bool, nullable: bool = True,
         index: bool = False) -> sa.Column[int]:
    ondelete = "CASCADE" if cascade else "SET NULL"
    return sa.Column(name, sa.Integer, sa.ForeignKey(target, ondelete=ondelete),
                     nullable=nullable, index=index)


def _plain_ref(name: str, target: str, *, nullable: bool, index: bool) -> sa.Column[int]:
    return sa.Column(name, sa.Integer, sa.ForeignKey(target), nullable=nullable, index=index)


def _codes() -> list[sa.Column[object]]:
    """Coding columns an event has both as one article reports it and once consolidated."""
    return [
        sa.Column("plover_type", sa.String(32), nullable=False),
        sa.Column("plover_mode", sa.String(32)),
        sa.Column("plover_context", sa.Text, nullable=False),
        sa.Column("cameo", sa.String(8)),
        sa.Column("time_start", sa.String(10)),
        sa.Column("time_end", sa.String(10)),
    ]


def _create_documents() -> None:
    op.create_table(
        "ingest_run", _id(),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("host", sa.String(255)),
        sa.Column("pid", sa.Integer),
        sa.Column("paths", sa.Text, nullable=False),
        sa.Column("options", sa.Text, nullable=False),
        *[sa.Column(f"n_{n}", sa.Integer, nullable=False, server_default="0")
          for n in ("read", "new", "duplicate", "rejected", "events", "quotes")],
        sa.Column("message", sa.Text),
    )
    op.create_table(
        "article", _id(),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("doc_id", sa.String(255), nullable=False),
        *[sa.Column(n, sa.Text) for n in ("source", "url", "title")],
        sa.Column("published", sa.Date, index=True),
        *[sa.Column(n, sa.Text) for n in ("dateline", "author")],
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("producer", sa.Text, nullable=False),
        _ref("run_id", "ingest_run.id", cascade=False),
    )
    op.create_table(
        "rejected_document", _id(),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("reason", sa.Text, nullable=False),
        _ref("run_id", "ingest_run.id", cascade=False),
    )


def _create_entities() -> None:
    op.create_table(
        "entity", _id(),
        sa.Column("key", KEY, nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("canonical", KEY),
        sa.Column("country", sa.String(8)),
        sa.Column("actor", CODE, index=True),
        sa.Column("category", CODE),
    )
    op.create_table(
        "article_entity", _id(),
        _ref("article_id", "article.id", cascade=True, nullable=False, index=True),
        sa.Column("local_id", sa.String(32), nullable=False),
        _plain_ref("entity_id", "entity.id", nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("actor", CODE),
        sa.Column("role", sa.Text),
        sa.Column("category", CODE),
        sa.UniqueConstraint("article_id", "local_id", name="uq_article_entity_local"),
    )
    op.create_table(
        "mention", _id(),
        _ref("article_entity_id", "article_entity.id", cascade=True, nullable=False,
             index=True),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("form", sa.String(16), nullable=False),
    )


def _create_events() -> None:
    op.create_table(
        "event", _id(),
        sa.Column("kind", sa.String(24), nullable=False, index=True),
        sa.Column("family", sa.Text, nullable=False, index=True),
        sa.Column("actors", sa.Text, nullable=False),
        *_codes(),
        sa.Column("date_lo", sa.Date, index=True),
        *[sa.Column(n, sa.Date) for n in ("date_hi", "hull_lo", "hull_hi")],
        sa.Column("status", sa.String(16)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("quantity", sa.Integer),
        sa.Column("value_amount", sa.Float),
        sa.Column("value_currency", sa.String(8)),
        sa.Column("order_time", sa.String(10)),
        sa.Column("delivery_times", sa.Text),
        _plain_ref("system_id", "entity.id", nullable=True, index=True),
        _plain_ref("place_id", "entity.id", nullable=True, index=True),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_reports", sa.Integer, nullable=False),
        sa.Column("first_reported", sa.Date),
        sa.Column("last_reported", sa.Date),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("conflicts", sa.Text, nullable=False),
    )
    op.create_table(
        "event_argument", _id(),
        _ref("event_id", "event.id", cascade=True, nullable=False, index=True),
        sa.Column("role", sa.String(32), nullable=False),
        _plain_ref("entity_id", "entity.id", nullable=True, index=True),
        sa.Column("actor", CODE, index=True),
        sa.Column("value", sa.Text),
        sa.Column("support", sa.Integer, nullable=False),
    )


def _create_sources() -> None:
    op.create_table(
        "event_source", _id(),
        _ref("event_id", "event.id", cascade=False, index=True),
        _ref("article_id", "article.id", cascade=True, nullable=False, index=True),
        sa.Column("local_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        *_codes(),
        sa.Column("time_text", sa.Text),
        sa.Column("status", sa.String(16)),
        sa.Column("quantity", sa.Integer),
        sa.Column("value_amount", sa.Float),
        sa.Column("value_currency", sa.String(8)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("family", sa.Text, nullable=False),
        sa.Column("actor_set", sa.Text, nullable=False),
        sa.Column("place_key", KEY),
        sa.Column("t_lo", sa.Date),
        sa.Column("t_hi", sa.Date),
        sa.Column("t_precision", sa.SmallInteger, nullable=False),
        sa.UniqueConstraint("article_id", "local_id", name="uq_event_source_local"),
    )
    op.create_table(
        "source_argument", _id(),
        _ref("source_id", "event_source.id", cascade=True, nullable=False, index=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("position", sa.SmallInteger, nullable=False),
        _ref("article_entity_id", "article_entity.id", cascade=True),
        sa.Column("value", sa.Text),
    )
    op.create_table(
        "source_span", _id(),
        _ref("source_id", "event_source.id", cascade=True, nullable=False, index=True),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_table(
        "quote", _id(),
        _ref("article_id", "article.id", cascade=True, nullable=False, index=True),
        sa.Column("local_id", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        _ref("speaker_id", "article_entity.id", cascade=True, index=True),
        sa.UniqueConstraint("article_id", "local_id", name="uq_quote_local"),
    )


def upgrade() -> None:
    _create_documents()
    _create_entities()
    _create_events()
    _create_sources()


def downgrade() -> None:
    for table in ("quote", "source_span", "source_argument", "event_source", "event_argument",
                  "event", "mention", "article_entity", "entity", "rejected_document",
                  "article", "ingest_run"):
        op.drop_table(table)
