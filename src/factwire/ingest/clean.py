"""Cleaning: raw text in, the body text that every span in factwire indexes into out.

The cleaner only normalises whitespace, joins hard-wrapped lines, and removes whole lines of
page furniture (see :mod:`factwire.ingest.furniture`); it never rewrites words, so a phrase in
the cleaned text reads exactly as in the source. Paragraphs end in a single ``"\\n"``.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from factwire.ingest.furniture import LEAD_LINES, RULES, Rule

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[^\S\n]+")
# zero-width, bidirectional and other format characters: they would split names for matching
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                        "\u00ad\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"\*\*|__|</?(?:u|b|i|em|strong|br|span|p)\s*/?>|<!--.*?-->",
                     re.IGNORECASE | re.DOTALL)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
_LIST_ITEM = re.compile(r"(?:[-•*·▪–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)]*$""")
_TITLE_END = re.compile(r"[.:;,]$")
_WORD = re.compile(r"\w*[^\W\d_]\w*")
_MAX_TITLE = 300
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
    """Unify line endings and spaces (NFC), drop invisible characters and inline markup.

    Markup means Markdown emphasis and links (the link text stays), a few inline HTML tags
    and HTML comments, which press-office texts converted from Markdown still carry.
    """
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))
    text = _MD_LINK.sub(r"\1", _MARKUP.sub("", _INVISIBLE.sub("", text)))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def words(text: str) -> list[str]:
    """The words of ``text`` that hold a letter: what the "is it a sentence" check counts
    (numbers, dates and punctuation alone never make an article)."""
    return _WORD.findall(text)


def clean_text(raw: str, *, strip_furniture: bool = True,
               title_from_first_line: bool = False) -> Cleaned:
    """Clean ``raw`` into body text; optionally take a lone first line as the headline.

    A headline is a first line shorter than 300 characters, not ending like a sentence
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
    """Apply the furniture rules line by line; blank lines stay as paragraph markers.

    After a terminal marker nothing is kept, but the dropped tail is still read for the
    publisher a disclaimer names (the seed's "... views of Trans Asia News.").
    """
    kept: list[str] = []
    author = source = None
    removed: list[str] = []
    seen = 0  # non-blank lines seen so far, for the lead rules
    ended = False
    for line in lines:
        if ended or not line:
            if not ended:
                kept.append(line)
            elif line and source is None and (hit := _furniture(line)):
                source = hit[1].groupdict().get("source")
            continue
        seen += 1
        if seen <= LEAD_LINES:
            line, found = _strip_lead(line, removed)
            author = author or found
            if not line:
                continue
        hit = _furniture(line)
        if hit is None:
            kept.append(line)
            continue
        rule, match = hit
        removed.append(rule.name)
        source = source or match.groupdict().get("source")
        ended = rule.kind == "end" and any(kept)
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


def _furniture(line: str) -> tuple[Rule, re.Match[str]] | None:
    """The first non-lead rule that matches the whole line, with its match."""
    for rule in RULES:
        if rule.kind == "lead":
            continue
        match = rule.match(line)
        if match:
            return rule, match
    return None


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
    A text whose lines mostly stop mid-sentence at a steady width (as e-mail and Markdown
    sources do) has its wrapped lines joined with a space; list items, headings in capitals
    and lines after a short line always start a new paragraph.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    width = _wrap_width(blocks)
    if not width:
        return [line for block in blocks for line in block]
    out: list[str] = []
    for block in blocks:
        if _listed(block):
            out.extend(block)
            continue
        current = block[0]
        for before, line in itertools.pairwise(block):
            if _LIST_ITEM.match(line) or len(before) * 5 < width * 3 or _shouted(before) or (
                    _shouted(line)):
                out.append(current)
                current = line
            else:
                current = f"{current} {line}"
        out.append(current)
    return out


def _listed(block: list[str]) -> bool:
    """A block of three or more lines whose lines after the first nearly all open with a
    capital or a digit is a list ("Twelve (12) M777 howitzers" line after line), not prose
    wrapped at a width: a wrapped line mostly goes on with a lower-case word."""
    rest = [line for line in block[1:] if line]
    opened = sum(1 for line in rest if line[0].isupper() or line[0].isdigit())
    return len(rest) >= 2 and opened * 4 >= len(rest) * 3


def _shouted(line: str) -> bool:
    """A heading in capitals ("STRENGTHENING PARTNERSHIPS:"): a paragraph of its own."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _wrap_width(blocks: list[list[str]]) -> float:
    """The typical width of a hard-wrapped text, or 0 when the text is not hard-wrapped.

    Wrapped lines mostly stop mid-sentence, at a steady width of 40 to 110 characters (and
    hardly any line is longer, a paragraph's last line included: paragraphs on lines of
    their own with a list between them, as in an arms-sale notice, are not wrapped); a
    line well short of that width ends a paragraph or is a heading, and is not joined on.
    """
    lines = [line for block in blocks for line in block[:-1]]
    inner = sorted(len(line) for line in lines if not _SENTENCE_END.search(line))
    if len(inner) < 3 or len(inner) * 2 <= len(lines):
        return 0.0
    every = [line for block in blocks for line in block]
    if sum(1 for line in every if len(line) > _WRAP_MAX) * 10 > len(every):
        return 0.0
    width = statistics.median(inner)
    return width if inner[len(inner) * 9 // 10] <= _WRAP_MAX and width >= 40 else 0.0
