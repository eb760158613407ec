"""Scores summed over documents, as flat metrics (for floors), JSON and a readable table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tabulate import tabulate

from factwire.eval.events import EventOutcome, KindTally
from factwire.events.spec import scored_kinds


@dataclass
class Ratio:
    """``hit`` out of ``total``; an empty ratio has value 1.0 (nothing asked, nothing missed)."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 1.0

    def add(self, other: Ratio) -> None:
        self.hit += other.hit
        self.total += other.total

    @classmethod
    def summed(cls, ratios: Iterable[Ratio]) -> Ratio:
        out = cls()
        for r in ratios:
            out.add(r)
        return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; all 1.0 when there was nothing to find and nothing predicted.

    Otherwise an empty denominator gives 0.0, so a silent system never scores well.
    """
    return pr_f1(Ratio(tp, tp + fp), Ratio(tp, tp + fn))


def pr_f1(right: Ratio, found: Ratio) -> tuple[float, float, float]:
    """P/R/F1 from predictions judged right and gold items found (which may differ in count)."""
    if right.total == found.total == 0:
        return 1.0, 1.0, 1.0
    p = right.hit / right.total if right.total else 0.0
    r = found.hit / found.total if found.total else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocResult:
    """Everything the scorer found out about one gold document."""

    id: str
    missing: bool = False
    events: EventOutcome = field(default_factory=EventOutcome)
    quotes_found: Ratio = field(default_factory=Ratio)
    quotes_right: Ratio = field(default_factory=Ratio)
    entities_found: Ratio = field(default_factory=Ratio)
    entities_right: Ratio | None = None
    boilerplate: Ratio = field(default_factory=Ratio)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        tally = KindTally.total(self.events.kinds.values())
        return {
            "id": self.id, "missing": self.missing,
            "events": {"tp": tally.tp, "fp": tally.fp, "fn": tally.fn},
            "args": {"right": tally.args_right, "scored": tally.args_scored},
            "quotes": {"found": self.quotes_found.hit, "gold": self.quotes_found.total,
                       "right": self.quotes_right.hit, "predicted": self.quotes_right.total},
            "missed_events": self.events.missed, "spurious_events": self.events.spurious,
            "wrong_args": self.events.wrong_args, "notes": self.notes,
        }


@dataclass
class Report:
    """The result of :func:`factwire.eval.score`; ``metrics()`` is what floors are checked on."""

    docs: list[DocResult]

    def kind_tallies(self) -> dict[str, KindTally]:
        out = {k: KindTally() for k in scored_kinds()}
        for d in self.docs:
            for kind, t in d.events.kinds.items():
                out[kind].add(t)
        return out

    def _sum(self, name: str) -> Ratio:
        return Ratio.summed(getattr(d, name) for d in self.docs)

    def metrics(self) -> dict[str, float]:
        """Flat ``section.measure`` numbers, for example ``events.f1`` or ``quotes.recall``."""
        tallies = self.kind_tallies()
        overall = KindTally.total(tallies.values())
        out: dict[str, float] = {}
        for kind, t in tallies.items():
            out.update(_event_metrics(f"events.{kind}", t))
            out[f"args.{kind}.accuracy"] = Ratio(t.args_right, t.args_scored).value
        out.update(_event_metrics("events", overall))
        out["args.accuracy"] = Ratio(overall.args_right, overall.args_scored).value
        out["args.recall"] = Ratio(overall.args_right, overall.args_gold).value
        out.update(zip(("quotes.precision", "quotes.recall", "quotes.f1"),
                       pr_f1(self._sum("quotes_right"), self._sum("quotes_found")), strict=True))
        out["entities.recall"] = self._sum("entities_found").value
        complete = [d.entities_right for d in self.docs if d.entities_right is not None]
        if complete:
            out["entities.precision"] = Ratio.summed(complete).value
        out["boilerplate.pass_rate"] = self._sum("boilerplate").value
        out["docs.missing"] = float(sum(d.missing for d in self.docs))
        return out

    def to_json(self) -> dict[str, Any]:
        tallies = self.kind_tallies()
        return {
            "docs": len(self.docs),
            "missing": [d.id for d in self.docs if d.missing],
            "metrics": {k: round(v, 4) for k, v in self.metrics().items()},
            "events": {k: vars(t) for k, t in tallies.items()},
            "per_doc": [d.to_json() for d in self.docs],
        }

    def table(self) -> str:
        """A readable summary: one row per event kind, then quotes, entities, boilerplate."""
        m = self.metrics()
        tallies = self.kind_tallies()
        rows = [_kind_row(kind, t, m, f"events.{kind}", f"args.{kind}.accuracy")
                for kind, t in tallies.items() if t.tp + t.fp + t.fn]
        rows.append(_kind_row("ALL", KindTally.total(tallies.values()), m, "events",
                              "args.accuracy"))
        headers = ["kind", "gold", "pred", "tp", "P", "R", "F1", "args"]
        lines = [tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True), ""]
        q_gold, q_pred = self._sum("quotes_found"), self._sum("quotes_right")
        lines.append(f"quotes      P {m['quotes.precision']:.3f}  R {m['quotes.recall']:.3f}  "
                     f"F1 {m['quotes.f1']:.3f}  (gold {q_gold.total}, predicted {q_pred.total})")
        ents = self._sum("entities_found")
        line = f"entities    R {m['entities.recall']:.3f}  ({ents.hit}/{ents.total} found)"
        if "entities.precision" in m:
            line += f"  P {m['entities.precision']:.3f}"
        lines.append(line)
        bp = self._sum("boilerplate")
        lines.append(f"boilerplate {bp.hit}/{bp.total} excluded strings absent")
        missing = [d.id for d in self.docs if d.missing]
        lines.append(f"documents   {len(self.docs)} scored"
                     + (f", {len(missing)} without prediction: {', '.join(missing)}"
                        if missing else ""))
        return "\n".join(lines)


def _event_metrics(prefix: str, t: KindTally) -> dict[str, float]:
    p, r, f = prf(t.tp, t.fp, t.fn)
    return {f"{prefix}.precision": p, f"{prefix}.recall": r, f"{prefix}.f1": f}


def _kind_row(label: str, t: KindTally, m: Mapping[str, float], prefix: str,
              args_key: str) -> list[Any]:
    args = f"{m[args_key]:.3f} ({t.args_right}/{t.args_scored})" if t.args_scored else "-"
    return [label, t.tp + t.fn, t.tp + t.fp, t.tp, f"{m[prefix + '.precision']:.3f}",
            f"{m[prefix + '.recall']:.3f}", f"{m[prefix + '.f1']:.3f}", args]
