"""The one schema of the store, for SQLite and PostgreSQL alike (SQLAlchemy Core).

Two layers are kept side by side:

- what each article says: ``article``, ``article_entity`` + ``mention``, ``event_source``
  (one event as one article reports it) + ``source_argument`` + ``source_span``, ``quote``;
- what factwire concludes across articles: ``entity`` (one row per real-world entity) and
  ``event`` (one consolidated event) + ``event_argument`` (merged arguments with support).

``event_source.event_id`` links the layers: it says which article and spans support which
consolidated event. The per-article layer is never rewritten, so consolidation can always
be recomputed from it. ``event_match`` holds the matching state consolidation keeps per
event; the read-only views (``events_v`` ..., migration 0007, :data:`VIEWS`) show the facts
without it. Full-text search (FTS5 in SQLite, a tsvector in PostgreSQL) is
dialect-specific DDL that lives only in migration 0002.

This module must match the head migration; ``tests/store/test_migrations.py`` checks it.
"""

from __future__ import annotations

import sqlalchemy as sa

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

_KEY = sa.String(300)
_CODE = sa.String(120)


ingest_run = sa.Table(
    "ingest_run", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("host", sa.String(255)),
    sa.Column("pid", sa.Integer),
    sa.Column("paths", sa.Text, nullable=False),
    sa.Column("options", sa.Text, nullable=False),
    sa.Column("n_read", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_new", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_duplicate", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_rejected", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_quotes", sa.Integer, nullable=False, server_default="0"),
    sa.Column("message", sa.Text),
)

article = sa.Table(
    "article", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("doc_id", sa.String(255), nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("dateline", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("producer", sa.Text, nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_run.id", ondelete="SET NULL")),
    sa.Column("notes", sa.Text),  # JSON list of Article.notes (migration 0006)
)

rejected_document = sa.Table(
    "rejected_document", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_run.id", ondelete="SET NULL")),
)

entity = sa.Table(
    "entity", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", _KEY, nullable=False, unique=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("canonical", _KEY),
    sa.Column("country", sa.String(8)),
    sa.Column("actor", _CODE, index=True),
    sa.Column("category", _CODE),
)

article_entity = sa.Table(
    "article_entity", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entity.id"), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(8)),
    sa.Column("actor", _CODE),
    sa.Column("role", sa.Text),
    sa.Column("category", _CODE),
    sa.UniqueConstraint("article_id", "local_id", name="uq_article_entity_local"),
)

mention = sa.Table(
    "mention", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_entity_id", sa.Integer,
              sa.ForeignKey("article_entity.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("form", sa.String(16), nullable=False),
)

event = sa.Table(
    "event", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(24), nullable=False, index=True),
    sa.Column("actors", sa.Text, nullable=False),
    sa.Column("plover_type", sa.String(32), nullable=False),
    sa.Column("plover_mode", sa.String(32)),
    sa.Column("plover_context", sa.Text, nullable=False),
    sa.Column("cameo", sa.String(8)),
    sa.Column("time_start", sa.String(10)),
    sa.Column("time_end", sa.String(10)),
    sa.Column("date_lo", sa.Date, index=True),
    sa.Column("date_hi", sa.Date),
    sa.Column("status", sa.String(16)),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("quantity", sa.Integer),
    sa.Column("value_amount", sa.Float),
    sa.Column("value_currency", sa.String(8)),
    sa.Column("order_time", sa.String(10)),
    sa.Column("delivery_times", sa.Text),
    sa.Column("system_id", sa.Integer, sa.ForeignKey("entity.id"), index=True),
    sa.Column("place_id", sa.Integer, sa.ForeignKey("entity.id"), index=True),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("first_reported", sa.Date),
    sa.Column("last_reported", sa.Date),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("conflicts", sa.Text, nullable=False),
)

# Matching state (0003; its own table since 0007): what a new report is compared with
# before any of an event's reports are read (see factwire.dedup.Group). Consolidation
# bookkeeping, not a fact: the views and exports never show it.
event_match = sa.Table(
    "event_match", metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("family", sa.Text, nullable=False, index=True),
    sa.Column("anchor_lo", sa.Date),
    sa.Column("anchor_hi", sa.Date),
    sa.Column("anchor_precision", sa.SmallInteger),
    sa.Column("actor_set", sa.Text, nullable=False, server_default="[]"),
    sa.Column("place_keys", sa.Text, nullable=False, server_default="[]"),
)

event_argument = sa.Table(
    "event_argument", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entity.id"), index=True),
    sa.Column("actor", _CODE, index=True),
    sa.Column("value", sa.Text),
    sa.Column("support", sa.Integer, nullable=False),
)

event_source = sa.Table(
    "event_source", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="SET NULL"),
              index=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(24), nullable=False),
    sa.Column("plover_type", sa.String(32), nullable=False),
    sa.Column("plover_mode", sa.String(32)),
    sa.Column("plover_context", sa.Text, nullable=False),
    sa.Column("cameo", sa.String(8)),
    sa.Column("time_start", sa.String(10)),
    sa.Column("time_end", sa.String(10)),
    sa.Column("time_text", sa.Text),
    sa.Column("status", sa.String(16)),
    sa.Column("quantity", sa.Integer),
    sa.Column("value_amount", sa.Float),
    sa.Column("value_currency", sa.String(8)),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("family", sa.Text, nullable=False),
    sa.Column("actor_set", sa.Text, nullable=False),  # a JSON list of actor keys
    sa.Column("place_key", _KEY),
    sa.Column("t_lo", sa.Date),
    sa.Column("t_hi", sa.Date),
    sa.Column("t_precision", sa.SmallInteger, nullable=False),
    # grounding (0004): where the trigger and the time expression are, and who found it
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Column("time_char_start", sa.Integer),
    sa.Column("time_char_end", sa.Integer),
    sa.Column("producer", sa.String(64)),
    sa.UniqueConstraint("article_id", "local_id", name="uq_event_source_local"),
)

source_argument = sa.Table(
    "source_argument", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("event_source.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("position", sa.SmallInteger, nullable=False),
    sa.Column("article_entity_id", sa.Integer,
              sa.ForeignKey("article_entity.id", ondelete="CASCADE")),
    sa.Column("value", sa.Text),
    sa.Column("char_start", sa.Integer),  # the mention that filled the argument (0004)
    sa.Column("char_end", sa.Integer),
)

source_span = sa.Table(
    "source_span", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("event_source.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
)

quote = sa.Table(
    "quote", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("speaker_id", sa.Integer,
              sa.ForeignKey("article_entity.id", ondelete="CASCADE"), index=True),
    sa.Column("speaker_start", sa.Integer),
    sa.Column("speaker_end", sa.Integer),
    sa.Column("speaker_role", sa.Text),
    sa.UniqueConstraint("article_id", "local_id", name="uq_quote_local"),
)

# corrections (migration 0007): an analyst's fix to a consolidated event, kept as its own
# record and anchored to the event's reports (article hash + trigger), which survive
# re-ingest and re-consolidation where event ids do not; see factwire.store.corrections
correction = sa.Table(
    "correction", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("action", sa.String(8), nullable=False),  # set, delete or merge
    sa.Column("field", sa.String(32)),
    sa.Column("value", sa.Text),
    sa.Column("event_id", sa.Integer, index=True),  # where it applies now (no FK: ids move)
    sa.Column("status", sa.String(16), nullable=False),  # applied or unresolved
)

correction_anchor = sa.Table(
    "correction_anchor", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("correction_id", sa.Integer, sa.ForeignKey("correction.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("side", sa.String(8), nullable=False),  # target, or other (merged into target)
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(24), nullable=False),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
)

DATA_TABLES = (
    "ingest_run", "article", "rejected_document", "entity", "article_entity", "mention",
    "event", "event_match", "event_argument", "event_source", "source_argument", "source_span",
    "quote", "correction", "correction_anchor",
)

# Read-only views over the facts (migration 0007), described for datasette in
# docs/datasette-metadata.json and column by column in docs/data.md.
VIEWS = ("events_v", "event_participants_v", "transfers_v", "quotes_v", "event_sources_v")
