"""Words that bound an amount ("up to", "more than", "about") for money and counts alike.

EVENTS.md keeps the stated number of a range (its lower bound) and the text; the bound kind
is kept too so that an extractor can tell "more than 3" from "up to 3".
"""

from __future__ import annotations

import re
from typing import Literal

Bound = Literal["exact", "approx", "min", "max", "range"]

_MODIFIERS: dict[str, Bound] = {
    "up to": "max", "as much as": "max", "as many as": "max", "no more than": "max",
    "not more than": "max", "less than": "max", "fewer than": "max", "under": "max",
    "below": "max", "just under": "max", "a maximum of": "max",
    "more than": "min", "over": "min", "at least": "min", "no less than": "min",
    "not less than": "min", "in excess of": "min", "upwards of": "min", "just over": "min",
    "a minimum of": "min", "well over": "min",
    "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx",
    "approximately": "approx", "roughly": "approx", "some": "approx", "an estimated": "approx",
    "close to": "approx",
    "between": "range", "from": "range",
}
_ALT = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_MODIFIERS, key=len,
                                                                     reverse=True))
#: Matches a modifier that ends right where the amount begins (search the preceding text).
LEFT_MODIFIER = re.compile(rf"(?<![\w-])(?P<mod>{_ALT})\s+$", re.IGNORECASE)


def modifier_bound(modifier: str) -> Bound:
    """The bound a modifier expresses ("Up  to" -> "max"); unknown words count as exact."""
    return _MODIFIERS.get(" ".join(modifier.lower().split()), "exact")


def left_modifier(text: str, start: int, floor: int) -> tuple[int, Bound] | None:
    """The modifier just before ``text[start]`` (not reaching before ``floor``), if any.

    Returns the modifier's start offset and its bound; only the last 40 characters are
    searched, which is longer than any modifier.
    """
    lo = max(floor, start - 40)
    m = LEFT_MODIFIER.search(text, lo, start)
    if m is None:
        return None
    return m.start("mod"), modifier_bound(m.group("mod"))
