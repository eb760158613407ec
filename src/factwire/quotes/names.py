"""Speakers named by a bare name next to the speech verb, whatever the recogniser made of it.

spaCy leaves many names of interviewees unlabelled ("said Arin", "Nujin says") or labels them
organisations ("Ricardo said"), and a demonym before the name ("said Canadian Hanna Bohman")
can win over the name. In the slot of the speaker, a run of capitalised proper nouns that is not
a known state, place or organisation, and holds no word of an institution, is a person: the
person of that name already in the article when one matches, else a new one.
"""

from __future__ import annotations

from typing import Any

from factwire.entities.people import country_of_token_span
from factwire.entities.table import EntityTable
from factwire.gazetteer import load_gazetteer, slug
from factwire.model import Span

# Words that make a capitalised run an institution, a medium or a place, never a person.
INSTITUTION_WORDS = frozenset({
    "ministry", "council", "forces", "force", "department", "office", "agency", "committee",
    "commission", "group", "organisation", "organization", "institute", "centre", "center",
    "news", "times", "post", "party", "army", "navy", "government", "university", "foundation",
    "bank", "union", "international", "network", "league", "front", "association",
    "observatory", "court", "embassy", "house", "police", "guard", "corps", "company", "corp",
    "inc", "ltd", "media", "press", "tv", "radio", "watch", "programme", "program", "fund",
    "brigade", "battalion", "militia", "state", "states", "movement", "coalition", "alliance",
    "nations", "assembly", "parliament", "congress", "senate", "kremlin", "pentagon",
    "reuters", "afp", "ap", "tass", "interfax", "irna", "xinhua", "bloomberg", "bbc", "cnn",
    "twitter", "facebook", "telegram", "instagram", "republic", "kingdom", "city", "province",
    "service", "services", "command", "staff", "board", "authority", "authorities", "council",
    "administration", "cabinet", "secretariat", "school", "college", "hospital", "daily",
    "journal", "magazine", "channel", "agency", "monitor", "unit", "units", "regime",
    "security", "affairs", "studies", "policy", "research", "rights", "relations", "peace",
    "development", "strategic", "institution", "initiative", "project", "society", "forum",
})
# A capitalised run after these is the tail of an institution's name ("Centre for a New …").
_NOT_BEFORE_NAME = frozenset({"of", "for", "a", "an", "the", "at", "on"})
_MAX_NAME = 4
_ROLE_LEAD = frozenset({"commander", "fighter", "activist", "volunteer", "resident", "doctor",
                        "lawyer", "analyst", "mother", "father", "veteran", "teacher",
                        "student", "nurse", "journalist", "farmer", "refugee", "local", "rebel",
                        "officer", "colonel", "general", "spokesman", "spokeswoman"})


def person_after(doc: Any, verb: Any, table: EntityTable, limit: int) -> tuple[str, Span] | None:
    """'"…," said Arin' / 'said commander Adnan Afrin' / 'said Canadian Hanna Bohman'."""
    i = verb.i + 1
    skipped = 0
    while i < limit and skipped < 3 and (doc[i].lower_ in _ROLE_LEAD or _demonym(doc[i])):
        i += 1
        skipped += 1
    j = i
    while j < limit and j - i < _MAX_NAME and _name_word(doc[j]):
        j += 1
    if j == i or (j < limit and doc[j].tag_ == "POS"):  # "said Amnesty's director X"
        return None
    return person_named_at(doc, i, j, table)


def person_before(doc: Any, end: int, table: EntityTable, limit: int) -> tuple[str, Span] | None:
    """'Ricardo said' / 'as Nujin says': the capitalised run ending at token ``end``."""
    if end < limit or not _name_word(doc[end]):
        return None
    i = end
    while i > limit and end - i < _MAX_NAME - 1 and _name_word(doc[i - 1]):
        i -= 1
    if i > 0 and (doc[i - 1].tag_ == "POS" or doc[i - 1].lower_ in _NOT_BEFORE_NAME):
        return None
    return person_named_at(doc, i, end + 1, table)


def person_named_at(doc: Any, i: int, j: int, table: EntityTable) -> tuple[str, Span] | None:
    """The person named by tokens ``[i, j)``, or None when they name anything else."""
    words = [t.text for t in doc[i:j]]
    span = Span(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))
    overlapping = [(sp, d) for sp, d in table.in_range(span.start - 60, span.end)
                   if sp.overlaps(span)]
    if len(words) > 1 and all(sp.start > span.start for sp, _ in overlapping):
        overlapping = []  # "Mustafa Bali" is no island: the recogniser split a name
    owners = [d for _, d in overlapping]
    if any(d.kind == "person" for d in owners):
        d = next(d for d in owners if d.kind == "person")
        return d.key, span
    if any(d.canonical is not None or d.kind in ("country", "location") for d in owners):
        return None
    if any(w.lower().strip(".") in INSTITUTION_WORDS for w in words):
        return None
    if len(words) == 1 and (words[0].isupper() or len(words[0]) < 3):
        return None  # "NRC", "UN": acronyms are institutions
    text = doc[i:j].text
    gz = load_gazetteer()
    if country_of_token_span(gz, text) is not None or gz.organization(text) is not None:
        return None
    named = _known_person(table, words)
    if owners and named is None:
        return None  # an organisation by the recogniser, and no person of that name here
    key = named if named is not None else f"person:{slug(text)}"
    if named is None:
        table.get_or_add(key, "person", text)
    table.reassign(key, span, "name")
    return key, span


def _known_person(table: EntityTable, words: list[str]) -> str | None:
    """The one person of the article whose name holds the first or last of ``words``."""
    found = {d.key for d in table.drafts.values()
             if d.kind == "person" and d.mentions and len(d.name.split()) > len(words) - 1
             and (words[-1] in d.name.split() or words[0] in d.name.split())}
    return found.pop() if len(found) == 1 else None


def _name_word(tok: Any) -> bool:
    text = tok.text
    return bool(tok.pos_ == "PROPN" and text[:1].isupper() and any(c.isalpha() for c in text)
                and text.lower() not in ("i", "the"))


def _demonym(tok: Any) -> bool:
    return bool(tok.text[:1].isupper() and load_gazetteer().demonym(tok.text) is not None)
