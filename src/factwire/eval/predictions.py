"""Reading factwire output (EVENTS.md section 4) and floor files for the scorer."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factwire.model import ConfigError, InputError

JSON = dict[str, Any]


def load_predictions(path: str | Path) -> dict[str, JSON]:
    """Predictions keyed by ``doc.id`` from a JSON Lines file, a JSON file (one object or a
    list of them) or a directory of such files (``*.jsonl``, ``*.json``)."""
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.rglob("*") if p.suffix in (".json", ".jsonl"))
    elif root.is_file():
        files = [root]
    else:
        raise InputError("no such prediction file or directory", source=str(root))
    out: dict[str, JSON] = {}
    where: dict[str, str] = {}
    for file in files:
        for line, doc in _documents(file):
            place = f"{file}:{line}" if line else str(file)
            doc_id = _doc_id(doc, file, line)
            if doc_id in out:
                raise InputError(f"doc id {doc_id!r} was already read from {where[doc_id]}; "
                                 "give each prediction once", source=str(file), line=line)
            out[doc_id], where[doc_id] = doc, place
    return out


def _documents(file: Path) -> list[tuple[int | None, Any]]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read predictions: {exc}", source=str(file)) from exc
    if file.suffix == ".jsonl":
        docs: list[tuple[int | None, Any]] = []
        for n, raw in enumerate(text.splitlines(), 1):
            if raw.strip():
                docs.append((n, _parse(raw, file, n)))
        return docs
    data = _parse(text, file, None)
    return [(None, d) for d in (data if isinstance(data, list) else [data])]


def _parse(text: str, file: Path, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg}); write predictions with "
                         "`factwire extract --format jsonl`", source=str(file),
                         line=line if line is not None else exc.lineno) from exc


def _doc_id(doc: Any, file: Path, line: int | None) -> str:
    doc_id = doc.get("doc", {}).get("id") if isinstance(doc, dict) else None
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError("a prediction needs doc.id (the id its gold file names)",
                         source=str(file), line=line)
    return doc_id


def load_floor(path: str | Path, section: str | None = None) -> dict[str, float]:
    """Minimum scores from a JSON file: a flat ``{"events.f1": 0.5}`` or one section of a
    file of named sections (``{"seed": {...}, "dev": {...}}``). Keys starting with ``_``
    are comments."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read the floor file ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: a floor file holds one JSON object")
    body = {k: v for k, v in data.items() if not k.startswith("_")}
    sections = sorted(k for k, v in body.items() if isinstance(v, dict))
    if section is not None or sections:
        if section not in body or not isinstance(body[section], dict):
            raise ConfigError(f"{file}: choose a section with --floor-section; it has "
                              f"{sections or 'none'} (asked for {section!r})")
        body = {k: v for k, v in body[section].items() if not k.startswith("_")}
    floor: dict[str, float] = {}
    for key, value in body.items():
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            raise ConfigError(f"{file}: floor {key!r} is {value!r}; give a number in [0, 1]")
        floor[key] = float(value)
    return floor


def check_floor(metrics: Mapping[str, float], floor: Mapping[str, float]) -> list[str]:
    """One message per score below its floor (empty when all pass).

    A floor on a metric the report does not have is a configuration error, not a pass.
    """
    unknown = sorted(set(floor) - set(metrics))
    if unknown:
        raise ConfigError(f"floor names unknown metric(s) {unknown}; "
                          f"known: {', '.join(sorted(metrics))}")
    return [f"{key} = {metrics[key]:.4f} is below its floor {minimum:.4f}"
            for key, minimum in floor.items()
            if metrics[key] < minimum and not math.isclose(metrics[key], minimum)]
