"""Downloads of the current timeline filter: CSV with ACLED's columns, GeoJSON, JSON lines.

Each writer takes the selected rows (one per event cluster) and returns text. The ACLED
columns we cannot fill (admin2, interaction codes we do not infer...) stay empty.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..model import EventCluster, Participant, to_dict
from .query import Row

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
]

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_INTER = {
    "government": "State forces", "military": "State forces", "police": "State forces",
    "rebel": "Rebel groups", "civilian": "Civilians", "igo": "External/Other forces",
    "party": "Political militias",
}
_PRECISION = {"day": 1, "time": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"place": 1, "admin": 2, "country": 3}


def _country(alpha2: str | None) -> tuple[str, str, str]:
    """(name, ISO numeric, ISO alpha-3) for an alpha-2 code; blanks when unknown."""
    if not alpha2:
        return "", "", ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=alpha2.upper())
    except (ImportError, LookupError, KeyError):
        c = None
    if c is None:
        return alpha2, "", alpha2.upper()
    return c.name, str(int(c.numeric)), c.alpha_3


def _actor_cols(people: Sequence[Participant]) -> tuple[str, str, str]:
    if not people:
        return "", "", ""
    first = people[0]
    assoc = "; ".join(p.name for p in people[1:])
    return first.name, assoc, _INTER.get(first.sector or "", "")


def _acled_types(c: EventCluster, by_cluster: dict[str, list[Any]]) -> tuple[str, str]:
    evs = by_cluster.get(c.id, [])
    pairs = Counter((e.acled_event_type, e.acled_sub_event_type) for e in evs if e.acled_event_type)
    if not pairs:
        return "", ""
    (et, st), _ = pairs.most_common(1)[0]
    return et or "", st or ""


def acled_record(row: Row, event_types: tuple[str, str], stamp: int) -> dict[str, Any]:
    c = row.cluster
    name, numeric, alpha3 = _country(c.location.country if c.location else None)
    actor1, assoc1, inter1 = _actor_cols(c.actors)
    actor2, assoc2, inter2 = _actor_cols(c.targets)
    et, st = event_types
    tags = [f"linimasa_type={c.type}"]
    if c.kind:
        tags.append(f"kind={c.kind}")
    if row.casualties:
        tags.append(f"casualties={row.casualties}")
    if row.conflict_fields:
        tags.append("conflicting=" + ",".join(row.conflict_fields))
    tags.append(f"independent_sources={c.independent_sources}")
    loc = c.location
    return {
        "event_id_cnty": f"{alpha3 or 'XXX'}-{c.id}",
        "event_date": c.date_start or "",
        "year": (c.date_start or "")[:4],
        "time_precision": _PRECISION.get(c.date_precision or "", 3 if c.date_start else ""),
        "disorder_type": _DISORDER.get(et, ""),
        "event_type": et,
        "sub_event_type": st,
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2,
        "interaction": f"{inter1}-{inter2}" if inter1 and inter2 else "",
        "civilian_targeting": "Civilian targeting" if any(p.sector == "civilian" for p in c.targets) else "",
        "iso": numeric, "region": "", "country": name,
        "admin1": (loc.admin1 or "") if loc else "", "admin2": "", "admin3": "",
        "location": (loc.name or "") if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": _GEO_PRECISION.get((loc.precision or "") if loc else "", ""),
        "source": "; ".join(row.outlets),
        "source_scale": "",
        "notes": c.summary,
        "fatalities": row.fatalities_min if row.fatalities_min is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": stamp,
    }


def _cell(v: Any) -> Any:
    """Keep spreadsheet programs from running text from articles as a formula."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(v)
        except ValueError:
            return "'" + v
    return v


def to_csv(rows: Sequence[Row], by_cluster: dict[str, list[Any]]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    stamp = int(time.time())
    for r in rows:
        rec = acled_record(r, _acled_types(r.cluster, by_cluster), stamp)
        w.writerow({k: _cell(v) for k, v in rec.items()})
    return out.getvalue()


def row_properties(r: Row) -> dict[str, Any]:
    c = r.cluster
    return {
        "id": c.id, "type": c.type, "kind": c.kind, "date_start": c.date_start, "date_end": c.date_end,
        "summary": c.summary, "place": r.place, "reports": r.reports,
        "independent_sources": c.independent_sources, "outlets": r.outlets,
        "fatalities_min": r.fatalities_min, "fatalities_max": r.fatalities_max,
        "casualties": r.casualties, "conflicts": r.conflict_fields, "url": f"/clusters/{c.id}",
    }


def to_geojson(rows: Sequence[Row]) -> str:
    feats = []
    for r in rows:
        loc = r.cluster.location
        geom = None
        if loc is not None and loc.lat is not None and loc.lon is not None:
            geom = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        feats.append({"type": "Feature", "id": r.cluster.id, "geometry": geom, "properties": row_properties(r)})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False)


def to_jsonl(rows: Sequence[Row]) -> str:
    return "".join(
        json.dumps({**to_dict(r.cluster), "outlets": r.outlets, "place": r.place}, ensure_ascii=False) + "\n"
        for r in rows
    )


FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
}
