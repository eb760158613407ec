"""The events component: detectors over every parsed sentence, then resolution.

Detection (:mod:`factwire.events.detect`) turns one sentence into event mentions; resolution
(:mod:`factwire.events.resolve`) merges, completes, codes and grounds them for the article.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from spacy.strings import StringStore

from factwire.entities.table import EntityTable
from factwire.events.context import SentenceContext
from factwire.events.detect import (
    build_detectors,
    build_scorers,
    configured_detectors,
    detect_sentence,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import Sentence
from factwire.events.lexicon import DAY_WORDS, load_lexicon
from factwire.events.resolve import resolve
from factwire.model import Span
from factwire.nlp.component import DocState
from factwire.nlp.types import SpacySpan


def sentence_has_trigger(sent: SpacySpan) -> bool:
    """The cheap pre-filter: parse only sentences containing a trigger word, or opening on
    a kind's opening word before a capitalised one, or placing a person somewhere.

    Compares string-store hashes of each token's lower form and lemma (no string building).
    """
    ids = _ids(sent.doc.vocab.strings)
    lead = next((i for i, t in enumerate(sent[:3]) if t.lower_ not in DAY_WORDS), 0)
    if len(sent) > lead + 2 and sent[lead].lower_ in load_lexicon().opening_words and sent[
            lead + 1].is_title:
        return True  # "(Today) in Kuwait, Tillerson faced ...": a kind's opening words
    return any(t.lower in ids.triggers or t.lemma in ids.triggers for t in sent) or (
        _present_abroad(sent, ids))


def _present_abroad(sent: SpacySpan, ids: _Ids) -> bool:
    """A person who "is", "was" or "is expected" in a named place ("the crown prince will
    be in London"): the presence words of the kinds' lexicons (their ``presence_verbs``)
    before "in" and a capitalised word, in a sentence naming a person or an official ("the
    Japanese foreign minister")."""
    return any(t.lemma in ids.presence for t in sent) and any(
        (t.lower == ids.in_ or (t.lower == ids.to and t.i > sent.start and  # "been to X"
                                t.nbor(-1).lower == ids.been))
        and t.i + 1 < sent.end and t.nbor().is_title for t in sent) and any(
        t.ent_type == ids.person or t.lemma in ids.officials for t in sent)


class _Ids(NamedTuple):
    """String-store hashes the pre-filter compares tokens with."""

    triggers: frozenset[int]
    presence: frozenset[int]
    officials: frozenset[int]
    in_: int
    to: int
    been: int
    person: int


_IDS: dict[tuple[int, int], _Ids] = {}


def _ids(strings: StringStore) -> _Ids:
    lex = load_lexicon()
    ids = _IDS.get((id(strings), id(lex)))
    if ids is None:
        ids = _Ids(frozenset(strings.add(w) for w in lex.trigger_words),
                   frozenset(strings.add(w) for w in lex.presence_words),
                   frozenset(strings.add(w) for w in lex.official_words),
                   strings.add("in"), strings.add("to"), strings.add("been"),
                   strings.add("PERSON"))
        _IDS[(id(strings), id(lex))] = ids
    return ids


def _reportable(d: EventDraft) -> bool:
    """Hypothetical and habitual mentions are not events (EVENTS.md section 3): "a deal
    might open the way to an accord", "has repeatedly threatened". A conditional threat is
    coded as an asserted threat by its kind, so it stays."""
    return not d.habitual and d.modality != "hypothetical"


class EventExtractor:
    """Finds the events of every kind with a spec in the parsed sentences of an article."""

    name: ClassVar[str] = "events.extract.v1"
    requires: ClassVar[tuple[str, ...]] = ("entities.coref", "parses")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, detectors: tuple[str, ...] | None = None) -> None:
        names = detectors if detectors is not None else configured_detectors()
        self.lex = load_lexicon()
        self.detectors = build_detectors(names, self.lex)
        self.scorers = build_scorers(names)

    def __call__(self, state: DocState) -> None:
        table: EntityTable = state.entities
        drafts: list[EventDraft] = []
        ends = {s.start_char: s.end_char for s in state.doc.sents}
        for start, sdoc in sorted(state.parses.items()):
            sent = Sentence(sdoc=sdoc, offset=start,
                            span=_trimmed(state.article.text, start, ends[start]))
            ctx = SentenceContext(sent=sent, table=table, lex=self.lex, article=state.article)
            drafts.extend(detect_sentence(self.detectors, ctx))
        drafts = [d for d in drafts if _reportable(d)]
        state.events.extend(resolve(drafts, state.doc, table, state.article.published,
                                   scorers=self.scorers))
        state.assigned.add("events")


def _trimmed(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
