"""Numbers as news writes them: digits with separators, number words, dozens and Indian scales.

Shared by :mod:`factwire.values` and :mod:`factwire.time` (durations, "two weeks ago") so that
both read "twenty-five" and "1,000" the same way. Everything here is pure text and regex.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Multipliers written as words; "crore" and "lakh" are the Indian scales (1e7, 1e5).
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000,
    "million": 1_000_000, "crore": 10_000_000, "crores": 10_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
#: One to ninety-nine in words ("seven", "twenty", "twenty-five", "twenty five").
WORD_1_99 = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT})"
_SMALL = rf"(?:{WORD_1_99}(?:\s+hundred(?:\s+(?:and\s+)?{WORD_1_99})?)?|a\s+hundred)"
#: A number in words up to the thousands ("three hundred and fifty", "two thousand").
WORD_NUMBER = rf"(?:{_SMALL}(?:\s+thousand(?:\s+(?:and\s+)?{_SMALL})?)?|a\s+thousand)"
#: Digits: "1,000", "12", "2.5" (a decimal point never follows a thousands group here).
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
#: A count in words or digits, optionally times "dozen" ("two dozen", "a dozen", "half a dozen").
COUNT = (
    rf"(?:(?:half\s+a|a|{WORD_1_99}|\d+)\s+dozen|{WORD_NUMBER}|{DIGITS})"
)

_WORD_RE = re.compile(r"[a-z]+")


def word_set(spaced: str) -> frozenset[str]:
    """A set of words written as one space-separated string (lexicons stay readable)."""
    return frozenset(spaced.split())


def to_decimal(digits: str) -> Decimal | None:
    """Read "1,000" or "5.43" exactly (Decimal, so 5.43 billion stays 5430000000)."""
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None


def words_value(phrase: str) -> int | None:
    """The value of a number written in words ("three hundred and fifty" -> 350), else None.

    Accepts "a" as one before a scale ("a hundred", "a dozen") and "half a dozen". Vague
    plurals ("dozens", "hundreds") are not numbers and give None.
    """
    words = _WORD_RE.findall(phrase.lower())
    if not words:
        return None
    if words[:3] == ["half", "a", "dozen"] and len(words) == 3:
        return 6
    total = 0
    current = 0
    seen = False
    for i, word in enumerate(words):
        if word == "and" and seen:
            continue
        if word == "a" and i + 1 < len(words) and words[i + 1] in {"hundred", "thousand", "dozen"}:
            current = 1
            seen = True
        elif word in UNITS or word in TENS:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
            seen = True
        elif word == "dozen" and seen:
            current *= 12
        elif word == "hundred" and seen:
            current *= 100
        elif word in {"thousand", "million", "billion"} and seen:
            total += current * SCALES[word]
            current = 0
        else:
            return None
    return total + current if seen else None


def count_value(phrase: str) -> int | None:
    """The integer a :data:`COUNT` match stands for ("12", "1,000", "two dozen", "a dozen")."""
    text = phrase.strip()
    m = re.fullmatch(r"(\d+)\s+dozen", text)
    if m:
        return int(m.group(1)) * 12
    if text[:1].isdigit():
        value = to_decimal(text)
        if value is None or value != value.to_integral_value():
            return None
        return int(value)
    return words_value(text)
