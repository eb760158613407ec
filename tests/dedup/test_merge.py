"""Merging the reports of one event: the specific date, the majority figure, conflicts kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factwire.dedup import SourceArg, SourceValues, merge
from factwire.dedup.merge import votes, winner

BASE = SourceValues(article="a", published=dt.date(2018, 10, 6), plover_type="COOPERATE",
                    plover_mode=None, plover_context=("military",), cameo="062",
                    time_start=None, time_end=None, status=None, quantity=None,
                    value_amount=None, value_currency=None, modality="asserted",
                    confidence=0.5)


def _v(article: str, **changes: object) -> SourceValues:
    return dataclasses.replace(BASE, article=article, **changes)  # type: ignore[arg-type]


def test_votes_count_each_article_once() -> None:
    counts = votes([(5, "a"), (5, "a"), (5, "b"), (6, "c")])
    assert counts == {5: 2, 6: 1}
    assert winner({5: 1, 6: 1}, tie=lambda q: q) == 5
    assert winner({}, tie=str) is None


def test_the_most_specific_date_wins_and_coarser_agreeing_dates_are_no_conflict() -> None:
    merged = merge([_v("a", time_start="2018"), _v("b", time_start="2018-10"),
                    _v("c", time_start="2018-10-05"), _v("d", time_start="2018-10-05")])
    assert (merged.time_start, merged.time_end) == ("2018-10-05", None)
    assert (merged.date_lo, merged.date_hi) == (dt.date(2018, 10, 5), dt.date(2018, 10, 5))
    assert "time" not in merged.conflicts


def test_the_shortest_date_wins_then_the_one_most_sources_agree_with() -> None:
    merged = merge([_v("a", time_start="2019-03-11", time_end="2019-03-11"),
                    _v("b", time_start="2019-03-12", time_end="2019-03-13"),
                    _v("c", time_start="2019-03-13", time_end="2019-03-13"),
                    _v("d", time_start="2019-03")])
    assert (merged.time_start, merged.time_end) == ("2019-03-13", "2019-03-13")
    assert merged.conflicts["time"] == {"2019-03": 1, "2019-03-11": 1,
                                        "2019-03-12/2019-03-13": 1, "2019-03-13": 1}


def test_a_deal_is_dated_by_its_order_and_its_steps_are_not_conflicts() -> None:
    merged = merge([_v("a", status="ordered", time_start="2018-10-05",
                       args=(SourceArg("order_time", value="2018-10-05"),)),
                    _v("b", status="delivered", time_start="2021-12",
                       published=dt.date(2021, 12, 14))], "arms_transfer")
    assert (merged.time_start, merged.order_time, merged.delivery_times) == (
        "2018-10-05", "2018-10-05", ("2021-12",))
    assert merged.conflicts == {}


def test_disagreeing_dates_are_kept_as_a_conflict() -> None:
    merged = merge([_v("a", time_start="2018-10-05"), _v("b", time_start="2018-10-05"),
                    _v("c", time_start="2018-10-04"), _v("d", time_start="2017")])
    assert merged.time_start == "2018-10-05"
    assert merged.conflicts["time"] == {"2017": 1, "2018-10-04": 1, "2018-10-05": 2}


def test_quantity_and_value_follow_the_most_sources_with_conflicts_visible() -> None:
    merged = merge([
        _v("a", quantity=5, value_amount=5.43e9, value_currency="USD"),
        _v("b", quantity=5, value_amount=5.0e9, value_currency="USD"),
        _v("c", quantity=6, value_amount=5.0e9, value_currency="USD"),
        _v("d"),
    ])
    assert (merged.quantity, merged.value_amount, merged.value_currency) == (5, 5.0e9, "USD")
    assert merged.conflicts["quantity"] == {"5": 2, "6": 1}
    assert merged.conflicts["value"] == {"5000000000 USD": 2, "5430000000 USD": 1}
    assert (merged.n_sources, merged.n_reports) == (4, 4)


def test_a_tie_takes_the_smaller_figure() -> None:
    assert merge([_v("a", quantity=6), _v("b", quantity=5)]).quantity == 5


def test_status_is_the_latest_reports_and_modality_asserted_once_anyone_asserts() -> None:
    merged = merge([
        _v("a", published=dt.date(2018, 10, 6), status="ordered", modality="future"),
        _v("b", published=dt.date(2021, 12, 14), status="delivered"),
        _v("c", published=dt.date(2019, 3, 1), status="ordered", modality="hypothetical"),
    ])
    assert merged.status == "delivered"
    assert "status" not in merged.conflicts  # ordered, then delivered: progress
    assert merged.modality == "asserted"
    backwards = merge([_v("a", published=dt.date(2018, 10, 6), status="ordered"),
                       _v("b", published=dt.date(2019, 1, 2), status="planned")])
    assert backwards.status == "planned"
    assert backwards.conflicts["status"] == {"ordered": 1, "planned": 1}
    assert merge([_v("a", modality="future"), _v("b", modality="future"),
                  _v("c", modality="negated")]).modality == "future"


def test_deal_times_come_from_arguments_then_from_dated_steps() -> None:
    merged = merge([
        _v("a", status="ordered", time_start="2018-10-05",
           args=(SourceArg("order_time", value="2018-10-05"),
                 SourceArg("delivery_time", value="2020"))),
        _v("b", status="delivered", time_start="2021-12"),
        _v("c", args=(SourceArg("delivery_time", value="2021"),)),
    ])
    assert merged.order_time == "2018-10-05"
    assert merged.delivery_times == ("2020", "2021-12")  # "2021" is refined by "2021-12"
    no_args = merge([_v("a", status="ordered", time_start="2018-10")])
    assert no_args.order_time == "2018-10"


def test_arguments_are_merged_with_their_support() -> None:
    merged = merge([
        _v("a", args=(SourceArg("supplier", 1, "RUS"), SourceArg("recipient", 2, "IND"),
                      SourceArg("system", 7), SourceArg("place", 9))),
        _v("b", args=(SourceArg("supplier", 1, "RUS"), SourceArg("recipient", 2, "IND"),
                      SourceArg("system", 7), SourceArg("system", 8))),
    ])
    supports = {(a.role, a.entity_id): a.support for a in merged.args}
    assert supports == {("place", 9): 1, ("recipient", 2): 2, ("supplier", 1): 2,
                        ("system", 7): 2, ("system", 8): 1}
    assert (merged.system_id, merged.place_id, merged.actors) == (7, 9, ("IND", "RUS"))


def test_independent_sources_raise_confidence() -> None:
    assert merge([_v("a", confidence=0.5)]).confidence == 0.5
    assert merge([_v("a", confidence=0.5), _v("b", confidence=0.5)]).confidence == 0.75
    assert merge([_v("a", confidence=0.5), _v("a", confidence=0.9)]).confidence == 0.9
