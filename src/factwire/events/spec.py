"""One specification per event kind (``data/kinds/<kind>.json``), checked when loaded.

Everything the rest of factwire knows about a kind derives from its spec: which roles identify
it and whether they hold actors, entities or literal text, its status ladder, its PLOVER and
CAMEO codes with their variants, its trigger lexicon, and how it is consolidated across
articles. Adding a kind means adding one spec file and one detector module; more kinds can
come from other packages named in ``$FACTWIRE_KIND_PACKAGES`` (comma-separated), each holding
``*.json`` specs beside its modules.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from types import ModuleType
from typing import Literal, cast

from factwire.events.spec_schema import check_spec
from factwire.model import DataError, Plover

RoleType = Literal["actor", "entity", "system", "place", "literal", "time"]
PACKAGES_ENV = "FACTWIRE_KIND_PACKAGES"


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """One argument role: ``key`` roles identify the event; actors compare by actor key."""

    name: str
    type: RoleType
    key: bool = False
    required: bool = False
    direction: Literal["directed", "symmetric"] | None = None
    plover_source: bool = False
    min_actors: int = 0

    @property
    def is_actor(self) -> bool:
        return self.type == "actor"

    @property
    def is_literal(self) -> bool:
        """Literal roles hold strings in ``args`` (text or an ISO date), not entity ids."""
        return self.type in ("literal", "time")


@dataclass(frozen=True, slots=True)
class Coding:
    """PLOVER coding and CAMEO code of one variant of a kind."""

    plover: Plover
    cameo: str | None


@dataclass(frozen=True, slots=True)
class CodeRules:
    """How a finished event is coded (EVENTS.md section 2 table)."""

    base: Coding
    variants: Mapping[str, Coding] = field(default_factory=dict)
    cameo_by_status: Mapping[str, str] = field(default_factory=dict)
    default_variant: str | None = None
    mode_from_variant: bool = False
    multilateral_from: int = 0
    single_actor_variant: str | None = None
    context_cues: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Consolidation:
    """Matching across articles: date slack and where undated reports are placed (days)."""

    slack: int = 3
    lookback: int = 30
    lookahead: int = 120
    deal: bool = False
    actors: Literal["key", "all"] = "key"
    family_by_plover: bool = False


class Words(list[str]):
    """A field's words in their order, with membership by hash: detectors test ``lemma in
    words`` once per token, and a list's scan was a visible share of the events stage."""

    __slots__ = ("_members",)

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


# LexiconEntry.words, by entry and field; the entry's fields are held so their id stays theirs
_WORDS: dict[tuple[int, str], tuple[Mapping[str, list[str] | dict[str, str]], Words]] = {}


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """A kind's trigger lexicon: word lists and word-to-label tables, by field."""

    fields: Mapping[str, list[str] | dict[str, str]]
    source: str = ""

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def items(self) -> Iterator[tuple[str, list[str] | dict[str, str]]]:
        return iter(self.fields.items())

    def words(self, name: str) -> list[str]:
        """The words of field ``name`` (the keys, for a table). Detectors ask for them once
        per token, so the list is built once per entry and field; callers must not change it."""
        ident = (id(self.fields), name)
        held = _WORDS.get(ident)
        if held is None or held[0] is not self.fields:
            held = _WORDS[ident] = (self.fields, Words(list(self._get(name))))
        return held[1]

    def labels(self, name: str) -> dict[str, str]:
        """Field ``name`` as a table from word to label (a status, a PLOVER type)."""
        value = self._get(name)
        if not isinstance(value, dict):
            raise DataError(f"{self.source}: field 'lexicon.{name}' must map words to labels")
        return value

    def _get(self, name: str) -> list[str] | dict[str, str]:
        value = self.fields.get(name)
        if value is None:
            raise DataError(f"{self.source}: field 'lexicon.{name}' is missing")
        return value


@dataclass(frozen=True, slots=True, eq=False)
class KindSpec:
    """Everything factwire knows about one event kind (compared by identity)."""

    kind: str
    description: str
    order: int
    detector: str
    roles: tuple[RoleSpec, ...]
    codes: CodeRules
    consolidation: Consolidation
    lexicon: LexiconEntry
    ladder: tuple[str, ...] = ()
    final_statuses: tuple[str, ...] = ()
    prefilter_words: tuple[str, ...] = ()
    # Words that, opening a sentence before a capitalised name, may start this kind's event
    # ("In Kuwait on Tuesday, Tillerson faced ..."): such sentences are parsed and read too.
    opening_words: tuple[str, ...] = ()
    fallback: bool = False
    distinct_directed: bool = False
    # An event of this kind reported without a date of its own happened about when the
    # article was published (the dating convention of event coders such as GDELT).
    dated_by_publication: bool = False
    source: str = ""

    def role(self, name: str) -> RoleSpec | None:
        return next((r for r in self.roles if r.name == name), None)

    @property
    def key_roles(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.roles if r.key)

    @property
    def key_actor_roles(self) -> tuple[str, ...]:
        """Key roles holding actors: what the scorer and consolidation compare."""
        return tuple(r.name for r in self.roles if r.key and r.is_actor)

    @property
    def system_role(self) -> str | None:
        """The key role naming a weapon system, when the system identifies the event."""
        return next((r.name for r in self.roles if r.key and r.type == "system"), None)

    @property
    def statuses(self) -> tuple[str, ...]:
        return self.ladder + self.final_statuses

    def status_rank(self, status: str | None) -> int:
        """Later steps outrank earlier ones; a final status (``cancelled``) outranks all."""
        if status in self.final_statuses:
            return 100
        return self.ladder.index(status) if status in self.ladder else -1


def _plover(raw: Mapping[str, object]) -> Plover:
    mode = raw.get("mode")
    return Plover(str(raw["type"]), str(mode) if mode is not None else None,
                  tuple(cast(list[str], raw.get("context", []))))


def _codes(raw: Mapping[str, object]) -> CodeRules:
    base = Coding(_plover(cast(Mapping[str, object], raw["plover"])), cast(str, raw["cameo"]))
    variants: dict[str, Coding] = {}
    for name, v in cast(Mapping[str, Mapping[str, object]], raw.get("variants", {})).items():
        plover = _plover(cast(Mapping[str, object], v["plover"])) if "plover" in v else base.plover
        variants[name] = Coding(plover, cast(str, v.get("cameo", base.cameo)))
    cues = cast(Mapping[str, list[str]], raw.get("context_cues", {}))
    return CodeRules(
        base=base, variants=variants,
        cameo_by_status=cast(Mapping[str, str], raw.get("cameo_by_status", {})),
        default_variant=cast("str | None", raw.get("default_variant")),
        mode_from_variant=bool(raw.get("mode_from_variant", False)),
        multilateral_from=int(cast(int, raw.get("multilateral_from", 0))),
        single_actor_variant=cast("str | None", raw.get("single_actor_variant")),
        context_cues={k: frozenset(v) for k, v in cues.items()},
    )


def _consolidation(raw: Mapping[str, object]) -> Consolidation:
    base = Consolidation()
    return Consolidation(
        slack=int(cast(int, raw.get("slack", base.slack))),
        lookback=int(cast(int, raw.get("lookback", base.lookback))),
        lookahead=int(cast(int, raw.get("lookahead", base.lookahead))),
        deal=bool(raw.get("deal", base.deal)),
        actors="all" if raw.get("actors") == "all" else "key",
        family_by_plover=bool(raw.get("family_by_plover", base.family_by_plover)))


def parse_spec(raw: Mapping[str, object], source: str) -> KindSpec:
    """A checked :class:`KindSpec` from the JSON of one spec file (``source`` names it)."""
    check_spec(raw, source)
    roles = tuple(
        RoleSpec(name=name, type=cast(RoleType, r["type"]), key=bool(r.get("key", False)),
                 required=bool(r.get("required", False)),
                 direction=cast("Literal['directed', 'symmetric'] | None", r.get("direction")),
                 plover_source=bool(r.get("plover_source", False)),
                 min_actors=int(cast(int, r.get("min_actors", 0))))
        for name, r in cast(Mapping[str, Mapping[str, object]], raw["roles"]).items())
    status = cast(Mapping[str, list[str]], raw.get("status", {}))
    cons = cast(Mapping[str, object], raw.get("consolidation", {}))
    return KindSpec(
        kind=str(raw["kind"]), description=str(raw["description"]),
        order=int(cast(int, raw["order"])),
        detector=str(raw["detector"]), roles=roles,
        codes=_codes(cast(Mapping[str, object], raw["codes"])),
        consolidation=_consolidation(cons),
        lexicon=LexiconEntry(cast("dict[str, list[str] | dict[str, str]]",
                                  raw.get("lexicon", {})), source),
        ladder=tuple(status.get("ladder", ())), final_statuses=tuple(status.get("final", ())),
        prefilter_words=tuple(cast(list[str], raw.get("prefilter_words", []))),
        opening_words=tuple(cast(list[str], raw.get("opening_words", []))),
        fallback=bool(raw.get("fallback", False)),
        distinct_directed=bool(raw.get("distinct_directed", False)),
        dated_by_publication=bool(raw.get("dated_by_publication", False)), source=source,
    )


def _read(path: Traversable) -> KindSpec:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: cannot read this event-kind spec ({exc}); fix the JSON") from exc
    if not isinstance(raw, dict):
        raise DataError(f"{path}: an event-kind spec is a JSON object")
    spec = parse_spec(raw, str(path))
    if path.name != f"{spec.kind}.json":
        raise DataError(f"{path}: field 'kind' is {spec.kind!r}; name the file {spec.kind}.json")
    return spec


def detector_module(spec: KindSpec) -> ModuleType:
    """Import the spec's detector module, checking its ``LEXICON_FIELDS`` against the spec.

    Done when the pipeline is built (not when specs load: eval and the store need no parser).
    """
    try:
        module = importlib.import_module(spec.detector)
    except ImportError as exc:
        raise DataError(f"{spec.source}: field 'detector': cannot import {spec.detector!r} "
                        f"({exc}); name an importable module") from exc
    _check_lexicon(spec, module)
    return module


def _check_lexicon(spec: KindSpec, module: ModuleType) -> None:
    """The detector module's ``LEXICON_FIELDS`` must be exactly the lexicon's fields."""
    wanted = getattr(module, "LEXICON_FIELDS", None)
    if wanted is None:
        return
    have = set(spec.lexicon)
    for name in sorted(set(wanted) - have):
        raise DataError(f"{spec.source}: field 'lexicon.{name}' is missing; "
                        f"{spec.detector} reads it")
    for name in sorted(have - set(wanted)):
        raise DataError(f"{spec.source}: field 'lexicon.{name}' is not among "
                        f"{spec.detector}.LEXICON_FIELDS {sorted(wanted)}; fix its name")


def _spec_files() -> list[Traversable]:
    folders = [resources.files("factwire.events") / "data" / "kinds"]
    for package in filter(None, (p.strip() for p in os.environ.get(PACKAGES_ENV, "").split(","))):
        folders.append(resources.files(package))
    return [p for folder in folders for p in sorted(folder.iterdir(), key=lambda t: t.name)
            if p.name.endswith(".json")]


@functools.cache
def all_specs() -> tuple[KindSpec, ...]:
    """Every kind, in detection order (the order of ``order`` fields)."""
    specs: dict[str, KindSpec] = {}
    for path in _spec_files():
        spec = _read(path)
        if spec.kind in specs:
            raise DataError(f"{path}: kind {spec.kind!r} is already defined by "
                            f"{specs[spec.kind].source}; give it another name")
        specs[spec.kind] = spec
    return tuple(sorted(specs.values(), key=lambda s: (s.order, s.kind)))


def reload_specs() -> None:
    """Forget the loaded specs (after ``$FACTWIRE_KIND_PACKAGES`` changes)."""
    all_specs.cache_clear()


def kinds() -> tuple[str, ...]:
    """Every event kind, ``other`` included."""
    return tuple(s.kind for s in all_specs())


def scored_kinds() -> tuple[str, ...]:
    """The kinds of EVENTS.md section 2 that evaluation scores (the fallback kind is not)."""
    return tuple(s.kind for s in all_specs() if not s.fallback)


def spec_of(kind: str) -> KindSpec | None:
    return _by_kind(all_specs()).get(kind)


@functools.cache
def _by_kind(specs: tuple[KindSpec, ...]) -> dict[str, KindSpec]:
    return {s.kind: s for s in specs}


def get_spec(kind: str) -> KindSpec:
    spec = spec_of(kind)
    if spec is None:
        raise DataError(f"event kind {kind!r} has no spec; add events/data/kinds/{kind}.json "
                        f"(known kinds: {', '.join(kinds())})")
    return spec


def ladder_rank(status: str | None) -> int:
    """A status's step on its kind's ladder (1 = first; 0 = unknown), for any kind."""
    ranks = [s.status_rank(status) + 1 for s in all_specs() if status in s.statuses]
    return max(ranks, default=0)
