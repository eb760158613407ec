"""Deployments: forces or weapons sent to, or stationed in, a place (MOBILIZE)."""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft
from factwire.events.actors import armed_group, home_of, key_of, stateless_at_home
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    capitals_as_states,
    count_before,
    holder_antecedent,
    listed_states,
    one_per_actor,
    own_prep,
    subjects_up,
    without_patrons,
)
from factwire.events.draft import EventDraft
from factwire.events.forces import (
    agent_only,
    at_port,
    border_with,
    clause_subjects,
    conj_head,
    domestic,
    force_origin,
    force_owners,
    force_system,
    goods_only,
    ground_places,
    inside_other,
    is_force,
    military_mission,
    moved_by_verb,
    names_a_force,
    owned,
    phrase_actors,
    sent_others,
    served,
    stationed,
    to_border,
    traded,
)
from factwire.events.frames import Frame, mentions_of, names_one_of
from factwire.events.holding import Slots, control, group_fighters, leaving, war_slots
from factwire.events.spec import LexiconEntry
from factwire.values import find_quantities

KIND = "deployment"
LEXICON_FIELDS = ("verbs", "nouns", "troop_nouns", "movers", "leavers", "holders",
                  "movement_nouns", "combat_verbs", "campaign_verbs", "mission_nouns",
                  "mission_kinds", "patron_verbs", "area_organs", "port_calls", "control_words",
                  "joiners", "war_nouns", "sent_forces", "goods_categories", "goal_nouns",
                  "loss_verbs")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    areas = frozenset(entry.words("area_organs"))
    out: list[EventDraft] = []
    seen: set[tuple[str, str]] = set()
    for tok in ctx.sent.tokens:
        slots = _slots(ctx, tok, entry)
        if slots is None:
            continue
        frame, moved, deployers, places, passing = slots
        places = places or _there(ctx, tok, frame, deployers)
        if passing and served(tok):
            continue  # "airlift support of its forces": forces served, not sent anywhere
        if any(c.dep_ == "det" and c.lower_ == "any" for m in moved for c in m.children):
            continue  # "would regard any NATO troops sent to Ukraine as targets": none sent
        places = [p for p in places if not names_a_force(ctx, p, entry)]
        for deployer, place in _each_place(ctx, deployers, places, areas):
            # "the US and the UK will rotate ...", "to Lithuania and Estonia"; "Russian and
            # Syrian troops in
            if passing and place is None:  # Syria": each owner's own place abroad
                if any(p.kind in ("location", "country") for p in places) or _home_named(
                        ctx, deployer) or domestic(tok):
                    continue  # "its air base in Jodhpur" (India's), "Iraqi forces retook
                    # Mosul": the place is home
                if frame.verb.lemma_ in entry.words("combat_verbs") and (
                        frame.verb.lemma_ not in entry.words("campaign_verbs")):
                    continue  # "Burmese troops shelled a camp": a clash, not a presence;
                    # a campaign ("fought alongside the SDF") is waged where it is
                if not armed_group(deployer) and tok.pos_ == "NOUN" and not owned(tok):
                    place = _place(_theatre(ctx), [deployer])
            if place is None and tok.pos_ == "PROPN":
                continue  # a force's name ("the Egyptian Navy") says nothing of where it is
            if place is None and passing and agent_only(tok):
                continue  # "hospitals targeted by Russian warplanes": the doer of one act
                # in a sentence that names no place says nothing of a presence
            if place is None and (moved != [tok] or stateless_at_home(deployer)) and not (
                    _theatre_act(ctx, tok, entry, places)) and not _unnamed_goal(tok, entry):
                continue  # a force named in passing may leave its place to the article;
                # a group's fighters with no place abroad are at home (EVENTS.md: abroad)
            where = place.key if place is not None else ""
            if (deployer.key, where) in seen:
                continue
            seen.add((deployer.key, where))
            out.append(_draft(ctx, tok, frame, moved, deployer, place, entry))
            if place is not None and moved:
                out.extend(_elided(ctx, tok, frame, moved, deployer, entry, seen))
    return moved_by_verb(out)


# Acts of war whose place, when the sentence names none, is the article's theatre
_WITHDRAWALS = frozenset({"withdrawal", "pullout", "pull-out", "drawdown"})
_THEATRE_ACTS = _WITHDRAWALS | {"intervention"}


def _theatre_act(ctx: SentenceContext, tok: Any, entry: LexiconEntry,
                 places: list[Draft]) -> bool:
    """A war joined, an intervention or a withdrawal with no place in its sentence ("since
    Russia joined the civil war", "Moscow's intervention in 2015", "the US withdrawal") is
    in the article's theatre, which completion supplies; not one whose place is named and at
    home, nor a withdrawal from something that is no place ("from the nuclear deal")."""
    if any(p.kind in ("location", "country") for p in places):
        return False
    if tok.pos_ == "VERB":
        return tok.lemma_ in entry.words("joiners")
    if tok.pos_ != "NOUN" or tok.lower_ not in _THEATRE_ACTS or tok.dep_ == "compound":
        return False  # "Presidential drawdown authority": a power to give arms, not a pullout
    return not any(prep.lower_ in ("from", "of", "on", "against") and any(
        (d := ctx.draft_at(p)) is None or d.kind not in ("location", "country")
        for p in prep.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
        and not names_one_of(p, entry.words("troop_nouns")))
        for prep in tok.children if prep.dep_ == "prep")


def _unnamed_goal(tok: Any, entry: LexiconEntry) -> bool:
    """A force sent to a place the sentence does not name ("deployed military police to the
    border region", "moved troops into the area"): it is in the article's theatre, which
    completion supplies."""
    return tok.pos_ == "VERB" and tok.lemma_ in entry.words("verbs") and any(
        p.dep_ == "pobj" and p.lemma_ in entry.words("goal_nouns") and not any(
            c.dep_ == "poss" for c in p.children)  # "its border": the sender's own
        for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("to", "into")
        for p in prep.children)


# Quantities that stand for the force in an elided conjunct ("and thousands from X")
_COUNT_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "more", "others",
                          "some", "several", "many"})


def _elided(ctx: SentenceContext, tok: Any, frame: Frame, moved: list[Any], deployer: Draft,
            entry: LexiconEntry, seen: set[tuple[str, str]]) -> list[EventDraft]:
    """The same force counted again for another place, its noun and verb left out: "will
    send 500 soldiers to Estonia and 200 to Poland", "has 1,000 troops in Lithuania and
    300 in Latvia", "withdraw 2,000 troops from Syria, and thousands from Afghanistan"."""
    out: list[EventDraft] = []
    heads = list(dict.fromkeys((frame.verb, tok, *moved)))
    heads += [p for h in heads for prep in h.children if prep.dep_ == "prep"  # "in Korea
              for p in prep.children if p.dep_ == "pobj"]  # and thousands in Japan"
    counts = [c for h in heads for c in h.children
              if c.dep_ == "conj" and (c.pos_ == "NUM" or c.lower_ in _COUNT_WORDS)]
    counts += [t for t in tok.doc[tok.i + 1 : tok.sent.end] if t.i > 1 and t not in counts
               and t.lower_ in _COUNT_WORDS and tok.doc[t.i - 1].lower_ == "and"
               and any(c.dep_ == "prep" for c in t.children)]  # the parse may make
    # "thousands from Afghanistan" the subject of the sentence's verb
    for conj in counts:
        places = [d for prep in conj.children if prep.dep_ == "prep"
                  for p in prep.children if p.dep_ == "pobj"
                  for d in mentions_of(ctx.sent, p, ctx.table)]
        place = _place(places, [deployer])
        if place is None or (deployer.key, place.key) in seen:
            continue
        seen.add((deployer.key, place.key))
        draft = _draft(ctx, tok, frame, moved, deployer, place, entry)
        count = ctx.sent.span_of(conj)  # "200", never the first clause's "500"
        draft.quantity = next((q.value for q in find_quantities(
            ctx.table.text, count.start, count.end) if q.value is not None), None)
        out.append(draft)
    return out


def _draft(ctx: SentenceContext, tok: Any, frame: Frame, moved: list[Any], deployer: Draft,
           place: Draft | None, entry: LexiconEntry) -> EventDraft:
    draft = ctx.draft(KIND, tok, frame)
    located = place is not None and any(place is d for ds in frame.preps.values() for d in ds)
    supposed = any(c.dep_ == "mark" and c.lower_ in ("if", "unless")  # "if NATO soldiers
                   for c in frame.verb.children)  # appeared on Ukrainian soil": not there
    if moved == [tok] and frame.verb.lemma_ not in entry.words("holders") and located and (
            not supposed):
        # a standing force named in passing with its place ("wanted the 2,000 US soldiers
        # in Syria to return") is there whatever the clause around it asks for; one placed
        # only by its sentence or article keeps the clause's modality ("demanded a UN
        # presence", "US forces must ensure security")
        draft.modality = "negated" if _denied(tok) else "asserted"
    elif (tok.pos_ == "VERB" and tok.lemma_ in entry.words("leavers")) or (
            tok.lower_ in _WITHDRAWALS):
        draft.modality = "asserted"  # whatever is said of the leaving, the force is there now
    elif moved == [tok] and (frame.verb.lemma_ in _ASKED or any(
            c.dep_ == "aux" and c.lower_ == "must" for c in frame.verb.children)):
        draft.modality = "hypothetical"  # "are demanding a UN presence"
    draft.add("deployer", [deployer.key])
    if place is not None:
        draft.add("place", [place.key])
    weapons = [d for m in moved for d in ctx.entities_in(m, ("weapon",))]
    weapons.sort(key=lambda d: d.generic)  # the named ship before its class
    if weapons:
        draft.add("system", [weapons[0].key])
        draft.variant = "weapons"
    elif (force := force_system(ctx, moved, entry.words("troop_nouns"))) is not None:
        draft.add("system", [force])  # "special forces", "military police"
    draft.quantity = count_before(ctx, moved)
    return draft


# Movers whose subject, a state, moves in force (its army pushes into another state).
_PUSHING = frozenset({"push", "advance", "roll", "march", "pour", "surge", "storm"})
_ASKED = frozenset({"demand", "urge", "request", "call", "seek"})


def _each_actor(deployers: list[Draft]) -> list[Draft]:
    """One deployer per actor key, in text order; only actors that have a key (a person
    acting for no state deploys no forces) and are no company ("Boeing's jets" are what
    Boeing makes)."""
    return [d for d in one_per_actor(deployers)
            if key_of(d) is not None and d.category != "company"]


# Verbs that deploy only when what they move is a force: "sent an envoy", "contributed
# $5m", "committed funds" move none.
_FORCE_ONLY = frozenset({"send", "dispatch", "contribute", "commit", "move", "shift", "rush",
                         "airlift", "fly", "mass", "amass", "concentrate"})
_GIVING = frozenset({"send", "dispatch", "contribute", "commit"})  # goods sent to a state
# are handed over; goods massed in one are a force there


def _slots(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """What moves, whose it is and where, by the class of language ``tok`` opens."""
    troops = entry.words("troop_nouns")
    if tok.pos_ == "VERB" and tok.lemma_ in entry.words("verbs") and not (
            tok.lemma_ in entry.words("movers") and not _objects(tok)):  # "the carrier
        return _moved(ctx, tok, entry)  # moved to ...": a mover, not a force moved
    warring = war_slots(ctx, tok, entry) or group_fighters(ctx, tok, entry)
    if warring is not None:
        return warring
    if tok.pos_ == "VERB" and tok.lemma_ in entry.words("movers"):
        frame = ctx.frame(tok)  # "two Russian frigates entered the Black Sea"
        moved = [c for c in clause_subjects(tok) if is_force(ctx, c, troops)]
        deployer = [d for m in moved for d in force_owners(ctx, m)]
        places = [*frame.prep("in", "into", "to", "at", "off"), *frame.objects]  # "arrived off X"
        if not moved:  # "Wagner Group fighters are operating in Mali"
            moved, deployer = _foreign_fighters(ctx, tok, entry, places)
        if not moved and tok.lemma_ in _PUSHING and tok.tag_ in ("VBD", "VBZ", "VBP") and (
                into := frame.prep("into", "across")):  # "Turkey pushed deeper into Syria": a
            deployer = [d for d in actor_drafts(frame.subjects) if d.kind == "country"]
            moved, places = ([tok] if deployer else []), into  # state moving in force
        return frame, moved, deployer, places, False
    if tok.pos_ == "VERB" and tok.lemma_ in entry.words("leavers"):
        return leaving(ctx, tok)
    if tok.pos_ == "NOUN" and (tok.lower_ in entry.words("movement_nouns")
                               or _port_call(tok, entry)):
        frame = ctx.frame(tok)  # "the deployment of two batteries to Slovakia by Germany"
        moved = [p for prep in tok.children if prep.lower_ == "of" for p in prep.children]
        deployer = actor_drafts([*frame.modifiers, *frame.prep("by")]) or [
            d for m in moved for d in actor_drafts(ctx.frame(m).modifiers)] or subjects_up(
            ctx, tok) or _subject_owners(ctx, frame.verb)  # "USS X made a port visit to Y"
        if tok.lower_ in _WITHDRAWALS:  # "is in Israel for talks on the US withdrawal
            return frame, moved, deployer, own_prep(ctx, [tok], "from"), False  # from
            # Syria": a withdrawal is from its own "from" place, not where it is discussed
        goals = ("to", "in", "into", "from", "through", "at")  # the noun's own phrase first:
        return frame, moved, deployer, [  # "outreach to Iran and X's intervention in Iraq"
            *own_prep(ctx, [tok], *goals), *frame.prep(*goals),  # "a scheduled 5th Fleet
            *[m for m in frame.modifiers if m.kind != "country"]], False  # deployment"
    if tok.lower_ in entry.words("control_words"):
        return control(ctx, tok)
    if tok.pos_ in ("NOUN", "PROPN") and (
            names_one_of(tok, troops) or military_mission(ctx, tok, entry)) and stationed(tok):
        return _standing(ctx, tok, entry)
    return None


def _moved(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """A force sent, moved or stationed by the verb's subject ("Spain will move troops to
    Latvia", "USS X was deployed to ...")."""
    troops = entry.words("troop_nouns")
    frame = ctx.frame(tok)
    moved = [tok.head if c.tag_ == "WDT" else c  # "a team, which will be based": the team
             for c in _objects(tok)]
    participle = tok.dep_ == "acl" and tok.tag_ == "VBN"  # "keep destroyers stationed in
    # Rota": the destroyers, kept by the clause's subject
    if not moved and participle:
        moved = [tok.head]
    if not moved and tok.dep_ == "acomp" and tok.tag_ == "VBN":  # "USS X is forward-
        moved = [c for c in tok.head.children if c.dep_ == "nsubj"]  # deployed to Japan"
    if not moved and not participle:  # "B-52 bombers deployed to RAF Fairford": the
        moved = [c for c in clause_subjects(tok) if not names_one_of(c, troops)  # force
                 and ctx.entities_in(c, ("weapon",))]  # that deployed itself
    sent = {*troops, *entry.words("sent_forces")}  # "sent fighters to Syria": fighters
    # moved by a state are its force; "Isis fighters in Syria" are no deployment
    if tok.lemma_ in _FORCE_ONLY and not any(is_force(ctx, m, sent) for m in moved):
        return None  # "sent an envoy", "sent a letter": no force moves
    deployer = actor_drafts(frame.subjects) or holder_antecedent(ctx, tok) or actor_drafts([
        d for m in moved for d in ctx.frame(m).modifiers]) or [
        d for m in moved for d in force_owners(ctx, m)] or (  # "USS X was deployed to ..."
        subjects_up(ctx, tok) if participle else [])
    places = frame.prep("to", "in", "into", "near", "on", "inside", "through", "around",
                        "across", "throughout", "along") or [
        d for m in moved for d in ctx.frame(m).prep("to", "into", "near", "on", "along")
    ] or border_with(
        ctx, tok)  # "moved a squadron of jets to Poland": the parse hangs the goal on what
    # is moved; "sent commandos to its border with Syria": the state across the border
    if tok.lemma_ in _GIVING and goods_only(ctx, moved, troops, entry) and not to_border(
            tok):  # "tanks sent to its border" stay the sender's
        places = [p for p in capitals_as_states(ctx, places)  # "sent tanks to Ukraine",
                  if p.kind != "country"]  # "to Kyiv"
    return frame, moved, deployer, places, False


def _standing(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """A force named with where it is ("2,000 US troops in Syria", "France keeps an air base
    at Niamey")."""
    frame = ctx.frame(tok)
    if traded(ctx, tok, frame):
        return None  # "sold India 36 jets": goods changing hands, not forces abroad
    deployer = [d for d in without_patrons(ctx, tok, actor_drafts(frame.modifiers))
                if d.actor_key] or [  # "a Brigade Combat Team": a name of no one's; "the
        d for d in force_owners(ctx, tok) if d.kind == "country"]  # USS X Strike Group": X's navy
    from_phrase = force_origin(ctx, tok)
    origin = [] if deployer else from_phrase
    held = conj_head(tok)  # "fighters and advisers", "a naval facility at X and an air
    if held.dep_ == "pobj" and held.head.lower_ == "of":  # base at Y": all held
        held = conj_head(held.head.head)  # "thousands of advisers": the count is held
    if not deployer and (held.dep_ == "dobj" or held.i == frame.verb.i) and (  # (a parse
            frame.verb.lemma_ in entry.words("holders")):  # may join the base to the verb)
        # "has thousands of advisers in Syria": the count is what is held
        deployer = actor_drafts(frame.subjects) or holder_antecedent(ctx, frame.verb)
        # "France has 900 troops in Niger", "Germany, which also has troops in Niger'
    around = phrase_actors(ctx, tok, frame)
    others = from_phrase + [d for c in tok.conjuncts for d in force_origin(ctx, c)]  # "Kurdish
    # forces and special forces from Britain": where a force comes from is no place it is in
    preps = ("in", "to", "inside", "into", "from", "across", "near", "along", "on", "at",
             "out", "around")
    nested = inside_other(tok, entry.words("troop_nouns"))
    said = (own_prep(ctx, [tok], *preps) if nested else frame.prep(*preps)) + ground_places(
        ctx, tok, held, preps)  # "thousands of Guards on the ground in Syria"
    based = [d for c in tok.children if c.dep_ == "acl" and c.lemma_ in _BASING
             for d in ctx.frame(c).prep("in", "at", "on", "near")]  # "warplanes based in
    # Qatar (striking Syria)": where they are based comes first
    places = [p for p in [*based, *said, *_clause_places(ctx, tok, frame)]
              if p.key not in around and p not in others and not (
                  len(deployer) > 1 and p in deployer)]  # "Russian and Syrian forces":
    # owners, not places
    deployer = deployer or origin
    if tok.dep_ == "nsubj" and frame.verb.lemma_ in entry.words("combat_verbs"):
        places += [o for o in frame.objects  # "Turkish troops captured Afrin": they are
                   if o.kind in ("location", "country")]  # where they fought
    return frame, [tok], deployer, places, True


def _objects(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _port_call(tok: Any, entry: LexiconEntry) -> bool:
    """A warship's stop in a port ("port visits to Australia", "a port call in Da Nang"):
    forces abroad, not a state visit."""
    return tok.lower_ in entry.words("port_calls") and at_port(tok)


def _subject_owners(ctx: SentenceContext, verb: Any) -> list[Draft]:
    """The state of a ship or force that is the subject of ``verb``."""
    return [d for c in verb.children if c.dep_ == "nsubj" for d in force_owners(ctx, c)]


_PLACE_PREPS = ("in", "from", "at", "near", "inside", "across", "to", "into", "along", "off",
                "over")


_BASING = frozenset({"base", "station", "deploy", "garrison", "position"})


def _clause_places(ctx: SentenceContext, tok: Any, frame: Frame) -> list[Draft]:
    """Places a force is in when a clause around it says so: "US forces operating in
    Manbij", "troops are to be withdrawn from Afghanistan"."""
    verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    verbs += [c for c in frame.verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return [d for v in verbs for d in ctx.frame(v).prep(*_PLACE_PREPS)]


def _theatre(ctx: SentenceContext) -> list[Draft]:
    """Where a national force named in passing is ("US troops working with the Kurds",
    "British special forces fighting alongside the SDF"): the places its sentence names."""
    out: list[Draft] = []
    troops = ctx.lex.kind(KIND).words("troop_nouns")
    origins = [d for tok in ctx.sent.tokens if names_one_of(tok, troops)
               for d in force_origin(ctx, tok)]
    for tok in ctx.sent.tokens:
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and not sent_others(
                tok, troops):
            draft = ctx.draft_at(tok)
            if draft is not None and draft.kind in ("location", "country") and (
                    draft not in out and draft not in origins):
                out.append(draft)
    return out


def _home_named(ctx: SentenceContext, deployer: Draft) -> bool:
    """Whether the sentence names a place by name in ``deployer``'s own state ("Iraqi forces
    wrested back Mosul"): a force named in passing there is at home."""
    home = home_of(deployer)
    if home is None:
        return False
    return any(d.kind == "location" and d.country == home and (
        m := d.mentions.get(sp)) is not None and m.form == "name"
        for sp, d in ctx.table.in_range(ctx.sent.span.start, ctx.sent.span.end))


def _denied(tok: Any) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in tok.children)


def _foreign_fighters(ctx: SentenceContext, verb: Any, entry: LexiconEntry,
                      places: list[Draft]) -> tuple[list[Any], list[Draft]]:
    """Fighters of an armed group acting in a state other than its home are its force
    there ("mercenaries from the Wagner Group are operating in Mali"); a group's fighters
    at home are not ("Isis fighters in Syria")."""
    homes = {p.country for p in places if p.country}
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if not names_one_of(subject, set(entry.words("sent_forces"))):
            continue
        frame = ctx.frame(subject)
        groups = [d for d in [*frame.modifiers, *frame.prep("of", "from")]
                  if d.kind == "organization" and d.country and d.country not in homes]
        if groups and homes:
            return [subject], groups[:1]
    return [], []


def _each_place(ctx: SentenceContext, deployers: list[Draft], places: list[Draft],
                areas: frozenset[str]) -> list[tuple[Draft, Draft | None]]:
    """Each deployer with its place abroad, and with the states listed with that place
    ("will send troops to Lithuania and Estonia" is two deployments)."""
    out: list[tuple[Draft, Draft | None]] = []
    if (paired := _respectively(ctx, deployers, places)) is not None:
        return paired
    for deployer in _each_actor(deployers):
        first = _place(places, [deployer], areas)
        out.append((deployer, first))
        for other in listed_states(ctx, first) if first is not None else []:
            if _place([other], [deployer]) is other:
                out.append((deployer, other))
    return out


def _there(ctx: SentenceContext, tok: Any, frame: Frame, deployers: list[Draft]) -> list[Draft]:
    """"Russian troops are stationed there": the place named last before "there" (not the
    deployer's own state)."""
    there = next((c for v in (tok, frame.verb) for c in v.children
                  if c.lower_ == "there" and c.dep_ == "advmod"), None)
    if there is None:
        return []
    start = ctx.sent.span_of(there).start
    own = {key_of(d) for d in deployers}
    before = [d for sp, d in ctx.table.mentions_before(start, window=_PREVIOUS_SENTENCE)
              if d.kind in ("country", "location") and key_of(d) not in own]
    return before[-1:]


_PREVIOUS_SENTENCE = 300  # characters looked back for the place "there" stands for


def _respectively(ctx: SentenceContext, deployers: list[Draft],
                  places: list[Draft]) -> list[tuple[Draft, Draft | None]] | None:
    """"Britain, Canada and the US will deploy battalions to Estonia, Latvia and Poland
    respectively": the n-th deployer goes to the n-th place, not each to all."""
    if not any(t.lower_ == "respectively" for t in ctx.sent.tokens):
        return None
    senders = _each_actor(deployers)
    first = _place(places, senders)
    goals = [first, *listed_states(ctx, first)] if first is not None else []
    if len(senders) < 2 or len(goals) != len(senders):
        return None
    return list(zip(senders, goals, strict=True))


def _place(cands: list[Draft], deployer: list[Draft],
           areas: frozenset[str] = frozenset()) -> Draft | None:
    """The first place abroad: outside every deployer's own state or home state; or the
    area of an organ that names one ("the 7th Fleet area of operations", "Central Command")."""
    own = {key_of(d) for d in deployer} | {home_of(d) for d in deployer}
    known = any(armed_group(d) for d in deployer)  # a group abroad only where the text
    for c in cands:  # says which state it is ("Kurdish forces in Baghuz" may be at home)
        if c.kind in ("location", "country") and (c.country or c.actor) not in own and (
                not known or c.country or c.actor):
            return c
        if c.kind == "organization" and c.name.split()[-1].lower() in areas:
            return c
    return None
