"""Bytes to text: size limits, binary sniffing and decoding that never loses a document.

Every problem is raised as :class:`InputError` with a reason that says what to do; the readers
turn it into a ``Rejected``. Bad bytes in an otherwise textual file are replaced, not fatal,
because one stray byte should not cost the whole article (the count goes into the notes).
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from factwire.ingest.options import IngestOptions
from factwire.model import InputError, Rejected

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document: convert it to text (e.g. pdftotext) first"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX): unpack or convert it to text first"),
    (b"\x1f\x8b", "gzip data: name it .html.gz or gunzip it first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\x7fELF", "an executable, not text"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_SNIFF = 8192
_SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the notes worth keeping on the article."""

    text: str
    notes: tuple[str, ...] = ()


def human_size(n: int) -> str:
    """A size as people read it, with the exact byte count for the record."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB ({n} bytes)"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB ({n} bytes)"
    return f"{n} bytes"


def too_big(what: str, size: int, limit: int, option: str) -> str:
    """The one wording of every size rejection: size, limit and the option that raises it."""
    return (f"{what} is {human_size(size)}, over the limit of {human_size(limit)}; "
            f"raise IngestOptions.{option} or split the input")


def read_file(path: Path, options: IngestOptions) -> bytes:
    """The bytes of ``path`` (gunzipped for ``.gz``), refusing anything over the file limit."""
    limit = options.max_file_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(too_big("file", size, limit, "max_file_bytes"), source=str(path))
        with path.open("rb") as handle:
            if path.suffix.lower() == ".gz":
                return _gunzip(handle, limit, path)
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError("no such file or directory: check the path", source=str(path)) from None
    except PermissionError:
        raise InputError("permission denied: make the file readable (chmod +r) or run as a "
                         "user who may read it", source=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory where a file was expected", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc}): check the disk or path",
                         source=str(path)) from None


def read_stream(stream: BinaryIO, options: IngestOptions, origin: str) -> bytes:
    """Read a stream (stdin) under the same file limit as a file."""
    data = stream.read(options.max_file_bytes + 1)
    if len(data) > options.max_file_bytes:
        raise InputError(too_big("input", len(data), options.max_file_bytes, "max_file_bytes"),
                         source=origin)
    return data


def _gunzip(handle: BinaryIO, limit: int, path: Path) -> bytes:
    try:
        with gzip.GzipFile(fileobj=handle) as unzipped:
            data = unzipped.read(limit + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"is not valid gzip data ({exc}): re-download or re-compress it",
                         source=str(path)) from None
    if len(data) > limit:
        raise InputError(
            f"decompresses to more than {human_size(limit)}; raise "
            "IngestOptions.max_file_bytes or split the input", source=str(path))
    return data


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


def check_text_bytes(data: bytes, origin: str, *, line: int | None = None) -> None:
    """Refuse empty input and input that is not text (NUL bytes, control bytes, known magic)."""
    if not data.strip():
        raise InputError("is empty (no text at all): remove it or fill it", source=origin,
                         line=line)
    if _bom(data) is not None:
        return
    head = data[:_SNIFF]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"is binary: looks like {what}", source=origin, line=line)
    if b"\x00" in head:
        raise InputError("is binary (contains NUL bytes), not text: give a text, HTML, "
                         "JSON Lines, CSV or feed file", source=origin, line=line)
    if len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise InputError("is binary (too many control bytes for text): give a text file "
                         "or set IngestOptions.encoding if it is text in another encoding",
                         source=origin, line=line)


def decode(data: bytes, options: IngestOptions, origin: str, *,
           line: int | None = None, encoding: str | None = None) -> Decoded:
    """Decode ``data``: a byte-order mark wins, then ``encoding``, then the options' codec.

    Undecodable bytes become U+FFFD one per byte, and a note says how many, so that the
    article is kept and the loss is on record.
    """
    bom = _bom(data)
    codec = bom[0] if bom else (encoding or options.encoding)
    body = data[bom[1]:] if bom else data
    try:
        codecs.lookup(codec)
    except LookupError:  # an unknown charset named inside the document
        codec = "utf-8"
    try:
        raw = body.decode(codec, errors="surrogateescape")
        bad = len(_SURROGATE.findall(raw))
        text = _SURROGATE.sub("\ufffd", raw) if bad else raw
    except UnicodeDecodeError:  # codecs such as UTF-16 cannot escape low bytes
        text = body.decode(codec, errors="replace")
        bad = text.count("\ufffd") - body.decode(codec, errors="ignore").count("\ufffd")
    if not bad:
        return Decoded(text)
    if options.decode_errors == "reject":
        raise InputError(f"is not valid {codec}: {bad} byte(s) do not decode; convert it "
                         "to UTF-8, set IngestOptions.encoding, or use decode_errors='replace'",
                         source=origin, line=line)
    note = (f"invalid {codec}: replaced {bad} byte(s) that did not decode with U+FFFD; "
            "re-save the input as UTF-8 or set IngestOptions.encoding")
    return Decoded(text, (note,))


def load_text_file(path: Path, options: IngestOptions,
                   decoder: Callable[[bytes, IngestOptions, str], Decoded]) -> Decoded | Rejected:
    """Read, check and decode one file; a bad file comes back as its Rejected record."""
    origin = str(path)
    try:
        data = read_file(path, options)
        check_text_bytes(data, origin)
        return decoder(data, options, origin)
    except InputError as exc:
        return Rejected(origin, exc.reason, exc.line)
