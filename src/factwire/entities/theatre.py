"""Common nouns that name an armed group in its own theatre: "the Kurds", "rebel groups".

News about a war names its parties by common nouns as often as by name. Those nouns are
ambiguous across wars ("the rebels" are the Syrian opposition in an article about Syria, the
Houthis in one about Yemen), so the gazetteer lists them per organisation
(``theatre_terms``) and they are read as that organisation only where the article is set in
its country: the state is named at least twice (as itself or through its places). A
qualifier naming another people ("Iraqi Kurds", "Houthi rebels") keeps the noun unlinked.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from factwire.entities.people import country_of_token_span
from factwire.entities.table import EntityTable
from factwire.gazetteer import Gazetteer, Organization, norm
from factwire.model import Span
from factwire.nlp.types import Doc

_MAX_WORDS = 4  # "Kurdish-led groups" is three tokens, "anti-Assad rebels" four
# Participles that end a holder's term: "Kurdish-held" names who holds the place.
_HOLDING = frozenset({"held", "controlled"})
_THEATRE_MENTIONS = 2  # how often a state must be named for an article to be set there


def add_theatre_groups(doc: Doc, table: EntityTable, gz: Gazetteer, claimed: set[int]) -> None:
    """Link unclaimed theatre terms to their organisation where the article is set."""
    counts = _theatres(table)
    terms = {t: orgs for t, orgs in _terms(gz).items()
             if any(o.country in counts for o in orgs)}
    if not terms:
        return  # most articles: no theatre whose groups have common names
    ends = _last_words(gz)
    for j, tok in enumerate(doc):  # a term ends on one of its last words: start there
        if (tok.pos_ not in ("NOUN", "PROPN") and tok.lower_ not in _HOLDING) or (
                _norm_word(tok.text) not in ends):
            continue
        found = _ending_at(doc, j, terms, claimed)
        if found is None:
            continue
        i, orgs = found
        org = _in_its_theatre(doc, i, orgs, table, counts)
        if not _other_people(doc, i, org, gz):
            key = org.canonical
            table.get_or_add(key, "organization", org.id, country=org.country,
                             actor=org.actor, canonical=key, category=org.kind)
            table.add_mention(key, Span(doc[i].idx, tok.idx + len(tok.text)), "nominal")
            claimed.update(range(i, j + 1))


@functools.cache
def _terms(gz: Gazetteer) -> dict[str, tuple[Organization, ...]]:
    """Each folded term with every organisation that goes by it ("rebels" in Syria and in
    Yemen)."""
    out: dict[str, tuple[Organization, ...]] = {}
    for o in gz.organizations:
        for t in o.theatre_terms:
            out[norm(t)] = (*out.get(norm(t), ()), o)
    return out


def _in_its_theatre(doc: Doc, i: int, orgs: tuple[Organization, ...], table: EntityTable,
                    counts: Counter[str]) -> Organization:
    """Of the organisations a term may name, the one whose state its sentence names ("has
    blockaded Yemen to stop Iran smuggling weapons to the rebels" in an article set in
    Syria), else the one of the state the article names most."""
    if len(orgs) == 1:
        return orgs[0]
    sent = doc[i].sent
    named = {d.country for _sp, d in table.in_range(sent.start_char, sent.end_char)
             if d.kind in ("country", "location")}
    here = [o for o in orgs if o.country in named]
    if len(here) == 1:
        return here[0]  # its sentence's state, even one named once in the article
    return max(orgs, key=lambda o: counts[o.country or ""])


@functools.cache
def _last_words(gz: Gazetteer) -> frozenset[str]:
    """The folded last word of every term: a match must end on one (a cheap first test)."""
    return frozenset(norm(re.split(r"[\s\-]+", t.strip())[-1])
                     for o in gz.organizations for t in o.theatre_terms)


@functools.lru_cache(maxsize=1 << 16)
def _norm_word(text: str) -> str:
    return norm(text)


def _theatres(table: EntityTable) -> Counter[str]:
    """States the article is set in, with how often each is named (as itself or by its
    places): at least twice."""
    counts: Counter[str] = Counter()
    for d in table.drafts.values():
        if d.kind in ("country", "location") and d.country:
            counts[d.country] += len(d.mentions)
    return Counter({c: n for c, n in counts.items() if n >= _THEATRE_MENTIONS})


def _ending_at(doc: Doc, j: int, terms: dict[str, tuple[Organization, ...]],
               claimed: set[int]) -> tuple[int, tuple[Organization, ...]] | None:
    """The longest term ending at token ``j`` (it starts at a word, never at "the" or
    punctuation) and its organisation, whose country is already known to be a theatre."""
    for n in range(min(_MAX_WORDS, j + 1), 0, -1):
        i = j - n + 1
        if not doc[i].text[:1].isalpha() or doc[i].lower_ == "the":
            continue
        if any(k in claimed for k in range(i, j + 1)):
            continue
        org = terms.get(norm(doc[i : j + 1].text))
        if org is not None:
            return i, org
    return None


def _other_people(doc: Doc, i: int, org: Organization, gz: Gazetteer) -> bool:
    """"Iraqi Kurds", "Houthi rebels": a capitalised qualifier naming someone else."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if not prev.text[:1].isupper() or prev.is_sent_start or prev.lower_ == "the":
        return False
    return country_of_token_span(gz, prev.text) != org.country
