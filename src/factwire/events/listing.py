"""Itemised arms packages: "The items being procured in this proposed sale include:" followed
by one line per item ("3 AIM-9X Block II Captive Air Training Missiles").

Each listed weapon becomes an arms transfer of its own with the package's supplier, recipient,
status and time (EVENTS.md: one transfer per supplier, recipient and system); lines that name
no weapon (software, test adapters, services) are not transfers.
"""

from __future__ import annotations

import re

from factwire.entities.table import EntityTable
from factwire.events.draft import EventDraft
from factwire.events.frames import Sentence
from factwire.gazetteer import slug
from factwire.model import Span
from factwire.nlp.types import Doc, SpacySpan
from factwire.values import find_quantities

_INTRO = re.compile(r"\b(include|includes|included|following|consist|consists|comprise|"
                    r"comprises|of)\s*:\s*$", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*(\(|\bfor\b|,|;|$)")


def listed_transfers(doc: Doc, drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    """New transfer drafts for the weapons listed after a package's introduction line."""
    package = next((d for d in drafts if d.kind == "arms_transfer"
                    and d.keys("supplier") and d.keys("recipient")), None)
    if package is None:
        return []
    out: list[EventDraft] = []
    in_list = False
    for sent in doc.sents:
        text = sent.text.strip()
        if _INTRO.search(text):
            in_list = True
            continue
        if not in_list:
            continue
        if not text[:1].isdigit():
            in_list = False
            continue
        draft = _item(sent, package, table)
        if draft is not None:
            out.append(draft)
    return out


def _item(sent: SpacySpan, package: EventDraft, table: EntityTable) -> EventDraft | None:
    text = table.text
    quantities = find_quantities(text, sent.start_char, sent.end_char)
    if not quantities or quantities[0].value is None:
        return None
    q = quantities[0]
    start = q.span.end
    while start < sent.end_char and text[start].isspace():
        start += 1
    end_match = _ITEM_END.search(text, start, sent.end_char)
    end = end_match.start() if end_match else sent.end_char
    item = Span(start, end)
    weapons = [(sp, d) for sp, d in table.in_range(item.start, item.end) if d.kind == "weapon"]
    if end <= start or not weapons:
        return None
    named = next((d for _, d in weapons if not d.generic), None)
    name = item.text(text)
    key = named.key if named is not None else f"item:{slug(name)}"
    if named is None:
        category = weapons[0][1].category
        table.get_or_add(key, "weapon", name, category=category,
                         country=table.drafts[package.keys("supplier")[0]].country)
        table.reassign(key, item)
    sentence = Sentence(sdoc=sent.as_doc(), offset=sent.start_char,
                        span=Span(sent.start_char, sent.start_char + len(sent.text.rstrip())))
    draft = EventDraft(kind="arms_transfer", sentence=sentence, trigger=item,
                       evidence=[sentence.span], status=package.status, time=package.time,
                       modality=package.modality, quantity=q.value, confidence=0.7)
    draft.add("supplier", package.keys("supplier"))
    draft.add("recipient", package.keys("recipient"))
    draft.add("system", [key])
    return draft
