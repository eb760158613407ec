"""The systems a transfer's words name, and the states that made them: the weapons in a
trigger's object ("supplied Leopard 2 tanks"), the class a verb implies ("arms the SDF"),
and the maker a weapon's own words give ("German tanks", "Chinese-built frigates"), which
is the supplier of a weapon in another state's hands ("Turkish forces using German tanks").
"""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    implied_state,
    listed_states,
    place_state,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import mentions_of, objects_of, purpose_clause
from factwire.events.spec import LexiconEntry
from factwire.model import Span
from factwire.nlp.types import Token

KIND = "arms_transfer"


def delivered(ctx: SentenceContext, kind: str, tok: Token, system: Draft, supplier: Draft,
              recipient: Draft) -> EventDraft:
    """A transfer of ``system`` read from weapons in hand: delivered, for they are held."""
    draft = ctx.draft(kind, tok, ctx.frame(tok))
    draft.add("system", [system.key])
    draft.add("supplier", [supplier.key])
    draft.add("recipient", [recipient.key])
    draft.status = "delivered"
    return draft


def systems_moved(ctx: SentenceContext, tok: Token) -> list[tuple[Draft, Span]]:
    """Weapons named in what the trigger moves: its object, or its "of"/"for" complement."""
    holders = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "compound", "nsubjpass")
               or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]  # "deliver tanks and
    # Marder vehicles": the parse joined the second object to the verb
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "on", "with"):
            holders.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
        elif prep.dep_ == "prep" and prep.lower_ in ("along", "together"):  # "a battery,
            holders.extend(c for w in prep.children if w.lower_ == "with"  # along with
                           for c in w.children if c.dep_ == "pobj")  # more interceptors"
    listed = [c for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "including"
              and _within_arguments(t.head, tok) for c in t.children if c.dep_ == "pobj"]
    holders.extend(listed)  # "licensed arms to Riyadh, including Typhoon jets" (the parse
    # hangs the list on the recipient), "the sale of equipment, including Abrams tanks"
    clause = tok
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "relcl" and any(h.tag_ == "WDT" for h in holders):
        holders.append(clause.head)  # "F-16 jets, which the Dutch agreed to transfer"
    out: list[tuple[Draft, Span]] = []
    sentence = ctx.table.in_range(ctx.sent.span.start, ctx.sent.span.end)
    for holder in holders:
        toks = _without_clauses(holder)
        span = ctx.sent.span_of_tokens(toks[0], toks[-1])
        # inside the object, or across it when the parse split a name ("supply Leopard |
        # 2 tanks": two objects, one weapon)
        for sp, d in sentence:
            if d.kind == "weapon" and sp.overlaps(span) and all(d is not o for o, _ in out) and (
                    d.generic or not _for_platform(ctx, sp)):
                out.append((d, sp))
    named = [sp for h in listed for d, sp in out if not d.generic and _inside(ctx, sp, h)]
    return [(d, sp) for d, sp in out if not (d.generic and (
        bool(named) or _named_in_apposition(ctx, sp, out) or _named_before(ctx, sp, out)))]


def _within_arguments(head: Token, trigger: Token) -> bool:
    """``head`` is the trigger or a noun of its arguments ("the sale of equipment to
    Poland, including ..."): a list hung there says what the trigger moves."""
    for _ in range(4):
        if head == trigger:
            return True
        if head.dep_ not in ("pobj", "prep", "dobj", "appos", "conj") or head.head == head:
            return False
        head = head.head
    return False


def _inside(ctx: SentenceContext, mention: Span, holder: Token) -> bool:
    """``mention`` lies in ``holder``'s phrase: a system the "including" list names, so the
    class before it ("military equipment") is only the package, not a transfer of its own."""
    phrase = ctx.sent.span_of_tokens(holder.left_edge, holder.right_edge)
    return phrase.start <= mention.start and mention.end <= phrase.end


_MODIFIERS = frozenset({"amod", "compound", "nummod", "nmod", "punct", "quantmod", "npadvmod"})


def _named_before(ctx: SentenceContext, generic: Span, found: list[tuple[Draft, Span]]) -> bool:
    """"Gepard anti-aircraft tanks", "Challenger 2 main battle tanks": the class heads the
    named weapon's own phrase (only its modifiers stand between), one transfer, not two."""
    for d, sp in found:
        if d.generic or sp.end > generic.start:
            continue
        between = [t for t in ctx.sent.tokens if sp.end <= t.idx < generic.start]
        if all(t.dep_ in _MODIFIERS and t.lower_ not in (",", "and", "or") and (
                t.head.idx <= generic.end) for t in between):
            return True
    return False


def _named_in_apposition(ctx: SentenceContext, generic: Span,
                         found: list[tuple[Draft, Span]]) -> bool:
    """"its most modern air defence system, the IRIS-T": the class is the named weapon set
    off after it, one transfer, not two."""
    heads = [t for t in ctx.sent.tokens if generic.start <= t.idx < generic.end
             and not generic.start <= t.head.idx < generic.end]
    for head in heads:
        for c in head.children:
            if c.dep_ != "appos":
                continue
            named = ctx.sent.span_of_tokens(c.left_edge, c.right_edge)
            if any(not d.generic and named.start <= sp.start and sp.end <= named.end
                   for d, sp in found):
                return True
    return False


def _for_platform(ctx: SentenceContext, mention: Span) -> bool:
    """A named weapon only as what parts or munitions are for ("F-16 munitions", "Patriot
    spare parts"): the word after it heads a part or consumable, so it is not moved (a
    class is: "artillery ammunition")."""
    parts = {*ctx.lex.kind(KIND).words("part_heads"), "munitions"}
    if ctx.table.text[mention.start:mention.end].split()[-1].lower() in parts:
        return True  # the name was read with its head: "F-16 munitions"
    after = [t for t in ctx.sent.tokens if t.idx >= mention.end][:3]
    nouns = [t for t in after if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and nouns[0].lower_ in parts and nouns[0].i == after[0].i and (
        nouns[0].dep_ != "compound")


def _without_clauses(holder: Token) -> list[Token]:
    """The tokens of ``holder``'s phrase without a purpose it carries: "weapons to help it
    defend against Russia's missile attacks" moves weapons, not missiles (a clause saying
    what the package holds, "a package that includes HIMARS", stays)."""
    cut = {t.i for c in holder.children if purpose_clause(c) for t in c.subtree}
    return [t for t in holder.subtree if t.i not in cut]


def noun_weapons(ctx: SentenceContext, noun: Token) -> list[tuple[Draft, Span]]:
    """Weapons a noun phrase names in the noun and what stands before it, not in the clauses
    after it ("rockets given to them by Iran", "German tanks and British gunships")."""
    first = min((t for t in noun.subtree if t.i <= noun.i), key=lambda t: t.i)
    span = ctx.sent.span_of_tokens(first, noun)
    return [(d, sp) for sp, d in ctx.table.in_range(span.start, span.end)
            if d.kind == "weapon"]


def implied_class(ctx: SentenceContext, tok: Token, label: str) -> tuple[Draft, Span]:
    """"The coalition, which arms the SDF": the verb itself names the class moved (arms)."""
    key = f"class:{label}"
    span = ctx.sent.span_of(tok)
    draft = ctx.table.get_or_add(key, "weapon", label, canonical=key, category="other")
    ctx.table.add_mention(key, span, "name")
    return draft, span


def weapon_after(ctx: SentenceContext, tok: Token) -> list[tuple[Draft, Span]]:
    """The parse attached the object elsewhere: the first weapon after the trigger."""
    start = ctx.sent.span_of(tok).end
    for sp, d in ctx.table.in_range(start, ctx.sent.span.end):
        if d.kind == "weapon":
            return [(d, sp)]
    return []


def makers_of(ctx: SentenceContext, thing: Token) -> list[Draft]:
    """States a weapon noun names as its maker: "German tanks", "US-made missiles",
    "Chinese-built frigates" (the state hangs on the participle)."""
    made = set(ctx.lex.kind(KIND).words("maker_participles"))
    heads = [c for c in thing.children if c.dep_ in ("amod", "compound", "nmod")]
    heads += [g for c in heads if c.lemma_ in made for g in c.children
              if g.dep_ in ("npadvmod", "compound", "nmod")]
    return [d for c in heads for d in mentions_of(ctx.sent, c, ctx.table) if d.kind == "country"]


def mention_makers(ctx: SentenceContext, mention: Span) -> list[Draft]:
    """Makers a weapon's own phrase names: "American weapons", "frigates built by South
    Korea's Hyundai" (a company, which the kind turns into its state)."""
    made = set(ctx.lex.kind(KIND).words("maker_participles"))
    heads = [t for t in ctx.sent.tokens if mention.start <= t.idx < mention.end
             and not mention.start <= t.head.idx < mention.end]
    out = [d for h in heads for d in makers_of(ctx, h)]
    out += [d for h in heads for c in h.children if c.dep_ == "acl" and c.lemma_ in made
            for g in c.children if g.dep_ == "agent" for p in g.children
            for d in mentions_of(ctx.sent, p, ctx.table)
            if d.kind == "country" or d.category == "company"]
    return out


def received_makers(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """Makers of what ``tok`` receives: its object, or the "of" phrase of a noun object
    ("took delivery of four Chinese-built frigates")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += objects_of((c for o in objs for c in o.children), "of")
    return [d for o in objs for d in makers_of(ctx, o)]


def made_with(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """Makers of what an agentless passive gives "with" ("were armed with Iranian
    missiles"): the state that supplied it when the text names no giver."""
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    return [d for p in objects_of(tok.children, "with") for d in makers_of(ctx, p)]


def used_foreign(ctx: SentenceContext) -> list[EventDraft]:
    """"Turkish forces using German tanks", "the rebels fired a US missile": a weapon that
    another state's name qualifies, in the hands of whoever uses it, came from that state."""
    verbs = set(ctx.lex.kind(KIND).words("user_verbs")) - {"receive"}
    out: list[EventDraft] = []
    for tok in ctx.sent.tokens:
        if tok.pos_ != "VERB" or tok.lemma_ not in verbs:
            continue
        holders = [c for c in tok.children if c.dep_ == "nsubj"] or (
            [tok.head] if tok.dep_ == "acl" else  # "rebels using a missile"
            [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "advcl"
            else [])  # "X overran the town using Y"
        users = actor_drafts([d for h in holders for d in mentions_of(ctx.sent, h, ctx.table)])
        things = [c for c in tok.children if c.dep_ == "dobj"]
        things += [c for t in things for c in t.children if c.dep_ == "conj"]
        for thing in things if users else []:
            weapons = [d for d, _sp in noun_weapons(ctx, thing)]
            makers = makers_of(ctx, thing)
            if not weapons or not makers or makers[0].actor_key == users[0].actor_key:
                continue
            out.append(delivered(ctx, KIND, tok, weapons[0], makers[0], users[0]))
    return out


def maker_state(ctx: SentenceContext, draft: EventDraft) -> None:
    """A company that sells or supplies arms does so as its state's export ("Lockheed Martin
    will supply Patriot missiles to Saudi Arabia" is a US transfer): the supplier is the
    maker's home state (the gold and SIPRI's register code states)."""
    keys = []
    for key in draft.keys("supplier"):
        maker = ctx.table.drafts.get(key)
        state = implied_state(ctx, maker.country, min(maker.mentions)) if (
            maker is not None and maker.category == "company" and maker.country
            and maker.mentions) else None
        keys.append(state.key if state is not None else key)
    if keys:
        draft.roles["supplier"] = list(dict.fromkeys(keys))


def sold_by_maker(ctx: SentenceContext, draft: EventDraft, mention: Span, *,
                  named: bool = False) -> None:
    """"Bought $110bn of American weapons": a purchase made (not wished) with no seller
    named was sold by the maker the weapon's own phrase names; so is one a noun names as
    the buyer's (``named``: "its purchase of Russian-made missiles")."""
    if not draft.keys("supplier") and draft.modality == "asserted" and (draft.status in (
            "ordered", "delivered") or (named and draft.keys("recipient"))):
        draft.add("supplier", [d.key for d in mention_makers(ctx, mention)[:1]
                               if d.key not in draft.keys("recipient")])


def armed_noun(ctx: SentenceContext, tok: Token, entry: LexiconEntry) -> list[EventDraft]:
    """"The US-armed YPG fighters": the state before "armed" arms those the noun names."""
    givers = actor_drafts([d for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")
                           for d in mentions_of(ctx.sent, c, ctx.table)])
    takers = [d for d in actor_drafts(mentions_of(ctx.sent, tok.head, ctx.table))
              if d not in givers]
    if not givers or not takers:
        return []
    system, _span = implied_class(ctx, tok, entry.labels("implied_systems")["arm"])
    draft = delivered(ctx, KIND, tok, system, givers[0], takers[0])
    return [draft]


def listed_recipients(ctx: SentenceContext, draft: EventDraft,
                      out: list[EventDraft]) -> list[EventDraft]:
    """"Sold drones to Ukraine and Poland": one transfer per recipient listed with the first."""
    first = ctx.table.drafts.get(draft.keys("recipient")[0]) if draft.keys("recipient") else None
    ids = {(d.keys("system")[0], tuple(d.keys("supplier")), tuple(d.keys("recipient")))
           for d in out}
    copies = []
    for other in listed_states(ctx, first) if first is not None else []:
        ident = (draft.keys("system")[0], tuple(draft.keys("supplier")), (other.key,))
        if other.key not in draft.keys("supplier") and ident not in ids:
            copies.append(draft.copy())
            copies[-1].roles["recipient"] = [other.key]
    return copies


def arrived_weapons(ctx: SentenceContext) -> list[EventDraft]:
    """"The first batch of F-35 jets arrived in Israel from the United States": weapons that
    arrive in a state are delivered to it, by the state they come from or their maker."""
    out: list[EventDraft] = []
    for tok in ctx.sent.tokens:
        if tok.pos_ != "VERB" or tok.lemma_ not in ctx.lex.kind(KIND).words("arrival_verbs"):
            continue
        frame = ctx.frame(tok)
        things = [c for c in tok.children if c.dep_ == "nsubj"]
        batch = objects_of((c for t in things for c in t.children), "of")  # "a batch of"
        things += batch
        weapons = [d for t in things for d, _sp in noun_weapons(ctx, t)]
        states = [s for d in frame.prep("in", "at", "to") if (s := place_state(ctx, d))]
        givers = actor_drafts(frame.prep("from")) or [  # a maker only for goods in a batch:
            d for t in batch for d in makers_of(ctx, t)]  # "Russian jets arrived" may be a force
        if weapons and states and givers and givers[0].actor_key != states[0].actor_key:
            out.append(delivered(ctx, KIND, tok, weapons[0], givers[0], states[0]))
    return out

