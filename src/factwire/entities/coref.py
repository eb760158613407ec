"""Within-article coreference: "his Indian counterpart", "he", "the minister" -> a person.

Deliberately simple and explainable: a pronoun refers to the latest person already mentioned in
its sentence, else to the first person the nearest earlier sentence names by name (the usual
subject; a possessive "his" there refers back and does not count), else to the first person
it refers to at all. "Counterpart" phrases resolve through the office-holder gazetteer at the
article date.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from factwire.entities.affiliation import state_after
from factwire.entities.gender import agrees
from factwire.entities.issuer import add_issuer_mentions, issuer_of
from factwire.entities.pairs import add_pair_mentions
from factwire.entities.people import Title, country_of_token_span, title_before
from factwire.entities.table import Draft, EntityTable
from factwire.entities.titles import MAX_TITLE_WORDS, PRONOUNS_PERSON, ROLE_TITLES
from factwire.gazetteer import Gazetteer, load_gazetteer
from factwire.model import Span
from factwire.nlp.component import DocState
from factwire.nlp.sentences import sentence_of
from factwire.nlp.types import Doc, Token

_ROLE_NOUNS = {t: r for t, r in ROLE_TITLES.items() if " " not in t and not t.endswith(".")}
# "the group" and its kin stand for an organisation named shortly before, of these kinds.
_ARMED = ("non_state_armed",)
_GROUP_NOUNS: dict[str, tuple[str, ...]] = {
    "group": ("non_state_armed", "political", "ngo"), "militia": _ARMED, "militants": _ARMED,
    "insurgents": _ARMED, "jihadists": _ARMED, "organisation": ("non_state_armed", "ngo"),
    "organization": ("non_state_armed", "ngo"), "alliance": ("intergovernmental", *_ARMED),
    "coalition": ("intergovernmental", *_ARMED), "bloc": ("intergovernmental",),
    "company": ("company",), "firm": ("company",), "manufacturer": ("company",),
}
# Offices a state has one holder of at a time, so "the Russian president" is that holder.
_STATE_OFFICES = frozenset({"President", "Prime Minister", "Minister of Defence",
                            "Minister of Foreign Affairs", "Chancellor", "King", "Queen",
                            "Crown Prince", "Emir", "Supreme Leader", "Vice President",
                            "Minister of the Interior", "Minister of Finance",
                            "National Security Adviser"})
_NOT_THE_HOLDER = frozenset({"a", "an", "another", "any", "every", "next", "future", "new",
                             "previous", "past", "late", "successive", "each"})
_OF_ANOTHER = frozenset({"to", "for", "of"})
# The last words of their titles ("president", "minister", "secretary of state").
_OFFICE_WORDS = frozenset(t.split()[-1] for t, r in ROLE_TITLES.items() if r in _STATE_OFFICES)
_GROUP_WINDOW = 600  # characters: about three sentences


class Coreference:
    """Adds pronoun, title and counterpart mentions to the entities they refer to."""

    name: ClassVar[str] = "entities.coref.v1"
    requires: ClassVar[tuple[str, ...]] = ("entities", "doc.sents")
    assigns: ClassVar[tuple[str, ...]] = ("entities.coref",)

    def __init__(self, gz: Gazetteer | None = None) -> None:
        self.gz = gz or load_gazetteer()

    def __call__(self, state: DocState) -> None:
        table: EntityTable = state.entities
        doc = state.doc
        issuer = issuer_of(state.article, self.gz)
        if issuer is not None:  # "we" in a White House statement: the United States
            add_issuer_mentions(doc, table, issuer)
        home = issuer.id if issuer is not None else None  # the state the site speaks for
        add_pair_mentions(doc, table)  # "the two leaders": the pair named before
        for tok in doc:
            low = tok.lower_
            if low in ("counterpart", "counterparts"):
                self._counterpart(doc, tok, table, state)
            elif low in _OFFICE_WORDS and self._office_or_title(doc, tok, table,
                                                                state.article.published, home):
                continue
            elif low in PRONOUNS_PERSON:
                self._pronoun(doc, tok, table)
            elif low in _ROLE_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                self._role_noun(doc, tok, table, _ROLE_NOUNS[low])
            elif low in _GROUP_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
                self._group_noun(tok, table)
            elif low in _PLACE_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "'s", "’s")):
                _place_noun(tok, table)
        state.assigned.add("entities.coref")

    def _counterpart(self, doc: Doc, tok: Token, table: EntityTable, state: DocState) -> None:
        """"his Indian counterpart": same role as the antecedent, in the named country."""
        date = state.article.published
        country = None
        for j in range(tok.i - 1, max(sentence_of(doc, tok.i).start, tok.i - 3) - 1, -1):
            if doc[j].pos_ in ("VERB", "AUX", "ADP"):
                break  # "the President of Russia informed his counterpart": not Russia's
            country = country or country_of_token_span(self.gz, doc[j].text)
        antecedent = _antecedent(doc, tok, table, need_role=True)
        if country is None or antecedent is None or antecedent.role is None or date is None:
            return
        holder = self.gz.holder_at(country, antecedent.role, date)
        if holder is None:
            return
        table.get_or_add(holder.canonical, "person", holder.name, country=holder.country,
                         actor=holder.actor, role=holder.role, canonical=holder.canonical)
        span = Span(tok.idx, tok.idx + len(tok.text))
        table.add_mention(holder.canonical, span, "nominal")

    def _office_or_title(self, doc: Doc, tok: Token, table: EntityTable, date: dt.date | None,
                         home: str | None) -> bool:
        """An office word read as a state's office holder, else "the Prime Minister" as the
        one named with that title before (False: neither, other readings may apply)."""
        ending = _title_ending_at(doc, tok)
        if self._office(doc, tok, table, date, home, ending):
            return True
        if ending is None or ending[0] == 0 or doc[ending[0] - 1].lower_ != "the":
            return False
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            return self._office_of(doc, tok, table, date, ending)
        self._role_noun(doc, tok, table, ending[1], doc[ending[0]].idx)
        return True

    def _office(self, doc: Doc, tok: Token, table: EntityTable, date: dt.date | None,
                home: str | None, ending: tuple[int, str] | None) -> bool:
        """"the Russian president", "Turkey's foreign minister" with no name after it: the
        one who held that office of that state on the article's date (False: none); in an
        official statement of ``home``, "the President" is that state's."""
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if date is None or (nxt is not None and nxt.pos_ == "PROPN"):
            return False  # "Russian President Vladimir Putin": the name says who
        first = ending[0] if ending is not None else tok.i
        span = Span(doc[first].idx, tok.idx + len(tok.text))  # "secretary of state"
        title = title_before(doc, tok.i + 1, self.gz)
        if (title is None or title.country is None) and ending is not None:
            title = _home_title(doc, ending, tok, home)
        if title is None or title.country is None or title.role is None or title.former:
            return False
        before = [t.lower_ for t in doc[max(0, title.start - 2) : title.start]]
        if before and before[-1] in _NOT_THE_HOLDER:
            return False  # "a Russian president", "the next French president": not the holder
        if before and before[-1] == "the":
            before.pop()
        if before and before[-1] in _OF_ANOTHER:
            return False  # "an adviser to Iran's supreme leader": someone else's description
        if title.role not in _STATE_OFFICES or table.at(span) is not None:
            return False
        holder = self.gz.holder_at(title.country, title.role, date)
        if holder is None:
            return False
        table.get_or_add(holder.canonical, "person", holder.name, country=holder.country,
                         actor=holder.actor, role=holder.role, canonical=holder.canonical)
        table.add_mention(holder.canonical, span, "title")
        return True

    def _office_of(self, doc: Doc, tok: Token, table: EntityTable, date: dt.date | None,
                   ending: tuple[int, str]) -> bool:
        """"the President of Finland": that state's holder of the office on the article's
        date, never the president named before (False: "of" names no state)."""
        iso = state_after(doc, tok.i + 1, self.gz)
        if iso is None:
            return False
        holder = self.gz.holder_at(iso, ending[1], date) if date is not None else None
        span = Span(doc[ending[0]].idx, tok.idx + len(tok.text))
        if holder is not None and table.at(span) is None:
            table.get_or_add(holder.canonical, "person", holder.name, country=holder.country,
                             actor=holder.actor, role=holder.role, canonical=holder.canonical)
            table.add_mention(holder.canonical, span, "title")
        return True

    def _pronoun(self, doc: Doc, tok: Token, table: EntityTable) -> None:
        antecedent = _antecedent(doc, tok, table)
        if antecedent is not None:
            table.add_mention(antecedent.key, Span(tok.idx, tok.idx + len(tok.text)), "pronoun")

    def _group_noun(self, tok: Token, table: EntityTable) -> None:
        """"the group", "the militia": the nearest organisation of a fitting kind named in
        the last few sentences ("Washington armed the group" after "the YPG …")."""
        noun = tok.lower_
        fits = [(sp, d) for sp, d in table.mentions_before(tok.idx, _GROUP_WINDOW)
                if _fits_group(self.gz, d, noun)]
        if not fits:
            return
        doc = tok.doc
        last = doc.char_span(fits[-1][0].start, fits[-1][0].end, alignment_mode="expand")
        start = sentence_of(doc, last.start).start_char if last is not None else fits[-1][0].start
        # the first fitting one of the nearest sentence naming one: usually its subject
        first = next(d for sp, d in fits if sp.start >= start)
        table.add_mention(first.key, Span(tok.idx, tok.idx + len(tok.text)), "nominal")

    def _role_noun(self, doc: Doc, tok: Token, table: EntityTable, role: str,
                   start: int | None = None) -> None:
        start = tok.idx if start is None else start
        for _span, draft in reversed(table.mentions_before(start)):
            if draft.kind == "person" and draft.role and role.lower() in draft.role.lower():
                table.add_mention(draft.key, Span(start, tok.idx + len(tok.text)), "title")
                return


def _title_ending_at(doc: Doc, tok: Token) -> tuple[int, str] | None:
    """The first token and role of the longest title ending at ``tok`` ("secretary of
    state"), if any."""
    for n in range(MAX_TITLE_WORDS, 0, -1):
        first = tok.i - n + 1
        role = ROLE_TITLES.get(" ".join(t.lower_ for t in doc[first : tok.i + 1])) if (
            first >= 0) else None
        if role is not None:
            return first, role
    return None


def _home_title(doc: Doc, ending: tuple[int, str], tok: Token, home: str | None) -> Title | None:
    """"The President", "the Head of State" in an official statement: the issuing state's
    office ("of France" after it names another state's)."""
    first, role = ending
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if home is None or nxt == "of" or first == 0 or (
            doc[first - 1].lower_ != "the" or not doc[first].text[:1].isupper()):
        return None
    return Title(role=role, country=home, start=first - 1)


# "the town", "the province": the nearest place named before, of a state
_PLACE_NOUNS = frozenset({"town", "city", "province", "enclave"})


def _place_noun(tok: Token, table: EntityTable) -> None:
    """"Clashes broke out in Manbij. US troops are stationed in the town": the nearest place
    of a state named in the last few sentences (a state itself is no town)."""
    places = [d for _, d in table.mentions_before(tok.idx, _GROUP_WINDOW)
              if d.kind == "location" and d.country]
    if places:
        table.add_mention(places[-1].key, Span(tok.idx, tok.idx + len(tok.text)), "nominal")


def _fits_group(gz: Gazetteer, draft: Draft, noun: str) -> bool:
    """An organisation "the <noun>" can stand for: one of the kinds the noun names, or any
    organisation the gazetteer does not know (the recogniser found it in this text)."""
    if draft.kind != "organization":
        return False
    record = gz.organization(draft.canonical or draft.name)
    return record is None or record.kind in _GROUP_NOUNS[noun]


def _antecedent(doc: Doc, tok: Token, table: EntityTable, need_role: bool = False) -> Draft | None:
    """The person ``tok`` refers to, among those whose first name agrees with it if any do."""
    return (_antecedent_among(doc, tok, table, need_role, agreeing=True)
            or _antecedent_among(doc, tok, table, need_role, agreeing=False))


def _antecedent_among(doc: Doc, tok: Token, table: EntityTable, need_role: bool,
                      agreeing: bool) -> Draft | None:
    """Latest person before ``tok`` in its sentence, else the subject (or the first person
    named) of the nearest earlier sentence naming someone."""
    sent = sentence_of(doc, tok.i)
    people = [(sp, d) for sp, d in table.mentions_before(tok.idx)
              if d.kind == "person" and (d.role or not need_role)
              and (not agreeing or agrees(d, tok.text))]
    here = [(sp, d) for sp, d in people if sp.start >= sent.start_char]
    chained = [d for sp, d in here
               if d.mentions.get(sp) is not None and d.mentions[sp].form == "pronoun"]
    if chained and not need_role:
        return chained[-1]  # "During his call with X, he said": the pronoun chain holds
    if here:
        return here[-1][1]
    last_sentence_start = None
    first = named = subject = None
    for sp, d in reversed([(sp, d) for sp, d in people if sp.start < sent.start_char]):
        start = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if start is None:
            continue
        sentence_start = sentence_of(doc, start.start).start_char
        if last_sentence_start is None:
            last_sentence_start = sentence_start
        if sentence_start != last_sentence_start:
            break
        first = d
        mention = d.mentions.get(sp)
        if mention is None or mention.form == "name":
            named = d
        if is_subject(doc, sp):
            subject = d
    # the subject of the earlier sentence ("… with Erdoğan, he agreed. He said": not Erdoğan);
    # else the person it names, not one it only refers back to ("His stance was echoed by
    # his minister, Ann Lee, who said ... . He added": Ann Lee)
    return subject or named or first


def is_subject(doc: Doc, sp: Span) -> bool:
    """Subject-like without a parser: a verb follows the name, maybe after an apposition."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    i = span.end
    if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].pos_ not in ("VERB", "AUX"):
        close = next((k for k in range(i + 1, min(len(doc), i + 14)) if doc[k].text == ","), None)
        if close is None:
            return False
        i = close + 1
    elif doc[i].text == ",":
        i += 1  # "…, Mohamed Morsi, was ousted": the apposition ends at the name
    while i < len(doc) and i < span.end + 4 and doc[i].pos_ in ("ADV", "DET", "CCONJ", "PART"):
        i += 1  # "X all but declared", "X also said"
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX")
