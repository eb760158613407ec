"""Event-kind specs: what the packaged specs say, and typos failing at load with file and field."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factwire.dedup.keys import KindRule, rule_for
from factwire.eval.gold import key_roles, statuses, system_role
from factwire.events import lexicon as lexicon_module
from factwire.events.draft import status_rank
from factwire.events.spec import (
    PACKAGES_ENV,
    all_specs,
    detector_module,
    get_spec,
    kinds,
    ladder_rank,
    parse_spec,
    reload_specs,
    scored_kinds,
)
from factwire.model import DataError

PACKAGED = ("meeting", "visit", "call", "agreement", "arms_transfer", "joint_production",
            "exercise", "deployment", "sanction", "threat", "other")


def test_the_packaged_kinds_in_detection_order() -> None:
    assert kinds() == PACKAGED
    assert scored_kinds() == PACKAGED[:-1]


def test_key_roles_and_tables_derived_from_the_specs() -> None:
    assert {k: get_spec(k).key_roles for k in PACKAGED} == {
        "meeting": ("participants",), "visit": ("visitor", "host"), "call": ("participants",),
        "agreement": ("parties",), "arms_transfer": ("supplier", "recipient", "system"),
        "joint_production": ("partners", "system"), "exercise": ("participants",),
        "deployment": ("deployer", "place"), "sanction": ("imposer", "target"),
        "threat": ("source", "target"), "other": ()}
    assert key_roles("arms_transfer") == ("supplier", "recipient")
    assert key_roles("deployment") == ("deployer",)
    assert key_roles("other") is None and key_roles("parade") is None
    assert [k for k in PACKAGED if system_role(k)] == ["arms_transfer", "joint_production"]
    assert statuses("arms_transfer") == ("planned", "approved", "ordered", "delivered",
                                         "cancelled")


def test_directed_kinds_whose_two_sides_must_differ() -> None:
    """A state does not sell to, sanction or threaten itself: such a mention is a misreading
    (complete.py drops it)."""
    assert [k for k in PACKAGED if get_spec(k).distinct_directed] == [
        "arms_transfer", "sanction", "threat"]


def test_dedup_rules_come_from_roles_and_consolidation() -> None:
    assert rule_for("arms_transfer") == KindRule(directed=("supplier", "recipient"),
                                                 system="system", slack=365, deal=True)
    assert rule_for("deployment") == KindRule(directed=("deployer",), place_in_key=True,
                                              slack=31, lookback=365)
    assert rule_for("meeting") == KindRule(symmetric="participants")
    assert rule_for("no-such-kind") == rule_for("other") == KindRule(symmetric="*")


def test_status_ladders_rank_later_steps_higher() -> None:
    assert status_rank("arms_transfer", "delivered") > status_rank("arms_transfer", "ordered")
    assert status_rank("arms_transfer", "cancelled") == 100
    assert status_rank("meeting", "signed") == -1
    assert (ladder_rank("planned"), ladder_rank("agreed"), ladder_rank("ongoing")) == (1, 2, 3)
    assert ladder_rank(None) == 0


def _raw(kind: str = "meeting") -> dict[str, Any]:
    path = Path(get_spec(kind).source)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.update(rols=d.pop("roles")), "'rols' is unknown"),
    (lambda d: d["roles"]["participants"].update(type="actors"), "'roles.participants.type'"),
    (lambda d: d["roles"]["place"].update(kee=True), "'roles.place.kee' is unknown"),
    (lambda d: d["codes"]["plover"].pop("type"), "'codes.plover.type' is missing"),
    (lambda d: d["consolidation"].update(slack="3"), "'consolidation.slack' is '3'"),
    (lambda d: d["lexicon"].update(nouns="meeting"), "'lexicon.nouns' must be a list"),
])
def test_a_spec_typo_names_the_file_and_field(change: Any, field: str) -> None:
    raw = _raw()
    change(raw)
    with pytest.raises(DataError, match="meeting.json: field " + field.replace(".", r"\.")
                       .replace("(", r"\(")):
        parse_spec(raw, "somewhere/meeting.json")


def test_a_lexicon_field_the_detector_does_not_read_fails_when_the_pipeline_loads() -> None:
    raw = _raw("visit")
    raw["lexicon"]["nuons"] = raw["lexicon"].pop("nouns")
    spec = parse_spec(raw, "kinds/visit.json")
    with pytest.raises(DataError, match=r"kinds/visit\.json: field 'lexicon\.nouns' is missing"):
        detector_module(spec)


@pytest.fixture
def extra_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    package = tmp_path / "fw_extra_kinds"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(PACKAGES_ENV, "fw_extra_kinds")
    reload_specs()
    yield package
    monkeypatch.delenv(PACKAGES_ENV)
    sys.modules.pop("fw_extra_kinds", None)  # another test's package is elsewhere
    reload_specs()


def test_a_spec_file_must_be_named_for_its_kind(extra_package: Path) -> None:
    raw = _raw()
    raw["kind"] = "summit"
    (extra_package / "summits.json").write_text(json.dumps(raw), encoding="utf-8")
    reload_specs()
    with pytest.raises(DataError, match=r"summits\.json: field 'kind' is 'summit'"):
        all_specs()


def test_a_kind_defined_twice_is_refused(extra_package: Path) -> None:
    (extra_package / "meeting.json").write_text(json.dumps(_raw()), encoding="utf-8")
    reload_specs()
    with pytest.raises(DataError, match="kind 'meeting' is already defined"):
        all_specs()


def test_the_modality_lexicon_rejects_an_unknown_section(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "lexicon.json").write_text(textwrap.dedent('''
        {"modality": {"future": ["will"], "negatoin": ["not"]}}'''), encoding="utf-8")

    class Files:
        def __truediv__(self, name: str) -> Path:
            return tmp_path / name

    all_specs()  # the kind specs load first, from the package
    monkeypatch.setattr("importlib.resources.files", lambda _pkg: Files())
    lexicon_module._load.cache_clear()
    try:
        with pytest.raises(DataError, match=r"lexicon\.json: field 'modality\.negatoin'"):
            lexicon_module.load_lexicon()
    finally:
        monkeypatch.undo()
        lexicon_module._load.cache_clear()
