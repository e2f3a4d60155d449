"""What every route gets: the store (one connection, one lock), settings, paging and the
timeline filter parsed from the query string."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request

from ..config import Settings
from ..store.base import SQLStore
from .errors import ApiError
from .query import SnapshotCache, TimelineFilter


class StoreHandle:
    """One store shared by the worker threads; each use holds the lock (a SQLite
    connection must not run two statements at once)."""

    def __init__(self, store: SQLStore) -> None:
        self.store = store
        self.lock = threading.RLock()

    @contextmanager
    def use(self) -> Iterator[SQLStore]:
        with self.lock:
            yield self.store


@dataclass
class AppState:
    handle: StoreHandle
    settings: Settings
    allow_ingest: bool
    token: str | None
    resources: Any = None  # pipeline resources, loaded on first ingest
    cache: SnapshotCache = field(default_factory=SnapshotCache)


def state(request: Request) -> AppState:
    st: AppState = request.app.state.linimasa
    return st


def id_path() -> Any:
    """A record id in the URL: short, plain characters only."""
    return Path(..., min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def paging(
    request: Request,
    limit: int = Query(50, ge=1, description="Items per page (at most the server's page_size_max)."),
    offset: int = Query(0, ge=0, description="Items to skip."),
) -> Page:
    cap = state(request).settings.page_size_max
    if limit > cap:
        raise ApiError(400, "invalid_parameter", f"limit: expected at most {cap}, got {limit}; page with offset")
    return Page(limit=limit, offset=offset)


def timeline_filter(
    date_from: str | None = Query(None, description="First day, YYYY[-MM[-DD]]."),
    date_to: str | None = Query(None, description="Last day, YYYY[-MM[-DD]]."),
    type_: str | None = Query(None, alias="type", description="Event type (PLOVER or kind)."),
    actor: str | None = Query(None, description="Part of an actor's or target's name or sector."),
    place: str | None = Query(None, description="Part of the place, province or country."),
    outlet: str | None = Query(None, description="Part of an outlet name."),
    q: str | None = Query(None, description="Full-text search in the reports."),
) -> TimelineFilter:
    return TimelineFilter.parse(date_from=date_from, date_to=date_to, type=type_, actor=actor, place=place,
                                outlet=outlet, q=q)


StateDep = Annotated[AppState, Depends(state)]
PageDep = Annotated[Page, Depends(paging)]
FilterDep = Annotated[TimelineFilter, Depends(timeline_filter)]
