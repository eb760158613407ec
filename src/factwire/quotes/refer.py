"""Who "he", "she" or "the minister" is when they speak: quote-aware coreference.

General coreference may pick a person named inside a quotation ("'Assad does not care,' he
said" is not Assad speaking). Here only people named outside quotation marks are candidates:
the latest one in the attribution's own sentence, else the subject of the nearest earlier
sentence naming someone (news style names the speaker as subject, then uses "he"). The
pipeline runs no parser, so a subject is a name followed by its verb.
"""

from __future__ import annotations

import re
from typing import Any

from factwire.entities.coref import is_subject
from factwire.entities.gender import agrees
from factwire.entities.people import country_of_token_span
from factwire.entities.table import Draft, EntityTable
from factwire.entities.titles import ROLE_TITLES
from factwire.gazetteer import load_gazetteer
from factwire.model import Span
from factwire.nlp.sentences import sentence_of
from factwire.quotes.groups import institution_or_group
from factwire.quotes.names import bare_subjects, person_named_at
from factwire.quotes.nominal import PERSON_NOUNS

PRONOUNS = frozenset({"he", "she"})
TITLE_NOUNS = {t: r for t, r in ROLE_TITLES.items() if " " not in t and not t.endswith(".")}
_SUBORDINATORS = frozenset({"when", "after", "as", "while", "although", "though", "because",
                            "before", "once", "since", "if", "whereas", "until"})
_LOOKBACK = 2000  # characters: an antecedent further away than this is a guess


def refers_to(doc: Any, tok: Any, table: EntityTable,
              inside: list[Span]) -> tuple[str, Span] | None:
    """The person a pronoun or a title-only mention ("the president") in an attribution means."""
    span = Span(tok.idx, tok.idx + len(tok.text))
    low = tok.lower_
    if low in PRONOUNS:
        draft = _antecedent(doc, tok, table, inside)
        return (draft.key, span) if draft is not None else None
    national = _national_holder(doc, tok, table, inside)
    if national is not None:
        return national
    triple = " ".join(t.lower_ for t in doc[tok.i - 2 : tok.i + 1]) if tok.i > 2 else ""
    if triple in ROLE_TITLES and doc[tok.i - 3].lower_ == "the":  # "the head of state"
        return _title_holder(doc, tok, table, inside, ROLE_TITLES[triple], doc[tok.i - 3].idx)
    pair = f"{doc[tok.i - 1].lower_} {low}" if tok.i > 1 else ""
    if pair in ROLE_TITLES and doc[tok.i - 2].lower_ == "the":  # "the foreign minister"
        return _title_holder(doc, tok, table, inside, ROLE_TITLES[pair], doc[tok.i - 2].idx)
    if low in TITLE_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
        return _title_holder(doc, tok, table, inside, TITLE_NOUNS[low], doc[tok.i - 1].idx)
    if low in PERSON_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
        described = _described_person(tok, table, inside)
        if described is not None:  # "Aram Kochar, a military official … the official said"
            return described, Span(doc[tok.i - 1].idx, tok.idx + len(tok.text))
    return institution_or_group(doc, tok, table, inside)


def _described_person(tok: Any, table: EntityTable, inside: list[Span]) -> str | None:
    """The nearest person named before whom the text described with the same noun: in an
    apposition after the name ("X, a Kurdish military official") or just before it
    ("Kurdish commander X")."""
    text = table.text
    noun = re.compile(rf"\b{re.escape(tok.lower_)}\b")
    for sp, d in reversed(_people_before(table, tok.idx, inside)):
        mention = d.mentions.get(sp)
        if mention is None or mention.form != "name":
            continue
        later = text[sp.end + 80 : tok.idx].lower()
        if re.search(rf"\b(a|an|one)\b[^.,]{{0,40}}{noun.pattern}", later):
            return None  # "A senior diplomat told …": someone unnamed the noun was used for
        after = text[sp.end : sp.end + 80]
        apposition = after.split(",")[1] if after.startswith(",") and "," in after[1:] else (
            after[1:] if after.startswith(",") else "")
        before = text[max(0, sp.start - 40) : sp.start].lower().split()[-3:]
        if noun.search(apposition.lower()) or tok.lower_ in before:
            return d.key
    return None


def _title_holder(doc: Any, tok: Any, table: EntityTable, inside: list[Span], role_name: str,
                  start: int) -> tuple[str, Span] | None:
    """The person holding the office a title-only mention names; else the nearest subject
    whose office the article never named."""
    role = role_name.lower()
    title = Span(start, tok.idx + len(tok.text))
    holders = [d for _sp, d in _people_before(table, tok.idx, inside)
               if d.role and role in d.role.lower()]
    if holders:  # of two presidents, the one the article is about: most mentioned, then latest
        counts = {d.key: sum(sp.start < tok.idx for sp in d.mentions) for d in holders}
        best = max(range(len(holders)), key=lambda n: (counts[holders[n].key], n))
        return holders[best].key, title
    draft = _antecedent(doc, tok, table, inside, titles=False)  # office never named
    if draft is not None and draft.role is None:
        return draft.key, title
    return None


# Head-of-state words news uses for whoever leads a state ("the French leader").
_LEADER_ROLES = ("president", "prime minister", "chancellor", "king", "emir", "premier")


def _national_holder(doc: Any, tok: Any, table: EntityTable,
                     inside: list[Span]) -> tuple[str, Span] | None:
    """"the French leader", "the US president", "the Indian prime minister": the person of
    that state already named who holds that office (a leader: its head of state or
    government), the most mentioned one first."""
    for width in (1, 2):  # words of the title after the state's name
        first = tok.i - width  # the state's name
        if first < 1 or doc[first - 1].lower_ != "the":
            continue
        title = " ".join(t.lower_ for t in doc[first + 1 : tok.i + 1])
        roles = _LEADER_ROLES if title == "leader" else (
            (ROLE_TITLES[title].lower(),) if title in ROLE_TITLES else ())
        country = country_of_token_span(load_gazetteer(), doc[first].text) if roles else None
        if country is None:
            continue
        holders = [d for _sp, d in _people_before(table, tok.idx, inside)
                   if d.country == country and d.role and any(r in d.role.lower() for r in roles)]
        if holders:
            best = max(holders, key=lambda d: len(d.mentions))
            return best.key, Span(doc[first - 1].idx, tok.idx + len(tok.text))
    return None


def surname_of(doc: Any, tok: Any, table: EntityTable) -> tuple[str, Span] | None:
    """A bare surname ("Pompeo tweeted") the recogniser missed: the person named so before."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    for _sp, d in reversed(table.mentions_before(tok.idx)):
        if d.kind == "person" and d.name.split()[-1] == tok.text:
            span = Span(tok.idx, tok.idx + len(tok.text))
            table.add_mention(d.key, span, "name")
            return d.key, span
    return None


def _people_before(table: EntityTable, offset: int, inside: list[Span],
                   pronoun: str = "") -> list[tuple[Span, Draft]]:
    return [(sp, d) for sp, d in table.mentions_before(offset)
            if d.kind == "person" and sp.start >= offset - _LOOKBACK
            and not any(q.start <= sp.start < q.end for q in inside) and agrees(d, pronoun)]


def _title_subject(doc: Any, sent_start: int, table: EntityTable,
                   inside: list[Span]) -> str | None:
    """"The foreign minister also criticised X": the office-holder opening the sentence."""
    first = doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")
    if first is None or first[0].lower_ != "the":
        return None
    i = first.start + 1
    while i < min(len(doc), first.start + 4) and doc[i].pos_ in ("ADJ", "NOUN", "PROPN"):
        if doc[i].lower_ in TITLE_NOUNS and i + 1 < len(doc) and doc[i + 1].pos_ in (
                "VERB", "AUX", "ADV"):
            found = refers_to(doc, doc[i], table, inside)
            return found[0] if found else None
        i += 1
    return None


def _antecedent(doc: Any, tok: Any, table: EntityTable, inside: list[Span],
                titles: bool = True) -> Draft | None:
    """Among the people whose first name agrees with the pronoun, if any of them fits."""
    return (_antecedent_among(doc, tok, table, inside, titles, tok.text)
            or _antecedent_among(doc, tok, table, inside, titles, ""))


def _antecedent_among(doc: Any, tok: Any, table: EntityTable, inside: list[Span],
                      titles: bool, pronoun: str) -> Draft | None:
    people = _people_before(table, tok.idx, inside, pronoun)
    if titles:
        bare = _bare_antecedent(doc, tok, table, inside, people)
        if bare is not None:
            return bare
    if not people:
        return None
    sent = sentence_of(doc, tok.i)
    here = [(sp, d) for sp, d in people if sp.start >= sent.start_char]
    chained = [d for sp, d in here
               if (m := d.mentions.get(sp)) is not None and m.form == "pronoun"]
    if chained:
        return chained[-1]  # "During his call with X, he said": the pronoun chain holds
    if any(not _modifier(doc, sp) for sp, _ in here):
        return next(d for sp, d in reversed(here) if not _modifier(doc, sp))
    people = [(sp, d) for sp, d in people if sp.start < sent.start_char]
    if not people:
        return None
    last_start = _sentence_start(doc, people[-1][0])
    group = [(sp, d) for sp, d in people if _sentence_start(doc, sp) == last_start]
    holder = _title_subject(doc, last_start, table, inside) if titles else None
    if holder is not None:
        return table.drafts[holder]
    sources = [d for sp, d in group if _source(doc, sp)]
    if sources:  # "According to X, …. “…,” he said": X is the one speaking
        return sources[0]
    subjects = [d for sp, d in group if is_subject(doc, sp)]
    if not subjects:
        return group[0][1]
    opener = doc.char_span(last_start, last_start + 1, alignment_mode="expand")
    words = [t.lower_ for t in doc[opener.start : opener.start + 2]] if opener is not None else []
    # "When X was ousted, Y declared war": the main clause's subject comes after the subordinate
    return subjects[-1] if _SUBORDINATORS.intersection(words) else subjects[0]


def _modifier(doc: Any, sp: Span) -> bool:
    """"the Assad regime", "Assad's army": a name that qualifies a noun is not who "he" is."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return bool(nxt.lower_ in ("'s", "’s") or (nxt.pos_ == "NOUN" and not nxt.is_title))


def _source(doc: Any, sp: Span) -> bool:
    """A person named after "according to": the source the next quotation continues."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return bool(span is not None and span.start >= 2 and doc[span.start - 1].lower_ == "to"
                and doc[span.start - 2].lower_ == "according")


def _bare_antecedent(doc: Any, tok: Any, table: EntityTable, inside: list[Span],
                     people: list[tuple[Span, Draft]]) -> Draft | None:
    """A subject the recogniser left unnamed ("Elyas, 25, said …", "Velayati met …") that is
    nearer the pronoun than every recognised person: this sentence, else the one before."""
    sent = sentence_of(doc, tok.i)
    runs = bare_subjects(doc, sent.start, tok.i, table, inside)
    if runs:
        i, j = runs[-1]
        if any(sp.start >= doc[j - 1].idx + len(doc[j - 1].text) for sp, _ in people):
            return None
        return _register(doc, i, j, table)
    if any(sp.start >= sent.start_char for sp, _ in people) or sent.start == 0:
        return None
    prev = sentence_of(doc, sent.start - 1)
    runs = bare_subjects(doc, prev.start, prev.end, table, inside)
    if not runs:
        return None
    i, j = runs[0]
    if any(sp.start < doc[i].idx and sp.start >= prev.start_char and is_subject(doc, sp)
           for sp, _ in people):
        return None  # a recognised subject before it in that sentence
    return _register(doc, i, j, table)


def _register(doc: Any, i: int, j: int, table: EntityTable) -> Draft | None:
    found = person_named_at(doc, i, j, table)
    return table.drafts[found[0]] if found is not None else None


def _sentence_start(doc: Any, sp: Span) -> int:
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return -1 if span is None else int(sentence_of(doc, span.start).start_char)
