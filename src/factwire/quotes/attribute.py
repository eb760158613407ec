"""Attributing quotations to speakers through speech verbs, pronouns and titles.

Patterns, in the order tried: a rank-led name next to the quote ('"…," said Capt. X', see
ranks.py), a speech verb after the quote in its sentence ('"...," Shoigu said'; '"...," said a
Russian Defense Ministry statement'), a speech verb before it ('He said he was confident that
"..."'; 'X said: "..."'; 'according to X'), a colon introduction or a bare apposition
(patterns.py), and finally the speaker of the quotation just before, or of the sentence just
before, when the quote stands alone in its sentence. Pronouns and title-only speakers resolve
through quote-aware coreference (refer.py); the role as said is read by role.py.
"""

from __future__ import annotations

import bisect
from typing import Any, ClassVar

from factwire.entities.table import EntityTable
from factwire.model import Quote, Span
from factwire.nlp.component import DocState
from factwire.nlp.sentences import sentence_of, text_of
from factwire.quotes.clause import person_in_clause
from factwire.quotes.find import RawQuote, find_quotes
from factwire.quotes.nominal import (
    nominal_after,
    nominal_speaker,
)
from factwire.quotes.patterns import (
    Attribution,
    carry_open_quotes,
    colon_or_apposition,
    person_named,
    ranked_attribution,
    speaker_role,
)
from factwire.quotes.refer import PRONOUNS, refers_to
from factwire.quotes.standalone import sentence_before, subject_before
from factwire.quotes.subject import (
    SPEAKER_KINDS,
    governed,
    head_of_chain,
    in_quotes,
    inverted,
    subject_of,
)
from factwire.quotes.thread import keep_thread

SPEECH_LEMMAS = frozenset({
    "say", "tell", "add", "state", "note", "warn", "insist", "declare", "stress", "announce",
    "write", "tweet", "claim", "argue", "explain", "reply", "comment", "conclude", "continue",
    "urge", "emphasise", "emphasize", "remark", "acknowledge", "admit", "vow",
    "pledge", "promise", "caution", "accuse", "deny", "predict", "retweet", "sum", "remind",
    "reiterate", "respond", "post", "assert", "concede", "complain", "recall", "observe",
    "answer", "shout", "chant", "ask", "plead", "chuckle", "joke", "assure", "describe",
    "praise", "allege", "charge", "whisper", "quip", "boast", "gloat", "scream", "sigh",
    "recount", "liken", "demand",
})
_WINDOW = 10
# Words after a quotation searched for its verb: the speaker may come first with a long
# description ("“…,” Shiraz Maher, director at the International Centre for …, said").
_AFTER_WINDOW = 30
_CONTINUE = 2  # sentences a quotation may run on after its speaker was named


class QuoteAttributor:
    """Finds quotations and their speakers; speakers are entity keys until the table freezes."""

    name: ClassVar[str] = "quotes.attribute.v1"
    requires: ClassVar[tuple[str, ...]] = ("entities.coref", "doc.sents", "token.lemma")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        table: EntityTable = state.entities
        raws = find_quotes(state.article.text)
        inside = [q.outer for q in raws]
        previous: tuple[str | None, int] = (None, -1)
        last: tuple[Attribution, int] | None = None
        starts = [s.start_char for s in doc.sents]
        found: list[tuple[RawQuote, Attribution]] = []
        for raw in raws:
            att = _attribute(doc, raw, table, inside)
            sent_index = bisect.bisect_right(starts, raw.outer.start)
            if att.key is None and not _has_speech_verb(doc, raw, inside):
                subject = subject_before(doc, raw, table, inside)
                intro = _introduced_before(doc, raw, table, inside)
                if intro.key is not None:  # "X said the town had fallen. “…”"
                    att = intro
                elif previous[0] is not None and sent_index - previous[1] <= _CONTINUE and (
                        subject.key is None or subject.key == previous[0]):
                    att = Attribution(previous[0])
                else:
                    att = subject
            elif att.key is None:
                att = Attribution(*nominal_speaker(doc, raw, table, inside))
            att = keep_thread(table, inside, last, att, sent_index - previous[1])
            if att.key is not None:  # a continuation is counted from where this quote ends
                previous = (att.key, bisect.bisect_right(starts, raw.outer.end - 1))
                last = (att, max(raw.outer.end, att.span.end if att.span else 0))
            found.append((raw, att))
        found = carry_open_quotes(state.article.text, found)
        found = [(raw, person_named(state.article.text, table, att)) for raw, att in found]
        for n, (raw, att) in enumerate(found, 1):
            if att.key is None:
                continue  # EVENTS.md: a quote is attributed; unattributed text is not coded
            att = _kept(table, att)
            if att.key is None:
                continue
            state.quotes.append(Quote(
                id=f"Q{n}", text=raw.span.text(state.article.text), span=raw.span,
                speaker=att.key, speaker_span=att.span,
                speaker_role=att.role or speaker_role(state.article.text, table, att),
            ))
        state.assigned.add("quotes")


def _kept(table: EntityTable, att: Attribution) -> Attribution:
    """A speaker whose every mention a later reading took over (a longer name, a new person)
    would vanish from the output: it keeps the attribution's own mention, else the entity now
    holding that mention speaks."""
    draft = table.drafts[att.key] if att.key is not None else None
    if draft is None or draft.mentions or att.span is None:
        return att
    table.add_mention(draft.key, att.span, "name")
    if draft.mentions:
        return att
    return Attribution(table.at(att.span), att.span, att.role)


def _introduced_before(doc: Any, raw: RawQuote, table: EntityTable,
                       inside: list[Span]) -> Attribution:
    """A quote standing alone after "X reminded that …." or "X put it bluntly:": the speaker of
    the sentence just before, when that sentence has a speech verb of its own."""
    prev = sentence_before(doc, raw)
    if prev is None:  # inside a sentence of its own, which would have named its speaker
        return Attribution(None)
    for _ in range(2):  # a sentence naming nobody between does not break the thread
        for tok in _tokens_outside(doc, prev.start_char, prev.end_char, inside):
            if _is_speech(tok):
                key, span = _speaker_near(doc, tok, table, inside, prev)
                if key is not None:
                    return Attribution(key, span)
        if prev.start == 0 or table.in_range(prev.start_char, prev.end_char):
            break
        prev = sentence_of(doc, prev.start - 1)
    return Attribution(None)


def _tokens_outside(doc: Any, start_char: int, end_char: int, inside: list[Span]) -> list[Any]:
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    if span is None:
        return []
    return [t for t in span if not any(q.start <= t.idx < q.end for q in inside)]


def _has_speech_verb(doc: Any, raw: RawQuote, inside: list[Span]) -> bool:
    sent = _sentence_of(doc, raw)
    if sent is None:
        return False
    toks = _tokens_outside(doc, sent.start_char, sent.end_char, inside)
    return any(t.lemma_ in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX") for t in toks)


def _sentence_of(doc: Any, raw: RawQuote) -> Any:
    """The sentences the quotation stands in. The sentencizer often leaves an opening mark at
    the end of the sentence before ("… said X. “"): the quotation's sentence then starts with
    its first word, so that sentence's verb of saying is not taken for this quotation's."""
    mark = doc.char_span(raw.outer.start, raw.outer.start + 1, alignment_mode="expand")
    word = doc.char_span(raw.span.start, raw.span.start + 1, alignment_mode="expand")
    last = doc.char_span(raw.outer.end - 1, raw.outer.end, alignment_mode="expand")
    if mark is None or word is None or last is None:
        return None
    first = sentence_of(doc, mark.start)
    if first.start != sentence_of(doc, word.start).start and mark.start == first.end - 1:
        first = sentence_of(doc, word.start)
        return doc[first.start - 1 : sentence_of(doc, last.start).end]
    return doc[first.start : sentence_of(doc, last.start).end]


def _attribute(doc: Any, raw: RawQuote, table: EntityTable, inside: list[Span]) -> Attribution:
    sent = _sentence_of(doc, raw)
    if sent is None:
        return Attribution(None)
    ranked = ranked_attribution(text_of(doc), raw, table, inside)
    if ranked.key is not None:
        return ranked
    sent = _split_attribution(doc, raw, sent)
    after = _tokens_outside(doc, raw.outer.end, sent.end_char, inside)[:_AFTER_WINDOW]
    if _ends_sentence(doc, raw):
        after = []  # "“… at the camp.” The IRC said at least 100 …": a new sentence's verb
    found = _first_reporting(doc, after[:_WINDOW], table, inside, sent)
    if found is None:  # further on, only a person described at length before the verb
        found = _first_reporting(doc, after[_WINDOW:], table, inside, sent)
        if found is not None and (found.key is None or table.drafts[found.key].kind != "person"):
            found = None
    if found is not None:
        return found
    tail = [t for t in _tokens_outside(doc, raw.outer.end, sent.end_char, inside)
            if not t.is_punct][-2:]
    if len(tail) == 2 and tail[0].lower_ in PRONOUNS and _is_speech(tail[1]):
        referred = refers_to(doc, tail[0], table, inside)  # "… “time and patience” …, she said."
        if referred is not None:
            return Attribution(*referred)
    before = _tokens_outside(doc, sent.start_char, raw.outer.start, inside)
    found = _first_reporting(doc, list(reversed(before[-3 * _WINDOW:])), table, inside, sent)
    return found if found is not None else colon_or_apposition(doc, raw, table, inside)


def _first_reporting(doc: Any, toks: list[Any], table: EntityTable, inside: list[Span],
                     sent: Any) -> Attribution | None:
    """The speaker of the first of ``toks`` that reports words and names who said them."""
    for tok in toks:
        if _source_word(tok):
            source = _source_after(doc, tok, table, inside, sent)
            if source is not None:
                return Attribution(*source)
        if _is_speech(tok):
            key, span = _speaker_near(doc, tok, table, inside, sent)
            if key is not None:
                return Attribution(key, span)
    return None


def _source_word(tok: Any) -> bool:
    """"according to X", "in the words of X": the words name their source after them."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    return bool((tok.lower_ == "according" and tok.nbor().lower_ == "to")
                or (tok.lower_ == "words" and tok.nbor().lower_ == "of" and tok.i > 0
                    and tok.nbor(-1).lower_ in ("the", "his", "her", "their")))


def _source_after(doc: Any, tok: Any, table: EntityTable, inside: list[Span],
                  sent: Any) -> tuple[str, Span] | None:
    """The source named in the phrase after "according to" / "the words of": a person named
    in it first, else the described person or the institution it names."""
    start = tok.i + 2
    end = start
    while end < min(sent.end, start + 14) and doc[end].text not in (",", ";", ":") and not (
            doc[end].is_quote):
        end += 1
    if end == start:
        return None
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    mentions = [(sp, d) for sp, d in table.in_range(lo, hi)
                if d.kind in SPEAKER_KINDS and not in_quotes(sp, inside)]
    people = [(sp, d) for sp, d in mentions if d.kind == "person"]
    if people:
        return people[0][1].key, people[0][0]
    described = nominal_after(doc, doc[start - 1], table, end)
    if described[0] is not None and described[1] is not None:
        return described[0], described[1]
    if mentions:
        sp, d = head_of_chain(doc, mentions)
        return d.key, sp
    return None


def _ends_sentence(doc: Any, raw: RawQuote) -> bool:
    """A quotation closed by a full stop, then a capitalised word and a sentence that goes on
    past a short attribution: a new sentence, whose verb of saying has words of its own
    ("“… camp.” The IRC said at least 100 …"; but "“… necessary!..” Trump tweeted.")."""
    text = text_of(doc)
    inner = text[raw.span.start : raw.span.end].rstrip()
    rest = text[raw.outer.end : raw.outer.end + 200].lstrip(" ")
    if not (inner.endswith((".", "…")) and rest[:1].isupper()):
        return False
    stop = min((i for i in (rest.find(". "), rest.find(".\n"), rest.find("“")) if i >= 0),
               default=len(rest))
    return len(rest[:stop].split()) > _SHORT_ATTRIBUTION


_SHORT_ATTRIBUTION = 4  # words: "Trump tweeted on Monday"


def _split_attribution(doc: Any, raw: RawQuote, sent: Any) -> Any:
    """'"… necessary!" Trump tweeted.': the sentencizer ends the sentence inside the quote, so
    the attribution opening the next sentence is joined back to it."""
    if raw.open_end or sent.end >= len(doc) or doc[sent.end].idx < raw.outer.end:
        return sent
    nxt = sentence_of(doc, sent.end)
    body = list(nxt)
    while body and body[-1].is_quote:  # "she said. “" : the mark opening the next quotation
        body.pop()
    own_quote = any(t.is_quote for t in body)  # then the attribution is that quote's own
    if (nxt.start_char - raw.outer.end <= 1 and not own_quote
            and any(_is_speech(t) for t in nxt[:3])):
        return doc[sent.start : nxt.end]
    return sent


# Verbs that report words only with the next word given: "spoke of “…”", "holds that “…”",
# "as X puts it, “…”".
_SPEECH_BEFORE = {"speak": ("of", "about"), "hold": ("that",), "put": ("it",)}


def _is_speech(tok: Any) -> bool:
    if governed(tok):
        return False
    if tok.lemma_ == "continue":  # "“…,” he continued" / "continued:", not "fighting continued"
        return bool(tok.i + 1 < len(tok.doc) and (tok.nbor().is_punct or tok.nbor().is_quote))
    if tok.lemma_ in _SPEECH_BEFORE and tok.pos_ in ("VERB", "AUX") and tok.i + 1 < len(tok.doc):
        return tok.nbor().lower_ in _SPEECH_BEFORE[tok.lemma_]  # "spoke of", "puts it"
    if tok.lemma_ == "call" and tok.i + 1 < len(tok.doc):  # "X called on Y to …": an appeal;
        return bool(tok.nbor().lower_ == "on" or any(  # "called the plan “a gamble”"
            t.is_quote for t in tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 6)]))
    return bool(tok.lemma_ in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX")) or tok.lower_ in (
        "said", "says")


def _speaker_near(doc: Any, verb: Any, table: EntityTable, inside: list[Span],
                  sent: Any) -> tuple[str | None, Span | None]:
    """The subject of ``verb``; never a state or an organisation when the clause names a
    person (clause.py)."""
    key, span = subject_of(doc, verb, table, inside, sent)
    if key is not None and table.drafts[key].kind in ("organization", "country"):
        person = person_in_clause(doc, verb, table, inside, sent, inverted(doc, verb, inside))
        if person is not None:
            return person
    return key, span
