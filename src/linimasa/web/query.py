"""The timeline filter shared by the pages, the API and the downloads.

:func:`select` turns a :class:`TimelineFilter` into the matching event clusters (date
order) with what a timeline row shows next to each: outlets, casualty range, conflicts.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any, cast
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


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """ISO alpha-2 -> a short English name ("ID" -> "Indonesia"); the code when unknown."""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code.upper())
    except (ImportError, LookupError, KeyError):
        return code
    return str(getattr(c, "common_name", None) or c.name) if c is not None else code


def place_name(c: EventCluster) -> str:
    loc = c.location
    if loc is None:
        return ""
    parts = [loc.name]
    if loc.admin1 and loc.admin1 != loc.name:
        parts.append(loc.admin1)
    country = country_name(loc.country) if loc.country else ""
    if country and country not in parts:
        parts.append(country)
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


class _Snapshot:
    """The store as the linking stage's timeline query sees it, with the clusters already
    loaded (everything else is the real store)."""

    def __init__(self, store: SQLStore, clusters: list[EventCluster]) -> None:
        self._store = store
        self._clusters = clusters

    def clusters(self, **_: Any) -> list[EventCluster]:
        return self._clusters

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


@dataclass
class Snapshot:
    """Clusters and article metadata, loaded once and reused until the store changes."""

    key: tuple[Any, ...]
    loaded: float
    stats: dict[str, Any]
    clusters: list[EventCluster]
    meta: dict[str, Article]


class SnapshotCache:
    """Keeps the last :class:`Snapshot`; reloads when the store's counts or its last run
    change, when ``invalidate`` is called (after an upload) or after ``ttl`` seconds."""

    def __init__(self, ttl: float = 30.0) -> None:
        self.ttl = ttl
        self._snap: Snapshot | None = None

    def invalidate(self) -> None:
        self._snap = None

    def get(self, store: SQLStore) -> Snapshot:
        stats = store.stats()
        runs = store.runs(limit=1)
        last = (runs[0].id, runs[0].finished) if runs else None
        key = (stats["articles"], stats["events"], stats["clusters"], stats["passages"], stats["runs"], last)
        snap = self._snap
        if snap is None or snap.key != key or time.monotonic() - snap.loaded > self.ttl:
            clusters = store.clusters()
            meta = article_meta(store, [a for c in clusters for a in c.article_ids])
            snap = self._snap = Snapshot(key=key, loaded=time.monotonic(), stats=stats, clusters=clusters, meta=meta)
        snap.stats = stats
        return snap


def select(store: SQLStore, filt: TimelineFilter, snap: Snapshot | None = None) -> list[Row]:
    """Every cluster matching ``filt``, in date order, as timeline rows. Date, type, actor
    and place are matched by the linking stage's :func:`timeline_rows`; outlet and text
    here."""
    from ..link.timeline import timeline_rows

    snap = snap or SnapshotCache().get(store)
    by_id = {c.id: c for c in snap.clusters}
    found = timeline_rows(cast(SQLStore, _Snapshot(store, snap.clusters)), date_from=filt.date_from,
                          date_to=filt.date_to, type_=filt.type, actor=filt.actor, place=filt.place, limit=None)
    clusters = [by_id[r["id"]] for r in found if r["id"] in by_id]
    if filt.q:
        hits = {h["article_id"] for h in store.search(filt.q, limit=SEARCH_CAP)}
        clusters = [c for c in clusters if hits.intersection(c.article_ids) or _contains([c.summary], filt.q)]
    meta = snap.meta
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
    return rows
