"""Counts before a noun: "five S-400 systems", "1,000 troops", "two dozen", "up to 36 jets".

EVENTS.md quantities are integers; a range keeps its stated (lower) bound. Numbers that are
not counts of things are skipped: years, days of the month, money, percentages, distances,
durations and model designations ("S-400", "Project 11356").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from factwire.model import Span
from factwire.values.bounds import Bound, left_modifier
from factwire.values.money import find_money
from factwire.values.numbers import COUNT, ORDINALS, count_value

QuantityKind = Literal["cardinal", "ordinal", "vague"]

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
          r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_UNIT = (r"(?:%|per\s*cent\b|percent\b|percentage\b|km\b|kilomet(?:er|re)s?\b|miles?\b"
         r"|met(?:er|re)s?\b|feet\b|foot\b|ft\b|kg\b|kilos?\b|kilograms?\b|tonnes?\b|tons?\b"
         r"|mm\b|cm\b|nm\b|knots?\b|degrees?\b|hours?\b|minutes?\b|seconds?\b|days?\b"
         r"|nights?\b|weeks?\b|fortnights?\b|months?\b|years?\b|decades?\b|centuries\b"
         r"|[ap]\.?m\.?(?!\w)|GMT\b|BST\b|UTC\b|o'clock\b|times\b|-(?!strong\b)\w)")
_CARDINAL = re.compile(
    rf"(?<![\w$€£¥₹₽₩.,/:'’-])(?P<num>{COUNT})(?:\s+(?P<scale>million|billion)\b)?"
    r"(?P<tail>\s*(?:-|–|to)\s*\d[\d,]*(?!\d))?(?![\w%/:]|[.,]\d)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"(?<![\w-])(?P<num>" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?P<num>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands"
    r"|millions|several)\b(?:\s+of\b)?", re.IGNORECASE)
_AFTER_UNIT = re.compile(rf"\s*{_UNIT}", re.IGNORECASE)
_NEAR_MONTH_BEFORE = re.compile(rf"{_MONTH}\s+$")
_NEAR_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH}")
_AND_TAIL = re.compile(rf"\s+(?:and|to)\s+(?P<num>{COUNT})\b", re.IGNORECASE)
_WORD = re.compile(r"[\w][\w'’-]*|[^\w\s]")
_PREV = re.compile(r"([\w'’-]+) $")
_TIME_PREP = re.compile(r"(?i:\b(?:in|since|by|until|till|from|of|during|before|after|"
                        r"early|late|mid)\s+)$")
_HINT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                   r"thousand|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                   r"ninth|tenth|eleventh|twelfth|twentieth|scores|millions|several)",
                   re.IGNORECASE)
#: Words after a number-in-words that show it is not counting the next noun.
_NOT_A_HEAD = frozenset(
    "of the a an to and or in on at by for with from is was are were has have had will would "
    "could can may might should must who which that another other day time way thing more "
    "less than after before".split())
#: Capitalised words that may stand just before a count (anything else suggests a designation).
_LEADING_OK = frozenset(
    "about some up nearly around more over at all the only just another with of and but almost "
    "roughly approximately an those these its their his her our by to in for than fewer less "
    "least under below as between from".split())


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A count with its span; ``value`` is None for ordinals and vague counts ("dozens of").

    ``head`` is the span of the token right after the number (the start of the counted noun
    phrase); the event extractor decides which system or unit it counts.
    """

    span: Span
    text: str
    value: int | None
    kind: QuantityKind = "cardinal"
    bound: Bound = "exact"
    upper: int | None = None
    head: Span | None = None


def _head(text: str, pos: int, end: int) -> Span | None:
    """The span of the first word after ``pos`` (skipping spaces and "of"), if any."""
    for m in _WORD.finditer(text, pos, end):
        if m.group().lower() == "of":
            continue
        return Span(m.start(), m.end()) if m.group()[0].isalnum() else None
    return None


def _previous_word(text: str, pos: int, floor: int) -> str:
    """The word that ends one space before ``pos`` ("" when punctuation intervenes)."""
    m = _PREV.search(text, max(floor, pos - 40), pos)
    return m.group(1) if m else ""


def _is_count(text: str, m: re.Match[str], floor: int, end: int) -> bool:
    """Reject numbers that are years, dates, measures, designations or idioms ("one of")."""
    lo, hi = m.start(), m.end()
    num = m.group("num")
    if _AFTER_UNIT.match(text, hi, end) or _NEAR_MONTH_BEFORE.search(text, max(floor, lo - 12), lo):
        return False
    if num.isdigit() and int(num) <= 31 and _NEAR_MONTH_AFTER.match(text, hi, end):
        return False
    prev = _previous_word(text, lo, floor)
    if prev[:1].isupper() and prev.lower() not in _LEADING_OK:
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d", num):
        nxt = _head(text, hi, end)
        plural = nxt is not None and re.fullmatch(r"[a-z]+s", nxt.text(text)) is not None
        if not plural or _TIME_PREP.search(text, max(floor, lo - 12), lo):
            return False
    if not num[:1].isdigit():
        head = _head(text, hi, end)
        word = head.text(text).lower() if head else ""
        if not word or word in _NOT_A_HEAD:
            return False
    return True


def _cardinal(text: str, m: re.Match[str], floor: int, end: int) -> QuantityMention | None:
    value = count_value(m.group("num"))
    if value is None:
        return None
    if m.group("scale"):
        value *= 1_000_000 if m.group("scale").lower() == "million" else 1_000_000_000
    lo, hi = m.start(), m.end()
    bound: Bound = "exact"
    upper: int | None = None
    tail = m.group("tail")
    if tail:
        upper = count_value(re.sub(r"^\s*(?:-|–|to)\s*", "", tail))
        bound = "range" if upper is not None and upper >= value else "exact"
        if bound == "exact":
            return None  # "3-1", "10-4": a score or code, not a count
    modifier = left_modifier(text, lo, floor)
    if modifier is not None and modifier[1] != "range":
        lo, bound = modifier[0], modifier[1]
    elif modifier is not None and bound == "range":
        lo = modifier[0]
    if modifier is not None and modifier[1] == "range" and not tail:
        rest = _AND_TAIL.match(text, hi, end)
        if rest is not None and (count_value(rest.group("num")) or 0) >= value:
            upper, hi, bound = count_value(rest.group("num")), rest.end(), "range"
    return QuantityMention(Span(lo, hi), text[lo:hi], value, "cardinal", bound, upper,
                           _head(text, hi, end))


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    """Every count in ``text[start:end]`` (cardinals, plus ordinals and vague counts marked).

    Money amounts are left to :func:`factwire.values.find_money` and skipped here.
    """
    stop = len(text) if end is None else min(end, len(text))
    if not _HINT.search(text, start, stop):
        return []
    taken = [mm.span for mm in find_money(text, start, stop)]
    found: list[QuantityMention] = []
    for m in _CARDINAL.finditer(text, start, stop):
        if _is_count(text, m, start, stop):
            q = _cardinal(text, m, start, stop)
            if q is not None:
                found.append(q)
    for m in _ORDINAL.finditer(text, start, stop):
        if not _NEAR_MONTH_BEFORE.search(text, max(start, m.start() - 12), m.start()) and \
                not _NEAR_MONTH_AFTER.match(text, m.end(), stop):
            found.append(QuantityMention(Span(m.start(), m.end()), m.group(), None, "ordinal",
                                         head=_head(text, m.end(), stop)))
    for m in _VAGUE.finditer(text, start, stop):
        found.append(QuantityMention(Span(m.start(), m.end()), m.group(), None, "vague",
                                     head=_head(text, m.end(), stop)))
    return _non_overlapping(found, taken)


def _non_overlapping(found: list[QuantityMention], taken: list[Span]) -> list[QuantityMention]:
    found.sort(key=lambda q: (q.span.start, -q.span.end))
    out: list[QuantityMention] = []
    for q in found:
        if any(q.span.overlaps(t) for t in taken):
            continue
        if out and q.span.start < out[-1].span.end:
            continue
        out.append(q)
    return out


_PARSE = re.compile(rf"\s*(?P<num>{COUNT})(?:\s+(?P<scale>million|billion)\b)?(?![\w,.]\d)",
                    re.IGNORECASE)


def parse_quantity(words: str) -> int | None:
    """The count a phrase starts with ("up to 36 Rafale jets" -> 36, "two dozen" -> 24).

    Ordinals ("first missile system") and vague counts ("dozens of") give None: they are
    not quantities in the EVENTS.md sense.
    """
    text = words.strip()
    modifier = re.match(r"(?i:(?:up\s+to|more\s+than|at\s+least|about|around|some|nearly|almost"
                        r"|over|as\s+many\s+as|approximately|roughly|between|fewer\s+than"
                        r"|less\s+than)\s+)", text)
    if modifier:
        text = text[modifier.end():]
    m = _PARSE.match(text)
    if m is None or _ORDINAL.match(text) or _VAGUE.match(text):
        return None
    after = text[m.end():m.end() + 1]
    if after.isalnum():
        return None
    value = count_value(m.group("num"))
    if value is not None and m.group("scale"):
        value *= 1_000_000 if m.group("scale").lower() == "million" else 1_000_000_000
    return value
