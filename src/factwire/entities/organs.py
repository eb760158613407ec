"""State organs named in the text: "the Russian Defense Ministry", "the US Air Force",
"the Government of India", and "the navy" standing for the one named shortly before.

An organ acts for its state (EVENTS.md: ministries, forces and governments resolve to the
state), so each is an organisation whose actor is the state, keyed once per state and organ.
"""

from __future__ import annotations

from factwire.entities.affiliation import partisan, state_after
from factwire.entities.people import country_of_token_span
from factwire.entities.table import EntityTable
from factwire.entities.titles import MAX_ORGAN_WORDS, ORGANS, organ_key, organ_of
from factwire.gazetteer import Gazetteer
from factwire.model import Span
from factwire.nlp.types import Doc

_ORGAN_WINDOW = 1500  # characters: "the navy" stands for one named in the last paragraphs
_ORGAN_FIRST_WORDS = frozenset(o.split()[0] for o in ORGANS)


def add_organs(doc: Doc, table: EntityTable, gz: Gazetteer, claimed: set[int]) -> None:
    """State organs ("Russian Defense Ministry", "the US Air Force", "Indian military"),
    on tokens no other name has ``claimed``."""
    lows = [t.lower_ for t in doc]
    for i, low in enumerate(lows):
        if low not in _ORGAN_FIRST_WORDS:
            continue
        for n in range(min(MAX_ORGAN_WORDS, len(lows) - i), 0, -1):  # not past the end
            words = " ".join(lows[i : i + n])
            organ = ORGANS.get(words)
            if organ is None or any(k in claimed for k in range(i, i + n)):
                continue
            if doc[i + n - 1].pos_ not in ("NOUN", "PROPN"):
                continue
            iso = _organ_country(doc, gz, i)
            if iso is None and organ != "Government":  # "the Government of X" is X
                iso = state_after(doc, i + n, gz)
            if iso is None and i > 0 and lows[i - 1] == "the":
                iso = _earlier_organ(table, organ, doc[i].idx)  # "the navy": the one named
            if iso is None:
                continue
            state = gz.state_by_code(iso)
            name = f"{organ} ({state.name if state else iso})"
            key = organ_key(iso, organ)
            table.get_or_add(key, "organization", name, country=iso, actor=iso,
                             canonical=key, category="state_organ")
            last = doc[i + n - 1]
            table.add_mention(key, Span(doc[i].idx, last.idx + len(last.text)), "name")
            claimed.update(range(i, i + n))
            break


def _earlier_organ(table: EntityTable, organ: str, offset: int) -> str | None:
    """The state of the latest ``organ`` named before ``offset`` and close to it ("The
    Japanese navy ... The navy sent"), if any."""
    best: tuple[int, str] | None = None
    for key, draft in table.drafts.items():
        if organ_of(key) != organ or not draft.country:
            continue
        starts = [sp.start for sp in draft.mentions
                  if offset - _ORGAN_WINDOW < sp.start < offset]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), draft.country)
    return best[1] if best else None


def _organ_country(doc: Doc, gz: Gazetteer, i: int) -> str | None:
    """The state named just before the organ at token ``i`` ("Russian", "India's")."""
    j = i - 1
    if j >= 0 and doc[j].text in ("'s", "’s"):
        j -= 1
    for width in (3, 2, 1):
        lo = j - width + 1
        if partisan(doc, lo):
            continue  # "pro-US forces" are not the US armed forces
        if lo >= 0:
            iso = country_of_token_span(gz, doc[lo : j + 1].text)
            if iso is not None:
                return iso
    return None
