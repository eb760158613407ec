"""Finding the documents gold files annotate, and extracting them for ``factwire eval --extract``.

Gold files name a corpus document rather than embedding its text (the corpora may not be
copied into the repository), so the scorer resolves ``file`` and ``corpus`` (+ ``row``)
against the shared folder at run time.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factwire.api import extract_documents
from factwire.eval.gold import GoldDoc
from factwire.model import ConfigError, Extraction, InputError, to_json


def default_shared() -> Path:
    """``$FACTWIRE_SHARED``, else ``shared`` beside the repository (or beside the cwd)."""
    env = os.environ.get("FACTWIRE_SHARED")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    if (repo / "pyproject.toml").is_file():
        return repo.parent / "shared"
    return Path.cwd().parent / "shared"


def source_path(doc: GoldDoc, shared: Path) -> Path:
    """The file a gold document annotates (for a CSV row, the CSV itself)."""
    if doc.corpus is not None:
        path = shared / "corpora" / doc.corpus
    elif doc.file is not None:
        path = (doc.path.parent / doc.file).resolve()
        if not path.is_file():  # a copied gold file: its "../seed/x.txt" is under shared/
            path = shared.joinpath(*[p for p in Path(doc.file).parts if p not in ("..", ".")])
    else:
        raise InputError("the gold file names no document: add \"corpus\" (and \"row\" for a "
                         "CSV) or \"file\"", source=str(doc.path))
    if not path.is_file():
        raise ConfigError(f"{doc.path}: document {path} not found; point --shared (or "
                          "$FACTWIRE_SHARED) at the shared folder")
    return path


def csv_row_text(path: Path, row: str) -> str:
    """The ``text`` column of the CSV row whose first column is ``row``."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        if "text" not in header:
            raise InputError("CSV has no 'text' column", source=str(path))
        col = header.index("text")
        for values in reader:
            if values and values[0] == row:
                return values[col]
    raise InputError(f"no row whose first column is {row!r}", source=str(path))


@contextmanager
def materialised(docs: Sequence[GoldDoc], shared: Path) -> Iterator[dict[str, Path]]:
    """Each gold document as one readable file; CSV rows become temporary ``<stem>-<row>.txt``.

    Extracting only the annotated rows keeps other rows (including the held-out test rows)
    out of the run, and the file stem gives the id the ingest stage gives CSV rows.
    """
    with tempfile.TemporaryDirectory(prefix="factwire-eval-") as tmp:
        paths: dict[str, Path] = {}
        for doc in docs:
            path = source_path(doc, shared)
            if doc.row is not None:
                text = csv_row_text(path, doc.row)
                path = Path(tmp) / f"{path.stem}-{doc.row}.txt"
                path.write_text(text, encoding="utf-8")
            paths[doc.id] = path
        yield paths


def run_extraction(docs: Sequence[GoldDoc], shared: Path, *,
                   model: str | None = None) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Extract every gold document with its gold publication date.

    Returns predictions keyed by gold id (whatever id ingest gave the article) and one
    message per document that was rejected or produced nothing.
    """
    predictions: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    with materialised(docs, shared) as paths:
        for doc in docs:
            published = dt.date.fromisoformat(doc.published) if doc.published else None
            results = list(extract_documents([str(paths[doc.id])], published=published,
                                             model=model))
            extracted = [r for r in results if isinstance(r, Extraction)]
            if extracted:
                predictions[doc.id] = to_json(extracted[0])
            else:
                reasons = "; ".join(r.describe() for r in results if not isinstance(r, Extraction))
                problems.append(f"{doc.id}: nothing extracted ({reasons or 'no document'})")
    return predictions, problems
