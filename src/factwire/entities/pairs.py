""""The two leaders", "both countries", "the two" as a subject: a pair named by a plural noun
phrase is the two actors the sentences just before it name.

Reports name the sides of a meeting once and then go on with "the two leaders signed ...",
"both countries agreed ...". The phrase stands for the two actors the nearest earlier
sentence that names any actors names, when it names exactly two (a sentence naming three
leaves the pair open, and the phrase unlinked).
"""

from __future__ import annotations

from factwire.entities.table import Draft, EntityTable
from factwire.model import Span
from factwire.nlp.sentences import sentence_of
from factwire.nlp.types import Doc, Token

# Plural nouns that name the two sides of a bilateral affair.
PAIR_NOUNS = frozenset({"leaders", "countries", "nations", "sides", "governments", "ministers",
                        "presidents", "states", "allies", "neighbours", "neighbors",
                        "delegations", "capitals", "premiers", "militaries", "armies",
                        "navies", "parties"})
_PERSON_NOUNS = frozenset({"leaders", "ministers", "presidents", "premiers"})
_COUNTS = {"two": 2, "three": 3, "four": 4}  # "the three leaders": the three named before
_SENTENCES_BACK = 2  # how many sentences before it a pair may be named in
_PEOPLE_BACK = 5  # for "the two leaders": sentences naming no one else may come between


def add_pair_mentions(doc: Doc, table: EntityTable) -> None:
    """Link each "the two <noun>" and "both <noun>" to the pair named just before it."""
    for tok in doc:
        first = _pair_phrase(doc, tok)
        if first is None:
            continue
        count = _COUNTS.get(doc[first.i + 1].lower_, 2)
        pair = (_pair_before(doc, first.i, table, count, ("person",))
                if tok.lower_ in _PERSON_NOUNS else None) or _pair_before(
            doc, first.i, table, count)  # "the three leaders": three people, whatever
        # else the sentence names ("a summit on Syria")
        if pair is not None:
            span = Span(first.idx, tok.idx + len(tok.text))
            table.add_shared_mention([d.key for d in pair], span, "nominal")
    for tok in doc:
        if tok.lower_ in _PARTNER_NOUNS and (states := _states_in_after(doc, tok, table)):
            table.add_shared_mention(states, Span(tok.idx, tok.idx + len(tok.text)), "nominal")


# "our partners in the Netherlands and Denmark", "their counterparts from Japan": those
# states (a counterpart's own name, when the office holders are known, is coreference's)
_PARTNER_NOUNS = frozenset({"partners", "allies", "counterparts"})
_LONGEST_NAME = 60  # characters a state's name can run to from its first word


def _states_in_after(doc: Doc, tok: Token, table: EntityTable) -> list[str]:
    """The states an "in" or "from" phrase right after ``tok`` lists, up to the first word
    that is not a state, "the", "and" or a comma ("allies in Poland and the Baltic region":
    Poland; "partners in the region": none)."""
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("in", "from"):
        return []
    keys: list[str] = []
    i = tok.i + 2
    while i < len(doc):
        word = doc[i]
        if word.lower_ in ("the", "and", ","):
            i += 1
            continue
        found = next(((sp, d) for sp, d in table.in_range(word.idx, word.idx + _LONGEST_NAME)
                      if d.kind == "country" and sp.start == word.idx), None)  # "South Korea"
        # starts at the word and runs past it
        if found is None:
            break
        keys.append(found[1].key)
        while i < len(doc) and doc[i].idx < found[0].end:
            i += 1
    return list(dict.fromkeys(keys))


def _pair_phrase(doc: Doc, tok: Token) -> Token | None:
    """The first token of "the two <noun>", "both (the) <noun>" or a subject "the two"
    ending at ``tok``."""
    if tok.i < 1:
        return None
    prev = doc[tok.i - 1]
    if tok.lower_ == "two" and prev.lower_ == "the" and _verb_follows(doc, tok.i + 1):
        return prev  # "... met the Nigerien minister, and the two signed an agreement"
    if tok.lower_ not in PAIR_NOUNS:
        return None
    if prev.lower_ in _COUNTS and tok.i >= 2 and doc[tok.i - 2].lower_ == "the":
        return doc[tok.i - 2]  # "the two leaders", "the three leaders"
    if prev.lower_ == "both":
        return prev
    if prev.lower_ == "the" and _verb_follows(doc, tok.i + 1):
        return prev  # "The leaders agreed": the two named just before (else none)
    if prev.lower_ == "the" and tok.i >= 2 and doc[tok.i - 2].lower_ == "both":
        return doc[tok.i - 2]
    return None


def _verb_follows(doc: Doc, i: int) -> bool:
    """A verb at ``i``, maybe after adverbs ("the two also agreed"): a subject before it (the
    entity stage runs before the parser, so the tags decide)."""
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX")


def _pair_before(doc: Doc, i: int, table: EntityTable, count: int = 2,
                 only: tuple[str, ...] = ()) -> list[Draft] | None:
    """The ``count`` actors of the nearest earlier sentence naming actors, if exactly so
    many; when the phrase's own sentence names one actor before it, a group including it."""
    sent = sentence_of(doc, i)
    end = doc[i].idx  # its own sentence up to the phrase, then the sentences before it
    speaker: set[str] = set()  # "Putin said the two countries had agreed"
    kinds: tuple[str, ...] = only or ("country", "person")  # in its own sentence an
    # organisation is a setting ("On the margins of the G7 summit, the two leaders")
    for _ in range((_PEOPLE_BACK if only else _SENTENCES_BACK) + 1):
        actors: dict[str, Draft] = {}
        for _sp, d in table.in_range(sent.start_char, end):
            if d.actor_key and d.kind in kinds:
                actors.setdefault(d.actor_key, d)
        kinds = only or ("country", "person", "organization")
        if len(actors) == count and speaker <= set(actors):
            return list(actors.values())
        if only and len(actors) > count and not speaker:  # "X travels for talks with Y,
            return list(actors.values())[:count]  # whose forces back Z": the first named
        if len(actors) == 1 and not speaker and sent.start > 0:
            speaker = set(actors)  # look back for the pair this one belongs to
        elif sent.start == 0 or (actors and not (only and set(actors) == speaker)):
            return None  # people: the speaker named again does not end the search
        sent = sentence_of(doc, sent.start - 1)
        while not sent.text.strip() and sent.start > 0:  # a paragraph break is no sentence
            sent = sentence_of(doc, sent.start - 1)
        end = sent.end_char
    return None
