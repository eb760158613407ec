"""Arms transfers: a supplier sells, supplies or delivers a system to a recipient.

One event per supplier, recipient and system; the status is the step the text reports
(planned, approved, ordered, delivered, cancelled).
"""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.actors import armed_organ
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    capitals_as_states,
    head_chain,
    own_prep,
    subjects_up,
)
from factwire.events.draft import EventDraft, status_rank
from factwire.events.forces import force_moving
from factwire.events.frames import Frame, mentions_of, objects_of
from factwire.events.listing import PACKAGE_NOUNS, count_just_before
from factwire.events.passives import agents, described, passive_recipient
from factwire.events.spec import LexiconEntry
from factwire.events.systems import (
    armed_noun,
    arrived_weapons,
    implied_class,
    listed_recipients,
    made_with,
    maker_state,
    makers_of,
    noun_weapons,
    received_makers,
    sold_by_maker,
    systems_moved,
    used_foreign,
    weapon_after,
)
from factwire.events.thanks import thanked_transfers
from factwire.model import Span
from factwire.nlp.types import Token
from factwire.values import find_money

KIND = "arms_transfer"
LEXICON_FIELDS = ("recipient_verbs", "supplier_verbs", "nouns", "status_cues", "donation_cues",
                  "implied_systems", "time_preps", "done_status", "system_heads", "part_heads",
                  "thank_words",
                  "seller_nouns", "buyer_nouns", "agent_nouns", "user_verbs", "moving_verbs",
                  "maker_participles", "taking_verbs", "buyer_agents", "carrier_heads",
                  "backing_verbs", "arrival_verbs")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    out: list[EventDraft] = []
    seen: dict[tuple[str, tuple[str, ...]], EventDraft] = {}
    for tok in ctx.sent.tokens:
        trigger = _trigger(ctx, tok, entry)
        if trigger is None:
            continue
        side, status = trigger
        frame = ctx.frame(tok)
        if tok.lemma_ in entry.words("moving_verbs") and (any(
                armed_organ(d) for d in frame.subjects) or force_moving(ctx, tok)):
            continue  # "the navy sent two destroyers", "sent troops and tanks to the
            # border": a force moving, not goods
        if side == "supplier" and tok.dep_ == "amod" and tok.lower_ == "armed" and (
                armed := armed_noun(ctx, tok, entry)):
            out.extend(armed)  # "the US-armed YPG fighters"
            continue
        if side == "supplier" and tok.dep_ == "amod" and tok.tag_ == "VBN":
            out.extend(_supplied_thing(ctx, tok, frame, status))  # "Iranian-supplied missiles"
            continue
        for system, mention in _found(ctx, tok, frame, side, entry):
            for draft in _per_supplier(_draft(ctx, tok, frame, side, status, system, mention),
                                       ctx, frame, side):
                maker_state(ctx, draft)
                _keep(draft, seen, out, named=side != "noun")
                out.extend(listed_recipients(ctx, draft, out))
    for draft in arrived_weapons(ctx):  # completes "a shipment of drones" with where it
        _keep(draft, seen, out, named=True)  # arrived
    for draft in [*used_foreign(ctx), *thanked_transfers(ctx, KIND)]:
        if (draft.keys("system")[0], tuple(draft.keys("supplier"))) not in seen:
            out.append(draft)
    _share_value(ctx, out)
    return out


def _found(ctx: SentenceContext, tok: Token, frame: Frame, side: str,
           entry: LexiconEntry) -> list[tuple[Draft, Span]]:
    """The systems a trigger moves: its objects, else the weapon its clause describes, else
    the class its verb implies ("arms the SDF")."""
    found = systems_moved(ctx, tok) or (
        systems_moved(ctx, frame.verb) if side == "noun" else [])
    if tok.lemma_ in entry.words("backing_verbs"):  # "backed the Houthis with missiles":
        found = [(d, sp) for d, sp in found if _with_phrase(tok, sp, ctx)]  # what the
        # backing is made of, not weapons named elsewhere in the object
    if not found and side == "noun":
        found = weapon_after(ctx, tok)
    clause = tok.head if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" else tok
    if not found and clause.dep_ in ("relcl", "acl") and (side == "supplier" or (
            side == "recipient" and _bought_from(tok))):
        found = noun_weapons(ctx, clause.head)[:1]  # "missiles that were provided by Iran",
        # "36 Rafale jets bought from France", "weapons that X helps sell to Y"
    if not found and side == "supplier" and tok.dep_ == "advcl" and tok.tag_ == "VBN":
        found = noun_weapons(ctx, described(tok))[:1]  # "using a missile, allegedly
        # supplied by Iran": the parse hangs the participle on the clause
    lemma = "arm" if tok.lower_ == "armed" else tok.lemma_
    if not found and side == "supplier" and lemma in entry.labels("implied_systems"):
        found = [implied_class(ctx, tok, entry.labels("implied_systems")[lemma])]
    return found


def _keep(draft: EventDraft, seen: dict[tuple[str, tuple[str, ...]], EventDraft],
          out: list[EventDraft], *, named: bool) -> None:
    """Add ``draft`` to the sentence's transfers, or complete the one of the same system and
    supplier found before it: with the buyer a later verb names (``named``: "signed a
    contract to buy 96 Apaches": the noun names no buyer, the verb's subject is it; "the main
    provider of arms ... selling it arms"), and with a later step's status ("requested a
    possible sale")."""
    ident = (draft.keys("system")[0], tuple(draft.keys("supplier")))
    earlier = seen.get(ident)
    if earlier is None:
        seen[ident] = draft
        out.append(draft)
        return
    if named and not earlier.keys("recipient") and draft.keys("recipient"):  # a verb's
        # buyer, not the one a noun's clause names ("he signed a deal over the purchase")
        earlier.roles["recipient"] = draft.roles["recipient"]
    if status_rank(KIND, draft.status) > status_rank(KIND, earlier.status):
        earlier.status = draft.status


def _with_phrase(tok: Token, mention: Span, ctx: SentenceContext) -> bool:
    """Whether ``mention`` lies in a "with" phrase of ``tok``."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            toks = list(prep.subtree)
            if ctx.sent.span_of_tokens(toks[0], toks[-1]).overlaps(mention):
                return True
    return False


def _trigger(ctx: SentenceContext, tok: Token, entry: LexiconEntry) -> tuple[str, str] | None:
    """Which side of a transfer ``tok`` names and the status its word gives, if any."""
    rec: dict[str, str] = entry.labels("recipient_verbs")
    sup: dict[str, str] = entry.labels("supplier_verbs")
    nouns: dict[str, str] = entry.labels("nouns")
    if tok.pos_ == "VERB" and tok.lemma_ in rec:
        if tok.lemma_ == "order" and any(c.dep_ == "xcomp" for c in tok.children):
            return None  # "the submarine was ordered to deploy": a command, not a purchase
        return "recipient", rec[tok.lemma_]
    if tok.pos_ == "VERB" and tok.lemma_ in sup:
        return "supplier", sup[tok.lemma_]
    if tok.pos_ == "VERB" and tok.lemma_ in entry.words("backing_verbs") and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return "supplier", "delivered"  # "Iran has backed the Houthis with missiles"; read
        # in sentences parsed for another trigger ("back" and "help" are too common to
        # open the parse gate: 0.7% more tokens parsed for no event found in either fold)
    if tok.pos_ in ("NOUN", "PROPN") and (noun := _noun(tok, nouns)) and not (
            tok.dep_ == "pobj" and tok.head.lower_ in entry.words("time_preps")):
        return "noun", nouns[noun]  # "after delivery" only dates a step
    if tok.lower_ == "armed" and tok.pos_ == "ADJ" and (agents(ctx, tok) or (
            tok.dep_ == "amod" and any(c.dep_ == "npadvmod" for c in tok.children))):
        return "supplier", sup["arm"]  # "the militia, armed by the US", "US-armed fighters"
    return None


def _bought_from(tok: Token) -> bool:
    """A participle of buying with its seller ("jets bought from France"), not "the strike
    Trump ordered"."""
    return not any(c.dep_ == "nsubj" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)


def _noun(tok: Token, nouns: dict[str, str]) -> str | None:
    """The lexicon noun ``tok`` is, in any number ("arms sales", "deliveries")."""
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in nouns:
            return form
    return None


def _unnamed_giver(ctx: SentenceContext, tok: Token) -> list[Draft] | None:
    """The giver of an agentless passive ("Russian S-400 batteries were delivered to
    Turkey"): the maker the text names for what was given, never the subject of a clause
    above ("Washington acted after ... were delivered"); None for an active verb. With no
    maker named, completion takes the catalogue's maker when the article names it."""
    moved = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.tag_ != "VBN" or not moved:
        return None
    return [d for m in moved for d in makers_of(ctx, m)]


def _per_supplier(draft: EventDraft, ctx: SentenceContext, frame: Frame,
                  side: str) -> list[EventDraft]:
    """"The Danish and Dutch governments are donating F-16s": one transfer per supplier."""
    if side != "supplier":
        return [draft]
    suppliers = actor_drafts(frame.subjects) or subjects_up(ctx, frame.trigger)
    keys = list(dict.fromkeys(d.key for d in suppliers))
    if len(keys) < 2:
        return [draft]
    if set(draft.keys("recipient")) & set(keys):
        return [draft]  # the two sides of one contract, which _draft has set apart: the
        # maker sells to the other, no co-suppliers
    out = []
    for key in keys:
        copy = draft.copy()
        copy.roles["supplier"] = [key]
        out.append(copy)
    return out


def _maker_and_buyer(ctx: SentenceContext, tok: Token, draft: EventDraft,
                     sides: list[Draft]) -> tuple[list[str], list[str]] | None:
    """"Russia and India signed a contract to supply S-400s": two states that sign one
    contract for a supply are its two sides, and the one that makes the system sells it."""
    near = [tok, *list(tok.ancestors)[:3]]
    verb = next((t for t in near if t.pos_ == "VERB"), None)
    near += [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    if not any(t.lemma_ in _CONTRACTS for t in near):  # "signed the contract for the
        return None  # supply of ...", "a contract to supply ..."
    states = {d.actor: d for d in sides if d.kind == "country" and d.actor}
    system = ctx.table.drafts.get(draft.keys("system")[0])
    maker = system.country if system is not None else None
    if len(states) != 2 or maker not in states:
        return None
    buyer = next(d for iso, d in states.items() if iso != maker)
    return [states[maker].key], [buyer.key]


_CONTRACTS = frozenset({"contract", "deal", "agreement"})


def _draft(ctx: SentenceContext, tok: Token, frame: Frame, side: str, status: str,
           system: Draft, mention: Span) -> EventDraft:
    draft = ctx.draft(KIND, tok, frame)
    draft.add("system", [system.key])
    subjects = actor_drafts(frame.subjects) or subjects_up(ctx, tok)
    if side == "recipient":
        bought = [p for c in tok.children if c.dep_ == "nsubjpass" for p in c.children
                  if p.dep_ == "poss"]  # "Saudi Arabia's jets were bought from Britain"
        subjects = actor_drafts([d for p in bought for d in mentions_of(
            ctx.sent, p, ctx.table)]) or subjects
        draft.add("recipient", [d.key for d in subjects[:1]])
        givers = actor_drafts(frame.prep("from")) or (  # "received Chinese-built frigates";
            received_makers(ctx, tok) if status == "delivered" else [])  # a wish to buy
        # Russian arms may be met elsewhere, so only weapons in hand show their maker
        draft.add("supplier", [d.key for d in givers[:1] if d not in subjects[:1]])
    elif side == "supplier" and (tok.tag_ == "VBN" or tok.pos_ == "ADJ") and agents(ctx, tok):
        givers = agents(ctx, tok)
        draft.add("supplier", [d.key for d in givers[:1]])
        to = actor_drafts(frame.prep("to")) or passive_recipient(ctx, tok, system)
        draft.add("recipient", [d.key for d in to[:1] if d not in givers[:1]])
    elif side == "supplier" and tok.tag_ == "VBN" and (made := made_with(ctx, tok)):
        draft.add("supplier", [made[0].key])  # "the rebels were armed with Iranian missiles"
        draft.add("recipient", [d.key for d in subjects[:1] if d is not made[0]])
    elif side == "supplier":
        unnamed = _unnamed_giver(ctx, tok)
        draft.add("supplier", [d.key for d in (subjects if unnamed is None else unnamed)[:1]])
        nested = [d for p in _to_under_object(tok) for d in mentions_of(ctx.sent, p, ctx.table)]
        to = actor_drafts(capitals_as_states(ctx, [  # "sent tanks to Kyiv": Ukraine
            *frame.prep("to"), *[o for o in frame.objects if o is not system],
            *_dative_compounds(ctx, tok, system), *nested]))
        draft.add("recipient", [d.key for d in to[:1] if d not in subjects[:1]])
    else:
        sellers, buyers = _noun_roles(ctx, tok, frame, system, subjects)
        draft.add("supplier", [d.key for d in sellers[:1]])
        draft.add("recipient", [d.key for d in buyers[:1] if d not in sellers[:1]])
    if draft.modality == "hypothetical" and side == "recipient" and tok.dep_ == "xcomp" and (
            tok.head.lemma_ in ctx.lex.kind(KIND).labels("recipient_verbs")):
        draft.modality = "asserted"  # "X has requested to buy Y": the request is made
    sides = {d.key for d in subjects}
    named = {*draft.keys("supplier"), *draft.keys("recipient")}
    if len(sides) == 2 and named and named <= sides and (
            pair := _maker_and_buyer(ctx, tok, draft, subjects)) is not None:
        draft.roles["supplier"], draft.roles["recipient"] = pair  # "India and Russia signed
        # the contract for the supply of S-400s": the maker sells, whoever the parse put first
    draft.status = _status(ctx, tok, status, draft.modality)
    package = next((c for c in tok.children
                    if c.dep_ == "nsubj" and c.lemma_ in PACKAGE_NOUNS), None)
    if side == "supplier" and package is not None:  # "This package provides ...": its status
        draft.status = ctx.lex.kind(KIND).labels("nouns").get(package.lemma_, draft.status)
    sold_by_maker(ctx, draft, mention, named=side == "noun")
    draft.quantity = _quantity(ctx, mention)
    step = "delivery_time" if draft.status == "delivered" or tok.lemma_ in (
        "deliver", "delivery") else "order_time"
    draft.time_role = step
    donation = set(ctx.lex.kind(KIND).words("donation_cues"))
    if any(w in ctx.sent.sdoc.text.lower() for w in donation):
        draft.variant = "donated"
    return draft


def _noun_roles(ctx: SentenceContext, tok: Token, frame: Frame, system: Draft,
                subjects: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """Seller and buyer of a noun trigger, by what the noun names and the verb carrying it."""
    sellers, buyers = _noun_sides(ctx, tok, frame, system)
    noun = tok.lemma_.lower()
    rec_verbs = ctx.lex.kind(KIND).labels("recipient_verbs")
    controls = set(ctx.lex.kind(KIND).labels("status_cues")) - set(rec_verbs)
    if noun == "sale" and not sellers and frame.verb.lemma_ in rec_verbs:
        buyers = buyers or subjects  # "the Government of X has requested a possible sale"
    elif noun == "sale" and not sellers:
        sellers = subjects  # "the agency notified Congress of a possible sale to X"
    elif noun in _CONTROLLED and not sellers and frame.verb.lemma_ in controls:
        sellers = subjects  # "Germany halted arms exports to Turkey": who stops or
        # approves the goods going out is who sends them
    elif noun in ("purchase", "acquisition", "procurement", "order") and not buyers:
        buyers = subjects
    elif noun in ("contract", "deal") and not sellers and (makers := [
            d for d in actor_drafts(own_prep(ctx, [tok, frame.verb, *(
                w.head for w in tok.subtree if w.lower_ == "with")], "with"))
            if d.category == "company"]):  # "Qatar signed a contract with BAE Systems
        sellers, buyers = makers, buyers or subjects  # for 24 Typhoons": the maker sells
    elif noun == "delivery" and frame.verb.lemma_ in ctx.lex.kind(KIND).words(
            "taking_verbs") and not buyers:  # "Pakistan took delivery of four frigates
        buyers = subjects  # from China", "... of four Chinese-built frigates"
        sellers = sellers or _from_within(ctx, tok) or received_makers(ctx, tok.head)
    elif noun in ctx.lex.kind(KIND).words("agent_nouns") and not sellers:
        sellers = subjects  # "Britain is the main provider of arms to X"
    elif noun in ctx.lex.kind(KIND).words("buyer_agents") and not buyers:
        buyers = subjects  # "X is the biggest buyer of British weapons"
        sellers = sellers or [d for p in objects_of(tok.children, "of")
                              for d in makers_of(ctx, p)]
    if noun in _CONTROLLED and not sellers and frame.verb.tag_ == "VBN" and (
            frame.verb.lemma_ in controls):
        sellers = agents(ctx, frame.verb)  # "the sale ... was approved by Congress"
    return sellers, buyers


def _supplied_thing(ctx: SentenceContext, tok: Token, frame: Frame,
                    status: str) -> list[EventDraft]:
    """"the Houthis fired Iranian-supplied missiles", "the rebels' US-supplied jeep": the
    state before the participle gives the noun it qualifies to the noun's owner or user."""
    noun = tok.head
    givers = actor_drafts([d for c in tok.children if c.dep_ in ("npadvmod", "compound",
                                                                "amod", "nmod")
                           for d in mentions_of(ctx.sent, c, ctx.table)])
    users = [p for p in noun.children if p.dep_ == "poss"]
    if noun.dep_ in ("dobj", "nsubjpass") and not users:
        users = [c for c in noun.head.children if c.dep_ in ("nsubj", "agent")]
    takers = actor_drafts([d for u in users for d in mentions_of(ctx.sent, u, ctx.table)])
    takers = [d for d in takers if d not in givers]
    systems = systems_moved(ctx, tok) or noun_weapons(ctx, noun)  # "Egypt's French-supplied
    # Rafale jets": the weapon's name runs through the noun
    out = []
    for system, mention in systems[:1]:
        if givers and takers:
            draft = _draft(ctx, tok, frame, "noun", status, system, mention)
            draft.roles["supplier"] = [givers[0].key]
            draft.roles["recipient"] = [takers[0].key]
            draft.status = "delivered"  # in the hands of who uses it
            out.append(draft)
    return out


def _noun_sides(ctx: SentenceContext, tok: Token, frame: Frame,
                system: Draft) -> tuple[list[Draft], list[Draft]]:
    """Supplier and recipient of a noun trigger: "from"/"by" and "to"/"for" phrases; the
    state in front of it ("US supplies of arms to X", "India's purchase of"), by the side
    the noun names; and the verb carrying it in "X backed Y with arms supplies"."""
    entry = ctx.lex.kind(KIND)
    sellers = actor_drafts(frame.prep("from", "by"))
    buyers = actor_drafts(frame.prep("to", "for"))
    noun = tok.lemma_.lower()
    here = ctx.sent.span_of(tok)
    own = [d for d in actor_drafts([d for c in tok.children if c.dep_ in ("compound", "poss",
                                                                          "amod")
                                    for d in mentions_of(ctx.sent, c, ctx.table)])
           if d is not system and not any(sp.overlaps(here) for sp in d.mentions)]
    if noun in entry.words("seller_nouns") and not sellers:
        sellers = own or _offerers(ctx, tok, frame)
    elif noun in entry.words("buyer_nouns") and not buyers:
        buyers = own
    carrier = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    if carrier is not None and carrier.pos_ == "VERB" and not (sellers or buyers):
        sellers = actor_drafts(ctx.frame(carrier).subjects)  # "X backed Y with arms supplies"
        buyers = actor_drafts(ctx.frame(carrier).objects)
    if not (sellers or buyers) and noun in PACKAGE_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("this", "the", "that") for c in tok.children):
        sellers, buyers = _announced_package(ctx)  # "... for Ukraine. This package includes"
    return sellers, buyers


# Nouns of goods going out, whose sender is the subject of the verb that approves, stops
# or resumes them.
_CONTROLLED = frozenset({"sale", "export", "exports", "supply", "supplies", "transfer",
                         "shipment"})


def _announced_package(ctx: SentenceContext) -> tuple[list[Draft], list[Draft]]:
    """The giver and receiver of the aid the sentence before announced ("Biden announced
    $325 million in security assistance for Ukraine."): the state after "to" or "for" is
    the receiver, the first other actor before it the giver."""
    text = ctx.table.text
    end = ctx.sent.offset
    start = max(text.rfind(". ", 0, max(end - 2, 0)), text.rfind("\n", 0, max(end - 1, 0))) + 1
    before = text[start:end].lower()
    cues = ctx.lex.kind(KIND).words("donation_cues")
    if not any(c in before for c in cues):
        return [], []
    marks = [i for i in (before.find(" to "), before.find(" for ")) if i >= 0]
    if not marks:
        return [], []
    mentions = [(sp.start - start, d) for sp, d in ctx.table.in_range(start, end)
                if d.kind in ("person", "country", "organization")]
    receivers = [d for at, d in mentions if at > min(marks) and d.kind == "country"]
    givers = [d for at, d in mentions if at < min(marks) and receivers
              and d.actor_key != receivers[0].actor_key]
    return givers[:1], receivers[:1]


# Verbs whose subject gives what their object offers: "Biden announced $325 million in
# security assistance for Ukraine", "Washington unveiled a package".
_OFFERING = frozenset({"announce", "unveil", "approve", "provide", "pledge", "offer", "send",
                       "give", "authorize", "authorise", "commit", "grant"})


def _offerers(ctx: SentenceContext, tok: Token, frame: Frame) -> list[Draft]:
    """Who offers the package or aid ``tok`` names: the subject of an offering verb whose
    object it is, or is inside ("$325 million in security assistance")."""
    verb = frame.verb
    if verb.pos_ != "VERB" or verb.lemma_ not in _OFFERING:
        return []
    if not any(tok.i in {t.i for t in c.subtree} for c in verb.children if c.dep_ == "dobj"):
        return []
    return actor_drafts(frame.subjects) or subjects_up(ctx, verb)


def _from_within(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """States in a "from" phrase anywhere under ``tok`` ("delivery of frigates from China")."""
    return actor_drafts([d for p in objects_of(tok.subtree, "from")
                         for d in mentions_of(ctx.sent, p, ctx.table)])


def _to_under_object(tok: Token) -> list[Token]:
    """"sold £4.6bn of arms to X": the "to" phrase the parse hung inside the object."""
    return objects_of((t for o in tok.children if o.dep_ == "dobj" for t in o.subtree), "to")


def _dative_compounds(ctx: SentenceContext, tok: Token, system: Draft) -> list[Draft]:
    """"sells Turkey arms": the parse takes the receiving state for a modifier of the
    object; a state in front of the object of a giving verb is its recipient."""
    out: list[Draft] = []
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for child in obj.children:
            if child.dep_ == "compound" and child.i < obj.i:
                out.extend(d for d in mentions_of(ctx.sent, child, ctx.table)
                           if d.kind == "country" and d is not system)
    return out


def _status(ctx: SentenceContext, tok: Token, base: str, modality: str) -> str:
    """The furthest step the governing words report ("approved a plan to buy" is approved)."""
    entry = ctx.lex.kind(KIND)
    cues: dict[str, str] = entry.labels("status_cues")
    status = base
    if tok.tag_ in ("VBD", "VBN", "VBZ", "VBP") and modality == "asserted":
        status = entry.labels("done_status").get(tok.lemma_, base)  # "bought" is no longer a
        # plan; "Iran supplies the Houthis with drones" is supplying them
    chain = [cues[h.lemma_] for h in head_chain(tok)[1:] if h.lemma_ in cues]
    if chain:
        status = max(chain, key=lambda s: status_rank(KIND, s))
    for child in tok.children:
        if child.lemma_ in cues and child.dep_ in ("amod", "compound"):
            status = cues[child.lemma_]
    for head in head_chain(tok):
        for child in head.children:
            if child.dep_ == "amod" and child.lemma_ == "sign":
                status = "ordered"
    if tok.dep_ == "acl" and tok.head.head.lemma_ in entry.words("user_verbs") and (
            modality == "asserted"):
        status = "delivered"  # "operates 36 jets bought from France": in service
    if status == "delivered" and modality in ("future", "hypothetical"):
        status = "ordered"
    return status


def _quantity(ctx: SentenceContext, mention: Span) -> int | None:
    """A count written just before the system ("five S-400 Triumph systems")."""
    return count_just_before(ctx.table.text, ctx.sent.span.start, mention)


def _share_value(ctx: SentenceContext, drafts: list[EventDraft]) -> None:
    """Money in the sentence belongs to the transfer only when it names one system."""
    if len(drafts) != 1:
        return
    sent = ctx.sent.span
    monies = find_money(ctx.table.text, sent.start, sent.end)
    if monies:
        drafts[0].value = monies[0].money
