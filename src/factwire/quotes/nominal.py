"""Speakers named only by description: "a senior Turkish official said", "said a spokesman".

Such a speaker becomes a person entity named by the description ("senior Turkish official"),
with the state its words name, so the quote stays attributed and comparable across reports.
"""

from __future__ import annotations

from typing import Any

from factwire.entities.people import country_of_token_span
from factwire.entities.table import EntityTable
from factwire.entities.titles import SPEECH_WORDS
from factwire.gazetteer import load_gazetteer, slug
from factwire.model import EntityKind, Span
from factwire.nlp.sentences import sentence_of

PERSON_NOUNS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "diplomat", "source",
    "analyst", "commander", "minister", "adviser", "advisor", "aide", "figure", "leader",
    "officer", "envoy", "ambassador", "expert", "researcher", "negotiator", "general",
    "president", "lawmaker", "senator", "statement", "ministry", "representative", "monitor",
    "woman", "man", "worker", "doctor", "resident", "activist", "volunteer", "fighter",
    "rebel", "soldier", "prisoner", "refugee", "witness", "journalist", "correspondent",
    "friend", "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother",
    "lawyer", "lawyers", "campaigner", "campaigners", "protesters", "protester", "residents",
    "diplomats", "sources", "fighters", "rebels", "soldiers", "refugees", "medic", "nurse",
    "teacher", "student", "farmer", "engineer", "pilot", "veteran", "survivor", "villager",
    "mayor", "governor", "chief", "head", "director", "member", "members", "staffer",
    "insider", "observer", "academic", "professor", "scholar", "historian", "economist",
    "boy", "girl", "child", "pharmacist", "speaker", "guard", "driver", "shopkeeper",
})
_ORGAN_HEADS = frozenset({"statement", "ministry", "office"})
_DETS = frozenset({"a", "an", "the", "one", "another"})


def nominal_speaker(doc: Any, raw: Any, table: EntityTable,
                    inside: list[Span]) -> tuple[str | None, Span | None]:
    """The described speaker next to the speech verb of the quote's sentence, if any."""
    sent = doc.char_span(raw.outer.start, raw.outer.end, alignment_mode="expand")
    if sent is None:
        return None, None
    # the opening mark may end the sentence before: read up to the end of the quote's last one
    sentence = doc[sentence_of(doc, sent.start).start : sentence_of(doc, sent.end - 1).end]
    for tok in sentence:
        if tok.lower_ not in SPEECH_WORDS or any(q.start <= tok.idx < q.end for q in inside):
            continue
        phrase = _after(doc, tok, sentence.end) or _before(doc, tok, sentence.start)
        if phrase is not None:
            return _entity(doc, phrase, table)
    return None, None


def nominal_before(doc: Any, verb: Any, table: EntityTable,
                   limit: int) -> tuple[str | None, Span | None]:
    """"A senior Turkish official told ...", or the sentence's opening description."""
    phrase = _before(doc, verb, limit) or _opening(doc, limit, verb.i)
    return _entity(doc, phrase, table) if phrase is not None else (None, None)


def described_before(doc: Any, verb: Any, table: EntityTable,
                     limit: int) -> tuple[str | None, Span | None]:
    """A description ending right before the verb ("Tonroe's commanding officer said") or
    before a short complement ("a spokesperson for the MoD said")."""
    phrase = _before(doc, verb, limit)
    return _entity(doc, phrase, table) if phrase is not None else (None, None)


def nominal_after(doc: Any, verb: Any, table: EntityTable,
                  limit: int) -> tuple[str | None, Span | None]:
    """'"…," said an Israeli military source': a described person, not the organ inside it."""
    phrase = _after(doc, verb, limit)
    if phrase is None or doc[phrase[1] - 1].lower_ in _ORGAN_HEADS:
        return None, None
    return _entity(doc, phrase, table)


def _opening(doc: Any, start: int, verb_i: int) -> tuple[int, int] | None:
    """"A western official familiar with the talks said": the description opening the clause."""
    i = start
    if i < verb_i and doc[i].lower_ in _DETS:
        i += 1
    j = i
    while j < verb_i and j - i < 6 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN"):
        j += 1
        if doc[j - 1].lower_ in PERSON_NOUNS:
            break  # "a western official familiar with the talks": the description ends here
    if j > i and _head(doc[j - 1]) and doc[start].lower_ in _DETS:
        return i, j
    return None


def _after(doc: Any, verb: Any, limit: int) -> tuple[int, int] | None:
    i = verb.i + 1
    if i < limit and doc[i].lower_ in _DETS:
        i += 1
    j = i
    while j < limit and j - i < 8 and (_describing(doc[j]) or doc[j].tag_ == "POS" or (
            doc[j].like_num and j + 1 < limit and doc[j + 1].text == "-")):
        j += 1  # "a 27-year-old Idlib activist", "one wide-eyed boy", "X's political aide"
    if j > i and _head(doc[j - 1]):
        return i, j
    return None


def _describing(tok: Any) -> bool:
    """A word of a description: adjective, noun, name, or a compound's hyphen and participle
    ("a Beirut-based western diplomat")."""
    if tok.text == "-":
        return bool(not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return bool(tok.pos_ in ("ADJ", "NOUN", "PROPN") or (
        tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].text == "-") or (
        tok.tag_ == "VBG" and nxt.pos_ == "NOUN"))  # "commanding officer"


def _head(tok: Any) -> bool:
    """A description ends in a common noun for a person ("official"), never in a name."""
    return bool((tok.lower_ in PERSON_NOUNS or tok.lower_ in _ORGAN_HEADS) and tok.text.islower())


def _before(doc: Any, verb: Any, limit: int) -> tuple[int, int] | None:
    return _described_before(doc, verb.i, limit) or _described_for(doc, verb.i, limit)


def _described_for(doc: Any, j: int, limit: int) -> tuple[int, int] | None:
    """"A spokesperson for the MoD said": the description before a short complement."""
    i = j
    while i > limit and j - i < 5 and _describing(doc[i - 1]):
        i -= 1
    if i - 2 < limit or doc[i - 1].lower_ not in ("the", "a") or doc[i - 2].lower_ not in _PP:
        return None
    return _described_before(doc, i - 2, limit)


def _described_before(doc: Any, j: int, limit: int) -> tuple[int, int] | None:
    i = j
    while i > limit and j - i < 6 and _describing(doc[i - 1]):
        i -= 1
    possessed = i - 2 >= limit and doc[i - 1].tag_ == "POS"
    if j > i and _head(doc[j - 1]) and possessed:
        return i - 2, j  # "Iran's foreign ministry spokesman": the possessor gives the state
    if j > i and _head(doc[j - 1]) and (i == limit or doc[i - 1].lower_ in _DETS
                                                         or doc[i - 1].is_punct):
        return i, j
    return None


def described(doc: Any, head: int, table: EntityTable) -> tuple[str | None, Span]:
    """The described speaker whose description ends at token ``head`` ("Kurdish leaders")."""
    i = head
    while i > 0 and head - i < 5 and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN") and not (
            doc[i - 1].is_sent_start):
        i -= 1
    return _entity(doc, (i, head + 1), table)


_PP = frozenset({"of", "for", "in", "at", "with", "from"})
_PP_WORDS = 6


def _with_complement(doc: Any, end: int) -> int:
    """"a senior member of the Kurdistan Security Council": the description runs on through a
    prepositional phrase of nouns, which often names the institution the speaker speaks for."""
    if end >= len(doc) or doc[end].lower_ not in _PP:
        return end
    j = end + 1
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    k = j
    while k < len(doc) and k - j < _PP_WORDS and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
        k += 1
    return k if k > j else end


def _entity(doc: Any, phrase: tuple[int, int], table: EntityTable) -> tuple[str | None, Span]:
    start, end = phrase
    head = doc[end - 1]
    words = doc[start:_with_complement(doc, end)]
    gz = load_gazetteer()
    country = None
    for tok in words:
        country = country or country_of_token_span(gz, tok.text)
    span = Span(head.idx, head.idx + len(head.text))
    name = words.text
    key = f"nominal:{slug(name)}:{country or ''}"
    kind: EntityKind = "organization" if head.lower_ in _ORGAN_HEADS else "person"
    table.get_or_add(key, kind, name, country=country, actor=country, role=name)
    table.add_mention(key, span, "nominal")
    return (key if table.at(span) == key else table.at(span)), span
