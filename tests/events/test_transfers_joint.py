"""Joint production (issue 8, class 7): firms in a joint venture are no partner states, and a
weapon named after the co-produced system is not another co-production. Written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.api import extract_text
from factwire.model import to_json

pytestmark = pytest.mark.slow


def joint(text: str) -> list[str]:
    """Names of the systems of the joint-production events."""
    out = to_json(extract_text(text, published=dt.date(2020, 3, 5)))
    names = {e["id"]: e["name"] for e in out["entities"]}
    return sorted(names[ev["args"]["system"][0]] for ev in out["events"]
                  if ev["kind"] == "joint_production")


@pytest.mark.parametrize(("text", "want"), [
    ("The main contractors for the Javelin missiles will be Raytheon and Lockheed Martin "
     "through a joint venture in Orlando.", []),
    ("India and Russia agreed to jointly produce Ka-226 helicopters that will replace the "
     "ageing Cheetah fleet and carry Shturm missiles.", ["Ka-226"]),
    ("India and Russia discussed joint production of Ka-226 helicopters and Project 11356 "
     "frigates.", ["Ka-226", "Project 11356"]),
])
def test_one_joint_production_per_listed_system(text: str, want: list[str]) -> None:
    assert joint(text) == want
