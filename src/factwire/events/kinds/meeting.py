"""Meetings: two or more actors meet, hold talks or confer (CONSULT)."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    distinct_actor_keys,
    own_prep,
    place_state,
    subjects_up,
    topic_of,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import Frame, agents_of, mentions_of, objects_of
from factwire.events.kinds.call import by_phone, phoned
from factwire.events.kinds.visit import a_guest, as_role
from factwire.model import Span
from factwire.nlp.types import Token

KIND = "meeting"
LEXICON_FIELDS = ("verbs", "verbs_with", "nouns", "host_verbs", "leading_participles",
                  "invite_verbs")
PARTIAL = "partial_mention"  # a literal no role reads: a mention without its participants


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    verbs, with_verbs = set(entry.words("verbs")), set(entry.words("verbs_with"))
    nouns = set(entry.words("nouns"))
    out: list[EventDraft] = []
    said_so = any((t.pos_ == "VERB" and t.lemma_ in verbs)
                or (t.pos_ in ("NOUN", "PROPN") and t.lower_ in nouns) for t in ctx.sent.tokens)
    hosts = set(entry.words("host_verbs"))
    for tok in ctx.sent.tokens:
        hosting = tok.pos_ == "VERB" and tok.lemma_ in hosts and not said_so
        is_verb = tok.pos_ == "VERB" and (tok.lemma_ in verbs or tok.lemma_ in with_verbs
                                          or hosting)
        is_noun = tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in nouns
        if not (is_verb or is_noun) or (is_noun and phoned(ctx, tok)):
            continue  # "a telephone conversation with X" is a call
        if is_noun and ((tok.pos_ == "PROPN" and _organ(ctx, tok)) or _setting(tok)):
            continue  # "members of Congress accused X": a state's organ, not a congress;
            # "met X on the sidelines of the G20 summit": where the meeting told is held,
            # not a meeting of its own among those the sentence names
        frame = ctx.frame(tok)
        if hosting and not _guests(ctx, frame):
            continue  # "hosted a summit", "hosts refugees": no guest named to meet
        if is_verb and not _verb_meets(ctx, tok, frame, with_verbs, said_so=said_so):
            continue
        invited = _inviter(ctx, tok) is not None
        topical = (is_verb and tok.lemma_ in with_verbs) or (
            is_noun and frame.verb.lemma_ in with_verbs)  # "discussed Ukraine (at the
        # summit)": a topic
        went = _destination(ctx, tok)  # "will travel to Paris for talks", "to meet X"
        people = _people(ctx, tok, frame, is_noun=is_noun, topical=topical, went=went)
        if (host := _hosts_unnamed(ctx, tok, frame, people, _places(
                ctx, frame, people, went, topical=topical))) is not None:
            people = [*people, host]  # "met officials in Nigeria": Nigeria's
        if len(distinct_actor_keys(people)) < 2 and not is_noun:
            continue
        topic = frame.prep("on", "about")
        named = [*frame.subjects, *frame.prep("with", "between", "among", "alongside")]
        people = [p for p in people if p not in topic or p in named]  # "a Congress on
        # National Dialogue"; but "X and Y renewed talks on an X pullback" keeps X
        draft = ctx.draft(KIND, tok, frame)
        if invited and draft.modality == "asserted":
            draft.modality = "future"  # "invited X to Paris to discuss Y": talks to come
        if len(distinct_actor_keys(people)) < 2:
            draft.literals[PARTIAL] = tok.lower_  # "the conference set for January": its
            # time and place are those of the meeting another sentence names, whatever
            # the clause around it wishes ("urged him not to attend the conference")
            draft.habitual = False
            if draft.modality == "hypothetical":  # dated as what is to come, not dropped
                draft.modality = "future"
        places = _places(ctx, frame, people, went, topical=topical)
        if is_noun and (counted := _counted_sides(ctx, tok, people, places)):
            people = counted  # "at a trilateral summit in Moscow": all three sides
            draft.literals.pop(PARTIAL, None)

        draft.add("participants", [d.key for d in people])
        if places:
            draft.add("place", [places[0].key])
        if (about := topic_of(ctx, tok, frame.verb)) is not None:
            draft.literals["topic"] = about
        elif topic:
            draft.literals["topic"] = topic[0].name
        out.extend(_one_by_one(ctx, tok, frame, draft, people))
    return out


def _one_by_one(ctx: SentenceContext, tok: Token, frame: Frame, draft: EventDraft,
                people: list[Draft]) -> list[EventDraft]:
    """"held separate talks with his counterparts from Japan, Australia and Korea", "bilateral
    meetings with A, B and C": one meeting with each counterpart, not one among them all."""
    nouns = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *objects_of(
        tok.children, "in")]  # "held discussions in separate meetings with X and Y"
    if not any(n.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _EACH_APART
                                       for c in n.children) for n in nouns):
        return [draft]
    sides = actor_drafts(frame.subjects) or subjects_up(ctx, tok)
    own = {d.actor_key for d in sides}
    others = [d for d in people if d.actor_key not in own]
    if not own or len(distinct_actor_keys(others)) < 2:
        return [draft]
    out = []
    for other in others:
        one = draft.copy()
        one.roles["participants"] = [*(d.key for d in sides[:1]), other.key]
        out.append(one)
    return out


# Modifiers by which plural talks are held with each counterpart apart
_EACH_APART = frozenset({"separate", "bilateral", "individual", "one-on-one"})


def _setting(tok: Token) -> bool:
    """A gathering named as the edge of which something else happens ("on the sidelines
    of the summit", "on the margins of the session")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.lower_ in _EDGES)


_EDGES = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})


def _verb_meets(ctx: SentenceContext, tok: Token, frame: Frame, with_verbs: set[str], *,
                said_so: bool) -> bool:
    """Whether a meeting verb tells a meeting of its own: not talks by phone ("discussed
    Syria in phone calls with X"), not "never sat well with X", and a talking verb with no
    "with" only when no meeting is named already and the sides talk together, are invited
    to talk or talk during a visit."""
    if tok.lemma_ in with_verbs and by_phone(ctx):
        return False
    if tok.lemma_ == "sit" and not any(c.dep_ == "prt" for c in tok.children):
        return False
    if tok.lemma_ not in with_verbs or frame.prep("with"):
        return True
    if _inviter(ctx, tok) is not None or _visiting(ctx, tok):
        return True
    return not said_so and _together(ctx, frame)


def _people(ctx: SentenceContext, tok: Token, frame: Frame, *, is_noun: bool, topical: bool,
            went: tuple[Draft, Draft | None] | None) -> list[Draft]:
    """Who meets: the trigger's subjects, modifiers, objects and "with" company; for a noun
    with too few sides, the clause's subjects above it and the host of a journey for talks."""
    people = actor_drafts([*frame.subjects, *frame.modifiers,
                           *([] if topical else frame.objects),
                           *frame.prep("with", "between", "among", "alongside"),
                           *(frame.prep("of") if is_noun else [])])  # "meeting of X and Y"
    if (host := _inviter(ctx, tok)) is not None:  # "X invited Y to Paris to discuss Z"
        guests = [d for c in host.children if c.dep_ == "dobj" and a_guest(ctx, c)
                  for d in mentions_of(ctx.sent, c, ctx.table)]
        people += actor_drafts([*ctx.frame(host).subjects, *guests])
    people += actor_drafts([d for v in _visiting(ctx, tok) for d in ctx.frame(v).subjects])
    # "looks forward to discussing it when X visits Washington": with the visitor
    if not is_noun:
        if len(distinct_actor_keys(people)) < 2 and (_purpose_clause(tok) or _theirs(tok)):
            people += subjects_up(ctx, tok)  # "X and Y agreed to talk after their
            # ministers met": the subjects of the clause above
        return people
    if len(distinct_actor_keys(actor_drafts(frame.modifiers))) >= 2:
        people = actor_drafts([*frame.modifiers, *frame.prep(  # "after the US-Turkish
            "with", "between", "among", "of")])  # talks, Kurds left": sides named
    # first, so that a topic adjective does not pass for a second party
    if frame.verb != tok and frame.verb.lemma_ in ctx.lex.kind(KIND).words("host_verbs"):
        people += [d for d in actor_drafts([*frame.subjects, *frame.objects])  # "Biden
                   if d not in people and d.actor_key]  # hosted X and Y for a summit"
    people = _without_topic_adjective(ctx, tok, people)
    if len(distinct_actor_keys(people)) < 2:  # "talks that began last year between X and Y"
        people += actor_drafts([d for c in tok.children if c.dep_ in ("relcl", "acl")
                                for d in ctx.frame(c).prep("between", "with", "among")])
    if len(distinct_actor_keys(people)) < 2:
        people += _gathered(ctx, tok)  # "a summit at which Iran, Russia and Turkey failed"
    if len(distinct_actor_keys(people)) < 2:
        people += _led_by(ctx, tok, frame)  # "talks in Astana, led by Turkey, Iran and
        # Russia"
    if len(distinct_actor_keys(people)) < 2:
        people += subjects_up(ctx, tok)  # "after talks with X, Y said": Y met X;
        # "X and Y are co-sponsoring Z's Syrian dialogue": X, Y and Z
    if went is not None and len(distinct_actor_keys(people)) < 2:
        people.append(went[0])
    return people


def _led_by(ctx: SentenceContext, tok: Token, frame: Frame) -> list[Draft]:
    """The sides that lead, sponsor or host talks, named by a participle's "by" on the
    talks, their verb, or (in a loose parse) the place they are held in: "talks in Sochi,
    sponsored by Russia, Turkey and Iran", "is to be held in Astana, led by X and Y"."""
    leading = ctx.lex.kind(KIND).words("leading_participles")
    verbs = [frame.verb, *(t for t in frame.verb.subtree if t.dep_ == "xcomp")]  # "is due
    # to be held"
    heads = [tok, *verbs, *(p for c in (tok, *verbs) for prep in c.children
                            if prep.dep_ == "prep" for p in prep.children)]
    return actor_drafts([d for h in dict.fromkeys(heads) for c in h.children
                         if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN"
                         and c.lemma_ in leading for d in agents_of(ctx.sent, c, ctx.table)])


def _places(ctx: SentenceContext, frame: Frame, people: list[Draft],
            went: tuple[Draft, Draft | None] | None, *, topical: bool = False) -> list[Draft]:
    """Where the sides meet: a place the trigger's phrases name, but not a side's own state
    ("held talks in Belarus" is a third state's soil), or the place of the gathering on
    whose sidelines they meet; else the destination of a journey. What is discussed is a
    topic, so its own phrases place nothing ("discussed the war in Ukraine")."""
    sides = distinct_actor_keys(people)
    sidelines = [t for head in (frame.trigger, frame.verb) for p in head.children
                 if p.dep_ == "prep" and p.lower_ in ("on", "at") for t in p.children
                 if t.dep_ == "pobj" and t.lower_ in ("sidelines", "margins", "sideline")]
    said = own_prep(ctx, [frame.trigger, frame.verb], "in", "at") if topical else frame.prep(
        "in", "at")
    if frame.trigger.lemma_ in ctx.lex.kind(KIND).words("host_verbs"):
        said += [d for d in frame.prep("to") if d.kind == "location"]  # "welcomed X to Jeddah"
    held = [t for t in frame.verb.subtree if t.dep_ == "xcomp" and t.lemma_ == "hold"]
    said += [d for v in _visiting(ctx, frame.trigger)  # "when X visits Washington"
             for d in [*ctx.frame(v).objects, *ctx.frame(v).prep("to", "in")]
             if d.kind == "location"]
    said += [d for t in frame.verb.subtree if t.dep_ == "prep" and t.lower_ in ("in", "at")
             and t.head.dep_ == "pobj" and t.head.head.lower_ == "of"
             and t.head.head.head.pos_ == "PROPN"  # "met President Marcos of the
             for o in t.children for d in ctx.entities_in(o, ("location",))]  # Philippines
    # in Manila": the parse hangs the place on the title's state
    found = [*_where(ctx, frame.verb), *said, *own_prep(ctx, held, "in", "at"),  # "are due
             # to be held in Astana"
             *(d for t in sidelines for d in ctx.entities_in(t, ("location", "country")))]
    places = [d for d in found if d.kind == "location" or (
        d.kind == "country" and d.actor not in sides)]
    if not places and went is not None and went[1] is not None:
        places = [went[1]]
    return places


def _where(ctx: SentenceContext, verb: Token) -> list[Draft]:
    """The place a "where" clause says: "travelled to Kyiv, where he met Zelensky" (the
    clause's head); "a visit to Baghdad on Wednesday, where he met" (the head is a day: the
    last place named before it)."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    head = ctx.draft_at(verb.head)
    if head is not None and head.kind in ("location", "country"):
        return [head]
    before = ctx.within(Span(ctx.sent.span.start, ctx.sent.span_of(verb.head).end),
                        ("location", "country"))
    return before[-1:]


# How many sides a meeting noun's adjective says it has.
_SIDES = {"bilateral": 2, "trilateral": 3, "tripartite": 3, "three-way": 3,
          "quadrilateral": 4, "four-way": 4}


def _counted_sides(ctx: SentenceContext, tok: Token, people: list[Draft],
                   places: list[Draft]) -> list[Draft] | None:
    """"Baku's demands, made at a trilateral summit in Moscow, were rejected by Yerevan":
    a meeting whose adjective counts its sides, and whose sentence names exactly that many
    states counting the host of its place, is among them; ``None`` otherwise."""
    counts = [_SIDES[c.lower_] for c in tok.lefts if c.lower_ in _SIDES]
    if not counts or len(distinct_actor_keys(people)) >= counts[0]:
        return None
    found = list(people)
    for place in places[:1]:
        if place.kind == "location" and (host := place_state(ctx, place)) is not None:
            found.append(host)
    found += [d for d in ctx.sentence_entities(("country",)) if d.actor]
    unique: dict[str, Draft] = {}
    for d in found:
        if d.actor_key and d.actor_key not in unique:  # a person of no known state is no
            unique[d.actor_key] = d  # side of its own ("Deputy Prime Minister Marles")
    return list(unique.values()) if len(unique) == counts[0] else None


# Unnamed people of the place a meeting is held in: "met officials in Nigeria"
_LOCALS = frozenset({"official", "leader", "counterpart", "authority", "minister", "politician"})


def _hosts_unnamed(ctx: SentenceContext, tok: Token, frame: Frame, people: list[Draft],
                   places: list[Draft]) -> Draft | None:
    """The state of the place a side meets its unnamed officials in ("met officials in
    Nigeria", "held meetings with local leaders in Mosul"), when it is not the side's own."""
    keys = distinct_actor_keys(people)
    met = [p for t in (tok, frame.verb) for c in t.children if c.dep_ == "prep"
           and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    met += [c for c in tok.children if c.dep_ == "dobj"]
    if len(keys) != 1 or not any(m.lemma_.lower() in _LOCALS and ctx.draft_at(m) is None
                                 for m in met):
        return None
    host = place_state(ctx, places[0]) if places else None
    return host if host is not None and host.actor_key not in keys else None


_ENVOYS = frozenset({"delegation", "representative", "envoy", "leader", "official"})


def _guests(ctx: SentenceContext, frame: Frame) -> bool:
    """"X hosted Y and Z", "received Y", "Y was received by X": people or states received
    by someone else, in person (a sentence about a call is the call), not given a role
    ("welcomed X as coordinator")."""
    if as_role(frame.trigger):
        return False
    if any(c.dep_ == "nsubjpass" for c in frame.trigger.children):
        # "X was received by Y": the guest is the subject, the host the "by" agent
        people = [d for d in frame.subjects if d.kind in ("person", "country")]
        return len(distinct_actor_keys(people)) >= 2 and not by_phone(ctx)
    hosts = distinct_actor_keys(actor_drafts(frame.subjects))
    named = [c for c in frame.trigger.children if c.dep_ == "dobj" and a_guest(ctx, c)]
    # someone ("Rouhani", "his counterparts"), not "Syrian refugees" or "UK bases"
    guests = distinct_actor_keys([d for c in named for d in mentions_of(ctx.sent, c, ctx.table)
                                  if d.kind in ("person", "country") or (
                                      d.kind == "organization" and c.lemma_ in _ENVOYS)])
    # an organisation is received through its envoys ("a delegation of the SDF"), never
    # as itself ("hosted the Nato summit")
    return bool(hosts) and bool(guests - hosts) and not by_phone(ctx)


def _destination(ctx: SentenceContext, tok: Token) -> tuple[Draft, Draft | None] | None:
    """The state (and place) a journey made for talks goes to: "flew to Paris for talks",
    "arrived in Moscow to hold talks", "visited Ankara for a summit": the host takes part."""
    head = tok.head
    purpose = (tok.dep_ == "pobj" and head.lower_ == "for") or (
        tok.dep_ == "dobj" and head.lemma_ in ("hold", "have") and head.dep_ in ("xcomp",
                                                                                "advcl"))
    verb = head.head
    if _purpose_clause(tok):  # "will travel to Niamey to meet Bazoum"
        purpose, verb = True, head
    trips = ctx.lex.kind("visit")
    if not purpose or verb.pos_ != "VERB" or verb == tok or verb.lemma_ not in {
            *trips.words("verbs"), *trips.words("presence_verbs"),
            *ctx.lex.kind(KIND).words("invite_verbs")}:
        return None  # "gathered in Brussels for a meeting": no journey, no host met
    frame = ctx.frame(verb)
    for t in [*frame.prep("to", "in"), *(frame.objects if verb.lemma_ == "visit" else [])]:
        if (state := place_state(ctx, t)) is not None:
            return state, (None if t.kind == "country" else t)
    return None


def _inviter(ctx: SentenceContext, tok: Token) -> Token | None:
    """The inviting verb when ``tok`` is what an invitation is for: "invited Y to Paris to
    discuss Z", "invited Y to Beijing for talks"; ``None`` otherwise."""
    invites = ctx.lex.kind(KIND).words("invite_verbs")
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
    if head.lemma_ in invites and head != tok and (_purpose_clause(tok) or head is not tok.head):
        return head
    return None


def _visiting(ctx: SentenceContext, tok: Token) -> list[Token]:
    """The visit during which a talking verb's talks take place: "discussing the decision
    when X visits Washington" (the clause's visit verb)."""
    trips = ctx.lex.kind("visit").words("verbs")
    return [c for c in tok.children if c.dep_ == "advcl" and c.lemma_ in trips and any(
        m.lower_ in ("when", "while", "during") for m in c.children)]


def _gathered(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """The subjects of a relative clause set at the gathering ("a summit in Tehran at which
    Iran, Russia and Turkey failed to agree"): those who were there."""
    return actor_drafts([
        d for clause in tok.children if clause.dep_ == "relcl"
        if any(p.dep_ == "prep" and any(w.lower_ == "which" for w in p.children)
               for p in clause.children)
        for d in ctx.frame(clause).subjects])


def _purpose_clause(tok: Token) -> bool:
    """A meeting verb in an infinitive of purpose under another verb ("flew to Paris to
    meet X", "is due to travel to Kyiv to meet X"): the traveller is who meets."""
    return tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.pos_ == "VERB"


def _theirs(tok: Token) -> bool:
    """A meeting verb whose subject is "their ministers" (or leaders, envoys)."""
    return any(c.dep_ == "nsubj" and any(g.dep_ == "poss" and g.lower_ == "their"
                                         for g in c.children) for c in tok.children)


def _together(ctx: SentenceContext, frame: Frame) -> bool:
    """"X and Y discussed Z": two sides as the subject talk with each other, face to face
    unless the sentence says it was by phone or video (a call)."""
    return len(distinct_actor_keys(actor_drafts(frame.subjects))) >= 2 and not by_phone(ctx)


def _without_topic_adjective(ctx: SentenceContext, tok: Token, people: list[Draft]) -> list[Draft]:
    """"Putin's Syrian dialogue", "a Syrian Congress hosted by Russia": a lone nationality
    adjective on the meeting noun says what it is about when others are named as its
    parties; "Russian-Iranian talks" (a pair) still names both sides."""
    adjectives = [c for c in tok.lefts if c.dep_ == "amod" and c.pos_ == "ADJ"
                  and c.nbor().text != "-" and (c.i == 0 or c.nbor(-1).text != "-")]
    topical = [d for c in adjectives for d in mentions_of(ctx.sent, c, ctx.table)]
    rest = [p for p in people if p not in topical]
    return rest if topical and distinct_actor_keys(rest) else people


def _organ(ctx: SentenceContext, tok: Token) -> bool:
    """Whether ``tok`` names an organisation that acts for a state ("Congress")."""
    draft = ctx.draft_at(tok)
    return draft is not None and draft.kind == "organization" and draft.actor is not None and (
        draft.actor == draft.country)
