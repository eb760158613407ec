"""Reading a person's role and country from the words around their name.

"Russian Defense Minister Sergei Shoigu" gives role and country from the title before the name;
"A former adviser for India's Defense Ministry, Amit Cowshish," gives them from an apposition.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factwire.entities.titles import MAX_TITLE_WORDS, ROLE_TITLES
from factwire.gazetteer import Gazetteer
from factwire.gazetteer.cities import city_state
from factwire.nlp.sentences import sentence_of
from factwire.nlp.types import Doc

_COUNTRY_GLUE = frozenset({"'s", "’s", "the", "The"})


@dataclass(frozen=True, slots=True)
class Title:
    """What the text says about a person: canonical role, country and the tokens that said it."""

    role: str | None
    country: str | None
    start: int
    former: bool = False
    actor: str | None = None  # an organisation the office is of ("the UN special envoy")


def country_of_token_span(gz: Gazetteer, text: str) -> str | None:
    """ISO3 of a demonym ("Russian"), a state name ("India") or a metonym, else None.

    Names are capitalised: lower-case words ("and", "us") never name a state here.
    """
    if not text[:1].isupper():
        return None
    state = gz.demonym(text) or gz.state(text)
    return state.id if state is not None else None


def place_or_state(gz: Gazetteer, text: str) -> str | None:
    """ISO3 of the state a listed place is in ("Rajasthan", "Homs"), or of a state named
    ("Iraq", "Iraqi"), else None."""
    place = gz.place(text)
    if place is not None and place.country:
        return place.country
    return country_of_token_span(gz, text)


def title_before(doc: Doc, start: int, gz: Gazetteer) -> Title | None:
    """The title directly before token ``start`` ("Russian Defense Minister"), if any."""
    sent_start = sentence_of(doc, start).start
    best: tuple[int, str] | None = None
    for n in range(MAX_TITLE_WORDS, 0, -1):
        first = start - n
        if first < sent_start:
            continue
        words = " ".join(t.lower_ for t in doc[first:start])
        role = ROLE_TITLES.get(words)
        if role is not None and (doc[first].text[:1].isupper() or n > 1
                                 or _country_before(doc, first, sent_start, gz)[0]):
            best = (first, role)  # a lone lower-case title needs its state: "US envoy X"
            break
    if best is None:
        return _title_of_country(doc, start, sent_start, gz)
    first, role = best
    qualifiers: list[str] = []  # "deputy prime minister" is not the prime minister
    while first - len(qualifiers) - 1 >= sent_start and (
            doc[first - len(qualifiers) - 1].lower_ in _QUALIFIERS):
        qualifiers.insert(0, doc[first - len(qualifiers) - 1].text.capitalize())
    role = " ".join([*qualifiers, role])
    country, first = _country_before(doc, first, sent_start, gz)
    actor = None
    if country is None:
        actor, first = _organisation_before(doc, first, sent_start, gz)
    former = first > sent_start and doc[first - 1].lower_ == "former"
    return Title(role=role, country=country, start=first - 1 if former else first, former=former,
                 actor=actor)


def _organisation_before(doc: Doc, first: int, sent_start: int, gz: Gazetteer
                         ) -> tuple[str | None, int]:
    """An organisation named just before a title ("the UN special envoy", "NATO Secretary
    General"): the person acts for it."""
    def actor(text: str) -> str | None:
        org = gz.organization(text)
        return org.actor if org is not None and org.actor else None
    return _named_before(doc, first - 1, first, sent_start, actor)


def _country_before(doc: Doc, first: int, sent_start: int, gz: Gazetteer) -> tuple[str | None, int]:
    """A country named just before a title: "Russian", "India's", "the US", also across a
    qualifier of the office ("Russia's deputy prime minister", "the US acting ...")."""
    i = first - 1
    while i >= sent_start and doc[i].lower_ in _QUALIFIERS:
        i -= 1
    if i >= sent_start and doc[i].text in ("'s", "’s"):
        i -= 1
    return _named_before(doc, i, first, sent_start,
                         lambda text: country_of_token_span(gz, text))


def _named_before(doc: Doc, last: int, first: int, sent_start: int,
                  lookup: Callable[[str], str | None]) -> tuple[str | None, int]:
    """What ``lookup`` finds in the one to three words ending at token ``last`` (not across
    punctuation: "tension with Washington, President X" is not a title's state), and where
    the phrase starts, with a "the" before it; else ``(None, first)``."""
    for width in (3, 2, 1):
        lo = last - width + 1
        if lo < sent_start or any(t.is_punct for t in doc[lo : last + 1]):
            continue
        found = lookup(doc[lo : last + 1].text)
        if found is not None:
            if lo - 1 >= sent_start and doc[lo - 1].lower_ == "the":
                lo -= 1
            return found, lo
    return None, first


_QUALIFIERS = frozenset({"deputy", "acting", "first", "vice", "interim", "assistant",
                         "junior", "senior", "top", "chief", "then", "caretaker"})


# A phrase opening with a preposition, subordinator, verb or adverb is a fronted adverbial,
# not a description of the name after its comma.
_NOT_A_DESCRIPTION = frozenset({"ADP", "SCONJ", "VERB", "ADV", "AUX", "PRON"})


def apposition(doc: Doc, start: int, end: int, gz: Gazetteer) -> Title | None:
    """Role and country from "<description>, NAME," or "NAME, <description>," in one sentence."""
    sent = sentence_of(doc, start)
    described: Any = None
    if start - 1 >= sent.start and doc[start - 1].text == ",":
        lo = start - 1
        while lo > sent.start and doc[lo - 1].text not in (",", ";", ":", '"', "“", "”"):
            lo -= 1
        described = doc[lo : start - 1]
        if described and described[0].pos_ in _NOT_A_DESCRIPTION and (
                described[0].tag_ != "PRP$"):  # "his Bulgarian fiancee, NAME" describes
            return None  # "Following his talks with X, NAME flew home": an adverbial, no title
    elif end < sent.end and doc[end].text == ",":
        lo = end + 1
        if lo + 1 < sent.end and doc[lo].like_num and doc[lo + 1].text == ",":
            lo += 2  # "Oliver Hall, 24, from Portsmouth,"
        hi = lo
        while hi < sent.end and doc[hi].text not in (",", ";", ":"):
            hi += 1
        described = doc[lo:hi]
        if not described or (described[0].lower_ not in ("a", "an", "the", "former", "from")
                             and not _possessive(described)  # "X, Putin's spokesman,"
                             and described[0].lower_ not in _OFFICES):  # "X, Head of the
            return None  # Office of the President of Ukraine"
    if described is None or len(described) < 2 or len(described) > 25:
        return None
    if not any(t.is_lower for t in described):
        return None  # "Dmitry Peskov, Putin's ...": another name, not a description
    if _clause(described):
        return None  # "The Pentagon said ... the Syrian Observatory, Unicef and ...": the
        # sentence's own clause, ending in a list, describes no one
    return _describe(described, gz)


def _clause(described: Any) -> bool:
    """Whether a finite verb outside a relative clause says something in ``described`` (it
    is run before the parse, so by tags): "the man who leads the group" still describes."""
    for tok in described:
        if tok.lower_ in ("who", "which", "that", "whose"):
            return False
        if tok.tag_ in ("VBD", "VBZ", "VBP"):
            return True
    return False


# Words that open an office's name written after a name without an article
_OFFICES = frozenset({"head", "chief", "minister", "secretary", "director", "commander",
                      "chairman", "chair", "spokesman", "spokeswoman", "spokesperson",
                      "adviser", "advisor", "ambassador", "envoy", "deputy", "governor"})


def _possessive(described: Any) -> bool:
    return len(described) > 2 and described[0].text[:1].isupper() and (
        described[1].text in ("'s", "’s"))


def _describe(described: Any, gz: Gazetteer) -> Title | None:
    """The title a description gives: an envoy's state is named before the "for" or "to"
    ("the UN special envoy for Syria" is not Syrian); an organisation named in it ("a
    co-chair of the Syrian Democratic Council") is what the person acts for, and its name's
    demonym is not the person's state."""
    country = None
    actor, org_words = _organisation_in(described, gz)
    for tok in described:
        if _sent_to(tok, described):
            break  # "the envoy for Syria", "ambassador to Moscow": where, not whose
        if tok.i not in org_words and not (
                tok.i + 1 < len(tok.doc) and tok.nbor().text == "-"):  # not "US-backed"
            country = country or country_of_token_span(gz, tok.text)
    # "Putin's spokesman" is Russian; one "from Homs" is Syrian
    country = country or _patron(described, gz) or _origin(described, gz)
    if described[0].lower_ == "from":
        return Title(role=None, country=country, start=described.start) if country else None
    words = [t.text for t in described]
    while words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    while words and not any(c.isalnum() for c in words[-1]):
        words = words[:-1]  # "an Idlib native.”": the sentence's end is not the role's
    cut = len(words)
    for i, w in enumerate(words):
        if w.lower() in ("for", "at", "with", "in") and i > 0:
            cut = i
            break
    role_text = " ".join(words[:cut]).strip() or None
    if role_text is None or not any(c.isalpha() for c in role_text):
        return None
    if role_text.lower() in ROLE_TITLES:
        role_text = ROLE_TITLES[role_text.lower()]
    return Title(role=role_text, country=country, start=described.start,
                 former=role_text.lower().startswith("former"), actor=actor)


_SENT_TO = frozenset({"for", "to", "at"})
# Offices held in a place or body they are sent to: the state after "for" or "to" is where
# they serve ("an adviser for India's Defense Ministry" is the ministry's state).
_SENT_ROLES = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "representative",
                         "emissary", "mediator", "coordinator", "negotiator", "delegate"})


def _sent_to(tok: Any, described: Any) -> bool:
    """Whether ``tok`` is the "for" or "to" after an envoy's office ("envoy for Syria")."""
    return tok.lower_ in _SENT_TO and tok.i > described.start and (
        tok.doc[tok.i - 1].lower_ in _SENT_ROLES)


def _organisation_in(described: Any, gz: Gazetteer) -> tuple[str | None, set[int]]:
    """The actor of the first organisation named in a description (one to five words, not
    where an envoy is sent) and the tokens naming it; ``(None, set())`` when none is."""
    toks = list(described)
    cut = next((i for i, t in enumerate(toks) if _sent_to(t, described)), len(toks))
    toks = toks[:cut]  # "the US ambassador to the UN" acts for the US
    for i in range(len(toks)):
        if not toks[i].text[:1].isupper():
            continue
        for width in (5, 4, 3, 2, 1):
            words = toks[i : i + width]
            if len(words) < width or any(t.is_punct for t in words):
                continue
            org = gz.organization(" ".join(t.text for t in words))
            if org is not None and org.actor:
                return org.actor, {t.i for t in words}
    return None, set()


def _origin(described: Any, gz: Gazetteer) -> str | None:
    """The state of the place a person is from or lives in: "a refugee from Homs", "from
    Portsmouth", "a 44-year-old Raqqa native", "a resident of Douma"."""
    doc = described.doc
    for tok in described:
        dweller = tok.i > described.start and doc[tok.i - 1].lower_ in _DWELLERS
        if tok.lower_ == "from" or (tok.lower_ in ("of", "in") and dweller):
            for width in (3, 2, 1):
                iso = _place_state(doc[tok.i + 1 : min(tok.i + 1 + width, described.end)], gz)
                if iso is not None:
                    return iso
        if tok.lower_ in _DWELLERS:
            for width in (3, 2, 1):
                if tok.i - width >= described.start:
                    iso = _place_state(doc[tok.i - width : tok.i], gz)
                    if iso is not None:
                        return iso
    return None


_DWELLERS = frozenset({"native", "resident", "residents", "natives", "citizen"})


def _place_state(words: Any, gz: Gazetteer) -> str | None:
    """The state of a capitalised place name ("Homs", "Coventry", "Iraq"), else None."""
    if not len(words) or not all(w.text[:1].isupper() for w in words):
        return None
    return place_or_state(gz, words.text) or city_state(words.text)


def _patron(described: Any, gz: Gazetteer) -> str | None:
    """The state of an office holder whose aide the person is: "Erdoğan's spokesman",
    "Putin's spokesman" (every term the name can denote must agree on the state)."""
    for tok in described:
        if tok.i + 1 < len(tok.doc) and tok.nbor().text in ("'s", "’s") and tok.text[:1].isupper():
            states = {h.actor for h in gz.people(tok.text)}
            if len(states) == 1:
                return states.pop()
    return None


def described_before(doc: Doc, start: int, gz: Gazetteer) -> Title | None:
    """A demonym in the words that describe the name right before it: "the French journalist
    Nicolas Henin", "Americans James Foley", "the British Islamic State member Sally Jones";
    not a patron's ("the Russian-backed leader X")."""
    sent_start = sentence_of(doc, start).start
    for i in range(start - 1, max(sent_start, start - 6) - 1, -1):
        tok = doc[i]
        if tok.is_punct or tok.pos_ in _NOT_A_NOUN_PHRASE or tok.lower_ in ("a", "an", "the"):
            return None
        state = gz.demonym(tok.text) if tok.text[:1].isupper() else None
        if state is not None:
            if i + 1 < len(doc) and doc[i + 1].text == "-":
                return None
            role = " ".join(t.text for t in doc[i + 1 : start] if t.is_lower) or None
            return Title(role=role, country=state.id, start=i)
    return None


_NOT_A_NOUN_PHRASE = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "NUM", "PRON", "DET"})


def _title_of_country(doc: Doc, start: int, sent_start: int, gz: Gazetteer) -> Title | None:
    """"President of Belarus Alexander Lukashenko", "Ambassador of Canada to Ukraine X"."""
    lo = max(sent_start, start - 8)
    words = [t.lower_ for t in doc[lo:start]]
    if "of" not in words:
        return None
    of = lo + len(words) - 1 - words[::-1].index("of")  # the "of" nearest the name
    role = ROLE_TITLES.get(" ".join(t.lower_ for t in doc[max(lo, of - 2) : of]))
    role = role or ROLE_TITLES.get(doc[of - 1].lower_) if of > lo else role
    if role is None:
        return None
    for width in (3, 2, 1):
        iso = country_of_token_span(gz, doc[of + 1 : of + 1 + width].text)
        if iso is not None:
            return Title(role=role, country=iso, start=max(lo, of - 2))
    return None


def after_state_title(doc: Doc, start: int, gz: Gazetteer) -> bool:
    """Whether a title ending on its state stands right before token ``start`` ("Prime
    Minister of Poland | X"), the name not being a title itself ("Prime Minister")."""
    if start == 0 or not country_of_token_span(gz, doc[start - 1].text):
        return False
    if doc[start].lower_ in ROLE_TITLES or doc[start:start + 2].text.lower() in ROLE_TITLES:
        return False
    title = title_before(doc, start, gz)
    return title is not None and title.role is not None and title.country is not None
