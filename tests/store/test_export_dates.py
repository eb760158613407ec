"""The export's date rule on any pair of ISO dates the merge can keep: start and end are
real dates, the end is never before the start, and the precision is the coarser one."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factwire.api.exports import dating

days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31))
PRECISIONS = {10: "day", 7: "month", 4: "year"}


@st.composite
def iso(draw: st.DrawFn) -> str | None:
    day = draw(st.none() | days)
    return None if day is None else day.isoformat()[:draw(st.sampled_from((4, 7, 10)))]


@given(iso(), iso())
def test_end_is_never_before_start(start: str | None, end: str | None) -> None:
    got = dating(start, end)
    if start is None and end is None:
        assert got == {"start": None, "end": None, "date_precision": "none",
                       "dated_from": "publication"}
        return
    assert got["dated_from"] == "text"
    assert isinstance(got["start"], dt.date) and isinstance(got["end"], dt.date)
    assert got["end"] >= got["start"]
    given_ = [v for v in (start, end) if v]
    assert got["date_precision"] == PRECISIONS[min(len(v) for v in given_)]
    assert got["start"].isoformat().startswith(given_[0])


def test_a_month_and_a_range() -> None:
    assert dating("2018-10", None) == {"start": dt.date(2018, 10, 1),
                                       "end": dt.date(2018, 10, 31),
                                       "date_precision": "month", "dated_from": "text"}
    assert dating("2018-12-10", "2018-12-21")["end"] == dt.date(2018, 12, 21)
    assert dating("2019-03", "2018")["end"] == dt.date(2019, 3, 31)  # reversed: kept ordered
