"""Recognising entities: gazetteer names first, then spaCy's entities, then rules for titles,
state organs and names the statistical model missed; each linked to a canonical identity."""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from spacy.language import Language

from factwire.entities.affiliation import (
    link_acronyms,
    region_after,
    ship_key,
    ship_names,
    ship_short_names,
    state_pairs,
)
from factwire.entities.designations import designation_before
from factwire.entities.matcher import GazetteerMatcher, GazMatch
from factwire.entities.organs import add_organs
from factwire.entities.people import (
    Title,
    after_state_title,
    apposition,
    country_of_token_span,
    described_before,
    title_before,
)
from factwire.entities.table import EntityTable
from factwire.entities.theatre import add_theatre_groups
from factwire.entities.titles import (
    HONORIFICS,
    ROLE_TITLES,
    SPEECH_WORDS,
)
from factwire.gazetteer import Gazetteer, OfficeHolder, Weapon, load_gazetteer, norm, slug
from factwire.gazetteer.cities import city_state
from factwire.gazetteer.lookup import GENERATIONAL_SUFFIXES, core_name, name_variants
from factwire.model import MentionForm, Span
from factwire.nlp.component import DocState
from factwire.nlp.lemmas import dictionary_word
from factwire.nlp.types import Doc, SpacySpan, Token
from factwire.time.lexicon import MONTH_FULL

_LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "to", "around", "into", "across"})
# Verb forms whose object is a place: "visited Beijing" names the city visited, not its
# government (the state is implied, as after "in").
_PLACE_VERBS = frozenset({"visit", "visits", "visited", "visiting", "tour", "tours", "toured",
                          "touring"})
_PLACE_WORDS = _LOCATION_PREPS | _PLACE_VERBS
_NER_KINDS = {"PERSON": "person", "GPE": "location", "LOC": "location", "FAC": "location",
              "ORG": "organization", "NORP": "demonym"}


def _countered(doc: Doc, start: int) -> bool:
    """"anti-aircraft missiles", "counter-drone systems": the class a weapon counters is not
    itself a weapon of the text."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in (
        "anti", "counter")


def _past_suffix(doc: Doc, end: int) -> int:
    """The end of a name past its generational suffix ("Carlito Galvez, Jr.", "Lloyd Austin
    III"): the parser hangs the rest of the clause on the suffix, which must name the
    person too."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i < len(doc) and doc[i].lower_ in GENERATIONAL_SUFFIXES and doc[i].text[:1].isupper():
        return i + 1
    return end


class EntityRecognizer:
    """Finds and links every entity mention of an article into an :class:`EntityTable`."""

    name: ClassVar[str] = "entities.recognize.v1"
    requires: ClassVar[tuple[str, ...]] = ("doc.ents", "doc.sents", "token.tag")
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, nlp: Language, gz: Gazetteer | None = None) -> None:
        self.gz = gz or load_gazetteer()
        self.matcher = GazetteerMatcher(nlp, self.gz)

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        table = EntityTable(state.article.text)
        run = _Run(self.gz, doc, table, state.article.published)
        claimed = run.claimed
        surnames: list[GazMatch] = []
        run.add_ships(claimed)
        run.add_state_pairs(claimed)
        for m in self.matcher(doc):
            if any(k in claimed for k in range(m.start, m.end)):
                continue
            if m.kind == "person" and m.end - m.start == 1:
                surnames.append(m)  # after full names, so "Hariri" can be "Nasr al-Hariri"
            elif run.add_gazetteer(m):
                claimed.update(range(m.start, m.end))
        add_organs(doc, table, self.gz, claimed)
        add_theatre_groups(doc, table, self.gz, claimed)
        surname_at = {m.start for m in surnames}
        paired = _paired_names(doc, surname_at)
        for ent in doc.ents:
            free = not any(i in claimed for i in range(ent.start, ent.end))
            if (len(ent) == 1 and ent.start in surname_at) or ent.start in paired:
                continue
            if free and run.add_ner(ent):
                claimed.update(range(ent.start, ent.end))
        person_tokens = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        for m in surnames:
            if m.start in claimed or _month_here(doc[m.start]):
                continue
            known = run.known_surname(doc[m.start].text)
            titled = title_before(doc, m.start, self.gz) is not None
            named = known or titled or m.start in person_tokens or m.start in paired or (
                run.in_office(m.start))
            if named and run.add_gazetteer(m):
                claimed.add(m.start)
        run.add_unrecognised_people(claimed)
        run.relabel_surnames()
        link_acronyms(doc, table)
        state.entities = table
        state.assigned.add("entities")


class _Run:
    """The recognition of one document (keeps per-document context out of the component)."""

    def __init__(self, gz: Gazetteer, doc: Doc, table: EntityTable, date: dt.date | None) -> None:
        self.gz, self.doc, self.table, self.date = gz, doc, table, date
        self.claimed: set[int] = set()  # tokens already read as a name

    def span(self, start: int, end: int) -> Span:
        return Span(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text))

    # -- gazetteer names ---------------------------------------------------------------------
    def add_gazetteer(self, m: GazMatch) -> bool:
        text = self.doc[m.start : m.end].text
        if m.kind == "person":
            return self.add_person(m.start, m.end, text)
        if m.kind == "country":
            return self.add_state_or_place(m.start, m.end, m.canonical.split(":", 1)[1])
        if m.kind == "organization":
            org = self.gz.organization(text)
            if org is None:
                return False
            prev = self.doc[m.start - 1].lower_ if m.start > 0 else ""
            if text in org.metonyms and prev in _PLACE_WORDS and self.gz.place(text):
                return self.add_place(m.start, m.end, text)  # "met in Brussels": the city
            self.table.get_or_add(org.canonical, "organization", org.id, actor=org.actor,
                                  country=org.country, canonical=org.canonical,
                                  category=org.kind)
            self.table.add_mention(org.canonical, self.span(m.start, m.end), "name")
            return True
        if m.kind == "weapon":
            return self.add_weapon(m.start, m.end, m.canonical)
        if m.kind == "location":
            state = self.gz.state(text)
            if state is not None and text[:1].isupper():
                return self.add_state_or_place(m.start, m.end, state.id)
            return self.add_place(m.start, m.end, text)
        return False

    def add_weapon(self, start: int, end: int, canonical: str) -> bool:
        record = self.gz.get(canonical)
        if isinstance(record, Weapon):
            self.table.get_or_add(canonical, "weapon", record.designation, country=record.country,
                                  canonical=canonical, category=record.category)
        elif canonical.startswith("class:"):
            wc = self.gz.weapon_class(self.doc[start:end].text)
            if wc is None or _countered(self.doc, start):
                return False
            first = designation_before(self.doc, start, end)
            if first is not None and not self.claimed.intersection(range(first, start)):
                # "40 GBU-50 bombs": that system, not bombs in general
                name = self.doc[first:end].text
                key = f"weapon:{slug(self.doc[first:start].text)}"
                self.table.get_or_add(key, "weapon", name, category=wc.category)
                self.table.add_mention(key, self.span(first, end), "name")
                return True
            # named as the text first names it ("air-to-ground munitions"), not by the
            # class label ("ammunition"): the record shows what was said; the class stays
            # in ``canonical`` for identity
            self.table.get_or_add(canonical, "weapon", self.doc[start:end].text,
                                  canonical=canonical,
                                  category=wc.category)
        else:
            return False
        self.table.add_mention(canonical, self.span(start, end), "name")
        return True

    def add_state_or_place(self, start: int, end: int, iso: str) -> bool:
        text = self.doc[start:end].text
        state = self.gz.state_by_code(iso)
        if state is None:
            return False
        is_demonym = self.gz.demonym(text) is not None and self.gz.state(text) is None
        prev = self.doc[start - 1].lower_ if start > 0 else ""
        named = self._is_state_name(text)
        if prev in _PLACE_WORDS and self.gz.place(text) is not None and not (
                is_demonym or named):
            return self.add_place(start, end, text)
        form: MentionForm = "demonym" if is_demonym else (
            "name" if self._is_state_name(text) else "metonym")
        self.table.get_or_add(state.canonical, "country", state.name, country=state.id,
                              actor=state.id, canonical=state.canonical)
        self.table.add_mention(state.canonical, self.span(start, end), form)
        return True

    def _is_state_name(self, text: str) -> bool:
        state = self.gz.state(text)
        if state is None:
            return False
        return text in (state.name, state.official_name) or text in state.aliases

    def add_place(self, start: int, end: int, text: str) -> bool:
        place = self.gz.place(text)
        if place is not None:
            key, name, country = place.canonical, place.name, place.country
        else:
            key, name = f"place:{slug(text)}", text  # a town the gazetteer does not list
            country = region_after(self.doc, end, self.gz) or city_state(text)
        self.table.get_or_add(key, "location", name, country=country, canonical=key)
        self.table.add_mention(key, self.span(start, end), "name")
        return True

    # -- people ----------------------------------------------------------------------------
    def add_person(self, start: int, end: int, text: str) -> bool:
        while end - start > 1 and self.doc[start].lower_ in HONORIFICS:
            start += 1
        if end - start > 1 and self.doc[end - 1].text in ("'s", "’s"):
            end -= 1
        text = self.doc[start:end].text
        name = text.removesuffix("'s").removesuffix("’s").strip()
        if not name:
            return False
        existing = self._same_person(name)
        title = title_before(self.doc, start, self.gz) or apposition(
            self.doc, start, end, self.gz) or (  # a lone word after "British" may be "Kurd"
            described_before(self.doc, start, self.gz) if end - start > 1 else None)
        key = existing or self._person_key(name, title)
        if key is None:
            return False
        if existing and title is not None:  # a later mention says what the first did not
            self.table.get_or_add(key, "person", name, country=title.country,
                                  actor=title.country or title.actor, role=title.role)
        self.table.add_mention(key, self.span(start, _past_suffix(self.doc, end)), "name")
        return True

    def known_surname(self, word: str) -> bool:
        """Whether a person of the article already has this surname ("May" after "Theresa
        May"); a bare surname alone is too often a month or a common word to trust."""
        return self._same_person(word) is not None

    def in_office(self, i: int) -> bool:
        """A proper noun that is the surname of exactly one person in office on the
        article's date ("Trump’s decision" in 2018, which the model did not label a
        person); a month ("May") or a name of a state or organisation is none."""
        tok = self.doc[i]
        proper = tok.pos_ == "PROPN" or (  # "Zelenskyy met ...", tagged a common noun;
            tok.pos_ == "NOUN" and tok.text[:1].isupper() and (  # "Trump is due to meet
                not dictionary_word(tok) or bool(tok.ent_type_)))  # Xi": a word, but named
        if not proper or self.date is None or _MONTH.fullmatch(tok.text):
            return False
        if self._names_state_or_org(tok.text):
            return False
        people = {h.person for h in self.gz.people(tok.text) if h.holds_on(self.date)}
        return len(people) == 1

    def _person_by_surname(self, text: str) -> str | None:
        """The person of the article whose surname ``text`` is, unless it also names a
        state or an organisation."""
        if self._names_state_or_org(text):
            return None
        return self._same_person(text)

    def _names_state_or_org(self, text: str) -> bool:
        return self.gz.organization(text) is not None or bool(
            country_of_token_span(self.gz, text))

    def _same_person(self, name: str) -> str | None:
        words = name.split()
        for d in self.table.by_kind("person"):
            last = d.last_name
            if d.name == name or (len(words) == 1 and (
                    last == words[0] or last.endswith("-" + words[0]))) or (
                    len(words) > 1 and d.name.endswith(" " + name)):  # "El Hindawi"
                return d.key
        if len(words) == 1:  # "Sara" after "Sara Campbell", when only one person is called so
            named = {d.key for d in self.table.by_kind("person")
                     if len(d.name.split()) > 1 and d.name.split()[0] == words[0]}
            if len(named) == 1:
                return named.pop()
        return None

    def _person_key(self, name: str, title: Title | None) -> str | None:
        country = title.country if title else None
        holders = self._holders(name, title)
        if country is not None:
            holders = [h for h in holders if h.country == country]
        if len(name.split()) == 1 and not holders and title is None:
            return None
        role = title.role if title else None
        if holders:
            current = self.gz.role_of(holders[0].name, self.date) if self.date else None
            h = current or holders[-1]
            if role is None:
                role = h.role if current else f"former {h.role}"
            shown = name if len(name.split()) > 1 else h.name
            draft = self.table.get_or_add(h.canonical, "person", shown, country=h.country,
                                          actor=h.actor, role=role, canonical=h.canonical)
            return draft.key
        if title is not None and title.former and role and not role.startswith("former"):
            role = f"former {role}"
        key = f"person:{slug(name)}"
        self.table.get_or_add(key, "person", name, country=country,
                              actor=country or (title.actor if title else None), role=role)
        return key

    def _holders(self, name: str, title: Title | None) -> list[OfficeHolder]:
        """Office holders the name denotes: a full name must match a full name or alias
        (so "Ilham Ahmed" is not "Abiy Ahmed"); a surname alone needs a title that agrees."""
        holders = self.gz.people(name)
        if len(name.split()) > 1:  # "Ferdinand R. Marcos, Jr." is "Ferdinand Marcos Jr."
            want = {norm(f) for f in (name, *name_variants(name))}  # "Kishida Fumio"
            return [h for h in holders if want & {
                norm(f) for full in (h.name, *(a for a in h.aliases if " " in a))
                for f in (full, core_name(full)) if f}]
        if title is None:
            current = [h for h in holders if self.date is not None and h.holds_on(self.date)]
            if current or len({h.person for h in holders}) != 1:
                return current
            return holders  # one known person by that name, out of office at this date
        return [h for h in holders if title.role is None or title.role == h.role
                or title.country in (h.country, h.actor)]

    def add_unrecognised_people(self, claimed: set[int]) -> None:
        """Two- or three-word proper names next to a speech verb, in apposition or after a
        title ("Ambassador of Canada to Ukraine Larisa Galadza")."""
        doc = self.doc
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 3 and _namelike(doc[j]) and j not in claimed:
                j += 1
            if j - i >= 2 and (self._speaker_context(i, j) or after_state_title(doc, i, self.gz)):
                self.add_person(i, j, doc[i:j].text)
                claimed.update(range(i, j))
                i = j
            else:
                i += 1

    def _speaker_context(self, start: int, end: int) -> bool:
        doc = self.doc
        before = doc[start - 1].text if start > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        return after in SPEECH_WORDS or (before == "," and after == ",")

    def relabel_surnames(self) -> None:
        """Later surname-only mentions the model labelled otherwise ("Sitharaman" as ORG)."""
        people = {d.last_name: d.key for d in self.table.by_kind("person")}
        for ent in self.doc.ents:
            key = people.get(ent.text)
            if key is not None and len(ent) == 1 and not _month_here(ent[0]):
                self.table.add_mention(key, self.span(ent.start, ent.end), "name")
        for tok in self.doc:
            key = people.get(tok.text)
            if key is not None and tok.text[:1].isupper() and not _month_here(tok):
                self.table.add_mention(key, self.span(tok.i, tok.i + 1), "name")

    def add_ships(self, claimed: set[int]) -> None:
        """Ships named with a navy's prefix ("USS Gerald R. Ford"): that state's platforms;
        the name without its prefix, or its last word, alone elsewhere is the same ship
        ("Carney arrived", "the Abraham Lincoln Carrier Strike Group")."""
        short: dict[tuple[str, ...], str] = {}
        for start, end, state in ship_names(self.doc, self.gz):
            name = self.doc[start:end].text
            key = ship_key(name)
            self.table.get_or_add(key, "weapon", name, country=state.id, canonical=key,
                                  category="ship")
            self.table.add_mention(key, self.span(start, end), "name")
            claimed.update(range(start, end))
            short.setdefault(tuple(t.text for t in self.doc[start + 1 : end]), key)
            short.setdefault((self.doc[end - 1].text,), key)
        for start, end, ship in ship_short_names(self.doc, self.gz, short, claimed):
            self.table.add_mention(ship, self.span(start, end), "name")

    def add_state_pairs(self, claimed: set[int]) -> None:
        """"U.S.-Russia summit": one token, two states, each its own mention."""
        for i, parts in state_pairs(self.doc, self.gz):
            for start, end, iso in parts:
                state = self.gz.state_by_code(iso)
                if state is None:
                    continue
                self.table.get_or_add(state.canonical, "country", state.name, country=iso,
                                      actor=iso, canonical=state.canonical)
                self.table.add_mention(state.canonical, Span(start, end), "name")
            claimed.add(i)

    # -- other names -------------------------------------------------------------------------
    def add_ner(self, ent: SpacySpan) -> bool:
        kind = _NER_KINDS.get(ent.label_)
        text = ent.text
        if kind is None or _only_title_words(ent):
            return False
        start, end = ent.start, ent.end
        while start < end and self.doc[start].lower_ == "the":
            start += 1
        if start >= end or self.doc[end - 1].lower_ in _DANGLING:
            return False  # "The Government of | Qatar": a cut-off name names no one
        text = self.doc[start:end].text
        if kind == "person" and self._town(start, end, text):
            return self.add_place(start, end, text)
        if kind == "person":
            return self.add_person(start, end, text)
        person = self._person_by_surname(text)  # read as an organisation or a place
        if person is not None:  # ("Mohammad El Hindawi" ... "El Hindawi")
            self.table.add_mention(person, self.span(start, end), "name")
            return True
        iso = country_of_token_span(self.gz, text)
        if iso is not None and kind in ("location", "demonym"):
            return self.add_state_or_place(start, end, iso)
        if kind == "location":
            return self.add_place(start, end, text)
        if kind == "organization" and self._placed(start, text):
            return self.add_place(start, end, text)  # "stayed in Didim", read as a body
        if kind == "organization":
            return self._add_org(start, end, text)
        return False

    def _town_after_place_prep(self, start: int, text: str) -> bool:
        """A town of the city table named right after a preposition of place."""
        return start > 0 and self.doc[start - 1].lower_ in _PLACE_PREPS and (
            city_state(text) is not None)

    def _placed(self, start: int, text: str) -> bool:
        """A name after a preposition of place that is a town of the city table and no
        organisation the gazetteer knows."""
        return self._town_after_place_prep(start, text) and self.gz.organization(text) is None

    def _town(self, start: int, end: int, text: str) -> bool:
        """A name of two or more words the model took for a person, after a preposition of
        place, that is a town of the city table and no one the gazetteer, a title or an
        apposition names ("fighting near Khan Sheikhun"; not "a meeting with Liu He,
        China's top trade negotiator", though Liu He is also a town)."""
        return end - start > 1 and self._town_after_place_prep(start, text) and (
            not self.gz.people(text)) and title_before(self.doc, start, self.gz) is None and (
            apposition(self.doc, start, end, self.gz) is None) and (
            self._same_person(text) is None)

    def _add_org(self, start: int, end: int, text: str) -> bool:
        org = self.gz.organization(text)
        if org is not None:
            key, name, actor, country = org.canonical, org.id, org.actor, org.country
        else:
            key, name, actor, country = f"org:{slug(text)}", text, None, None
        self.table.get_or_add(key, "organization", name, actor=actor, country=country,
                              canonical=org.canonical if org else None,
                              category=org.kind if org else None)
        self.table.add_mention(key, self.span(start, end), "name")
        return True


_PLACE_PREPS = frozenset({"in", "near", "from", "to", "outside", "around"})
_DANGLING = frozenset({"of", "and", "for", "to", "the", "in"})
_TITLE_WORDS = frozenset(w for title in ROLE_TITLES for w in title.split())


_MONTH = re.compile(MONTH_FULL)  # the time package's month names, capitalised


def _month_here(tok: Token) -> bool:
    """"in May", "May 2018", "last May": the month, not Theresa May."""
    if not _MONTH.fullmatch(tok.text):
        return False
    before = tok.nbor(-1).lower_ if tok.i > 0 else ""
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return before in ("in", "on", "since", "by", "until", "last", "next", "early", "late",
                      "mid", "of", "from", "to", "through") or (
        after is not None and after.like_num)


def _paired_names(doc: Doc, surname_at: set[int]) -> set[int]:
    """Known surnames joined by a hyphen ("the Trump-Putin meeting"): two people, though the
    recogniser reads one organisation."""
    return {j for i in surname_at if i + 2 in surname_at and i + 2 < len(doc)
            and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ for j in (i, i + 2)}


def _only_title_words(ent: SpacySpan) -> bool:
    """"Defense" in "Russian Defense Minister" is part of a title, not an organisation."""
    return all(t.lower_ in _TITLE_WORDS for t in ent)


def _namelike(tok: Token) -> bool:
    return bool(tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.text.isalpha()
                and len(tok.text) > 1 and not tok.is_stop)
