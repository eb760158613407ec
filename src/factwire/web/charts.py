"""Geometry for the actor page's two pictures, drawn as inline SVG by the templates.

The server computes coordinates; the template writes them as SVG attributes (no inline
style, so the Content-Security-Policy can forbid it), and every label goes through
autoescape. No chart library is needed for a timeline and a star-shaped network.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from factwire.events.spec import kinds

WIDTH, LANE, PAD_LEFT, PAD_TOP = 760, 28, 150, 34
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#393b79", "#7f7f7f", "#637939", "#843c39", "#5254a3")
_DATE = re.compile(r"~?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def kind_colour(kind: str) -> str:
    """A stable colour per event kind: by its place in the spec's list, so kinds differ."""
    known = kinds()
    index = known.index(kind) if kind in known else zlib.crc32(kind.encode())
    return PALETTE[index % len(PALETTE)]


def year_fraction(date: str | None) -> float | None:
    """``2018-10`` -> 2018.79 (the middle of the month); ``~`` marks a report date."""
    m = _DATE.match(date or "")
    if m is None:
        return None
    year = int(m[1])
    if not m[2]:
        return year + 0.5
    month = (int(m[2]) - 1) / 12
    return year + month + ((int(m[3]) - 1) / 365 if m[3] else 1 / 24)


@dataclass(frozen=True, slots=True)
class Timeline:
    width: int
    height: int
    lanes: list[dict[str, Any]]
    ticks: list[dict[str, Any]]
    dots: list[dict[str, Any]]


def timeline(rows: list[dict[str, Any]]) -> Timeline | None:
    """One lane per event kind, one dot per dated event at its date; None when no dates."""
    dated = [(year_fraction(r.get("date")), r) for r in rows]
    points = [(x, r) for x, r in dated if x is not None]
    if not points:
        return None
    kinds = sorted({r["kind"] for _, r in points})
    lo, hi = min(x for x, _ in points), max(x for x, _ in points)
    lo, hi = math.floor(lo), max(math.ceil(hi), math.floor(lo) + 1)
    span = WIDTH - PAD_LEFT - 20

    def at(x: float) -> float:
        return round(PAD_LEFT + (x - lo) / (hi - lo) * span, 1)

    lanes = [{"kind": k, "y": PAD_TOP + i * LANE, "colour": kind_colour(k)}
             for i, k in enumerate(kinds)]
    lane_y = {lane["kind"]: lane["y"] for lane in lanes}
    step = max(1, (hi - lo) // 8)
    ticks = [{"x": at(y), "label": str(y)} for y in range(lo, hi + 1, step)]
    dots, seen = [], Counter[tuple[str, float]]()
    for x, r in points:
        n = seen[(r["kind"], at(x))]
        seen[(r["kind"], at(x))] += 1
        shift = (n % 5 + 1) // 2 * (4 if n % 2 else -4)  # 0, +4, -4, +8, -8: stacked dots
        dots.append({"x": at(x), "y": lane_y[r["kind"]] + shift,
                     "colour": kind_colour(r["kind"]), "id": r["id"],
                     "label": f"{r.get('date')} {r['kind']}: {r.get('who') or ''}"})
    return Timeline(WIDTH, PAD_TOP + len(kinds) * LANE + 10, lanes, ticks, dots)


@dataclass(frozen=True, slots=True)
class Network:
    size: int
    centre: dict[str, Any]
    nodes: list[dict[str, Any]]
    kinds: list[dict[str, str]]


def network(name: str, counterparts: list[dict[str, Any]], *, most: int = 24) -> Network | None:
    """The actor in the middle, counterparts on a circle; an edge's width grows with the
    number of shared events and its colour is the kind they share most often."""
    shown = counterparts[:most]
    if not shown:
        return None
    size, c = 480, 240
    radius = 170
    top = max(p["events"] for p in shown)
    nodes = []
    for i, p in enumerate(shown):
        angle = 2 * math.pi * i / len(shown) - math.pi / 2
        kind = max(sorted(p["kinds"]), key=lambda k: p["kinds"][k])
        nodes.append({"actor": p["actor"], "events": p["events"], "kind": kind,
                      "x": round(c + radius * math.cos(angle), 1),
                      "y": round(c + radius * math.sin(angle), 1),
                      "width": round(1.5 + 6.5 * p["events"] / top, 1),
                      "colour": kind_colour(kind)})
    kinds = sorted({n["kind"] for n in nodes})
    return Network(size, {"x": c, "y": c, "name": name}, nodes,
                   [{"kind": k, "colour": kind_colour(k)} for k in kinds])
