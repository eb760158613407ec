"""The one options object of the ingest stage (instead of many keyword arguments)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Literal

from factwire.model import ConfigError

MIB = 1024 * 1024

HtmlMode = Literal["precision", "default", "recall"]
HTML_MODES: tuple[HtmlMode, ...] = ("precision", "default", "recall")
DecodeErrors = Literal["replace", "reject"]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How inputs are read; the defaults are the ones measured in ``bench/RESULTS.md``.

    ``max_file_bytes`` bounds every input file (after gunzip for ``.gz``) and ``max_doc_bytes``
    every single document inside one (a JSON Lines line, a CSV row, a feed item), so that one
    huge input cannot exhaust memory. ``encoding`` is what files are decoded with when they
    carry no byte-order mark; bytes that do not decode are replaced with U+FFFD and counted in
    ``Article.notes`` (``decode_errors="replace"``) or make the document a ``Rejected``
    (``"reject"``). ``html_mode`` picks trafilatura's precision/recall trade-off.
    ``keep_dateline`` keeps a recognised dateline in ``Article.text`` (it is part of the
    text, and keeping it keeps offsets equal to the cleaned input). ``title_from_first_line``
    takes a lone first line followed by a blank line of a plain-text file as its headline.
    ``min_words`` is the fewest words with letters a text needs to count as a sentence.
    """

    max_file_bytes: int = 10 * MIB
    max_doc_bytes: int = 10 * MIB
    encoding: str = "utf-8"
    decode_errors: DecodeErrors = "replace"
    html_mode: HtmlMode = "precision"
    strip_furniture: bool = True
    keep_dateline: bool = True
    title_from_first_line: bool = True
    min_words: int = 3

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_doc_bytes", "min_words"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigError(
                    f"IngestOptions.{name} = {value!r}: give a positive whole number")
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise ConfigError(
                f"IngestOptions.encoding = {self.encoding!r} is not a known codec: "
                "use a Python codec name such as 'utf-8', 'cp1252' or 'latin-1'") from None
        if self.decode_errors not in ("replace", "reject"):
            raise ConfigError(
                f"IngestOptions.decode_errors = {self.decode_errors!r}: use 'replace' or 'reject'")
        if self.html_mode not in HTML_MODES:
            raise ConfigError(
                f"IngestOptions.html_mode = {self.html_mode!r}: use one of {', '.join(HTML_MODES)}")
