"""Selective dependency parsing: only sentences that can hold an event are parsed.

The base pass leaves the parser out; this component parses, in one batch per article, the
sentences a cheap predicate accepts (a trigger word in the sentence). Each parsed sentence is a
Doc of its own, built from one attribute array of the whole article (``Span.as_doc`` would
rebuild that array for every sentence, which is quadratic on long articles) and carrying the
base pass's token vectors, so no statistical work is repeated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, cast

from spacy.language import Language
from spacy.pipeline import Pipe
from thinc.types import Ints2d

from factwire.nlp.component import DocState
from factwire.nlp.types import Doc, SpacySpan

SentencePredicate = Callable[[SpacySpan], bool]
_ATTRS: list[int | str] = ["TAG", "POS", "LEMMA", "MORPH"]


class SelectiveParser:
    """Parses the sentences ``wanted`` accepts; results go to ``state.parses`` by start char."""

    name: ClassVar[str] = "nlp.parse.v1"
    requires: ClassVar[tuple[str, ...]] = ("doc.sents", "token.lemma")
    assigns: ClassVar[tuple[str, ...]] = ("parses",)

    def __init__(self, nlp: Language, wanted: SentencePredicate) -> None:
        self.parser: Pipe | None = (cast(Pipe, nlp.get_pipe("parser"))
                                    if "parser" in nlp.pipe_names else None)
        self.wanted = wanted

    def __call__(self, state: DocState) -> None:
        sents = [s for s in state.doc.sents if self.wanted(s)]
        if self.parser is not None and sents:
            docs = sentence_docs(state.doc, sents)
            for sent, parsed in zip(sents, self.parser.pipe(docs), strict=True):
                state.parses[sent.start_char] = repair_subject(repair_names(
                    repair_nouns(parsed), sent))
        state.assigned.add("parses")


# Dependencies only a noun phrase (or a gerund) fills: a finite "verb" there is a noun the
# tagger got wrong ("signed a minerals deal")
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def repair_nouns(doc: Doc) -> Doc:
    """Retag as nouns the "verbs" the parse puts in a noun's slot: the tagger runs before
    the parser and without it, so a verb-looking noun after a noun modifier ("a minerals
    deal") is tagged a verb although parsed as an object. Gerunds ("by sending troops")
    stay verbs."""
    for tok in doc:
        if tok.pos_ == "VERB" and tok.dep_ in _NOMINAL_DEPS and tok.tag_ != "VBG" and not any(
                c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children):
            tok.pos_ = "NOUN"
            tok.tag_ = "NNS" if tok.lower_.endswith("s") else "NN"
    return doc


def repair_names(doc: Doc, base: SpacySpan) -> Doc:
    """Put back together a person's name the parse split at its first word: "Barack Obama
    and Vladimir Putin met" parsed "Barack" as a preposition with "Obama" its object, and
    left "met" without a subject. The recogniser (``base``, the sentence of the first pass)
    says the two words are one name: the first word becomes part of it, and the name takes
    the first word's place in the sentence."""
    for tok in doc:
        first = base[tok.i]
        if tok.dep_ != "prep" or first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
            continue
        rest = next((c for c in tok.children if c.dep_ == "pobj"
                     and base[c.i].ent_type_ == "PERSON" and base[c.i].ent_iob_ == "I"), None)
        verb = tok.head
        if rest is None or verb == tok:
            continue
        rest.head = verb
        rest.dep_ = "nsubj" if tok.i < verb.i and not any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children) else "npadvmod"
        tok.head = rest
        tok.dep_ = "compound"
        tok.pos_ = "PROPN"
        tok.tag_ = "NNP"
    return doc


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def repair_subject(doc: Doc) -> Doc:
    """Give the main verb back the subject the parse hung on a fronted phrase: "After talks
    in the city of Kazan, Erdogan and Putin announced a deal" parsed "Erdogan" as a conjunct
    of "Kazan" and left "announced" without a subject. The words between the last comma and
    a subjectless main verb, when they hang together on a word before the comma as a
    conjunct or apposition, are the subject."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return doc
    first = next((t for t in root.lefts if t.dep_ == "aux"), root)
    comma = next((t for t in reversed(doc[: first.i]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= first.i:
        return doc
    phrase = doc[comma.i + 1 : first.i]
    heads = [t for t in phrase if not comma.i < t.head.i < first.i]
    if not heads or heads[0].pos_ not in ("PROPN", "NOUN") or any(
            h.dep_ not in ("conj", "appos") or h.head.i >= comma.i for h in heads):
        return doc
    heads[0].head = root
    heads[0].dep_ = "nsubj"
    for later in heads[1:]:  # "..., Erdogan and his counterpart Vladimir Putin announced":
        # the name set off after "counterpart" is its apposition
        own = {t.i for t in later.subtree}
        later.head = next(t for t in reversed(doc[heads[0].i : later.i])
                          if t.pos_ in ("NOUN", "PROPN") and t.i not in own)
    return doc


def sentence_docs(doc: Doc, sents: list[SpacySpan]) -> list[Doc]:
    """A Doc per sentence with the tags, lemmas and token vectors of the base pass."""
    array = cast(Ints2d, doc.to_array(_ATTRS))  # uint64 attribute ids; the stub says float
    out = []
    for sent in sents:
        toks = doc[sent.start : sent.end]
        sdoc = Doc(doc.vocab, words=[t.text for t in toks],
                   spaces=[bool(t.whitespace_) for t in toks])
        sdoc.from_array(_ATTRS, array[sent.start : sent.end])
        if doc.tensor is not None and len(doc.tensor):
            sdoc.tensor = doc.tensor[sent.start : sent.end]
        out.append(sdoc)
    return out
