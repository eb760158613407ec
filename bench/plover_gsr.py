"""PLOVER gold-standard records: type F1 (with the source actor right) for factwire's types.

    .venv/bin/python bench/plover_gsr.py [--shared ../shared] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factwire.eval.plover_gsr import TYPES, load_records, score, table
from factwire.ingest import read_text
from factwire.runner import get_pipeline

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    path = Path(args.shared) / "corpora" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
    records = load_records(path)
    pipeline = get_pipeline()
    results = [pipeline.run(read_text(r.text, id=r.id, published=r.date)) for r in records]
    tallies = score(records, results)
    print(f"records: {len(records)}, of the types {', '.join(TYPES)}: "
          f"{sum(r.type in TYPES for r in records)}")
    print(table(tallies))
    if args.show_misses:
        by_id = {r.id: r for r in records}
        for name, t in tallies.items():
            for rid in t.misses:
                print(name, "|", by_id[rid].text[:150])
    return 0


if __name__ == "__main__":
    sys.exit(main())
