"""Event matching and argument scoring for one document (EVENTS.md section 5).

Predictions are read as plain JSON (section 4) rather than through ``from_json``, so output
that breaks a span invariant can still be scored: the scorer judges content, the property
tests judge grounding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factwire.eval import match
from factwire.eval.assign import assign
from factwire.eval.gold import GoldEvent, key_roles, system_role, text_fields
from factwire.model.keys import actor_key as _actor_key

JSON = Mapping[str, Any]
_MATCH_WEIGHT = 1000  # one more matched event always outweighs any number of right arguments


@dataclass(frozen=True, slots=True)
class PredEvent:
    """A predicted event with its entity references resolved to names and actor keys."""

    raw: JSON
    kind: str
    keys: Mapping[str, frozenset[str]]
    names: Mapping[str, tuple[str, ...]]
    codes: Mapping[str, tuple[str, ...]]
    canonicals: Mapping[str, tuple[str, ...]]
    persons: tuple[str, ...]

    @property
    def id(self) -> str:
        return str(self.raw.get("id", "?"))

    def literal(self, role: str) -> str | None:
        """A literal argument (a string, or the names of the entities the role refers to)."""
        value = self.raw.get("args", {}).get(role)
        if isinstance(value, str):
            return value
        names = self.names.get(role, ()) or [v for v in value or () if isinstance(v, str)]
        return " ".join(names) if names else None

    def time(self, bound: str) -> str | None:
        """``time.start`` or ``time.end`` (``bound``), if the event has a time."""
        t = self.raw.get("time")
        return t.get(bound) if isinstance(t, dict) else None

    def summary(self) -> str:
        parts = [f"{r}={','.join(sorted(k))}" for r, k in sorted(self.keys.items()) if k]
        if self.names.get("system"):
            parts.append("system=" + "|".join(self.names["system"]))
        return f"{self.id} {self.kind} " + " ".join(parts)


def actor_key(entity: JSON) -> str | None:
    """The actor key of an entity in output JSON (:func:`factwire.model.keys.actor_key`)."""
    kind, actor, country = entity.get("kind"), entity.get("actor"), entity.get("country")
    return _actor_key(str(kind), actor if isinstance(actor, str) else None,
                     country if isinstance(country, str) else None)


def pred_events(doc: JSON) -> list[PredEvent]:
    """The document's scored events (kind ``other`` is ignored in v1)."""
    entities = {e.get("id"): e for e in doc.get("entities", []) if isinstance(e, dict)}
    out = []
    for ev in doc.get("events", []):
        if not isinstance(ev, dict) or key_roles(ev.get("kind")) is None:
            continue
        keys: dict[str, frozenset[str]] = {}
        names: dict[str, tuple[str, ...]] = {}
        codes: dict[str, tuple[str, ...]] = {}
        canon: dict[str, tuple[str, ...]] = {}
        persons: list[str] = []
        for role, value in (ev.get("args") or {}).items():
            if isinstance(value, str):
                continue
            ents = [entities[i] for i in value if i in entities]
            keys[role] = frozenset(k for k in map(actor_key, ents) if k)
            names[role] = tuple(str(e.get("name", "")) for e in ents)
            codes[role] = tuple(c for e in ents for c in (e.get("country"), e.get("actor")) if c)
            canon[role] = tuple(str(e["canonical"]) for e in ents if e.get("canonical"))
            persons += [str(e.get("name", "")) for e in ents if e.get("kind") == "person"]
        out.append(PredEvent(ev, str(ev["kind"]), keys, names, codes, canon, tuple(persons)))
    return out


def keys_match(gold: GoldEvent, pred: PredEvent) -> bool:
    """Same kind, same key actors role by role (so direction counts), same system."""
    if gold.kind != pred.kind:
        return False
    for role, wanted in gold.keys.items():
        if not match.actor_sets_match(wanted, pred.keys.get(role, frozenset())):
            return False
    if system_role(gold.kind) is not None:
        return match.system_matches(gold.system, pred.names.get("system", ()),
                                    pred.canonicals.get("system", ()))
    return True


def arg_correct(name: str, gold: Any, pred: PredEvent) -> bool:
    """Whether one gold argument is right in the prediction (rules in docs/eval.md)."""
    raw = pred.raw
    if name == "persons":
        return all(match.person_matches(g, pred.persons) for g in gold)
    if name == "signatories":
        return all(match.person_matches(g, pred.names.get("signatories", ())) for g in gold)
    if name == "place":
        places = pred.names.get("place", ()) or _as_tuple(pred.literal("place"))
        return any(match.place_matches(g, p, pred.codes.get("place", ()))
                   for g in gold for p in places)
    if name == "system":
        return match.system_matches(gold, pred.names.get("system", ()),
                                    pred.canonicals.get("system", ()))
    if name in ("time", "start"):
        return match.date_matches(gold, pred.time("start"))
    if name == "end":
        return match.date_matches(gold, pred.time("end"))
    if name in ("order_time", "delivery_time"):
        return match.date_matches(gold, pred.literal(name))
    if name in text_fields():
        text = pred.literal(name)
        return text is not None and match.text_overlaps(gold, text)
    if name == "quantity":
        quantity = raw.get("quantity")
        if quantity is None:
            quantity = raw.get("args", {}).get("quantity")
        return bool(quantity == gold)
    if name in ("value_usd", "value"):
        return _value_matches(gold, raw.get("value"))
    return bool(raw.get(name) == gold)  # status, modality


def _as_tuple(value: str | None) -> tuple[str, ...]:
    return () if value is None else (value,)


def _value_matches(gold: tuple[float, str], value: Any) -> bool:
    if not isinstance(value, dict) or str(value.get("currency", "")).upper() != gold[1].upper():
        return False
    amount = value.get("amount")
    return isinstance(amount, int | float) and match.money_matches(gold[0], float(amount))


@dataclass
class KindTally:
    """Counts for one event kind in one or many documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    args_right: int = 0
    args_scored: int = 0
    args_gold: int = 0

    def add(self, other: KindTally) -> None:
        for name in ("tp", "fp", "fn", "args_right", "args_scored", "args_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @classmethod
    def total(cls, tallies: Iterable[KindTally]) -> KindTally:
        out = cls()
        for t in tallies:
            out.add(t)
        return out


@dataclass
class EventOutcome:
    """What happened to one document's events: tallies per kind and readable misses."""

    kinds: dict[str, KindTally] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_args: list[str] = field(default_factory=list)

    def tally(self, kind: str) -> KindTally:
        return self.kinds.setdefault(kind, KindTally())


def score_events(gold: Sequence[GoldEvent], predicted: Sequence[PredEvent]) -> EventOutcome:
    """Pair gold and predicted events one-to-one (most matches, then most right arguments)."""
    out = EventOutcome()
    weights = [[_weight(g, p) for p in predicted] for g in gold]
    pairs = assign(weights) if gold and predicted else []
    paired_pred = {j for _, j in pairs}
    paired_gold = dict(pairs)
    for i, g in enumerate(gold):
        tally = out.tally(g.kind)
        tally.args_gold += len(g.args)
        if i not in paired_gold:
            tally.fn += 1
            out.missed.append(f"{g.where}: {gold_summary(g)}")
            continue
        p = predicted[paired_gold[i]]
        tally.tp += 1
        for name, value in g.args.items():
            tally.args_scored += 1
            if arg_correct(name, value, p):
                tally.args_right += 1
            else:
                out.wrong_args.append(f"{g.where}.{name}: gold {value!r}, predicted "
                                      f"{_pred_value(name, p)!r} ({p.id})")
    for j, p in enumerate(predicted):
        if j not in paired_pred:
            out.tally(p.kind).fp += 1
            out.spurious.append(p.summary())
    return out


def _weight(gold: GoldEvent, pred: PredEvent) -> int:
    if not keys_match(gold, pred):
        return 0
    return _MATCH_WEIGHT + sum(arg_correct(n, v, pred) for n, v in gold.args.items())


def _pred_value(name: str, pred: PredEvent) -> Any:
    """What the prediction holds for a gold field, for the report of wrong arguments."""
    if name == "persons":
        return list(pred.persons)
    if name in ("signatories", "place", "system"):
        return list(pred.names.get(name, ())) or pred.literal(name)
    if name in ("time", "start", "end"):
        return pred.time("end" if name == "end" else "start")
    if name in ("value", "value_usd"):
        return pred.raw.get("value")
    if name in text_fields() or name in ("order_time", "delivery_time"):
        return pred.literal(name)
    return pred.raw.get(name)


def gold_summary(g: GoldEvent) -> str:
    parts = [f"{r}={','.join(v)}" for r, v in g.keys.items()]
    if g.system:
        parts.append("system=" + "|".join(g.system))
    return " ".join(parts)
