"""The Dask executor: the same per-article stages, mapped over partitions on a cluster.

The client splits the inputs into *units* -- a file, or a line-aligned byte range of a big
JSON-lines file -- and groups units into partitions of about ``partition_bytes``. Workers
read their partition with the ingest readers and run :func:`linimasa.pipeline.process` on
every page (resources loaded once per worker process), and send back the articles. The
client takes partitions back in input order and accounts for them exactly as the local
executor does (same dedup, same counts), writes them through the store -- so SQLite is
written by one process only -- and marks each finished unit. A rerun skips finished units
(keyed by path, size, mtime, byte range and stages). The cross-article stages then run as
distributed passes over the store (:mod:`.dask_link`), with the result of a local run.

This is the only module that imports dask.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import NothingIngestedError
from ..ingest import iter_files, read_inputs, read_stream
from ..ingest.readers import jsonl_documents
from ..model import Article, RawDocument, RunRecord, Skip, raw_hash
from ..pipeline import STAGES, Resources, load_resources, process
from ..store.base import ArticleRows, SQLStore, article_rows, now_iso
from . import dask_link
from .local import BATCH

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
PARTITION_BYTES = 4 * 1024 * 1024
MAX_UNITS_PER_PARTITION = 200
_BLOCK = 8 * 1024 * 1024
_JSONL = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Unit:
    """The smallest piece of input a rerun can skip: a whole path, or lines
    ``[start, end)`` (bytes) of a JSON-lines file whose first line is ``first_line``."""

    path: str
    size: int = 0
    mtime_ns: int = 0
    start: int | None = None
    end: int | None = None
    first_line: int = 1

    def key(self, stages: Sequence[str]) -> str:
        ident = f"{os.path.abspath(self.path)}|{self.size}|{self.mtime_ns}|{self.start}|{self.end}|{','.join(stages)}"
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:32]


@dataclass
class Partition:
    index: int
    units: list[Unit]
    docs: list[RawDocument | Skip] | None = None  # pages already read by the client (stdin)


@dataclass
class PartitionResult:
    """What a worker sends back: per page, in input order, either an ingest Skip or
    (raw hash, the processed article already serialised to rows, or a Skip); the number of
    pages each unit held; and the worker's CPU seconds."""

    items: list[tuple[str | None, ArticleRows | Skip]] = field(default_factory=list)
    cpu_s: float = 0.0
    unit_pages: list[int] = field(default_factory=list)


# -- splitting the inputs ----------------------------------------------------------

def _file_unit(path: Path) -> Unit:
    try:
        st = path.stat()
        return Unit(str(path), st.st_size, st.st_mtime_ns)
    except OSError:
        return Unit(str(path))  # missing or unreadable: the reader records the Skip


def _jsonl_ranges(path: Path, size: int, mtime_ns: int, target: int) -> list[Unit]:
    """Line-aligned byte ranges of about ``target`` bytes, with each range's first line
    number (one sequential pass, counting newlines)."""
    units: list[Unit] = []
    start, line, pos, next_cut = 0, 1, 0, target
    lines_before = 0
    with path.open("rb") as fh:
        while True:
            block = fh.read(_BLOCK)
            if not block:
                break
            while next_cut < pos + len(block):
                nl = block.find(b"\n", max(0, next_cut - pos))
                if nl < 0:
                    break
                cut = pos + nl + 1
                units.append(Unit(str(path), size, mtime_ns, start, cut, line))
                line = lines_before + block.count(b"\n", 0, nl + 1) + 1
                start, next_cut = cut, cut + target
            lines_before += block.count(b"\n")
            pos += len(block)
    if start < size:
        units.append(Unit(str(path), size, mtime_ns, start, size, line))
    return units


def split_inputs(paths: Sequence[str], partition_bytes: int = PARTITION_BYTES) -> tuple[list[Unit], list[Skip]]:
    """Inputs -> units in the order the local executor reads them (folders walked the same
    way); JSON-lines files bigger than ``partition_bytes`` become several line ranges."""
    units: list[Unit] = []
    skips: list[Skip] = []
    for p in paths:
        path = Path(p)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        files = list(iter_files(path)) if is_dir else [path]
        if is_dir and not files:
            skips.append(Skip(source=p, reason="folder holds no files"))
        for f in files:
            unit = _file_unit(f)
            if f.suffix.lower() in _JSONL and unit.size > partition_bytes:
                units.extend(_jsonl_ranges(f, unit.size, unit.mtime_ns, partition_bytes))
            else:
                units.append(unit)
    return units, skips


def group_units(units: Sequence[Unit], partition_bytes: int = PARTITION_BYTES) -> list[list[Unit]]:
    """Consecutive units packed into partitions of about ``partition_bytes``."""
    groups: list[list[Unit]] = []
    cur: list[Unit] = []
    size = 0
    for u in units:
        n = (u.end - u.start) if u.start is not None and u.end is not None else u.size
        if cur and (size + n > partition_bytes or len(cur) >= MAX_UNITS_PER_PARTITION):
            groups.append(cur)
            cur, size = [], 0
        cur.append(u)
        size += n
    if cur:
        groups.append(cur)
    return groups


# -- on the workers ----------------------------------------------------------------

_RESOURCES: dict[tuple[Settings, tuple[str, ...]], Resources] = {}


def worker_resources(settings: Settings, stages: tuple[str, ...]) -> Resources:
    """Resources loaded once per worker process (and kept for the next partitions)."""
    key = (settings, tuple(stages))
    if key not in _RESOURCES:
        _RESOURCES[key] = load_resources(settings, tuple(stages))
    return _RESOURCES[key]


def warm_up(settings: Settings, stages: tuple[str, ...] = STAGES) -> None:
    """Load the resources on this worker now (``client.run(warm_up, settings)``)."""
    worker_resources(settings, tuple(stages))


def read_unit(unit: Unit, settings: Settings) -> Iterator[RawDocument | Skip]:
    """The pages of one unit, named exactly as a whole-file read names them."""
    if unit.start is None or unit.end is None:
        yield from read_inputs([unit.path], settings)
        return
    with open(unit.path, "rb") as fh:
        fh.seek(unit.start)
        data = fh.read(unit.end - unit.start)
    # ``first_line`` keeps the reader's line numbers (``file:LINE``) those of the whole file.
    yield from jsonl_documents(unit.path, data, unit.first_line)


def run_partition(part: Partition, settings: Settings, stages: tuple[str, ...]) -> PartitionResult:
    """Read and process one partition: the same :func:`process` the local executor calls."""
    res = worker_resources(settings, stages)
    out = PartitionResult()
    cpu = time.process_time()

    def take(docs: Iterator[RawDocument | Skip] | list[RawDocument | Skip]) -> int:
        pages = 0
        for doc in docs:
            if isinstance(doc, Skip):
                out.items.append((None, doc))
            else:
                pages += 1
                h = raw_hash(doc)
                result = process(doc, res)
                if isinstance(result, Article):
                    result.content_hash = h
                    out.items.append((h, article_rows(result)))  # serialised here, not on the client
                else:
                    out.items.append((h, result))
        return pages

    if part.docs is not None:
        take(part.docs)
    for unit in part.units:
        out.unit_pages.append(take(read_unit(unit, settings)))
    out.cpu_s = time.process_time() - cpu
    return out


# -- partition markers ---------------------------------------------------------------

# One row per finished unit; ``pages`` is how many pages it held (a rerun counts them unchanged).
_MARKER_DDL = ("CREATE TABLE IF NOT EXISTS run_units (key TEXT PRIMARY KEY, source TEXT NOT NULL,"
               " pages INTEGER NOT NULL, run_id TEXT NOT NULL, finished TEXT NOT NULL)")


def _done_units(store: SQLStore, keys: Sequence[str]) -> dict[str, int]:
    store._exec(_MARKER_DDL)
    store.conn.commit()
    done: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        chunk = list(keys[i:i + 500])
        marks = ",".join("?" * len(chunk))
        done.update((k, int(n)) for k, n in store._all(f"SELECT key, pages FROM run_units WHERE key IN ({marks})", chunk))
    return done


def _mark_units(store: SQLStore, rows: Sequence[tuple[str, str, int]], run_id: str) -> None:
    stamp = now_iso()
    store._many("INSERT INTO run_units (key, source, pages, run_id, finished) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING", [(k, src, n, run_id, stamp) for k, src, n in rows])
    store.conn.commit()


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
            if item.status != "ok":
                counts["not_indonesian" if (item.skip_reason or "").startswith("language") else "skipped"] += 1
                self.run.skips.append(Skip(source=item.source, reason=item.skip_reason or "skipped", stage="clean"))
            counts["new"] += 1
            self.batch.append(item)
            if len(self.batch) >= self.batch_size:
                self.flush()

    def flush(self) -> None:
        if self.batch:
            self.store.put_rows(self.batch)
            self.new_ids.extend(r.id for r in self.batch)
            self.batch.clear()
        self.mark_finished()

    def mark_finished(self) -> None:
        """Units whose articles are all stored are marked, so a rerun skips them."""
        if self.finished:
            _mark_units(self.store, self.finished, self.run.id)
            self.finished.clear()


def _client(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    from dask.distributed import Client, LocalCluster

    # distributed sets its loggers to INFO (workers starting, closing): not ours to show.
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().getEffectiveLevel()))
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           scheduler_kwargs={"dashboard": False}, silence_logs=logging.WARNING)
    return Client(cluster), cluster


def auto_partition_bytes(paths: Sequence[str], workers: int) -> int:
    """About four partitions per worker, between 64 KiB and :data:`PARTITION_BYTES`."""
    total = 0
    for p in paths:
        path = Path(p)
        try:
            files = iter_files(path) if path.is_dir() else [path]
            total += sum(f.stat().st_size for f in files if f.is_file())
        except OSError:
            continue
    return int(min(PARTITION_BYTES, max(64 * 1024, total // (4 * max(1, workers)) + 1)))


def execute(
    store: SQLStore, paths: Sequence[str], settings: Settings, *, workers: int = 2, scheduler: str | None = None,
    stages: tuple[str, ...] = STAGES, link: bool = True, partition_bytes: int | None = None,
    progress: Progress | None = None, client: Any = None,
) -> RunRecord:
    """Ingest ``paths`` through ``stages`` on a Dask cluster into ``store``.

    ``scheduler`` (``tcp://HOST:PORT``) uses a running cluster; otherwise a LocalCluster of
    ``workers`` single-threaded processes is started for the run (or pass a ``client``).
    ``partition_bytes`` defaults to about four partitions per worker. Same results and
    errors as :func:`linimasa.run.local.execute`; ``run.counts`` adds ``partitions``
    (processed now), ``partitions_skipped`` (units finished by an earlier run) and
    ``partitions_cpu_ms`` (CPU time the workers spent)."""
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
        done = _done_units(store, keys)
        todo = [u for u, k in zip(units, keys) if k not in done]
        for u, k in zip(units, keys):
            if k in done:
                run.counts["partitions_skipped"] += 1
                run.counts["unchanged"] += done[k]
                run.counts["read"] += done[k]
                if progress:
                    progress(u.path)
        parts = [Partition(i, g) for i, g in enumerate(group_units(todo, size))]
        if stdin_docs:
            parts.insert(0, Partition(-1, [], stdin_docs))
        if parts:
            if client is None:
                client, cluster = _client(workers, None)
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
