"""First-name agreement (entities/gender.py): only plain answers of the name list count."""

from __future__ import annotations

import pytest

from factwire.entities.gender import agrees, name_gender
from factwire.entities.table import Draft


@pytest.mark.parametrize(("first", "gender"), [
    ("Alexander", "male"), ("Maria", "female"), ("Theresa", "female"), ("Hassan", "male"),
    ("Lindsey", None),  # mostly female in the list: not plain enough to rule anyone out
    ("Kheda", None), ("x", None), ("Abu-", None),
])
def test_name_gender(first: str, gender: str | None) -> None:
    assert name_gender(first) == gender


def test_agreement_needs_a_person_a_known_name_and_a_gendered_pronoun() -> None:
    anna = Draft(key="person:anna", kind="person", name="Anna Reyes")
    assert agrees(anna, "she") and agrees(anna, "Her") and not agrees(anna, "he")
    assert agrees(anna, "they")
    assert agrees(Draft(key="org:x", kind="organization", name="Anna Trust"), "he")
    assert agrees(Draft(key="person:k", kind="person", name="Kheda Saratova"), "he")
