"""Grouping reports into real-world events: the same groups whatever the order."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from factwire.dedup import Group, Report, choose, cluster, fits
from factwire.dedup.cluster import groups_match, time_gap
from factwire.dedup.keys import ANCHORED, DAY, MONTH

D = dt.date


def _r(ref: int, article: str, lo: D | None, hi: D | None, precision: int,
       actors: str = "RUS TUR IRN", place: str | None = None, kind: str = "meeting",
       family: str | None = None) -> Report:
    return Report(ref, article, f"V{ref}", kind, family or f"{kind}|||sys=|",
                  frozenset(actors.split()), place, lo, hi, precision)


def _groups(reports: list[Report]) -> set[frozenset[int]]:
    return {frozenset(r.ref for r in g) for g in cluster(reports)}


SOCHI = [
    _r(1, "a", D(2018, 1, 29), D(2018, 1, 30), DAY, place="sochi"),
    _r(2, "b", D(2018, 1, 30), D(2018, 1, 30), DAY, "RUS TUR"),
    _r(3, "c", D(2018, 1, 1), D(2018, 1, 31), MONTH, "RUS IRN TUR SYR"),
    _r(4, "d", D(2018, 1, 10), D(2018, 2, 9), ANCHORED, "RUS SYR", place="sochi"),
    _r(5, "e", D(2018, 5, 14), D(2018, 5, 14), DAY, "RUS TUR"),  # a later meeting
]


def test_reports_of_one_meeting_group_together_and_a_later_meeting_stays_apart() -> None:
    assert _groups(SOCHI) == {frozenset({1, 2, 3, 4}), frozenset({5})}


def test_grouping_is_the_same_in_every_order() -> None:
    expected = _groups(SOCHI)
    for order in itertools.permutations(SOCHI):
        assert _groups(list(order)) == expected


def test_a_vague_report_does_not_chain_two_distinct_meetings() -> None:
    first = _r(1, "a", D(2018, 9, 3), D(2018, 9, 3), DAY, "RUS TUR")
    second = _r(2, "b", D(2018, 9, 24), D(2018, 9, 24), DAY, "RUS TUR")
    vague = _r(3, "c", D(2018, 9, 1), D(2018, 9, 30), MONTH, "RUS TUR")
    groups = _groups([vague, second, first])
    assert groups == {frozenset({1, 3}), frozenset({2})}  # the vague one joins the earlier


def test_reports_a_few_days_apart_do_not_chain_through_a_widening_anchor() -> None:
    days = [_r(i, f"a{i}", D(2017, 11, 19 + 3 * i), D(2017, 11, 19 + 3 * i), DAY)
            for i in range(4)]  # the 19th, 22nd, 25th, 28th: each 3 days from the next
    assert _groups(days) == {frozenset({0, 1}), frozenset({2, 3})}
    week = _r(9, "w", D(2017, 11, 20), D(2017, 11, 26), DAY)  # "last week"
    assert Group.of([week, days[1]]).lo == D(2017, 11, 22)  # the single day anchors


def test_two_events_of_one_article_are_never_merged() -> None:
    a = _r(1, "same", D(2019, 3, 12), D(2019, 3, 12), DAY)
    b = _r(2, "same", D(2019, 3, 13), D(2019, 3, 13), DAY)
    assert _groups([a, b]) == {frozenset({1}), frozenset({2})}


def test_actor_sets_must_share_two_actors_unless_the_place_is_the_same() -> None:
    day = (D(2019, 3, 12), D(2019, 3, 12), DAY)
    rus_tur = _r(1, "a", *day, "RUS TUR")
    rus_irn = _r(2, "b", *day, "RUS IRN")
    assert len(cluster([rus_tur, rus_irn])) == 2
    in_sochi = [_r(3, "c", *day, "RUS TUR", place="sochi"),
                _r(4, "d", *day, "RUS IRN", place="sochi")]
    assert len(cluster(in_sochi)) == 1


def test_coarse_dates_must_overlap_exact_ones_may_be_a_few_days_apart() -> None:
    congress = _r(1, "a", D(2018, 1, 1), D(2018, 1, 31), MONTH, "RUS SYR")
    earlier_talks = _r(2, "b", D(2017, 1, 1), D(2017, 12, 31), 1, "RUS SYR")  # "this year"
    planned = _r(3, "c", D(2018, 2, 1), D(2018, 2, 28), MONTH, "RUS SYR")
    assert len(cluster([congress, earlier_talks, planned])) == 3


def test_reports_further_apart_than_the_kind_allows_are_separate() -> None:
    a = _r(1, "a", D(2019, 3, 1), D(2019, 3, 1), DAY)
    b = _r(2, "b", D(2019, 3, 4), D(2019, 3, 4), DAY)  # 3 days: one meeting
    c = _r(3, "c", D(2019, 3, 9), D(2019, 3, 9), DAY)  # 5 more days: another
    assert _groups([a, b, c]) == {frozenset({1, 2}), frozenset({3})}
    calls = [_r(4, "a", D(2019, 3, 1), D(2019, 3, 1), DAY, kind="call"),
             _r(5, "b", D(2019, 3, 3), D(2019, 3, 3), DAY, kind="call")]
    assert len(cluster(calls)) == 2  # a call allows one day


def test_undated_deal_reports_join_the_best_supported_deal() -> None:
    family = "arms_transfer||RUS>IND|sys=weapon:s-400|"
    deal = [_r(1, "a", D(2018, 10, 5), D(2018, 10, 5), DAY, "", kind="arms_transfer",
               family=family),
            _r(2, "b", D(2018, 10, 1), D(2018, 10, 31), MONTH, "", kind="arms_transfer",
               family=family)]
    older = [_r(3, "c", D(2012, 1, 1), D(2012, 12, 31), 1, "", kind="arms_transfer",
                family=family)]
    undated = _r(4, "d", None, None, ANCHORED, "", kind="arms_transfer", family=family)
    groups = [Group.of(older, 0), Group.of(deal, 1)]
    assert choose(undated, groups) == 1
    already = _r(5, "a", None, None, ANCHORED, "", kind="arms_transfer", family=family)
    assert choose(already, groups) == 0  # article "a" is already in the 2018 deal
    assert fits(already, groups[1])  # ... though its dates and actors would fit it
    groups = _groups([*deal, *older, undated])
    assert groups == {frozenset({1, 2, 4}), frozenset({3})}


def test_random_orders_of_a_larger_set_agree() -> None:
    rng = random.Random(7)
    reports = []
    for i in range(60):
        start = D(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 200))
        precision = rng.choice([DAY, DAY, MONTH, ANCHORED])
        lo, hi = ((start, start) if precision == DAY else
                  (start.replace(day=1), start.replace(day=28)) if precision == MONTH else
                  (start - dt.timedelta(days=30), start))
        reports.append(_r(i, f"art{i}", lo, hi, precision, rng.choice(["RUS TUR", "RUS IRN TUR"])))
    expected = _groups(reports)
    for _ in range(20):
        rng.shuffle(reports)
        assert _groups(reports) == expected


def test_a_group_is_anchored_on_its_most_precise_report() -> None:
    group = Group.of([SOCHI[2], SOCHI[3], SOCHI[1], SOCHI[0]])
    assert (group.lo, group.hi, group.precision) == (D(2018, 1, 30), D(2018, 1, 30), DAY)
    assert (group.size, group.actors, group.places) == (
        4, {"RUS", "TUR", "IRN", "SYR"}, {"sochi"})
    assert not fits(SOCHI[4], group)


def test_two_partial_views_of_one_congress_are_merged() -> None:
    """No single report bridges them: the misdated report anchors one group on the 27th, the
    other names the opposition differently; as groups they share two actors and January."""
    views = [_r(1, "a", D(2018, 1, 27), D(2018, 1, 27), DAY, "RUS SYR SNC"),
             _r(2, "b", D(2018, 1, 1), D(2018, 1, 31), MONTH, "RUS SYR"),
             _r(3, "c", D(2018, 1, 1), D(2018, 1, 31), MONTH, "RUS OPP", place="sochi"),
             _r(4, "d", D(2017, 12, 5), D(2018, 1, 4), ANCHORED, "RUS SYR DIALOGUE",
                place="sochi")]
    assert _groups(views) == {frozenset({1, 2, 3, 4})}


def test_groups_in_different_places_or_sharing_an_article_stay_apart() -> None:
    vienna = Group.of([_r(1, "a", D(2018, 1, 26), D(2018, 1, 26), DAY, "RUS SYR UN",
                          place="vienna")])
    sochi = Group.of([_r(2, "b", D(2018, 1, 29), D(2018, 1, 29), DAY, "RUS SYR TUR",
                         place="sochi")])
    assert not groups_match(vienna, sochi)
    sochi.places.clear()
    assert groups_match(vienna, sochi)
    sochi.articles.add("a")
    assert not groups_match(vienna, sochi)


def test_time_gap_counts_days_between_intervals() -> None:
    assert time_gap(D(2018, 1, 1), D(2018, 1, 5), D(2018, 1, 8), D(2018, 1, 9)) == 3
    assert time_gap(D(2018, 1, 8), D(2018, 1, 9), D(2018, 1, 1), D(2018, 1, 5)) == 3
    assert time_gap(D(2018, 1, 1), D(2018, 1, 9), D(2018, 1, 5), D(2018, 1, 6)) == 0
    assert time_gap(None, None, D(2018, 1, 5), D(2018, 1, 6)) == 0
