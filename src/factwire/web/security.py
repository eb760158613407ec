"""The web layer's defences: one error shape, the write token, CSRF, body limits, headers.

Article text is hostile, so pages are rendered with autoescape and served under a strict
Content-Security-Policy (scripts and styles from this server's static files only, no inline
script or style, no framing). Writes are refused unless ``--token-file`` was given; then
the API needs ``Authorization: Bearer <token>`` (401 without, 403 wrong) and the HTML form
needs the same token plus a CSRF token bound to a cookie (double submit).
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from factwire.model import ConfigError, FactwireError

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CSRF_COOKIE = "factwire_csrf"
MAX_TOKEN_BYTES = 4096


class WebError(FactwireError):
    """An HTTP error with the API's one shape: ``{"error": {"code", "message", "field"}}``."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 suggestions: tuple[str, ...] = (), unknown: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field
        # a page offers these names as links in place of ``unknown`` (the API's message has them)
        self.suggestions, self.unknown = suggestions, unknown

    def body(self) -> dict[str, dict[str, str | None]]:
        return {"error": {"code": self.code, "message": self.message, "field": self.field}}


def read_token(path: str | Path) -> str:
    """The write token: the file's first line, at least 16 characters (a guessable token
    protects nothing)."""
    p = Path(path)
    try:
        raw = p.read_bytes()[:MAX_TOKEN_BYTES].decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"--token-file {p}: cannot read it ({exc}); give a readable "
                          "UTF-8 file holding one token line") from exc
    lines = raw.strip().splitlines()
    token = lines[0].strip() if lines else ""
    if len(token) < 16:
        raise ConfigError(f"--token-file {p}: the token is {len(token)} characters; use 16 or "
                          "more, e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'"
                          f" > {p}`")
    return token


def check_token(expected: str | None, given: str | None, *, source: str) -> None:
    """Allow a write only with the configured token; ``source`` names where it was looked
    for (the Authorization header or the form field)."""
    if expected is None:
        raise WebError(403, "read_only", "this server is read-only: start `factwire serve` "
                       "with --token-file to accept writes")
    if not given:
        raise WebError(401, "unauthorized", f"writes need a token: send {source}",
                       "authorization")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise WebError(403, "forbidden", "the token is wrong", "authorization")


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def new_csrf() -> str:
    return secrets.token_urlsafe(32)


def check_csrf(request: Request, field: str | None) -> None:
    """The form's hidden token must equal the cookie set with the form (a cross-site page
    can post the form but can read neither)."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not field or not hmac.compare_digest(cookie.encode(), field.encode()):
        raise WebError(403, "csrf", "the form's CSRF token is missing or stale: reload the "
                       "form and submit it again", "csrf")


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 once it passes ``limit`` bytes (whatever the
    Content-Length claims)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise WebError(413, "too_large", f"the body is {declared} bytes; the limit is "
                       f"{limit} (raise it with --max-upload)", "body")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise WebError(413, "too_large", f"the body passes the limit of {limit} bytes "
                           "(raise it with --max-upload)", "body")
        chunks.append(chunk)
    return b"".join(chunks)


class SecurityHeaders:
    """Add the CSP and related headers to every response (plain ASGI: no per-request task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)
