"""Export rows in the shapes other event datasets use: ACLED, GDELT 2.0 events, an edge list.

Each function takes event rows of :data:`factwire.api.exports.EVENTS` and returns rows of its
own schema. What the other datasets know and factwire does not (fatalities, tone,
coordinates) is left empty, never guessed. Tables of outside facts (the Goldstein scale of
each CAMEO code, GDELT's QuadClass, ACLED's event types) are data files in ``api/data``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from factwire.api.places import place_coordinates
from factwire.dedup.keys import rule_for
from factwire.store.export import Schema

ACLED = Schema.of(
    "event_id_cnty", "event_date:date", "year:int", "time_precision:int", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "location", "latitude:float", "longitude:float", "source", "notes", "fatalities:int",
    "tags")
ACLED_PRECISION = {"day": 1, "month": 3, "year": 3}

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GDELT = Schema.of(
    "GLOBALEVENTID:int", "SQLDATE:int", "MonthYear:int", "Year:int", "FractionDate:float",
    *(f"Actor1{f}" for f in _ACTOR), *(f"Actor2{f}" for f in _ACTOR), "IsRootEvent:int",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass:int", "GoldsteinScale:float",
    "NumMentions:int", "NumSources:int", "NumArticles:int", "AvgTone:float",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in _GEO),
    "DATEADDED:int", "SOURCEURL")

EDGES = Schema.of("source", "target", "kind", "count:int", "first:date", "last:date")
_STATE = re.compile(r"[A-Z]{3}")


@functools.cache
def _data(name: str) -> dict[str, Any]:
    text = (resources.files("factwire.api") / "data" / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass (1 verbal / 2 material cooperation, 3 verbal / 4 material conflict)."""
    if not cameo:
        return None
    value = _data("cameo.json")["quad_class"].get(cameo[:2])
    return None if value is None else int(value)


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein scale of a CAMEO code, else of its base (3-digit) or root code."""
    if not cameo:
        return None
    table = _data("cameo.json")["goldstein"]
    for code in (cameo, cameo[:3], cameo[:2]):
        if code in table:
            return float(table[code])
    return None


def acled_rows(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One ACLED-shaped row per dated event (ACLED has no undated events)."""
    types = _data("acled.json")
    out = []
    for e in events:
        if e["start"] is None:
            continue
        disorder, etype, sub = types["kinds"].get(e["kind"], types["default"])
        source, target = e["source_actors"], e["target_actors"]
        out.append({
            "event_id_cnty": f"FW{e['event_id']}", "event_date": e["start"],
            "year": e["start"].year, "time_precision": ACLED_PRECISION[e["date_precision"]],
            "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
            "actor1": source[0] if source else None,
            "assoc_actor_1": "; ".join(source[1:]) or None,
            "actor2": target[0] if target else None,
            "assoc_actor_2": "; ".join(target[1:]) or None,
            "location": e["place"], **_point(e["place"], "latitude", "longitude"),
            "source": "; ".join(e["urls"] or e["article_ids"]) or None,
            "notes": e["sentence"], "fatalities": None,
            "tags": "; ".join(t for t in (e["kind"], e["modality"], e["status"]) if t)})
    return out


def _point(place: str | None, lat: str, lon: str, feature: str | None = None
           ) -> dict[str, Any]:
    """The place's city point from GeoNames (api/places.py), or empty cells: seas, regions
    and unknown names get none rather than a misleading centroid."""
    point = place_coordinates(place) if place else None
    out: dict[str, Any] = {lat: point.lat if point else None, lon: point.lon if point else None}
    if feature is not None:
        out[feature] = str(point.geonameid) if point else None
    return out


def _actor(prefix: str, key: str | None, e: Mapping[str, Any]) -> dict[str, Any]:
    name = next((p["name"] for p in e["participants"]
                 if p["actor"] == key and p["kind"] in ("country", "organization")),
                next((p["name"] for p in e["participants"] if p["actor"] == key), key))
    return {f"{prefix}Code": key, f"{prefix}Name": name,
            f"{prefix}CountryCode": key if key and _STATE.fullmatch(key) else None}


def _ymd(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def gdelt_rows(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One GDELT-2.0-event-shaped row per event with a CAMEO code.

    Like GDELT, an event the articles do not date is dated by its first report.
    """
    out = []
    for e in events:
        day = e["start"] or e["first_reported"]
        if not e["cameo"] or day is None:
            continue
        source, target = e["source_actors"], e["target_actors"]
        fraction = day.year + day.timetuple().tm_yday / 365.0
        added = e["last_reported"] or day
        out.append({
            "GLOBALEVENTID": e["event_id"], "SQLDATE": _ymd(day),
            "MonthYear": day.year * 100 + day.month, "Year": day.year,
            "FractionDate": round(fraction, 4),
            **_actor("Actor1", source[0] if source else None, e),
            **_actor("Actor2", target[0] if target else None, e),
            "IsRootEvent": 1, "EventCode": e["cameo"], "EventBaseCode": e["cameo"][:3],
            "EventRootCode": e["cameo"][:2], "QuadClass": quad_class(e["cameo"]),
            "GoldsteinScale": goldstein(e["cameo"]), "NumMentions": e["n_sources"],
            "NumSources": e["n_sources"], "NumArticles": e["n_sources"], "AvgTone": None,
            "ActionGeo_FullName": e["place"],
            **_point(e["place"], "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID"),
            "DATEADDED": _ymd(added) * 1000000,
            "SOURCEURL": (e["urls"] or e["article_ids"] or [None])[0]})
    return out


def edge_rows(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Actor pairs per kind: how many events link them, first and last date.

    Directed kinds give source -> target pairs; undirected ones each unordered pair once,
    source before target in alphabetical order. An undated event counts at its first report.
    """
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in events:
        day = e["start"] or e["first_reported"]
        last = e["end"] or e["first_reported"]
        if rule_for(e["kind"]).directed:
            pairs = [(s, t) for s in e["source_actors"] for t in e["target_actors"] if s != t]
        else:
            pairs = list(itertools.combinations(sorted(e["actors"]), 2))
        for source, target in pairs:
            edge = edges.setdefault((source, target, e["kind"]), {
                "source": source, "target": target, "kind": e["kind"], "count": 0,
                "first": None, "last": None})
            edge["count"] += 1
            if day is not None and (edge["first"] is None or day < edge["first"]):
                edge["first"] = day
            if last is not None and (edge["last"] is None or last > edge["last"]):
                edge["last"] = last
    return [edges[k] for k in sorted(edges, key=lambda k: (k[2], k[0], k[1]))]

