"""HTML pages: the same rows as the API, rendered by Jinja2 with autoescape on.

Text from articles reaches a page only as template values (never as pre-built markup), and
highlighted text is a list of :class:`~factwire.web.highlight.Piece` the template escapes.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from factwire.api import exports, queries, records
from factwire.cli.output import write_rows
from factwire.events.spec import kinds
from factwire.store import counts
from factwire.store.export import Schema, write_export, write_parquet, write_tsv
from factwire.web import charts, views
from factwire.web.highlight import Mark, marks_from, pieces
from factwire.web.security import (
    CSRF_COOKIE,
    WebError,
    check_csrf,
    check_token,
    new_csrf,
    read_limited,
)
from factwire.web.state import state
from factwire.web.upload import ingest_upload

TEMPLATES = Path(__file__).parent / "templates"
EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "parquet")
MEDIA = {"csv": "text/csv", "tsv": "text/tab-separated-values", "json": "application/json",
         "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}
LEGEND = (("trigger", "trigger (what happened)"), ("actor", "actor"), ("system", "system"),
          ("place", "place"), ("time", "time"), ("quantity", "quantity"),
          ("value", "value (money)"), ("detail", "other argument"))
ENTITY_LEGEND = (("person", "person"), ("country", "state"), ("organization", "organisation"),
                 ("location", "place"), ("weapon", "weapon system"), ("trigger", "event"),
                 ("quote", "quote"))

router = APIRouter(include_in_schema=False)
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True,
                          lstrip_blocks=True)
templates = Jinja2Templates(env=_env)


def _qs(params: Mapping[str, str], **changes: str | None) -> str:
    """The current query string with ``changes`` (None drops a key; the cursor resets)."""
    merged = {k: v for k, v in params.items() if v and k != "cursor"}
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
        else:
            merged[k] = v
    return "?" + urlencode(merged) if merged else "?"


def _actor_href(key: str | None) -> str | None:
    return "/actors/" + quote(key, safe=":") if key else None


_env.globals.update(qs=_qs, actor_href=_actor_href, doc_href=lambda d: "/articles/"
                    + quote(str(d), safe="/"), colour=charts.kind_colour,
                    export_formats=EXPORT_FORMATS)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("title", "factwire")
    context.setdefault("writable", state(request).token is not None)
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, err: WebError) -> Response:
    """The error, and for a name that matched nothing, the same view with each closest name
    in its place (one click to what the analyst probably meant)."""
    return render(request, "error.html", err.status, title=f"{err.status} {err.code}",
                  error=err, retry=_suggestion_links(request, err))


def _suggestion_links(request: Request, err: WebError) -> list[tuple[str, str]]:
    field, unknown = err.field, err.unknown
    params = dict(request.query_params)
    if not err.suggestions or field is None or unknown is None or field not in params:
        return []
    parts = [p.strip() for p in params[field].split(",")]

    def swapped(name: str) -> str:
        return ",".join(name if p.casefold() == unknown.casefold() else p for p in parts)

    return [(name, request.url.path + _qs(params, **{field: swapped(name)}))
            for name in err.suggestions]


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    st = state(request)
    store = st.store
    totals = counts(store, ("article", "event", "quote", "entity"))
    every = views.event_rows(store, {}, st.cache)
    return render(request, "index.html", totals=totals, facets=views.facets(every),
                  actors=records.with_keys(store, queries.actors(store, limit=15)), kinds=kinds())


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    params = request.query_params
    f = views.clean(params, views.EVENT_FILTERS)
    st = state(request)
    rows = views.event_rows(st.store, f, st.cache)
    page = views.paged(rows, params.get("cursor"), views.page_size(params.get("limit")),
                       with_facets=True)
    return render(request, "events.html", title="Events", page=page, f=f,
                  params=dict(params), kinds=kinds(), statuses=queries.statuses(),
                  modalities=views.MODALITIES, sorts=tuple(views.SORTS))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int) -> HTMLResponse:
    record = records.event_record(state(request).store, event_id)
    if record is None:
        raise WebError(404, "not_found", f"no event {event_id}", "event_id")
    for source in record["sources"]:
        for s in source["sentences"]:
            s["pieces"] = pieces(s["text"], marks_from(s["marks"]), s["start"])
    return render(request, "event.html", title=f"Event {event_id}", e=record, legend=LEGEND)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    record = records.article_record(state(request).store, article_id)
    if record is None:
        raise WebError(404, "not_found", f"no article {article_id!r}", "article_id")
    return render(request, "article.html", title=record["title"] or article_id, a=record,
                  pieces=pieces(record["text"], _article_marks(record)),
                  legend=ENTITY_LEGEND)


def _article_marks(record: dict[str, Any]) -> list[Mark]:
    """Entities (linked to their actor page), event triggers (linked to the event) and
    quotes of one article, as marks over its text."""
    marks = [Mark(q["start"], q["end"], "quote", f"quote: {q['speaker'] or 'unattributed'}")
             for q in record["quotes"]]
    for ent in record["entities"]:
        href = _actor_href(ent["actor"] if ent["kind"] in ("country", "organization")
                           and ent["actor"] else ent["key"])
        for m in ent["mentions"]:
            marks.append(Mark(m["start"], m["end"], ent["kind"],
                              f"{ent['kind']}: {ent['name']}", href))
    for ev in record["events"]:
        if ev["trigger"]:
            href = f"/events/{ev['event']}" if ev["event"] is not None else None
            marks.append(Mark(ev["trigger"][0], ev["trigger"][1], "trigger",
                              f"event: {ev['kind']}", href))
    return marks


@router.get("/actors/{key:path}", response_class=HTMLResponse)
def actor_page(request: Request, key: str) -> HTMLResponse:
    record = records.actor_record(state(request).store, key)
    if record is None:
        raise WebError(404, "not_found", f"no actor or entity {key!r}", "key")
    return render(request, "actor.html", title=record["name"], r=record,
                  timeline=charts.timeline(record["events"]),
                  network=charts.network(record["name"], record["counterparts"]))


@router.get("/transfers", response_class=HTMLResponse)
def transfers_page(request: Request) -> HTMLResponse:
    params = request.query_params
    f = views.clean(params, views.TRANSFER_FILTERS)
    rows = views.transfer_rows(state(request).store, f)
    page = views.paged(rows, params.get("cursor"), views.page_size(params.get("limit")))
    return render(request, "transfers.html", title="Transfers", page=page, f=f,
                  params=dict(params), statuses=queries.statuses())


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request) -> HTMLResponse:
    params = request.query_params
    f = views.clean(params, views.QUOTE_FILTERS)
    rows = views.quote_rows(state(request).store, f)
    page = views.paged(rows, params.get("cursor"), views.page_size(params.get("limit")))
    speakers: dict[str, list[dict[str, Any]]] = {}
    for r in page.rows:
        speakers.setdefault(r["speaker"] or "(unattributed)", []).append(r)
    return render(request, "quotes.html", title="Quotes", page=page, f=f,
                  params=dict(params), speakers=speakers)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    params = request.query_params
    q = params.get("q", "")
    page = (views.search_page(state(request).store, q, params.get("cursor"),
                              views.page_size(params.get("limit"))) if q.strip() else None)
    hits = [{**r, "parts": _snippet(r.get("snippet") or "")} for r in page.rows] if page else []
    return render(request, "search.html", title="Search", q=q, page=page, hits=hits,
                  params=dict(params))


def _snippet(text: str) -> list[tuple[str, bool]]:
    """A search snippet's ``[hit]`` brackets as (text, is_hit) parts for the template."""
    parts: list[tuple[str, bool]] = []
    rest = text
    while "[" in rest and "]" in rest.split("[", 1)[1]:
        before, after = rest.split("[", 1)
        hit, rest = after.split("]", 1)
        parts += [(before, False), (hit, True)]
    return [*parts, (rest, False)]


@router.get("/export/{table}.{fmt}")
def export(request: Request, table: str, fmt: str) -> Response:
    """The current view (its filters, every page) in one of the CLI's export formats."""
    if fmt not in EXPORT_FORMATS:
        raise WebError(404, "not_found", f"format {fmt!r}: use {', '.join(EXPORT_FORMATS)}",
                       "fmt")
    store, params = state(request).store, request.query_params
    if table in ("events", "transfers"):  # the export schema of docs/data.md, as the CLI's
        listed = (views.event_rows(store, views.clean(params, views.EVENT_FILTERS),
                                   state(request).cache) if table == "events" else
                  views.transfer_rows(store, views.clean(params, views.TRANSFER_FILTERS)))
        full = exports.event_rows(store, exports.ids_of(listed))
        typed = exports.EVENTS if table == "events" else exports.TRANSFERS
        body = _encode_typed(full if table == "events" else exports.transfer_rows(full),
                             typed, fmt)
    elif table == "quotes":
        rows = views.quote_rows(store, views.clean(params, views.QUOTE_FILTERS))
        body = _encode(rows, queries.QUOTE_COLUMNS, fmt)
    else:
        raise WebError(404, "not_found", f"no export {table!r}: use events, transfers or "
                       "quotes", "table")
    return Response(body, media_type=MEDIA[fmt], headers={
        "Content-Disposition": f'attachment; filename="factwire-{table}.{fmt}"'})


def _encode_typed(rows: list[dict[str, Any]], schema: Schema, fmt: str) -> bytes:
    if fmt == "parquet":
        with tempfile.TemporaryDirectory(prefix="factwire-export-") as tmp:
            path = Path(tmp) / "export.parquet"
            write_export(rows, schema, fmt, path=path)
            return path.read_bytes()
    buf = io.StringIO()
    write_export(rows, schema, fmt, buf)
    return buf.getvalue().encode()


def _encode(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str) -> bytes:
    if fmt == "parquet":
        with tempfile.TemporaryDirectory(prefix="factwire-export-") as tmp:
            path = Path(tmp) / "export.parquet"
            write_parquet(rows, columns, path)
            return path.read_bytes()
    buf = io.StringIO()
    if fmt == "tsv":
        write_tsv(rows, columns, buf)
    else:
        write_rows([{c: r.get(c) for c in columns} for r in rows], fmt, buf, columns=columns)
    return buf.getvalue().encode()


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    token = new_csrf()
    response = render(request, "ingest.html", title="Add an article", csrf=token,
                      result=None)
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/ingest")
    return response


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request) -> Response:
    """The form write: CSRF token and write token checked before the body is parsed."""
    st = state(request)
    body = await read_limited(request, st.max_upload + 64_000)
    form = _form(body)
    check_csrf(request, form.get("csrf"))
    check_token(st.token, form.get("token"), source="the write token in the form")
    text = form.get("text", "")
    if len(text.encode()) > st.max_upload:
        raise WebError(413, "too_large", f"the text passes the limit of {st.max_upload} "
                       "bytes", "text")
    result = await run_in_threadpool(ingest_upload, st, text.encode(), "txt",
                                     form.get("published") or None)
    if result["articles"]:
        return RedirectResponse("/articles/" + quote(result["articles"][0], safe="/"), 303)
    raise WebError(422, "rejected", "the article was not stored: "
                   + "; ".join(result["rejected"] or ["no text left after cleaning"]), "text")


def _form(body: bytes) -> dict[str, str]:
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=10)
    except (UnicodeDecodeError, ValueError) as exc:
        raise WebError(400, "invalid", "the form is not UTF-8 url-encoded", "body") from exc
    return {k: v[0] for k, v in parsed.items()}
