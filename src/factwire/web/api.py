"""REST API under ``/api/v1``: the CLI's queries as JSON, plus ``POST /articles`` and
``POST /events/{id}/corrections``.

Every list answers ``{"data": [...], "next_cursor": ...}``; pass ``cursor=<next_cursor>``
for the next page. Every error answers ``{"error": {"code", "message", "field"}}``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from factwire.api import records
from factwire.store.corrections import Change
from factwire.store.corrections import record as record_correction
from factwire.store.errors import QueryError
from factwire.web import views
from factwire.web.security import WebError, bearer, check_token, read_limited
from factwire.web.state import state
from factwire.web.upload import ingest_upload, upload_kind

router = APIRouter(prefix="/api/v1", tags=["factwire"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A filter or the cursor is malformed (`error.field` names it)."},
    404: {"description": "No such id."},
}


@router.get("/events", responses=ERRORS)
def list_events(request: Request, kind: str | None = None, actor: str | None = None,
                pair: str | None = Query(None, description="Two actors: IND,RUS"),
                system: str | None = None, place: str | None = None,
                since: str | None = None, until: str | None = None,
                status: str | None = None, modality: str | None = None,
                min_confidence: str | None = None, sort: str | None = None,
                limit: str | None = None, cursor: str | None = None) -> dict[str, Any]:
    """Consolidated events with the CLI's filters, facet counts and a cursor."""
    f = views.clean(request.query_params, views.EVENT_FILTERS)
    st = state(request)
    rows = views.event_rows(st.store, f, st.cache)
    return views.paged(rows, cursor, views.page_size(limit), with_facets=True).body()


def _found(record: dict[str, Any] | None, message: str, field: str) -> dict[str, Any]:
    """The record, or the one 404 error shape naming the path parameter."""
    if record is None:
        raise WebError(404, "not_found", message, field)
    return record


@router.get("/events/{event_id}", responses=ERRORS)
def get_event(request: Request, event_id: int) -> dict[str, Any]:
    """One event: its record, arguments, conflicts and every source sentence with spans."""
    return _found(records.event_record(state(request).store, event_id),
                  f"no event {event_id}", "event_id")


@router.get("/articles/{article_id:path}", responses=ERRORS)
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: cleaned text with its entities, events and quotes (offsets into it)."""
    return _found(records.article_record(state(request).store, article_id),
                  f"no article {article_id!r}", "article_id")


@router.get("/actors/{key:path}", responses=ERRORS)
def get_actor(request: Request, key: str) -> dict[str, Any]:
    """An actor (code such as RUS) or entity key: events, counterparts, people, quotes."""
    return _found(records.actor_record(state(request).store, key),
                  f"no actor or entity {key!r}", "key")


@router.get("/transfers", responses=ERRORS)
def list_transfers(request: Request, supplier: str | None = None,
                   recipient: str | None = None, system: str | None = None,
                   status: str | None = None, since: str | None = None,
                   until: str | None = None, limit: str | None = None,
                   cursor: str | None = None) -> dict[str, Any]:
    """The arms-transfer register with its sources."""
    f = views.clean(request.query_params, views.TRANSFER_FILTERS)
    rows = views.transfer_rows(state(request).store, f)
    return views.paged(rows, cursor, views.page_size(limit)).body()


@router.get("/quotes", responses=ERRORS)
def list_quotes(request: Request, speaker: str | None = None, actor: str | None = None,
                contains: str | None = None, since: str | None = None,
                until: str | None = None, limit: str | None = None,
                cursor: str | None = None) -> dict[str, Any]:
    """Direct quotations, newest first."""
    f = views.clean(request.query_params, views.QUOTE_FILTERS)
    rows = views.quote_rows(state(request).store, f)
    return views.paged(rows, cursor, views.page_size(limit)).body()


@router.get("/search", responses=ERRORS)
def search(request: Request, q: str | None = None, limit: str | None = None,
           cursor: str | None = None) -> dict[str, Any]:
    """Full-text search; each row's ``article`` is the id for ``/api/v1/articles/{id}``."""
    return views.search_page(state(request).store, q, cursor, views.page_size(limit)).body()


@router.post("/articles", status_code=201, responses={
    **ERRORS, 401: {"description": "No bearer token."},
    403: {"description": "Wrong token, or the server is read-only."},
    413: {"description": "Body over the upload limit."},
    422: {"description": "The reader rejected the article (the reason is in the message)."},
    415: {"description": "Not text/plain, text/html or application/json."}})
async def post_article(request: Request, published: str | None = None) -> JSONResponse:
    """Ingest one article: ``text/plain``, ``text/html`` or a JSON object with ``text`` or
    ``html`` (and ``title``, ``url``, ``published``); needs ``Authorization: Bearer``."""
    st = state(request)
    check_token(st.token, bearer(request), source="Authorization: Bearer <token>")
    kind = upload_kind(request.headers.get("content-type", ""))
    body = await read_limited(request, st.max_upload)
    result = await run_in_threadpool(ingest_upload, st, body, kind, published)
    if not result["articles"]:
        raise WebError(422, "rejected", "the article was not stored: " + "; ".join(
            result["rejected"] or ["no text left after cleaning"]), "body")
    return JSONResponse(result, status_code=201)


class CorrectionIn(BaseModel):
    """One correction, as `factwire correct` takes it: ``set`` with field and value,
    ``delete``, or ``merge`` (``other`` is merged into the event of the path)."""

    action: str = Field(pattern="^(set|delete|merge)$")
    author: str = Field(min_length=1, max_length=200)
    reason: str = Field(min_length=1, max_length=2000)
    field: str | None = Field(None, max_length=40)
    value: str | None = Field(None, max_length=2000)
    other: int | None = None


def _writer(request: Request) -> None:
    """The token check, as a dependency so it runs before the body is read or validated:
    a client without the token learns nothing about what a valid body looks like."""
    check_token(state(request).token, bearer(request), source="Authorization: Bearer <token>")


@router.post("/events/{event_id}/corrections", status_code=201,
             dependencies=[Depends(_writer)], responses={
                 **ERRORS, 401: {"description": "No bearer token."},
                 403: {"description": "Wrong token, or the server is read-only."}})
async def post_correction(request: Request, event_id: int, body: CorrectionIn) -> JSONResponse:
    """Record a correction to an event (stored with author and reason, anchored to the
    event's reports, applied again after every re-consolidation); needs ``Authorization:
    Bearer``. Answers the correction id and the event it applies to now."""
    st = state(request)
    change = Change(body.action, event_id, body.author, body.reason, field=body.field,
                    value=body.value, other=body.other)

    def write() -> int:
        with st.store.write() as conn:
            return record_correction(conn, change)

    try:
        cid = await run_in_threadpool(write)
    except QueryError as exc:
        if "no such event" in str(exc):
            raise WebError(404, "not_found", str(exc), "event_id") from exc
        field = "field" if body.action == "set" else "other"
        raise WebError(400, "invalid", str(exc), field) from exc
    return JSONResponse({"correction": cid, "event": event_id}, status_code=201)
