"""Grouping reports of one family into real-world events, the same way whatever the order.

:func:`cluster` is a function of the *set* of reports it is given: it sorts them, most
precisely dated first (then by date, then by article and local id), and lets each report join
the best compatible group built so far or start a new one. Precise reports therefore fix the
dates of the groups and vague ones ("last month", undated) attach to them afterwards, which
keeps one vague report from chaining two distinct meetings together.

Two reports from one article never share a group: EVENTS.md asks extractors to merge an
event's mentions within an article, so two events of one article are two real events.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from factwire.dedup.keys import DAY, KindRule, rule_for


@dataclass(frozen=True, slots=True)
class Report:
    """One article's report of an event, as clustering sees it.

    ``ref`` is the caller's handle (a database id); it plays no part in the result.
    ``article`` and ``local_id`` identify the report independently of ingest order.
    """

    ref: int
    article: str
    local_id: str
    kind: str
    family: str
    actors: frozenset[str]
    place: str | None
    lo: dt.date | None
    hi: dt.date | None
    precision: int

    def sort_key(self) -> tuple[int, int, dt.date, str, str]:
        """Most precise first: by precision, then the shortest interval ("on Wednesday"
        before "last week"), then the earliest; article and local id break ties."""
        span = (self.hi - self.lo).days if self.lo and self.hi else 1 << 30
        return (-self.precision, span, self.lo or dt.date.max, self.article, self.local_id)


@dataclass(slots=True)
class Group:
    """A group of reports as matching sees it: its anchor dates, actors, places, articles.

    The anchor is the interval of its most precise report (see :meth:`Report.sort_key`);
    it does not widen as reports join, so reports a few days apart cannot chain one
    meeting into the next. A group is built
    from its reports (:meth:`of`) or, by the store, from the state it keeps per event; then
    ``articles`` holds only the articles the caller needs checked.
    """

    index: int
    family: str
    size: int = 0
    articles: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    lo: dt.date | None = None
    hi: dt.date | None = None
    precision: int | None = None
    members: list[Report] = field(default_factory=list)

    @classmethod
    def of(cls, reports: Sequence[Report], index: int = 0) -> Group:
        group = cls(index, reports[0].family)
        for report in sorted(reports, key=Report.sort_key):
            group.add(report)
        return group

    def add(self, report: Report) -> None:
        self.members.append(report)
        self.size += 1
        self.articles.add(report.article)
        self.actors |= report.actors
        if report.place:
            self.places.add(report.place)
        if report.lo is None or report.hi is None:
            return
        if self.precision is None or report.precision > self.precision:
            self.lo, self.hi, self.precision = report.lo, report.hi, report.precision


def cluster(reports: Sequence[Report]) -> list[list[Report]]:
    """Split ``reports`` (all of one family) into groups, one per real-world event.

    Reports join groups one by one (most precise first); then groups that fit each other
    are merged (:func:`groups_match`), so two partial views of one event that no single
    report bridges still end up together.
    """
    groups: list[Group] = []
    for report in sorted(reports, key=Report.sort_key):
        best = _best(report, groups)
        if best is None:
            best = Group(len(groups), report.family)
            groups.append(best)
        best.add(report)
    return [g.members for g in merge_groups(groups)]


def merge_groups(groups: list[Group]) -> list[Group]:
    """Merge groups that fit each other until none do (the earlier group absorbs the later)."""
    groups = list(groups)
    merged = True
    while merged:
        merged = False
        for i, j in itertools.combinations(range(len(groups)), 2):
            if groups_match(groups[i], groups[j]):
                groups[i] = Group.of([*groups[i].members, *groups[j].members], groups[i].index)
                del groups[j]
                merged = True
                break
    return groups


def groups_match(a: Group, b: Group) -> bool:
    """Are two groups one event? The same test as for a report, on the groups' anchors,
    actors and places, and stricter in two ways: no article may be in both, and two known
    sets of places must share one (talks in Vienna and a congress in Sochi three days
    later stay apart even with the same participants)."""
    rule = rule_for(a.family.split("|", 1)[0])
    if a.family != b.family or a.articles & b.articles:
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    gap = time_gap(a.lo, a.hi, b.lo, b.hi)
    if gap > allowed_gap(rule, a.precision, b.precision):
        return False
    return not rule.symmetric or sets_match(a.actors, a.places, b.actors, b.places, rule)


def choose(report: Report, groups: Sequence[Group]) -> int | None:
    """The ``index`` of the group ``report`` would join (None: it starts its own).

    This is the last step of :func:`cluster` for one report; the store uses it for undated
    reports, which sort last and so cannot change how the other reports are grouped.
    """
    best = _best(report, groups)
    return None if best is None else best.index


def fits(report: Report, group: Group) -> bool:
    """Could ``report`` belong to ``group`` (dates and actors; one article per group aside)?"""
    return _score(report, group, rule_for(report.kind), check_article=False) is not None


def _best(report: Report, groups: Sequence[Group]) -> Group | None:
    rule = rule_for(report.kind)
    best: Group | None = None
    best_score: tuple[int, int, int, int] | None = None
    for group in groups:
        score = _score(report, group, rule)
        if score is not None and (best_score is None or score < best_score):
            best, best_score = group, score
    return best


def _score(report: Report, group: Group, rule: KindRule,
           check_article: bool = True) -> tuple[int, int, int, int] | None:
    """How well ``report`` fits ``group`` (lower is better), or None when it cannot join."""
    if (check_article and report.article in group.articles) or report.family != group.family:
        return None
    gap = time_gap(report.lo, report.hi, group.lo, group.hi)
    if gap > allowed_gap(rule, report.precision, group.precision):
        return None
    shared = len(report.actors & group.actors)
    places = {report.place} if report.place else set()
    if rule.symmetric and not sets_match(set(report.actors), places, group.actors,
                                         group.places, rule):
        return None
    return (-shared, gap, -group.size, group.index)


def allowed_gap(rule: KindRule, precision: int | None, other: int | None) -> int:
    """Days two dates may lie apart: the kind's slack between two exact days (reports that
    misdate a meeting by a day or two), none when either is coarser: "2017" and "January
    2018" are one day apart as intervals but two different times. Deals keep their slack
    at any precision: reports disagree about when a contract was signed."""
    return rule.slack if rule.deal or (precision == DAY and other == DAY) else 0


def sets_match(actors: set[str], places: set[str], other_actors: set[str],
               other_places: set[str], rule: KindRule) -> bool:
    """Do two actor sets name the same event's participants?

    Two shared actors are needed where both sides name two or more (one where either names
    only one); one suffices when both put the event in the same place. A side that names no
    actors matches only through a shared place or a shared system (part of the family).
    """
    same_place = bool(places & other_places)
    if not actors or not other_actors:
        return same_place or rule.system is not None
    need = 1 if same_place else min(2, len(actors), len(other_actors))
    return len(actors & other_actors) >= need


def time_gap(lo: dt.date | None, hi: dt.date | None,
             other_lo: dt.date | None, other_hi: dt.date | None) -> int:
    """Days between two intervals (0 when they overlap or either is unknown)."""
    if lo is None or hi is None or other_lo is None or other_hi is None:
        return 0
    if hi < other_lo:
        return (other_lo - hi).days
    if other_hi < lo:
        return (lo - other_hi).days
    return 0
