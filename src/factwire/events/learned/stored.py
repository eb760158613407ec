"""Reading a trained model stored as JSON in the package, and checking its header.

The scorer and the proposer are both plain JSON files in ``events/data/`` (no pickle), read
once and refused, with the command that retrains them, when missing, damaged or written by
another version of the code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from factwire.model import DataError

RETRAIN = ".venv/bin/python scripts/train_events.py"
Fail = Callable[[str], DataError]


def data_path(name: str) -> Path:
    """Where the package keeps the model file ``name``."""
    return Path(str(resources.files("factwire.events") / "data" / name))


def read_model(file: Path, what: str, without: str) -> Any:
    """The JSON of ``file``; ``what`` names the model, ``without`` how to run without it."""
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(f"{file}: the {what} is missing; train it with `{RETRAIN}`, or run "
                        f"with FACTWIRE_DETECTORS={without}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{file}: cannot read the {what} ({exc}); "
                        f"train it again with `{RETRAIN}`") from exc


def checked(data: Any, where: str, what: str, schema: str,
            versions: Mapping[str, int]) -> tuple[dict[str, Any], Fail]:
    """``data`` as a dict whose schema and versions this code reads, and the error maker
    for the fields the caller checks next."""
    def fail(reason: str) -> DataError:
        return DataError(f"{where}: {reason}; train it again with `{RETRAIN}`")

    if not isinstance(data, dict) or data.get("schema") != schema:
        raise fail(f"not a {what} (field 'schema' must be {schema!r})")
    for field, wanted in versions.items():
        if data.get(field) != wanted:
            raise fail(f"field {field!r} is {data.get(field)!r}, this code reads {wanted} "
                       "(the model is stale)")
    return data, fail


def number(value: Any, field: str, fail: Fail) -> float:
    """A finite number, else the error naming ``field``."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise fail(f"field {field!r} must be a finite number, not {value!r}")
    return float(value)
