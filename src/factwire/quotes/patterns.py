"""Attribution patterns beyond "X said": ranked names, colon introductions, bare appositions,
quotations left open over paragraphs, and the role each attribution gives its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from factwire.entities.table import EntityTable
from factwire.model import Span
from factwire.nlp.sentences import sentence_of, text_of
from factwire.quotes.find import RawQuote
from factwire.quotes.ranks import RankedName, ranked_names, ranked_speaker
from factwire.quotes.refer import PRONOUNS, refers_to
from factwire.quotes.role import role_as_said

SPEECH = (r"(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|stated|noted|warned|"
          r"declared|explained|insisted|stressed|summed up|posted)")
_GAP_AFTER = re.compile(r"[\s,—–-]*(?:" + SPEECH + r"\s+)?")
_THEN_SPEECH = re.compile(r"(?:\s*,[^,“”\"\n]{0,80},)?\s*" + SPEECH + r"\b")
_BEFORE_QUOTE = re.compile(r"(?:\s*,[^,“”\"\n]{0,80},)?\s*" + SPEECH + r"[^.“”\"\n]{0,40}?[:,]?\s*")
_REGION = 160


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker's entity key, the mention that names it there, and the role given there."""

    key: str | None
    span: Span | None = None
    role: str | None = None


def ranked_attribution(text: str, raw: RawQuote, table: EntityTable,
                       inside: list[Span]) -> Attribution:
    """'"…," said Capt. Dan Keeler' or 'Rear Adm. Jane Roe said: "…"' read from the raw text."""
    nxt = min([q.start for q in inside if q.start >= raw.outer.end] + [len(text)])
    end = min(nxt, raw.outer.end + _REGION, _line_end(text, raw.outer.end))
    for found in ranked_names(text, raw.outer.end, end):
        gap = text[raw.outer.end : found.rank_span.start]
        if _GAP_AFTER.fullmatch(gap) and (re.search(SPEECH, gap) or _THEN_SPEECH.match(
                text, found.name.end)):
            return _ranked(text, found, table)
        break
    start = max([q.end for q in inside if q.end <= raw.outer.start]
                + [text.rfind("\n", 0, raw.outer.start) + 1])
    before = ranked_names(text, start, raw.outer.start)
    if before and _BEFORE_QUOTE.fullmatch(text, before[-1].name.end, raw.outer.start):
        return _ranked(text, before[-1], table)
    return Attribution(None)


def _ranked(text: str, found: RankedName, table: EntityTable) -> Attribution:
    speaker = ranked_speaker(text, found, table)
    if speaker is None:
        return Attribution(None)
    return Attribution(speaker[0], speaker[1], role_as_said(text, found.name, found.rank))


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def colon_or_apposition(doc: Any, raw: RawQuote, table: EntityTable,
                        inside: list[Span]) -> Attribution:
    """'X … delivered an ultimatum: "…"' (the clause's subject) or '"…," X, a scholar.'"""
    text = text_of(doc)
    at = raw.outer.start
    while at > 0 and text[at - 1].isspace():  # the text before the quote, less its spaces
        at -= 1
    if at > 0 and text[at - 1] == ":":
        colon = doc.char_span(at - 1, at, alignment_mode="expand")
        if colon is not None:
            return clause_subject(doc, sentence_of(doc, colon.start), at, table, inside)
    if text[raw.outer.start : raw.outer.end].rstrip("”\"’ ").endswith(","):
        for sp, d in table.in_range(raw.outer.end, raw.outer.end + 40):
            gap = text[raw.outer.end : sp.start]
            if d.kind == "person" and gap.strip(" ,") == "":
                return Attribution(d.key, sp)
            break
    return Attribution(None)


def clause_subject(doc: Any, sent: Any, limit: int, table: EntityTable,
                inside: list[Span]) -> Attribution:
    """The speaker opening the clause before the colon: a leading pronoun, else its first
    person, else its first organisation or state (the pipeline runs no parser)."""
    first = sent[0]
    if first.lower_ in PRONOUNS:
        found = refers_to(doc, first, table, inside)
        return Attribution(*found) if found else Attribution(None)
    mentions = [(sp, d) for sp, d in table.in_range(sent.start_char, limit)
                if not any(q.start <= sp.start < q.end for q in inside)]
    for kind in ("person", "organization", "country"):
        for sp, d in mentions:
            if d.kind == kind:
                return Attribution(d.key, sp)
    return Attribution(None)


def carry_open_quotes(text: str, found: list[tuple[RawQuote, Attribution]]
                      ) -> list[tuple[RawQuote, Attribution]]:
    """A paragraph left open by its quotation continues in the next paragraph's quotation: an
    unattributed open paragraph takes the speaker named after the continuation."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        raw, att = out[i]
        nxt_raw, nxt_att = out[i + 1]
        between = text[raw.outer.end : nxt_raw.outer.start]
        if att.key is None and raw.open_end and "\n" in between and between.strip() == "":
            out[i] = (raw, Attribution(nxt_att.key, nxt_att.span, nxt_att.role))
    return out


def person_named(text: str, table: EntityTable, att: Attribution) -> Attribution:
    """A speaker read as a state or an organisation whose words are a person's surname in this
    article ("Corker said" tagged as an organisation, "Trump tweeted" read as the US) is that
    person: a named person in the attribution outranks any state or organisation."""
    if att.key is None or att.span is None or table.drafts[att.key].kind == "person":
        return att
    words = text[att.span.start : att.span.end]
    people = [d for d in table.drafts.values()
              if d.kind == "person" and d.mentions and len(d.name.split()) > 1
              and d.name.split()[-1] == words]
    return Attribution(people[0].key, att.span, att.role) if len(people) == 1 else att


def speaker_role(text: str, table: EntityTable, att: Attribution) -> str | None:
    """The role the attribution gives: a description for anonymous speakers, the apposition or
    title for named ones, the title itself for "the president said", nothing for "he"."""
    if att.key is None or att.span is None:
        return None
    words = text[att.span.start : att.span.end]
    draft = table.drafts.get(att.key)
    if words.lower() in PRONOUNS or draft is None:
        return None
    if att.key.startswith("nominal:"):
        return draft.role
    if words.lower().startswith("the "):
        return words
    return role_as_said(text, att.span)
