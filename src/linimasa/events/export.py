"""Event exports beyond JSON lines: ACLED-style CSV and GeoJSON.

Registered on import with :func:`linimasa.export.register`, so ``linimasa export events
--format acled`` / ``--format geojson`` and the web downloads find them.

ACLED CSV: one row per event that has an ACLED type and was reported as having happened
(not negated, not hypothetical), with ACLED's column names. ``time_precision`` is 1 (day),
2 (week/month) or 3 (year); ``geo_precision`` 1 (place), 2 (admin area) or 3 (country);
``inter1``/``inter2`` ACLED's actor codes (1 state forces, 2 rebels, 5 rioters, 6
protesters, 7 civilians, 8 external/other); ``notes`` is the sentence; ``source`` who the
article attributes the event to.

GeoJSON: a FeatureCollection with one Point feature per event that has coordinates;
properties are the event's fields (actors/targets as names, figures as numbers).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Final, TextIO

from ..export import register
from ..model import Event, Participant
from ..store.base import SQLStore

ACLED_COLUMNS: Final = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
_TIME_PRECISION: Final = {"day": 1, "time": 1, "week": 2, "month": 2, "year": 3}
_GEO_PRECISION: Final = {"place": 1, "admin": 2, "country": 3}
_INTER: Final = {"military": 1, "police": 1, "government": 1, "rebel": 2, "civilian": 7, "igo": 8,
          "media": 8, "company": 8, "party": 8, "other": 8}
_DISORDER: Final = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
}


def _inter(parts: list[Participant], event_type: str | None) -> int | str:
    if not parts:
        return ""
    sector = parts[0].sector
    if event_type == "Protests" and sector == "civilian":
        return 6
    if event_type == "Riots" and sector == "civilian":
        return 5
    return _INTER.get(sector or "", 8)


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
        return getattr(c, "common_name", None) or c.name if c else code
    except ImportError:
        return code


def acled_row(e: Event) -> dict[str, Any]:
    """One event as an ACLED CSV row (dict keyed by ACLED's column names)."""
    loc = e.location
    i1, i2 = _inter(e.actors, e.acled_event_type), _inter(e.targets, e.acled_event_type)
    return {
        "event_id_cnty": e.id,
        "event_date": e.date_start or "",
        "year": (e.date_start or "")[:4],
        "time_precision": _TIME_PRECISION.get(e.date_precision or "", 1),
        "disorder_type": _DISORDER.get(e.acled_event_type or "", ""),
        "event_type": e.acled_event_type or "",
        "sub_event_type": e.acled_sub_event_type or "",
        "actor1": e.actors[0].name if e.actors else "",
        "assoc_actor_1": "; ".join(p.name for p in e.actors[1:]),
        "inter1": i1,
        "actor2": e.targets[0].name if e.targets else "",
        "assoc_actor_2": "; ".join(p.name for p in e.targets[1:]),
        "inter2": i2,
        "interaction": f"{i1}{i2}" if i1 != "" else "",
        "civilian_targeting": "Civilian targeting" if any(p.sector == "civilian" for p in e.targets) else "",
        "iso": loc.country if loc and loc.country else "",
        "region": "",
        "country": _country_name(loc.country if loc else None),
        "admin1": loc.admin1 if loc and loc.admin1 else "",
        "admin2": "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": _GEO_PRECISION.get(loc.precision or "", 3) if loc else "",
        "source": e.claimed_by or "",
        "source_scale": "",
        "notes": e.sentence,
        "fatalities": e.fatalities if e.fatalities is not None else 0,
        "tags": "; ".join(f"{f.kind}: {f.raw}" for f in e.figures),
        "timestamp": "",
    }


def acled_events(events: Iterable[Event]) -> Iterable[Event]:
    return (e for e in events if e.acled_event_type and not e.negated and not e.hypothetical)


def write_acled(events: Iterable[Event], out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    w.writeheader()
    n = 0
    for e in acled_events(events):
        w.writerow(acled_row(e))
        n += 1
    return n


def geojson_feature(e: Event) -> dict[str, Any] | None:
    loc = e.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    props = {
        "id": e.id, "article_id": e.article_id, "cluster_id": e.cluster_id, "type": e.type,
        "mode": e.mode, "kind": e.kind, "acled_event_type": e.acled_event_type,
        "acled_sub_event_type": e.acled_sub_event_type, "sentence": e.sentence, "trigger": e.trigger,
        "actors": [p.name for p in e.actors], "targets": [p.name for p in e.targets],
        "location": loc.name, "country": loc.country, "admin1": loc.admin1, "precision": loc.precision,
        "date_start": e.date_start, "date_end": e.date_end, "date_precision": e.date_precision,
        "historical": e.historical, "fatalities": e.fatalities, "injured": e.injured,
        "captured": e.captured, "missing": e.missing, "displaced": e.displaced,
        "claimed_by": e.claimed_by, "negated": e.negated, "hypothetical": e.hypothetical,
    }
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": props}


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    feats = [f for e in events if (f := geojson_feature(e)) is not None]
    json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
    out.write("\n")
    return len(feats)


@register("events", "acled")
def _events_acled(store: SQLStore, out: TextIO) -> int:
    return write_acled(store.events(), out)


@register("events", "geojson")
def _events_geojson(store: SQLStore, out: TextIO) -> int:
    return write_geojson(store.events(), out)
