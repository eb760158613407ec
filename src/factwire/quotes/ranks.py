"""Military ranks before a speaker's name: part of the role, never a speaker of their own.

spaCy splits sentences after "Capt." and leaves ranks out of (or alone in) person names, so a
quote followed by "said Capt. Dan Keeler" lost its speaker. Ranks are read here from the raw
text as a run of rank words ("Rear Adm.", "Sgt. 1st Class", "Air Chief Marshal") followed by
the capitalised name; the run becomes the speaker's role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factwire.entities.table import EntityTable
from factwire.gazetteer import slug
from factwire.model import Span

# Words that may form a rank; a run counts only if it holds one of CORE ("Air" alone is no rank).
RANK_WORDS = frozenset({
    "air", "chief", "marshal", "vice", "field", "gen.", "general", "lt.", "lieutenant", "maj.",
    "major", "brig.", "brigadier", "col.", "colonel", "capt.", "captain", "cmdr.", "cdr.",
    "commander", "adm.", "admiral", "rear", "sgt.", "sergeant", "staff", "master", "1st", "2nd",
    "3rd", "class", "cpl.", "corporal", "pvt.", "private", "spc.", "petty", "officer", "ens.",
    "ensign", "command", "seaman", "airman", "first", "second", "warrant", "gunnery", "lance",
    "wing", "squadron", "group", "flight", "cpt.", "lt.-gen.", "maj.-gen.", "lt.-col.",
})
CORE = frozenset({
    "marshal", "gen.", "general", "lt.", "lieutenant", "maj.", "brig.", "brigadier", "col.",
    "colonel", "capt.", "captain", "cmdr.", "cdr.", "commander", "adm.", "admiral", "sgt.",
    "sergeant", "cpl.", "corporal", "pvt.", "spc.", "ens.", "ensign", "seaman", "airman",
    "officer", "cpt.", "lt.-gen.", "maj.-gen.", "lt.-col.",
})
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*$")
_KEEP_DOT = re.compile(r"(?:[A-Z]\.)+$|(?:Jr|Sr)\.$")  # "J.D.", "Jr." keep their full stop
_MAX_NAME = 4


@dataclass(frozen=True, slots=True)
class RankedName:
    """"Capt. Dan Keeler": ``rank`` is "Capt.", ``name`` spans "Dan Keeler"."""

    rank: str
    rank_span: Span
    name: Span


def ranked_names(text: str, start: int, end: int) -> list[RankedName]:
    """Every rank-and-name run inside ``text[start:end]``, in text order."""
    words = [(m.start() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    out: list[RankedName] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _bare(words[j][1]) in RANK_WORDS and (
                j == i or not words[j - 1][1].endswith(",")):
            j += 1
        if j > i and any(_bare(w) in CORE for _, w in words[i:j]) and words[i][1][:1].isupper():
            name = _name_after(words, j)
            if name is not None:
                rank_end = words[j - 1][0] + len(words[j - 1][1])
                out.append(RankedName(text[words[i][0] : rank_end], Span(words[i][0], rank_end),
                                      name))
                i = j
                continue
        i = max(j, i + 1)
    return out


def _bare(word: str) -> str:
    return word.lower().rstrip(",:;")


def _name_after(words: list[tuple[int, str]], j: int) -> Span | None:
    k = j
    while k < len(words) and k - j < _MAX_NAME and _NAME_WORD.match(words[k][1].rstrip(",:;")):
        if _bare(words[k][1]) in RANK_WORDS:
            break
        k += 1
        if words[k - 1][1][-1] in ",:;":
            break
    if k == j:
        return None
    last_start, last = words[k - 1]
    last = last.rstrip(",:;")
    if not _KEEP_DOT.search(last):
        last = last.rstrip(".")
    return Span(words[j][0], last_start + len(last))


def ranked_speaker(text: str, found: RankedName,
                   table: EntityTable) -> tuple[str, Span] | None:
    """The person the ranked name refers to; a new person entity when NER missed the name.

    None when an organisation spans the rank word too ("General Motors", "Air Force Academy").
    """
    if any(d.kind != "person" for _, d in table.in_range(found.rank_span.start - 1,
                                                          found.rank_span.end)):
        return None
    for sp, d in table.in_range(found.name.start, found.name.end + 1):
        if d.kind == "person":
            _absorb_rank(table, found, d.key)
            return d.key, sp
    name = text[found.name.start : found.name.end]
    key = f"person:{slug(name)}"
    table.get_or_add(key, "person", name, role=found.rank)
    span = Span(found.name.start, found.name.start + len(name))
    owner = table.at(span)
    if owner is not None and table.drafts[owner].kind == "person":
        return owner, span
    table.reassign(key, span, "name")  # a rank-led name is a person whatever NER made of it
    _absorb_rank(table, found, key)
    return key, span


def _absorb_rank(table: EntityTable, found: RankedName, key: str) -> None:
    """"Petty Officer" read as a person of its own is the rank of the person named after it."""
    for sp, d in table.in_range(found.rank_span.start, found.rank_span.end):
        if d.kind == "person" and d.key != key and all(
                _bare(w) in RANK_WORDS for w in d.name.split()):
            table.reassign(key, sp, "title")
