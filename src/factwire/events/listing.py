"""Itemised arms packages: "The items being procured in this proposed sale include:" or "The
new assistance package includes:" followed by one line per item ("3 AIM-9X Block II Missiles",
"- Five Mi-17 helicopters;", "- 100 grenade launchers, 5,000 rifles and 1,000 pistols;").

Each listed system becomes an arms transfer of its own with the package's supplier, recipient,
status and time (EVENTS.md: one transfer per supplier, recipient and system). An item counts
when it names a known weapon or ends in a system noun of the lexicon (launchers, radars, boats);
parts and consumables (ammunition, helmets, software) are not transfers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factwire.entities.table import Draft, EntityTable
from factwire.events.draft import EventDraft
from factwire.events.frames import Sentence
from factwire.events.lexicon import load_lexicon
from factwire.events.timing import assign_time
from factwire.gazetteer import slug
from factwire.model import Span
from factwire.nlp.types import Doc, SpacySpan
from factwire.values import find_quantities
from factwire.values.quantity import QuantityMention

_INTRO = re.compile(r"\b(include|includes|included|following|consist|consists|comprise|"
                    r"comprises|of)\s*:\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-\u2022*\u2013]\s*")
_ITEM_END = re.compile(r"\s+\(|\s*(\bfor\b|\bwith\b|,|;|$)")  # "AN/APG-82(v)1" runs on
_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+|;")
# A notice's request that lists its items inline: "The Government of X has requested to buy
# sixty (60) A; four (4) B; and twelve (12) C.", and the sale's further items: "The possible
# sale will also provide 200 A, and 400 B." (the sale the notice announced)
_REQUEST = re.compile(r"\b(?:ha(?:s|ve) requested (?:to buy|to purchase|(?:a|the) possible "
                      r"(?:sale|purchase) of)|(?:the|this) (?:possible|proposed) sale "
                      r"(?:will |would )?(?:also )?(?:provide|include)s?)\s+"
                      # in a notice's words of count ("seven (7)"): "has also requested
                      # seven (7) A", "a possible Foreign Military Sale to X of ten (10) A"
                      r"|(?:\bha(?:s|ve) (?:also )?requested|\bSale to [^.;]{1,80}? of)\s+"
                      r"(?=(?:up to )?[a-z]+(?:[- ][a-z]+)* \(\d)", re.IGNORECASE)
_LEAD = re.compile(r"(?:and\s+)?(?:up to\s+|approximately\s+)?", re.IGNORECASE)
# an acronym in parentheses followed by more of the name, capitalised
_INNER_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z0-9/-]{1,11}\)\s+[A-Z]")
# Nouns for a package of aid, which "This package", "the tranche" take up again
PACKAGE_NOUNS = frozenset({"package", "assistance", "aid", "tranche"})
# a sentence that goes on about the package before it: "It also includes", "The package
# will provide", "This tranche contains"
_CONTINUED = re.compile(r"\s*(?:It|(?:This|The) (?:new |latest )?(?:"
                        + "|".join(sorted(PACKAGE_NOUNS)) + r"))\s+(?:also\s+|will\s+|"
                        r"will\s+also\s+)?(?:include|includes|contains?|provides?|features?|"
                        r"comprises?)\b")
_ECHO = re.compile(r"\s*\(\d[\d,]*\)")  # "sixty (60)": the figure repeats the word
# what opens an item with no count: its bullet and words of amount ("- Additional Stingers")
_BARE = re.compile(r"[\s\-\u2022*\u2013]*(?:(?:additional|more|further|new)\s+)?", re.IGNORECASE)


def listed_transfers(doc: Doc, drafts: list[EventDraft], table: EntityTable,
                     published: dt.date | None = None) -> list[EventDraft]:
    """New transfer drafts for the systems listed after a package's introduction line. The
    package is the article's first transfer, unless aid announced after it ("Today the
    President announced $725 million in assistance for Ukraine. This package includes:")
    or nothing comes before the list: a later transfer ("Separately, Germany will send
    ...") never lends the list its parties."""
    transfers = [d for d in drafts if d.kind == "arms_transfer"
                 and d.keys("supplier") and d.keys("recipient")]
    package: EventDraft | None = None
    out: list[EventDraft] = []
    in_list = False
    seen: list[Any] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if _INTRO.search(text) or _heading(text):
            in_list = True
            package = min((d for d in transfers if d.sentence.span.start < sent.start_char),
                          key=lambda d: d.sentence.span.start, default=None)
            aid = _aid_package(seen, sent, table, published)
            if aid is not None and (package is None or aid[0] > package.sentence.span.start):
                package = aid[1]
            continue
        seen.append(sent)
        if transfers and (
                request := _REQUEST.search(table.text, sent.start_char, sent.end_char)):
            # the notice's own sale, its first transfer ("The possible sale will also ...")
            out.extend(_items(sent, transfers[0], table, True, request.end()))
            continue
        if not in_list or package is None:
            continue
        bullet = _BULLET.match(text)
        if not (bullet or _opening_count(table.text, sent.start_char, sent.end_char)):
            in_list = False
            continue
        out.extend(_items(sent, package, table, bullet is not None, bulleted=bullet is not None))
    return out


def continued_packages(doc: Doc, drafts: list[EventDraft],
                       table: EntityTable) -> list[EventDraft]:
    """Transfers of a package told on over the next sentences: after "... will send Ukraine
    another package of weapons.", "It also includes Bradley vehicles and a Patriot battery."
    gives one transfer per weapon named, with the parties, status and time of the last
    transfer of the two sentences before (the package it goes on about)."""
    transfers = [d for d in drafts if d.kind == "arms_transfer"
                 and d.keys("supplier") and d.keys("recipient")]
    out: list[EventDraft] = []
    starts: list[int] = []
    for sent in doc.sents:
        starts.append(sent.start_char)
        told = _CONTINUED.match(table.text, sent.start_char, sent.end_char)
        since = starts[-3] if len(starts) >= 3 else 0
        near = [d for d in [*transfers, *out]  # told on and on: "It also includes"
                if since <= d.sentence.span.start < sent.start_char]
        package = max(near, key=lambda d: d.sentence.span.start, default=None)
        if told is None or package is None:
            continue
        for sp, weapon in table.in_range(told.end(), sent.end_char):
            if weapon.kind == "weapon":
                out.append(_draft(sent, package, count_just_before(table.text, sent.start_char, sp),
                                  sp, weapon.key))
    return out


_JOINED = re.compile(r"\b(?:and|or|plus)\b")  # a count before these counts another item


def count_just_before(text: str, start: int, item: Span) -> int | None:
    """The count written just before ``item``, from ``start`` on; the nearest one ("40
    Bradley vehicles" has 40, "a second Patriot battery" none, "three C-130H aircraft and
    two patrol vessels": two vessels)."""
    found = None
    for q in find_quantities(text, start, item.end):
        if q.span.end > item.start:
            break  # a number inside the name ("Mk 54 torpedoes") is no count
        gap = text[q.span.end : item.start]
        if q.value is not None and len(gap) <= 30 and not any(c in gap for c in ",.;") and (
                not _JOINED.search(gap)):  # "18 Leopard tanks and a Patriot battery"
            found = q.value
    return found


def _heading(text: str) -> bool:
    """A short line that ends in a colon heads a list: "Major Defense Equipment (MDE):"."""
    return text.endswith(":") and len(text.split()) <= 6


def _aid_package(before: list[SpacySpan], intro: SpacySpan, table: EntityTable,
                 published: dt.date | None) -> tuple[int, EventDraft] | None:
    """Where the aid was announced and the package it gives, when a sentence before the
    list names no transfer: "announced $800 million in security assistance to Ukraine" or "a
    drawdown of U.S. equipment for Ukraine" gives the donor (the first other state) and the
    recipient, and its date ("President Biden today announced") dates the package. The
    announcement nearest the list counts."""
    cues = load_lexicon().kind("arms_transfer").words("donation_cues")
    for sent in reversed([*before, intro]):
        low = sent.text.lower()
        if not any(c in low for c in cues):
            continue
        states = _states(table, sent.start_char, sent.end_char)
        marks = [i for i in (low.find(" to "), low.find(" for ")) if i >= 0]
        after = [k for at, k in states if marks and at > sent.start_char + min(marks)]
        if not after:
            continue
        donor = next((k for _, k in states if k != after[0]), None)
        if donor is None:
            continue
        sentence = _sentence(intro)
        draft = EventDraft(kind="arms_transfer", sentence=sentence, trigger=sentence.span,
                           evidence=[sentence.span], status="approved", confidence=0.6)
        draft.variant = "donated"
        said = _sentence(sent)
        announced = EventDraft(kind="arms_transfer", sentence=said, trigger=said.span)
        assign_time(announced, published)
        draft.time = announced.time
        draft.add("supplier", [donor])
        draft.add("recipient", [after[0]])
        return sent.start_char, draft
    return None


def _states(table: EntityTable, start: int, end: int) -> list[tuple[int, str]]:
    """State keys mentioned in ``[start, end)``, a person or organ standing for its state."""
    out: list[tuple[int, str]] = []
    for sp, d in table.in_range(start, end):
        key = d.key if d.kind == "country" else f"state:{d.country}" if d.country else None
        if key is not None and key in table.drafts:
            out.append((sp.start, key))
    return out


def _sentence(sent: SpacySpan) -> Sentence:
    return Sentence(sdoc=sent.as_doc(), offset=sent.start_char,
                    span=Span(sent.start_char, sent.start_char + len(sent.text.rstrip())))


def _items(sent: SpacySpan, package: EventDraft, table: EntityTable,
           several: bool, start: int | None = None, bulleted: bool = False) -> list[EventDraft]:
    """One draft per item of the line (from ``start``); a bulleted line or a request may list
    several, separated by commas, "and" or semicolons."""
    if not several:
        item = _item(sent, package, table, sent.start_char, sent.end_char)
        return [item] if item is not None else []
    out: list[EventDraft] = []
    text = table.text
    start = sent.start_char if start is None else start
    cuts = [m for m in _SPLIT.finditer(text, sent.start_char, sent.end_char) if m.start() >= start]
    bounds = [(start, cuts[0].start() if cuts else sent.end_char)]
    bounds += [(m.end(), cuts[i + 1].start() if i + 1 < len(cuts) else sent.end_char)
               for i, m in enumerate(cuts)]
    i = 0
    while i < len(bounds):
        lo, hi = bounds[i]
        item = _item(sent, package, table, lo, hi, bulleted)
        # "Four counter-artillery and counter-drone radars": the "and" joined two modifiers
        # of one item; the next part, with no count of its own, finishes it
        if item is None and i + 1 < len(bounds) and _opening_count(text, *bounds[i + 1]) is None:
            item = _item(sent, package, table, lo, bounds[i + 1][1], bulleted)
            i += item is not None
        if item is not None:
            out.append(item)
        i += 1
    return out


def _opening_count(text: str, lo: int, hi: int) -> QuantityMention | None:
    """The count an item opens with ("200 M2 guns", "- up to twelve (12) jets"); None when
    it opens with none."""
    quantities = find_quantities(text, lo, hi)
    if not quantities or quantities[0].value is None:
        return None
    q = quantities[0]
    return q if _LEAD.fullmatch(text[lo:q.span.start].strip(" -\u2022*\u2013")) else None


def _item(sent: SpacySpan, package: EventDraft, table: EntityTable, lo: int,
          hi: int, bulleted: bool = False) -> EventDraft | None:
    """The transfer one item names; a bulleted item needs no count ("- Stinger missiles;"),
    but then only a named weapon makes it one."""
    text = table.text
    q = _opening_count(text, lo, hi)
    if q is None and not bulleted:
        return None
    start = q.span.end if q is not None else _bare_start(text, lo, hi)
    echo = _ECHO.match(text, start, hi)
    if echo is not None:
        start = echo.end()
    while start < hi and text[start].isspace():
        start += 1
    end = _item_end(text, start, hi)
    while end > start and text[end - 1] in ".;: ":
        end -= 1  # "- 2 counter-battery radars." ends the list, not the name
    if end <= start:
        return None
    key = _system_key(table, Span(start, end), package, named_only=q is None)
    if key is None:
        return None
    return _draft(sent, package, q, Span(start, end), key)


def _bare_start(text: str, lo: int, hi: int) -> int:
    bare = _BARE.match(text, lo, hi)
    return bare.end() if bare is not None else lo


def _item_end(text: str, start: int, hi: int) -> int:
    """Where the item's name ends: before a parenthesis, "for", "with", a comma or a
    semicolon. An acronym in parentheses inside the name is read through: "AN/APG-83 Active
    Electronically Scanned Array (AESA) Scalable Agile Beam Radars" ends in "Radars"."""
    at = start
    while (found := _ITEM_END.search(text, at, hi)) is not None:
        inner = _INNER_ACRONYM.match(text, found.start(), hi)
        if inner is None:
            return found.start()
        at = inner.end() - 1  # the name goes on after the acronym
    return hi


def _system_key(table: EntityTable, item: Span, package: EventDraft,
                named_only: bool = False) -> str | None:
    """The weapon the item names, or a new system entity for an item whose head noun is a
    system noun ("tracking radars", "anti-armor systems"); a part word anywhere (navigation,
    helmet, radio) makes an unnamed item a part of the package, not a transfer."""
    entry = load_lexicon().kind("arms_transfer")
    name = item.text(table.text)
    words = [w.strip(".;:") for w in name.lower().replace("/", " ").split()]
    weapons = [(sp, d) for sp, d in table.in_range(item.start, item.end) if d.kind == "weapon"]
    named = next((d for _, d in weapons if not d.generic), None)
    carrier = bool(words) and words[-1] in entry.words("carrier_heads")
    if named is not None and not carrier:
        return named.key  # "M299 Hellfire Missile Launchers" are launchers, not Hellfires
    if named_only or not words or any(w in entry.words("part_heads") for w in words):
        return None
    heads = [w for w in words if w not in ("system", "systems")]
    if not heads or heads[-1] not in entry.words("system_heads") or words[-1] not in (
            heads[-1], "system", "systems"):
        return None
    key = f"item:{slug(name)}"
    category = weapons[0][1].category if weapons else None
    supplier: Draft | None = table.drafts.get(package.keys("supplier")[0])
    table.get_or_add(key, "weapon", name, category=category,
                     country=supplier.country if supplier is not None else None)
    table.reassign(key, item)
    return key


def _draft(sent: SpacySpan, package: EventDraft, q: QuantityMention | int | None, item: Span,
           key: str) -> EventDraft:
    sentence = _sentence(sent)
    draft = EventDraft(kind="arms_transfer", sentence=sentence, trigger=item,
                       evidence=[sentence.span], status=package.status, time=package.time,
                       modality=package.modality, confidence=0.7,
                       quantity=q.value if isinstance(q, QuantityMention) else q)
    draft.variant = package.variant
    draft.add("supplier", package.keys("supplier"))
    draft.add("recipient", package.keys("recipient"))
    draft.add("system", [key])
    return draft
