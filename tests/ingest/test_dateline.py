"""Datelines: which openings are datelines, the place in title case, and a carried date."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import find_dateline
from factwire.ingest.dateline import title_case

# (opening text, expected place or None, expected date or None, expected story start)
DATELINES = [
    ("New Delhi:- Russian officials arrived.", "New Delhi", None, "Russian"),
    ("WASHINGTON, Jan. 14, 2014 – The agency said.", "Washington", dt.date(2014, 1, 14), "The"),
    ("WASHINGTON, September 21, 2011 -- The agency said.", "Washington",
     dt.date(2011, 9, 21), "The"),
    ("LONDON, 14 January 2019 - The talks began.", "London", dt.date(2019, 1, 14), "The"),
    ("MOSCOW (Reuters) - Russia said on Monday.", "Moscow", None, "Russia"),
    ("KYIV, Ukraine — Ukraine's army said.", "Kyiv", None, "Ukraine's"),
    ("BEIRUT, Lebanon (AP) — A blast hit the port.", "Beirut", None, "A"),
    ("Washington, DC — The president said.", "Washington", None, "The"),
    ("NAVAL STATION NORFOLK, Va. - Sailors returned.", "Naval Station Norfolk", None,
     "Sailors"),
    ("PORT-AU-PRINCE, Haiti — Police said.", "Port-au-Prince", None, "Police"),
    ("ISLAMABAD: Pakistan's army said.", "Islamabad", None, "Pakistan's"),
    ("WASHINGTON, Dec. 3 — Officials said.", "Washington", None, "Officials"),
    ("SEOUL --North Korea fired a missile.", "Seoul", None, "North"),
    # not datelines
    ("Russian Defense Minister Sergei Shoigu has held talks.", None, None, None),
    ("Analysis: why the talks failed.", None, None, None),
    ("President Biden: We stand with our allies.", None, None, None),
    ("Washington — which had warned of sanctions — said.", None, None, None),
    ("STRENGTHENING OUR STRATEGIC PARTNERSHIP: Today the leaders met.", None, None, None),
    ("US - China trade talks resumed.", None, None, None),
]


@pytest.mark.parametrize(("text", "place", "date", "rest"), DATELINES,
                         ids=[d[0][:30] for d in DATELINES])
def test_dateline(text: str, place: str | None, date: dt.date | None,
                  rest: str | None) -> None:
    found = find_dateline(text)
    if place is None:
        assert found is None
        return
    assert found is not None
    assert (found.place, found.date) == (place, date)
    assert rest is not None and text[found.end:].startswith(rest)


def test_agency_is_kept() -> None:
    found = find_dateline("MOSCOW (Reuters) - Russia said.")
    assert found is not None and found.agency == "Reuters"


def test_invalid_calendar_date_is_not_guessed() -> None:
    found = find_dateline("WASHINGTON, Feb. 30, 2014 – The agency said.")
    assert found is not None and (found.place, found.date) == ("Washington", None)


@pytest.mark.parametrize(("written", "expected"), [
    ("NEW DELHI", "New Delhi"), ("RIO DE JANEIRO", "Rio de Janeiro"),
    ("N'DJAMENA", "N'Djamena"), ("New Delhi", "New Delhi"), ("McLean", "McLean"),
])
def test_title_case(written: str, expected: str) -> None:
    assert title_case(written) == expected
