"""Partitions for the Dask executor: inputs split into *units* a rerun can skip -- a file,
or a line-aligned byte range of a big JSON-lines file -- grouped into partitions; the
pages of a unit; and the ``run_units`` table of finished units."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..ingest import iter_files, read_inputs
from ..ingest.readers import jsonl_documents
from ..model import RawDocument, Skip
from ..store.base import SQLStore, now_iso

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


# -- splitting the inputs ----------------------------------------------------------

def _file_unit(path: Path) -> Unit:
    try:
        st = path.stat()
        return Unit(str(path), st.st_size, st.st_mtime_ns)
    except OSError:
        return Unit(str(path))  # missing or unreadable: the reader records the Skip


def _jsonl_ranges(path: Path, size: int, mtime_ns: int, target: int) -> list[Unit]:
    """Line-aligned byte ranges of about ``target`` bytes, with each range's first line
    number (one sequential pass: each byte's newlines are counted once -- counting from
    the block's start at every cut made the client's split quadratic, 0.1 s of CPU before
    the first partition for 64 ranges of a 4 MB file, while every worker waited)."""
    units: list[Unit] = []
    start, line, pos, next_cut = 0, 1, 0, target
    newlines = 0  # in the file up to pos + counted
    with path.open("rb") as fh:
        while True:
            block = fh.read(_BLOCK)
            if not block:
                break
            counted = 0  # newlines of block[:counted] are in ``newlines`` already
            while next_cut < pos + len(block):
                nl = block.find(b"\n", max(0, next_cut - pos))
                if nl < 0:
                    break
                cut = pos + nl + 1
                units.append(Unit(str(path), size, mtime_ns, start, cut, line))
                newlines += block.count(b"\n", counted, nl + 1)
                counted, line = nl + 1, newlines + 1
                start, next_cut = cut, cut + target
            newlines += block.count(b"\n", counted)
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


def _unit_bytes(u: Unit) -> int:
    return (u.end - u.start) if u.start is not None and u.end is not None else u.size


def group_units(units: Sequence[Unit], partition_bytes: int = PARTITION_BYTES, workers: int = 0) -> list[list[Unit]]:
    """Consecutive units packed into partitions of about ``partition_bytes``.

    With ``workers``, partitions shrink as the input runs out (guided self-scheduling):
    each takes about what is left / (2 x ``workers``), at least ``partition_bytes`` and
    at most :data:`PARTITION_BYTES` -- few big partitions first (few round trips, a
    partition's fixed costs paid seldom), then smaller ones, so the workers' last
    partitions end close together (the last worker to finish is alone for about one
    small partition)."""
    left = sum(_unit_bytes(u) for u in units)
    groups: list[list[Unit]] = []
    cur: list[Unit] = []
    size = 0
    target = partition_bytes
    for u in units:
        n = _unit_bytes(u)
        if not cur and workers:
            target = min(PARTITION_BYTES, max(partition_bytes, left // (2 * workers)))
        if cur and (size + n > target or len(cur) >= MAX_UNITS_PER_PARTITION):
            groups.append(cur)
            cur, size = [], 0
            if workers:
                target = min(PARTITION_BYTES, max(partition_bytes, left // (2 * workers)))
        cur.append(u)
        size += n
        left -= n
    if cur:
        groups.append(cur)
    return groups


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


# -- partition markers ---------------------------------------------------------------

# One row per finished unit; ``pages`` is how many pages it held (a rerun counts them unchanged).
_MARKER_DDL = ("CREATE TABLE IF NOT EXISTS run_units (key TEXT PRIMARY KEY, source TEXT NOT NULL,"
               " pages INTEGER NOT NULL, run_id TEXT NOT NULL, finished TEXT NOT NULL)")


def done_units(store: SQLStore, keys: Sequence[str]) -> dict[str, int]:
    """Of ``keys``, the units an earlier run finished, with how many pages each held."""
    store._exec(_MARKER_DDL)
    store.conn.commit()
    done: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        chunk = list(keys[i:i + 500])
        marks = ",".join("?" * len(chunk))
        done.update((k, int(n)) for k, n in store._all(f"SELECT key, pages FROM run_units WHERE key IN ({marks})", chunk))
    return done


def mark_units(store: SQLStore, rows: Sequence[tuple[str, str, int]], run_id: str) -> None:
    """Record units (key, source, pages) as finished by ``run_id``, once their pages are stored."""
    stamp = now_iso()
    store._many("INSERT INTO run_units (key, source, pages, run_id, finished) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING", [(k, src, n, run_id, stamp) for k, src, n in rows])
    store.conn.commit()


def auto_partition_bytes(paths: Sequence[str], workers: int) -> int:
    """The size of the smallest partitions, those the run ends with (:func:`group_units`
    with ``workers``): about 1/32 of the input per worker, between 64 KiB and
    :data:`PARTITION_BYTES`; big JSON-lines files are split into units of this size."""
    total = 0
    for p in paths:
        path = Path(p)
        try:
            files = iter_files(path) if path.is_dir() else [path]
            total += sum(f.stat().st_size for f in files if f.is_file())
        except OSError:
            continue
    return int(min(PARTITION_BYTES, max(64 * 1024, total // (32 * max(1, workers)) + 1)))
