"""When an event happened: the time expressions of its sentence, resolved on the publication date.

The tense used for a relative expression ("on Friday") is that of the verb governing it, so
"started on December 3 and will conclude on Friday" gives a past start and a future end.
"""

from __future__ import annotations

import datetime as dt

from factwire.events.draft import EventDraft
from factwire.events.frames import governing_verb
from factwire.events.modality import tense_of
from factwire.events.spec import get_spec
from factwire.ingest.dateline import find_dateline
from factwire.model import DataError, Span, TimeValue
from factwire.nlp.types import Token
from factwire.time import Tense, find_times
from factwire.time.mention import TimeMention

_START_VERBS = frozenset({"start", "begin", "kick", "launch", "commence", "open"})
_END_VERBS = frozenset({"end", "conclude", "finish", "close", "wrap", "run", "last"})


def assign_time(draft: EventDraft, anchor: dt.date | None, lead: Span | None = None,
                text: str = "") -> None:
    """Set ``draft.time`` (and, for transfers, the order or delivery time literal).
    ``lead`` is the span of ``text`` (the article) before the sentence on its line: a
    dateline there ("WASHINGTON, Feb. 28, 2013 -") dates the report, and so the event when
    its sentence says no time."""
    mentions = [m for m in find_times(draft.sentence.sdoc.text, 0, None)
                if m.kind not in ("duration", "vague")]
    if mentions:
        _sentence_time(draft, mentions, anchor)
    elif lead is not None:
        draft.time = _dateline_time(lead, text)
    role = draft.time_role
    role = draft.time_role
    if role and draft.time is not None:
        _check_time_role(draft.kind, role)
        when = draft.time.end if role == "delivery_time" and draft.time.end else draft.time.start
        if when:
            draft.literals[role] = when


def _dateline_time(lead: Span, text: str) -> TimeValue | None:
    """The full date of a dateline that ``lead`` holds, with its span."""
    opening = find_dateline(text[lead.start : lead.end + 1])  # with the story's first letter
    if opening is None or opening.date is None:
        return None
    dates = find_times(text, lead.start, lead.end)
    if not dates:
        return None
    return TimeValue(opening.date.isoformat(), None, dates[0].text, dates[0].span)


def _sentence_time(draft: EventDraft, mentions: list[TimeMention],
                   anchor: dt.date | None) -> None:
    if draft.kind == "exercise":
        draft.time = _range(draft, mentions, anchor)
    else:
        trig = draft.trigger.start - draft.sentence.offset
        own = _own_clause(draft, mentions)
        m = min(own or mentions, key=lambda x: abs(x.span.start - trig))
        draft.time = _value(draft, m, anchor)
    _future_by_date(draft, anchor)


def _own_clause(draft: EventDraft, mentions: list[TimeMention]) -> list[TimeMention]:
    """The time expressions of the trigger's own clause ("agreed on Wednesday to hold talks
    next month": the talks "next month", the agreement "on Wednesday")."""
    sdoc = draft.sentence.sdoc
    off = draft.sentence.offset
    span = sdoc.char_span(draft.trigger.start - off, draft.trigger.end - off,
                          alignment_mode="expand")
    if span is None:
        return []
    verb = governing_verb(span.root)
    return [m for m in mentions if (v := _governing_verb(draft, m)) is not None and v.i == verb.i]


def _check_time_role(kind: str, role: str) -> None:
    """A detector may only date a role its kind's spec declares as a time role."""
    found = get_spec(kind).role(role)
    if found is None or found.type != "time":
        raise DataError(f"kind {kind!r}: the detector set time_role={role!r}, which its spec "
                        f"does not declare with type 'time'; add the role to the spec")


def _value(draft: EventDraft, m: TimeMention, anchor: dt.date | None,
           verb: Token | None = None) -> TimeValue:
    verb = verb if verb is not None else _governing_verb(draft, m)
    tense: Tense
    if draft.modality == "future":
        tense = "future"
    elif verb is not None:
        tense = tense_of(verb, _verb_modality(verb))
    else:
        tense = "past"
    value: TimeValue = m.value(anchor, tense)
    off = draft.sentence.offset
    return TimeValue(value.start, value.end, value.text,
                     Span(off + m.span.start, off + m.span.end))


def _range(draft: EventDraft, mentions: list[TimeMention],
           anchor: dt.date | None) -> TimeValue | None:
    start: str | None = None
    end: str | None = None
    texts: list[str] = []
    for m in mentions:
        verb = _governing_verb(draft, m)
        v = _value(draft, m, anchor, verb)
        lemma = verb.lemma_ if verb is not None else ""
        if m.kind == "end" or lemma in _END_VERBS or lemma == "continue":
            end = v.end or v.start
        elif m.kind == "start" or lemma in _START_VERBS:
            start = v.start
        elif m.kind == "range":
            start, end = v.start, v.end
        else:
            start = start or v.start
            end = end or v.end
        texts.append(m.text)
    if start is None and end is None:
        return None
    if len(mentions) == 1:  # one expression: its span holds exactly its text
        off = draft.sentence.offset
        span = Span(off + mentions[0].span.start, off + mentions[0].span.end)
        return TimeValue(start, end, texts[0], span)
    return TimeValue(start, end, "; ".join(texts))


def _governing_verb(draft: EventDraft, m: TimeMention) -> Token | None:
    sdoc = draft.sentence.sdoc
    span = sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return None
    cur = span.root
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head == cur:
            break
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else None


def _verb_modality(verb: Token) -> str:
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll"):
            return "future"
    return "asserted"


def _future_by_date(draft: EventDraft, anchor: dt.date | None) -> None:
    """An event dated after publication is scheduled ("when Onodera visits next week")."""
    start = draft.time.start if draft.time else None
    if anchor is None or not start or draft.modality != "asserted" or draft.kind == "threat":
        return
    if start > anchor.isoformat()[: len(start)]:
        draft.modality = "future"
