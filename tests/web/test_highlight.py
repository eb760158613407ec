"""Highlighted pieces from offsets, and the chart geometry: pure functions, exact outputs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factwire.web.charts import network, timeline, year_fraction
from factwire.web.highlight import Mark, pieces


def test_nested_and_overlapping_marks_split_into_pieces() -> None:
    text = '"Talks went well," Anna Berg said.'
    quote = Mark(1, 16, "quote")
    name = Mark(19, 28, "person", "person: Anna Berg", "/actors/person:anna-berg")
    said = Mark(24, 33, "trigger", "event", "/events/3")
    out = pieces(text, [said, quote, name])
    assert [(p.text, p.classes, p.href) for p in out] == [
        ('"', "", None),
        ("Talks went well", "m-quote", None),
        ('," ', "", None),
        ("Anna ", "m-person", "/actors/person:anna-berg"),
        ("Berg", "m-person m-trigger", "/events/3"),
        (" said", "m-trigger", "/events/3"),
        (".", "", None),
    ]


def test_offsets_of_a_sentence_inside_an_article() -> None:
    out = pieces("met in Oslo.", [Mark(107, 111, "place"), Mark(0, 5, "actor")], offset=100)
    assert [(p.text, p.classes) for p in out] == [("met in ", ""), ("Oslo", "m-place"),
                                                  (".", "")]


spans = st.tuples(st.integers(-5, 60), st.integers(-5, 60))


@given(st.text(max_size=50), st.lists(spans, max_size=8))
def test_pieces_always_join_back_into_the_text(text: str, raw: list[tuple[int, int]]) -> None:
    marks = [Mark(a, b, "x") for a, b in raw]
    out = pieces(text, marks)
    assert "".join(p.text for p in out) == text
    assert all(p.text for p in out)
    position = 0
    for p in out:  # every mark on a piece covers all of it
        assert all(m.start <= position and position + len(p.text) <= m.end for m in p.marks)
        position += len(p.text)


def test_year_fraction_reads_each_precision() -> None:
    assert year_fraction("2018") == 2018.5
    assert year_fraction("2018-07") == 2018.5 + 1 / 24
    assert year_fraction("~2018-01-01") == 2018.0
    assert year_fraction(None) is None and year_fraction("soon") is None


def test_timeline_puts_one_dot_per_dated_event_in_its_kind_lane() -> None:
    rows = [{"id": 1, "date": "2018-01-01", "kind": "meeting", "who": "A, B"},
            {"id": 2, "date": "2019-12-31", "kind": "visit", "who": "A -> B"},
            {"id": 3, "date": None, "kind": "visit", "who": "A -> B"}]
    chart = timeline(rows)
    assert chart is not None
    assert [lane["kind"] for lane in chart.lanes] == ["meeting", "visit"]
    assert [(d["id"], d["y"]) for d in chart.dots] == [(1, 34), (2, 62)]
    assert chart.dots[0]["x"] == 150.0 and chart.dots[1]["x"] < chart.width - 20
    assert timeline(rows[2:]) is None
    same = timeline([{"id": i, "date": "2018-05", "kind": "call"} for i in range(3)])
    assert same is not None and [d["y"] for d in same.dots] == [34, 38, 30]


def test_network_edges_grow_with_events() -> None:
    chart = network("Russia", [
        {"actor": "IND", "events": 4, "kinds": {"meeting": 1, "arms_transfer": 3}},
        {"actor": "CHN", "events": 1, "kinds": {"meeting": 1}}])
    assert chart is not None
    assert [(n["actor"], n["kind"], n["width"]) for n in chart.nodes] == [
        ("IND", "arms_transfer", 8.0), ("CHN", "meeting", 3.1)]
    assert network("Nobody", []) is None
