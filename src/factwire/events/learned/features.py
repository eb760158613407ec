"""Features of one finished event mention, for the learned event scorer.

The scorer judges an event as the user will see it (after merging and completion), so its
features read the finished draft: which kind and rule produced it, which roles it holds and
whether the trigger sentence itself names them, the trigger word and its place in the parse,
modality and the words of the sentence. Names are plain strings, so a retrained model needs no
code change when rules or kinds change; a feature the model never saw is simply ignored.
"""

from __future__ import annotations

import math

from factwire.entities.table import EntityTable
from factwire.events.actors import key_of
from factwire.events.draft import EventDraft
from factwire.events.spec import spec_of
from factwire.nlp.types import Token

# Bump when a feature is added, removed or computed differently: a stored model names the
# version it was trained with, and loading refuses a model of another version.
FEATURES_VERSION = 2
# Feature groups by name prefix: training chooses by cross-validation which groups to use
# (on a few hundred events, the sentence's words can cost more than they give).
GROUPS: dict[str, tuple[str, ...]] = {
    "structure": ("kind=", "producer=", "mod=", "kind|mod=", "status=", "variant=", "rule_conf",
                  "merged", "evidence", "has=", "lede", "role=", "actors=", "akind=",
                  "generic=", "keys_in_sentence"),
    "cues": ("quoted", "question", "cue="),
    "trigger": ("lemma=", "kind|lemma=", "pos=", "kind|pos=", "dep=", "path=", "head=",
                "child=", "trigger="),
    "article": ("salience=", "top_state", "time=", "time_in_sentence"),
    "words": ("w=",),
}
_MAX_WORDS = 80  # a run-on "sentence" (a table row, a list) adds no more words than this
_LEDE_CHARS = 600


def event_features(d: EventDraft, table: EntityTable) -> dict[str, float]:
    """Sparse features of ``d``: name -> value (mostly 1.0 indicators)."""
    f: dict[str, float] = {}
    kind = d.kind
    f[f"kind={kind}"] = 1.0
    f[f"producer={d.producer or 'none'}"] = 1.0
    f[f"mod={d.modality}"] = 1.0
    f[f"kind|mod={kind}|{d.modality}"] = 1.0
    f[f"status={kind}|{d.status}"] = 1.0
    if d.variant:
        f[f"variant={kind}|{d.variant}"] = 1.0
    f["rule_conf"] = float(d.confidence)
    f["merged"] = math.log(max(d.merged_from, 1))
    f["evidence"] = math.log(max(len(d.evidence), 1))
    for name, present in (("time", d.time is not None), ("quantity", d.quantity is not None),
                          ("value", d.value is not None)):
        if present:
            f[f"has={name}"] = 1.0
    if d.sentence.offset < _LEDE_CHARS:
        f["lede"] = 1.0
    _role_features(d, table, f)
    _article_features(d, table, f)
    _trigger_features(d, f)
    _sentence_features(d, f)
    return f


def group_of(name: str) -> str:
    """The group a feature belongs to (see :data:`GROUPS`)."""
    return next((g for g, prefixes in GROUPS.items() if name.startswith(prefixes)), "words")


def _role_features(d: EventDraft, table: EntityTable, f: dict[str, float]) -> None:
    spec = spec_of(d.kind)
    if spec is None:
        return
    sent = d.sentence.span
    named = 0
    keys = spec.key_roles
    for role in spec.roles:
        if role.is_literal:
            if d.literals.get(role.name):
                f[f"role={d.kind}.{role.name}"] = 1.0
            continue
        ents = [table.drafts[k] for k in d.keys(role.name) if k in table.drafts]
        if not ents:
            continue
        f[f"role={d.kind}.{role.name}"] = 1.0
        here = any(sent.start <= s.start and s.end <= sent.end for e in ents for s in e.mentions)
        if role.name in keys and here:
            named += 1
        if role.is_actor:
            actors = {key_of(e) for e in ents} - {None}
            f[f"actors={d.kind}.{role.name}"] = float(min(len(actors), 4))
            for e in ents:
                f[f"akind={role.name}:{e.kind}"] = 1.0
        elif any(e.generic for e in ents):
            f[f"generic={d.kind}.{role.name}"] = 1.0
    if keys:
        f["keys_in_sentence"] = named / len(keys)


def _article_features(d: EventDraft, table: EntityTable, f: dict[str, float]) -> None:
    """How central the event's actors are to the article, and how its time was found: an
    event between the article's main states is likelier reported than one in passing."""
    spec = spec_of(d.kind)
    actors = [r.name for r in spec.roles if r.is_actor] if spec is not None else []
    counts = [len(table.drafts[k].mentions) for r in actors for k in d.keys(r)
              if k in table.drafts]
    if counts:
        f["salience=min"] = math.log1p(min(counts))
        f["salience=max"] = math.log1p(max(counts))
    states = sorted((len(e.mentions), e.key) for e in table.drafts.values()
                    if e.kind == "country" and e.mentions)
    if states and any(states[-1][1] in d.keys(r) for r in actors):
        f["top_state"] = 1.0
    if d.time is not None:
        start = d.time.start or ""
        f[f"time={'day' if len(start) >= 10 else 'month' if len(start) >= 7 else 'coarse'}"] = 1.0
        span = d.time.span
        if span is not None and d.sentence.span.start <= span.start < d.sentence.span.end:
            f["time_in_sentence"] = 1.0


def _trigger_token(d: EventDraft) -> Token | None:
    start = d.trigger.start - d.sentence.offset
    for tok in d.sentence.tokens:
        if tok.idx <= start < tok.idx + len(tok.text):
            return tok
    return None


def _trigger_features(d: EventDraft, f: dict[str, float]) -> None:
    tok = _trigger_token(d)
    if tok is None:
        f["trigger=none"] = 1.0
        return
    lemma = tok.lemma_.lower()
    f[f"lemma={lemma}"] = 1.0
    f[f"kind|lemma={d.kind}|{lemma}"] = 1.0
    f[f"pos={tok.pos_}"] = 1.0
    f[f"kind|pos={d.kind}|{tok.pos_}"] = 1.0
    f[f"dep={tok.dep_}"] = 1.0
    head = tok.head
    f[f"path={tok.dep_}>{head.pos_}"] = 1.0
    if head is not tok:
        f[f"head={head.lemma_.lower()}"] = 1.0
    for child in tok.children:
        if child.dep_ in ("neg", "aux", "auxpass", "prep", "det", "poss", "amod"):
            f[f"child={child.dep_}:{child.lemma_.lower()}"] = 1.0


def _sentence_features(d: EventDraft, f: dict[str, float]) -> None:
    words = sorted({t.lemma_.lower() for t in d.sentence.sdoc[:_MAX_WORDS]
                    if t.is_alpha and not t.is_stop} )
    text = d.sentence.sdoc.text
    if any(q in text for q in ('"', "\u201c", "\u201d")):
        f["quoted"] = 1.0
    if "?" in text:
        f["question"] = 1.0
    for cue in ("if", "would", "could", "may", "might", "not", "never", "should", "will"):
        if any(t.lower_ == cue for t in d.sentence.tokens):
            f[f"cue={cue}"] = 1.0
    if words:
        weight = 1.0 / math.sqrt(len(words))
        for w in words:
            f[f"w={w}"] = weight
