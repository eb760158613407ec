"""Forces in a sentence: the force a deployment moves or keeps, named as EVENTS.md's
``system``; the state across a border it is sent to; a force moving with its weapons (no
transfer); a force named only as what support is for (no deployment); whether a noun is
a force at all, and whose it is.

A deployment's ``system`` is a weapon when one is named ("Patriot batteries"). Otherwise
the force's own kind is the system: "special forces", "military police", "Russian air
power", "observation posts" say what was deployed, where plain "troops" or "2,000 soldiers"
say only that some were.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from factwire.entities.table import Draft
from factwire.events.actors import armed_organ
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    implied_state,
    own_prep,
    without_patrons,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import Frame, mentions_of, names_one_of, objects_of
from factwire.events.spec import LexiconEntry
from factwire.gazetteer import load_gazetteer, slug
from factwire.nlp.types import Token

# Words for forces in general: with nothing more specific before them they name no kind.
_GENERIC = frozenset({"troops", "troop", "soldiers", "soldier", "forces", "force",
                      "personnel", "servicemen", "serviceman", "presence", "reinforcements",
                      "contingent", "military"})
_BORDERS = frozenset({"border", "frontier"})


def force_system(ctx: SentenceContext, moved: list[Any], troops: Collection[str]) -> str | None:
    """The entity key of the kind of force moved ("special forces", "an armoured convoy"),
    added to the article's table; ``None`` for forces in general or none named."""
    for tok in moved:
        force = next((t for t in (tok, *_counted(tok)) if names_one_of(t, troops)), None)
        if force is None:
            continue
        lo = force.i
        while lo > force.left_edge.i and force.doc[lo - 1].dep_ in ("amod", "compound") and (
                force.doc[lo - 1].head.i == force.i or force.doc[lo - 1].head.i == lo):
            lo -= 1
        words = list(force.doc[lo : force.i + 1])
        specific = [t for t in words[:-1] if ctx.draft_at(t) is None and not t.like_num]
        if force.lower_ in _GENERIC and not specific:
            return None  # "2,000 US troops": forces in general
        span = ctx.sent.span_of_tokens(words[0], words[-1])
        name = ctx.table.text[span.start : span.end]
        key = f"force:{slug(name)}"
        ctx.table.get_or_add(key, "other", name)
        ctx.table.add_mention(key, span, "nominal")
        return key
    return None


def force_moving(ctx: SentenceContext, tok: Any) -> bool:
    """A verb that sends troops along with what it sends, or sends it to a border: the
    state's own force moves ("sent commandos and howitzers to its border with Syria")."""
    troops = ctx.lex.kind("deployment").words("troop_nouns")
    sent = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
    goals = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "towards")
             for o in c.children if o.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and names_one_of(t, troops) and ctx.draft_at(t) is None
               for t in sent) or any(  # "sent jets": the jets are the goods
        o.lemma_ in _BORDERS for o in goals) or any(
        armed_organ(d) for t in sent for d in mentions_of(ctx.sent, t, ctx.table)) or any(
        c.dep_ in ("advcl", "xcomp") and _on_mission(c) for c in tok.children)
    # "sent RAF Typhoon jets to Romania to police the Black Sea", "sent 50 planes to Syria
    # to carry out airstrikes": its own force, on a mission of guard or combat


def _on_mission(clause: Any) -> bool:
    """A purpose clause that is a military task: guarding or fighting ("to patrol", "to
    fight Isis"), or carrying out strikes or operations ("to perform airstrikes")."""
    if clause.lemma_ in _GUARDING or clause.lemma_ in _FIGHTING:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _OPERATIONS for c in clause.children)


_GUARDING = frozenset({"police", "patrol", "guard", "protect", "defend", "secure",
                       "reinforce", "bolster", "deter", "monitor", "escort"})
_FIGHTING = frozenset({"fight", "bomb", "strike", "attack", "combat", "battle", "hunt"})
_OPERATIONS = frozenset({"airstrike", "airstrikes", "strike", "operation", "raid", "sortie",
                         "mission", "patrol", "bombing", "air strike"})


def owned(tok: Any) -> bool:
    """A force named as what something is of ("airlift support of its forces", "the
    modernisation of its armed forces"): a possession, not a force anywhere; a count of
    it ("thousands of troops") is the force."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return head is not None and head.pos_ == "NOUN" and not head.like_num and (
        head.lower_ not in _COUNTS)


def served(tok: Any) -> bool:
    """A force as what support or a capability is for, with no place of its own ("airlift
    support of its forces", "the readiness of its armed forces")."""
    return owned(tok) and tok.head.head.lemma_.lower() in _SERVICES and not any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "near") for c in tok.children)
    # "the protection of US forces in Syria" says where they are


_SERVICES = frozenset({"support", "capability", "capacity", "readiness", "modernization",
                       "modernisation", "interoperability", "training", "equipment", "need",
                       "requirement", "ability", "sustainment", "protection"})
_COUNTS = frozenset({"thousands", "hundreds", "dozens", "scores", "number", "numbers",
                     "contingent", "battalion", "brigade", "company", "unit", "units"})


def _counted(tok: Any) -> list[Any]:
    """The force a count names: "thousands of advisers"."""
    return [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]


def conj_head(tok: Any) -> Any:
    """The first of the conjuncts ``tok`` is one of."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def to_border(tok: Any) -> bool:
    """Whether a border is among the places under ``tok`` ("sent tanks to its border")."""
    return any(t.lemma_ in _BORDERS and t.dep_ == "pobj" for t in tok.subtree)


def border_with(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """The state across a border the force goes to ("to its border with Syria", "along the
    frontier with Iraq"): a force massed there is placed at the border, which the state
    names."""
    return actor_drafts([d for t in tok.subtree if t.lemma_ in _BORDERS
                         and t.dep_ == "pobj" for p in t.children
                         if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                         if o.dep_ == "pobj" for d in ctx.entities_in(o, ("country",))])


def is_force(ctx: SentenceContext, tok: Any, troops: Collection[str]) -> bool:
    """A subject that is a military force: troops, or a ship, aircraft or other platform,
    also counted ("thousands of troops")."""
    return names_one_of(tok, troops) or bool(ctx.entities_in(tok, ("weapon",))) or any(
        names_one_of(p, troops) for p in _counted(tok))


def force_owners(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """Whose force ``tok`` is: the state of a named ship in it ("the carrier USS X" is the
    United States', whatever a dateline before it says), else a state or organ modifying it
    ("Russian frigates")."""
    for weapon in ctx.entities_in(tok, ("weapon",)):
        if weapon.canonical and weapon.canonical.startswith("ship:") and weapon.country:
            state = implied_state(ctx, weapon.country, min(weapon.mentions))
            if state is not None:
                return [state]
    frame = ctx.frame(tok)
    owners = actor_drafts([*frame.modifiers, *frame.prep("of")]) or actor_drafts([
        d for c in tok.lefts if c.dep_ == "compound" for t in c.lefts if t.dep_ == "compound"
        for d in mentions_of(ctx.sent, t, ctx.table)])  # "U.S. Army Patriot batteries":
    # the owner names the weapon that names the force
    owners = owners or [d for o in objects_of(tok.children, "of") if o.pos_ == "NOUN"
                        for d in force_owners(ctx, o)]  # "a convoy of US armoured vehicles"
    return without_patrons(ctx, tok, owners)


def clause_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb it completes or is joined to: "Russian
    military police began patrolling Manbij", "Turkish troops crossed the border and
    entered Afrin"."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects):
            return [verb.head]  # "the carrier X, which has been operating in the Red Sea"
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN":
            return [verb.head]  # "A convoy of US armoured vehicles crossed into Iraq": the
            # parse, finding no verb, took the sentence's verb for the noun's modifier
        if subjects or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return subjects
        verb = verb.head
    return []


def force_origin(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """States a force comes from when nothing else names its owner: "special forces from
    the UK and France", "hundreds of soldiers from Chad". A force that is being moved ("pull
    troops from Iraq", "the withdrawal of troops from Chad") leaves the place its "from"
    names, so there "from" is the place, not the owner."""
    if tok.dep_ in ("dobj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                              and tok.head.head.pos_ != "NOUN"):
        return []
    if tok.dep_ == "pobj" and tok.head.head.lower_ in ctx.lex.kind("deployment").words(
            "movement_nouns"):
        return []
    # "Kurdish forces and special forces from the UK": the parse may hang the phrase on the
    # first force; it is the origin of the force it follows
    later = [c for c in tok.conjuncts if c.i > tok.i]
    first = tok.head if tok.dep_ == "conj" else tok
    phrases = [c for c in first.children if c.dep_ == "prep" and c.lower_ == "from"]
    if later and phrases and all(p.i > later[-1].i for p in phrases):
        return []
    if first != tok and not own_prep(ctx, [tok], "from") and any(
            p.i > tok.i for p in phrases):
        tok = first
    return [d for d in own_prep(ctx, [tok], "from") if d.kind == "country"]


def phrase_actors(ctx: SentenceContext, tok: Any, frame: Frame) -> set[str]:
    """Actors named by the nouns the force hangs from below its verb ("respond to any US
    strike on Syrian forces"): the phrase that holds the force is no place it is in."""
    out: set[str] = set()
    cur = tok
    while cur.dep_ in ("pobj", "prep") and cur.head.i not in (frame.verb.i, cur.i):
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN"):
            out |= {d.key for d in mentions_of(ctx.sent, cur, ctx.table)}
    return out


def agent_only(tok: Any) -> bool:
    """A force named only as who did an act: the object of "by" ("an offensive by Syrian
    and Russian forces", "targeted by Russian jets"); backing is a standing part ("backed by
    Russian air power")."""
    head = conj_head(tok)
    return head.dep_ == "pobj" and head.head.lower_ == "by" and (
        head.head.head.lemma_ not in _BACKING)


_BACKING = frozenset({"back", "support", "assist", "aid", "help", "protect", "escort"})


def at_port(noun: Any) -> bool:
    """A call or visit made in a port ("a port visit", "port calls"): a ship's, not an
    official's."""
    return any(c.dep_ == "compound" and c.lower_ == "port" for c in noun.children)


def inside_other(tok: Any, troops: Collection[str]) -> bool:
    """A force named inside another noun's phrase ("invited two leaders of the Syrian
    Democratic Forces to Paris", "an attack by Turkish forces"): the verb moves or places
    that noun, not the force; a count or a unit of the force is the force itself
    ("thousands of troops", "a contingent of 150 soldiers")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "by"):
        return False
    outer = tok.head.head
    return outer.pos_ in ("NOUN", "PROPN") and not outer.like_num and (
        outer.lemma_.lower() not in _COUNTS) and not names_one_of(outer, troops)


_COUNTS = frozenset({"thousand", "hundred", "dozen", "dozens", "number", "score", "scores",
                     "some", "group", "unit", "wave", "batch", "deployment", "rotation"})


def sent_others(place: Any, troops: Collection[str]) -> bool:
    """A destination a verb sends someone other than a force to ("invited two Kurdish
    leaders to Paris"): no theatre for the forces the sentence names in passing."""
    verb = place.head.head
    return place.head.lower_ == "to" and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and not names_one_of(c, troops) for c in verb.children)


def moved_by_verb(drafts: list[EventDraft]) -> list[EventDraft]:
    """"American troops would leave Syria soon, during a speech in Ohio": a force noun
    whose own verb is a trigger of the same deployer is that verb's event, not a presence
    wherever a phrase of the clause points."""
    verbs = {(d.trigger.start, tuple(d.keys("deployer"))) for d in drafts}
    out = []
    for d in drafts:
        tok = next((t for t in d.sentence.tokens if d.sentence.span_of(t) == d.trigger), None)
        head = tok.head if tok is not None and tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        if head is not None and head != tok and (
                d.sentence.span_of(head).start, tuple(d.keys("deployer"))) in verbs:
            continue
        out.append(d)
    return out


def ground_places(ctx: SentenceContext, force: Any, count: Any,
                  preps: tuple[str, ...]) -> list[Draft]:
    """Places named for a force through the count that holds it or "on the ground":
    "thousands of Revolutionary Guards on the ground in Syria" (the parse hangs the phrase on
    the count, and "the ground" on "on")."""
    counts = [] if count == force else [count]
    out = own_prep(ctx, counts, *preps)
    grounds = [p for h in [force, *counts] for prep in h.children if prep.lower_ == "on"
               for p in prep.children if p.lower_ == "ground"]
    out += [d for d in own_prep(ctx, grounds, "in", "inside", "across") if d not in out]
    return out


def stationed(tok: Any) -> bool:
    """"2,000 US troops in Syria": a counted force, or one that is, remains or is kept there;
    not "a former British soldier" (a person, no longer a force)."""
    if any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _FORMER
           for c in tok.children):
        return False
    return not (tok.dep_ == "compound" or (tok.head.lower_ in ("with", "alongside", "against")
                                              and tok.dep_ == "pobj"))


_FORMER = frozenset({"former", "ex", "retired", "onetime", "erstwhile"})


def domestic(tok: Any) -> bool:
    """A force its name keeps at home: "Lebanese security forces", "our Somali partner
    forces", "local forces" (named in passing, they are no force abroad)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _DOMESTIC for c in tok.lefts)


_DOMESTIC = frozenset({"security", "partner", "local", "indigenous", "police", "home"})


def names_a_force(ctx: SentenceContext, place: Draft, entry: LexiconEntry) -> bool:
    """A name the recogniser took for a place, unknown to the gazetteer, that names a force
    or mission here ("the Takuba task force", "the UN mission, Minusma"): it says which
    force, not where."""
    if place.kind != "location" or (place.canonical and load_gazetteer().get(place.canonical)):
        return False
    forces = {*entry.words("troop_nouns"), *entry.words("mission_nouns")}
    for tok in ctx.sent.tokens:
        if ctx.table.at(ctx.sent.span_of(tok)) != place.key:
            continue
        if tok.dep_ in ("compound", "amod", "nmod", "appos", "npadvmod") and (
                names_one_of(tok.head, forces)):
            return True
    return False


def goods_only(ctx: SentenceContext, moved: list[Any], troops: Collection[str],
                entry: LexiconEntry) -> bool:
    """Land equipment sent without troops (tanks, artillery, armoured vehicles, small arms):
    sent to a state, it is handed over (an arms transfer), not deployed."""
    if any(t.pos_ == "NOUN" and names_one_of(t, troops) for m in moved for t in m.subtree):
        return False  # "hundreds of commandos and dozens of howitzers": troops go too
    weapons = [d for m in moved for d in ctx.entities_in(m, ("weapon",))]
    goods = entry.words("goods_categories")
    return bool(weapons) and all(w.category in goods for w in weapons)


def traded(ctx: SentenceContext, tok: Any, frame: Frame) -> bool:
    """Jets or batteries that are the object of a sale or delivery are goods (the arms
    transfer kind's verbs and nouns say which: "took delivery of its first Rafale jets from
    France"); "send" also sends troops, so it is left out."""
    arms = ctx.lex.kind("arms_transfer")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in arms.words(
            "seller_nouns") + arms.words("buyer_nouns"):
        return True
    if tok.dep_ not in ("dobj", "nsubjpass", "dative") or frame.verb == tok:
        return False
    verbs = {*arms.words("supplier_verbs"), *arms.words("recipient_verbs")}
    return frame.verb.lemma_ in verbs - set(ctx.lex.kind("deployment").words("verbs"))


def military_mission(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> bool:
    """A mission that is a force: a training, peacekeeping or other military one ("the
    Canadian training mission in X"), or an alliance's or organisation's ("the NATO mission
    in Iraq"); a trade or diplomatic mission is none."""
    if tok.lower_ not in entry.words("mission_nouns"):
        return False
    kinds = entry.words("mission_kinds")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in kinds for c in tok.lefts):
        return True
    return any(d.kind == "organization" for d in actor_drafts(ctx.frame(tok).modifiers))
