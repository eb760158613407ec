"""Gazetteers: versioned data files of states, organisations, office holders, weapons, places.

``load_gazetteer()`` reads and checks the packaged files once per process and returns a
:class:`Gazetteer` whose lookups are case-, spacing- and punctuation-insensitive::

    gz = load_gazetteer()
    gz.state("the Kremlin").id                                  # 'RUS'
    gz.weapon("S-400 Triumph defense systems").id               # 's-400'
    gz.holder_at("IND", "Minister of Defence", "2018-12-13").name   # 'Nirmala Sitharaman'

Run ``python -m factwire.gazetteer.check`` after editing a file in ``data/``.
"""

from factwire.gazetteer.loader import FILES, build_gazetteer, load_directory, load_gazetteer
from factwire.gazetteer.lookup import Gazetteer
from factwire.gazetteer.normalize import norm, slug
from factwire.gazetteer.schema import (
    ORG_KINDS,
    PLACE_KINDS,
    ROLE_GROUPS,
    STATE_STATUSES,
    WEAPON_CATEGORIES,
    Header,
    OfficeHolder,
    Organization,
    OrgKind,
    Place,
    PlaceKind,
    RoleDef,
    RoleGroup,
    State,
    StateStatus,
    Weapon,
    WeaponCategory,
    WeaponClass,
)

__all__ = [
    "FILES",
    "ORG_KINDS",
    "PLACE_KINDS",
    "ROLE_GROUPS",
    "STATE_STATUSES",
    "WEAPON_CATEGORIES",
    "Gazetteer",
    "Header",
    "OfficeHolder",
    "OrgKind",
    "Organization",
    "Place",
    "PlaceKind",
    "RoleDef",
    "RoleGroup",
    "State",
    "StateStatus",
    "Weapon",
    "WeaponCategory",
    "WeaponClass",
    "build_gazetteer",
    "load_directory",
    "load_gazetteer",
    "norm",
    "slug",
]
