"""A normalised-name index that knows which names are shared and whom lookups then prefer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from factwire.gazetteer.normalize import norm, strip_possessive
from factwire.gazetteer.schema import Header

T = TypeVar("T")


class NameIndex(Generic[T]):
    """Maps normalised surface forms to records, built once.

    A form several records share resolves to the default the file header names for it
    (or to nothing when the header says ``null``); :meth:`all` still returns every claimant.
    """

    def __init__(self, pairs: Iterable[tuple[str, T]], key: Callable[[T], str],
                 header: Header | None = None) -> None:
        self._all: dict[str, list[T]] = {}
        for surface, record in pairs:
            slot = self._all.setdefault(norm(surface), [])
            if all(key(r) != key(record) for r in slot):
                slot.append(record)
        self._one: dict[str, T | None] = {}
        defaults = {norm(a): d for a, d in header.ambiguous} if header else {}
        for name, records in self._all.items():
            if len(records) == 1:
                self._one[name] = records[0]
            else:
                wanted = defaults.get(name)
                self._one[name] = next((r for r in records if key(r) == wanted), None)

    def _key(self, text: str) -> str:
        """The index key: the name as written, else without a possessive ("India's")."""
        key = norm(text)
        return key if key in self._all else norm(strip_possessive(text))

    def one(self, text: str) -> T | None:
        """The record a name denotes, or ``None`` if unknown or undecidably ambiguous."""
        return self._one.get(self._key(text))

    def all(self, text: str) -> tuple[T, ...]:
        """Every record that claims the name, in file order."""
        return tuple(self._all.get(self._key(text), ()))

    def __contains__(self, text: str) -> bool:
        return self._key(text) in self._all


def trim_tail(text: str, tails: frozenset[str]) -> Iterable[str]:
    """``text`` and its shorter forms with generic trailing words removed, longest first.

    "S-400 Triumph defense systems" yields itself, "S-400 Triumph defense" and
    "S-400 Triumph", so a system named with its class noun still finds its record.
    """
    words = text.split()
    while words:
        yield " ".join(words)
        if norm(words[-1]) not in tails:
            return
        words.pop()


def singulars(text: str) -> Iterable[str]:
    """``text``, then without an English plural ending ("Rafales", "F-16s", "S-400s")."""
    yield text
    stripped = strip_possessive(text)
    if stripped.endswith("s") and len(norm(stripped)) > 2:
        yield stripped[:-1]
        if stripped.endswith("es"):
            yield stripped[:-2]
