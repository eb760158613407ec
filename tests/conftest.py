"""Fixtures shared by the whole suite: where ../shared is, and the spaCy-backed pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# As in factwire.runner.ray_engine: no Ray runtime starts unless a test starts it (tests import
# ray before the engine does).
os.environ.setdefault("RAY_ENABLE_AUTO_CONNECT", "0")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTWIRE_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "000_5e2a7a06ba9dce6f.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder (corpora, seed, spec); tests that need it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: corpus-based tests need ../shared beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "seed" / "000_5e2a7a06ba9dce6f.txt"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The real pipeline (spaCy model included), loaded once for the whole session."""
    from factwire.runner import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def seed_result(seed_path: Path, pipeline):  # type: ignore[no-untyped-def]
    """The seed article extracted with its publication date, as EVENTS.md's gold assumes."""
    import datetime as dt

    from factwire.ingest import read_inputs
    from factwire.model import Article

    (article,) = [a for a in read_inputs([str(seed_path)], published=dt.date(2018, 12, 13))
                  if isinstance(a, Article)]
    return pipeline.run(article)
