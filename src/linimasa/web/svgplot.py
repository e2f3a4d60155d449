"""Numbers for the two drawings, computed on the server and drawn by the templates as
inline SVG: the events-per-day chart and the offline map (equirectangular projection of a
country-outline GeoJSON plus the event points). No data text ever becomes markup here:
the templates receive numbers and strings and escape the strings."""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from .query import Row

log = logging.getLogger(__name__)

PALETTE = 10  # colour classes t-0 .. t-9 in style.css


def type_classes(types: list[str]) -> dict[str, str]:
    """Stable colour class per event type."""
    return {t: f"t-{i % PALETTE}" for i, t in enumerate(sorted(set(types)))}


# ---------------------------------------------------------------------------
# Chart


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    cls: str
    title: str


@dataclass
class Chart:
    width: int
    height: int
    unit: str  # day | week | month
    bars: list[Bar] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    max_count: int = 0
    plot_top: int = 8
    plot_bottom: int = 0
    vague: int = 0  # clusters left out: dated only to a month, a year...


def _parse_day(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        try:
            return date.fromisoformat(s[:7] + "-01")
        except ValueError:
            return None


def _bucket(d: date, unit: str) -> date:
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d


def _next(d: date, unit: str) -> date:
    if unit == "week":
        return d + timedelta(days=7)
    if unit == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d + timedelta(days=1)


MAX_SPAN_DAYS = 7


def events_chart(rows: list[Row], classes: dict[str, str], width: int = 960, height: int = 150) -> Chart | None:
    """Stacked bars of clusters per day (per week or month over long ranges) by type.
    Clusters dated only vaguely (a span of more than a week, e.g. "in 2024") are counted
    in ``Chart.vague`` instead of being piled onto their first day."""
    dated = []
    vague = 0
    for r in rows:
        d = _parse_day(r.cluster.date_start)
        if d is None:
            continue
        end = _parse_day(r.cluster.date_end) or d
        if (end - d).days > MAX_SPAN_DAYS:
            vague += 1
            continue
        dated.append((d, r.cluster.type))
    if not dated:
        return None
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = (last - first).days
    unit = "day" if span <= 92 else "week" if span <= 730 else "month"
    counts: Counter[tuple[date, str]] = Counter((_bucket(d, unit), t) for d, t in dated)
    buckets = []
    b = _bucket(first, unit)
    while b <= last:
        buckets.append(b)
        b = _next(b, unit)
    bottom = height - 20
    chart = Chart(width=width, height=height, unit=unit, plot_bottom=bottom, vague=vague)
    totals = Counter(bk for bk, _ in counts.elements())
    chart.max_count = max(totals.values())
    scale = (bottom - chart.plot_top) / chart.max_count
    left = 28
    step = (width - left - 4) / len(buckets)
    for i, bk in enumerate(buckets):
        y = float(bottom)
        for t in sorted({t for (b2, t) in counts if b2 == bk}):
            n = counts[(bk, t)]
            h = n * scale
            y -= h
            label = f"{bk.isoformat()}" + (f" ({unit} of)" if unit != "day" else "")
            chart.bars.append(Bar(x=round(left + i * step + 0.5, 2), y=round(y, 2), width=round(max(step - 1, 1), 2),
                                  height=round(h, 2), cls=classes.get(t, "t-0"), title=f"{label}: {n} × {t}"))
    every = max(1, math.ceil(len(buckets) / 8))
    for i in range(0, len(buckets), every):
        chart.ticks.append((round(left + i * step + step / 2, 2), buckets[i].isoformat()[: 7 if unit == "month" else 10]))
    return chart


# ---------------------------------------------------------------------------
# Map

MAP_W, MAP_H = 1000.0, 500.0


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: the whole world is a 1000×500 box."""
    return round((lon + 180.0) * MAP_W / 360.0, 2), round((90.0 - lat) * MAP_H / 180.0, 2)


def _ring_path(ring: list[list[float]]) -> str:
    pts = []
    last = None
    for pt in ring:
        x, y = project(float(pt[0]), float(pt[1]))
        cur = (round(x, 1), round(y, 1))
        if cur != last:
            pts.append(f"{cur[0]},{cur[1]}")
            last = cur
    return ("M" + "L".join(pts) + "Z") if len(pts) > 2 else ""


def geojson_paths(data: dict[str, Any]) -> list[str]:
    """One SVG path per country feature of a GeoJSON FeatureCollection."""
    paths = []
    feats = data.get("features", []) if data.get("type") == "FeatureCollection" else [data]
    for feat in feats:
        geom = feat.get("geometry") if feat.get("type") == "Feature" else feat
        if not geom:
            continue
        polys: list[Any] = []
        if geom.get("type") == "Polygon":
            polys = [geom.get("coordinates", [])]
        elif geom.get("type") == "MultiPolygon":
            polys = geom.get("coordinates", [])
        d = "".join(_ring_path(ring) for poly in polys for ring in poly)
        if d:
            paths.append(d)
    return paths


@lru_cache(maxsize=4)
def _outline_from(path: str) -> tuple[str, ...]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("world outline %s unreadable (%s); drawing the map without it", path, exc)
        return ()
    return tuple(geojson_paths(data))


def world_outline() -> tuple[str, ...]:
    """Country outlines from the geo module's packaged GeoJSON; empty when unavailable."""
    from ..geo import world_outline_path

    return _outline_from(str(world_outline_path()))


@dataclass
class Point:
    x: float
    y: float
    r: float
    cls: str
    cluster_id: str
    title: str


@dataclass
class MapView:
    view_box: str
    outline: tuple[str, ...]
    points: list[Point]
    unplaced: int
    graticule: list[tuple[float, float, float, float]]


def map_view(rows: list[Row], classes: dict[str, str]) -> MapView:
    """Points sized by number of reports, framed on the data (whole world when empty)."""
    points = []
    unplaced = 0
    for r in rows:
        loc = r.cluster.location
        if loc is None or loc.lat is None or loc.lon is None:
            unplaced += 1
            continue
        x, y = project(loc.lon, loc.lat)
        radius = 3.5 + 3.0 * math.sqrt(max(r.reports, 1))
        title = f"{r.cluster.date_start or '?'} · {r.cluster.type} · {r.place} · {r.reports} report(s)"
        if r.cluster.summary:
            title += f" — {r.cluster.summary}"
        points.append(Point(x=x, y=y, r=radius, cls=classes.get(r.cluster.type, "t-0"),
                            cluster_id=r.cluster.id, title=title))
    points.sort(key=lambda p: -p.r)  # big circles under small ones
    if points:
        xs, ys = [p.x for p in points], [p.y for p in points]
        pad = 25.0
        x0, x1 = min(xs) - pad, max(xs) + pad
        y0, y1 = min(ys) - pad, max(ys) + pad
        w, h = max(x1 - x0, 80.0), max(y1 - y0, 40.0)
        if w / h > 2:
            h = w / 2
        else:
            w = h * 2
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        x0, y0 = max(0.0, min(cx - w / 2, MAP_W - w)), max(0.0, min(cy - h / 2, MAP_H - h))
        w = min(w, MAP_W)
        view = f"{x0:.1f} {y0:.1f} {w:.1f} {min(h, MAP_H):.1f}"
    else:
        w = MAP_W
        view = f"0 0 {MAP_W:.0f} {MAP_H:.0f}"
    for p in points:  # radius in pixels-ish whatever the zoom: ~5 px for one report
        p.r = round(p.r * w / MAP_W, 3)
    grat = [(x, 0.0, x, MAP_H) for x in (project(lon, 0)[0] for lon in range(-180, 181, 15))]
    grat += [(0.0, y, MAP_W, y) for y in (project(0, lat)[1] for lat in range(-75, 76, 15))]
    return MapView(view_box=view, outline=world_outline(), points=points, unplaced=unplaced, graticule=grat)
