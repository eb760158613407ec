"""Visits: a leader or delegation goes to another state (CONSULT / visit)."""

from __future__ import annotations

from typing import Any

from factwire.entities.table import Draft
from factwire.events.actors import key_of
from factwire.events.context import (
    SentenceContext,
    actor_drafts,
    head_chain,
    implied_state,
    own_prep,
    subjects_up,
)
from factwire.events.draft import EventDraft
from factwire.events.forces import at_port
from factwire.events.frames import Frame, agents_of, mentions_of, names_one_of, objects_of
from factwire.events.lexicon import DAY_WORDS
from factwire.events.spec import LexiconEntry, get_spec
from factwire.time import find_times

KIND = "visit"
LEXICON_FIELDS = ("verbs", "nouns", "host_verbs", "official_nouns", "presence_verbs",
                  "abroad_words", "sender_verbs", "own_subject_verbs", "return_verbs",
                  "venues", "invite_verbs")


def detect(ctx: SentenceContext) -> list[EventDraft]:
    entry = ctx.lex.kind(KIND)
    out: list[EventDraft] = []
    for tok in ctx.sent.tokens:
        if tok.pos_ == "VERB" and tok.lemma_ in entry.words("host_verbs"):
            found = _hosted(ctx, tok)
        elif tok.pos_ == "VERB" and tok.lemma_ in entry.words("invite_verbs"):
            found = [v for v in _hosted(ctx, tok) if v[3] is not None]  # "invited X to
            # Paris": a visit to come; "invited X to join the coalition" is none
        elif tok.pos_ == "VERB" and tok.lemma_ in entry.words("sender_verbs"):
            found = _sent(ctx, tok, entry)
        elif tok.lemma_ in entry.words("presence_verbs") or tok.lower_ in entry.words(
                "abroad_words") or (tok.pos_ == "VERB" and tok.lemma_ in entry.words(
                "abroad_words")):  # "met officials in Baghdad"
            found = _present(ctx, tok, entry)
        else:
            found = _travelled(ctx, tok, entry) or (
                _present(ctx, tok, entry) if _opened_abroad(tok) else [])
        for frame, visitor, host, place in found:
            draft = ctx.draft(KIND, tok, frame)
            if tok.lemma_ in entry.words("invite_verbs") and draft.modality == "asserted":
                draft.modality = "future"
            draft.add("visitor", [visitor.key])
            draft.add("host", [host.key])
            if place is not None:
                draft.add("place", [place.key])
            out.append(draft)
    return out


Visit = tuple[Frame, Draft, Draft, Draft | None]  # frame, visitor, host state, place


def _port_call(tok: Any) -> bool:
    """A ship's call ("a port visit"), or "such" a visit told again after one."""
    nouns = [tok]
    if any(c.dep_ == "amod" and c.lower_ == "such" for c in tok.children):
        nouns += [t for t in tok.sent if t.i < tok.i and t.lemma_ == tok.lemma_]
    return any(at_port(n) for n in nouns)


def _travelled(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> list[Visit]:
    """"X visited Y", "X's trip to Y", "during a visit to Y, X said": the visitor travels."""
    is_verb = tok.pos_ == "VERB" and tok.lemma_ in entry.words("verbs")
    is_noun = tok.pos_ == "NOUN" and tok.lower_ in entry.words("nouns")
    if not (is_verb or is_noun):
        return []
    if is_noun and _port_call(tok):
        return []  # "for a port visit, the first such visit": a ship calls, no one travels
    if is_verb and tok.lemma_ == "touch" and not any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return []  # "touched down in Kabul" travels; "touched on Syria" does not
    if is_verb and tok.lemma_ == "stop" and (any(c.dep_ in ("dobj", "xcomp") for c in (
            tok.children)) or not any(c.dep_ == "prep" and c.lower_ in ("in", "off")
                                      for c in tok.children)):
        return []  # "stopped in Cairo" travels; "stopped deliveries to Kyiv" does not
    frame = ctx.frame(tok)
    targets = frame.objects if tok.lemma_ in ("visit", "tour") and is_verb else frame.prep(
        "to", "in", "into")  # "flew into Baghdad", "is touring Washington and Paris"
    if is_verb and tok.lemma_ in entry.words("return_verbs"):  # "returned from Moscow":
        targets = frame.prep("from")  # the place left; "returned to Paris" goes home
    if is_noun and tok.lower_ == "tour" and not targets:
        targets = frame.prep("of")  # "his tour of Iraq"
    hosts_by_modifier = [m for m in frame.modifiers if m.kind == "country"]
    if is_noun and not targets and hosts_by_modifier:
        targets = hosts_by_modifier  # "a UK state visit"
    travellers = [_antecedent(c) for c in tok.children if c.dep_ == "nsubj"]
    if is_verb and travellers and not any(_someone(ctx, t, entry) for t in travellers):
        return []  # "4,000 Russian citizens travelled to Syria": people, not the state
    if is_verb and not travellers and tok.lemma_ in entry.words("own_subject_verbs"):
        return []  # "Russians considering going to Syria": "go" travels only with its own
        # subject
    own = actor_drafts([m for m in frame.modifiers if m not in hosts_by_modifier
                        and m not in targets])
    if is_noun:  # "Putin's visit", "the visit by the Japanese PM" before who looks forward
        visitors = own or actor_drafts([d for d in frame.prep("by", "of") if d not in targets]
                                       ) or actor_drafts(frame.subjects)
    else:
        visitors = actor_drafts([*frame.subjects, *own])
    told = _told(ctx, tok, entry) if is_verb and tok.dep_ == "xcomp" else []
    if told is None:
        return []
    visitors = told or visitors
    if not visitors:
        if is_verb and not _someone_above(ctx, tok, entry):
            return []  # "an American woman ... regrets travelling to Syria": a private trip
        visitors = subjects_up(ctx, tok)  # "during a visit to X, Y said"; "invited to visit"
    visitors = [v for v in visitors if _official(v)]
    if not visitors:
        return []
    mine = {key_of(v) for v in visitors}
    return [(frame, visitors[0], host, place) for host, place in _hosts(ctx, targets)
            if {key_of(host)} != mine]  # "touring Washington, Paris and London"


_INVITING = frozenset({"invite", "ask", "urge", "welcome"})


def _told(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> list[Draft] | None:
    """Who travels when a verb above tells someone to: the one invited ("Macron invited
    Scholz to visit Paris"); ``None`` when those told are private people ("warned US
    citizens not to travel to Lebanon": citizens are no state's envoys)."""
    told = [c for c in tok.head.children if c.dep_ == "dobj"]
    if tok.head.lemma_ in _INVITING:
        return actor_drafts([d for c in told for d in mentions_of(ctx.sent, c, ctx.table)])
    if told and not any(_someone(ctx, t, entry) for t in told):
        return None
    return []


def as_role(tok: Any) -> bool:
    """"welcomed X as coordinator", "received X as a partner": the object is given a role,
    not met or hosted."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


def _antecedent(subject: Any) -> Any:
    """What a relative "who" stands for: "the teenager who travelled", "citizens who were
    coerced or who travelled" (through the joined clauses); else the subject itself."""
    if subject.lower_ not in ("who", "that"):
        return subject
    clause = subject.head
    for _ in range(4):
        if clause.dep_ not in ("conj", "xcomp") or clause.head == clause:
            break
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else subject


def _sent(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> list[Visit]:
    """"Ankara sent officials to Moscow", "dispatched an envoy to Kabul": the sender's
    officials visit; troops or arms sent are no visit (other kinds read those)."""
    envoys = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
              and c.lemma_.lower() in entry.words("official_nouns")
              and not _troops(ctx, c)]  # military advisers sent are a deployment
    if not envoys:
        return []
    frame = ctx.frame(tok)
    senders = [s for s in actor_drafts(frame.subjects) if _official(s)]
    if not senders:
        return []
    mine = {key_of(s) for s in senders}
    goals = frame.prep("to") or own_prep(ctx, envoys, "to")  # "led a delegation to Seoul"
    return [(frame, senders[0], host, place) for host, place in _hosts(ctx, goals)
            if key_of(host) not in mine]


def _present(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> list[Visit]:
    """An official who is, is expected or speaks or holds talks in a foreign place visits
    its state ("the crown prince will be in London", "Bolton held talks in Ankara",
    "the co-chairs are expected in Paris"); when the one holding talks is at home, the
    official met there visits ("Zelenskyy held talks with Michel in Kyiv"). Only people and
    delegations make such a visit: "Russia is in Syria" says nothing of a visit. The
    presence verbs are no parse trigger (every sentence has "be"): they are read in
    sentences parsed for another trigger."""
    frame = ctx.frame(tok)
    if tok.lower_ in entry.words("abroad_words") and (
            (tok.pos_ == "NOUN" and frame.verb == tok) or tok.pos_ not in ("NOUN", "VERB")
            or (tok.pos_ == "VERB" and tok.lemma_ != "meet")):
        return []
    places = _first_in_phrase(ctx, [tok, frame.verb, *(  # "Today in Riyadh, X said"
        c for c in tok.children if (c.lower_ in DAY_WORDS and c.i < tok.i) or (
            c.dep_ == "acl" and c.tag_ == "VBN")), *_venues(tok), *_titled(  # "a speech
            [o for w in tok.children if w.dep_ == "prep" and w.lower_ == "with"  # delivered
             for o in w.children])],  # in Cairo"; "talks with Michel in Kyiv" (on the one met)
        been_to=tok.lower_ == "been")  # "have been to London"
    if not places:
        return []
    people = [c for c in frame.verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not people and frame.verb.dep_ == "advcl" and frame.verb.tag_ == "VBG":
        people = [c for c in frame.verb.head.children if c.dep_ == "nsubj"]  # "Speaking
        # in Warsaw, Macron said": the main clause's subject
    if not people and frame.verb.dep_ == "acl" and frame.verb.tag_ == "VBG":
        people = [frame.verb.head]  # "Pompeo, speaking in Cairo, said"
    delegation = any(p.lemma_.lower() in entry.words("official_nouns") for p in people)
    named = [d for p in people for d in mentions_of(ctx.sent, p, ctx.table)]
    visitors = [v for v in actor_drafts(named or frame.subjects) if _official(v) and (
        v.kind == "person" or delegation)]  # "the Chilean minister": Chile's official
    if not visitors or not any(_someone(ctx, p, entry) for p in people):
        return []  # no one named as the subject ("so too are his puppet-masters in Iran")
    mine = {key_of(v) for v in visitors}
    hosts = _hosts(ctx, places)
    if hosts and all(key_of(h) in mine for h, _ in hosts):  # "Zelenskyy held talks with
        met = [*frame.prep("with"), *(frame.objects if tok.lemma_ == "meet" else [])]
        guests = [v for v in actor_drafts(met) if _official(v)  # Michel in Kyiv": the guest
                  and v.kind == "person" and key_of(v) not in mine]
        return [(frame, guests[0], host, place) for host, place in hosts] if guests else []
    return [(frame, visitors[0], host, place) for host, place in hosts
            if key_of(host) not in mine]


def _venues(tok: Any) -> list[Any]:
    """Where the place may hang instead: "speaking at a university in Cairo" (the venue),
    "met officials in Baghdad" (those met)."""
    out = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "at"
           for o in p.children if o.dep_ == "pobj"]
    if tok.lemma_ == "meet":
        out += _titled([o for o in tok.children if o.dep_ == "dobj"])
    return out


def _titled(people: list[Any]) -> list[Any]:
    """Those met, and the state their title names: "met President Marcos of the Philippines
    in Manila" (the parse hangs the place on the state)."""
    return [*people, *objects_of((p for o in people for p in o.children), "of")]


def _first_in_phrase(ctx: SentenceContext, heads: list[Any], *,
                     been_to: bool = False) -> list[Draft]:
    """The places of the first "in" phrase on ``heads`` (or "to", after "been"), with those
    listed in it ("is due in Jordan and Lebanon"); a later "in" phrase says something else
    ("in Kuwait, ... in Syria")."""
    preps = ("in", "to") if been_to else ("in",)
    for head in dict.fromkeys(heads):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            found = [d for obj in prep.children
                     for d in mentions_of(ctx.sent, obj, ctx.table)
                     if d.kind in ("location", "country")]
            if found:
                return found
    return []


def _opened_abroad(tok: Any) -> bool:
    """A main clause that opens on its place ("In Kuwait on Tuesday, Tillerson faced ...",
    "In Amman, he will try to placate ..."): its subject is there, whatever it does."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX"):
        return False
    lead = 0  # "Today in Riyadh, the President announced": a day before the place
    while lead < 3 and lead < len(tok.doc) - 1 and tok.doc[lead].lower_ in DAY_WORDS:
        lead += 1
    first = tok.doc[lead]
    opening = first.lower_ in get_spec(KIND).opening_words  # "in"
    on_clause = first.head.i == tok.i or first.head.i < lead  # or on "Today"
    if not (opening and on_clause and first.dep_ == "prep"):
        return False
    # a dated or scheduled stay, not a topic ("In Syria, Erdogan has backed Moscow")
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in tok.children)
    return will or any(m.kind not in ("duration", "vague")
                       for m in find_times(tok.doc.text, 0, None))


def _hosted(ctx: SentenceContext, tok: Any) -> list[Visit]:
    """"Putin hosted Rouhani and Erdogan in Sochi", "Zarif was received by Putin": each guest
    visits the host's state."""
    frame = ctx.frame(tok)
    if as_role(tok):
        return []  # "welcomed the Philippines as country coordinator": a role, not a guest
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]  # "X was received by Y"
    hosts = actor_drafts(agents_of(ctx.sent, tok, ctx.table) if passive else frame.subjects)
    iso = key_of(hosts[0]) if hosts else None
    if iso is None or not hosts[0].mentions:
        return []
    state = implied_state(ctx, iso, min(hosts[0].mentions))
    if state is None:
        return []
    places = [p for p in frame.prep("in", "at", "to") if p.kind == "location" and  # "welcomed
              p.country == iso]  # X to Jeddah
    people = [c for c in tok.children if c.dep_ == "dobj" and a_guest(ctx, c)] + [
        c for c in passive if a_guest(ctx, c)]
    guests = [g for c in people for g in actor_drafts(mentions_of(ctx.sent, c, ctx.table))
              if _official(g) and key_of(g) != iso]
    return [(frame, g, state, places[0] if places else None) for g in guests]


# Words of a role that make its holder act for a state or organisation.
_OFFICES = frozenset({
    "president", "minister", "secretary", "ambassador", "envoy", "general", "admiral",
    "commander", "chief", "chancellor", "king", "queen", "prince", "emir", "leader",
    "spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "senator", "premier",
    "governor", "head", "director", "adviser", "advisor", "representative", "deputy", "mayor",
    "chairman", "chair", "vice", "colonel", "lieutenant", "marshal", "sheikh", "ayatollah",
})

_GUEST_NOUNS = frozenset({"counterpart", "delegation", "president", "minister", "leader",
                          "leaders", "king", "premier", "chancellor", "envoy", "secretary"})


def a_guest(ctx: SentenceContext, tok: Any) -> bool:
    """An object that is someone (a name, or "his counterpart"), not something of someone's
    ("welcomed the Japanese government's new policy") nor a people ("hosts 3.5 million
    Syrians": refugees, not guests)."""
    if _people_of_state(ctx, tok) or _troops(ctx, tok):
        return False  # nor a force ("invited X and Turkish forces" misread)
    return ctx.table.at(ctx.sent.span_of(tok)) is not None or (
        tok.lemma_.lower() in _GUEST_NOUNS or tok.lower_ in _GUEST_NOUNS)


def _people_of_state(ctx: SentenceContext, tok: Any) -> bool:
    """A plural demonym standing alone ("Britons", "Syrians"): people of a state."""
    draft = ctx.draft_at(tok)
    if draft is None or draft.kind not in ("country", "organization"):
        return False  # "Britons", "Kurds": a people, not its state or movement
    mention = draft.mentions.get(ctx.sent.span_of(tok))
    return mention is not None and mention.form in ("demonym", "metonym") and (
        tok.lower_.endswith("s"))


def _troops(ctx: SentenceContext, tok: Any) -> bool:
    """A force, by the deployment kind's own words: troops go abroad on a deployment."""
    return names_one_of(tok, ctx.lex.kind("deployment").words("troop_nouns"))


def _someone_above(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> bool:
    """Whether the nearest clause above ``tok`` that has a subject has someone as it."""
    for head in head_chain(tok)[1:]:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(_someone(ctx, c, entry) for c in subjects)
    return True


def _someone(ctx: SentenceContext, tok: Any, entry: LexiconEntry) -> bool:
    """A traveller who can make a state visit: a name, or an official or a delegation
    ("the minister", "a Chinese delegation"), not "citizens", "fighters" or "tourists"."""
    if _troops(ctx, tok):
        return False  # "Kenyan forces arrived in Haiti": a deployment, not a state visit
    if tok.pos_ in ("NOUN", "PROPN") and _people_of_state(ctx, tok):
        return False  # "Britons who travel to Syria": a state's people, not the state
    if tok.lower_.rstrip(".") in ("jr", "sr"):  # "Joseph R. Biden, Jr.": the parse makes
        return any(_someone(ctx, c, entry) for c in tok.lefts)  # the suffix the head
    named = ctx.table.at(ctx.sent.span_of(tok))  # a weapon ("the S-300 missiles arrived")
    return ((named is not None and ctx.table.drafts[named].kind != "weapon")  # travels as
            # no one's visit
            or (tok.pos_ == "PRON" and tok.lower_ in ("who", "that", "which", "it", "they"))
            or tok.lemma_.lower() in entry.words("official_nouns"))  # "she" must be someone


def _official(visitor: Draft) -> bool:
    """A state visit needs a state, an organisation or a person holding an office: a private
    person who "travelled to Syria" makes no visit (EVENTS.md: CONSULT between actors), nor
    does one the text only describes ("the teenager who travelled to Syria")."""
    if visitor.kind != "person":
        return True
    if visitor.canonical:  # an office holder of the gazetteer
        return True
    words = set((visitor.role or "").lower().replace("-", " ").split())
    return bool(words & _OFFICES)


def _hosts(ctx: SentenceContext, targets: list[Draft]) -> list[tuple[Draft, Draft | None]]:
    """Each state visited, with the place visited there when the text names a place."""
    out: list[tuple[Draft, Draft | None]] = []
    for t in targets:
        host = t if t.kind == "country" else _state_of_place(ctx, t)
        if host is not None and all(host is not h for h, _ in out):
            out.append((host, t if t.kind == "location" else None))
    return out


def _state_of_place(ctx: SentenceContext, t: Draft) -> Draft | None:
    """The country of a place visited, as a state entity (implied when not named); none for
    a city where others' talks are held (the lexicon's venues)."""
    if t.kind != "location" or not t.country:
        return None
    if t.name in ctx.lex.kind(KIND).words("venues"):
        return None  # talks in Geneva or Astana: a venue, whose state is no party
    return implied_state(ctx, t.country, min(t.mentions))
