"""What identifies an event across articles."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.dedup import ArgEntity, entity_key, features, slug
from factwire.dedup.keys import ANCHORED, DAY, MONTH, UNPLACED, YEAR, iso_interval
from factwire.model import Entity, Event, Mention, Plover, Span, TimeValue, publication_time


def _entity(kind: str, name: str, **kw: str) -> Entity:
    return Entity(id="E", kind=kind, name=name,  # type: ignore[arg-type]
                  mentions=(Mention(Span(0, len(name)), name),), **kw)


def test_entity_keys_prefer_the_gazetteer_id_then_the_actor_then_the_name() -> None:
    assert entity_key(_entity("weapon", "S-400 Triumf", canonical="weapon:s-400")) == "weapon:s-400"
    assert entity_key(_entity("country", "Russian Federation", actor="RUS")) == "country:RUS"
    assert entity_key(_entity("organization", "the alliance", actor="NATO")) == "organization:NATO"
    assert entity_key(_entity("person", "Sergeï  Shoigu")) == "person:sergei-shoigu"
    assert slug("  ¿Qué?  ") == "que"
    assert slug("***") == "unnamed"


def test_a_person_acts_for_their_country_when_no_actor_is_given() -> None:
    assert ArgEntity.of(_entity("person", "Amit Cowshish", country="IND")).match_key == "IND"
    place = ArgEntity.of(_entity("location", "New Delhi", country="IND"))
    assert (place.actor, place.match_key) == (None, "location:new-delhi")


@pytest.mark.parametrize(("value", "expected"), [
    ("2018", (dt.date(2018, 1, 1), dt.date(2018, 12, 31), YEAR)),
    ("2020-02", (dt.date(2020, 2, 1), dt.date(2020, 2, 29), MONTH)),
    ("2018-12-13", (dt.date(2018, 12, 13), dt.date(2018, 12, 13), DAY)),
    ("2018-02-30", None), ("next week", None), ("", None), (None, None),
])
def test_iso_dates_become_intervals_at_their_precision(
        value: str | None, expected: tuple[dt.date, dt.date, int] | None) -> None:
    assert iso_interval(value) == expected


ENTITIES = {
    "E1": ArgEntity("country:RUS", "RUS", "country"),
    "E2": ArgEntity("country:IND", "IND", "country"),
    "E3": ArgEntity("person:sergei-shoigu", "RUS", "person"),
    "E4": ArgEntity("weapon:s-400", None, "weapon"),
    "E5": ArgEntity("location:sochi", None, "location"),
}


def _event(kind: str, args: dict[str, tuple[str, ...] | str], time: TimeValue | None = None,
           modality: str = "asserted") -> Event:
    return Event(id="V1", kind=kind, plover=Plover("CONSULT"), cameo=None,  # type: ignore[arg-type]
                 args=args, evidence=(Span(0, 1),), time=time, modality=modality)  # type: ignore[arg-type]


def test_directed_roles_keep_their_direction_and_symmetric_ones_are_a_set() -> None:
    transfer = features(_event("arms_transfer", {"supplier": ("E1",), "recipient": ("E2",),
                                                 "system": ("E4",)}), ENTITIES.get, None)
    assert transfer.family == "arms_transfer||RUS>IND|sys=weapon:s-400|"
    assert transfer.actors == frozenset()
    meeting = features(_event("meeting", {"participants": ("E3", "E2", "E1"), "place": ("E5",)},
                              TimeValue("2018-01-29", "2018-01-30")), ENTITIES.get, None)
    assert meeting.family == "meeting|||sys=|"
    assert (meeting.actors, meeting.place) == (frozenset({"RUS", "IND"}), "location:sochi")
    assert (meeting.lo, meeting.hi, meeting.precision) == (
        dt.date(2018, 1, 29), dt.date(2018, 1, 30), DAY)


def test_undated_reports_are_placed_around_their_publication() -> None:
    published = dt.date(2018, 1, 4)
    past = features(_event("meeting", {"participants": ("E1", "E2")}), ENTITIES.get, published)
    assert (past.lo, past.hi, past.precision) == (dt.date(2017, 12, 5), published, ANCHORED)
    future = features(_event("meeting", {"participants": ("E1", "E2")}, modality="future"),
                      ENTITIES.get, published)
    assert (future.lo, future.hi) == (published, dt.date(2018, 5, 4))
    unplaced = features(_event("meeting", {"participants": ("E1",)}), ENTITIES.get, None)
    assert (unplaced.lo, unplaced.precision) == (None, UNPLACED)


def test_a_deal_is_dated_by_its_order_time_only() -> None:
    args: dict[str, tuple[str, ...] | str] = {"supplier": ("E1",), "recipient": ("E2",),
                                              "system": ("E4",)}
    delivered = features(_event("arms_transfer", args, TimeValue("2021-12", None)),
                         ENTITIES.get, dt.date(2021, 12, 20))
    assert (delivered.lo, delivered.precision) == (None, ANCHORED)
    ordered = features(_event("arms_transfer", {**args, "order_time": "2018-10-05"}),
                       ENTITIES.get, dt.date(2018, 10, 6))
    assert (ordered.lo, ordered.precision) == (dt.date(2018, 10, 5), DAY)


def test_deployments_are_identified_by_their_place_and_other_events_by_plover_type() -> None:
    deploy = features(_event("deployment", {"deployer": ("E1",), "place": ("E5",)}),
                      ENTITIES.get, None)
    assert deploy.family == "deployment||RUS|sys=|place=location:sochi"
    other = features(_event("other", {"source": ("E1",), "target": ("E2",)}), ENTITIES.get, None)
    assert other.family == "other|CONSULT||sys=|"
    assert other.actors == frozenset({"RUS", "IND"})


def test_a_report_dated_by_its_publication_is_placed_as_undated() -> None:
    """A meeting dated only by its article's publication is placed around that day like an
    undated one, so that reports published days apart can still join one meeting."""
    published = dt.date(2018, 1, 4)
    dated = features(_event("meeting", {"participants": ("E1", "E2")},
                            publication_time("2018-01-04")), ENTITIES.get, published)
    assert (dated.lo, dated.hi, dated.precision) == (dt.date(2017, 12, 5), published, ANCHORED)
