"""Counts before a noun: "five S-400 systems", "1,000 troops", "two dozen", "up to 36 jets".

EVENTS.md quantities are integers; a range keeps its stated (lower) bound. Numbers that are
not counts of things are skipped: years, days of the month, money, percentages, distances,
durations and model designations ("S-400", "Project 11356").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from factwire.model import Span
from factwire.values.bounds import Bound, left_modifier
from factwire.values.money import find_money
from factwire.values.numbers import (
    COUNT,
    ORDINALS,
    TENS,
    UNITS,
    count_value,
    to_decimal,
    word_set,
)

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
_ECHO = re.compile(r"\s*\(\d[\d,]*\)")
_PREV = re.compile(r"([\w'’-]+) $")
_TIME_PREP = re.compile(r"(?i:\b(?:in|since|by|until|till|from|of|during|before|after|"
                        r"early|late|mid)\s+)$")
_TOKEN = re.compile(r"[A-Za-z]+|\d[\w,.]*")
_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_COUNT_STARTS = frozenset([*UNITS, *TENS, "a", "half"])
_VAGUE_STARTS = word_set("tens hundreds dozens scores thousands millions several")
#: Words after a number-in-words that show it is not counting the next noun.
_NOT_A_HEAD = word_set(
    "of the a an to and or in on at by for with from is was are were has have had will would "
    "could can may might should must who which that another other day time way thing more "
    "less than after before")
#: Capitalised words that may stand just before a count (anything else suggests a designation).
#: Words before a number that make it an age, a rank or a label ("aged 93", "No. 5").
_NOT_BEFORE = word_set("aged age ages no number num nos page pages article section chapter "
                        "resolution grade level phase")
_LEADING_OK = word_set(
    "about some up nearly around more over at all the only just another with of and but almost "
    "roughly approximately an those these its their his her our by to in for than fewer less "
    "least under below as between from")


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
    """The span of the word after ``pos`` (skipping "of"); None for punctuation or a
    function word ("12 from Britain" counts people the extractor must find elsewhere)."""
    for m in _WORD.finditer(text, pos, end):
        word = m.group().lower()
        if word == "of":
            continue
        if not word[0].isalnum() or word in _NOT_A_HEAD:
            return None
        return Span(m.start(), m.end())
    return None


def _after_echo(text: str, pos: int, end: int) -> int:
    """Skip the figures that official texts repeat after a number word: "four (4) FMCs"."""
    m = _ECHO.match(text, pos, end)
    return m.end() if m else pos


def _previous_word(text: str, pos: int, floor: int) -> str:
    """The word that ends one space before ``pos`` ("" when punctuation intervenes)."""
    m = _PREV.search(text, max(floor, pos - 40), pos)
    return m.group(1) if m else ""


_TITLE_WORD = re.compile(r"\s+[A-Z][a-z]{2,}")


def _names_next(text: str, num: str, hi: int, end: int) -> bool:
    """Whether a name follows the number ("31 Abrams tanks"), so that the number counts what
    it names rather than ending the name before it; "Type 052" (a leading zero) is a
    designation."""
    return text[hi - 1 : hi].isdigit() and not (num[:1] == "0" and num[1:2].isdigit()) and (
        _TITLE_WORD.match(text, hi, end) is not None)


def _is_count(text: str, m: re.Match[str], floor: int, end: int) -> bool:
    """Reject numbers that are years, dates, measures, designations or idioms ("one of")."""
    lo, hi = m.start(), m.end()
    num = m.group("num")
    if _AFTER_UNIT.match(text, hi, end) or _NEAR_MONTH_BEFORE.search(text, max(floor, lo - 12), lo):
        return False
    if num.isdigit() and int(num) <= 31 and _NEAR_MONTH_AFTER.match(text, hi, end):
        return False
    prev = _previous_word(text, lo, floor)
    if (prev[:1].isupper() and prev.lower() not in _LEADING_OK and not _names_next(
            text, num, hi, end)) or prev.lower() in _NOT_BEFORE:
        return False  # "Leopard 2": part of a name; but "send Ukraine 31 Abrams tanks"
    if text[lo - 1:lo] == "(" or text[max(floor, lo - 2):lo].strip() == ")":
        return False  # "(703) 604-6618", "four (4)", "Air Wing (CVW) 1"
    if re.fullmatch(r"(?:1[89]|20)\d\d", num):
        nxt = _head(text, hi, end)
        plural = nxt is not None and re.fullmatch(r"[a-z]+s", nxt.text(text)) is not None
        if not plural or _TIME_PREP.search(text, max(floor, lo - 12), lo):
            return False
    if not num[:1].isdigit():
        after = _after_echo(text, hi, end)
        skip = len(text[after:end]) - len(text[after:end].lstrip())
        next_word = _WORD.match(text, after + skip, end)
        word = next_word.group().lower() if next_word else ""
        designation = next_word is not None and len(word) > 1 and next_word.group().isupper()
        if not word or (word in _NOT_A_HEAD and not designation) or not word[0].isalnum():
            return False  # "AN/APG-82 radars" is a designation, not the article "an"
        if num.lower() == "one" and prev.lower() in {"no", "at", "any", "every", "the", "this"}:
            return False
    return True


def _scaled(num: str, scale: str | None) -> int | None:
    """The count of "12", "two dozen" or "1.5 million" (None unless a whole number)."""
    if not scale:
        return count_value(num)
    base = to_decimal(num) if num[:1].isdigit() else None
    if base is None:
        words = count_value(num)
        base = None if words is None else Decimal(words)
    if base is None:
        return None
    value = base * (1_000_000 if scale.lower() == "million" else 1_000_000_000)
    return int(value) if value == value.to_integral_value() else None


def _cardinal(text: str, m: re.Match[str], floor: int, end: int) -> QuantityMention | None:
    value = _scaled(m.group("num"), m.group("scale"))
    if value is None:
        return None
    lo, hi = m.start(), m.end()
    bound: Bound = "exact"
    upper: int | None = None
    tail = m.group("tail")
    if tail:
        second = re.sub(r"^\s*(?:-|–|to)\s*", "", tail)
        if len(second.replace(",", "")) > len(m.group("num").replace(",", "")) + 1:
            return None  # "601-3859": a phone number, not a range
        upper = count_value(second)
        bound = "range" if upper is not None and upper >= value else "exact"
        if bound == "exact":
            return None  # "3-1", "10-4": a score or code, not a count
    modifier = left_modifier(text, lo, floor)
    if modifier is not None and modifier[1] == "range" and not tail:
        rest = _AND_TAIL.match(text, hi, end)
        second_value = count_value(rest.group("num")) if rest is not None else None
        if rest is not None and second_value is not None and second_value >= value:
            upper, hi, bound = second_value, rest.end(), "range"
    if modifier is not None and (modifier[1] != "range" or bound == "range"):
        lo = modifier[0]
        bound = bound if modifier[1] == "range" else modifier[1]
    return QuantityMention(Span(lo, hi), text[lo:hi], value, "cardinal", bound, upper,
                           _head(text, _after_echo(text, hi, end), end))


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    """Every count in ``text[start:end]`` (cardinals, plus ordinals and vague counts marked).

    Money amounts are left to :func:`factwire.values.find_money` and skipped here. Only
    words that can start a number are tried, which keeps this cheap on every sentence.
    """
    stop = len(text) if end is None else min(end, len(text))
    found: list[QuantityMention] = []
    last_end = start
    for tok in _TOKEN.finditer(text, start, stop):
        if tok.start() < last_end:
            continue
        q = _at_token(text, tok, start, stop)
        if q is not None:
            found.append(q)
            last_end = q.span.end
    if not found:
        return []
    return _non_overlapping(found, [mm.span for mm in find_money(text, start, stop)])


def _at_token(text: str, tok: re.Match[str], floor: int, stop: int) -> QuantityMention | None:
    """The count, ordinal or vague count starting at word ``tok``, if any."""
    word = tok.group().lower()
    pos = tok.start()
    if word[0].isdigit() or word in _COUNT_STARTS:
        m = _CARDINAL.match(text, pos, stop)
        if m is not None and _is_count(text, m, floor, stop):
            q = _cardinal(text, m, floor, stop)
            if q is not None:
                return q
    if word in ORDINALS or _DIGIT_ORDINAL.fullmatch(word):
        if _NEAR_MONTH_BEFORE.search(text, max(floor, pos - 12), pos) or \
                _NEAR_MONTH_AFTER.match(text, tok.end(), stop):
            return None
        return QuantityMention(Span(pos, tok.end()), tok.group(), None, "ordinal",
                               head=_head(text, tok.end(), stop))
    if word in _VAGUE_STARTS:
        m = _VAGUE.match(text, pos, stop)
        if m is not None:
            return QuantityMention(Span(pos, m.end()), m.group(), None, "vague",
                                   head=_head(text, m.end(), stop))
    return None


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
    return _scaled(m.group("num"), m.group("scale"))
