"""Time expressions in news text, resolved to ISO dates against the publication date.

Pure text (no spaCy): :func:`find_times` gives every expression in a sentence with its
span, kind and tense hint; :meth:`TimeMention.value` turns one into a ``TimeValue`` once
the anchor is known; :func:`resolve` and :func:`resolve_span` do the same for loose text.
The rules are those of EVENTS.md "Time".
"""

from factwire.time.atoms import TimeKind
from factwire.time.context import Cue, Tense
from factwire.time.finder import find_times
from factwire.time.mention import TimeMention
from factwire.time.resolve import join_mentions, resolve, resolve_span

__all__ = [
    "Cue",
    "Tense",
    "TimeKind",
    "TimeMention",
    "find_times",
    "join_mentions",
    "resolve",
    "resolve_span",
]
