"""Train the learned event scorer on ``gold/dev`` and store it in the package.

Usage: ``.venv/bin/python scripts/train_events.py [--gold gold/dev] [--out FILE]``

Run it again whenever the rules (``events/kinds/*``, their data files, the lexicon) change:
the scorer learns which rule-found events match gold, so new rules need a new model. It
extracts every dev document with the rules alone (about 1.5 minutes on 2 cores), labels each
event against its gold, chooses regularisation and the drop threshold by 5-fold
cross-validation over documents, fits on everything and writes
``src/factwire/events/data/event_scorer.json``. Deterministic: the same rules and gold give
the same file. Never train on ``gold/devtest`` (the held-out fold); the script refuses it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this tree's code, not whatever the venv points at

from factwire.eval import default_shared, load_gold  # noqa: E402
from factwire.eval.gold import GoldDoc  # noqa: E402
from factwire.events.learned import proposing  # noqa: E402
from factwire.events.learned.model import MODEL_FILE, load_scorer, parse_scorer  # noqa: E402
from factwire.events.learned.proposer import MODEL_FILE as PROPOSER_FILE  # noqa: E402
from factwire.events.learned.proposer import load_proposer, parse_proposer  # noqa: E402
from factwire.events.learned.training import collect, fit  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "dev")
    parser.add_argument("--out", type=Path,
                        default=ROOT / "src" / "factwire" / "events" / "data" / MODEL_FILE)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--proposer-only", action="store_true",
                        help="keep the stored scorer; train the proposer on top of it")
    args = parser.parse_args()
    if "devtest" in args.gold.resolve().parts or "devtest" in args.gold.name:
        parser.error("gold/devtest is the held-out fold: it is scored, never trained on")
    started = time.monotonic()
    docs = load_gold(args.gold)
    shared = args.shared or default_shared()
    try:
        source = str(args.gold.resolve().relative_to(ROOT))
    except ValueError:
        source = str(args.gold)
    if not args.proposer_only:
        train_scorer(docs, shared, source, args.out)
        # a fresh process: the proposer is trained against the new scorer, with a pipeline
        # built for it (this process's pipeline records the scorer's features)
        return subprocess.call([sys.executable, __file__, "--proposer-only", *sys.argv[1:]])
    train_proposer(docs, shared, source, args.out.with_name(PROPOSER_FILE))
    print(f"{len(docs)} documents, {time.monotonic() - started:.0f} s")
    return 0


def train_scorer(docs: list[GoldDoc], shared: Path, source: str, out: Path) -> None:
    """The scorer first: the proposer is trained against the rules as the scorer leaves them."""
    corpus = collect(docs, shared)
    fitted = fit(corpus, source)
    parse_scorer(fitted.model, str(out))  # what is written must load
    out.write_text(json.dumps(fitted.model, indent=1) + "\n", encoding="utf-8")
    load_scorer.cache_clear()
    print(json.dumps(fitted.report, indent=1))
    print(f"wrote {out} ({len(corpus.samples)} events)")


def train_proposer(docs: list[GoldDoc], shared: Path, source: str, out: Path) -> None:
    data = proposing.collect(docs, shared)
    model, report = proposing.fit(data, source)
    parse_proposer(model, str(out))
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    load_proposer.cache_clear()
    print(json.dumps(report, indent=1))
    print(f"wrote {out} ({len(data.pairings)} pairings)")


if __name__ == "__main__":
    sys.exit(main())
