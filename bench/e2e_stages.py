"""Where the end-to-end time goes: the local executor's own streaming loop (JSON-lines
feed -> read -> hash -> clean -> language layer -> events -> SQLite or PostgreSQL) on
one core, with each step's CPU time (``time.process_time``) summed in place by thin
wrappers around the functions the loop calls, and the garbage collector's time from
``gc.callbacks``. No profiler: the wrappers cost two clock reads per call.

    python -m bench.e2e_stages FEED.jsonl [DB or postgresql:// URL] [--repeat N]

With no DB a temporary SQLite file is used. ``--make-feed N OUT`` writes a feed of the
bench's first N pages (IndoSum when ../shared has it). Prints ms/article per step, the
sum, the loop's own CPU time and what no step accounts for.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

clock = time.process_time


def _timed(acc: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kw: Any) -> Any:
        t = clock()
        try:
            return fn(*args, **kw)
        finally:
            acc[name] += clock() - t
    return wrapped


def _timed_iter(acc: dict[str, float], name: str, it: Iterator[Any]) -> Iterator[Any]:
    while True:
        t = clock()
        try:
            item = next(it)
        except StopIteration:
            acc[name] += clock() - t
            return
        acc[name] += clock() - t
        yield item


def run_once(feed: str, db: str) -> dict[str, Any]:
    from linimasa import clean, events, nlp
    from linimasa.config import Settings
    from linimasa.ingest import read_inputs
    from linimasa.pipeline import load_resources
    from linimasa.run import local
    from linimasa.store import open_store

    acc: dict[str, float] = defaultdict(float)
    gc_start: list[float] = []
    gc_counts: dict[int, int] = defaultdict(int)
    gc_times: dict[int, float] = defaultdict(float)

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_start.append(clock())
        elif gc_start:
            dt = clock() - gc_start.pop()
            acc["(gc)"] += dt
            gc_counts[info["generation"]] += 1
            gc_times[info["generation"]] += dt

    settings = Settings(max_file_bytes=os.path.getsize(feed) + 1)
    res = load_resources(settings)
    store = open_store(db)
    run = store.start_run([feed])
    saved = (clean.clean_document, nlp.annotate, events.extract, local.raw_hash, local.process)
    clean.clean_document = _timed(acc, "clean", clean.clean_document)
    nlp.annotate = _timed(acc, "language layer", nlp.annotate)
    events.extract = _timed(acc, "events", events.extract)
    local.raw_hash = _timed(acc, "hash", local.raw_hash)
    local.process = _timed(acc, "(process)", local.process)
    known_hashes, writing = store.known_hashes, [False]
    timed_known = _timed(acc, "stored?", known_hashes)  # the loop's look-ups, not the write's own

    def known(hashes: list[str]) -> set[str]:
        return known_hashes(hashes) if writing[0] else timed_known(hashes)  # type: ignore[no-any-return]

    def put(articles: list[Any]) -> int:
        writing[0] = True
        try:
            return timed_put(articles)  # type: ignore[no-any-return]
        finally:
            writing[0] = False
    timed_put = _timed(acc, "store write", store.put_articles)
    store.known_hashes = known  # type: ignore[method-assign]
    store.put_articles = put  # type: ignore[method-assign]
    gc.callbacks.append(on_gc)
    try:
        docs = _timed_iter(acc, "read", iter(read_inputs([feed], settings)))
        t = clock()
        process_stream = local.process_stream
        process_stream(store, docs, res, run)
        total = clock() - t
    finally:
        gc.callbacks.remove(on_gc)
        clean.clean_document, nlp.annotate, events.extract, local.raw_hash, local.process = saved
    n = run.counts.get("read", 0)
    store.close()
    inside = acc.pop("(process)")
    steps = {k: acc[k] for k in ("read", "hash", "stored?", "clean", "language layer", "events", "store write")}
    steps["process() glue"] = inside - acc["clean"] - acc["language layer"] - acc["events"]
    steps["loop glue"] = total - sum(steps.values())
    return {"articles": n, "total": total, "steps": steps, "gc": acc["(gc)"], "gc_counts": dict(gc_counts),
            "gc_ms": {g: round(1000 * v, 1) for g, v in gc_times.items()}}


def make_feed(n: int, out: str) -> None:
    from . import data

    base, origin = data.base_docs()
    docs, _ = data.corpus(n, base=base)
    data.write_jsonl(docs, Path(out))
    print(f"{n} pages, {data.words(docs):.0f} words/page ({origin}) -> {out}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("feed")
    ap.add_argument("db", nargs="?")
    ap.add_argument("--repeat", type=int, default=1, help="fresh runs (each in a new store); the best is shown")
    ap.add_argument("--make-feed", type=int, metavar="N", help="write a feed of N bench pages to FEED and stop")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.make_feed:
        make_feed(args.make_feed, args.feed)
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core, as bench.e2e
    runs = []
    for k in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            db = args.db or str(Path(tmp) / "e2e.db")
            if args.db and "://" not in args.db:
                db = f"{args.db}.{k}"
            runs.append(run_once(args.feed, db))
    best = min(runs, key=lambda r: r["total"])
    n = best["articles"] or 1
    if args.json:
        print(json.dumps(best))
        return 0
    tries = ", ".join(f"{r['total']:.2f}" for r in runs)
    print(f"{n} articles; loop CPU {1000 * best['total'] / n:.3f} ms/article -> {n / best['total']:.1f} articles/s"
          f" (best of {len(runs)}: {tries} s)")
    for k, v in best["steps"].items():
        print(f"  {k:16s} {1000 * v / n:7.3f} ms")
    print(f"  {'of which gc':16s} {1000 * best['gc'] / n:7.3f} ms  (collections by generation: {best['gc_counts']},"
          f" ms by generation: {best['gc_ms']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
