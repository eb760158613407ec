"""Speakers named by a bare name next to the speech verb, whatever the recogniser made of it.

spaCy leaves many names of interviewees unlabelled ("said Arin", "Nujin says") or labels them
organisations ("Ricardo said"), and a demonym before the name ("said Canadian Hanna Bohman")
can win over the name. In the slot of the speaker, a run of capitalised proper nouns that is not
a known state, place or organisation, and holds no word of an institution, is a person: the
person of that name already in the article when one matches, else a new one.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from factwire.entities.people import country_of_token_span
from factwire.entities.table import Draft, EntityTable
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
    "service", "services", "command", "staff", "board", "authority", "authorities",
    "administration", "cabinet", "secretariat", "school", "college", "hospital", "daily",
    "journal", "magazine", "channel", "monitor", "unit", "units", "regime",
    "labour", "conservative", "conservatives", "tories", "democrats", "republicans",
    "democrat", "republican", "liberal", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "allah",
    "ramadan", "eid", "christmas", "easter", "muslim", "muslims", "christian", "jewish",
    "security", "affairs", "oxfam", "helmets", "unicef", "unhcr", "children", "studies",
    "policy", "research", "rights", "relations", "peace",
    "development", "strategic", "institution", "initiative", "project", "society", "forum",
})
# A capitalised run after these is the tail of an institution's name ("Centre for a New …").
_NOT_BEFORE_NAME = frozenset({"of", "for", "a", "an", "the", "at", "on"})
# A name after these is who the clause is about ("Asked about X, the ministry said").
_TOPIC_PREPS = frozenset({"about", "to", "with", "from", "against", "over"})
_MAX_NAME = 4
_FUZZY_MIN = 5
_FUZZY_RATIO = 85
# Nouns an apposition uses for a person, besides the role leads above.
_PERSON_WORDS = frozenset({"spokesman", "spokeswoman", "official", "analyst", "expert",
                           "member", "leader", "director", "professor", "researcher",
                           "resident", "witness", "mother", "father", "friend", "colleague"})
_ROLE_LEAD = frozenset({"commander", "fighter", "activist", "volunteer", "resident", "doctor",
                        "lawyer", "analyst", "mother", "father", "veteran", "teacher",
                        "student", "nurse", "journalist", "farmer", "refugee", "local", "rebel",
                        "officer", "colonel", "general", "spokesman", "spokeswoman", "sister",
                        "brother", "daughter", "son", "wife", "husband", "friend",
                        "cousin", "uncle", "aunt", "neighbour", "neighbor", "woman", "man",
                        "girl", "boy", "widow", "grandmother", "grandfather", "worker",
                        "driver", "pharmacist", "engineer", "medic", "shopkeeper", "trader",
                        "survivor", "photographer", "writer", "soldier", "mayor", "imam"})


def person_after(doc: Any, verb: Any, table: EntityTable, limit: int) -> tuple[str, Span] | None:
    """'"…," said Arin' / 'said commander Adnan Afrin' / 'said Canadian Hanna Bohman'."""
    i = verb.i + 1
    skipped = 0
    while i < limit and skipped < 3 and (doc[i].lower_ in _ROLE_LEAD or _demonym(doc[i])):
        i += 1
        skipped += 1
    j = _run_end(doc, i, limit)
    if j == i or (j < limit and doc[j].tag_ == "POS"):  # "said Amnesty's director X"
        return None
    described = skipped > 0 or _age_follows(doc, j) or _role_follows(doc, j, limit)
    return person_named_at(doc, i, j, table, described)


def _role_follows(doc: Any, j: int, limit: int) -> bool:
    """"said Jamal, a Kurdish fighter": an apposition calling the name a person."""
    if j + 1 >= limit or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an", "the"):
        return False
    return any(t.lower_ in _ROLE_LEAD or t.lower_ in _PERSON_WORDS
               for t in doc[j + 2 : min(limit, j + 6)])


def person_before(doc: Any, end: int, table: EntityTable, limit: int) -> tuple[str, Span] | None:
    """'Ricardo said' / 'as Nujin says': the capitalised run ending at token ``end``."""
    if end < limit or not _name_word(doc[end]):
        return None
    i = _run_start(doc, end, limit)
    if i > 0 and (doc[i - 1].tag_ == "POS" or doc[i - 1].lower_ in _NOT_BEFORE_NAME):
        return None
    if i > 0 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text.islower() and (
            doc[i - 1].lower_ not in _ROLE_LEAD):
        return None  # "the anti-extremism organisation Quilliam": a name the noun describes
    described = (i > 0 and doc[i - 1].lower_ in _ROLE_LEAD) or _age_follows(doc, end + 1)
    return person_named_at(doc, i, end + 1, table, described)


def _age_follows(doc: Any, j: int) -> bool:
    """"Arin, 31, said": an age in apposition marks a person."""
    return bool(j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].like_num
                and doc[j + 2].text == ",")


def person_named_at(doc: Any, i: int, j: int, table: EntityTable,
                    described: bool = False) -> tuple[str, Span] | None:
    """The person named by tokens ``[i, j)``, or None when they name anything else.
    ``described``: the text calls them a person ("local woman Arin", "Arin, 31,"), which
    outweighs a place the recogniser or the gazetteer read in the name."""
    found = name_owner(doc, i, j, table, described)
    if found is None:
        return None
    key, span = found
    if key is None:
        name = _full_name(table.text, doc[i:j].text) if j - i == 1 else doc[i:j].text
        if name == doc[i:j].text and j - i == 1:
            name = _family_name(doc, i, table) or name
        key = f"person:{slug(name)}"
        table.get_or_add(key, "person", name)
    if table.at(span) != key:
        table.reassign(key, span, "name")
    return key, span


def name_owner(doc: Any, i: int, j: int, table: EntityTable,
               described: bool = False) -> tuple[str | None, Span] | None:
    """Whether tokens ``[i, j)`` name a person: (the person's key, or None for a person new to
    the table; the span), else None. Nothing is added to the table."""
    words = [t.text for t in doc[i:j]]
    span = Span(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))
    overlapping = [(sp, d) for sp, d in table.in_range(span.start - 60, span.end)
                   if sp.overlaps(span)]
    people = [d for _, d in overlapping if d.kind == "person"]
    if people:
        return people[0].key, span
    if any(w.isupper() and len(w) > 1 for w in words):
        return None  # "Kurdish YPG": an acronym is an institution
    if len(words) > 1 and all(sp.start > span.start or sp.end < span.end
                              for sp, _ in overlapping):
        overlapping = []  # "Mustafa Bali", "Sam Heller": the recogniser split a name
    owners = [d for _, d in overlapping]
    if described and all(d.kind == "location" for d in owners):
        owners = []
    if owners and all(d.kind == "location" for d in owners):
        named = _known_person(table, words)  # "Bali said" after "Mustafa Bali, a spokesman"
        if named is not None and len(table.drafts[named].name.split()) > len(words):
            return named, span
        if len(words) == 1 and _full_name(table.text, words[0]) != words[0] and not any(
                d.canonical is not None and d.kind == "country" for d in owners):
            return None, span  # no person yet, but the article names one so in full
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
    if owners and named is None and not all(_guessed_org(d) for d in owners):
        return None  # an organisation by the recogniser, and no person of that name here
    return named, span


_KIN = frozenset({"mother", "father", "sister", "brother", "daughter", "son", "wife", "husband",
                  "cousin", "uncle", "aunt", "grandmother", "grandfather", "niece", "nephew"})


def _family_name(doc: Any, i: int, table: EntityTable) -> str | None:
    """"Foley's mother Diane" is Diane Foley, "her sister Sara" the sister of the woman "her"
    stands for: a first name after a kin word takes the family's surname."""
    if i < 2 or doc[i - 1].lower_ not in _KIN:
        return None
    owner = doc[i - 2]
    surname = None
    if owner.tag_ == "POS" and i >= 3 and _name_word(doc[i - 3]):
        surname = doc[i - 3].text
    elif owner.lower_ in ("his", "her"):
        key = table.at(Span(owner.idx, owner.idx + len(owner.text)))
        if key is not None and table.drafts[key].kind == "person" and len(
                table.drafts[key].name.split()) > 1:
            surname = table.drafts[key].last_name
    if surname is None or surname == doc[i].text:
        return None
    return f"{doc[i].text} {surname}"


def _full_name(text: str, word: str) -> str:
    """"Ricardo" is "Ricardo Vilanova" when the article names him so somewhere ("Afrini" is
    "Adnan Afrini"); the first such full name that is no institution's wins."""
    cap = r"[A-Z][\w’'-]+"
    after = rf"\b{re.escape(word)}((?: {cap}){{1,2}})\b"
    before = rf"\b((?:{cap} ){{1,2}}){re.escape(word)}\b"
    for pattern in (after, before):
        for m in re.finditer(pattern, text):
            extra = m.group(1).split()
            if not any(w.lower() in INSTITUTION_WORDS or w.lower() in _NOT_NAMES for w in extra):
                return m.group(0)
    return word


_NOT_NAMES = frozenset({"the", "he", "she", "it", "they", "we", "but", "and", "in", "on", "when",
                        "as", "after", "before", "while", "if", "this", "that", "his", "her",
                        "said", "says", "told", "mr", "mrs", "ms", "dr", "i"})


def _guessed_org(draft: Draft) -> bool:
    """An organisation only the statistical recogniser proposed, with a name like a person's
    ("Velayati met", "Kheda Saratova said"): the speaker's slot decides."""
    return draft.kind == "organization" and draft.canonical is None and len(
        draft.name.split()) <= 3 and not draft.name.isupper()


def first_named(doc: Any, start: int, end: int, table: EntityTable) -> tuple[str, Span] | None:
    """The first person named by a capitalised run between characters ``start`` and ``end``
    (added to the table when new), skipping possessors and runs inside institutions' names."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    i = span.start
    while i < span.end:
        if not _name_word(doc[i]) or (i > span.start and (
                _name_word(doc[i - 1]) or doc[i - 1].lower_ in _NOT_BEFORE_NAME
                or doc[i - 1].lower_ in _TOPIC_PREPS)):
            i += 1
            continue
        j = _run_end(doc, i, span.end)
        if not (j < len(doc) and doc[j].tag_ == "POS") and name_owner(doc, i, j, table):
            return person_named_at(doc, i, j, table)
        i = j
    return None


def bare_subjects(doc: Any, start: int, end: int, table: EntityTable,
                  inside: list[Span]) -> list[tuple[int, int]]:
    """Token runs in ``[start, end)`` that name a person the recogniser missed and stand as a
    subject ("Elyas, 25, from Hasaka, said …", "Velayati met …"), in text order."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        tok = doc[i]
        if not _name_word(tok) or any(q.start <= tok.idx < q.end for q in inside) or (
                i > start and (_name_word(doc[i - 1]) or doc[i - 1].lower_ in _AFTER_PREP)):
            i += 1
            continue
        j = _run_end(doc, i, end)
        span = Span(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))
        known = any(table.drafts[k].kind == "person" for k in table.all_at(span))
        if not known and _verb_follows(doc, j, end) and name_owner(doc, i, j, table):
            out.append((i, j))
        i = j
    return out


_AFTER_PREP = _NOT_BEFORE_NAME | frozenset({"in", "to", "with", "by", "from", "into", "against",
                                            "and", "or", "as", "than", "like"})


def _verb_follows(doc: Any, j: int, end: int) -> bool:
    """A verb after the name, maybe after an apposition between commas or an adverb."""
    if j < end and doc[j].text == ",":
        close = next((k for k in range(j + 1, min(end, j + 16)) if doc[k].text == ","), None)
        if close is None:
            return False
        j = close + 1
    while j < end and doc[j].pos_ in ("ADV", "PART"):
        j += 1
    return j < end and doc[j].pos_ in ("VERB", "AUX")


def _known_person(table: EntityTable, words: list[str]) -> str | None:
    """The one person of the article whose name holds the first or last of ``words``; a
    misspelt surname ("Cobyn") counts when it is close to one and long enough to judge."""
    people = [d for d in table.drafts.values()
              if d.kind == "person" and d.mentions and len(d.name.split()) >= len(words)]
    found = {d.key for d in people
             if words[-1] in d.name.split() or words[0] in d.name.split()}
    if not found and len(words[-1]) >= _FUZZY_MIN:
        found = {d.key for d in people if len(d.name.split()) > 1
                 and fuzz.ratio(words[-1], d.name.split()[-1]) >= _FUZZY_RATIO}
    return found.pop() if len(found) == 1 else None


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "van", "von", "la", "le", "du",
                        "da", "abdel", "abd"})


def _run_end(doc: Any, i: int, limit: int) -> int:
    """End of the name starting at token ``i``: name words, with particles and hyphens inside
    ("Ismail al-Abdullah", "Al-Abdullah", "Staffan de Mistura")."""
    if i >= limit or not _name_word(doc[i]):
        return i
    j = i + 1
    words = 1
    while j < limit and words < _MAX_NAME:
        k = j
        while k < limit and k - j < 2 and _particle(doc[k]):
            k += 1
        if k < limit and _name_word(doc[k]):
            j = k + 1
            words += 1
        else:
            break
    return j


def _particle(tok: Any) -> bool:
    if tok.text == "-":  # a hyphen inside a word, not a dash between words
        return bool(tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_)
    return bool(tok.lower_ in _PARTICLES)


def _run_start(doc: Any, end: int, limit: int) -> int:
    """Start of the name ending at token ``end`` (inclusive), read backwards like _run_end."""
    i = end
    words = 1
    while i > limit and words < _MAX_NAME:
        k = i - 1
        while k > limit and i - k <= 2 and _particle(doc[k]):
            k -= 1
        if k >= limit and _name_word(doc[k]):
            i = k
            words += 1
        else:
            break
    return i


def _name_word(tok: Any) -> bool:
    text = tok.text
    return bool(tok.pos_ == "PROPN" and text[:1].isupper() and any(c.isalpha() for c in text)
                and text.lower() not in ("i", "the"))


def _demonym(tok: Any) -> bool:
    return bool(tok.text[:1].isupper() and load_gazetteer().demonym(tok.text) is not None)
