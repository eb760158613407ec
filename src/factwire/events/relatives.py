"""Relative pronouns and what they stand for: "whom Turkey has vowed to crush", "missiles,
which Russia vowed to shoot down", "Washington, which supported the group"."""

from __future__ import annotations

from factwire.nlp.types import Token

_RELATIVES = frozenset({"who", "whom", "which", "that"})


def relative_clause(tok: Token) -> Token | None:
    """The relative clause a relative pronoun opens: "who" as its subject, or any relative
    pronoun as the object of the clause's verb or of a verb under it ("whom Turkey has vowed
    to crush"); ``None`` for any other word ("that" as a conjunction is a mark). "which"
    and "that" as subjects stay out: their clause's parse is too often wrong."""
    if _named_just_before(tok):
        return tok.head  # "Washington, which supported the group": the name just before
    if tok.lower_ not in _RELATIVES or (tok.dep_ != "dobj" and (
            tok.lower_ != "who" or tok.dep_ not in ("nsubj", "nsubjpass"))):
        return None
    head = tok.head
    for _ in range(3):
        if head.dep_ == "relcl":
            return head
        if head.dep_ not in ("xcomp", "ccomp") or head.head.i == head.i:
            return None
        head = head.head
    return None


def _named_just_before(tok: Token) -> bool:
    """"Washington, which supported the group": a subject "which" right after a name and a
    comma, whose clause hangs on that name and does not name it again ("exports to Ukraine,
    which will provide Ukraine with" speaks of the exports)."""
    if tok.lower_ != "which" or tok.dep_ != "nsubj" or tok.head.dep_ != "relcl" or tok.i < 2:
        return False
    name = tok.head.head  # a state, or a one-word name ("Nato"), not "the Ukraine Security
    # Assistance Initiative, which will provide Ukraine with"
    one = name.ent_type_ == "GPE" or not any(c.dep_ == "compound" for c in name.children)
    actor = (name.pos_ == "PROPN" and one) or name.lower_ in _ORGANS  # "the Iraqi
    # government, which has threatened to ...": a state's organ acts as the name does
    return tok.nbor(-1).text == "," and name.i == tok.i - 2 and actor and (
        not any(t.lower_ == name.lower_ for t in tok.head.subtree))


_ORGANS = frozenset({"government", "regime", "ministry", "army", "military", "administration",
                     "parliament", "navy", "cabinet"})


def stands_for(tok: Token) -> Token:
    """The noun a relative pronoun object stands for ("missiles, which Russia vowed to shoot
    down": the missiles); any other token itself."""
    clause = relative_clause(tok)
    return clause.head if clause is not None else tok
