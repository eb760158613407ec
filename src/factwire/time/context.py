"""Hints from the words around a time expression: the tense and a start/end verb.

"started on December 3" is a start and past; "will conclude on Friday" is an end and
future. The hints are cheap word scans within the sentence (no parser), nearest verb first;
callers that know the tense from a parse pass it explicitly and the hint is ignored.
"""

from __future__ import annotations

import re
from typing import Literal

from factwire.values.numbers import word_set

Tense = Literal["past", "present", "future"]
Cue = Literal["start", "end"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BOUNDARY = re.compile(r"[.!?;:]\s|[\n\r]")
_FUTURE = word_set(
    "will shall won't scheduled slated due planned plans plan intends intend upcoming aims "
    "hopes")
#: Words that mark the future only before "to" ("is set to", "expected to", "going to").
_FUTURE_BEFORE_TO = word_set("set expected going poised planning preparing likely")
_PAST = word_set(
    "was were had did said told held met made took gave came went saw began won lost led sent "
    "sought struck spoke wrote brought bought sold fought left found paid became ran chose "
    "flew drove broke rose fell grew knew thought felt kept meant stood understood built "
    "spent shot sank withdrew drew undertook overtook forbade agreed signed "
    "announced has have")
_PRESENT = word_set("is are am does do")
_NOT_PAST = word_set(
    "united limited armed advanced related unprecedented detailed alleged supposed concerned "
    "interested need speed feed seed bed red shed embed based so-called scheduled expected "
    "planned proposed intended")
_START = re.compile(r"(?:kick(?:ed|s|ing)?[-\s]?(?:start(?:ed|s)?|off)|start(?:ed|s|ing)?|began"
                    r"|begins?|beginning|commenc(?:e|ed|es|ing)|launch(?:ed|es|ing)?)$")
_END = re.compile(r"(?:end(?:ed|s)?|conclud(?:e|ed|es|ing)|finish(?:ed|es)?|wrap(?:ped|s)?"
                  r"|culminat(?:e|ed|es))$")
_LOOK_BACK = 30
_LOOK_AHEAD = 10


def _tense_of(word: str, next_word: str) -> Tense | None:
    low = word.lower()
    if low in _FUTURE or low.endswith("'ll") or low.endswith("’ll"):
        return "future"
    if low in _FUTURE_BEFORE_TO:
        return "future" if next_word == "to" else None
    if low in _PRESENT:
        return "future" if next_word == "to" else "present"
    if low in _PAST:
        return "past"
    if word[0].islower() and low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST:
        return "past"
    return None


def _cue_of(word: str) -> Cue | None:
    low = word.lower()
    if _START.fullmatch(low):
        return "start"
    if _END.fullmatch(low):
        return "end"
    return None


def _sentence_bounds(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int,
                                                                                        int]:
    lo = floor
    for m in _BOUNDARY.finditer(text, max(floor, start - 300), start):
        lo = m.end()
    stop = _BOUNDARY.search(text, end, min(ceiling, end + 300))
    return lo, stop.start() if stop else min(ceiling, end + 300)


def hints(text: str, start: int, end: int, floor: int = 0,
          ceiling: int | None = None) -> tuple[Tense | None, Cue | None, str | None]:
    """Tense, start/end cue and the cue word for the expression at ``text[start:end]``.

    Scans back from the expression to the start of its sentence; the first start/end verb
    seen before any other verb is the cue, the first tense marker is the tense. When nothing
    before it shows a tense ("In October, Putin made ..."), the words after it are scanned.
    """
    top = len(text) if ceiling is None else ceiling
    lo, hi = _sentence_bounds(text, start, end, floor, top)
    before = _WORD.findall(text, lo, start)[-_LOOK_BACK:]
    tense: Tense | None = None
    cue: Cue | None = None
    cue_word: str | None = None
    verb_seen = False
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        following = before[i + 1].lower() if i + 1 < len(before) else ""
        if not verb_seen and cue is None:
            cue = _cue_of(word)
            cue_word = word if cue else None
        found = _tense_of(word, following)
        if found is not None or cue is not None:
            verb_seen = True
        if found is not None:
            tense = found
            break
    if tense is None:
        after = _WORD.findall(text, end, hi)[:_LOOK_AHEAD]
        for i, word in enumerate(after):
            tense = _tense_of(word, after[i + 1].lower() if i + 1 < len(after) else "")
            if tense is not None:
                break
    return tense, cue, cue_word
