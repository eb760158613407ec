"""Finding time expressions: atoms, then parts, ranges and prepositions around them.

The steps, each a small pass over a handful of candidates:

1. every atom pattern runs over the text; overlapping candidates keep the longest;
2. a part before an atom narrows it ("the end of" + "2020", "mid-" + "2020");
3. two atoms joined by "to", "-", or "between ... and" become one range;
4. atoms that are dates only with a cue ("2019", "May") and found none are dropped;
5. a preposition before an atom joins its span and sets its kind ("since" = start);
6. the surrounding words give a tense and a start/end verb as hints.
"""

from __future__ import annotations

import re
from itertools import pairwise

from factwire.model import Span
from factwire.time.atoms import DATE_PATTERNS, Atom, PatternSpec, TimeKind
from factwire.time.atoms_rel import REL_PATTERNS
from factwire.time.context import hints
from factwire.time.expr import PARTS, Range, Relative, Unresolved, with_part
from factwire.time.mention import TimeMention

_PATTERNS: list[PatternSpec] = [*REL_PATTERNS, *DATE_PATTERNS]
_TOKENS = re.compile(r"[A-Za-z]+|\d")
_PART_LEFT = re.compile(
    r"(?i:(?:\b(?:the\s+)?(?:very\s+)?(?P<part>beginning|start|end|middle|close|turn"
    r"|first\s+half|second\s+half|(?:first|second|third|fourth|final|last)\s+quarter"
    r"|(?:first|second|third|last)\s+week|early\s+part|latter\s+part|first\s+days|last\s+days"
    r"|spring|summer|autumn|fall|winter)\s+of\s+"
    r"|\b(?:the\s+)?(?P<adj>early|mid|late|end|spring|summer|autumn|fall|winter)"
    r"(?:\s*[-‐–]\s*|\s+)))$")
_CONNECT = re.compile(r"(?i:\s*(?:-|–|—|to|until|till|through|thru|and)\s*)")
_LIST_GAP = re.compile(r"(?i:\s*(?:,|,?\s*and|,?\s*or)\s*)")
_RANGE_LEFT = re.compile(r"(?i:\b(?P<w>between|from)\s+)$")
_PREPS: dict[str, TimeKind] = {
    "on": "point", "in": "point", "at": "point", "during": "point", "throughout": "point",
    "over": "point", "as early as": "point", "as late as": "point", "as recently as": "point",
    "sometime in": "point", "some time in": "point", "early on": "point", "late on": "point",
    "since": "start", "since at least": "start", "from": "start", "starting": "start",
    "starting on": "start", "starting in": "start", "starting from": "start", "beginning": "start",
    "beginning on": "start", "beginning in": "start", "as of": "start", "effective": "start",
    "after": "start", "no earlier than": "start", "not before": "start",
    "by": "end", "until": "end", "till": "end", "til": "end", "'til": "end", "through": "end",
    "thru": "end", "before": "end", "no later than": "end", "not later than": "end",
    "prior to": "end", "ahead of": "end", "up until": "end", "up till": "end", "up to": "end",
    "within": "end", "until at least": "end",
}
_PREP_ALT = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                     for p in sorted(_PREPS, key=len, reverse=True))
_PREP_LEFT = re.compile(rf"(?i:(?<![\w’-])(?P<prep>{_PREP_ALT})\s+)$")


def _atoms(text: str, lo: int, hi: int) -> list[Atom]:
    """All atoms, overlapping ones resolved in favour of the longest (then the surest)."""
    found: list[tuple[int, int, int, Atom]] = []
    words = {w.lower() for w in _TOKENS.findall(text, lo, hi)}
    for order, (pattern, build, needle) in enumerate(_PATTERNS):
        if needle.isdisjoint(words):
            continue
        for m in pattern.finditer(text, lo, hi):
            atom = build(m, text)
            if atom is not None:
                found.append((atom.start - atom.end, atom.weak, order, atom))
    found.sort(key=lambda f: (f[0], f[1], f[2], f[3].start))
    kept: list[Atom] = []
    for *_, atom in found:
        if all(atom.end <= k.start or k.end <= atom.start for k in kept):
            kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


def _parts(atoms: list[Atom], text: str, lo: int) -> list[Atom]:
    """Narrow atoms by the part before them ("the end of" 2020, "mid-" December)."""
    for atom in atoms:
        if not atom.partable:
            continue
        m = _PART_LEFT.search(text, max(lo, atom.start - 40), atom.start)
        if m is None:
            continue
        part = " ".join((m.group("part") or m.group("adj")).lower().split())
        expr = with_part(atom.expr, part) if part in PARTS else None
        if expr is not None:
            atom.start, atom.expr, atom.weak = m.start(), expr, 0
    return _drop_overlaps(atoms)


def _drop_overlaps(atoms: list[Atom]) -> list[Atom]:
    """After an atom grew to the left, drop smaller atoms it now covers."""
    atoms = sorted(atoms, key=lambda a: (a.start, a.start - a.end))
    out: list[Atom] = []
    for atom in atoms:
        if out and atom.start < out[-1].end:
            if atom.end - atom.start > out[-1].end - out[-1].start:
                out[-1] = atom
            continue
        out.append(atom)
    return out


def _rangeable(atom: Atom) -> bool:
    expr = atom.expr
    return atom.kind is None and atom.weak < 2 and not atom.has_prep and not isinstance(
        expr, Unresolved) and not (isinstance(expr, Relative) and expr.future_only)


def _ranges(atoms: list[Atom], text: str, lo: int) -> list[Atom]:
    """Join neighbours linked by "to", "-", "until" or "between ... and" into one range."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = _CONNECT.fullmatch(text, a.end, b.start) if b is not None else None
        if b is not None and gap is not None and _rangeable(a) and _rangeable(b):
            left = _RANGE_LEFT.search(text, max(lo, a.start - 10), a.start)
            between = left is not None and left.group("w").lower() == "between"
            if gap.group().strip().lower() != "and" or between:
                start = left.start() if left is not None else a.start
                weak = 0 if left is not None else min(a.weak, b.weak)
                out.append(Atom(start, b.end, Range(a.expr, b.expr), weak, "range",
                                has_prep=left is not None))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _coordinated(atoms: list[Atom], text: str) -> list[Atom]:
    """A weak atom listed right after a date of the same shape is one too ("in April and May")."""
    for previous, atom in pairwise(atoms):
        if atom.weak == 1 and previous.weak == 0 and type(atom.expr) is type(previous.expr) \
                and _LIST_GAP.fullmatch(text, previous.end, atom.start):
            atom.weak = 0
    return atoms


def _prepositions(atoms: list[Atom], text: str, lo: int) -> list[Atom]:
    """Take the preposition before each atom into its span; it decides start/end kinds."""
    previous_end = lo
    for atom in atoms:
        if not atom.has_prep:
            m = _PREP_LEFT.search(text, max(previous_end, atom.start - 25), atom.start)
            if m is not None:
                atom.start = m.start()
                atom.prep = " ".join(m.group("prep").lower().split())
                prep_kind = _PREPS[atom.prep]
                if atom.kind is None and prep_kind != "point":
                    atom.kind = prep_kind
        previous_end = atom.end
    return atoms


def _cue_applies(atom: Atom, text: str, cue_word: str | None) -> bool:
    """A start/end verb governs an adverbial ("began on Monday", "started Monday"), not a
    modifier inside a noun phrase ("launched ... for a March 18 bomb attack")."""
    if atom.prep is not None or cue_word is None:
        return atom.prep is not None
    before = text[max(0, atom.start - len(cue_word) - 2):atom.start].rstrip()
    return before.endswith(cue_word)


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """Every time expression in ``text[start:end]``, with spans that index ``text``.

    Relative expressions are found without a publication date; ask each mention for its
    value with :meth:`TimeMention.value` once the anchor is known.
    """
    hi = len(text) if end is None else min(end, len(text))
    if start >= hi:
        return []
    atoms = _parts(_atoms(text, start, hi), text, start)
    if not atoms:
        return []
    atoms = [a for a in _coordinated(_ranges(atoms, text, start), text) if a.weak == 0]
    mentions: list[TimeMention] = []
    for atom in _prepositions(atoms, text, start):
        tense, cue, cue_word = hints(text, atom.start, atom.end, start, hi)
        kind: TimeKind = atom.kind or "point"
        if kind == "point" and cue is not None and _cue_applies(atom, text, cue_word):
            kind = cue
        else:
            cue, cue_word = None, None
        mentions.append(TimeMention(Span(atom.start, atom.end), text[atom.start:atom.end], kind,
                                    tense, cue, cue_word, atom.expr))
    return mentions
