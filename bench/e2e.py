"""End-to-end on one core, in a fresh process (so its peak memory is its own): a JSON-lines
feed -> read -> clean -> language layer -> events -> SQLite, through the local executor's
own loop. Prints one JSON object.

    python -m bench.e2e FEED.jsonl DB
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux: ``VmHWM`` of /proc/self/status, the high
    water mark of this program's own memory; ``ru_maxrss`` would report the parent's peak
    when the parent (the bench, holding 10,000 pages) was larger, as the child starts as a
    copy of it."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(feed: str, db: str) -> dict[str, float | int]:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    from linimasa.config import Settings
    from linimasa.ingest import read_inputs
    from linimasa.model import Skip
    from linimasa.pipeline import load_resources
    from linimasa.run import local
    from linimasa.run.local import process_stream
    from linimasa.store import open_store

    errors: list[str] = []
    process = local.process

    def guarded(raw, res, **kw):  # type: ignore[no-untyped-def]
        """A stage that raises on one page is a bug (reported here), not a reason to stop."""
        try:
            return process(raw, res, **kw)
        except Exception as exc:  # noqa: BLE001 - counted and reported
            errors.append(f"{raw.source}: {type(exc).__name__}: {exc}"[:200])
            return Skip(source=raw.source, reason="stage raised", stage="error")

    local.process = guarded  # type: ignore[assignment]
    settings = Settings(max_file_bytes=os.path.getsize(feed) + 1)  # the whole feed, however big
    t = time.perf_counter()
    res = load_resources(settings)
    load_s = time.perf_counter() - t
    rss_loaded = peak_rss_mb()
    store = open_store(db)
    run = store.start_run([feed])
    t, c = time.perf_counter(), time.process_time()
    process_stream(store, read_inputs([feed], settings), res, run)
    flush = getattr(store, "flush_search_index", None)  # PostgreSQL: the index work left pending counts
    if flush is not None:
        flush()
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    store.finish_run(run)
    n = run.counts.get("read", 0)
    stored = store.count_articles()
    store.close()
    return {
        "pages": n, "stored": stored, "seconds": round(seconds, 2), "per_s": round(n / seconds, 1),
        "cpu_seconds": round(cpu, 2), "cpu_per_s": round(n / cpu, 1),
        "load_resources_s": round(load_s, 2), "rss_after_load_mb": round(rss_loaded),
        "peak_rss_mb": round(peak_rss_mb()),
        "stage_errors": len(errors), "stage_error_examples": errors[:3],
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
