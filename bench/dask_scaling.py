"""The Dask executor with 1 and 2 worker processes on the same feed: the scaling ratio.

Both runs get the same work: the executor's own LocalCluster (:func:`linimasa.run.dask.local_cluster`),
started, and each worker's resources loaded and compiled code run once (``warm_up``), before
the clock starts; then ingest + analysis + store, the workers writing the store as in
``linimasa run --executor dask``. Reported per article: wall, the workers' CPU (processing and
writing) and the CPU of the bench process, which holds the client, the scheduler and the
nannies -- the part a bigger cluster does not spread -- and the machine's load before each run."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from linimasa.config import Settings

from .stages import rate


def run(feed: Path, pages: int, settings: Settings, worker_counts: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    from dask.distributed import Client

    from linimasa.pipeline import STAGES
    from linimasa.run import dask as dask_run
    from linimasa.store import open_store

    out: dict[str, Any] = {}
    for n in worker_counts:
        with dask_run.local_cluster(n, silence_logs=logging.ERROR) as cluster, Client(cluster) as client, \
                tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            client.run(dask_run.warm_up, settings, STAGES)  # once per worker, off the clock
            warm = time.perf_counter() - t
            store = open_store(str(Path(tmp) / "dask.db"))
            load = os.getloadavg()[0]
            t, c, m = time.perf_counter(), time.process_time(), time.thread_time()
            result = dask_run.execute(store, [str(feed)], settings, client=client, link=False)
            seconds, client_cpu = time.perf_counter() - t, time.process_time() - c
            main_cpu = time.thread_time() - m  # the executor's own work: summaries, counting, submitting
            store.close()
            worker_cpu = result.counts.get("partitions_cpu_ms", 0) / 1000
            out[f"workers_{n}"] = rate(pages, seconds) | {
                "partitions": result.counts.get("partitions"), "warmup_s": round(warm, 1),
                "worker_cpu_ms_per_article": round(1000 * worker_cpu / pages, 2),
                "client_cpu_ms_per_article": round(1000 * client_cpu / pages, 2),
                "client_main_thread_ms_per_article": round(1000 * main_cpu / pages, 3), "load_before": round(load, 2)}
    one, two = out.get("workers_1", {}).get("per_s"), out.get("workers_2", {}).get("per_s")
    if one and two:
        out["scaling_2_over_1"] = round(two / one, 2)
        # What 2 workers + the client would reach on 2 otherwise idle cores, from the CPU they used:
        w, c = out["workers_2"]["worker_cpu_ms_per_article"], out["workers_2"]["client_cpu_ms_per_article"]
        if w:
            out["cpu_bound_scaling_2_cores"] = round(min(2.0, 2 * w / (w + c)), 2)
    return out
