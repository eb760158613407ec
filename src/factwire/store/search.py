"""Full-text search over articles: FTS5 in SQLite, a tsvector in PostgreSQL (migration 0002).

Both accept the same small query language (that of PostgreSQL's ``websearch_to_tsquery``):
words are ANDed, ``"quoted words"`` form a phrase, ``or`` between terms is OR and
``-word`` excludes a word. Words are stemmed (Porter / English) in both, so "sanctions"
finds "sanctioned". The SQL below is fixed text; the user's query is always a bound value.
"""

from __future__ import annotations

import re
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
POSTGRES_SEARCH = sa.text(
    "SELECT a.doc_id AS article, a.title, a.published, a.url, a.origin, "
    "ts_headline('english', a.text, q, "
    "'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1') AS snippet, "
    "-ts_rank(a.search_vector, q) AS rank "
    "FROM article AS a, websearch_to_tsquery('english', :query) AS q "
    "WHERE a.search_vector @@ q ORDER BY rank, a.id LIMIT :limit")
TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


def fts5_query(text: str) -> str:
    """Translate the web-search syntax into an FTS5 query where every term is quoted."""
    terms: list[str] = []
    pending_or = False
    for phrase, word in TOKEN.findall(text):
        if word.lower() == "or" and not phrase:
            pending_or = bool(terms)
            continue
        negate = bool(word.startswith("-") and len(word) > 1)
        body = " ".join((phrase or (word[1:] if negate else word)).split())
        if not re.search(r"\w", body):
            continue
        quoted = '"' + body.replace('"', '""') + '"'
        if negate:
            if terms:  # FTS5 has no unary NOT: a leading exclusion alone is dropped
                terms.append(f"NOT {quoted}")
        elif pending_or:
            terms.append(f"OR {quoted}")
        else:
            terms.append(quoted)
        pending_or = False
    if not terms:
        raise QueryError(f"TEXT {text!r} has no words to search for: give at least one word")
    return " ".join(terms)


def search_articles(conn: Connection, dialect: str, text: str, limit: int) -> list[dict[str, Any]]:
    """Articles matching ``text``, best first, with a snippet marking hits in [brackets]."""
    fts = fts5_query(text)  # in both dialects: the same words are required
    if dialect == "sqlite":
        rows = conn.execute(SQLITE_SEARCH, {"query": fts, "limit": limit})
    else:
        rows = conn.execute(POSTGRES_SEARCH, {"query": text, "limit": limit})
    return [{**dict(r._mapping), "rank": round(float(r.rank), 4) + 0.0} for r in rows]
