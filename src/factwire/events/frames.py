"""Argument frames: who is the subject, the object and the prepositional partners of a trigger.

A trigger is a token of a parsed sentence (a verb such as "signed", or a noun such as "talks"
carried by a light verb in "held talks"). The frame reads the dependency parse around it and
maps tokens to entity mentions, so event kinds only decide which slot fills which role.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from factwire.entities.table import Draft, EntityTable
from factwire.model import Span
from factwire.nlp.types import Doc, Token

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJ = frozenset({"dobj", "dative", "attr", "oprd"})
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed sentence: ``sdoc`` is its own spaCy Doc; ``offset`` maps back to article chars."""

    sdoc: Doc
    offset: int
    span: Span

    def span_of(self, tok: Token) -> Span:
        start = self.offset + tok.idx
        return Span(start, start + len(tok.text))

    def span_of_tokens(self, first: Token, last: Token) -> Span:
        return Span(self.offset + first.idx, self.offset + last.idx + len(last.text))


@dataclass
class Frame:
    """Entity keys in each slot of a trigger, in text order."""

    trigger: Token
    verb: Token
    subjects: list[Draft] = field(default_factory=list)
    objects: list[Draft] = field(default_factory=list)
    preps: dict[str, list[Draft]] = field(default_factory=dict)
    modifiers: list[Draft] = field(default_factory=list)

    def prep(self, *names: str) -> list[Draft]:
        out: list[Draft] = []
        for n in names:
            out.extend(d for d in self.preps.get(n, []) if d not in out)
        return out


def governing_verb(tok: Token) -> Token:
    """The verb that carries a noun trigger ("held" for "talks"), or the token itself."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("ROOT",) or cur.head is cur:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return tok


def mentions_of(sent: Sentence, tok: Token, table: EntityTable, depth: int = 0) -> list[Draft]:
    """Entities a token stands for: its own mention, else its modifiers'; conjuncts too."""
    found: list[Draft] = []
    key = table.at(sent.span_of(tok))
    if key is not None:
        found.append(table.drafts[key])
    else:
        for child in tok.lefts:
            if child.dep_ in _MODIFIERS or child.dep_ == "det":
                found.extend(d for d in mentions_of(sent, child, table, depth + 1)
                             if d not in found)
        for child in tok.rights:
            if child.dep_ == "appos":
                found.extend(d for d in mentions_of(sent, child, table, depth + 1)
                             if d not in found)
    if depth < 3:
        for child in tok.children:
            if child.dep_ == "conj":
                found.extend(d for d in mentions_of(sent, child, table, depth + 1)
                             if d not in found)
            elif child.dep_ == "prep" and child.lower_ == "of" and tok.lower_ in _GROUPS:
                for pobj in child.children:
                    found.extend(d for d in mentions_of(sent, pobj, table, depth + 1)
                                 if d not in found)
    return found


_GROUPS = frozenset({"delegation", "delegations", "leaders", "officials", "ministers",
                     "group", "groups", "team", "members", "diplomats",
                     "representatives", "forces", "troops", "militaries", "navies", "armies"})


def build_frame(sent: Sentence, trigger: Token, table: EntityTable) -> Frame:
    """Fill the slots of ``trigger`` (and of its light verb, for noun triggers)."""
    verb = governing_verb(trigger)
    frame = Frame(trigger=trigger, verb=verb)
    for head in dict.fromkeys((trigger, verb)):
        _collect(sent, head, table, frame)
    for child in verb.children:
        if child.dep_ == "xcomp":
            _nested_preps(sent, child, table, frame)
    if not frame.subjects and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "relcl"):
        for child in verb.head.children:
            if child.dep_ in _SUBJ:
                frame.subjects.extend(mentions_of(sent, child, table))
    return frame


def _collect(sent: Sentence, head: Token, table: EntityTable, frame: Frame) -> None:
    for child in head.children:
        dep = child.dep_
        if dep in _SUBJ:
            _extend(frame.subjects, mentions_of(sent, child, table))
        elif dep in _OBJ and child is not frame.trigger:
            _extend(frame.objects, mentions_of(sent, child, table))
            _nested_preps(sent, child, table, frame)
        elif dep == "agent":
            for pobj in child.children:
                _extend(frame.subjects, mentions_of(sent, pobj, table))
        elif dep == "prep":
            for pobj in _pobjs(child):
                _extend(frame.preps.setdefault(child.lower_, []), mentions_of(sent, pobj, table))
                _nested_preps(sent, pobj, table, frame)
        elif dep in _MODIFIERS and head is frame.trigger:
            _extend(frame.modifiers, mentions_of(sent, child, table))


_NESTED = frozenset({"with", "in", "at", "near"})


def _nested_preps(sent: Sentence, tok: Token, table: EntityTable, frame: Frame) -> None:
    """Company and place one level down: "discussed projects with X", "counterpart in Delhi"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _NESTED:
            for pobj in _pobjs(child):
                slot = frame.preps.setdefault(child.lower_, [])
                _extend(slot, mentions_of(sent, pobj, table))


def _pobjs(prep: Token) -> Iterator[Token]:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            yield child
        elif child.dep_ == "prep":
            yield from _pobjs(child)


def _extend(target: list[Draft], new: list[Draft]) -> None:
    target.extend(d for d in new if d not in target)


def key_of(d: Draft) -> str | None:
    """Actor key of an entity draft: its state or organisation."""
    return d.actor_key
