"""The Guardian sample as benchmark input: the ``--shared`` and ``--limit`` options and the
articles they select, shared by the scripts that time or count the same text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factwire.model import Article

REPO = Path(__file__).resolve().parents[1]


def add_arguments(ap: argparse.ArgumentParser, *, limit: int, limit_help: str) -> None:
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--limit", type=int, default=limit, help=limit_help)


def articles(args: argparse.Namespace) -> list[Article] | None:
    """The first ``--limit`` articles (all for 0), or ``None`` (said why) when the sample is
    absent."""
    folder = Path(args.shared) / "corpora" / "guardian-sample"
    if not folder.is_dir():
        print(f"{folder} is absent: the benchmark needs ../shared/corpora/guardian-sample")
        return None
    from factwire.ingest import read_inputs  # noqa: PLC0415  (slow: after argument parsing)
    from factwire.model import Article  # noqa: PLC0415

    found = [a for a in read_inputs([str(folder)]) if isinstance(a, Article)]
    return found[: args.limit] if args.limit else found
