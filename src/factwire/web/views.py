"""What a list page or API call shows: query parameters -> filtered rows, facets and a page.

The rows come from :mod:`factwire.api.queries` with the CLI's filters (modality included)
passed through as they are; what the CLI has no flag for (a confidence floor, sorting,
facets) is applied here to those rows, in Python, never in SQL. Pages are cut by an opaque cursor
(the position in the sorted rows, base64 JSON), so a client never builds one itself.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factwire.api import queries
from factwire.api.resolve import NoMatchError
from factwire.store.engine import Store
from factwire.store.errors import QueryError
from factwire.web.cache import RowCache
from factwire.web.security import WebError

EVENT_FILTERS = ("kind", "actor", "pair", "system", "place", "since", "until", "status",
                 "modality", "min_confidence", "sort")
TRANSFER_FILTERS = ("supplier", "recipient", "system", "status", "since", "until")
QUOTE_FILTERS = ("speaker", "actor", "contains", "since", "until")
FACETS = ("kind", "status", "modality", "plover_type")
SORTS = {"date": ("date", False), "-date": ("date", True), "kind": ("kind", False),
         "confidence": ("confidence", True), "sources": ("n_sources", True)}
MODALITIES = ("all", "asserted", "future", "hypothetical", "negated")  # "" = asserted, future
DEFAULT_PAGE, MAX_PAGE = 50, 500


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[dict[str, Any]]
    next_cursor: str | None
    total: int | None
    facets: dict[str, list[tuple[str, int]]]

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"data": self.rows, "next_cursor": self.next_cursor}
        if self.total is not None:
            out["total"] = self.total
        if self.facets:
            out["facets"] = {k: [{"value": v, "count": n} for v, n in c]
                             for k, c in self.facets.items()}
        return out


def clean(params: Mapping[str, str], names: tuple[str, ...]) -> dict[str, str]:
    """The filters given (blank form fields are not filters)."""
    return {k: params[k].strip() for k in names if params.get(k, "").strip()}


def page_size(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_PAGE
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise WebError(400, "invalid", f"limit={raw!r}: give a whole number from 1 to "
                       f"{MAX_PAGE}", "limit")
    return int(raw)


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_cursor(raw: str | None) -> int:
    if not raw:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        offset = data["o"]
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError):
        offset = None
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise WebError(400, "invalid", "cursor is not one this server gave: use the "
                       "next_cursor of the previous page as it is", "cursor")
    return offset


def query_error(exc: QueryError) -> WebError:
    """A filter the query layer refused: its message names the parameter (``kind='x'``).

    A name that matches nothing is a 404 ``no_match`` naming the field, with the closest names
    in the message, so a client can offer them (the CLI exits 1 for the same case)."""
    if isinstance(exc, NoMatchError):
        flag = exc.flag.lstrip("-").split("/")[0].replace("-", "_")
        return WebError(404, "no_match", str(exc), {"between": "pair"}.get(flag, flag),
                        tuple(exc.suggestions), exc.text)
    message = str(exc)
    name = message.split("=", 1)[0].strip() if "=" in message.split(" ", 1)[0] else None
    field = {"between": "pair"}.get(name or "", name)
    return WebError(400, "invalid", message, field)


def _pair(raw: str) -> list[str]:
    parts = [p.strip() for p in raw.replace(";", ",").split(",") if p.strip()]
    if len(parts) != 2:
        raise WebError(400, "invalid", f"pair={raw!r}: give two actors separated by a comma, "
                       "e.g. pair=IND,RUS", "pair")
    return parts


QUERY_FILTERS = ("kind", "actor", "pair", "system", "place", "since", "until", "status",
                 "modality")


def event_rows(store: Store, f: Mapping[str, str],
               cache: RowCache | None = None) -> list[dict[str, Any]]:
    """Every event the filters keep, sorted as asked (date order by default)."""
    between = _pair(f["pair"]) if "pair" in f else None

    def run() -> list[dict[str, Any]]:
        try:
            return queries.events(store, kind=f.get("kind"), actor=f.get("actor"),
                                  between=between, system=f.get("system"),
                                  place=f.get("place"), since=f.get("since"),
                                  until=f.get("until"), status=f.get("status"),
                                  modality=f.get("modality") or None)
        except QueryError as exc:
            raise query_error(exc) from exc

    key = ("events", *((k, f[k]) for k in QUERY_FILTERS if k in f))
    rows = cache.get(key, run) if cache is not None else run()
    if "min_confidence" in f:
        floor = _confidence(f["min_confidence"])
        rows = [r for r in rows if (r["confidence"] or 0) >= floor]
    return _sorted(rows, f.get("sort", "date"))


def _confidence(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise WebError(400, "invalid", f"min_confidence={raw!r}: give a number from 0 to 1",
                       "min_confidence")
    return value


def _sorted(rows: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    if sort not in SORTS:
        raise WebError(400, "invalid", f"sort={sort!r}: use one of {', '.join(SORTS)}", "sort")
    if sort == "date":
        return rows  # the query's own order: date, then kind, then id
    key, reverse = SORTS[sort]
    present = [r for r in rows if r.get(key) is not None]
    missing = [r for r in rows if r.get(key) is None]
    return sorted(present, key=lambda r: (str(r[key]).lstrip("~")
                                          if key in ("date", "kind") else r[key]),
                  reverse=reverse) + missing


def facets(rows: list[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    """Counts of each value of the facet columns over all the rows the filters keep."""
    out: dict[str, list[tuple[str, int]]] = {}
    for name in FACETS:
        counts = Counter(str(r.get(name)) for r in rows if r.get(name) is not None)
        out[name] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return out


def paged(rows: list[dict[str, Any]], cursor: str | None, size: int, *,
          with_facets: bool = False) -> Page:
    start = decode_cursor(cursor)
    chunk = rows[start:start + size]
    more = start + size < len(rows)
    return Page(chunk, encode_cursor(start + size) if more else None, len(rows),
                facets(rows) if with_facets else {})


def transfer_rows(store: Store, f: Mapping[str, str]) -> list[dict[str, Any]]:
    try:
        return queries.transfers(store, supplier=f.get("supplier"),
                                 recipient=f.get("recipient"), system=f.get("system"),
                                 status=f.get("status"), since=f.get("since"),
                                 until=f.get("until"), sources=True)
    except QueryError as exc:
        raise query_error(exc) from exc


def quote_rows(store: Store, f: Mapping[str, str]) -> list[dict[str, Any]]:
    try:
        return queries.quotes(store, speaker=f.get("speaker"), actor=f.get("actor"),
                              contains=f.get("contains"), since=f.get("since"),
                              until=f.get("until"))
    except QueryError as exc:
        raise query_error(exc) from exc


def search_page(store: Store, q: str | None, cursor: str | None, size: int) -> Page:
    """Search hits after the cursor; asks for one more than the page to know if more exist."""
    if not q or not q.strip():
        raise WebError(400, "invalid", "q is empty: give words to search for, e.g. "
                       "q=S-400", "q")
    start = decode_cursor(cursor)
    try:
        rows = queries.search(store, q, limit=start + size + 1)
    except QueryError as exc:
        raise WebError(400, "invalid", str(exc), "q") from exc
    more = len(rows) > start + size
    return Page(rows[start:start + size], encode_cursor(start + size) if more else None,
                None, {})
