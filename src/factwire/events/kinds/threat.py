"""Threats and warnings of sanctions or force (THREATEN)."""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft
from factwire.events.actors import key_of
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    head_chain,
    one_per_actor,
    subjects_up,
)
from factwire.events.draft import EventDraft
from factwire.events.frames import Frame, has_aux, mentions_of, names_one_of, objects_of
from factwire.events.modality import modality_of
from factwire.events.spec import LexiconEntry
from factwire.events.threat_aims import (
    ANSWERS,
    THREATENED,
    act_text,
    acting_against,
    against,
    forceful,
    provocations,
    targets_of,
)
from factwire.events.threat_conditions import condition_of, conditional, doers_of, others_act

KIND = "threat"
LEXICON_FIELDS = ("verbs", "nouns", "sanction_cues", "force_cues", "conditional_verbs",
                  "vow_verbs", "force_verbs", "force_nouns", "price_nouns", "belief_words",
                  "armies", "reluctance_verbs", "hostile_acts", "target_marks",
                  "intolerance_verbs", "blame_words", "response_nouns")


Slots = tuple[Frame, list[Draft], list[Draft], Any]  # frame, sources, targets, act of force


LONE_THREAT = "lone_threat"  # a threat whose target the sentence does not name


def detect(ctx: SentenceContext) -> list[EventDraft]:
    """The sentence's threat: the first with a target named, else the first whose target
    the article must supply."""
    entry = ctx.lex.kind(KIND)
    lone: list[EventDraft] = []
    for tok in ctx.sent.tokens:
        slots = _slots(ctx, tok, entry)
        if slots is None:
            continue
        frame, sources, targets, action = slots
        if sources:  # never the source itself
            targets = [t for t in targets if key_of(t) != key_of(sources[0])]
        if not sources or (not targets and (action is None or others_act(
                ctx, tok, action, sources) or _against_any(action))):
            continue  # a threat with no target named needs an act of the source's own,
            # aimed at someone ("a response to any attack" deters all, threatens none)
        draft = ctx.draft(KIND, tok, frame)
        if not targets:
            draft.literals[LONE_THREAT] = "1"
        denied = draft.modality == "negated" and tok.lemma_ not in entry.words(
            "reluctance_verbs") and tok.lemma_ not in entry.words(  # "will not hesitate to
            "intolerance_verbs")  # strike", "will not tolerate": the refusal is the threat
        draft.modality = "negated" if denied else "asserted"
        draft.add("source", [sources[0].key])
        draft.add("target", [t.key for t in one_per_actor(targets)])  # "American and British
        # interests": one threat against both
        draft.variant, draft.literals["subject"] = _subject(ctx, entry)
        if action is not None:  # what is threatened, in the text's words
            draft.variant, draft.literals["subject"] = "violence", act_text(ctx, action)
        if targets:
            return [draft]
        lone = lone or [draft]
    return lone


def _slots(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """Who threatens whom, by the class of language ``tok`` opens (None: not a trigger)."""
    if _sensed(tok):
        return None  # "Moscow feels threatened by Iran's plans": a fear, not a threat
    for reader in (conditional, _answer, _costs, _designated, _intolerance):
        claimed, slots = reader(ctx, tok, entry)
        if claimed:
            return slots
    if (tok.pos_ == "VERB" or tok.dep_ == "acomp") and _vowing(tok, entry):
        action = forceful(tok, entry)  # "vowed to clear Syrian Kurds from the border"
        if action is None or _measures(ctx, action) or _believed(tok, entry):
            return None  # "information suggests that al-Qaeda plans attacks": an
            # assessment of someone's plans, not a threat they made
        frame = ctx.frame(tok)
        return frame, actor_drafts(frame.subjects), targets_of(ctx, action), action
    if tok.pos_ == "VERB" and (tok.lemma_ in entry.words("force_verbs") or acting_against(tok)):
        frame = ctx.frame(tok)  # "Turkey will launch an operation against the Kurds"
        if modality_of(tok, frame.verb) != "future" and not _reported_would(tok):
            return None  # force reported, not announced
        if _believed(tok, entry):
            return None  # "they fear that our state will attack": a belief, not a threat
        if _measures(ctx, tok):
            return None
        act = forceful(tok, entry, nouns_only=True) if tok.lemma_ == "launch" else tok
        if act is None:
            return None
        return frame, actor_drafts(frame.subjects), targets_of(ctx, act), act
    if tok.pos_ == "VERB" and tok.lemma_ in entry.words("verbs"):
        return _warning(ctx, tok, entry)
    if tok.pos_ == "NOUN":
        return _nominal(ctx, tok, entry)
    return None


def _believed(tok: Any, entry: LexiconEntry) -> bool:
    """The act is what someone believes or infers of the actor, not what it announced."""
    return any(h.lemma_ in entry.words("belief_words") for h in head_chain(tok)[1:3])


def _warning(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """"threatened X", "warned that it would strike X", "threatened military action if X
    ...": the verbs of threatening, and whom their act or its condition aims at."""
    if tok.head.lemma_ in _PERCEIVING and tok.dep_ in ("acomp", "xcomp", "oprd", "ccomp"):
        return None  # "Moscow feels threatened by Iran": a perception, not a threat
    if _advice(tok):
        return None  # "warned Turkey against an offensive": what the other should do
    if any(c.dep_ == "xcomp" and c.lemma_ in ("be", "become") for c in tok.children):
        return None  # "it threatens to be another day of tension": a likelihood
    frame = ctx.frame(tok)
    hearers = [d for c in tok.children if c.dep_ == "npadvmod"  # "warned Turkey that": the
               for d in mentions_of(ctx.sent, c, ctx.table)]  # parse may take the hearer so
    targets = against(ctx, tok) or actor_drafts(
        [*frame.objects, *hearers, *frame.prep("against", "to")]) or actor_drafts(
        [d for act in provocations(ctx, tok) for d in ctx.frame(act).modifiers])
    speakers = {key_of(d) for d in actor_drafts(frame.subjects)}
    if targets and all(key_of(t) in speakers for t in targets):  # "warned Iran that ... on
        targets = actor_drafts([d for c in tok.children if c.dep_ == "dobj"  # Israel's
                                for d in mentions_of(ctx.sent, c, ctx.table)])  # border"
    action = None if targets else forceful(tok, entry) or _sent_force(ctx, tok)
    if action is not None:  # "threatened to send forces to retake X from Y"
        targets = targets_of(ctx, action)
    sources = actor_drafts(frame.subjects)
    own = {key_of(d) for d in sources}
    if not targets and _answers(tok):  # "threatened retaliation after Norway barred
        targets = [d for d in actor_drafts(_cause_doers(ctx, tok))  # cargo": whoever did
                   if key_of(d) not in own]  # what it answers
    if not targets and (action is not None or _own_act(ctx, tok, own)) and (
            condition := condition_of(tok)) is not None:
        # "threatened military action (or to close the strait) if Assad uses ...": aimed
        # at whoever's act would bring it
        targets = [d for d in actor_drafts(doers_of(ctx, condition)) if key_of(d) not in own]
    return frame, sources, targets, action


_OWN_PRONOUNS = frozenset({"it", "we", "i"})
_CAUSES = frozenset({"after", "because", "since"})


def _answers(tok: Any) -> bool:
    """Whether what ``tok`` threatens is an answer ("threatened retaliation", "warned it
    would respond")."""
    return any(t.lemma_.lower() in ANSWERS or t.lemma_ in ("retaliate", "respond", "avenge")
               for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")
               for t in (c, *(g for g in c.children if g.dep_ == "dobj")))


def _cause_doers(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """The subjects of the clause that says what the threat answers ("after Norway barred
    cargo", "because Britain expelled its diplomats")."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp"))]
    return [d for h in heads for c in h.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _CAUSES for m in c.children)
        for d in doers_of(ctx, c)]


_SENSES = frozenset({"feel", "seem", "look", "sound", "appear"})
_ANYONE = frozenset({"any", "anyone", "anybody", "whoever", "whatever"})


def _sensed(tok: Any) -> bool:
    """"feels threatened", "seemed threatened": how one feels, said with a verb of sense."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.dep_ in ("acomp", "oprd"):
        auxes.append(tok.head)
    return any(a.lemma_ in _SENSES for a in auxes)


def _against_any(action: Any) -> bool:
    """Whether the act is aimed at whoever does something ("a strong response to any
    campaign that violated the deal", "will hit anyone who attacks"): no one in particular."""
    return any(t.lower_ in _ANYONE for t in action.subtree)


def _own_act(ctx: SentenceContext, tok: Any, own: set[str | None]) -> bool:
    """Whether the threatening verb announces an act of the speaker's own (``own``: the
    speaker's keys): "threatened to quit the talks", "warned that it (or Turkish troops)
    would enter Manbij"."""
    for c in tok.children:
        if c.dep_ == "xcomp" and tok.lemma_ == "threaten":
            return True
        if c.dep_ == "ccomp" and has_aux(c, ("would", "will")):
            doers = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            keys = {key_of(d) for d in actor_drafts([m for s in doers for m in mentions_of(
                ctx.sent, s, ctx.table)])}
            if (keys and keys <= own) or any(s.lower_ in _OWN_PRONOUNS for s in doers):
                return True
    return False


def _measures(ctx: SentenceContext, act: Any) -> bool:
    """"sanctions targeting its defence industry": "target" among sanctions names measures,
    not force; nor is ending measures ("eliminate all of the tariffs") a blow."""
    nouns = set(ctx.lex.kind("sanction").words("nouns"))
    objects = [c for c in act.children if c.dep_ == "dobj"]
    objects += objects_of((c for o in objects for c in o.children), "of")
    return any(o.lower_ in nouns for o in objects) or (
        act.lemma_ == "target" and bool(ctx.words & nouns))


def _vowing(tok: Any, entry: LexiconEntry) -> bool:
    """A verb that commits its subject to an act: "vowed to", "is ready to", and a
    reluctance denied ("will not hesitate to take action against X")."""
    if tok.lemma_ in entry.words("vow_verbs"):
        return True
    return tok.lemma_ in entry.words("reluctance_verbs") and any(
        c.dep_ == "neg" for c in tok.children)


Read = tuple[bool, Slots | None]  # whether the reader claims the token, and what it found

# Verbs that turn their object from its own planned act: the object authors the act.
_DISSUADING = frozenset({"warn", "dissuade", "deter", "talk", "persuade", "urge"})
# Verbs whose subject carries out the act a threat announced.
_OPENING = frozenset({"begin", "launch", "start", "open", "mount", "unleash"})
_AUTHOR_VERBS = frozenset({"make", "repeat", "renew", "issue", "reiterate", "announce",
                           "declare", "signal"})


def _answer(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Read:
    """"will respond to any Israeli aggression": a response announced to a hostile act
    (the lexicon's ``hostile_acts``) is aimed at whoever would commit it."""
    if tok.pos_ != "VERB" or tok.lemma_ not in entry.words("conditional_verbs"):
        return False, None
    frame = ctx.frame(tok)
    acts = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
            for p in c.children if p.dep_ == "pobj" and p.lemma_ in entry.words("hostile_acts")]
    if not acts or not _announced(tok, frame):
        return False, None
    targets = [d for a in acts for d in actor_drafts([*ctx.frame(a).modifiers,
                                                       *ctx.frame(a).prep("by", "from")])]
    targets = targets or actor_drafts([  # "respond to the deployment of US missiles"
        d for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj" for d in ctx.frame(o).modifiers])
    sources = actor_drafts(frame.subjects) or subjects_up(ctx, tok)
    if not targets and sources:  # "condemned the Turkish threats and said Damascus would
        kinds = ("country", "organization", "person")  # respond to any attack": the one
        inside = {d.actor_key for d in ctx.entities_in(tok, kinds)}  # other actor the
        others = {d.actor_key: d for d in actor_drafts(ctx.sentence_entities(kinds))
                  if d.actor_key not in inside | {sources[0].actor_key}}  # sentence names
        targets = list(others.values()) if len(others) == 1 else []  # outside the answer
    return True, (frame, sources, targets, tok)


def _intolerance(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Read:
    """"Tehran would not tolerate a Turkish presence in Syria", "will not allow Turkey to
    occupy X": a refusal announced against whoever would do what is refused."""
    if tok.pos_ != "VERB" or tok.lemma_ not in entry.words("intolerance_verbs") or not any(
            c.dep_ == "neg" for c in tok.children):
        return False, None
    frame = ctx.frame(tok)
    if not has_aux(tok, ("will", "would", "shall", "'ll")):
        return True, None  # "did not allow": a past refusal
    objects = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    targets = actor_drafts([d for o in objects for d in (
        *mentions_of(ctx.sent, o, ctx.table), *ctx.frame(o).subjects, *ctx.frame(o).prep("by"))])
    sources = actor_drafts(frame.subjects) or _reporters(ctx, tok)
    return True, (frame, sources, targets, None)


def _designated(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Read:
    """"American interests are now legitimate targets", "declared US forces a legitimate
    target": whom the speaker names as a target is threatened by the speaker."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "target" or not any(
            c.dep_ == "amod" and c.lower_ in entry.words("target_marks") for c in tok.children):
        return False, None
    head = tok.head
    if tok.dep_ == "attr":  # "X are legitimate targets"
        named = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif tok.dep_ in ("oprd", "xcomp"):  # "declared X a legitimate target"
        named = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    elif tok.dep_ == "pobj" and head.lower_ == "as" and (
            regarding := next((h for h in head_chain(head, 3) if h.lemma_ in _REGARDING),
                              None)) is not None:  # "would regard any NATO troops (sent to
        head = regarding  # Ukraine) as legitimate targets"
        named = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return False, None
    targets = actor_drafts([d for n in named for d in mentions_of(ctx.sent, n, ctx.table)])
    frame = ctx.frame(tok)
    speakers = (actor_drafts(ctx.frame(head).subjects) if tok.dep_ == "pobj" else []) or (
        _reporters(ctx, tok)) or (actor_drafts(ctx.frame(head).subjects)
                                  if tok.dep_ != "attr" else [])
    return True, (frame, speakers, targets, None)


def _costs(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Read:
    """A cost said to come: "Assad will pay a big price, Trump warned", "X would face
    consequences if ...", "would impose costs on X", "will hold X accountable"."""
    if tok.lemma_ == "hold" and any(c.dep_ in ("acomp", "oprd") and c.lower_ in entry.words(
            "blame_words") for c in tok.children):  # "Iran will be held accountable"
        frame = ctx.frame(tok)
        if not _announced(tok, frame):
            return True, None
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            return True, (frame, _reporters(ctx, tok), actor_drafts(frame.subjects), None)
        return True, (frame, actor_drafts(frame.subjects), actor_drafts(frame.objects), None)
    if tok.lemma_ == "pay" and _priced(tok, entry):
        frame = ctx.frame(tok)
        return True, (frame, _reporters(ctx, tok), actor_drafts(frame.subjects), tok)
    if tok.pos_ != "VERB" or tok.lemma_ not in _COSTING or not _priced(tok, entry):
        return False, None
    frame = ctx.frame(tok)
    directive = _directive(tok)
    if directive is not None:  # "told the YPG to leave or face the consequences"
        told = ctx.frame(directive)
        return True, (frame, actor_drafts(told.subjects), actor_drafts(told.objects), None)
    if not _announced(tok, frame):
        return True, None
    if tok.lemma_ in _BEARING:
        return True, (frame, _reporters(ctx, tok), actor_drafts(frame.subjects), None)
    sources = actor_drafts(frame.subjects) or _reporters(ctx, tok)
    return True, (frame, sources, actor_drafts(frame.prep("on")), None)


def _nominal(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> Slots | None:
    """Threats said with a noun: "a threat to X", "Erdogan's promise to invade X", "Ankara's
    threatened offensive against X" (the act of force named, its author the possessor)."""
    action = None
    if tok.lower_ in entry.words("force_nouns") and any(
            c.dep_ == "amod" and c.lower_ in THREATENED for c in tok.children):
        action = tok
    elif tok.lemma_ in entry.words("vow_verbs") or tok.lower_ in entry.words("nouns"):
        action = forceful(tok, entry) or _loose_act(tok, entry)  # "his vow to invade"
    if action is not None and tok.lower_ not in entry.words("nouns"):
        frame = ctx.frame(tok)
        sources = actor_drafts([*frame.prep("by"), *frame.modifiers])
        if not sources and frame.verb.lemma_ in _AUTHOR_VERBS | _OPENING:
            sources = actor_drafts(frame.subjects)  # "Erdogan repeated his vow to …",
            # "Ankara began a long-threatened offensive"
        if not sources and frame.verb.lemma_ in _DISSUADING:
            sources = actor_drafts(frame.objects)  # "warn Erdogan off a threatened offensive"
        return frame, sources, targets_of(ctx, action), action
    if tok.lower_ in entry.words("nouns"):
        frame = ctx.frame(tok)
        if _danger(tok, frame):
            return None
        sources = actor_drafts([*frame.prep("from", "by"), *frame.modifiers])
        targets = actor_drafts([*frame.prep("to", "against")])
        if not targets and action is not None:
            targets = targets_of(ctx, action)
        if frame.verb.lemma_ in ("receive", "get", "face") and not targets:
            targets = actor_drafts(frame.subjects) or subjects_up(ctx, frame.verb)
        elif not sources and (tok.head.i == frame.verb.i or frame.verb.lemma_ in _AUTHOR_VERBS):
            sources = actor_drafts(frame.subjects)  # "X issued threats", not "X called for
        return frame, sources, targets, action  # an end to threats against Y"
    return None


# Verbs of bearing a cost (their subject is the one threatened) and of inflicting one
# (their subject threatens, the "on" phrase is threatened).
_BEARING = frozenset({"face", "suffer", "incur"})
_COSTING = _BEARING | {"impose", "inflict"}


def _priced(verb: Any, entry: LexiconEntry) -> bool:
    """Whether ``verb`` takes a cost as object ("consequences", "a heavy price")."""
    return any(c.dep_ == "dobj" and c.lower_ in entry.words("price_nouns") for c in verb.children)


def _announced(verb: Any, frame: Frame) -> bool:
    """A cost said to come, not one borne: future, reported "would", or under a condition."""
    return (modality_of(verb, frame.verb) == "future" or _reported_would(verb)
            or condition_of(verb) is not None)


def _directive(verb: Any) -> Any:
    """The verb of telling above a cost offered as the other choice: "told X to leave or
    face the consequences", "warned X to withdraw or suffer": the teller threatens X."""
    first = verb.head if verb.dep_ == "conj" else None
    if first is None or first.dep_ != "xcomp" or first.head.lemma_ not in _TELLING:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
        return None
    return first.head


_TELLING = frozenset({"tell", "warn", "order", "urge", "give", "demand", "ask"})


_REGARDING = frozenset({"regard", "consider", "treat", "view", "see", "deem"})
_PERCEIVING = frozenset({"feel", "seem", "look", "appear", "become", "sound"})


def _advice(verb: Any) -> bool:
    """"warned X to avoid military action", "warned X against treating the war as a proxy
    war": the warning tells its hearer what to do or not to do; no act of the speaker's is
    threatened."""
    if verb.lemma_ != "warn":
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" and g.dep_ == "aux"
                                                for g in c.children):
            return True  # "warned X to ...", not "warned that X would ..."
        if (c.dep_ == "prep" and c.lower_ == "against") or (c.dep_ == "prt" and c.lower_ == "off"):
            return True  # "warned X against ...", "warned X off an offensive"
    return False


# Verbs whose object "threat" is a danger someone is or is seen as, not a threat made:
# "Tehran could pose a threat to Israel", "Ankara sees the YPG as a threat".
_DANGER_VERBS = frozenset({"pose", "represent", "constitute", "present", "be", "become",
                           "remain", "see", "view", "regard", "consider", "perceive", "deem"})


def _danger(noun: Any, frame: Frame) -> bool:
    """Whether the threat noun names a danger ("pose a threat to", "as a threat to")."""
    if noun.head.lower_ == "as" or noun.dep_ in ("attr", "acomp"):
        return True
    if any(c.dep_ == "acl" and c.lemma_ in _DANGER_VERBS for c in noun.children):
        return True  # "the terrorist threat posed by ISIS"
    return noun.dep_ == "dobj" and frame.verb.lemma_ in _DANGER_VERBS


def _loose_act(noun: Any, entry: LexiconEntry) -> Any:
    """The "to" clause the parse hung on the verb above ``noun`` ("repeated his vow | to
    destroy X"): a force verb right after the noun."""
    nxt = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.lower_ != "to" or nxt.head.pos_ != "VERB":
        return None
    act = nxt.head
    return act if act.lemma_ in entry.words("force_verbs") and act.head.i == noun.head.i else None


_REPORTING = frozenset({"say", "warn", "tell", "tweet", "write", "declare", "add", "threaten"})


def _reporters(ctx: SentenceContext, tok: Any) -> list[Draft]:
    """Who says that ``tok`` will happen: the subject of the reporting verb above it, or the
    speaker after it ("X will pay a big price, Trump warned")."""
    for head in [*head_chain(tok)[1:], *(t for t in tok.sent if t.lemma_ in _REPORTING)]:
        if head.lemma_ in _REPORTING:
            speakers = actor_drafts(ctx.frame(head).subjects)
            if speakers:
                return speakers
    return []


def _reported_would(tok: Any) -> bool:
    """"Erdogan said Turkey would (or could) launch an offensive": force announced in
    reported speech (a "would" or "could" under a reporting verb), not a hypothetical of the
    writer's."""
    would = has_aux(tok, ("would", "could"))
    if not would or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return False
    return any(h.lemma_ in _REPORTING for h in head_chain(tok)[1:3])


def _sent_force(ctx: SentenceContext, verb: Any) -> Any:
    """"threatened to send troops into Manbij": sending a force (the deployment lexicon's
    verbs and troop nouns, or "his army") is the act threatened; it is aimed at whoever
    holds the place."""
    deploying = ctx.lex.kind("deployment")
    armies = ctx.lex.kind(KIND).words("armies")
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_ in deploying.words("verbs") and any(
                o.dep_ == "dobj" and (names_one_of(o, deploying.words("troop_nouns"))
                                      or o.lower_ in armies)
                for o in c.children):
            return c
    return None


def _subject(ctx: SentenceContext, entry: LexiconEntry) -> tuple[str | None, str]:
    """What is threatened, from whole-word cues in the sentence."""
    text = " " + " ".join(t.lower_ for t in ctx.sent.tokens) + " "
    if any(f" {c} " in text for c in entry.words("sanction_cues")):
        return "restrict", "sanctions"
    if any(f" {c} " in text for c in entry.words("force_cues")):
        return "violence", "military force"
    return None, "unspecified"
