"""Is event confidence calibrated? Reliability tables on gold/dev and on the dev-test fold.

    .venv/bin/python bench/reliability.py [--dev gold/dev] [--devtest gold/devtest]

Extracts both gold folders with the rules (about 2 minutes on 2 cores) and labels each event
as ``factwire eval`` pairs it with gold (right or wrong). For ``gold/dev``, the training set,
the learned confidence is cross-validated: every event is scored by a model and a calibration
curve fitted without its document, exactly as ``scripts/train_events.py`` chooses its settings.
For the dev-test fold it is the stored model (``events/data/event_scorer.json``), measured
only. Each table gives, per confidence bin, the events, their mean confidence and the share
that matched gold; a calibrated confidence has the two close. The rules' own confidence (how
many key roles the sentence names) is shown beside it, with the Brier score of both.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _brier(conf: Sequence[float], labels: Sequence[int]) -> float:
    return sum((c - y) ** 2 for c, y in zip(conf, labels, strict=True)) / max(len(labels), 1)


def _section(title: str, conf: Sequence[float], rule: Sequence[float],
             labels: Sequence[int]) -> str:
    from factwire.events.learned.training import reliability, reliability_table  # noqa: PLC0415

    return "\n".join([
        f"**{title}**: {len(labels)} events, {sum(labels)} right; Brier score learned "
        f"{_brier(conf, labels):.3f}, rules {_brier(rule, labels):.3f} (lower is better).", "",
        "Learned confidence:", "", reliability_table(reliability(conf, labels)), "",
        "Rule confidence (before):", "", reliability_table(reliability(rule, labels)), ""])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dev", type=Path, default=REPO / "gold" / "dev")
    ap.add_argument("--devtest", type=Path, default=REPO / "gold" / "devtest")
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args()

    from factwire.eval import default_shared, load_gold  # noqa: PLC0415
    from factwire.events.learned.model import load_scorer, stale_reason  # noqa: PLC0415
    from factwire.events.learned.training import collect, fit  # noqa: PLC0415

    stale = stale_reason()
    if stale:
        print(f"warning: {stale}", file=sys.stderr)
    shared = args.shared or default_shared()
    dev = collect(load_gold(args.dev), shared)
    fitted = fit(dev, "gold/dev")
    rule_dev = [s.features.get("rule_conf", 0.0) for s in dev.samples]
    labels_dev = [int(v) for v in fitted.labels]
    print(_section("gold/dev, cross-validated", [float(c) for c in fitted.cv_confidence],
                   rule_dev, labels_dev))

    scorer = load_scorer()
    test = collect(load_gold(args.devtest), shared)
    conf = {(s.doc, s.event): scorer.calibrate(scorer.probability(s.features))
            for s in test.samples}
    kept = frozenset(k for k, c in conf.items() if c >= scorer.threshold)
    labels = test.relabel(kept)
    rows = [s for s in test.samples if (s.doc, s.event) in kept]
    print(_section("gold/devtest, stored model, measured only",
                   [conf[(s.doc, s.event)] for s in rows],
                   [s.features.get("rule_conf", 0.0) for s in rows],
                   [labels[(s.doc, s.event)] for s in rows]))
    dropped = len(test.samples) - len(rows)
    print(f"dev-test: {dropped} of {len(test.samples)} events below the drop threshold "
          f"{scorer.threshold}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
