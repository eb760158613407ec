"""Calls told with a title after the partner's name (session of 2026-12-06, seventh part,
issue 8), with texts written for the test: the state the title names is the partner's own,
not a third side of the call, and an office written without an article ("X, Head of the
Office of ...") is a title too."""

from __future__ import annotations

import pytest

from .conftest import Run, kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Dutch Foreign Minister Anna Berg spoke today with Gergely Nagy, the head of Hungary's "
    "presidential office.",
    "Dutch Foreign Minister Anna Berg spoke today with Gergely Nagy, Head of the Office of the "
    "President of Hungary.",
])
def test_a_partner_titled_after_the_name_makes_a_call(events_of: Run, text: str) -> None:
    assert kind(events_of(text), "call", "participants") == [(["HUN", "NLD"],)]
