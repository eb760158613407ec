"""Datelines: the place (and sometimes date and agency) a news story opens with.

Recognised at the very start of the cleaned text, in the forms news wires and press offices
use: ``New Delhi:-``, ``WASHINGTON, Jan. 14, 2014 –``, ``MOSCOW (Reuters) -``, ``KYIV,
Ukraine —``, ``BEIRUT, Lebanon (AP) —``, ``Washington, DC —``. The place is given in title
case as written ("New Delhi", "Washington"); the country or state after the first comma is
not part of it. The dateline stays in ``Article.text`` by default: it is part of the text,
and keeping it means offsets into the article are offsets into the cleaned input.

To keep ordinary sentences from being read as datelines, a place written in mixed case
("Washington") needs more evidence than a dash after it: a region, a date, an agency or the
``:-`` separator. An all-capitals place ("MOSCOW") needs only the separator.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WORD = r"[A-Z][A-Za-z'’.\-]*"
_LINK = r"(?:of|de|del|da|do|al|el|la|le|upon|on|the|and|sur|au)"
_NAME = rf"{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,4}}"
_REGION = rf"(?!{_MONTH}\s*\d)[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){{0,2}}"
_DATE = rf"(?P<date>{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?" \
        rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s*\d{{4}})?)"
_DATELINE = re.compile(
    rf"(?P<place>{_NAME})"
    rf"(?P<region>(?:,\s*{_REGION}){{0,2}})"
    rf"(?:,\s*{_DATE})?"
    r"(?:\s*\((?P<agency>[A-Z][\w&.'’ -]{0,30})\))?"
    r"(?P<sep>\s*:-\s*|\s*:\s+|\s*(?:—|–|-{1,2})\s*)"
    r"(?=[\w\"'“‘(])"
)
_NOT_PLACES = frozenset({
    "analysis", "breaking", "breaking news", "comment", "correction", "editorial",
    "exclusive", "explainer", "factbox", "fact sheet", "interview", "live", "note", "opinion",
    "photos", "review", "summary", "timeline", "update", "updated", "video", "watch",
    "editor's note", "background", "statement", "transcript", "readout", "fact check",
})
_SMALL = frozenset({"of", "de", "del", "da", "do", "al", "el", "la", "le", "upon", "on",
                    "the", "and", "sur", "au", "en"})


@dataclass(frozen=True, slots=True)
class Dateline:
    """A recognised dateline: the place, the date if it carries a full one, and its length.

    ``end`` is the offset in the text where the story proper starts (after the separator).
    """

    place: str
    end: int
    date: dt.date | None = None
    agency: str | None = None


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text``, or ``None`` when it does not open with one."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    place = match["place"].strip()
    letters = [c for c in place if c.isalpha()]
    shouting = len(letters) >= 3 and all(c.isupper() for c in letters)
    if place.lower().rstrip(".") in _NOT_PLACES or (place.endswith(".") and not shouting):
        return None
    sep = match["sep"].strip()
    evidence = bool(match["region"] or match["date"] or match["agency"]) or sep == ":-"
    if not shouting and not evidence:
        return None
    if sep == ":" and (not shouting or not _short_place(place)):
        return None
    return Dateline(title_case(place), match.end(), _parse_date(match["date"]),
                    match["agency"])


def _short_place(place: str) -> bool:
    """A capitals heading ends in a colon too ("STRENGTHENING OUR PARTNERSHIP:"); a place
    before a bare colon has at most three words and no "-ing" word."""
    words = [w for w in place.lower().split() if w not in _SMALL]
    return len(words) <= 3 and not any(w.endswith("ing") for w in words)


def title_case(place: str) -> str:
    """Title case for a place written in capitals; a place in mixed case is kept as written."""
    if any(c.islower() for c in place):
        return place
    words = []
    for i, word in enumerate(place.split()):
        parts = [_title_word(part, first=(i == 0 and j == 0))
                 for j, part in enumerate(word.split("-"))]
        words.append("-".join(parts))
    return " ".join(words)


def _title_word(word: str, *, first: bool) -> str:
    lower = word.lower()
    if not first and lower in _SMALL:
        return lower
    head, apostrophe, tail = lower.partition("'")
    if apostrophe and len(head) == 1:  # N'DJAMENA -> N'Djamena
        return head.upper() + "'" + tail.capitalize()
    return lower.capitalize()


def _parse_date(text: str | None) -> dt.date | None:
    """A full date (day, month and year) from the dateline; partial dates are not guessed."""
    if not text:
        return None
    month = re.search(r"[A-Za-z]{3}", text)
    numbers = re.findall(r"\d+", text)
    if month is None or len(numbers) < 2:
        return None
    day, year = (int(numbers[0]), int(numbers[-1]))
    try:
        return dt.date(year, _MONTHS[month.group(0).lower()], day)
    except (ValueError, KeyError):
        return None
