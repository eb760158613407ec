"""The events component: every kind over every parsed sentence, then merge, complete and code."""

from __future__ import annotations

import importlib
from typing import Any, ClassVar

from factwire.entities.table import EntityTable
from factwire.events.codes import code
from factwire.events.complete import complete
from factwire.events.context import SentenceContext
from factwire.events.draft import EventDraft
from factwire.events.frames import Sentence
from factwire.events.kinds.other import detect as detect_other
from factwire.events.lexicon import KINDS, load_lexicon
from factwire.events.listing import listed_transfers
from factwire.events.merge import merge_all
from factwire.events.timing import assign_time
from factwire.model import ArgValue, Event, Modality, Span
from factwire.nlp.component import DocState

# Entity-valued roles; every other role is a literal string.
_LITERALS = frozenset({"subject", "name", "focus", "topic", "order_time", "delivery_time"})


def sentence_has_trigger(sent: Any) -> bool:
    """The cheap pre-filter: parse only sentences containing a trigger word.

    Compares string-store hashes of each token's lower form and lemma (no string building).
    """
    ids = _trigger_ids(sent.doc.vocab.strings)
    return any(t.lower in ids or t.lemma in ids for t in sent)


_IDS: dict[int, frozenset[int]] = {}


def _trigger_ids(strings: Any) -> frozenset[int]:
    ids = _IDS.get(id(strings))
    if ids is None:
        ids = frozenset(strings.add(w) for w in load_lexicon().trigger_words)
        _IDS[id(strings)] = ids
    return ids


def _reportable(d: EventDraft) -> bool:
    """Hypothetical and habitual mentions are not events (EVENTS.md section 3): "a deal
    might open the way to an accord", "has repeatedly threatened". A conditional threat is
    coded as an asserted threat by its kind, so it stays."""
    return not d.habitual and d.modality != "hypothetical"


class EventExtractor:
    """Finds the events of EVENTS.md section 2 in the parsed sentences of an article."""

    name: ClassVar[str] = "events.extract.v1"
    requires: ClassVar[tuple[str, ...]] = ("entities.coref", "parses")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self) -> None:
        self.lex = load_lexicon()
        self.detectors = [(self.lex.kind_words[k],
                           importlib.import_module(f"factwire.events.kinds.{k}").detect)
                          for k in KINDS]

    def __call__(self, state: DocState) -> None:
        table: EntityTable = state.entities
        drafts: list[EventDraft] = []
        ends = {s.start_char: s.end_char for s in state.doc.sents}
        for start, sdoc in sorted(state.parses.items()):
            sent = Sentence(sdoc=sdoc, offset=start,
                            span=_trimmed(state.article.text, start, ends[start]))
            ctx = SentenceContext(sent=sent, table=table, lex=self.lex, article=state.article)
            found: list[EventDraft] = []
            for words, detect in self.detectors:
                if words & ctx.words:
                    found.extend(detect(ctx))
            used = {d.trigger.start for d in found}
            drafts.extend(found)
            drafts.extend(detect_other(ctx, used))
        drafts = [d for d in drafts if _reportable(d)]
        for d in drafts:
            assign_time(d, state.article.published)
        drafts = complete(merge_all(drafts, table), table)
        drafts += listed_transfers(state.doc, drafts, table)
        drafts = merge_all(drafts, table)
        state.events.extend(_to_event(d, self.lex, table) for d in drafts)
        state.assigned.add("events")


def _trimmed(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _to_event(d: EventDraft, lex: Any, table: EntityTable) -> Event:
    plover, cameo = code(d, lex, table)
    args: dict[str, ArgValue] = {}
    for role, keys in d.roles.items():
        if keys:
            args[role] = tuple(keys)
    for name, value in d.literals.items():
        if name in _LITERALS and value:
            args[name] = value
    modality: Modality = d.modality  # type: ignore[assignment]
    return Event(
        id="", kind=d.kind,  # type: ignore[arg-type]
        plover=plover, cameo=cameo, args=args, evidence=tuple(d.evidence), time=d.time,
        status=d.status, quantity=d.quantity, value=d.value, modality=modality,
        confidence=d.confidence,
    )
