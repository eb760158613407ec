"""Reads and checks the five data files, in dependency order, into one :class:`Gazetteer`.

States come first because every other file names states by ISO code; organisations come before
office holders because a term's actor may be an organisation (``NATO``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from factwire.gazetteer.holders import parse_holders, parse_roles
from factwire.gazetteer.lookup import Gazetteer
from factwire.gazetteer.validate import (
    Document,
    parse_organizations,
    parse_places,
    parse_states,
    parse_weapons,
    read_document,
)
from factwire.model import DataError

STATES = "states.json"
ORGANIZATIONS = "organizations.json"
OFFICE_HOLDERS = "office_holders.json"
WEAPONS = "weapons.json"
PLACES = "places.json"
FILES = (STATES, ORGANIZATIONS, OFFICE_HOLDERS, WEAPONS, PLACES)

_SECTIONS = {
    STATES: ("records",),
    ORGANIZATIONS: ("records",),
    OFFICE_HOLDERS: ("roles", "records"),
    WEAPONS: ("records", "classes"),
    PLACES: ("records",),
}

Reader = Callable[[str], str]


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read and checked once per process."""
    data = resources.files("factwire.gazetteer") / "data"
    return build_gazetteer(lambda name: (data / name).read_text(encoding="utf-8"))


def load_directory(directory: Path) -> Gazetteer:
    """A gazetteer from another folder holding the five files (for edits and tests)."""
    def read(name: str) -> str:
        path = directory / name
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"{path}: cannot be read ({exc.strerror}); fix: put {name} in "
                            f"{directory}") from exc
    return build_gazetteer(read)


def build_gazetteer(read: Reader) -> Gazetteer:
    """Parse every file through ``read`` (file name -> text) and cross-check the codes."""
    docs = {name: _document(name, read) for name in FILES}
    states = parse_states(docs[STATES])
    codes = frozenset(s.id for s in states)
    orgs = parse_organizations(docs[ORGANIZATIONS], codes)
    roles = parse_roles(docs[OFFICE_HOLDERS])
    holders = parse_holders(docs[OFFICE_HOLDERS], codes, {o.id for o in orgs}, roles)
    weapons, classes = parse_weapons(docs[WEAPONS], codes)
    places = parse_places(docs[PLACES], codes, {o.id for o in orgs})
    return Gazetteer(
        headers={name: doc.header for name, doc in docs.items()},
        states=states, organizations=orgs, roles=roles, holders=holders,
        weapons=weapons, weapon_classes=classes, places=places,
    )


def _document(name: str, read: Reader) -> Document:
    text = read(name)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{name}: line {exc.lineno} column {exc.colno}: invalid JSON "
                        f"({exc.msg}); fix: correct the syntax there") from exc
    return read_document(name, raw, _SECTIONS[name])
