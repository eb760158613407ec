"""Gold files (EVENTS.md section 5): loaded, checked field by field, and frozen.

Checking happens here, once, so an annotation typo ("partipants", status "sold") fails
loudly with the file and event it sits in instead of silently lowering a score.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factwire.events.spec import all_specs, scored_kinds, spec_of
from factwire.model import ENTITY_KINDS, MODALITIES, InputError


def key_roles(kind: object) -> tuple[str, ...] | None:
    """The key actor roles a gold event of ``kind`` must give (None: the kind is not scored)."""
    spec = spec_of(kind) if isinstance(kind, str) else None
    return spec.key_actor_roles if spec is not None and not spec.fallback else None


def system_role(kind: str) -> str | None:
    """The key field naming the system, for kinds a system identifies (transfers)."""
    spec = spec_of(kind)
    return spec.system_role if spec is not None else None


def statuses(kind: str) -> tuple[str, ...]:
    spec = spec_of(kind)
    return spec.statuses if spec is not None else ()


def _role_fields(*types: str) -> frozenset[str]:
    return frozenset(r.name for s in all_specs() for r in s.roles
                     if r.type in types and not s.fallback)


def name_fields() -> frozenset[str]:
    """Gold fields holding names: the entity, system and place roles of the specs."""
    return frozenset({"persons"}) | _role_fields("entity", "system", "place")


def date_fields() -> frozenset[str]:
    return frozenset({"time", "start", "end"}) | _role_fields("time")


def text_fields() -> frozenset[str]:
    """Gold fields holding short text: the literal roles of the specs."""
    return _role_fields("literal")


def arg_fields() -> frozenset[str]:
    return name_fields() | date_fields() | text_fields() | OTHER_FIELDS


# Gold fields beyond the roles the kind specs declare (EVENTS.md section 5).
OTHER_FIELDS = frozenset({"value_usd", "value", "quantity", "status", "modality"})
Fail = Callable[[str], InputError]
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DOC_FIELDS = frozenset({
    "id", "published", "file", "corpus", "row", "source", "dateline", "title", "note",
    "text_must_exclude", "events", "quotes", "entities", "entities_complete",
})


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event: its key actors by role, its system names, and its other arguments."""

    kind: str
    keys: Mapping[str, tuple[str, ...]]
    args: Mapping[str, Any]
    system: tuple[str, ...] = ()
    where: str = ""


@dataclass(frozen=True, slots=True)
class GoldQuote:
    speakers: tuple[str, ...]
    contains: str


@dataclass(frozen=True, slots=True)
class GoldEntity:
    kind: str
    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold file; ``file``/``corpus``+``row`` say which document it annotates."""

    id: str
    path: Path
    published: str | None = None
    file: str | None = None
    corpus: str | None = None
    row: str | None = None
    events: tuple[GoldEvent, ...] = field(default=())
    quotes: tuple[GoldQuote, ...] = field(default=())
    entities: tuple[GoldEntity, ...] = field(default=())
    text_must_exclude: tuple[str, ...] = field(default=())
    entities_complete: bool = False


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read one gold file, or every ``*.gold.json`` under a directory (sorted by path)."""
    root = Path(path)
    if root.is_dir():
        files = sorted(root.rglob("*.gold.json"))
        if not files:
            raise InputError("no *.gold.json files in this directory", source=str(root))
    elif root.is_file():
        files = [root]
    else:
        raise InputError("no such gold file or directory", source=str(root))
    docs = [_load_file(f) for f in files]
    seen: dict[str, Path] = {}
    for doc in docs:
        if doc.id in seen:
            raise InputError(f"doc id {doc.id!r} is also used by {seen[doc.id]}; "
                             "give every gold file its own id", source=str(doc.path))
        seen[doc.id] = doc.path
    return docs


def _load_file(path: Path) -> GoldDoc:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}", source=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", source=str(path), line=exc.lineno) from exc
    if not isinstance(data, dict):
        raise InputError("a gold file holds one JSON object", source=str(path))
    return parse_gold(data, path)


def parse_gold(data: Mapping[str, Any], path: Path) -> GoldDoc:
    """Build a GoldDoc from a parsed gold object; ``path`` is only used in error messages."""
    def fail(reason: str) -> InputError:
        return InputError(reason, source=str(path))

    unknown = set(data) - _DOC_FIELDS
    if unknown:
        raise fail(f"unknown field(s) {sorted(unknown)}; known: {sorted(_DOC_FIELDS)}")
    doc_id = data.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise fail("field 'id' must be the annotated document's id (a non-empty string)")
    published = data.get("published")
    if published is not None and not (isinstance(published, str) and _ISO.match(published)):
        raise fail(f"field 'published' is {published!r}: give an ISO date such as 2018-12-13")
    row = data.get("row")
    return GoldDoc(
        id=doc_id, path=path, published=published,
        file=_opt_str(data, "file", fail), corpus=_opt_str(data, "corpus", fail),
        row=None if row is None else str(row),
        events=tuple(_event(e, f"events[{i}]", fail)
                     for i, e in enumerate(_list(data, "events", fail))),
        quotes=tuple(_quote(q, f"quotes[{i}]", fail)
                     for i, q in enumerate(_list(data, "quotes", fail))),
        entities=tuple(_entity(e, f"entities[{i}]", fail)
                       for i, e in enumerate(_list(data, "entities", fail))),
        text_must_exclude=_names(data.get("text_must_exclude", []), "text_must_exclude", fail),
        entities_complete=bool(data.get("entities_complete", False)),
    )



def _opt_str(data: Mapping[str, Any], key: str, fail: Fail) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise fail(f"field {key!r} must be a string")
    return value


def _list(data: Mapping[str, Any], key: str, fail: Fail) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise fail(f"field {key!r} must be a JSON list")
    return value


def _names(value: Any, where: str, fail: Fail) -> tuple[str, ...]:
    """A string or a non-empty list of strings, as a tuple."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v for v in items):
        raise fail(f"{where}: give a string or a list of non-empty strings, not {value!r}")
    return tuple(items)


def _event(raw: Any, where: str, fail: Fail) -> GoldEvent:
    if not isinstance(raw, dict):
        raise fail(f"{where}: an event is a JSON object")
    kind = raw.get("kind")
    roles = key_roles(kind)
    if roles is None or not isinstance(kind, str):
        raise fail(f"{where}: kind {kind!r} is not scored; use one of {list(scored_kinds())}")
    where = f"{where} ({kind})"
    keys = {}
    for role in roles:
        if role not in raw:
            raise fail(f"{where}: key role {role!r} is missing")
        keys[role] = _names(raw[role], f"{where}.{role}", fail)
    system: tuple[str, ...] = ()
    sys_role = system_role(kind)
    if sys_role is not None:
        if sys_role not in raw:
            raise fail(f"{where}: key field {sys_role!r} is missing")
        system = _names(raw[sys_role], f"{where}.{sys_role}", fail)
    args: dict[str, Any] = {}
    for name, value in raw.items():
        if name in ("kind", "note") or name in keys or (name == "system" and system):
            continue
        known = arg_fields()
        if name not in known:
            raise fail(f"{where}: unknown field {name!r}; known: {sorted(known)}")
        args[name] = _arg(kind, name, value, f"{where}.{name}", fail)
    return GoldEvent(kind=kind, keys=keys, args=args, system=system, where=where)


def _arg(kind: str, name: str, value: Any, where: str, fail: Fail) -> Any:
    """One argument value, checked and normalised (name lists become tuples)."""
    if name in name_fields():
        return _names(value, where, fail)
    if name in date_fields():
        if not (isinstance(value, str) and _ISO.match(value)):
            raise fail(f"{where}: {value!r} is not an ISO date (2018, 2018-10, 2018-10-05)")
        return value
    if name in text_fields():
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{where}: give a short non-empty text")
        return value
    if name == "status":
        allowed = statuses(kind)
        if value not in allowed:
            raise fail(f"{where}: {value!r} is not a status of {kind}; use one of {allowed}")
        return value
    if name == "modality":
        if value not in MODALITIES:
            raise fail(f"{where}: {value!r}; use one of {MODALITIES}")
        return value
    if name == "quantity":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise fail(f"{where}: give a whole number, not {value!r}")
        return value
    return _money(name, value, where, fail)


def _money(name: str, value: Any, where: str, fail: Fail) -> tuple[float, str]:
    if name == "value_usd":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise fail(f"{where}: give the amount in US dollars as a number")
        return (float(value), "USD")
    if (isinstance(value, dict) and isinstance(value.get("amount"), int | float)
            and isinstance(value.get("currency"), str)):
        return (float(value["amount"]), value["currency"])
    raise fail(f"{where}: give {{\"amount\": number, \"currency\": \"EUR\"}}")


def _quote(raw: Any, where: str, fail: Fail) -> GoldQuote:
    if not isinstance(raw, dict) or set(raw) - {"speaker", "contains", "note"}:
        raise fail(f"{where}: a quote is {{\"speaker\": ..., \"contains\": ...}}")
    contains = raw.get("contains")
    if not isinstance(contains, str) or not contains.strip():
        raise fail(f"{where}.contains: give a short snippet of the quotation")
    return GoldQuote(speakers=_names(raw.get("speaker"), f"{where}.speaker", fail),
                     contains=contains)


def _entity(raw: Any, where: str, fail: Fail) -> GoldEntity:
    if not isinstance(raw, dict) or set(raw) - {"kind", "name", "country", "note"}:
        raise fail(f"{where}: an entity is {{\"kind\", \"name\", \"country\"}}")
    kind, name, country = raw.get("kind"), raw.get("name"), raw.get("country")
    if kind not in ENTITY_KINDS:
        raise fail(f"{where}.kind: {kind!r}; use one of {ENTITY_KINDS}")
    if not isinstance(name, str) or not name:
        raise fail(f"{where}.name: give the entity's name")
    if country is not None and not isinstance(country, str):
        raise fail(f"{where}.country: give an ISO alpha-3 code or null")
    return GoldEntity(kind=kind, name=name, country=country)

