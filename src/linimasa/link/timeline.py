"""The timeline: event clusters in date order, filtered, as rows (CLI, web) or a table.

Filters: ``date_from``/``date_to`` (ISO; a cluster is kept when its interval touches
the range), ``type_`` (PLOVER type or kind, case-insensitive), ``actor`` (text in an
actor's name or its country code), ``place`` (text in the place name or its country).
Undated clusters come last and are dropped by any date filter.
"""

from __future__ import annotations

from typing import Any

from ..model import EventCluster
from ..store.base import SQLStore
from .summary import figures_text


def _matches(c: EventCluster, date_from: str | None, date_to: str | None, type_: str | None,
             actor: str | None, place: str | None) -> bool:
    if date_from or date_to:
        if not c.date_start:
            return False
        end = c.date_end or c.date_start
        if date_from and end[:len(date_from)] < date_from[:len(end)]:
            return False
        if date_to and c.date_start[:len(date_to)] > date_to[:len(c.date_start)]:
            return False
    if type_ and type_.upper() not in {c.type.upper(), (c.kind or "").upper()}:
        return False
    if actor:
        a = actor.lower()
        if not any(a in p.name.lower() or a == (p.country or "").lower() for p in c.actors):
            return False
    if place:
        p = place.lower()
        loc = c.location
        if loc is None or not (p in loc.name.lower() or p == (loc.country or "").lower()
                               or p in (loc.admin1 or "").lower()):
            return False
    return True


def _row(c: EventCluster) -> dict[str, Any]:
    date = c.date_start or ""
    if c.date_end and c.date_end != c.date_start:
        date = f"{date}/{c.date_end}"
    return {
        "id": c.id, "date": date, "date_start": c.date_start, "date_end": c.date_end, "type": c.type,
        "kind": c.kind, "summary": c.summary, "place": c.location.name if c.location else None,
        "casualties": figures_text(c), "independent_sources": c.independent_sources,
        "articles": len(c.article_ids), "events": len(c.event_ids), "historical": c.historical,
        "conflict": bool(c.conflicts), "conflicts": [x.field for x in c.conflicts],
    }


def timeline_rows(store: SQLStore, date_from: str | None = None, date_to: str | None = None,
                  type_: str | None = None, actor: str | None = None, place: str | None = None,
                  limit: int | None = 200) -> list[dict[str, Any]]:
    """Filtered clusters in date order (undated last) as plain rows."""
    rows: list[dict[str, Any]] = []
    dated: list[EventCluster] = []
    undated: list[EventCluster] = []
    for c in store.clusters():
        if _matches(c, date_from, date_to, type_, actor, place):
            (dated if c.date_start else undated).append(c)
    dated.sort(key=lambda c: (c.date_start or "", c.id))
    for c in dated + undated:
        if limit is not None and len(rows) >= limit:
            break
        rows.append(_row(c))
    return rows


def render_timeline(store: SQLStore, **filters: Any) -> None:
    """Print the timeline as a table (``filters`` as :func:`timeline_rows`)."""
    from rich.console import Console
    from rich.table import Table

    t = Table("date", "type", "what happened", "place", "casualties", "sources", "!", title="linimasa timeline")
    for r in timeline_rows(store, **filters):
        t.add_row(r["date"] or "?", r["type"], r["summary"], r["place"] or "-", r["casualties"] or "-",
                  str(r["independent_sources"]), "⚠ " + ",".join(r["conflicts"]) if r["conflict"] else "")
    Console(width=200).print(t)
