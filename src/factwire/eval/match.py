"""The comparison rules of EVENTS.md section 5, one small function each.

Every rule here is deliberately lenient about surface form (case, accents, hyphens,
quote marks, plurals) and strict about identity (actors, direction, dates), so that a score
measures what the pipeline understood rather than how it spelled it.
"""

from __future__ import annotations

import functools
import importlib
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from factwire.model import FactwireError

_log = logging.getLogger(__name__)
_QUOTE_MARKS = ("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
                "\u2032\u2033\u00ab\u00bb\u2039\u203a")
_QUOTE_TABLE = str.maketrans("", "", _QUOTE_MARKS)
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_SEAM = re.compile(r"[^\W\d_]+|\d+")
_SPELLING = {"defense": "defence", "programme": "program", "centre": "center",
             "organisation": "organization"}
# entity kind -> the Gazetteer method that resolves a name of that kind
_LOOKUPS = {"weapon": "weapon", "organization": "organization", "location": "place",
            "country": "state"}
STOPWORDS = frozenset({
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "with", "by", "from",
    "its", "their", "his", "her", "our", "this", "that", "these", "those", "as", "into",
    "over", "about", "between", "is", "are", "was", "were", "be", "been", "new",
})


def fold(text: str) -> str:
    """Case, accents and dash style folded; the base of every other normal form here."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_DASHES).casefold()


def fold_quote_text(text: str) -> str:
    """Quote text for containment tests: quote marks removed, whitespace collapsed.

    Removing (rather than unifying) quote marks makes ``doesn’t`` equal ``doesn't`` and lets a
    prediction that dropped nested quote marks still contain the gold snippet.
    """
    return " ".join(fold(text).translate(_QUOTE_TABLE).split())


def _stem(token: str) -> str:
    token = _SPELLING.get(token, token)
    if not token.isalpha():
        return token
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).translate(_QUOTE_TABLE))


def tokens(text: str) -> list[str]:
    """Name tokens: split at spaces, hyphens and letter/digit seams, plurals stemmed.

    "S-400", "S400" and "S 400" all give ``["s", "400"]``, and "Kamov-226T helicopters"
    gives ``["kamov", "226", "t", "helicopter"]``, so designations meet however written.
    """
    return [_stem(part) for word in _words(text) for part in _SEAM.findall(word)]


def content_tokens(text: str) -> set[str]:
    """Words of a free text with hyphens closed up ("counter-terrorism" is one word)."""
    out = {_stem(w.replace("-", "")) for w in _words(text)}
    return out - STOPWORDS


def last_word(name: str) -> str:
    words = tokens(name)
    return words[-1] if words else ""


def _contains_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    if n == 0:
        return False
    return any(list(haystack[i : i + n]) == list(needle) for i in range(len(haystack) - n + 1))


def name_contains(name: str, part: str) -> bool:
    """Whether ``part`` occurs in ``name`` as a run of whole tokens ("Putin" not in "Rasputin")."""
    return _contains_run(tokens(name), tokens(part))


def same_name(a: str, b: str) -> bool:
    """Equal names once folded, ignoring the article ("the Pentagon" is "Pentagon")."""
    ta = [t for t in tokens(a) if t != "the"]
    return bool(ta) and ta == [t for t in tokens(b) if t != "the"]


def person_matches(gold_name: str, predicted_names: Iterable[str]) -> bool:
    """EVENTS.md persons rule: a predicted name holds the last word of the gold name."""
    last = last_word(gold_name)
    return bool(last) and any(last in tokens(p) for p in predicted_names)


def actor_sets_match(gold: Iterable[str], predicted: Iterable[str]) -> bool:
    """At least half of the gold actors predicted, and two of them where gold has two or more."""
    g = {k.casefold() for k in gold}
    common = len(g & {k.casefold() for k in predicted})
    if not g:
        return False
    return common * 2 >= len(g) and common >= min(2, len(g))


def date_matches(gold: str, predicted: str | None) -> bool:
    """A predicted ISO date matches when it starts with the gold date (same or finer precision)."""
    return predicted is not None and predicted.startswith(gold)


def money_matches(gold_amount: float, predicted_amount: float | None) -> bool:
    return predicted_amount is not None and math.isclose(gold_amount, predicted_amount,
                                                         rel_tol=1e-6)


def text_overlaps(gold: str, predicted: str) -> bool:
    """Lenient rule for free-text arguments (subject, focus, topic, name).

    Correct when the prediction shares at least half of the gold text's content words
    (stopwords dropped, plurals stemmed, British/American spelling folded), and at least one.
    """
    g = content_tokens(gold)
    if not g:
        return False
    common = len(g & content_tokens(predicted))
    return common >= 1 and common * 2 >= len(g)


def place_matches(gold: str, name: str, codes: Iterable[str | None] = ()) -> bool:
    """A place entity matches by token containment either way, or by its ISO code."""
    if any(c is not None and c.casefold() == gold.casefold() for c in codes):
        return True
    return name_contains(name, gold) or name_contains(gold, name)


@functools.cache
def _gazetteer() -> Any:
    """The gazetteer, or ``None`` (with one warning) when it cannot be loaded.

    The gazetteer is another stage's work; the scorer must still run, with string matching
    only, where it is absent or broken.
    """
    loader = getattr(importlib.import_module("factwire.gazetteer"), "load_gazetteer", None)
    if loader is None:
        return None
    try:
        return loader()
    except (OSError, ValueError, LookupError, FactwireError) as exc:
        _log.warning("gazetteer unavailable, matching entity and system names only: %s", exc)
        return None


@functools.cache
def gazetteer_id(kind: str, name: str) -> str | None:
    """The gazetteer's canonical id ("weapon:s-400", "org:NATO") for a name of that entity kind.

    ``None`` when the name is unknown, the kind has no gazetteer, or there is no gazetteer.
    """
    gazetteer = _gazetteer()
    lookup = getattr(gazetteer, _LOOKUPS.get(kind, ""), None) if gazetteer is not None else None
    if lookup is None:
        return None
    try:
        record = lookup(name)
    except (LookupError, ValueError, TypeError, FactwireError):
        return None
    canonical = getattr(record, "canonical", None)
    return str(canonical) if canonical else None


def same_record(kind: str, gold_names: Iterable[str], predicted_names: Iterable[str],
                predicted_ids: Iterable[str] = ()) -> bool:
    """Whether the gazetteer resolves a gold name to a record the prediction names or links."""
    gold_ids = {i for i in (gazetteer_id(kind, g) for g in gold_names) if i}
    if not gold_ids:
        return False
    pred_ids = set(predicted_ids) | {gazetteer_id(kind, p) for p in predicted_names}
    return bool(gold_ids & pred_ids)


def system_matches(gold_names: Sequence[str], predicted_names: Sequence[str],
                   predicted_ids: Sequence[str] = ()) -> bool:
    """Alias-aware system match: same gazetteer weapon, or a gold name inside a predicted one.

    Containment runs gold-in-prediction only ("frigate" is in "Project 11356 frigates"), so a
    vague prediction ("missiles") never matches a specific gold system.
    """
    if any(name_contains(p, g) for g in gold_names for p in predicted_names):
        return True
    return same_record("weapon", gold_names, predicted_names, predicted_ids)
