"""Candidate events of one parsed sentence, with features, for the learned event proposer.

The rules find an event only where a pattern they know fits; on unseen text most misses are
sentences that name the right states and say the right kind of thing in words no rule
expected. The proposer therefore looks at every pairing of the sentence's actors with the
key roles of a kind ("Turkey" as source and "YPG" as target of a threat) and describes each
pairing by what a linear model can weigh: the sentence's words, the kind's trigger words, how
each actor attaches to the parse (subject, object, "against X", "X's"), their order and how
central each actor is to the article. Names are plain strings, so a retrained model needs no
code change.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from itertools import combinations, permutations

from factwire.entities.table import Draft
from factwire.events.actors import key_of
from factwire.events.context import SentenceContext
from factwire.events.spec import spec_of
from factwire.model import Span
from factwire.nlp.types import Token

# Bump when a feature is added, removed or computed differently (the model file names it).
CANDIDATE_VERSION = 2
# Kinds identified by their actors alone (transfers also need the system: left to the rules).
PROPOSED_KINDS: tuple[str, ...] = ("deployment", "threat", "sanction", "visit", "meeting",
                                   "call", "agreement", "exercise")
# Kinds whose one key role is a set of parties: a pairing is two of them.
SET_KINDS = frozenset({"meeting", "call", "agreement", "exercise"})
# Lexicon fields that name what happens (not who: "official_nouns" lists ranks and titles).
_TRIGGER_FIELDS = re.compile(r"(^|_)(verbs|nouns|cues)$")
_NOT_TRIGGERS = frozenset({"official_nouns", "abroad_words", "status_cues", "focus_cues",
                           "company_cues", "sanction_cues", "presence_verbs"})
# Kinds told apart by place as well as actors (gold/README.md: one deployer, two places).
PLACED_KINDS = frozenset({"deployment"})
_MAX_ACTORS = 6  # a sentence listing a dozen states yields no more pairings than this
_MAX_WORDS = 80
_LEDE_CHARS = 600
_CUES = ("if", "would", "could", "may", "might", "not", "never", "should", "will", "no")
_ACTING = ("country", "organization", "person")


@dataclass(frozen=True)
class Actor:
    """One actor of the sentence: who it acts for, its entity and its first mention here."""

    key: str
    draft: Draft
    span: Span
    token: Token
    implied: bool = False  # a place standing for its state ("arrived in Ankara")


@dataclass
class Candidate:
    """One kind with actors assigned to its key roles, and the pairing's features."""

    kind: str
    roles: dict[str, tuple[Actor, ...]]
    features: dict[str, float]
    trigger: Token
    place: Actor | None = None  # a deployment's place: one deployer may hold several

    def keys(self) -> dict[str, frozenset[str]]:
        return {role: frozenset(a.key for a in actors) for role, actors in self.roles.items()}

    def ident(self) -> tuple[str, tuple[tuple[str, frozenset[str]], ...], str | None]:
        """What tells two pairings apart: kind, actors by role, and the place's state."""
        return (self.kind, tuple(sorted(self.keys().items())),
                self.place.key if self.place is not None else None)


def sentence_actors(ctx: SentenceContext, places: bool = False) -> list[Actor]:
    """Distinct actors mentioned in the sentence in text order (places too if ``places``)."""
    out: dict[str, Actor] = {}
    sent = ctx.sent
    for span, draft in ctx.table.in_range(sent.span.start, sent.span.end):
        implied = draft.kind == "location"
        key = draft.country if implied and places else key_of(draft)
        if draft.kind not in _ACTING and not (implied and places):
            continue
        if not key or key in out:
            continue
        tok = _head_token(ctx, span)
        if tok is not None:
            out[key] = Actor(key, draft, span, tok, implied)
        if len(out) >= _MAX_ACTORS:
            break
    return list(out.values())


def sentence_places(ctx: SentenceContext) -> list[Actor]:
    """Distinct places of the sentence (towns, regions and states named as places), keyed
    by their state, in text order."""
    out: dict[str, Actor] = {}
    sent = ctx.sent
    for span, draft in ctx.table.in_range(sent.span.start, sent.span.end):
        if draft.kind not in ("location", "country") or not draft.country:
            continue
        if draft.country in out:
            continue
        tok = _head_token(ctx, span)
        if tok is not None:
            out[draft.country] = Actor(draft.country, draft, span, tok, implied=True)
        if len(out) >= _MAX_ACTORS:
            break
    return list(out.values())


def _head_token(ctx: SentenceContext, span: Span) -> Token | None:
    """The mention's syntactic head: its token whose head lies outside the mention."""
    start, end = span.start - ctx.sent.offset, span.end - ctx.sent.offset
    toks = [t for t in ctx.sent.tokens if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return None
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[-1])


def candidates(ctx: SentenceContext, kinds: tuple[str, ...] = PROPOSED_KINDS) -> list[Candidate]:
    """Every pairing of the sentence's actors with the key roles of each of ``kinds``."""
    words_at = _words(ctx)
    found = [(kind, spec, trig) for kind in kinds
             if (spec := spec_of(kind)) is not None
             and (trig := _trigger(ctx, words_at, trigger_words(kind))) is not None]
    if not found:
        return []
    base = sentence_features(ctx)
    actors = sentence_actors(ctx)
    with_places = sentence_actors(ctx, places=True)
    out: list[Candidate] = []
    for kind, spec, trig in found:
        roles = spec.key_actor_roles
        words = trigger_words(kind)
        shared = dict(base)
        shared.update(_kind_features(ctx, words, trig))
        pool = with_places if kind == "visit" else actors
        places = sentence_places(ctx) if kind in PLACED_KINDS else []
        for assignment in _assignments(kind, roles, pool):
            for place in _places(assignment, places):
                feats = dict(shared)
                _pairing_features(ctx, assignment, trig, feats)
                _place_features(place, trig, feats)
                out.append(Candidate(kind, assignment, feats, trig, place))
    return out


def _places(assignment: dict[str, tuple[Actor, ...]], places: list[Actor]) -> list[Actor | None]:
    """The sentence's places abroad for the assigned actor, else no place."""
    own = {a.key for actors in assignment.values() for a in actors}
    abroad: list[Actor | None] = [p for p in places if p.key not in own]
    return abroad or [None]


def _place_features(place: Actor | None, trig: Token, f: dict[str, float]) -> None:
    if place is None:
        f["place=none"] = 1.0
        return
    tok = place.token
    f[f"place.dep={tok.dep_}"] = 1.0
    if tok.dep_ == "pobj":
        f[f"place.prep={tok.head.lower_}"] = 1.0
    f[f"place.side={'before' if tok.i < trig.i else 'after'}"] = 1.0
    f["place.near"] = 1.0 / (1.0 + abs(tok.i - trig.i))


def _assignments(kind: str, roles: tuple[str, ...],
                 pool: list[Actor]) -> list[dict[str, tuple[Actor, ...]]]:
    """Single-role kinds take one actor (a set role takes every pair); two-role kinds take
    ordered pairs; a visit's host may be a place standing for its state, its visitor not."""
    if len(roles) == 1:
        if kind in SET_KINDS:
            return [{roles[0]: pair} for pair in combinations(pool, 2)]
        return [{roles[0]: (a,)} for a in pool if not a.implied]
    return [{roles[0]: (a,), roles[1]: (b,)} for a, b in permutations(pool, 2)
            if not a.implied and a.key != b.key]


@functools.cache
def trigger_words(kind: str) -> frozenset[str]:
    """The words of a kind's lexicon that name the event itself ("visit", "troops")."""
    spec = spec_of(kind)
    if spec is None:
        return frozenset()
    words: set[str] = {*spec.prefilter_words, *spec.opening_words}
    for name, value in spec.lexicon.items():
        if _TRIGGER_FIELDS.search(name) and name not in _NOT_TRIGGERS:
            for item in value:
                words.update(str(item).lower().split())
    return frozenset(words)


def sentence_features(ctx: SentenceContext) -> dict[str, float]:
    """What the sentence says whatever the kind: its words, modality cues, its place."""
    f: dict[str, float] = {"bias": 1.0}
    sdoc = ctx.sent.sdoc
    words = sorted({t.lemma_.lower() for t in sdoc[:_MAX_WORDS] if t.is_alpha and not t.is_stop})
    if words:
        weight = 1.0 / math.sqrt(len(words))
        for w in words:
            f[f"w={w}"] = weight
    lower = {t.lower_ for t in sdoc}
    for cue in _CUES:
        if cue in lower:
            f[f"cue={cue}"] = 1.0
    text = sdoc.text
    if any(q in text for q in ('"', "\u201c", "\u201d")):
        f["quoted"] = 1.0
    if "?" in text:
        f["question"] = 1.0
    if ctx.sent.offset < _LEDE_CHARS:
        f["lede"] = 1.0
    if ctx.taken:
        f["rules_here"] = 1.0
    return f


def _words(ctx: SentenceContext) -> list[tuple[int, str, str, bool]]:
    """(index, lemma, lower form, is a verb) of every token, read from spaCy once."""
    return [(t.i, t.lemma_.lower(), t.lower_, t.pos_ == "VERB") for t in ctx.sent.tokens]


def _trigger(ctx: SentenceContext, words_at: list[tuple[int, str, str, bool]],
             words: frozenset[str]) -> Token | None:
    """The kind's trigger word in the sentence (a verb first); None when it has none: a
    sentence that names no word of a kind is not proposed for it."""
    hits = [(not verb, i) for i, lemma, lower, verb in words_at if lemma in words or lower in words]
    return ctx.sent.sdoc[min(hits)[1]] if hits else None


def _kind_features(ctx: SentenceContext, words: frozenset[str], trig: Token) -> dict[str, float]:
    f: dict[str, float] = {}
    if trig.lemma_.lower() in words or trig.lower_ in words:
        f["trig"] = 1.0
        f[f"trig={trig.lemma_.lower()}"] = 1.0
        f[f"trig_pos={trig.pos_}"] = 1.0
        f[f"trig_dep={trig.dep_}"] = 1.0
        for child in trig.children:
            if child.dep_ in ("neg", "aux", "prep", "poss", "amod", "compound"):
                f[f"trig_child={child.dep_}:{child.lemma_.lower()}"] = 1.0
    else:
        f["no_trig"] = 1.0
    return f


def _pairing_features(ctx: SentenceContext, roles: dict[str, tuple[Actor, ...]], trig: Token,
                      f: dict[str, float]) -> None:
    """How each assigned actor attaches to the parse and to the trigger, and their order."""
    slots: list[tuple[str, Actor]] = []
    for r_index, (_role, actors) in enumerate(roles.items()):
        for a_index, actor in enumerate(actors):
            name = f"r{r_index}" if len(roles) > 1 else f"a{a_index}"
            slots.append((name, actor))
    table = ctx.table
    top = max((len(d.mentions) for d in table.drafts.values() if d.kind == "country"), default=1)
    for name, actor in slots:
        tok = actor.token
        f[f"{name}.dep={tok.dep_}"] = 1.0
        f[f"{name}.kind={'place' if actor.implied else actor.draft.kind}"] = 1.0
        head = tok.head
        if tok.dep_ == "pobj":
            f[f"{name}.prep={head.lower_}"] = 1.0
            f[f"{name}.prep_head={head.head.lemma_.lower()}|{head.lower_}"] = 1.0
        elif head.i != tok.i:
            f[f"{name}.gov={head.lemma_.lower()}|{tok.dep_}"] = 1.0
        f[f"{name}.side={'before' if tok.i < trig.i else 'after'}"] = 1.0
        f[f"{name}.near"] = 1.0 / (1.0 + abs(tok.i - trig.i))
        path = _path(tok, trig)
        if path is not None:
            f[f"{name}.under_trig"] = 1.0
            f[f"{name}.path={path}"] = 1.0
            f[f"{name}.path={path}|{trig.lemma_.lower()}"] = 1.0
        f[f"{name}.sal"] = math.log1p(len(actor.draft.mentions)) / math.log1p(max(top, 1))
    if len(slots) == 2:
        (_, a0), (_, a1) = slots
        f[f"order={'fwd' if a0.token.i < a1.token.i else 'rev'}"] = 1.0
        f[f"deps={a0.token.dep_}|{a1.token.dep_}"] = 1.0


def _path(tok: Token, trig: Token) -> str | None:
    """The dependency labels from ``tok`` up to the trigger ("amod>nsubj" for "Turkish" in
    "Turkish officials threatened"), or None when the trigger does not govern it closely."""
    labels: list[str] = []
    cur = tok
    for _ in range(4):
        if cur.i == trig.i:
            return ">".join(labels) or "self"
        if cur.head.i == cur.i:
            return None
        labels.append(cur.dep_)
        cur = cur.head
    return ">".join(labels) if cur.i == trig.i else None
