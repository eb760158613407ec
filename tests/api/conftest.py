"""API tests reuse the store tests' factory (hand-built extractions) on a SQLite file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
