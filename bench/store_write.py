"""The store write: fully annotated articles written in batches into a fresh database,
SQLite and PostgreSQL tried in turn (so that a shared machine's load falls on both alike),
the fastest try of each kept.

PostgreSQL's time includes the merge of the search index's pending entries after the last
batch (:meth:`~linimasa.store.postgres.PostgresStore.flush_search_index`): GIN defers part
of its work to that merge, and a write rate that left it out would count work not done.
Besides wall and CPU time, each try records how long the writing process (and the
PostgreSQL server processes: the store's own and its writers') sat runnable but waiting for a
core (``/proc/PID/schedstat``): on a machine shared with other jobs that is time lost to
them, not to the store."""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linimasa.model import Article

log = logging.getLogger("bench")


def _sched(pid: int | None) -> tuple[float, float] | None:
    """(CPU seconds, seconds runnable but waiting for a core) of process ``pid`` so far."""
    if not pid:
        return None
    try:
        cpu, waited, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
        return int(cpu) / 1e9, int(waited) / 1e9
    except (OSError, ValueError):
        return None


def _server_sched(pids: list[int], before: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """:func:`_sched` of each server process, less its figures in ``before`` (a process
    started since counts from its start)."""
    out = {}
    for pid in pids:
        now = _sched(pid)
        if now is not None:
            was = before.get(pid, (0.0, 0.0))
            out[pid] = (now[0] - was[0], now[1] - was[1])
    return out


def _rate(n: int, seconds: float, cpu: float, waited: float | None) -> dict[str, Any]:
    out = {"articles": n, "seconds": round(seconds, 3), "per_s": round(n / seconds, 1),
           "ms_per_article": round(1000 * seconds / n, 3), "cpu_seconds": round(cpu, 3),
           "cpu_per_s": round(n / cpu, 1), "cpu_ms_per_article": round(1000 * cpu / n, 3)}
    if waited is not None:
        out["runqueue_ms_per_article"] = round(1000 * waited / n, 3)
    return out


def _write(arts: list[Article], url: str, batch: int) -> dict[str, Any]:
    """One timed write: opening the store (which creates the schema) is setup, left out."""
    from linimasa.store import open_store

    store = open_store(url)
    pids = getattr(store, "server_pids", list)  # PostgreSQL: its server processes (the writer's opens later)
    me, server = _sched(os.getpid()), _server_sched(pids(), {})
    t, c = time.perf_counter(), time.process_time()
    try:
        for i in range(0, len(arts), batch):
            store.put_articles(arts[i:i + batch])
        flush = getattr(store, "flush_search_index", None)
        if flush is not None:
            flush()
        seconds, cpu = time.perf_counter() - t, time.process_time() - c
        me_after, server_after = _sched(os.getpid()), _server_sched(pids(), server)
    finally:
        store.close()
    one = _rate(len(arts), seconds, cpu, me_after[1] - me[1] if me and me_after else None)
    if server_after:  # client + server CPU, for a shared machine
        server_cpu = sum(s for s, _ in server_after.values())
        one |= {"server_cpu_seconds": round(server_cpu, 3), "server_cpu_ms_per_article": round(1000 * server_cpu / len(arts), 3),
                "server_runqueue_ms_per_article": round(1000 * sum(w for _, w in server_after.values()) / len(arts), 3),
                "total_cpu_per_s": round(len(arts) / (cpu + server_cpu), 1)}
    return one


def store_write(arts: list[Article], pg_url: str | None, batch: int = 200, tries: int = 5) -> dict[str, Any]:
    """``store_sqlite`` and ``store_postgres``: the fastest of ``tries`` writes of each,
    every write into a fresh database, the backends taking turns."""
    out: dict[str, Any] = {}
    if not pg_url:
        out["store_postgres"] = {"skipped": "no PostgreSQL server (set LINIMASA_TEST_PG or --pg URL)"}
    schemas: list[str] = []

    def pg_for(k: int) -> str:
        import psycopg

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(str(pg_url), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        sep = "&" if "?" in str(pg_url) else "?"
        return f"{pg_url}{sep}options=-csearch_path%3D{schema}"

    with tempfile.TemporaryDirectory() as tmp:
        backends: list[tuple[str, Callable[[int], str]]] = [("store_sqlite", lambda k: str(Path(tmp) / f"w{k}.db"))]
        if pg_url:
            backends.append(("store_postgres", pg_for))
        try:
            for k in range(tries):
                for name, url_for in backends:
                    if "error" in out.get(name, {}):
                        continue
                    try:
                        one = _write(arts, url_for(k), batch)
                    except Exception as exc:  # noqa: BLE001 - a failing backend (or a server gone) must not stop the bench
                        out[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
                        log.warning("stage %s: %s", name, out[name]["error"])
                        continue
                    if name not in out or one["seconds"] < out[name]["seconds"]:
                        out[name] = one
        finally:
            if schemas:
                import psycopg

                with psycopg.connect(str(pg_url), autocommit=True) as conn:
                    for schema in schemas:
                        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    if "store_postgres" in out and "seconds" in out["store_postgres"]:
        out["store_postgres"]["includes"] = "the GIN pending-list merge after the last batch"
    return out
