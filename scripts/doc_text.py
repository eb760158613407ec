"""Print the cleaned text (``doc.text``) of a development document, for annotators.

Usage: ``.venv/bin/python scripts/doc_text.py ID [ID ...]`` where ID is a gold id such as
``Guardian_SDF_sample-124`` or ``dsca-08``. Prints the id, the publication date a gold file
should carry and the text the pipeline sees, so gold snippets are written against that text.
Refuses ids of the test part of ``../shared/corpora/SPLIT.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
import tempfile
from pathlib import Path

from factwire.eval.sources import default_shared
from factwire.ingest.sources import read_path
from factwire.model import Article


def _test_ids(shared: Path) -> set[str]:
    split = (shared / "corpora" / "SPLIT.md").read_text(encoding="utf-8")
    line = next(ln for ln in split.splitlines() if ln.startswith("## test"))
    rows = re.findall(r"rows ([\d, ]+);", line)[0]
    ids = {f"Guardian_SDF_sample-{r.strip()}" for r in rows.split(",")}
    sites = "dsca|dvids|kremlin|statedept|ukrpresident|uspresident|whitehouse"
    ids |= set(re.findall(rf"(?:{sites})-\d+", line))
    return ids


def _guardian(row: str, shared: Path) -> tuple[str, str]:
    path = shared / "corpora" / "guardian-sample" / "Guardian_SDF_sample.csv"
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        first = reader.fieldnames[0] if reader.fieldnames else ""
        for rec in reader:
            if rec[first] == row:
                return rec["text"], rec["date"][:10]
    raise SystemExit(f"no guardian row {row}")


def show(doc_id: str, shared: Path) -> None:
    """Print one document as the pipeline reads it."""
    if doc_id in _test_ids(shared):
        raise SystemExit(f"{doc_id} is in the test part of SPLIT.md: not for annotation")
    with tempfile.TemporaryDirectory() as tmp:
        if doc_id.startswith("Guardian_SDF_sample-"):
            text, published = _guardian(doc_id.rsplit("-", 1)[1], shared)
            path = Path(tmp) / f"{doc_id}.txt"
            path.write_text(text, encoding="utf-8")
        else:
            path = shared / "corpora" / "defence-press" / f"{doc_id}.txt"
            meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
            published = str(meta.get("published", ""))[:10]
        results = list(read_path(path, published=dt.date.fromisoformat(published)))
    art = next(r for r in results if isinstance(r, Article))
    print(f"=== {doc_id}  published {published}  title {art.title!r}")
    print(art.text)
    print()


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        show(arg, default_shared())
