"""The first person of an official statement: "we", "our country" and "I" on a government's
own site are its state, and the officials it names without a state are its own.

A statement from the White House or the Kremlin speaks in the first person ("Today I am
announcing...", "We will continue to support Ukraine"); the event it states has the issuing
state as its actor, which the page's address names (``official_sites`` in the gazetteer's
states). Words inside quotations belong to whoever is quoted, and a joint statement's "we"
is several states, so neither is read.
"""

from __future__ import annotations

from factwire.entities.table import EntityTable
from factwire.gazetteer import Gazetteer, State
from factwire.model import Article, Span
from factwire.nlp.types import Doc

# Lower-cased first-person words; "US" (the state's name) is told apart by its capitals.
_FIRST_PERSON = frozenset({"i", "we", "us", "our", "ours", "my", "me"})
# First words of the names of a government's own bodies that the gazetteer does not know.
_ORGANS = frozenset({"Office", "Ministry", "Department", "Administration", "Cabinet",
                     "Council", "Secretariat", "Presidency"})
_OPENING = ("“", "«")
_CLOSING = ("”", "»")


def issuer_of(article: Article, gz: Gazetteer) -> State | None:
    """The state whose official site published ``article``, unless it is a joint statement."""
    if not article.url or "joint" in (article.title or "").lower():
        return None
    return gz.site_state(article.url)


def add_issuer_mentions(doc: Doc, table: EntityTable, state: State) -> None:
    """Credit each first-person pronoun outside quotations to ``state``, and people the
    statement names with no state of their own ("Deputy Head of the Office of the President
    Roman Mashovets") to it as its officials, and its unknown offices and ministries too."""
    for draft in table.by_kind("person"):
        if draft.country is None and draft.actor is None:
            draft.country = draft.actor = state.id
    for draft in table.by_kind("organization"):  # "the Office of the President"
        words = draft.name.split()
        if draft.country is None and draft.actor is None and words and words[0] in _ORGANS:
            draft.country = draft.actor = state.id
    spans = [Span(tok.idx, tok.idx + len(tok.text)) for tok in doc
             if tok.pos_ == "PRON" and tok.lower_ in _FIRST_PERSON and tok.text != "US"
             and not _quoted(doc.text, tok.idx)]
    if spans:
        table.get_or_add(state.canonical, "country", state.name, country=state.id,
                         actor=state.id, canonical=state.canonical)
    for span in spans:
        table.add_mention(state.canonical, span, "pronoun")


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened earlier in its paragraph."""
    seg = text[text.rfind("\n", 0, offset) + 1 : offset]
    opened = sum(seg.count(c) for c in _OPENING) - sum(seg.count(c) for c in _CLOSING)
    return opened > 0 or seg.count('"') % 2 == 1
