"""An uploaded article goes through the same ingest as ``factwire ingest``.

The body is written to a private temporary file whose extension tells the reader what it
is (``.txt``, ``.html``, or one JSON Lines line for a JSON object), then ingested; the
reader applies its own size and encoding checks and the writer its transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from factwire.api import records
from factwire.store import IngestSettings, ingest
from factwire.web.security import WebError
from factwire.web.state import AppState

KINDS = {"text/plain": "txt", "text/html": "html", "application/json": "jsonl"}


def upload_kind(content_type: str) -> str:
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in KINDS:
        raise WebError(415, "unsupported_media_type", f"Content-Type {media or '(none)'!r}: "
                       "send text/plain, text/html or application/json", "content-type")
    return KINDS[media]


def parse_published(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise WebError(400, "invalid", f"published={raw!r}: give a date as YYYY-MM-DD",
                       "published") from exc


def _payload(body: bytes, kind: str, stem: str) -> tuple[bytes, str]:
    """What to write and the id the article will have (a JSON ``id``, else ``stem``)."""
    if kind != "jsonl":
        return body, stem
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebError(400, "invalid", f"the body is not JSON ({exc})", "body") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text", data.get("html")), str):
        raise WebError(400, "invalid", 'give a JSON object with "text" (or "html"), e.g. '
                       '{"text": "...", "title": "...", "published": "2018-12-13"}', "body")
    doc_id = str(data.get("id") or stem)
    return json.dumps({**data, "id": doc_id}, ensure_ascii=False).encode(), doc_id


def ingest_upload(st: AppState, body: bytes, kind: str, published: str | None) -> dict[str, Any]:
    """Ingest one upload; returns the new (or already stored) article ids and the summary."""
    day = parse_published(published)
    if not body.strip():
        raise WebError(400, "invalid", "the body is empty: send the article", "body")
    stem = "upload-" + hashlib.sha256(body).hexdigest()[:16]
    payload, doc_id = _payload(body, kind, stem)
    with tempfile.TemporaryDirectory(prefix="factwire-upload-") as tmp, st.write_lock:
        path = Path(tmp) / f"{stem}.{kind}"
        path.write_bytes(payload)
        summary = ingest(st.store, [str(path)], IngestSettings(published=day))
        ids = records.stored_doc_ids(st.store, [doc_id])
    return {"articles": ids, "summary": {r["what"]: r["count"] for r in summary.rows()},
            "rejected": summary.rejections}
