"""Model designations the gazetteer does not list, read from the class noun after them.

Arms-sale notices and defence news name many systems by a designation of letters and digits
followed by what they are: "40 GBU-50 bombs", "12 Q-19 radars", "AN/APG-79 radars". The
class noun ("bombs") is found as a generic weapon class; a designation right before it makes
the mention that specific system, so a package lists one system per designation instead of
one vague "bomb".
"""

from __future__ import annotations

import re

from factwire.nlp.types import Doc

# Letters and digits, with hyphens or slashes between parts: M240, GBU-50, AN/APG-79, 054A.
_SHAPE = re.compile(r"^(?=\S*\d)(?=\S*[A-Z])[A-Z0-9]+(?:[-/][A-Z0-9]+)*[a-z]?$")
_JOINERS = frozenset({"-", "/"})
_MAX_TOKENS = 5  # "AN", "/", "APG", "-", "79"


def designation_before(doc: Doc, start: int, end: int) -> int | None:
    """The first token of a designation that ends right before the class noun at
    ``start:end`` (its parts written without spaces), or ``None`` when the word before is no
    designation or the class noun is not the head ("AN/APR-39 Radar Warning Receivers" are
    receivers, not radars)."""
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and (
            doc[end].lower_ not in _UNIT_NOUNS):
        return None  # "radar sets" are radars; "Radar Warning Receivers" are receivers
    j = start - 1
    ship_class = _ship_class_before(doc, start)
    if ship_class is not None:
        return ship_class
    if j < 0 or not doc[j].whitespace_ or not _PART.fullmatch(doc[j].text):
        return None
    while (j > 0 and start - j < _MAX_TOKENS and not doc[j - 1].whitespace_
           and (doc[j - 1].text in _JOINERS or _PART.fullmatch(doc[j - 1].text))):
        j -= 1
    while doc[j].text in _JOINERS:
        j += 1
    return j if _SHAPE.match(doc[j:start].text) else None


# Nouns that count units of what the class noun names.
_UNIT_NOUNS = frozenset({"set", "sets", "unit", "units", "system", "systems", "kit", "kits"})

def _ship_class_before(doc: Doc, start: int) -> int | None:
    """"a Hamilton-class cutter", "Arleigh Burke-class destroyers": the class named by its
    lead ship (one or two capitalised words) before "-class"."""
    j = start - 1
    if j < 2 or doc[j].lower_ != "class" or doc[j - 1].text != "-" or doc[j - 2].whitespace_:
        return None
    first = j - 2
    if not doc[first].text[:1].isupper():
        return None
    if first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ == "PROPN":
        first -= 1  # "Arleigh Burke-class"
    return first


_PART = re.compile(r"[A-Z0-9]+(?:[-/][A-Z0-9]+)*[a-z]?")
