"""The schema of an event-kind spec, checked field by field so a typo names its file and field.

Written as plain checks (no schema library in the dependencies); each rule says which fields
may appear, which must, and what type their values have. Unknown fields are errors: a
misspelt ``"prefilter_word"`` would otherwise be ignored silently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from factwire.model import DataError

Check = Callable[[object], bool]


def _str(v: object) -> bool:
    return isinstance(v, str) and bool(v)


def _opt_str(v: object) -> bool:
    return v is None or _str(v)


def _bool(v: object) -> bool:
    return isinstance(v, bool)


def _int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _strs(v: object) -> bool:
    return isinstance(v, list) and all(_str(x) for x in v)


def _str_map(v: object) -> bool:
    return isinstance(v, dict) and all(_str(x) for x in v.values())


def _lexicon_value(v: object) -> bool:
    return _strs(v) or _str_map(v)


def _one_of(*values: str) -> Check:
    return lambda v: v in values


TOP: dict[str, tuple[bool, Check, str]] = {
    "kind": (True, _str, "a kind name"),
    "description": (True, _str, "a sentence"),
    "order": (True, _int, "a non-negative integer (detection order)"),
    "detector": (True, _str, "a module path"),
    "roles": (True, lambda v: isinstance(v, dict) and bool(v), "an object of roles"),
    "codes": (True, lambda v: isinstance(v, dict), "an object"),
    "consolidation": (False, lambda v: isinstance(v, dict), "an object"),
    "lexicon": (False, lambda v: isinstance(v, dict), "an object"),
    "status": (False, lambda v: isinstance(v, dict), "an object"),
    "prefilter_words": (False, _strs, "a list of words"),
    "opening_words": (False, _strs, "a list of words"),
    "fallback": (False, _bool, "true or false"),
    "dated_by_publication": (False, _bool, "true or false"),
    "distinct_directed": (False, _bool, "true or false"),
}
ROLE: dict[str, tuple[bool, Check, str]] = {
    "type": (True, _one_of("actor", "entity", "system", "place", "literal", "time"),
             "one of actor, entity, system, place, literal, time"),
    "key": (False, _bool, "true or false"),
    "required": (False, _bool, "true or false (must be filled, though it does not identify)"),
    "direction": (False, _one_of("directed", "symmetric"), "directed or symmetric"),
    "plover_source": (False, _bool, "true or false"),
    "min_actors": (False, _int, "a non-negative integer"),
}
PLOVER: dict[str, tuple[bool, Check, str]] = {
    "type": (True, _str, "a PLOVER type"),
    "mode": (False, _opt_str, "a PLOVER mode or null"),
    "context": (False, _strs, "a list of PLOVER contexts"),
}
VARIANT: dict[str, tuple[bool, Check, str]] = {
    "plover": (False, lambda v: isinstance(v, dict), "an object"),
    "cameo": (False, _str, "a CAMEO code string"),
}
CODES: dict[str, tuple[bool, Check, str]] = {
    "plover": (True, lambda v: isinstance(v, dict), "an object"),
    "cameo": (True, _str, "a CAMEO code string"),
    "variants": (False, lambda v: isinstance(v, dict), "an object of variants"),
    "cameo_by_status": (False, _str_map, "an object mapping status to CAMEO code"),
    "default_variant": (False, _str, "a variant name"),
    "mode_from_variant": (False, _bool, "true or false"),
    "multilateral_from": (False, _int, "a number of actors"),
    "single_actor_variant": (False, _str, "a variant name"),
    "context_cues": (False, lambda v: isinstance(v, dict) and all(_strs(x) for x in v.values()),
                     "an object mapping a context to a list of words"),
}
CONSOLIDATION: dict[str, tuple[bool, Check, str]] = {
    "slack": (False, _int, "a number of days"),
    "lookback": (False, _int, "a number of days"),
    "lookahead": (False, _int, "a number of days"),
    "deal": (False, _bool, "true or false"),
    "actors": (False, _one_of("key", "all"), "key or all"),
    "family_by_plover": (False, _bool, "true or false"),
}
STATUS: dict[str, tuple[bool, Check, str]] = {
    "ladder": (True, _strs, "a list of statuses, earliest first"),
    "final": (False, _strs, "a list of statuses that end the event"),
}


def _check(obj: Mapping[str, object], rules: dict[str, tuple[bool, Check, str]],
           source: str, where: str) -> None:
    for name in obj:
        if name not in rules:
            raise DataError(f"{source}: field '{where}{name}' is unknown; "
                            f"expected one of {', '.join(sorted(rules))}")
    for name, (required, _ok, what) in rules.items():
        if required and name not in obj:
            raise DataError(f"{source}: field '{where}{name}' is missing; it must be {what}")
    for name, value in obj.items():
        rule = rules[name]
        if not rule[1](value):
            raise DataError(f"{source}: field '{where}{name}' is {value!r}; it must be {rule[2]}")


def check_spec(raw: Mapping[str, object], source: str) -> None:
    """Raise :class:`DataError` naming ``source`` and the field at the first violation."""
    _check(raw, TOP, source, "")
    roles = raw["roles"]
    assert isinstance(roles, dict)
    for name, role in roles.items():
        if not isinstance(role, dict):
            raise DataError(f"{source}: field 'roles.{name}' must be an object")
        _check(role, ROLE, source, f"roles.{name}.")
    codes = raw["codes"]
    assert isinstance(codes, dict)
    _check(codes, CODES, source, "codes.")
    _check(codes["plover"], PLOVER, source, "codes.plover.")
    for name, variant in codes.get("variants", {}).items():
        if not isinstance(variant, dict):
            raise DataError(f"{source}: field 'codes.variants.{name}' must be an object")
        _check(variant, VARIANT, source, f"codes.variants.{name}.")
        if "plover" in variant:
            _check(variant["plover"], PLOVER, source, f"codes.variants.{name}.plover.")
    for section, rules in (("consolidation", CONSOLIDATION), ("status", STATUS)):
        value = raw.get(section)
        if isinstance(value, dict):
            _check(value, rules, source, f"{section}.")
    lexicon = raw.get("lexicon", {})
    assert isinstance(lexicon, dict)
    for name, value in lexicon.items():
        if not _lexicon_value(value):
            raise DataError(f"{source}: field 'lexicon.{name}' must be a list of words "
                            f"or an object mapping words to labels")
