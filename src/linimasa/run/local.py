"""The local executor: read inputs, process each page, write in batches, then link."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from ..config import Settings
from ..errors import NothingIngestedError
from ..ingest import read_inputs
from ..model import Article, RawDocument, RunRecord, Skip, raw_hash
from ..pipeline import STAGES, Resources, load_resources, process
from ..store.base import SQLStore

log = logging.getLogger(__name__)

BATCH = 200
Progress = Callable[[str], None]


def collect_batch() -> None:
    """One collection after a batch of pages; what survives is frozen out of the next one's way."""
    gc.collect()
    gc.freeze()


@contextmanager
def collect_per_batch() -> Iterator[Callable[[], None]]:
    """The cycle collector's work done once per batch of pages instead of every few
    hundred allocations; yields the function to call after each batch.

    The stages and the store leave no cyclic garbage (reference counting frees it all),
    yet with the default thresholds the collector ran ~800 times per 1,000 articles, and
    each full collection walked the loaded resources and the language layer's caches:
    ~1.9 ms of CPU per article, a sixth of the end-to-end time. Here automatic collection
    is off while the stream runs; what is there on entry (the loaded resources) is frozen
    as it is, uncollected (a collection there walked every resource, ~0.1 s a run; garbage
    left before the stream waits for its end); after each batch one full collection runs
    (cyclic garbage, should a stage make some, lives one batch at most) and :func:`gc.freeze`
    moves the survivors -- caches -- out of the next collection's way. On exit everything
    is unfrozen and the collector is left as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield collect_batch
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


READ_AHEAD = 64  # pages hashed, then looked up in the store with one query


def _with_hashes(store: SQLStore, docs: Iterable[RawDocument | Skip]) -> Iterator[tuple[RawDocument | Skip, str, bool]]:
    """Each page with its :func:`~linimasa.model.raw_hash` ("" for a skip) and whether the
    store held that hash when its group of :data:`READ_AHEAD` pages was read (one query per
    group instead of one per page: pages stored later by this run are the caller's to track)."""
    it = iter(docs)
    while chunk := list(islice(it, READ_AHEAD)):
        hashes = ["" if isinstance(d, Skip) else raw_hash(d) for d in chunk]
        known = store.known_hashes([h for h in hashes if h])
        yield from zip(chunk, hashes, [h in known for h in hashes], strict=True)


def process_stream(
    store: SQLStore, docs: Iterable[RawDocument | Skip], res: Resources, run: RunRecord,
    progress: Progress | None = None,
) -> list[str]:
    """Process pages not yet stored and write them; returns the ids of new articles."""
    counts = run.counts
    for key in ("read", "new", "unchanged", "skipped", "not_indonesian"):
        counts.setdefault(key, 0)
    batch: list[Article] = []
    new_ids: list[str] = []
    seen: set[str] = set()
    processed = 0  # pages through the stages since the last collection
    with collect_per_batch() as after_batch:

        def flush() -> None:
            nonlocal processed
            store.put_articles(batch)
            new_ids.extend(a.id for a in batch)
            batch.clear()
            after_batch()  # the batch is gone: the collection walks only what it left behind
            processed = 0

        for doc, h, stored in _with_hashes(store, docs):
            if isinstance(doc, Skip):
                counts["skipped"] += 1
                run.skips.append(doc)
                log.warning("skipped %s: %s", doc.source, doc.reason)
                if progress:
                    progress(doc.source)
                continue
            counts["read"] += 1
            if h in seen or stored:
                counts["unchanged"] += 1
                if progress:
                    progress(doc.source)
                continue
            seen.add(h)
            result = process(doc, res, content_hash=h)
            processed += 1
            if isinstance(result, Skip):
                counts["skipped"] += 1
                run.skips.append(result)
                log.warning("skipped %s: %s", result.source, result.reason)
            else:
                result.content_hash = h
                if result.status != "ok":
                    counts["not_indonesian" if (result.skip_reason or "").startswith("language") else "skipped"] += 1
                    reason = result.skip_reason or "skipped"
                    stage = reason.split(" stage failed", 1)[0] if " stage failed" in reason else "clean"
                    run.skips.append(Skip(source=result.source, reason=reason, stage=stage))
                counts["new"] += 1
                batch.append(result)
            if len(batch) >= BATCH:
                flush()
            elif processed >= BATCH:  # many pages became skips: collect all the same
                after_batch()
                processed = 0
            if progress:
                progress(doc.source)
        if batch:
            flush()
    return new_ids


def execute(
    store: SQLStore, paths: Sequence[str], settings: Settings, *, stages: tuple[str, ...] = STAGES,
    link: bool = True, progress: Progress | None = None,
) -> RunRecord:
    """Ingest ``paths`` (files, folders, ``-``) through ``stages`` into ``store``.

    Raises :class:`NothingIngestedError` when nothing could be read at all (every input
    was a skip); re-running on stored input is not an error (everything is 'unchanged')."""
    res = load_resources(settings, stages)
    run = store.start_run(paths)
    try:
        new_ids = process_stream(store, read_inputs(paths, settings), res, run, progress)
        if link and "events" in stages:
            from ..link import update

            run.counts.update(update(store, new_ids, settings))
    finally:
        store.finish_run(run)
    if run.counts.get("read", 0) == 0:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in run.skips[:5]) or "no input files found"
        raise NothingIngestedError(f"nothing could be ingested ({reasons})")
    return run
