"""Cleaning: raw text in, the body text that every span in factwire indexes into out.

The cleaner only normalises whitespace, joins hard-wrapped lines, and removes whole lines of
page furniture (see :mod:`factwire.ingest.furniture`); it never rewrites words, so a phrase in
the cleaned text reads exactly as in the source. Paragraphs end in a single ``"\\n"``.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from factwire.ingest.furniture import LEAD_LINES, RULES, Rule

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"\*\*|__|</?(?:u|b|i|em|strong|br|span|p)\s*/?>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:[-•*·▪–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)]*$""")
_TITLE_END = re.compile(r"[.:;,]$")
_MAX_TITLE = 250
_WRAP_MAX = 110


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The body text and what the furniture said about the document on its way out."""

    text: str
    title: str | None = None
    author: str | None = None
    source: str | None = None
    removed: tuple[str, ...] = field(default=())


def normalise(text: str) -> str:
    """Unify line endings and spaces, drop invisible characters and inline markup (NFC)."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))
    text = _MARKUP.sub("", _INVISIBLE.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def clean_text(raw: str, *, strip_furniture: bool = True,
               title_from_first_line: bool = False) -> Cleaned:
    """Clean ``raw`` into body text; optionally take a lone first line as the headline.

    A headline is a first line shorter than 250 characters, not ending like a sentence
    (``.``, ``:``, ``;``, ``,``), followed by a blank line and more text.
    """
    lines = normalise(raw).split("\n")
    title = author = source = None
    removed: list[str] = []
    if strip_furniture:
        lines, author, source, removed = _strip_furniture(lines)
    if title_from_first_line:
        title, lines = _take_title(lines)
    paragraphs = _paragraphs(lines)
    return Cleaned("\n".join(paragraphs), title, author, source, tuple(removed))


def _strip_furniture(lines: list[str]) -> tuple[list[str], str | None, str | None, list[str]]:
    """Apply the furniture rules line by line; blank lines stay as paragraph markers."""
    kept: list[str] = []
    author = source = None
    removed: list[str] = []
    seen = 0  # non-blank lines seen so far, for the lead rules
    for line in lines:
        if not line:
            kept.append(line)
            continue
        seen += 1
        if seen <= LEAD_LINES:
            line, found = _strip_lead(line, removed)
            author = author or found
            if not line:
                continue
        rule, match = _furniture(line)
        if rule is None or match is None:
            kept.append(line)
            continue
        removed.append(rule.name)
        source = source or match.groupdict().get("source")
        if rule.kind == "end" and any(kept):
            break
    return kept, author, source, removed


def _strip_lead(line: str, removed: list[str]) -> tuple[str, str | None]:
    author = None
    for rule in RULES:
        if rule.kind != "lead":
            continue
        match = rule.match(line)
        if match:
            removed.append(rule.name)
            author = author or match.groupdict().get("author")
            line = line[match.end():].strip()
    return line, author


def _furniture(line: str) -> tuple[Rule | None, re.Match[str] | None]:
    for rule in RULES:
        if rule.kind == "lead":
            continue
        match = rule.match(line)
        if match:
            return rule, match
    return None, None


def _take_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """Split off a headline: a lone first line followed by a blank line and more text."""
    start = next((i for i, line in enumerate(lines) if line), None)
    if start is None or start + 2 >= len(lines):
        return None, lines
    first, after = lines[start], lines[start + 1]
    rest = lines[start + 2:]
    if after or not any(rest) or len(first) > _MAX_TITLE or _TITLE_END.search(first):
        return None, lines
    return first, rest


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs; unwrap them when the whole text is hard-wrapped.

    Without blank lines every line is a paragraph (the common one-paragraph-per-line form).
    With blank lines, a text whose lines mostly stop mid-sentence at a steady width (as
    e-mail and Markdown sources do) has its wrapped lines joined with a space; list items
    always start a new line.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if not _hard_wrapped(blocks):
        return [line for block in blocks for line in block]
    out: list[str] = []
    for block in blocks:
        current = block[0]
        for line in block[1:]:
            if _LIST_ITEM.match(line):
                out.append(current)
                current = line
            else:
                current = f"{current} {line}"
        out.append(current)
    return out


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    inner = [line for block in blocks if len(block) > 1 for line in block[:-1]]
    if len(blocks) < 2 or len(inner) < 3:
        return False
    if max(len(line) for line in inner) > _WRAP_MAX:
        return False
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    return statistics.median(len(line) for line in inner) >= 40 and open_ended * 2 > len(inner)
