"""The Dask executor with 1 and 2 worker processes on the same feed: the scaling ratio.
Clusters are started and their workers' resources loaded before the clock starts."""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from linimasa.config import Settings

from .stages import rate


def run(feed: Path, pages: int, settings: Settings, worker_counts: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    from dask.distributed import Client, LocalCluster

    from linimasa.pipeline import STAGES
    from linimasa.run import dask as dask_run
    from linimasa.store import open_store

    out: dict[str, Any] = {}
    for n in worker_counts:
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client, \
                tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            client.run(dask_run.warm_up, settings, STAGES)  # load once per worker, off the clock
            warm = time.perf_counter() - t
            store = open_store(str(Path(tmp) / "dask.db"))
            t, c = time.perf_counter(), time.process_time()
            result = dask_run.execute(store, [str(feed)], settings, client=client, link=False)
            seconds, client_cpu = time.perf_counter() - t, time.process_time() - c
            store.close()
            worker_cpu = result.counts.get("partitions_cpu_ms", 0) / 1000
            out[f"workers_{n}"] = rate(pages, seconds) | {
                "partitions": result.counts.get("partitions"), "warmup_s": round(warm, 1),
                "worker_cpu_ms_per_article": round(1000 * worker_cpu / pages, 2),
                "client_cpu_ms_per_article": round(1000 * client_cpu / pages, 2)}
    one, two = out.get("workers_1", {}).get("per_s"), out.get("workers_2", {}).get("per_s")
    if one and two:
        out["scaling_2_over_1"] = round(two / one, 2)
        # What 2 workers + the client would reach on 2 otherwise idle cores, from the CPU they used:
        w, c = out["workers_2"]["worker_cpu_ms_per_article"], out["workers_2"]["client_cpu_ms_per_article"]
        if w:
            out["cpu_bound_scaling_2_cores"] = round(min(2.0, 2 * w / (w + c)), 2)
    return out
