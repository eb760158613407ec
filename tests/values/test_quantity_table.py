"""parse_quantity() and find_quantities(): counts before nouns, and numbers that are not counts."""

from __future__ import annotations

import pytest

from factwire.values import find_quantities, parse_quantity

PARSE_ROWS: list[tuple[str, int | None]] = [
    ("five S-400 systems", 5),
    ("two dozen", 24),
    ("12", 12),
    ("1,000 troops", 1000),
    ("three hundred", 300),
    ("a dozen", 12),
    ("up to 36 Rafale jets", 36),
    ("dozens of", None),
    ("six nuclear power plants", 6),
    ("first missile system", None),
    ("twenty-five helicopters", 25),
    ("twenty five helicopters", 25),
    ("three hundred and fifty tanks", 350),
    ("two thousand five hundred rifles", 2500),
    ("a hundred drones", 100),
    ("a thousand soldiers", 1000),
    ("half a dozen frigates", 6),
    ("1.5 million rounds", 1_500_000),
    ("2 million people", 2_000_000),
    ("more than 140 attacks", 140),
    ("at least 12", 12),
    ("about 800 fighters", 800),
    ("between 10 and 20 ships", 10),
    ("Eleven submarines", 11),
    ("ninety-nine", 99),
    ("hundreds of thousands of civilians", None),
    ("several batteries", None),
    ("the third regiment", None),
    ("18th commission", None),
    ("2.5 tonnes", None),
    ("S-400", None),
    ("", None),
]


@pytest.mark.parametrize(("words", "value"), PARSE_ROWS, ids=[r[0] for r in PARSE_ROWS])
def test_parse_quantity(words: str, value: int | None) -> None:
    assert parse_quantity(words) == value


# (text, mention text, value, kind, bound, head text)
FIND_ROWS: list[tuple[str, str, int | None, str, str, str | None]] = [
    ("Russia will deliver five S-400 systems.", "five", 5, "cardinal", "exact", "S-400"),
    ("India plans to buy up to 36 Rafale jets.", "up to 36", 36, "cardinal", "max", "Rafale"),
    ("They agreed to build six nuclear power plants.", "six", 6, "cardinal", "exact",
     "nuclear"),
    ("The US sent 1,000 troops.", "1,000", 1000, "cardinal", "exact", "troops"),
    ("It ordered two dozen helicopters.", "two dozen", 24, "cardinal", "exact", "helicopters"),
    ("Russia will deliver the first missile system.", "first", None, "ordinal", "exact",
     "missile"),
    ("Dozens of drones were launched.", "Dozens of", None, "vague", "exact", "drones"),
    ("More than 140 attacks took place.", "More than 140", 140, "cardinal", "min", "attacks"),
    ("between 10 and 20 ships sailed", "between 10 and 20", 10, "cardinal", "range", "ships"),
    ("some 3,000 soldiers took part", "some 3,000", 3000, "cardinal", "approx", "soldiers"),
    ("It sold 4 (four) jets.", "4", 4, "cardinal", "exact", None),
    ("The sale covers four (4) launchers.", "four", 4, "cardinal", "exact", "launchers"),
    ("a 1,000-strong force", "1,000", 1000, "cardinal", "exact", None),
    ("the 18th summit", "18th", None, "ordinal", "exact", "summit"),
    # a designation after the echoed figure is the head, not the article "an"
    ("Eighty (80) AN/APG-82 radars", "Eighty", 80, "cardinal", "exact", None),
    # after a name, a number before another name counts it ("give Chile 12 Hawk jets")
    ("Madrid will give Chile 12 Hawk jets.", "12", 12, "cardinal", "exact", "Hawk"),
]


@pytest.mark.parametrize(("text", "mention", "value", "kind", "bound", "head"), FIND_ROWS,
                         ids=[r[0] for r in FIND_ROWS])
def test_find_quantities(text: str, mention: str, value: int | None, kind: str, bound: str,
                         head: str | None) -> None:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.value, q.kind, q.bound) == (mention, value, kind, bound)
    assert text[q.span.start:q.span.end] == q.text
    assert (q.head.text(text) if q.head else None) == head


@pytest.mark.parametrize("text", [
    "The S-400 can engage targets 400 kilometers away.",   # designation and distance
    "Talks took place on December 3 in Delhi.",            # day of the month
    "The deal was signed in 2018.",                        # a year
    "The army grew by 5% last year.",                      # a percentage
    "It was worth $5 billion.",                            # money
    "Project 11356 frigates are being built.",             # a designation
    "He was aged 93 when he died.",                        # an age
    "The talks lasted three days.",                        # a duration
    "Call (703) 601-3859 for details.",                    # a phone number
    "No one else came.",                                   # an idiom
    "It was one of the largest deals.",                    # a partitive
    "Kamov-226 helicopters will be built.",                # a model number
    "Spain sent Leopard 2 tanks.",                         # the end of a name
    "The Type 054 Frigates sailed.",                       # a designation before a name
])
def test_not_quantities(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind == "cardinal"] == []


def test_several_counts_in_order() -> None:
    text = "The package has 100 grenade launchers, 5,000 rifles and 1,000 pistols."
    assert [(q.text, q.value) for q in find_quantities(text)] == [
        ("100", 100), ("5,000", 5000), ("1,000", 1000)]


def test_offsets_into_larger_text() -> None:
    text = "Intro text. Russia sold five systems. India sold two ships."
    second = text.index("India")
    (q,) = find_quantities(text, second)
    assert (q.text, q.span.start, q.value) == ("two", text.index("two"), 2)


def test_tables_are_large_enough() -> None:
    assert len(PARSE_ROWS) + len(FIND_ROWS) >= 30
    assert len(PARSE_ROWS) >= 30
