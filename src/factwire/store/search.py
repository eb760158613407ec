"""Full-text search over articles: FTS5 in SQLite, a tsvector in PostgreSQL (migration 0002).

One small query language, parsed here and translated for each engine, so both answer alike:

- words are ANDed: ``S-400 Turkey``;
- ``"quoted words"`` form a phrase;
- ``or`` between two terms makes them alternatives, and binds tighter than the AND between
  terms: ``sanctions or embargo Russia`` is (sanctions OR embargo) AND Russia;
- ``-word`` or ``-"a phrase"`` excludes every article containing it, whatever else the query
  says: ``sanctions or embargo -Iran`` never returns an article that mentions Iran.

(PostgreSQL's ``websearch_to_tsquery`` and a plain FTS5 string both bind a NOT only to the
term beside it, which let ``sanctions or embargo -Iran`` return articles about Iranian
sanctions.) Words are stemmed (Porter / English) in both engines, so "sanctions" finds
"sanctioned". The SQL is fixed; every user term is a bound value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.store.errors import QueryError

SQLITE_SEARCH = sa.text(
    "SELECT a.doc_id AS article, a.title, a.published, a.url, a.origin, "
    "snippet(article_fts, 1, '[', ']', ' … ', 16) AS snippet, "
    "bm25(article_fts, 10.0, 1.0) AS rank "
    "FROM article_fts JOIN article AS a ON a.id = article_fts.rowid "
    "WHERE article_fts MATCH :query ORDER BY rank, a.id LIMIT :limit")
TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MAX_TERMS = 64
_ENGLISH: sa.ColumnClause[Any] = sa.literal_column("'english'::regconfig")
_HEADLINE: sa.ColumnClause[Any] = sa.literal_column(
    "'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1'")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A search: every group must match (a group is alternatives), no exclusion may."""

    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...]


def parse(text: str) -> Parsed:
    """Read the query language (see the module docstring) into groups and exclusions."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    pending_or = False
    for minus, phrase, word in TOKEN.findall(text):
        if word and word.lower() == "or":
            pending_or = bool(groups)
            continue
        negate = bool(minus) or (word.startswith("-") and len(word) > 1)
        body = " ".join((phrase if not word else word[1:] if negate else word).split())
        if not re.search(r"\w", body):
            continue
        if negate:
            excluded.append(body)
        elif pending_or:
            groups[-1].append(body)
        else:
            groups.append([body])
        pending_or = False
    if not groups:
        raise QueryError(f"TEXT {text!r} has no words to search for: give at least one word "
                         "that is not excluded")
    if sum(map(len, groups)) + len(excluded) > MAX_TERMS:
        raise QueryError(f"TEXT has more than {MAX_TERMS} terms: search for fewer words")
    return Parsed(tuple(tuple(g) for g in groups), tuple(excluded))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts5_query(text: str) -> str:
    """The FTS5 form of a query, every term quoted (so no term is read as an operator)."""
    parsed = parse(text)
    groups = [" OR ".join(map(_quoted, g)) for g in parsed.groups]
    several = len(groups) > 1
    query = " AND ".join(f"({g})" if several and len(parsed.groups[i]) > 1 else g
                         for i, g in enumerate(groups))
    if parsed.excluded:
        query = f"({query}) NOT ({' OR '.join(map(_quoted, parsed.excluded))})"
    return query


def _tsquery(parsed: Parsed) -> sa.ColumnElement[Any]:
    """The same query as a PostgreSQL tsquery, built from bound terms with && || !!."""
    def term(value: str) -> sa.ColumnElement[Any]:
        return sa.func.phraseto_tsquery(_ENGLISH, sa.literal(value, sa.Text))

    def any_of(values: tuple[str, ...]) -> sa.ColumnElement[Any]:
        out = term(values[0])
        for v in values[1:]:
            out = out.op("||")(term(v))
        return out.self_group()

    query = any_of(parsed.groups[0])
    for group in parsed.groups[1:]:
        query = query.op("&&")(any_of(group))
    if parsed.excluded:
        query = query.self_group().op("&&")(sa.func.tsquery_not(any_of(parsed.excluded)))
    return query


def _postgres_search(parsed: Parsed, limit: int) -> sa.Select[Any]:
    a = sa.table("article", sa.column("id"), sa.column("doc_id"), sa.column("title"),
                 sa.column("published"), sa.column("url"), sa.column("origin"),
                 sa.column("text"), sa.column("search_vector")).alias("a")
    q = _tsquery(parsed)
    rank = (-sa.func.ts_rank(a.c.search_vector, q)).label("rank")
    return (sa.select(a.c.doc_id.label("article"), a.c.title, a.c.published, a.c.url,
                      a.c.origin, sa.func.ts_headline(_ENGLISH, a.c.text, q, _HEADLINE)
                      .label("snippet"), rank)
            .where(a.c.search_vector.op("@@")(q)).order_by(rank, a.c.id).limit(limit))


def search_articles(conn: Connection, dialect: str, text: str, limit: int) -> list[dict[str, Any]]:
    """Articles matching ``text``, best first, with a snippet marking hits in [brackets]."""
    if dialect == "sqlite":
        rows = conn.execute(SQLITE_SEARCH, {"query": fts5_query(text), "limit": limit})
    else:
        rows = conn.execute(_postgres_search(parse(text), limit))
    return [{**dict(r._mapping), "rank": round(float(r.rank), 4) + 0.0} for r in rows]
