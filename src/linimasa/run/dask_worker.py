"""What a Dask worker process keeps from one partition to the next: the loaded
resources, its connection to the store it writes, and the cycle collector's frozen
objects. (Plain Python: nothing here imports dask.)"""

from __future__ import annotations

import gc
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from ..config import Settings
from ..pipeline import Resources, load_resources
from ..store import open_store
from ..store.base import SQLStore
from .local import collect_batch

__all__ = ["COLLECTOR", "WorkerCollector", "end_turns", "worker_resources", "worker_store", "write_turn"]

_RESOURCES: dict[tuple[Settings, tuple[str, ...]], Resources] = {}


def worker_resources(settings: Settings, stages: tuple[str, ...]) -> Resources:
    """Resources loaded once per worker process (and kept for the next partitions)."""
    key = (settings, tuple(stages))
    if key not in _RESOURCES:
        _RESOURCES[key] = load_resources(settings, tuple(stages))
    return _RESOURCES[key]


_STORE: dict[str, tuple[str, SQLStore]] = {}  # per use: the store this worker reads or writes, kept open


def _store_key(db: str) -> str:
    try:  # a SQLite file replaced by another at the same path is another store
        st = os.stat(db)
        return f"{db}|{st.st_dev}|{st.st_ino}"
    except OSError:
        return db


@contextmanager
def worker_store(db: str, use: str = "read") -> Iterator[SQLStore]:
    """The store ``db``, opened once per worker process and ``use`` and kept for its next
    partitions (each opening checks the schema under the store's write lock: with two
    workers one waited for the other's write, twice per partition). Any transaction is
    ended after each use (no lock is held between partitions); a connection that failed
    is closed; opening another store for a use closes the one it had. Reads (a
    partition's look-up of stored pages) and writes have connections of their own: a
    write waiting for its turn runs beside the worker's next partition, and one
    connection's transaction must not be ended by the other thread's use."""
    key = _store_key(db)
    held = _STORE.get(use)
    if held is None or held[0] != key:
        if held is not None:
            with suppress(Exception):
                held[1].close()
            del _STORE[use]
        store = open_store(db)
        key = _store_key(db)  # the file exists now
        _STORE[use] = (key, store)
    else:
        store = held[1]
    try:
        yield store
        store.conn.commit()
    except BaseException:
        _STORE.pop(use, None)
        with suppress(Exception):
            store.close()
        raise


def _turn_file(db: str) -> str:
    name = hashlib.sha256(os.path.abspath(db).encode("utf-8")).hexdigest()[:24]
    return os.path.join(tempfile.gettempdir(), f"linimasa-write-{name}.lock")


@contextmanager
def write_turn(db: str, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """The workers writing one SQLite file ``db`` take turns, one partition each: an
    advisory lock on a file named after it (in the temporary folder: the workers that
    write a SQLite file all run on its machine), waited for in the kernel, which wakes
    the next writer the moment the last one is done. Waiting on the database's own lock
    instead polls it, sleeping longer each time (up to 100 ms a try): a worker slept on
    after the lock was free, and a partition's writes, a transaction per batch, could be
    overtaken between batches. When another writer has the turn, ``on_wait`` is called
    before waiting (the Dask executor gives the worker's thread to its next partition).
    A store that takes concurrent writers (a URL: PostgreSQL), or a system without
    ``fcntl``, needs no turns."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    if "://" in db:
        yield
        return
    fd = os.open(_turn_file(db), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # and the lock with it


def end_turns(db: str) -> None:
    """Remove the turn file of ``db`` once its run's writes are all done (one file per
    database and run, not one per database ever written in the temporary folder). A run
    on the same file at the same time would lose only the turns, not the database's own
    lock."""
    if "://" not in db:
        with suppress(OSError):
            os.unlink(_turn_file(db))


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
