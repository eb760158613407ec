"""Names that act for a state without naming it the usual way.

Three classes of language tie a name to its state, and each is a mechanism here rather than a
list of names: a navy's ship prefix ("USS", "HMS") makes a ship that state's platform; an organ
followed by "of <State>" ("the Ministry of Internal Affairs of Georgia", "Government of India")
is that state's organ; and an acronym defined in brackets ("Government of India (GOI)") names
the same entity wherever it recurs in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from factwire.entities.people import country_of_token_span, place_or_state, title_before
from factwire.entities.table import EntityTable
from factwire.gazetteer import Gazetteer, State, slug
from factwire.model import Span

_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,7}")
_INITIAL = re.compile(r"[A-Z]\.")
MAX_SHIP_WORDS = 5
MAX_STATE_WORDS = 3


def ship_names(doc: Doc, gz: Gazetteer) -> Iterator[tuple[int, int, State]]:
    """Token ranges ``[start, end)`` of ship names after a navy's prefix, with the state.

    The name runs over the capitalised words and initials after the prefix ("USS Harry S.
    Truman"); a prefix followed by nothing capitalised is not a ship.
    """
    i = 0
    while i < len(doc):
        state = gz.ship_state(doc[i].text)
        end = i + 1
        if state is not None:
            while end < len(doc) and end - i <= MAX_SHIP_WORDS and _name_word(doc[end].text):
                end += 1
        if state is not None and end > i + 1:
            yield i, end, state
            i = end
        else:
            i += 1


def _name_word(text: str) -> bool:
    return bool(_INITIAL.fullmatch(text) or (text[:1].isupper() and text.isalpha())) and (
        text.lower() not in _UNIT_WORDS)  # "USS Theodore Roosevelt | Carrier Strike Group"


_UNIT_WORDS = frozenset({"carrier", "strike", "group", "amphibious", "ready", "expeditionary",
                         "task", "force", "squadron", "fleet"})


def partisan(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` follows "pro-" ("pro-US forces", "a pro-Russian militia"):
    a state favoured, not the owner of what the phrase names."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "pro"


def state_after(doc: Doc, end: int, gz: Gazetteer) -> str | None:
    """ISO3 of "of (the) <State>" starting at token ``end``, as in "Ministry of Defence of
    Ukraine"; a demonym does not count ("of Russian origin")."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    first = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    for width in range(MAX_STATE_WORDS, 0, -1):
        if first + width > len(doc):
            continue
        text = doc[first : first + width].text
        if gz.demonym(text) is not None:
            continue
        iso = country_of_token_span(gz, text)
        if iso is not None:
            return iso
    return None


def state_pairs(doc: Doc, gz: Gazetteer) -> Iterator[tuple[int, list[tuple[int, int, str]]]]:
    """Tokens that join two states with a hyphen ("U.S.-Russia", "Indo-Pakistani" is not one):
    the token and, per state, its character range and ISO3."""
    for tok in doc:
        if "-" not in tok.text[1:-1]:
            continue
        parts, at = [], tok.idx
        for part in tok.text.split("-"):
            iso = country_of_token_span(gz, part) if part else None
            parts.append((at, at + len(part), iso))
            at += len(part) + 1
        if len(parts) == 2 and all(iso for _s, _e, iso in parts) and parts[0][2] != parts[1][2]:
            yield tok.i, [(s, e, str(iso)) for s, e, iso in parts]


def ship_short_names(doc: Doc, gz: Gazetteer, short: dict[tuple[str, ...], str],
                     claimed: set[int]) -> list[tuple[int, int, str]]:
    """Token ranges where a ship is named again without its prefix (``short`` maps a name's
    words to the ship's key), longest names first, claimed as they are found; never after a
    title or another capitalised name ("President Truman", "Harry Truman" are people)."""
    out: list[tuple[int, int, str]] = []
    for words, ship in sorted(short.items(), key=lambda kv: -len(kv[0])):
        n = len(words)
        for tok in doc:
            i = tok.i
            if tuple(t.text for t in doc[i : i + n]) != words or claimed.intersection(
                    range(i, i + n)):
                continue
            prev = doc[i - 1] if i > 0 else None
            if prev is not None and prev.text[:1].isupper() and not prev.is_sent_start and (
                    prev.lower_ not in ("the", "a")):
                continue
            if title_before(doc, i, gz) is None:
                out.append((i, i + n, ship))
                claimed.update(range(i, i + n))
    return out


def ship_key(name: str) -> str:
    return f"ship:{slug(name)}"


def link_acronyms(doc: Doc, table: EntityTable) -> None:
    """Give every use of a bracketed acronym to the entity it was defined for.

    "the Government of India (GOI)" defines GOI; later "GOI requested..." is that entity even
    when the statistical model took "GOI" for an organisation of its own.
    """
    defined: dict[str, str] = {}
    for tok in doc[1:-1]:
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if before.text != "(" or after.text != ")" or not _ACRONYM.fullmatch(tok.text):
            continue
        if tok.i < 2 or not tok.text.isupper():
            continue
        prev = doc[tok.i - 2]
        owner = table.at(Span(prev.idx, prev.idx + len(prev.text)))
        if owner is not None:
            defined.setdefault(tok.text, owner)
    for tok in doc:
        key = defined.get(tok.text)
        if key is None:
            continue
        span = Span(tok.idx, tok.idx + len(tok.text))
        current = table.at(span)
        if current is None:
            table.add_mention(key, span, "alias")
        elif current != key and table.drafts[current].name == tok.text:
            table.reassign(key, span, "alias")


def region_after(doc: Doc, end: int, gz: Gazetteer) -> str | None:
    """Country of "Jodhpur, Rajasthan": the place or state named right after a comma."""
    if end + 1 < len(doc) and doc[end].text == ",":
        for width in (3, 2, 1):
            iso = place_or_state(gz, doc[end + 1 : end + 1 + width].text)
            if iso is not None:
                return iso
    return None
