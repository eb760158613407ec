"""Names and regex fragments for time expressions, compiled once at import.

Month and weekday names are matched case-sensitively (capitalised) so that "may" the verb
and "march" the noun are never dates; "May" and "March" also need a temporal cue word
before them when they stand alone ("in May", not "Theresa May").
"""

from __future__ import annotations

import re

from factwire.values.numbers import COUNT

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14}

MONTH_FULL = (r"(?:January|February|March|April|May|June|July|August|September|October"
              r"|November|December)")
MONTH_ANY = (rf"(?:{MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
             r"(?![A-Za-z])")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:])"
YEAR = r"(?:1\d{3}|20\d\d)(?![\w%]|[.,]\d)"
BARE_YEAR = r"(?:1[89]\d\d|20\d\d)"
#: A number of units: digits, words, "a", "an", "a dozen".
NUM = rf"(?:{COUNT}|an?)"
UNIT = r"(?:days?|nights?|weeks?|fortnights?|months?|years?|decades?)"

#: Words before a bare month or year that make it a date ("in October", "the 2018 deal").
_CUE_WORDS = (r"in|on|at|of|since|from|by|until|till|through|throughout|during|before|after"
              r"|early|late|mid|end|for|to|and|or|the|between|last|next|this|starting"
              r"|beginning|around|about|spring|summer|autumn|fall|winter|its|their|his|her"
              r"|a|an|that|fiscal|least|than")
CUE_BEFORE = re.compile(rf"(?i:\b(?:{_CUE_WORDS}))\s*[-‐–]?\s*$")
#: The narrower set for "May" and "March", which are also a surname and a verb or noun.
CUE_BEFORE_STRICT = re.compile(
    r"(?i:\b(?:in|since|from|until|till|through|throughout|during|before|after|early|late"
    r"|mid|end|of|by|last|next|this|starting|beginning))\s*[-‐–]?\s*$")
#: Cue words that also stand before counts: "of 2000 troops" is a number, "of 2000" a year.
COUNT_CUE_BEFORE = re.compile(r"(?i:\b(?:of|and|to|or|least|than|about|over))\s*$")
PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
PASSIVE_BY = re.compile(r"(?i:\b\w+(?:ed|en)\s+by\s+$)")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: Capitalised names that make a weekday part of a name, not a date.
WEEKDAY_NAME_BEFORE = re.compile(r"(?:Good|Black|Bloody|Super|Holy|Easter|Cyber|Maundy|Ash"
                                 r"|Palm|Mail\s+on|Man|Girl|Blue)\s+$")
WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Agreement"
                                r"|Accord|School|Club|Night\s+Live|Prayers?)\b")

def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.rstrip(".").lower()]


def day_number(text: str) -> int:
    """The day of the month in "3", "03" or "3rd"."""
    return int(re.sub(r"\D", "", text))


def full_year(text: str, century_of: int | None = None) -> int:
    """A year from "2019", "19" or "'19" (two digits take ``century_of``'s century; alone,
    00-50 are 20xx and 51-99 are 19xx)."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    if century_of is not None:
        return (century_of // 100) * 100 + int(digits)
    return (2000 if int(digits) <= 50 else 1900) + int(digits)
