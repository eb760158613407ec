"""The speaker's role as the attribution words it: "the Turkish foreign minister", "Capt.".

Kept verbatim so a reader sees why a quote went to a person; read from the apposition after the
name ("Ann Lee, head of the institute,"), the description before it ("the Polish defence
minister, Jan Nowak"; "the former Pentagon adviser Ann Lee") or the rank in front of it.
"""

from __future__ import annotations

import re

from factwire.entities.titles import ROLE_TITLES
from factwire.model import Span
from factwire.quotes.nominal import PERSON_NOUNS
from factwire.quotes.ranks import CORE

_SPEECH = r"(?:said|says|told|added|wrote|tweeted|stated|noted|warned|declared)"
_AFTER = re.compile(r"\s*,\s*([^,;:“”\"()\n]{2,80}?)\s*(?:,|\s+" + _SPEECH + r"\b|[.;:]|$)")
_BEFORE_APPOS = re.compile(r"(?:^|[,“”\"\n]\s*|\.\s+|\b" + _SPEECH + r"\s+)((?:[Tt]he|[Aa]n?)\s"
                           r"[^,;:“”\"\n]{2,100}?),\s*$")
_BEFORE_TITLE = re.compile(r"(?:^|[,“”\"]\s*|\b" + _SPEECH + r"\s+|\s)((?:the|a|an|[A-Z]\w+[’']s)\s"
                           r"[^,;:“”\".\n]{2,60}?)\s+$")
_ROLE_WORDS = PERSON_NOUNS | {t.split()[-1] for t in ROLE_TITLES} | {
    "head", "chief", "director", "chairman", "chairwoman", "chair", "founder", "professor",
    "fellow", "scholar", "secretary", "deputy", "captain", "colonel", "admiral", "commissioner",
    "governor", "mayor", "prosecutor", "lawyer", "member", "editor", "author", "correspondent"}
_MAX_WORDS = 14


def role_as_said(text: str, name: Span, rank: str | None = None) -> str | None:
    """The words that give the role of the speaker named at ``name``, or None."""
    after = _AFTER.match(text, name.end)
    if after and _is_role(after.group(1), appositive=True):
        return _join(rank, after.group(1))
    head = text[max(0, name.start - 120) : name.start]
    if rank is not None:
        return rank
    for pattern in (_BEFORE_APPOS, _BEFORE_TITLE):
        before = pattern.search(head)
        if before and _is_role(before.group(1), appositive=False):
            return before.group(1)
    return None


def _is_role(phrase: str, appositive: bool) -> bool:
    """A role phrase names an office or a description, not an event ("who led the talks")."""
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS or words[0].lower() in ("who", "which", "that"):
        return False
    if any(w.lower().strip(".") in _ROLE_WORDS or w.lower() in CORE for w in words):
        return True
    return appositive and ("’s" in phrase or "'s" in phrase)


def _join(rank: str | None, role: str) -> str:
    return role if rank is None else f"{rank}, {role}"
