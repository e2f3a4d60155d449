"""The timeline filter shared by the pages, the API and the downloads.

:func:`select` turns a :class:`TimelineFilter` into the matching event clusters (date
order) with what a timeline row shows next to each: outlets, casualty range, conflicts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import urlencode

from ..model import Article, EventCluster
from ..store.base import SQLStore
from .errors import ApiError

log = logging.getLogger(__name__)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SEARCH_CAP = 5000  # most articles a text filter looks at


@dataclass(frozen=True)
class TimelineFilter:
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    actor: str | None = None
    place: str | None = None
    outlet: str | None = None
    q: str | None = None

    @classmethod
    def parse(cls, **params: str | None) -> TimelineFilter:
        """Clean user input: blanks become None, dates must be YYYY, YYYY-MM or YYYY-MM-DD."""
        values: dict[str, str | None] = {}
        for f in fields(cls):
            raw = params.get(f.name)
            v = raw.strip() if isinstance(raw, str) else None
            values[f.name] = v or None
        for key in ("date_from", "date_to"):
            v = values[key]
            if v is not None and not _DATE.match(v):
                raise ApiError(400, "invalid_parameter",
                               f"{key}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {v!r}")
        if values["date_from"] and values["date_to"] and values["date_from"] > values["date_to"]:
            raise ApiError(400, "invalid_parameter",
                           f"date_from {values['date_from']!r} is after date_to {values['date_to']!r}")
        return cls(**values)

    def items(self) -> list[tuple[str, str]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]

    def query_string(self) -> str:
        return urlencode(self.items())

    @property
    def active(self) -> bool:
        return bool(self.items())


@dataclass
class Row:
    """One timeline row: a cluster and what is shown beside it."""

    cluster: EventCluster
    outlets: list[str] = field(default_factory=list)
    reports: int = 0
    place: str = ""
    casualties: str = ""
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    conflict_fields: list[str] = field(default_factory=list)


def place_name(c: EventCluster) -> str:
    loc = c.location
    if loc is None:
        return ""
    parts = [loc.name]
    if loc.admin1 and loc.admin1 != loc.name:
        parts.append(loc.admin1)
    if loc.country and loc.country not in parts:
        parts.append(loc.country)
    return ", ".join(p for p in parts if p)


def figure_range(c: EventCluster, kind: str) -> tuple[int | None, int | None]:
    for f in c.figures:
        if f.kind == kind:
            lo = f.min if f.min is not None else f.value
            hi = f.max if f.max is not None else f.value
            return lo, hi
    return None, None


def _range_text(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return ""
    if lo == hi or hi is None:
        return str(lo)
    if lo is None:
        return str(hi)
    return f"{lo}–{hi}"


def casualty_text(c: EventCluster) -> str:
    out = []
    for kind, word in (("fatalities", "killed"), ("injured", "injured"), ("missing", "missing"),
                       ("captured", "captured"), ("displaced", "displaced")):
        text = _range_text(*figure_range(c, kind))
        if text:
            out.append(f"{text} {word}")
    return ", ".join(out)


def _overlaps(c: EventCluster, date_from: str | None, date_to: str | None) -> bool:
    if not date_from and not date_to:
        return True
    start = c.date_start
    end = c.date_end or c.date_start
    if not start or not end:
        return False
    if date_from and end[: len(date_from)] < date_from:
        return False
    return not (date_to and start[: len(date_to)] > date_to)


def _names(c: EventCluster) -> Iterable[str]:
    for p in (*c.actors, *c.targets):
        yield p.name
        if p.sector:
            yield p.sector


def _contains(haystack: Iterable[str | None], needle: str) -> bool:
    n = needle.casefold()
    return any(h and n in h.casefold() for h in haystack)


def article_meta(store: SQLStore, ids: Sequence[str]) -> dict[str, Article]:
    """Articles by id without their annotations (for outlets, titles, dates)."""
    out: dict[str, Article] = {}
    uniq = list(dict.fromkeys(ids))
    for i in range(0, len(uniq), 400):
        for a in store.iter_articles(ids=uniq[i:i + 400], annotations=False):
            out[a.id] = a
    return out


def _linked_ids(store: SQLStore, filt: TimelineFilter) -> set[str] | None:
    """Cluster ids that the linking stage's own timeline query selects, when it exists."""
    from ..link.timeline import timeline_rows

    rows = timeline_rows(store, date_from=filt.date_from, date_to=filt.date_to, type_=filt.type,
                         actor=filt.actor, place=filt.place, limit=None)
    ids: set[str] = set()
    for r in rows:
        cid = _row_id(r)
        if cid is None:
            return None
        ids.add(cid)
    return ids


def _row_id(r: Any) -> str | None:
    if isinstance(r, EventCluster):
        return r.id
    if isinstance(r, dict):
        v = r.get("cluster_id") or r.get("id")
        return str(v) if v else None
    v = getattr(r, "cluster_id", None) or getattr(r, "id", None)
    return str(v) if v else None


def select(store: SQLStore, filt: TimelineFilter) -> list[Row]:
    """Every cluster matching ``filt``, in date order, as timeline rows."""
    clusters = store.clusters()
    linked = _linked_ids(store, filt)
    if linked is not None:
        clusters = [c for c in clusters if c.id in linked]
    else:
        if filt.type:
            clusters = [c for c in clusters if c.type == filt.type or c.kind == filt.type]
        clusters = [c for c in clusters if _overlaps(c, filt.date_from, filt.date_to)]
        if filt.actor:
            clusters = [c for c in clusters if _contains(_names(c), filt.actor)]
        if filt.place:
            clusters = [c for c in clusters if c.location is not None and _contains(
                (c.location.name, c.location.admin1, c.location.country), filt.place)]
    if filt.q:
        hits = {h["article_id"] for h in store.search(filt.q, limit=SEARCH_CAP)}
        clusters = [c for c in clusters if hits.intersection(c.article_ids) or _contains([c.summary], filt.q)]
    meta = article_meta(store, [a for c in clusters for a in c.article_ids])
    rows = []
    for c in clusters:
        outlets = list(dict.fromkeys(meta[a].outlet or "?" for a in c.article_ids if a in meta))
        if filt.outlet and not _contains(outlets, filt.outlet):
            continue
        lo, hi = figure_range(c, "fatalities")
        rows.append(Row(
            cluster=c, outlets=outlets, reports=len(c.article_ids), place=place_name(c),
            casualties=casualty_text(c), fatalities_min=lo, fatalities_max=hi,
            conflict_fields=[x.field for x in c.conflicts],
        ))
    rows.sort(key=lambda r: (r.cluster.date_start or "9999", r.cluster.id))
    return rows


def types_in(store: SQLStore) -> list[str]:
    """Every event type present, for the filter menu and the colour legend."""
    return sorted(store.stats().get("events_by_type", {}).keys() | {c.type for c in store.clusters()})
