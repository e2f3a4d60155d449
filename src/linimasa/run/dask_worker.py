"""What a Dask worker process keeps from one partition to the next: the loaded
resources, its connection to the store it writes, and the cycle collector's frozen
objects. (Plain Python: nothing here imports dask.)"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from ..config import Settings
from ..pipeline import Resources, load_resources
from ..store import open_store
from ..store.base import SQLStore
from .local import collect_batch

__all__ = ["COLLECTOR", "WorkerCollector", "worker_resources", "worker_store"]

_RESOURCES: dict[tuple[Settings, tuple[str, ...]], Resources] = {}


def worker_resources(settings: Settings, stages: tuple[str, ...]) -> Resources:
    """Resources loaded once per worker process (and kept for the next partitions)."""
    key = (settings, tuple(stages))
    if key not in _RESOURCES:
        _RESOURCES[key] = load_resources(settings, tuple(stages))
    return _RESOURCES[key]


_STORE: dict[str, SQLStore] = {}  # the store this worker writes, kept open between partitions


def _store_key(db: str) -> str:
    try:  # a SQLite file replaced by another at the same path is another store
        st = os.stat(db)
        return f"{db}|{st.st_dev}|{st.st_ino}"
    except OSError:
        return db


@contextmanager
def worker_store(db: str) -> Iterator[SQLStore]:
    """The store ``db``, opened once per worker process and kept for its next partitions
    (each opening checks the schema under the store's write lock: with two workers one
    waited for the other's write, twice per partition). Any transaction is ended after
    each use (no lock is held between partitions); a connection that failed is closed;
    opening another store closes this one."""
    key = _store_key(db)
    store = _STORE.get(key)
    if store is None:
        for old in _STORE.values():
            old.close()
        _STORE.clear()
        store = open_store(db)
        key = _store_key(db)  # the file exists now
        _STORE[key] = store
    try:
        yield store
        store.conn.commit()
    except BaseException:
        del _STORE[key]
        with suppress(Exception):
            store.close()
        raise


class WorkerCollector:
    """The cycle collector in a process that runs partitions one after the other: off
    while a partition runs, and one collection after each batch of pages -- as in the
    local executor (:func:`linimasa.run.local.collect_per_batch`) -- but what survives a
    collection stays frozen from one partition to the next, so a partition's collections
    walk only what is new since the last one. (The local policy unfreezes on exit, and
    the next partition's first collection walked the whole heap -- resources, caches,
    the worker's own objects -- again: ~0.1 s of CPU per partition and worker, a fixed
    cost per worker that a second worker does not share.) Should the frozen objects grow
    to twice what they were after the last full collection (cyclic garbage frozen while
    it was still in use, or caches grown), they are unfrozen and collected once; they are
    counted every :attr:`CHECK_EVERY` partitions (counting walks them: ~20 ms)."""

    CHECK_EVERY = 16

    def __init__(self) -> None:
        self.limit = 0  # frozen objects that trigger a full collection; 0: none made yet
        self.partitions = 0

    def _full(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.limit = 2 * gc.get_freeze_count() + 10_000

    after_batch = staticmethod(collect_batch)  # frozen objects are not walked

    @contextmanager
    def partition(self) -> Iterator[Callable[[], None]]:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self.partitions += 1
            if not self.limit or (self.partitions % self.CHECK_EVERY == 0 and gc.get_freeze_count() >= self.limit):
                self._full()  # the first partition, or the frozen objects doubled
            else:
                self.after_batch()
            yield self.after_batch
        finally:
            if was_enabled:
                gc.enable()


COLLECTOR = WorkerCollector()
