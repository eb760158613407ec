"""From a raw document and what is known about it to an ``Article`` or a ``Rejected``.

Every reader ends here, so the rules that make a document an article live in one place:
the per-document size limit, cleaning, the "is there a sentence at all" check, the dateline,
and which publication date wins (caller's override, then metadata, then the dateline's).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from factwire.ingest.clean import clean_text, words
from factwire.ingest.dateline import find_dateline
from factwire.ingest.decode import too_big
from factwire.ingest.options import IngestOptions
from factwire.model import Article, Rejected

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# lone surrogates (from JSON "\\ud800" escapes) cannot be stored or encoded; C1 controls
# are mis-decoded bytes (U+0085, a line break, is kept for the cleaner)
_UNUSABLE = re.compile("[\ud800-\udfff\x80-\x84\x86-\x9f]")


def scrub(raw: str) -> tuple[str, tuple[str, ...]]:
    """``raw`` with unusable characters replaced by U+FFFD, and a note saying how many."""
    found = len(_UNUSABLE.findall(raw))
    if not found:
        return raw, ()
    return _UNUSABLE.sub("\ufffd", raw), (
        f"replaced {found} unusable character(s) (lone surrogates or C1 control characters) "
        "with U+FFFD; fix the encoding of the input",)


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What a reader knows about one document before its text is cleaned.

    ``plain`` marks plain text, whose lone first line may be a headline; ``published`` is
    the caller's override, which beats ``date`` (the document's own publication date).
    """

    id: str
    origin: str
    line: int | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    published: dt.date | None = None
    plain: bool = False
    notes: tuple[str, ...] = field(default=())

    @property
    def where(self) -> str:
        """The article's origin: the file, with ``:line`` for line-based formats."""
        return self.origin if self.line is None else f"{self.origin}:{self.line}"

    def with_notes(self, *notes: str) -> DocMeta:
        return replace(self, notes=self.notes + notes)

    def reject(self, reason: str) -> Rejected:
        return Rejected(self.origin, reason, self.line)


def build_article(raw: str, meta: DocMeta, options: IngestOptions) -> Article | Rejected:
    """Clean ``raw`` and make the article, or say why there is none."""
    raw, scrubbed = scrub(raw)
    size = len(raw.encode("utf-8", errors="surrogatepass"))
    if size > options.max_doc_bytes:
        return meta.reject(too_big("document", size, options.max_doc_bytes, "max_doc_bytes"))
    if not raw.strip():
        return meta.reject("is empty (no text at all): remove it or fill it")
    cleaned = clean_text(raw, strip_furniture=options.strip_furniture,
                         title_from_first_line=meta.plain and options.title_from_first_line)
    text = cleaned.text
    if not text:
        return meta.reject("has no text left once page furniture is removed "
                           f"({', '.join(sorted(set(cleaned.removed)))}): give the article body")
    found = words(text)
    if len(found) < options.min_words:
        shown = text if len(text) <= 40 else text[:37] + "..."
        return meta.reject(
            f"has no sentence (only {len(found)} word(s) with letters in {shown!r}; "
            f"at least {options.min_words} needed): give article text, or lower "
            "IngestOptions.min_words")
    notes = [*meta.notes, *scrubbed, *_cut_note(raw, text, cleaned.removed)]
    dateline = find_dateline(text)
    published = meta.published or meta.date
    if dateline is not None:
        if dateline.date is not None and published is None:
            published = dateline.date
            notes.append(f"published {published.isoformat()} taken from the dateline")
        if not options.keep_dateline:
            text = text[dateline.end:]
    return Article(
        id=meta.id, text=text,
        source=meta.source or cleaned.source, url=meta.url,
        title=meta.title or cleaned.title, published=published,
        dateline=dateline.place if dateline else None,
        author=meta.author or cleaned.author, origin=meta.where, notes=tuple(notes))


def _cut_note(raw: str, text: str, removed: tuple[str, ...]) -> tuple[str, ...]:
    """A note when cleaning dropped most of the input, so that a cut is never silent."""
    before, after = len("".join(raw.split())), len("".join(text.split()))
    if after * 2 > before:
        return ()
    kinds = ", ".join(sorted(set(removed))) or "repeated or invisible text"
    return (f"cleaning removed {before - after} of {before} non-space characters ({kinds}); "
            "check the input if the article looks short",)


def parse_date(value: object) -> dt.date | None:
    """A publication date from metadata: a date, ISO 8601 (date or date-time, the date as
    written, not moved to UTC) or an RFC 2822 date as feeds and e-mail write them."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    match = _ISO_DAY.match(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def meta_date(record: Mapping[str, object], keys: tuple[str, ...],
              where: str) -> tuple[dt.date | None, tuple[str, ...]]:
    """The first usable date among ``keys`` of ``record``, with a note for an unusable one."""
    for key in keys:
        value = record.get(key)
        if value in (None, ""):
            continue
        parsed = parse_date(value)
        if parsed is not None:
            return parsed, ()
        return None, (f"{where} field {key!r} = {value!r} is not a date (use YYYY-MM-DD); "
                      "publication date left unknown",)
    return None, ()


def text_field(record: Mapping[str, object], *keys: str) -> str | None:
    """The first non-empty string value among ``keys`` (numbers are written out)."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float | str) and str(value).strip():
            return str(value).strip()
    return None
