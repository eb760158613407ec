"""Facts apart from bookkeeping: matching state in ``event_match``, read-only views over facts.

Moves each event's matching state (``family``, ``anchor_*``, ``actor_set``, ``place_keys``;
added by 0003) out of ``event`` into ``event_match`` (one row per event, deleted with it),
stores ``event.actors`` as a JSON list (it was space-joined, and keys contain spaces), and
creates the views analysts query (``factwire sql``, datasette): ``events_v``,
``event_participants_v``, ``transfers_v``, ``quotes_v``, ``event_sources_v``. They show facts
only, with lists as JSON arrays (as the CSV exports write them) and dates as ISO text.

The view bodies are SQLAlchemy expressions compiled for the database at hand; only the JSON
list aggregate differs (``json_group_array`` in SQLite, ``json_agg`` in PostgreSQL).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MATCH_COLUMNS = ("family", "anchor_lo", "anchor_hi", "anchor_precision", "actor_set",
                 "place_keys")
VIEWS = ("events_v", "event_participants_v", "transfers_v", "quotes_v", "event_sources_v")

_m = sa.MetaData()
event = sa.Table("event", _m, *(sa.Column(n, sa.Text) for n in (
    "kind", "actors", "plover_type", "plover_mode", "plover_context", "cameo", "time_start",
    "time_end", "status", "modality", "value_currency", "order_time", "delivery_times",
    "conflicts", "family", "actor_set", "place_keys")),
    *(sa.Column(n, sa.Integer) for n in ("id", "quantity", "system_id", "place_id",
                                          "n_sources", "n_reports", "anchor_precision")),
    *(sa.Column(n, sa.Date) for n in ("date_lo", "date_hi", "first_reported",
                                       "last_reported", "anchor_lo", "anchor_hi")),
    *(sa.Column(n, sa.Float) for n in ("value_amount", "confidence")))
match = sa.Table("event_match", _m, sa.Column("event_id", sa.Integer),
                 *(sa.Column(n, sa.Text) for n in ("family", "actor_set", "place_keys")),
                 sa.Column("anchor_lo", sa.Date), sa.Column("anchor_hi", sa.Date),
                 sa.Column("anchor_precision", sa.Integer))
argument = sa.Table("event_argument", _m, *(sa.Column(n, sa.Integer) for n in (
    "id", "event_id", "entity_id", "support")), *(sa.Column(n, sa.Text) for n in (
        "role", "actor", "value")))
entity = sa.Table("entity", _m, sa.Column("id", sa.Integer), *(sa.Column(n, sa.Text) for n in (
    "key", "kind", "name", "actor", "category")))
article = sa.Table("article", _m, sa.Column("id", sa.Integer), sa.Column("published", sa.Date),
                   *(sa.Column(n, sa.Text) for n in ("doc_id", "url", "title", "source")))
source = sa.Table("event_source", _m, *(sa.Column(n, sa.Integer) for n in (
    "id", "event_id", "article_id", "trigger_start", "trigger_end", "time_char_start",
    "time_char_end")), *(sa.Column(n, sa.Text) for n in (
        "local_id", "kind", "plover_type", "cameo", "time_start", "time_end", "time_text",
        "status", "modality", "producer")), sa.Column("confidence", sa.Float))
span = sa.Table("source_span", _m, *(sa.Column(n, sa.Integer) for n in (
    "id", "source_id", "char_start", "char_end")), sa.Column("sentence", sa.Text))
quote = sa.Table("quote", _m, *(sa.Column(n, sa.Integer) for n in (
    "id", "article_id", "char_start", "char_end", "speaker_id", "speaker_start",
    "speaker_end")), *(sa.Column(n, sa.Text) for n in ("text", "speaker_role")))
local = sa.Table("article_entity", _m, *(sa.Column(n, sa.Integer) for n in (
    "id", "entity_id")), *(sa.Column(n, sa.Text) for n in ("name", "actor", "role")))

ACTOR_ROLES_EXCLUDED = ("system", "place")


def upgrade() -> None:
    op.create_table(
        "event_match",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("family", sa.Text, nullable=False),
        sa.Column("anchor_lo", sa.Date), sa.Column("anchor_hi", sa.Date),
        sa.Column("anchor_precision", sa.SmallInteger),
        sa.Column("actor_set", sa.Text, nullable=False, server_default="[]"),
        sa.Column("place_keys", sa.Text, nullable=False, server_default="[]"))
    op.create_index("ix_event_match_family", "event_match", ["family"])
    op.execute(sa.insert(match).from_select(
        ["event_id", *MATCH_COLUMNS],
        sa.select(event.c.id, *(event.c[n] for n in MATCH_COLUMNS))))
    # Plain ALTER TABLE, as in 0003: a batch copy of `event` would cascade to its children.
    op.drop_index("ix_event_family", "event")
    for name in MATCH_COLUMNS:
        op.drop_column("event", name)
    bind = op.get_bind()
    _actors_as_json(bind)
    for name, query in _views(bind.dialect.name).items():
        compiled = query.compile(dialect=bind.dialect, compile_kwargs={"literal_binds": True})
        op.execute(sa.text(f"CREATE VIEW {name} AS {compiled}"))  # fixed names, no input


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(sa.text(f"DROP VIEW IF EXISTS {name}"))
    op.add_column("event", sa.Column("family", sa.Text, nullable=False, server_default=""))
    op.add_column("event", sa.Column("anchor_lo", sa.Date))
    op.add_column("event", sa.Column("anchor_hi", sa.Date))
    op.add_column("event", sa.Column("anchor_precision", sa.SmallInteger))
    op.add_column("event", sa.Column("actor_set", sa.Text, nullable=False, server_default="[]"))
    op.add_column("event", sa.Column("place_keys", sa.Text, nullable=False,
                                     server_default="[]"))
    op.execute(sa.update(event).values({
        event.c[n]: sa.select(match.c[n]).where(match.c.event_id == event.c.id)
        .scalar_subquery() for n in MATCH_COLUMNS}).where(
        sa.exists().where(match.c.event_id == event.c.id)))
    op.create_index("ix_event_family", "event", ["family"])
    bind = op.get_bind()
    for event_id, actors in bind.execute(sa.select(event.c.id, event.c.actors)).all():
        if actors.startswith("["):
            bind.execute(sa.update(event).where(event.c.id == event_id)
                         .values(actors=" ".join(json.loads(actors))))
    op.drop_index("ix_event_match_family", "event_match")
    op.drop_table("event_match")


def _actors_as_json(bind: Any) -> None:
    """``event.actors`` becomes a JSON list: space-joined keys could not be told apart
    ("Islamic State USA"), so each is rebuilt from the event's arguments, as merging does."""
    rows = bind.execute(sa.select(argument.c.event_id, argument.c.actor).distinct().where(
        argument.c.actor.is_not(None), argument.c.role != "place")).all()
    keys: dict[int, set[str]] = {}
    for event_id, actor in rows:
        keys.setdefault(event_id, set()).add(actor)
    for event_id in bind.execute(sa.select(event.c.id)).scalars().all():
        bind.execute(sa.update(event).where(event.c.id == event_id).values(
            actors=json.dumps(sorted(keys.get(event_id, set())))))


def _actor_list(dialect: str, role_test: str) -> Any:
    """A JSON array (as text) of the distinct actor keys of the event's arguments whose role
    passes ``role_test`` (fixed SQL from this module, never user input), sorted."""
    where = ("x.event_id = event.id AND x.actor IS NOT NULL AND x.role " + role_test)
    if dialect == "postgresql":
        sql = ("(SELECT coalesce(json_agg(DISTINCT x.actor ORDER BY x.actor), '[]'::json)::text"
               f" FROM event_argument AS x WHERE {where})")
    else:
        sql = ("(SELECT json_group_array(v) FROM (SELECT DISTINCT x.actor AS v FROM "
               f"event_argument AS x WHERE {where} ORDER BY x.actor))")
    return sa.literal_column(sql)


def _comma_list(column: Any) -> Any:
    """``a,b`` (how ``event`` stores contexts and delivery dates) as the JSON ``["a","b"]``;
    the values are codes and ISO dates, which need no escaping."""
    return sa.case((sa.func.coalesce(column, "") == "", sa.literal("[]")),
                   else_=sa.literal('["') + sa.func.replace(column, ",", '","')
                   + sa.literal('"]'))


def _dates() -> list[Any]:
    """start_date/end_date only when the articles give a date (END is reserved in SQL)."""
    e = event.c
    undated = sa.and_(e.time_start.is_(None), e.time_end.is_(None))
    year = sa.or_(sa.func.length(e.time_start) == 4, sa.func.length(e.time_end) == 4)
    month = sa.or_(sa.func.length(e.time_start) == 7, sa.func.length(e.time_end) == 7)
    return [
        sa.case((undated, None), else_=e.date_lo).label("start_date"),
        sa.case((undated, None), else_=e.date_hi).label("end_date"),
        sa.case((undated, "none"), (year, "year"), (month, "month"),
                else_="day").label("date_precision"),
        sa.case((undated, "publication"), else_="text").label("dated_from"),
    ]


def _views(dialect: str) -> dict[str, Any]:
    e, a, en = event.c, argument.c, entity.c
    system, place = entity.alias("system_entity"), entity.alias("place_entity")
    facts = event.outerjoin(system, system.c.id == e.system_id).outerjoin(
        place, place.c.id == e.place_id)

    def actors(role_test: str) -> Any:
        return _actor_list(dialect, role_test)

    common = [*_dates(), e.first_reported, e.last_reported, e.modality, e.status,
              e.confidence]
    money = [e.value_amount.label("value"), e.value_currency.label("currency"),
             e.order_time.label("order_date"),
             _comma_list(e.delivery_times).label("delivery_dates")]
    events_v = sa.select(
        e.id.label("event_id"), e.kind, *common,
        actors("NOT IN ('system', 'place')").label("actors"),
        system.c.name.label("system"), system.c.category.label("system_category"),
        place.c.name.label("place"), e.quantity, *money, e.plover_type, e.plover_mode,
        _comma_list(e.plover_context).label("plover_context"), e.cameo, e.n_sources,
        e.n_reports, e.conflicts).select_from(facts)
    participants_v = (sa.select(a.event_id, a.role, a.actor, en.name, en.kind.label("entity_kind"),
                                a.support)
                      .select_from(argument.join(entity, en.id == a.entity_id))
                      .where(a.role.not_in(ACTOR_ROLES_EXCLUDED)))
    transfers_v = sa.select(
        e.id.label("event_id"), actors("= 'supplier'").label("suppliers"),
        actors("= 'recipient'").label("recipients"),
        system.c.name.label("designation"), system.c.category.label("category"),
        e.quantity.label("number"), *money, *common, e.n_sources, e.conflicts,
    ).select_from(facts).where(e.kind == "arms_transfer")
    return {"events_v": events_v, "event_participants_v": participants_v,
            "transfers_v": transfers_v, "quotes_v": _quotes_view(),
            "event_sources_v": _sources_view()}


def _quotes_view() -> Any:
    q, ar, lo = quote.c, article.c, local.c
    return (sa.select(q.id.label("quote_id"), q.text.label("quote"),
                      sa.func.coalesce(entity.c.name, lo.name).label("speaker"),
                      lo.actor.label("speaker_actor"), lo.role.label("speaker_role"),
                      q.speaker_role.label("said_as"), ar.published,
                      ar.doc_id.label("article_id"), ar.url, ar.title, q.char_start,
                      q.char_end, q.speaker_start, q.speaker_end)
            .select_from(quote.join(article, ar.id == q.article_id)
                         .outerjoin(local, lo.id == q.speaker_id)
                         .outerjoin(entity, entity.c.id == lo.entity_id)))


def _sources_view() -> Any:
    s, ar, sp = source.c, article.c, span.c
    return (sa.select(s.event_id, s.id.label("report_id"), s.kind, ar.doc_id.label("article_id"),
                      ar.published, ar.url, ar.title, s.time_start.label("date_text_start"),
                      s.time_end.label("date_text_end"), s.time_text, s.status, s.modality,
                      s.confidence, s.plover_type, s.cameo, sp.sentence,
                      sp.char_start.label("sentence_start"),
                      sp.char_end.label("sentence_end"), s.trigger_start, s.trigger_end,
                      s.producer)
            .select_from(source.join(article, ar.id == s.article_id)
                         .outerjoin(span, sp.source_id == s.id))
            .where(s.event_id.is_not(None)))
