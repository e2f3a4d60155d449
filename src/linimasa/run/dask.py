"""The Dask executor: the same per-article stages, mapped over partitions on a cluster.

The client splits the inputs into *units* -- a file, or a line-aligned byte range of a big
JSON-lines file -- and groups units into partitions of about ``partition_bytes``. Workers
read their partition with the ingest readers and run :func:`linimasa.pipeline.process` on
every page the store does not hold yet (resources loaded once per worker process), and
send back only a summary (hashes, ids, skips, entity ids). The client takes summaries in
input order, counts them exactly as the local executor does, and decides what each
partition writes: not the pages an earlier partition holds, and only the records of
entities no earlier partition named -- so the first copy of a page and the first record
of an entity win, as in a local run, while the workers holding the rows write them to
the store, several at once and in any order, and mark their units finished.
When the workers cannot reach the store (an in-memory or remote SQLite file) the rows
come back and the client writes them instead. A rerun skips finished units (keyed by
path, size, mtime, byte range and stages). The cross-article stages then run as
distributed passes over the store (:mod:`.dask_link`), with the result of a local run.

This is the only module that imports dask.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..config import Settings
from ..errors import NothingIngestedError, StoreError
from ..ingest import read_inputs, read_stream
from ..model import Article, RawDocument, RunRecord, Skip, raw_hash
from ..pipeline import STAGES, process
from ..store.base import ArticleRows, SQLStore, article_rows
from . import dask_link
from .dask_worker import COLLECTOR, WorkerCollector, end_turns, worker_resources, worker_store, write_turn
from .local import BATCH
from .partitions import (
    PARTITION_BYTES,
    Partition,
    Unit,
    auto_partition_bytes,
    done_units,
    group_units,
    mark_units,
    read_unit,
    split_inputs,
)

__all__ = ["PARTITION_BYTES", "Partition", "Unit", "WorkerCollector", "auto_partition_bytes", "execute", "group_units",
           "local_cluster", "read_unit", "run_partition", "split_inputs", "summarize", "warm_up", "worker_store",
           "write_partition"]

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class PartitionResult:
    """A processed partition: per page, in input order, either an ingest Skip or (raw
    hash, the processed article already serialised to rows, a Skip, or None for a page the
    store held before, or an earlier copy in the partition, that was not processed again);
    the number of pages each unit held; the worker's CPU seconds; and about how many bytes
    the rows take (for the scheduler, which then writes them where they are)."""

    items: list[tuple[str | None, ArticleRows | Skip | None]] = field(default_factory=list)
    cpu_s: float = 0.0
    unit_pages: list[int] = field(default_factory=list)
    nbytes: int = 0


@dataclass
class Summary:
    """What the client needs of a processed partition, to count it and to decide what its
    worker writes: per page, in input order, (raw hash or None for an ingest Skip, the id
    of the article when the page has rows, the Skip to record or None); the ids of the
    entities its articles name, each once, in order; the CPU seconds spent on it."""

    items: list[tuple[str | None, str | None, Skip | None]] = field(default_factory=list)
    entity_ids: list[str] = field(default_factory=list)
    cpu_s: float = 0.0


def _sizeof_result(result: PartitionResult) -> int:
    return result.nbytes


try:  # the scheduler sizes results to place each write task where its rows are
    from dask.sizeof import sizeof

    sizeof.register(PartitionResult)(_sizeof_result)
except ImportError:  # pragma: no cover - dask is an optional dependency
    pass


# -- on the workers ----------------------------------------------------------------

_WARM_UP_TEXT = ("Polisi menangkap dua tersangka pengeroyokan di Kota Makassar, Sulawesi Selatan, pada Senin "
                 "(6/5/2024). \"Keduanya sudah kami tahan,\" kata Kapolres Makassar kepada wartawan.")


def warm_up(settings: Settings, stages: tuple[str, ...] = STAGES, inputs: Sequence[str] = ()) -> int:
    """Load the resources on this worker now, run one short page through the stages so
    compiled code is loaded too, and make the collector's first full collection
    (``client.run(warm_up, settings)``); with ``inputs``, their pages are processed too
    (nothing is stored): the language layer's word caches fill as in a long run. Returns
    how many pages were processed."""
    res = worker_resources(settings, tuple(stages))
    docs: list[RawDocument | Skip] = [RawDocument(source="warm-up", kind="txt", text=_WARM_UP_TEXT)]
    docs.extend(read_inputs(list(inputs), settings) if inputs else [])
    n = 0
    with COLLECTOR.partition() as after_batch:
        for doc in docs:
            if isinstance(doc, RawDocument):
                process(doc, res)
                n += 1
                if n % BATCH == 0:
                    after_batch()
    return n


def run_partition(part: Partition, settings: Settings, stages: tuple[str, ...], db: str | None = None) -> PartitionResult:
    """Read and process one partition: the same :func:`process` the local executor calls.
    With ``db`` (the store the workers write), pages the store already holds, and later
    copies of a page in the partition, are not processed (as the local executor)."""
    res = worker_resources(settings, stages)
    out = PartitionResult()
    cpu = time.thread_time()  # this task's own, not that of a write waiting beside it
    docs: list[RawDocument | Skip] = list(part.docs or [])
    unit_pages = []
    for unit in part.units:
        before = len(docs)
        docs.extend(read_unit(unit, settings))
        unit_pages.append(sum(1 for d in docs[before:] if not isinstance(d, Skip)))
    hashes = [None if isinstance(d, Skip) else raw_hash(d) for d in docs]
    known: set[str] = set()
    if db is not None:
        with worker_store(db) as store:
            known = store.known_hashes([h for h in hashes if h is not None])
    processed = 0
    with COLLECTOR.partition() as after_batch:
        for doc, h in zip(docs, hashes):
            if isinstance(doc, Skip) or h is None:
                out.items.append((None, doc if isinstance(doc, Skip) else None))
            elif h in known:
                out.items.append((h, None))
            else:
                result = process(doc, res, content_hash=h)
                if isinstance(result, Article):
                    result.content_hash = h
                    rows = article_rows(result)  # serialised here, not on the client
                    out.nbytes += 200 + len(rows.text) + len(rows.article[12])
                    out.items.append((h, rows))
                else:
                    out.items.append((h, result))
                if db is not None:
                    known.add(h)
                processed += 1
                if processed % BATCH == 0:
                    after_batch()
    out.unit_pages = unit_pages
    out.cpu_s = time.thread_time() - cpu
    return out


def summarize(result: PartitionResult) -> Summary:
    """The :class:`Summary` of a processed partition (run where its rows are)."""
    out = Summary(cpu_s=result.cpu_s)
    entities: dict[str, None] = {}
    for h, item in result.items:
        if item is None or isinstance(item, Skip):
            out.items.append((h, None, item))
        else:
            out.items.append((h, item.id, _skip_record(item)))
            entities.update((e[0], None) for e in item.entities)
    out.entity_ids = list(entities)
    return out


def _secede() -> None:
    """Leave this worker's thread to the next partition while this task waits (the
    scheduler counts a seceded task out of the worker's slots and sends the next one);
    outside a Dask worker, nothing."""
    try:
        from distributed import secede

        secede()
    except (ImportError, ValueError):  # not in a worker
        pass


def write_partition(result: PartitionResult, drop: set[str], entities: set[str], db: str, run_id: str,
                    units: list[tuple[str, str]]) -> tuple[float, float]:
    """Write a processed partition to the store ``db`` and mark its units finished
    (``units``: key and source of each); returns the CPU seconds it took and the seconds
    it waited (for its turn to write, for the disk, for the interpreter's lock held by the
    partition beside it). The client
    decided, in input order, which pages an earlier partition holds (``drop``: their raw
    hashes) and which entities' records this partition writes (``entities``: those no
    earlier partition names), so partitions can be written by several workers at once,
    in any order, and the first copy of a page and the first record of an entity still
    win, as in a local run. While another worker writes, this one processes its next
    partition (:func:`~.dask_worker.write_turn`): the write waits in a thread of its own."""
    wall = time.perf_counter()
    cpu = time.thread_time()  # this task's own: a seceded write shares the process with the next partition
    fresh: list[ArticleRows] = []
    for h, item in result.items:
        if isinstance(item, ArticleRows) and h not in drop:
            if any(e[0] not in entities for e in item.entities):  # article_entities rows stay
                item = replace(item, entities=[e for e in item.entities if e[0] in entities])
            fresh.append(item)
    with write_turn(db, _secede), worker_store(db, "write") as store:
        for i in range(0, len(fresh), BATCH):
            store.put_rows(fresh[i:i + BATCH])
        mark_units(store, [(k, src, n) for (k, src), n in zip(units, result.unit_pages)], run_id)
    cpu = time.thread_time() - cpu
    return cpu, max(0.0, time.perf_counter() - wall - cpu)


def _skip_record(rows: ArticleRows) -> Skip | None:
    """The Skip a local run records for a stored article that was not analysed."""
    if rows.status == "ok":
        return None
    reason = rows.skip_reason or "skipped"
    stage = reason.split(" stage failed", 1)[0] if " stage failed" in reason else "clean"
    return Skip(source=rows.source, reason=reason, stage=stage)


# -- on the client -------------------------------------------------------------------

class _Accounts:
    """The local executor's bookkeeping (counts, skips, first copy wins), fed with
    results that were computed elsewhere."""

    def __init__(self, store: SQLStore, run: RunRecord, batch: int = BATCH) -> None:
        self.store, self.run, self.batch_size = store, run, batch
        for key in ("read", "new", "unchanged", "skipped", "not_indonesian", "partitions", "partitions_skipped"):
            run.counts.setdefault(key, 0)
        self.seen: set[str] = set()
        self.batch: list[ArticleRows] = []
        self.worker_cpu_s = 0.0
        self.new_ids: list[str] = []
        self.finished: list[tuple[str, str, int]] = []  # (unit key, source, pages) not yet marked
        self.entities: set[str] = set()  # ids of the entities named so far (when the workers write)

    def skip(self, s: Skip) -> None:
        self.run.counts["skipped"] += 1
        self.run.skips.append(s)
        log.warning("skipped %s: %s", s.source, s.reason)

    def take(self, result: PartitionResult) -> None:
        counts = self.run.counts
        self.worker_cpu_s += result.cpu_s
        hashes = [h for h, _ in result.items if h is not None]
        known = self.store.known_hashes(hashes) if hashes else set()
        for h, item in result.items:
            if h is None:
                assert isinstance(item, Skip)
                self.skip(item)
                continue
            counts["read"] += 1
            if h in self.seen or h in known:
                counts["unchanged"] += 1
                continue
            self.seen.add(h)
            if isinstance(item, Skip):
                self.skip(item)
                continue
            if item is None:  # not processed: only a worker that writes leaves a page out
                counts["unchanged"] += 1
                continue
            skip = _skip_record(item)
            if skip is not None:
                counts["not_indonesian" if skip.reason.startswith("language") else "skipped"] += 1
                self.run.skips.append(skip)
            counts["new"] += 1
            self.batch.append(item)
            if len(self.batch) >= self.batch_size:
                self.flush()

    def take_summary(self, summary: Summary) -> tuple[set[str], set[str]]:
        """Count a partition the workers write (same rules as :meth:`take`); returns the
        hashes of its pages an earlier partition holds (not to be written again) and the
        entities no earlier partition named (their records are written by this one)."""
        counts = self.run.counts
        self.worker_cpu_s += summary.cpu_s
        drop: set[str] = set()
        for h, new_id, skip in summary.items:
            if h is None:
                assert skip is not None
                self.skip(skip)
                continue
            counts["read"] += 1
            if h in self.seen or (new_id is None and skip is None):
                counts["unchanged"] += 1
                if new_id is not None:
                    drop.add(h)
                continue
            self.seen.add(h)
            if new_id is None:
                assert skip is not None
                self.skip(skip)
                continue
            if skip is not None:
                counts["not_indonesian" if skip.reason.startswith("language") else "skipped"] += 1
                self.run.skips.append(skip)
            counts["new"] += 1
            self.new_ids.append(new_id)
        own = {e for e in summary.entity_ids if e not in self.entities}
        self.entities |= own
        return drop, own

    def flush(self) -> None:
        if self.batch:
            self.store.put_rows(self.batch)
            self.new_ids.extend(r.id for r in self.batch)
            self.batch.clear()
        self.mark_finished()

    def mark_finished(self) -> None:
        """Units whose articles are all stored are marked, so a rerun skips them."""
        if self.finished:
            mark_units(self.store, self.finished, self.run.id)
            self.finished.clear()


# Dask's own monitoring, made light for runs of long tasks: no statistical profiler in the
# workers (it samples the running task's stack every 10 ms: 3-4 % of a core per worker),
# and slower event-loop watchdog, system and memory monitors (5 % of a core in the process
# holding the scheduler and the nannies, with 2 workers). Measured idle on the 2-core machine.
QUIET_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    # a worker gets its next partition only when it finishes one, so a finished partition's
    # summary (higher priority) runs first and the client can decide its write at once
    "distributed.scheduler.worker-saturation": 1.0,
}


def local_cluster(workers: int, silence_logs: int = logging.WARNING) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes, with :data:`QUIET_CONFIG`."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set(QUIET_CONFIG):  # read as the scheduler, nannies and workers start
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            scheduler_kwargs={"dashboard": False}, silence_logs=silence_logs)


def _client(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    from dask.distributed import Client

    # distributed sets its loggers to INFO (workers starting, closing): not ours to show.
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().getEffectiveLevel()))
    if scheduler:
        return Client(scheduler), None
    cluster = local_cluster(workers)
    return Client(cluster), cluster


def execute(
    store: SQLStore, paths: Sequence[str], settings: Settings, *, workers: int = 2, scheduler: str | None = None,
    stages: tuple[str, ...] = STAGES, link: bool = True, partition_bytes: int | None = None,
    progress: Progress | None = None, client: Any = None, workers_write: bool | None = None,
) -> RunRecord:
    """Ingest ``paths`` through ``stages`` on a Dask cluster into ``store``.

    ``scheduler`` (``tcp://HOST:PORT``) uses a running cluster; otherwise a LocalCluster of
    ``workers`` single-threaded processes is started for the run (or pass a ``client``).
    ``partition_bytes`` (a fixed partition size) defaults to partitions that shrink as the
    input runs out (:func:`~.partitions.group_units` with ``workers``). The workers write
    their partitions to the store themselves (``workers_write``; by default whenever
    they can reach it: always for PostgreSQL, for
    SQLite when every worker sees this machine's database file), so the client only
    orchestrates and counts; otherwise the rows come back and the client writes. Same results and
    errors as :func:`linimasa.run.local.execute`; ``run.counts`` adds ``partitions``
    (processed now), ``partitions_skipped`` (units finished by an earlier run),
    ``partitions_cpu_ms`` (CPU time the workers spent) and, when the workers write,
    ``partitions_write_wait_ms`` (time their writes waited: the store's lock, the disk)."""
    stages = tuple(stages)
    files = [p for p in paths if p != "-"]
    cluster = None
    own = client is None
    if own and scheduler:
        client, own = _client(workers, scheduler)[0], True
    if client is not None:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
    size = partition_bytes or auto_partition_bytes(files, workers)
    run = store.start_run(paths)
    acct = _Accounts(store, run)
    try:
        stdin_docs = list(read_stream("-", sys.stdin.buffer, settings)) if "-" in paths else None
        units, skips = split_inputs(files, size)
        for s in skips:
            acct.skip(s)
        keys = [u.key(stages) for u in units]
        done = done_units(store, keys)
        todo = [u for u, k in zip(units, keys) if k not in done]
        for u, k in zip(units, keys):
            if k in done:
                run.counts["partitions_skipped"] += 1
                run.counts["unchanged"] += done[k]
                run.counts["read"] += done[k]
                if progress:
                    progress(u.path)
        parts = [Partition(i, g) for i, g in enumerate(group_units(todo, size, 0 if partition_bytes else workers))]
        if stdin_docs:
            parts.insert(0, Partition(-1, [], stdin_docs))
        if parts:
            if client is None:
                client, cluster = _client(workers, None)
            db = _worker_db(client, store) if workers_write is not False else None
            if workers_write and db is None:
                raise StoreError(f"the Dask workers cannot reach the store {store.url!r}: use a SQLite file every "
                                 "worker sees, or PostgreSQL")
            if db is not None:
                _map_written(client, parts, settings, stages, db, acct, run, progress)
            else:
                _map(client, parts, settings, stages, acct, run, progress)
        acct.flush()
        run.counts["partitions_cpu_ms"] = round(1000 * acct.worker_cpu_s)  # worker CPU spent on this run
        if link and "events" in stages:
            if client is None:
                client, cluster = _client(workers, None)
            run.counts.update(dask_link.update(client, store, acct.new_ids, settings))
    finally:
        store.finish_run(run)
        if own and client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    if run.counts.get("read", 0) == 0 and run.counts.get("partitions_skipped", 0) == 0:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in run.skips[:5]) or "no input files found"
        raise NothingIngestedError(f"nothing could be ingested ({reasons})")
    return run


def _map(client: Any, parts: list[Partition], settings: Settings, stages: tuple[str, ...], acct: _Accounts,
         run: RunRecord, progress: Progress | None) -> None:
    """Submit partitions with a bounded window; take the results back in input order."""
    nworkers = max(1, len(client.scheduler_info().get("workers", {})))
    window = 2 * nworkers + 1
    pending: deque[tuple[Partition, Any]] = deque()
    queue = deque(parts)
    while queue or pending:
        while queue and len(pending) < window:
            part = queue.popleft()
            pending.append((part, client.submit(run_partition, part, settings, stages, pure=False)))
        part, fut = pending.popleft()
        result: PartitionResult = fut.result()
        fut.release()
        acct.take(result)  # writes in batches of the local executor's size: same rows, same order
        acct.finished.extend((u.key(stages), u.path if u.start is None else f"{u.path}@{u.start}", n)
                             for u, n in zip(part.units, result.unit_pages))
        if not acct.batch:
            acct.mark_finished()
        run.counts["partitions"] += 1
        if progress:
            for u in part.units:
                progress(u.path)
        log.info("partition %d: %d pages", part.index, len(result.items))


def _file_id(path: str) -> tuple[str, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return socket.gethostname(), st.st_dev, st.st_ino


def _worker_db(client: Any, store: SQLStore) -> str | None:
    """The store's address for the workers, or None when they cannot all reach it: a
    SQLite file is written by the workers only when each of them, on this machine, finds
    the very same file (not an in-memory database, not a copy on another host)."""
    from ..store.sqlite import SQLiteStore

    if not isinstance(store, SQLiteStore):
        return store.url
    if store.path == ":memory:":
        return None
    path = os.path.abspath(store.path)
    here = _file_id(path)
    seen = client.run(_file_id, path)
    return path if here is not None and seen and all(v == here for v in seen.values()) else None


def _map_written(client: Any, parts: list[Partition], settings: Settings, stages: tuple[str, ...], db: str,
                 acct: _Accounts, run: RunRecord, progress: Progress | None) -> None:
    """Partitions are processed where a worker is free; the client takes their summaries
    as they come, counts them and decides what each writes in input order; the worker
    holding the rows writes them (ahead of the processing waiting in its queue), several
    workers at once. A new partition goes out whenever a summary comes back, so a worker
    never waits for an earlier partition's summary."""
    from dask.distributed import as_completed

    nworkers = max(1, len(client.scheduler_info().get("workers", {})))
    window = 2 * nworkers + 1
    queue = deque(parts)
    inflight: dict[Any, tuple[int, Partition, Any]] = {}
    ready: dict[int, tuple[Partition, Any, Summary]] = {}
    writes: list[Any] = []
    summaries = as_completed(with_results=True)  # each summary comes with its completion: no second round trip
    submitted = decided = 0

    def submit(batch: list[Partition]) -> None:
        nonlocal submitted
        # one call for the batch: the scheduler sees all its partitions at once and queues
        # them, giving each worker one at a time (submitted one by one, the first two went to
        # each worker at once, and a partition's summary waited behind the next partition)
        rows = client.map(run_partition, batch, settings=settings, stages=stages, db=db, pure=False)
        # the summary before anything else the worker has waiting (it frees the client's decision)
        for part, r, summary in zip(batch, rows, client.map(summarize, rows, pure=False, priority=2), strict=True):
            inflight[summary] = (submitted, part, r)
            summaries.add(summary)
            submitted += 1

    def submit_next() -> None:
        submit([queue.popleft()])

    submit([queue.popleft() for _ in range(min(window, len(queue)))])
    for fut, result in summaries:
        i, part, rows = inflight.pop(fut)
        ready[i] = (part, rows, result)
        del rows
        if queue:
            submit_next()
        while decided in ready:
            part, rows, summary = ready.pop(decided)
            decided += 1
            drop, own = acct.take_summary(summary)
            units = [(u.key(stages), u.path if u.start is None else f"{u.path}@{u.start}") for u in part.units]
            writes.append(client.submit(write_partition, rows, drop, own, db, run.id, units, pure=False, priority=1))
            del rows  # the write task holds the rows now; they go when it is done
            run.counts["partitions"] += 1
            if progress:
                for u in part.units:
                    progress(u.path)
            log.info("partition %d: %d pages", part.index, len(summary.items))
    spent = client.gather(writes)
    end_turns(db)
    acct.worker_cpu_s += sum(cpu for cpu, _ in spent)
    run.counts["partitions_write_wait_ms"] = round(1000 * sum(wait for _, wait in spent))
