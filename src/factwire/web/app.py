"""The ASGI app behind ``factwire serve``: HTML pages, ``/api/v1`` and static files.

``create_app`` takes an open store, so tests and embedders run the same app as the CLI.
Swagger UI and ReDoc are off (they load scripts from a CDN, which the CSP forbids and the
"nothing fetched at run time" rule rules out); the schema is at ``/api/v1/openapi.json``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from factwire import __version__
from factwire.model import FactwireError
from factwire.store.engine import Store
from factwire.store.errors import StoreError
from factwire.web import api, pages
from factwire.web.cache import RowCache
from factwire.web.security import SecurityHeaders, WebError
from factwire.web.state import DEFAULT_MAX_UPLOAD, AppState

STATIC = Path(__file__).parent / "static"
CODES = {400: "invalid", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type",
         422: "invalid"}


def create_app(store: Store, *, token: str | None = None,
               max_upload: int = DEFAULT_MAX_UPLOAD, cache: bool = True) -> FastAPI:
    """The app over ``store``; with ``token`` it accepts writes carrying that token.
    ``cache`` keeps recent event lists of a SQLite database (see ``web.cache``)."""
    app = FastAPI(title="factwire", version=__version__,
                  description="Sourced defence and diplomacy events, quotes and actors.",
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.factwire = AppState(store=store, token=token, max_upload=max_upload,
                                  cache=RowCache(store.target.path if cache else None))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(WebError, _web_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(FactwireError, _factwire_error)
    return app


def _respond(request: Request, err: WebError) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse(err.body(), status_code=err.status)
    return pages.error_page(request, err)


async def _web_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WebError)
    return _respond(request, exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = CODES.get(exc.status_code, "error")
    return _respond(request, WebError(exc.status_code, code, str(exc.detail)))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
    field = loc[-1] if loc else None
    message = f"{field}: {first.get('msg', 'invalid value')}" if field else "invalid request"
    return _respond(request, WebError(400, "invalid", message, field))


async def _factwire_error(request: Request, exc: Exception) -> Response:
    status = 503 if isinstance(exc, StoreError) else 400
    return _respond(request, WebError(status, "unavailable" if status == 503 else "invalid",
                                      str(exc)))
