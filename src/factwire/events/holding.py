"""Presence without a move: a state that joins a war or fights beside an ally's own forces,
holds ground abroad, or leaves a place has forces there (the deployment kind's readers of
standing presence, apart from its readers of forces sent and stationed).

Each reader gives the deployment kind's slots: the frame, what moved (nothing here), the
deployers and the places named for them, and whether the force is named in passing.
"""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft
from factwire.events.context import SentenceContext, actor_drafts, implied_state, own_prep
from factwire.events.forces import force_owners, is_force
from factwire.events.frames import Frame, mentions_of
from factwire.events.spec import LexiconEntry

Slots = tuple[Frame, list[Any], list[Draft], list[Draft], bool]
# frame, what moved, its deployers, the places named for it, and whether it is a force
# named in passing (whose place may be read from its sentence's theatre)


def war_slots(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """A state in a war: joining it, or fighting beside a state's own forces."""
    if tok.pos_ != "VERB":
        return None
    if tok.lemma_ in entry.words("joiners"):
        return _joined_war(ctx, tok, entry)
    if tok.lemma_ in entry.words("campaign_verbs"):
        return _beside(ctx, tok)
    return None


def _beside(ctx: SentenceContext, tok: Any) -> Slots | None:
    """"Hezbollah, which has fought alongside Assad's forces": who fights beside a state's
    forces has a force in that state (the place is the ally's state)."""
    allies = [d for c in tok.children if c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
              for p in c.children if _at_home(ctx, p)
              for d in mentions_of(ctx.sent, p, ctx.table)]
    states = [s for d in allies if (iso := d.country or d.actor) and d.kind != "location"
              and (s := implied_state(ctx, iso, min(d.mentions))) is not None]
    if not states:
        return None
    frame = ctx.frame(tok)
    deployer = actor_drafts(frame.subjects)
    if not deployer and tok.dep_ == "relcl":  # "Hezbollah, which has fought ..."
        deployer = actor_drafts(mentions_of(ctx.sent, tok.head, ctx.table))
    return frame, [], deployer, states, False


_NATIONAL = frozenset({"army", "regime", "government", "military"})


def _at_home(ctx: SentenceContext, ally: Any) -> bool:
    """A state's own army or regime, or a ruler's forces ("the Syrian army", "Assad's
    forces"), fights at home; "US special forces" may be anywhere."""
    if ally.lemma_.lower() in _NATIONAL:
        return True
    return any(c.dep_ == "poss" and (d := ctx.draft_at(c)) is not None and d.kind == "person"
               for c in ally.children)


def _joined_war(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """A state that joins or enters a war has forces in it: "Russia joined the civil war in
    2015", "Egypt entered the Libyan conflict". The place is the war's own ("the war in
    Yemen", "the Libyan war") or the clause's ("entered the war in Libya")."""
    wars = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in entry.words("war_nouns")]
    if not wars:
        return None
    frame = ctx.frame(tok)
    troops = set(entry.words("troop_nouns"))
    forces = [c for c in tok.children if c.dep_ == "nsubj" and is_force(ctx, c, troops)]
    deployer = [d for f in forces for d in force_owners(ctx, f)] or [
        d for d in actor_drafts(frame.subjects) if d.kind == "country"]
    places = [d for w in wars for d in (*ctx.frame(w).modifiers, *ctx.frame(w).prep("in"))]
    return frame, [], deployer, [*places, *frame.prep("in")], False


def leaving(ctx: SentenceContext, tok: Any) -> Slots | None:
    """A force or a state leaving a place was there: "US troops would leave Syria", "Chile
    will withdraw from Bolivia", "pulling out of Afghanistan" (the gold codes the presence a
    withdrawal ends). A state leaves only a place: "left the EU" or "withdrew from the
    treaty" is no presence."""
    frame = ctx.frame(tok)
    outs = [c for c in tok.children if c.lower_ == "out" and c.dep_ in ("prt", "prep")]
    if tok.lemma_ == "pull" and not outs:
        return None  # "pull" alone moves nothing out ("pulled the trigger")
    deployer = _subject_forces(ctx, tok)  # the state itself, not "the fighters have left
    # Douma, the Britain-based monitor said" nor "Iranian proxies"
    froms = [p for c in tok.children if c.lower_ == "from" for p in c.children]
    out_of = [p for o in outs for of in o.children if of.lower_ == "of" for p in of.children]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    places = [d for p in [*objects, *froms, *out_of] if _named_place(ctx, p)
              for d in mentions_of(ctx.sent, p, ctx.table) if d.kind in ("location", "country")]
    return frame, [], deployer, places, False


def _named_place(ctx: SentenceContext, tok: Any) -> bool:
    """A token that names a place itself: "Syria", not "the Turks" ("will leave the Turks
    with a free hand") nor "the Pacific trade treaty"."""
    draft = ctx.draft_at(tok)
    if draft is None:
        return False
    mention = draft.mentions.get(ctx.sent.span_of(tok))
    return mention is None or mention.form != "demonym"


def control(ctx: SentenceContext, tok: Any) -> Slots | None:
    """A state holding ground abroad has forces there: "Afrin, now under Turkish control",
    "the area is under the control of Turkey", "a Turkish-controlled zone", "Turkey controls
    X". The holder is a state named on the word; the place is what is held (a people's
    "Kurdish-held" towns are their own: armed groups are at home). An occupation named in
    passing ("the Israeli-occupied Golan") describes the place: the gold codes none."""
    frame = ctx.frame(tok)
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        holders = actor_drafts([*frame.modifiers, *frame.prep("of")])
        places = _held(ctx, tok.head)
    elif tok.pos_ in ("VERB", "ADJ") and tok.dep_ in ("amod", "acomp") and any(
            c.nbor().text == "-" for c in tok.lefts if c.i + 1 < len(tok.doc)):
        holders = actor_drafts([d for c in tok.lefts if c.dep_ in (
            "npadvmod", "compound", "amod", "nmod", "advmod")
                                for d in mentions_of(ctx.sent, c, ctx.table)])
        places = _held(ctx, tok)  # "a Turkish-controlled zone"; "the area is ..."
    elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in _SEIZING:
        holders = _subject_forces(ctx, tok.head)  # "Turkish troops took control of Tal Abyad"
        places = frame.prep("of")
    elif tok.pos_ == "VERB" and tok.lemma_ == "control" and tok.dep_ not in ("amod", "acomp"):
        holders, places = actor_drafts(frame.subjects), frame.objects  # "Turkey controls X"
    else:
        return None
    holders = [h for h in holders if h.kind == "country"]
    places = [p for p in places if p.kind in ("location", "country")]
    if not holders or not places:
        return None
    return frame, [], holders, places, False  # nothing moves: only a place held makes one


_SEIZING = frozenset({"take", "seize", "gain", "wrest", "assume", "retake", "regain"})


def _subject_forces(ctx: SentenceContext, verb: Any) -> list[Draft]:
    """Whose forces leave or take ground: the owners of a force subject ("Turkish troops",
    not "Turkish-backed rebels"), else a state that is itself the subject ("Turkey seized
    ...", "Chile will withdraw")."""
    troops = set(ctx.lex.kind("deployment").words("troop_nouns"))
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    forces = [c for c in subjects if is_force(ctx, c, troops)]
    if forces:
        return [d for f in forces for d in force_owners(ctx, f)]
    return [d for s in subjects if (d := ctx.draft_at(s)) is not None and d.kind == "country"]


def _held(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """What ``tok`` (an "under" phrase or a participle) says is held: the noun it qualifies,
    the subject of the clause it completes, or the place just before it ("with Afrin now
    under Turkish control", where the parse hangs "under" on the main verb)."""
    head = tok.head
    places = ("location", "country")
    if head.pos_ in ("NOUN", "PROPN"):  # "a Turkish-controlled zone near Azaz"
        return ctx.entities_in(head, places)
    found = [d for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
             for d in ctx.entities_in(c, places)]  # "an area north of Aleppo is ..."
    if found:
        return found
    for prev in reversed(ctx.sent.sdoc[max(0, tok.i - 3):tok.i]):
        if prev.is_punct:
            break
        draft = ctx.draft_at(prev)
        if draft is not None:
            return [draft]
    return []


_COUNT_HEADS = frozenset({"thousands", "hundreds", "dozens", "scores"})


def group_fighters(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """An armed group that has (or has lost) fighters in a state other than its home has a
    force there: "Hezbollah has thousands of fighters in Syria" (its fighters at home are no
    deployment, so places of its own state are left out)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in (
            *entry.words("holders"), *entry.words("loss_verbs")):  # "has lost 1,700
        return None  # fighters in Syria": they were there
    fighters = frozenset(entry.words("sent_forces"))
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    held = [next((p for prep in c.children if prep.lower_ == "of" for p in prep.children), c)
            if c.lower_ in _COUNT_HEADS else c for c in objects]
    held = [h for h in held if h.lemma_.lower() in fighters or h.lower_ in fighters]
    if not held:
        return None
    frame = ctx.frame(tok)
    groups = [d for d in actor_drafts(frame.subjects) if d.kind == "organization" and d.country]
    if not groups:
        return None
    places = [d for d in own_prep(ctx, [tok, *objects, *held], "in", "across", "inside",
                                  "throughout")
              if d.kind in ("location", "country") and d.country != groups[0].country]
    return frame, held, groups[:1], places, False
