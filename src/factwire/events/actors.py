"""What an actor is, read from its entity draft: its key, its home state, and whether it is
an armed group or a state's armed organ. Kinds, merging and completion ask these of every
draft they place or pair."""

from __future__ import annotations

from factwire.entities.table import Draft
from factwire.entities.titles import ARMED_ORGANS, organ_of


def key_of(d: Draft) -> str | None:
    """Actor key of an entity draft: its state or organisation."""
    return d.actor_key


def home_of(d: Draft) -> str | None:
    """The state an actor is at home in: a state's own key, an organisation's country (the
    YPG's is Syria, Hezbollah's Lebanon); None for one with no country (NATO, the UN)."""
    if d.kind == "organization":
        return d.country
    return key_of(d)


def armed_group(d: Draft) -> bool:
    """A non-state armed group (the YPG, Islamic State): its fighters are where it lives, so
    only a place the text gives them makes a deployment, never the article's theatre."""
    return d.kind == "organization" and d.category == "non_state_armed"


def armed_organ(d: Draft) -> bool:
    """A state's armed forces named as an organ ("the Japanese navy", "the US Army")."""
    return organ_of(d.key) in ARMED_ORGANS


def stateless_at_home(d: Draft) -> bool:
    """A non-state actor with a home state ("the YPG"): its forces at home are no
    deployment abroad, so only a place outside that state makes one."""
    return d.kind == "organization" and bool(d.country) and key_of(d) != d.country
