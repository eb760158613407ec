"""Agreements: deals, treaties and accords proposed, agreed or signed (AGREE)."""

from __future__ import annotations

import re

from factwire.entities.table import Draft
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    distinct_actor_keys,
    implied_state,
    occasion_sides,
    subjects_up,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import Frame, has_aux, mentions_of, purpose_clause
from factwire.events.known_accords import founded_accord, known_accord, named_kind
from factwire.nlp.types import Token
from factwire.values import find_money

KIND = "agreement"
LONE = "lone_party"  # a literal no role reads: an accord told with one side only
LEXICON_FIELDS = ("verbs", "nouns", "name_heads", "status_by_light_verb", "brokers", "known",
                  "founding_verbs")

# The nouns for an accord: those that are one in any use ("deal", "treaty"), and those that
# are one only as the head of a name ("the Security of Supply Arrangement", not "security
# arrangements").
Heads = tuple[frozenset[str], frozenset[str]]


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verb_status: dict[str, str] = entry.labels("verbs")
    light_status: dict[str, str] = entry.labels("status_by_light_verb")
    common = frozenset(entry.words("nouns"))
    nouns: Heads = (common, common | frozenset(entry.words("name_heads")))
    out: list[EventDraft] = []
    partial: list[EventDraft] = []
    heads: list[Token] = []  # the triggers of the accords with their parties
    for tok in ctx.sent.tokens:
        known = known_accord(ctx, tok) or founded_accord(ctx, tok)
        if known is not None:
            out.append(known)
            continue
        if _agreement_noun(tok, nouns) and not _in_agreement(tok):
            frame, found = _noun_status(ctx, tok, light_status)
            if found is None:
                continue
            status = found
        elif tok.pos_ == "VERB" and tok.lemma_ in verb_status and not _has_noun_trigger(
                tok, nouns) and not _opinion(tok):
            frame = ctx.frame(tok)
            status = verb_status[tok.lemma_]
        else:
            continue
        draft = _draft(ctx, tok, frame, status)
        if draft is None:
            out.extend(_witnessed(ctx, tok, frame, status, nouns))
            continue
        for one in (d for each in _per_partner(ctx, tok, frame, draft)
                    for d in _per_document(ctx, tok, each)):
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "under", "through") and any(
                    tok in head.subtree for head in heads):
                continue  # "agreed to restore ties in a deal brokered by China": the deal
                # the verb's parties agreed, and its broker no party
            if len(distinct_actor_keys(_parties(ctx, one))) >= 2:
                out.append(one)
                heads.append(tok)
            elif one.keys("parties"):
                partial.append(one)
    for draft in partial:
        if out:
            draft.add("parties", out[0].keys("parties"))
        elif draft.trigger is not None and ctx.sent.sdoc[0].lower_ in ("we", "they"):
            draft.literals[LONE] = "1"  # "We also agreed to ...": the partner is the one
        else:  # met or called just before (completion looks for it)
            continue
        out.append(draft)
    _share_value(ctx, out)
    return out


def _witnessed(ctx: SentenceContext, tok: Token, frame: Frame, status: str,
               nouns: Heads) -> list[EventDraft]:
    """"In the presence of the two presidents, documents were signed, including an
    agreement on X and a memorandum on Y": the states of those present are the parties, one
    agreement per document listed."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    present = [d for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
               for p in prep.children if p.dep_ == "pobj" and p.lemma_ == "presence"
               for d in ctx.entities_in(p, ("person", "country"))]
    span = ctx.sent.span_of(tok)
    parties = [s for iso in dict.fromkeys(d.actor_key for d in actor_drafts(present))
               if iso and (s := implied_state(ctx, iso, span)) is not None]
    if len(parties) < 2:
        return []
    listed = sorted({t.i: t for c in tok.children if c.dep_ == "nsubjpass" or (
        c.dep_ == "prep" and c.lower_ in ("including", "among")) for t in c.subtree
        if _agreement_noun(t, nouns)}.values(), key=lambda t: t.i)
    out: list[EventDraft] = []
    for n, doc in enumerate(listed or [tok]):
        draft = ctx.draft(KIND, tok, frame)
        draft.status = status
        draft.add("parties", [p.key for p in parties])
        end = listed[n + 1].left_edge.i if n + 1 < len(listed) else None
        subject = _listed_subject(doc, end) if doc != tok else None
        if subject:
            draft.literals["subject"] = subject
        out.append(draft)
    return out


def _listed_subject(doc: Token, end: int | None) -> str | None:
    """What a listed document is on, up to the next document ("an agreement on the
    protection of investments and a memorandum on ...": "protection of investments")."""
    for prep in doc.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "for", "about"):
            toks = [t for t in prep.subtree if t.i > prep.i and (end is None or t.i < end)]
            while toks and toks[-1].dep_ in ("cc", "det", "punct"):
                toks.pop()
            if toks:
                return _short(str(doc.doc[toks[0].i : toks[-1].i + 1].text))
    return None


def _noun_status(ctx: SentenceContext, tok: Token,
                 light_status: dict[str, str]) -> tuple[Frame, str | None]:
    """The frame of an accord noun and the status its verb, act or brokers give (None: a
    mere mention, no event)."""
    frame = ctx.frame(tok)
    status = light_status.get(frame.verb.lemma_)
    if status is None and (act := _act_of(tok, light_status)) is not None:
        status, over = act
        if frame.verb == tok:  # the name too long for the verb to be found from it:
            frame = ctx.frame(over)  # the act's own verb ("the leaders welcomed")
    brokers = _brokers(ctx, tok)
    if status is None and brokers:  # "a deal brokered by Russia and Turkey"
        status = brokers[0]
        frame.subjects.extend(d for d in brokers[1] if d not in frame.subjects)
    if status is None and frame.verb.lemma_ not in _WISHED and _has_party(frame):
        status = "agreed"  # "the 2015 nuclear deal with Iran", mentioned in passing
    return frame, status


def _act_of(tok: Token, light_status: dict[str, str]) -> tuple[str, Token] | None:
    """"welcomed the signing of a Memorandum": the status an act noun over the accord
    gives ("signing", "conclusion", "ratification"), over the whole name ("the signing of a
    Security of Supply Arrangement")."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN":
        tok = tok.head.head  # "Arrangement" hangs in the name from "Security"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
        return None
    act = tok.head.head.lemma_.lower()
    status = light_status.get(_ACT_VERBS.get(act, act))
    return (status, tok.head.head) if status is not None else None


_ACT_VERBS = {"signing": "sign", "conclusion": "conclude", "ratification": "ratify",
              "finalisation": "finalise", "finalization": "finalize", "renewal": "renew"}


def _agreement_noun(tok: Token, nouns: Heads) -> bool:
    """A noun for an accord, common or in a name ("the Reciprocal Access Agreement",
    "a Memorandum of Understanding"), which the parser tags as a proper noun."""
    if tok.pos_ == "NOUN":
        return tok.lemma_ in nouns[0]
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ != "compound" and (
        tok.lower_ in nouns[1] or tok.lower_.removesuffix("s") in nouns[1])  # not "Treaty
    # Organization": the name's head is another word


def _in_agreement(noun: Token) -> bool:
    """"are in agreement with the US on the need to respond": a view shared, no accord; "in
    violation of the UN Charter": an accord only invoked, no party named to it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _BROKEN:
        return True
    return noun.lower_ == "agreement" and noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
        not any(c.dep_ == "det" for c in noun.children))


_BROKEN = frozenset({"violation", "breach", "contravention", "defiance"})


def _opinion(verb: Token) -> bool:
    """"agreed with Trump that a blow had been struck": sharing a view, not an accord (a
    "that" clause is what is believed; "agreed to open the border" is a commitment)."""
    return verb.lemma_ == "agree" and any(
        c.dep_ == "ccomp" and (any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                               or _stated(c)) and not _bound(c)
        for c in verb.children)


def _bound(clause: Token) -> bool:
    """"agreed that the YPG would leave the area": an act bound by a modal is a term of
    the accord ("agreed that the war would be long" states a view)."""
    return has_aux(clause, _BINDING) and clause.lemma_ not in _STATES


_STATES = frozenset({"be", "have", "remain", "become", "get", "need", "seem", "take"})


_BINDING = frozenset({"would", "will", "should", "shall", "must", "'ll"})


def _stated(clause: Token) -> bool:
    """"agreed Assad's regime had a pattern of dangerous behaviour": a clause with its own
    subject and no binding modal states a view ("agreed Turkish troops would leave"
    binds)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and not has_aux(
        clause, _BINDING)


def _brokers(ctx: SentenceContext, tok: Token) -> tuple[str, list[Draft]] | None:
    """A deal with a participle that names who made it: "the truce brokered by Moscow and
    Ankara", "a deal negotiated by the council": those actors are its parties."""
    table = ctx.lex.kind(KIND).labels("brokers")
    for child in tok.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_ in table:
            named = [p for a in child.children if a.dep_ == "agent" for p in a.children]
            agents = [d for p in named
                      for d in actor_drafts(mentions_of(ctx.sent, p, ctx.table))]
            if not agents and any(g.dep_ == "poss" and g.lower_ == "their"
                                  for p in named for g in p.children):
                span = ctx.sent.span_of(child)  # "reviewed the pact signed by their
                agents = [s for d in subjects_up(ctx, tok)  # ministers": the states of
                          if d.actor_key and (s := implied_state(  # those who review it
                              ctx, d.actor_key, span)) is not None]  # (not its signers)
            if agents:
                return table[child.lemma_], agents
    return None


def _per_document(ctx: SentenceContext, tok: Token, draft: EventDraft) -> list[EventDraft]:
    """"Agreements on energy, space and mining": one agreement per document named, each with
    its own subject (EVENTS.md: each real-world agreement once)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return [draft]
    topics: list[str] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "for", "in"):
            toks = [t for t in prep.subtree if t != prep]
            if toks:
                text = ctx.text(toks[0]) if len(toks) == 1 else ctx.sent.sdoc[
                    toks[0].i : toks[-1].i + 1].text
                topics = [t for t in _LIST_SPLIT.split(text.rstrip(" .")) if t.strip()]
    if len(topics) < 2:
        return [draft]
    out = []
    for topic in topics:
        copy = draft.copy()
        copy.literals["subject"] = _short(topic)
        out.append(copy)
    return out


def _per_partner(ctx: SentenceContext, tok: Token, frame: Frame,
                 draft: EventDraft) -> list[EventDraft]:
    """"Ukraine has concluded security agreements with Germany, France and Denmark": one
    side's agreements with several others are one agreement per pair."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return [draft]
    sides = actor_drafts(frame.subjects)
    partners = [d for d in actor_drafts(frame.prep("with")) if d not in sides]
    if len(distinct_actor_keys(sides)) != 1 or len(distinct_actor_keys(partners)) < 2:
        return [draft]
    out = []
    for partner in partners:
        copy = draft.copy()
        copy.roles["parties"] = [*(d.key for d in sides), partner.key]
        out.append(copy)
    return out


_LIST_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def _parties(ctx: SentenceContext, draft: EventDraft) -> list[Draft]:
    return [ctx.table.drafts[k] for k in draft.keys("parties")]


def _share_value(ctx: SentenceContext, drafts: list[EventDraft]) -> None:
    """The money of the sentence is the value of its signed deal."""
    signed = [d for d in drafts if d.status == "signed"]
    if len(signed) != 1:
        return
    monies = find_money(ctx.table.text, ctx.sent.span.start, ctx.sent.span.end)
    if monies:
        signed[0].value = monies[0].money


_WISHED = frozenset({"seek", "eye", "want", "hope", "push", "pursue", "plan", "propose",
                     "negotiate", "discuss", "need", "urge", "reject", "oppose"})


def _has_party(frame: Frame) -> bool:
    """A deal named with its parties ("US-Turkish deal", "deal with Iran"), not a bare "deal"."""
    return bool(actor_drafts([*frame.modifiers, *frame.prep("with", "between")]))


def _has_noun_trigger(verb: Token, nouns: Heads) -> bool:
    """"signed a deal", "as agreed in a deal": the noun carries the event; the verb only
    gives its status."""
    if any(c.dep_ == "dobj" and _agreement_noun(c, nouns) for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "under") and p.dep_ == "pobj"
               and _agreement_noun(p, nouns) for c in verb.children for p in c.children)


_NOUNS = ("NOUN", "PROPN")
_BROKERING = frozenset({"brokered", "mediated", "sponsored", "facilitated"})


def _names_accord(d: Draft, ctx: SentenceContext) -> bool:
    """An entity the recogniser took for an organisation that is an accord's name ("the Air
    Transport Agreement")."""
    words = d.name.lower().split()
    entry = ctx.lex.kind(KIND)
    return d.kind == "organization" and bool(words) and (
        words[-1] in entry.words("nouns") or words[-1] in entry.words("name_heads"))


def _hyphen_brokers(ctx: SentenceContext, tok: Token) -> set[str]:
    """"a US-brokered accord", "the Qatar-mediated deal": the state before the hyphen
    brought the sides together; it is no party."""
    out: set[str] = set()
    for mod in tok.lefts:
        if mod.lower_ in _BROKERING:
            out.update(d.key for c in mod.lefts for d in mentions_of(ctx.sent, c, ctx.table))
        elif mod.i + 2 < len(mod.doc) and mod.nbor().text == "-" and (
                mod.nbor(2).lower_ in _BROKERING):
            out.update(d.key for d in mentions_of(ctx.sent, mod, ctx.table))
    return out


def _draft(ctx: SentenceContext, tok: Token, frame: Frame, status: str) -> EventDraft | None:
    parties = actor_drafts([*frame.subjects, *frame.modifiers, *frame.prep("with", "between")])
    if tok.pos_ in _NOUNS and len(distinct_actor_keys(actor_drafts(frame.modifiers))) >= 2:
        parties = actor_drafts([*frame.modifiers, *frame.prep("with", "between")])  # "under
        # a US-Turkish deal, Kurdish fighters left": the clause's subject is no party
    if tok.pos_ in _NOUNS and len(distinct_actor_keys(parties)) < 2:
        parties += [d for d in _between(ctx, tok) if d not in parties]  # "the deal for 40
        # helicopters between Poland and the US": the parse hangs "between" on its object
    if frame.verb.dep_ == "conj":
        first = ctx.frame(frame.verb.head)
        parties += [d for d in actor_drafts([*first.subjects, *first.prep("with")])
                    if d not in parties]
        for child in frame.verb.head.children:
            if child.dep_ == "dobj":
                parties += [d for d in actor_drafts(ctx.frame(child).prep("with"))
                            if d not in parties]
    parties += [d for d in occasion_sides(ctx, frame.verb) if d not in parties]  # "a call
    # with X in which Y agreed to withdraw": X is the other side
    brokers = _hyphen_brokers(ctx, tok)  # and no accord is a party to another
    parties = [d for d in parties if d.key not in brokers and not _names_accord(d, ctx)]
    if not parties:
        return None
    draft = ctx.draft(KIND, tok, frame)
    draft.status = status
    draft.add("parties", [d.key for d in parties])
    signers = [d.key for d in parties if d.kind == "person"]
    if signers and status == "signed" and frame.verb.lemma_ in _SIGNING:  # not "the leaders
        # reviewed the pact their ministers signed"
        draft.add("signatories", signers)
    subject = _subject(ctx, tok, frame) or named_kind(tok)
    if subject:
        draft.literals["subject"] = subject
    return draft


_SIGNING = frozenset({"sign", "ink", "seal", "conclude", "initial", "ratify", "renew"})


def _between(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """The sides a "between" phrase anywhere under the deal noun names."""
    return actor_drafts([d for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "between"
                         for p in t.children if p.dep_ == "pobj"
                         for d in mentions_of(ctx.sent, p, ctx.table)])


def _subject(ctx: SentenceContext, tok: Token, frame: Frame) -> str | None:
    """What the agreement is about: "over the purchase of ...", "to jointly develop ..."."""
    holders = [tok, frame.verb]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("over", "on", "for", "about", "to"):
                pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp") and not _when(c)]
                if pobj:  # "on the co-development": a split parse gives several objects
                    return _short(_without_sides(ctx, pobj[0], pobj[-1]))
            if child.dep_ == "xcomp" and holder.pos_ == "VERB":
                return _short(ctx.text(child).removeprefix("to ").strip())
            if purpose_clause(child):  # "a Memorandum to collaborate on mining": its
                # purpose, to the phrase's end ("to co-develop X" is parsed as three clauses)
                purpose = ctx.sent.sdoc[child.left_edge.i : holder.right_edge.i + 1].text
                return _short(purpose.removeprefix("to ").strip(" .;,"))
    return _next_complement(ctx, tok)


def _without_sides(ctx: SentenceContext, tok: Token, last: Token) -> str:
    """The phrase from ``tok`` to ``last`` up to a "between" phrase naming the sides ("40
    helicopters between Poland and the US" is about 40 helicopters)."""
    sides = [t for t in last.subtree if t.dep_ == "prep" and t.lower_ == "between"]
    end = min([s.i for s in sides if s.i > last.i], default=last.right_edge.i + 1)
    entry = ctx.lex.kind(KIND)
    accords = [t for t in last.subtree if t.dep_ == "conj" and t.i > last.i and (
        t.lemma_.lower() in entry.words("nouns") or t.lower_ in entry.words("name_heads"))]
    if accords:  # "on space cooperation and an agreement to ...": the next accord's own
        end = min(end, accords[0].left_edge.i)
        while end > tok.left_edge.i and tok.doc[end - 1].lower_ in ("and", ","):
            end -= 1
    return str(tok.doc[tok.left_edge.i:end].text).strip()


def _next_complement(ctx: SentenceContext, tok: Token) -> str | None:
    """When the parse attaches it elsewhere: the first "over/on/for ..." after the trigger."""
    sdoc = ctx.sent.sdoc
    for t in sdoc[tok.i + 1 : tok.i + 16]:
        if t.pos_ == "VERB":
            break
        if t.dep_ == "prep" and t.lower_ in ("over", "on", "for", "about"):
            pobj = [c for c in t.children if c.dep_ in ("pobj", "pcomp") and not _when(c)]
            if pobj:
                return _short(ctx.text(pobj[0]))
    return None


def _when(tok: Token) -> bool:
    """"on Monday", "for 2019": a date says when, not what the agreement is about."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _DATE_WORDS or (
        tok.like_num and len(tok.text) == 4) or tok.lemma_ in _DURATIONS  # "for 20 years"


_DURATIONS = frozenset({"day", "week", "month", "year", "decade"})
_DATE_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "week", "month", "year"})


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    while parts and parts[0].lower() in ("the", "a", "an"):
        parts = parts[1:]
    return " ".join(parts[:words])
