"""Forgiving names: what an actor, person, place or system given on a filter means.

One module turns what a user types (``Erdogan``, ``Zelensky``, ``Russia``, ``RU``, ``S400``)
into the stored keys and entity ids a query filters on, for the CLI, the Python API and the
web layer alike. A name is tried, in order:

1. as an actor key stored or known (``RUS``, ``NATO``), or an ISO alpha-2 code (``RU``);
2. through the gazetteers (names, aliases, demonyms: "Turkey", "the Kremlin") and pycountry
   (names and official names the gazetteer lacks: "Türkiye");
3. as whole words of any name an entity was given, accents folded and common transliteration
   variants made equal ("Erdogan" = "Erdoğan", "Zelensky" = "Zelenskyy" = "Zelenskiy").

When nothing matches, :class:`NoMatchError` carries the closest names (rapidfuzz) so the
CLI can print "did you mean ..." and exit 1: an empty table would say "no such events",
which is a different answer from "no such name".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factwire.gazetteer import load_gazetteer, norm
from factwire.store import schema as t
from factwire.store.errors import QueryError

ACTING_KINDS = ("person", "country", "organization")
SUGGESTIONS = 3
FUZZY_CUTOFF = 70.0
_FINAL_I = re.compile(r"(?:iy|yi|ij|ii|y)$")


class NoMatchError(QueryError):
    """A name that matches nothing stored or known; ``suggestions`` are the closest names.

    Unlike a malformed filter (exit 2), this is an answer about the data, so the CLI exits 1.
    """

    exit_code = 1

    def __init__(self, text: str, flag: str, what: str, suggestions: list[str]) -> None:
        hint = (f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions
                else "; `factwire actors` lists the names stored")
        super().__init__(f"{flag} {text!r}: no {what} of that name is stored or known{hint}")
        self.text, self.flag, self.suggestions = text, flag, suggestions


@dataclass(frozen=True, slots=True)
class Match:
    """What a name resolved to: actor keys and/or entity ids (either may be empty)."""

    text: str
    keys: frozenset[str] = frozenset()
    entity_ids: frozenset[int] = frozenset()
    via: str = "name"  # key, gazetteer, pycountry or name: how it was read


@lru_cache(maxsize=1 << 16)  # the same stored names are folded on every query
def fold_words(text: str) -> tuple[str, ...]:
    """Words of ``text`` with case, accents and transliteration variants folded.

    Doubled letters collapse and a final -iy/-yy/-y reads as -i, so the Ukrainian, Russian
    and English spellings of a surname meet; both sides of a comparison are folded alike.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = re.sub(r"[^\w]+|_", " ", plain).split()
    return tuple(_FINAL_I.sub("i", re.sub(r"(\D)\1+", r"\1", w)) for w in words)


def _contains(name: tuple[str, ...], query: tuple[str, ...]) -> bool:
    n = len(query)
    return n > 0 and any(name[i:i + n] == query for i in range(len(name) - n + 1))


@dataclass(slots=True)
class _Vocabulary:
    """Names by entity id (entity names and every name an article used), and actor keys."""

    names: dict[int, set[str]] = field(default_factory=dict)
    keys: dict[int, str] = field(default_factory=dict)  # entity id -> entity.key
    actor_keys: set[str] = field(default_factory=set)

    def add(self, entity_id: int, name: str | None) -> None:
        if name:
            self.names.setdefault(entity_id, set()).add(name)


def _vocabulary(conn: Connection, *, kinds: Iterable[str] | None = None,
                role: str | None = None) -> _Vocabulary:
    """Entities of ``kinds``, or those filling event role ``role``, with all their names."""
    en, ae, ea = t.entity, t.article_entity, t.event_argument
    ids = (sa.select(ea.c.entity_id).where(ea.c.role == role, ea.c.entity_id.is_not(None))
           if role else sa.select(en.c.id).where(en.c.kind.in_(list(kinds or ACTING_KINDS))))
    vocab = _Vocabulary()
    for eid, name, key in conn.execute(sa.select(en.c.id, en.c.name, en.c.key)
                                       .where(en.c.id.in_(ids))):
        vocab.add(eid, name)
        vocab.keys[eid] = key
    for eid, name in conn.execute(sa.select(ae.c.entity_id, ae.c.name).distinct()
                                  .where(ae.c.entity_id.in_(ids))):
        vocab.add(eid, name)
    if role is None:
        vocab.actor_keys = set(conn.execute(
            sa.select(ea.c.actor).distinct().where(ea.c.actor.is_not(None))).scalars())
        vocab.actor_keys |= set(conn.execute(
            sa.select(en.c.actor).distinct().where(en.c.actor.is_not(None))).scalars())
    return vocab


def _stored_key(conn: Connection, text: str) -> bool:
    """Whether ``text`` is an actor key some stored entity or argument carries."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{1,15}", text):
        return False
    key = text.upper()
    ea, en = t.event_argument, t.entity
    return conn.execute(sa.select(sa.exists().where(ea.c.actor == key)
                                  | sa.exists().where(en.c.actor == key))).scalar() is True


def _by_words(vocab: _Vocabulary, text: str) -> set[int]:
    """Entities with a name holding ``text`` as whole words, or equal to it punctuation aside
    ("S400" is "S-400"), or whose key ends in its slug."""
    query, squeezed = fold_words(text), norm(text)
    slug_tail = ":" + "-".join(fold_words(text))
    found = {eid for eid, names in vocab.names.items()
             if any(_contains(fold_words(n), query) or (squeezed and norm(n) == squeezed)
                    for n in names)}
    return found | {eid for eid, key in vocab.keys.items()
                    if fold_words(key.partition(":")[2]) == query or key.endswith(slug_tail)}


def _by_canonical(vocab: _Vocabulary, canonicals: Iterable[str]) -> set[int]:
    wanted = set(canonicals)
    return {eid for eid, key in vocab.keys.items() if key in wanted}


@lru_cache(maxsize=1)
def _known_keys() -> frozenset[str]:
    gz = load_gazetteer()
    return frozenset({s.id for s in gz.states} | {o.actor for o in gz.organizations if o.actor})


def actor_key_of(text: str) -> tuple[str, str] | None:
    """The actor key a code or a state/organisation name stands for, and how it was read.

    ``RUS``/``rus`` -> key; ``RU`` -> ISO alpha-2; "Turkey", "the Kremlin" -> gazetteer;
    "Türkiye", "Russian Federation" -> pycountry.
    """
    v = text.strip()
    if not v:
        return None
    if v.upper() in _known_keys() and re.fullmatch(r"[A-Za-z]{2,8}", v):
        return v.upper(), "key"
    gz = load_gazetteer()
    if re.fullmatch(r"[A-Z]{2}", v):
        country = _pycountry(v)
        if country is not None:
            return country, "pycountry"
    state = gz.state(v)
    if state is not None:
        return state.id, "gazetteer"
    org = gz.organization(v)
    if org is not None and org.actor:
        return org.actor, "gazetteer"
    country = _pycountry(v) if len(v) > 3 else None  # short words are not codes here
    return (country, "pycountry") if country is not None else None


def _pycountry(text: str) -> str | None:
    import pycountry  # noqa: PLC0415  (its JSON database loads on first use)

    try:
        found: Any = pycountry.countries.lookup(text)
    except LookupError:
        return None
    code = getattr(found, "alpha_3", None)
    return str(code) if code else None


def _gazetteer_people(text: str) -> set[str]:
    gz = load_gazetteer()
    found = {h.canonical for h in gz.people(text)}
    if not found:  # the gazetteer folds accents but not transliterations; try its aliases
        query = fold_words(text)
        found = {f"person:{terms[0].person}" for terms in _people_terms()
                 if any(_contains(fold_words(n), query)
                        for n in (terms[0].name, *terms[0].aliases))}
    return found


@lru_cache(maxsize=1)
def _people_terms() -> tuple[Any, ...]:
    gz = load_gazetteer()
    people: dict[str, list[Any]] = {}
    for h in gz.holders:
        people.setdefault(h.person, []).append(h)
    return tuple(people.values())


def resolve_actor(conn: Connection, text: str, *, flag: str = "--actor",
                  prefer: Literal["key", "name"] = "key") -> Match:
    """An actor filter: a key (and everyone acting for it) or the entities so named.

    ``prefer="key"`` (events): "Russia" means everything done for RUS, Putin included.
    ``prefer="name"`` (quote speakers): a person's name wins, a state name falls back to
    speakers acting for it.
    """
    value = text.strip()
    if not value:
        raise QueryError(f"{flag} is empty: give an actor key (RUS) or a name (Shoigu)")
    keyed = actor_key_of(value)
    if keyed is None and _stored_key(conn, value):
        keyed = (value.upper(), "key")
    if keyed is not None and (prefer == "key" or keyed[1] == "key"):
        return Match(value, keys=frozenset({keyed[0]}), via=keyed[1])  # no names to read
    vocab = _vocabulary(conn)
    ids = _by_words(vocab, value) | _by_canonical(vocab, _gazetteer_people(value))
    if ids:
        return Match(value, entity_ids=frozenset(ids), via="name")
    if keyed is not None:
        return Match(value, keys=frozenset({keyed[0]}), via=keyed[1])
    raise NoMatchError(value, flag, "actor", suggest(value, _actor_choices(vocab)))


def resolve_entity(conn: Connection, text: str, *, role: str, flag: str) -> Match:
    """A weapon system or a place: entities filling ``role`` in some event, by any name an
    article gave them, the gazetteer's aliases, or their key."""
    value = text.strip()
    if not value:
        raise QueryError(f"{flag} is empty: give a name, e.g. {flag} S-400")
    vocab = _vocabulary(conn, role=role)
    gz = load_gazetteer()
    record = gz.weapon(value) if role == "system" else gz.place(value)
    ids = _by_words(vocab, value)
    if record is not None:
        ids |= _by_canonical(vocab, [record.canonical])
    if ids:
        return Match(value, entity_ids=frozenset(ids), via="name")
    if record is not None:  # known, but in no stored event: an honest empty answer
        return Match(value, via="gazetteer")
    what = "weapon system" if role == "system" else role
    choices = {n for names in vocab.names.values() for n in names}
    raise NoMatchError(value, flag, what, suggest(value, choices))


def resolve_names(conn: Connection, text: str, *, flag: str,
                  kinds: Iterable[str] | None = None) -> Match:
    """Entities of ``kinds`` (any kind when None) named ``text`` (``actors --name``)."""
    value = text.strip()
    if not value:
        raise QueryError(f"{flag} is empty: give whole words of a name, e.g. {flag} Shoigu")
    all_kinds = ("person", "country", "organization", "location", "weapon", "other")
    vocab = _vocabulary(conn, kinds=kinds or all_kinds)
    ids = _by_words(vocab, value) | _by_canonical(vocab, _gazetteer_people(value))
    if not ids:
        choices = {n for names in vocab.names.values() for n in names}
        raise NoMatchError(value, flag, "entity", suggest(value, choices))
    return Match(value, entity_ids=frozenset(ids))


def _actor_choices(vocab: _Vocabulary) -> set[str]:
    gz = load_gazetteer()
    choices = {n for names in vocab.names.values() for n in names} | vocab.actor_keys
    return choices | {s.name for s in gz.states} | {o.name for o in gz.organizations}


def suggest(text: str, choices: Iterable[str], limit: int = SUGGESTIONS) -> list[str]:
    """The names closest to ``text`` (rapidfuzz WRatio on folded forms), best first."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415

    by_folded: dict[str, str] = {}
    for choice in sorted(choices):
        by_folded.setdefault(" ".join(fold_words(choice)), choice)
    found = process.extract(" ".join(fold_words(text)), list(by_folded), scorer=fuzz.WRatio,
                            limit=limit, score_cutoff=FUZZY_CUTOFF)
    return [by_folded[name] for name, _, _ in found]


__all__ = ["Match", "NoMatchError", "actor_key_of", "fold_words", "resolve_actor",
           "resolve_entity", "resolve_names", "suggest"]
