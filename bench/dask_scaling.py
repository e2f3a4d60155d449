"""The Dask executor with 1 and 2 worker processes on the same feed: the scaling ratio,
and an account of where each run's wall time went.

What is timed, the same for every worker count: ``linimasa.run.dask.execute(store, [FEED],
link=False)`` -- ingest + analysis + store of every page of FEED into a fresh SQLite file,
the workers writing their partitions, until the last partition is written and marked.
Off the clock, before it: the executor's own LocalCluster (:func:`linimasa.run.dask.local_cluster`)
is started and each worker runs :func:`linimasa.run.dask.warm_up` over the pages of WARM
(other pages than FEED's; nothing is stored): resources loaded, compiled code run, the
language layer's word caches filled -- a worker in the steady state of a long run. (Without
it each worker fills its caches inside the timed run, a cost paid once per worker: 1,000
pages took 8.6 s of CPU cold and 7.8 s after 1,000 others, loaded machine.)

``rounds`` rounds, the order of the worker counts alternating, each run on a fresh cluster;
reported: the median wall and its spread, the ratio of the medians and of each round's pair.
Each run is accounted for: per worker, the CPU it used (tasks and its own event loop) and
the time it did not (``idle``), split by the kernel's per-thread ``schedstat`` into
``preempted`` (runnable, but another process had the core: on a shared machine, other
jobs) and ``waiting`` (asleep: at the start for the first partition, between partitions
for the client and the scheduler, for its turn to write, at the end for the last) -- only
the waiting is the executor's; the time before the first task starts and after the last
ends; the tail (the first worker to finish waits that long for the last); the time writes
waited; the CPU of the process holding the client, the scheduler and the nannies, which
shares the cores with the workers; and the CPU the machine gave other processes meanwhile
(``outside_cpu_s``, from ``/proc/stat``). ``quiet_wall_s`` is the wall less the workers'
preempted time, plus the client process's CPU shared over the workers when they have all
the cores: the run on a machine of its own, and ``scaling_quiet`` the ratio of those --
on a machine other jobs load, walls (and their ratio) say more about the other jobs
than about the executor (walls of 2.5-11.6 s for the same 2-worker run within minutes).
Every run is listed in the order run (``runs``, ``order``). The first run of the process is
not counted (``first_run_not_counted``): though each run has a fresh cluster warmed up the
same way, the first took a median 7 % more CPU per page than the others in 8 benches (it
was always a 1-worker run: the ratio's bias was upward). First,
without Dask, :func:`contention` measures how much more CPU the same pages take when two
processes run them at once than when one does.

It runs in a process of its own (``python -m bench.dask_scaling FEED WARM PAGES``, which
:func:`run` starts) so that process is as lean as ``linimasa run --executor dask``'s,
not the bench's, with its corpora and loaded resources.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from linimasa.config import Settings

from .stages import rate

ROUNDS = 3


def run(feed: Path, pages: int, settings: Settings, warm: Path | None = None,
        worker_counts: tuple[int, ...] = (1, 2), rounds: int = ROUNDS) -> dict[str, Any]:
    """:func:`measure` in a fresh Python process (default settings)."""
    del settings  # the child uses the default Settings, as the bench does
    cmd = [sys.executable, "-m", "bench.dask_scaling", str(feed), str(warm or ""), str(pages),
           "--workers", ",".join(map(str, worker_counts)), "--rounds", str(rounds)]
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"bench.dask_scaling failed: {out.stderr[-500:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _threads() -> dict[int, tuple[float, float]]:
    """Per thread of this process, seconds on a core and seconds runnable but waiting for
    one (the kernel's ``schedstat``: preempted by other processes), {} where unknown."""
    out: dict[int, tuple[float, float]] = {}
    try:
        for tid in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{tid}/schedstat") as fh:
                f = fh.read().split()
            out[int(tid)] = (int(f[0]) / 1e9, int(f[1]) / 1e9)
    except (OSError, IndexError, ValueError):
        return {}
    return out


def _machine_busy() -> float:
    """CPU seconds all cores spent busy so far (``/proc/stat``), 0.0 where unknown."""
    try:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:8]]
    except (OSError, ValueError):
        return 0.0
    return (sum(f) - f[3] - f[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait


class _RunDelay(WorkerPlugin):  # type: ignore[misc]
    """A worker plugin: how long the threads that run this worker's tasks were runnable
    but not running (preempted by other processes), from the kernel's ``schedstat`` of
    each thread, read at every task transition -- a task that waits for its turn to write
    leaves the worker's thread (it secedes) and ends on a thread of its own, which is
    gone by the end of the run: read at its task's end, its time still counts. The
    worker's event loop is left out (its threads and the task's are preempted at the
    same moments: summed they would count it twice)."""

    name = "linimasa-bench-run-delay"

    def setup(self, worker: Any) -> None:
        self.loop = threading.get_native_id()
        self.first = {tid: delay for tid, (_, delay) in _threads().items()}  # a thread born later starts at 0
        self.last: dict[int, float] = {}

    def transition(self, key: Any, start: str, finish: str, *args: Any, **kwargs: Any) -> None:
        self.read()

    def read(self) -> float:
        for tid, (_, delay) in _threads().items():
            if tid != self.loop:
                self.first.setdefault(tid, 0.0)
                self.last[tid] = delay
        return sum(self.last[t] - self.first[t] for t in self.last)


def _account(dask_worker: Any) -> tuple[float, float]:
    """This worker's CPU seconds (all its threads, those gone too) and preempted seconds."""
    return _cpu(), dask_worker.plugins[_RunDelay.name].read()


def _one(n: int, feed: Path, warm: Path | None, pages: int, settings: Settings) -> dict[str, Any]:
    from dask.distributed import Client, get_task_stream

    from linimasa.pipeline import STAGES
    from linimasa.run import dask as dask_run
    from linimasa.store import open_store

    logging.getLogger("distributed").setLevel(logging.ERROR)  # clusters starting and closing (set on import)
    with dask_run.local_cluster(n, silence_logs=logging.ERROR) as cluster, Client(cluster) as client, \
            tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        client.run(dask_run.warm_up, settings, STAGES, [str(warm)] if warm else [])  # every worker, off the clock
        client.register_plugin(_RunDelay())
        warm_s = time.perf_counter() - t
        store = open_store(str(Path(tmp) / "dask.db"))
        load = os.getloadavg()[0]
        before = client.run(_account)
        busy = _machine_busy()
        with get_task_stream(client) as stream:
            t, c, m, t0 = time.perf_counter(), time.process_time(), time.thread_time(), time.time()
            result = dask_run.execute(store, [str(feed)], settings, client=client, link=False)
            seconds, client_cpu, main_cpu = time.perf_counter() - t, time.process_time() - c, time.thread_time() - m
            t1 = time.time()
        busy = _machine_busy() - busy
        after = client.run(_account)
        store.close()
    ends: dict[str, float] = {}
    first = t1
    for task in stream.data:
        for ss in task["startstops"]:
            if ss["action"] == "compute":
                ends[task["worker"]] = max(ends.get(task["worker"], 0.0), ss["stop"])
                first = min(first, ss["start"])
    worker_cpu = {w: after[w][0] - before[w][0] for w in after}
    idle = [seconds - v for v in worker_cpu.values()]
    # a worker's wall: on a core, preempted (runnable, another process on the core), or
    # waiting (asleep: for a partition, its turn to write, the client) -- only the waiting
    # is the executor's own
    preempted = {w: after[w][1] - before[w][1] for w in after}
    waiting = [seconds - worker_cpu[w] - preempted[w] for w in worker_cpu]
    counts = result.counts
    ours = sum(worker_cpu.values()) + client_cpu
    return rate(pages, seconds) | {
        "partitions": counts.get("partitions"), "warmup_s": round(warm_s, 1), "load_before": round(load, 2),
        "worker_cpu_ms_per_article": round(1000 * sum(worker_cpu.values()) / pages, 2),
        "task_cpu_ms_per_article": round(counts.get("partitions_cpu_ms", 0) / pages, 2),
        "client_cpu_ms_per_article": round(1000 * client_cpu / pages, 2),
        "client_main_thread_ms_per_article": round(1000 * main_cpu / pages, 3),
        "account": {
            "worker_cpu_s": [round(v, 2) for v in worker_cpu.values()],
            "worker_idle_s": [round(v, 2) for v in idle],
            "worker_preempted_s": [round(v, 2) for v in preempted.values()],
            "worker_waiting_s": [round(v, 2) for v in waiting],
            "before_first_task_s": round(first - t0, 2),  # the client splitting the input, submitting
            "tail_s": round(max(ends.values()) - min(ends.values()), 2) if len(ends) > 1 else 0.0,
            "after_last_task_s": round(t1 - max(ends.values()), 2),  # the last summary and decision, closing
            "write_wait_s": round(counts.get("partitions_write_wait_ms", 0) / 1000, 2),
            "client_process_cpu_s": round(client_cpu, 2),
            # CPU the machine spent on other processes meanwhile (other jobs, the bench's parent)
            "outside_cpu_s": round(max(0.0, busy - ours), 2) if busy else None,
        },
        # wall on cores of its own: each worker's CPU and waiting, plus the client process's
        # CPU shared out over the workers' cores when they are all the cores there are
        "quiet_wall_s": round(seconds - statistics.mean(preempted.values())
                              + (client_cpu / n if n >= (os.cpu_count() or 1) else 0.0), 3),
    }


_PAGES: list[Any] = []  # set before the fork: the contention probe's pages and resources
_RES: list[Any] = []


def _probe(_: int = 0) -> float:
    from linimasa.pipeline import process
    from linimasa.run.dask_worker import COLLECTOR

    with COLLECTOR.partition():
        c = time.process_time()
        for doc in _PAGES:
            process(doc, _RES[0])
        return time.process_time() - c


def contention(feed: Path, settings: Settings, pages: int = 150, rounds: int = 6) -> dict[str, Any]:
    """The machine's share of the loss, without Dask: CPU seconds of the same pages in one
    process alone, and in two processes at once (forked after loading: resources shared),
    alternating; the ratio of the medians is how much more CPU a page costs when both
    cores run this work (shared cache, memory bandwidth, clock) -- a ceiling on the
    scaling of 2 / ratio before any overhead of the executor."""
    import multiprocessing

    from linimasa.ingest import read_inputs
    from linimasa.model import RawDocument
    from linimasa.pipeline import STAGES, load_resources

    _RES[:] = [load_resources(settings, STAGES)]
    _PAGES[:] = [d for d in read_inputs([str(feed)], settings) if isinstance(d, RawDocument)][:pages]
    _probe()  # warm
    alone: list[float] = []
    pair: list[float] = []
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for _ in range(rounds):
            alone.append(pool.apply(_probe))
            pair.extend(pool.map(_probe, [0, 1], chunksize=1))
    _RES.clear()
    _PAGES.clear()
    one, two = statistics.median(alone), statistics.median(pair)
    return {"pages": pages, "alone_cpu_s": round(one, 3), "pair_cpu_s": round(two, 3),
            "cpu_ratio_pair_over_alone": round(two / one, 3), "ceiling_2_over_1": round(2 * one / two, 2)}


def measure(feed: Path, warm: Path | None, pages: int, worker_counts: tuple[int, ...] = (1, 2),
            rounds: int = ROUNDS) -> dict[str, Any]:
    settings = Settings()
    probe = contention(feed, settings)  # before any cluster: no threads to fork with
    runs: dict[int, list[dict[str, Any]]] = {n: [] for n in worker_counts}
    # A first run, not counted: in 8 benches without it the first run of the process took a
    # median 7 % more CPU per page than the other runs of its worker count (each run on a
    # fresh cluster warmed up the same way) and, always a 1-worker run, could only raise the
    # 1-worker median and so the ratio. (In 4 benches with it, neither it nor the first
    # counted run stood out beyond the machine's drift: the guard costs one run.)
    first = _one(worker_counts[0], feed, warm, pages, settings)
    order = 0
    for r in range(rounds):
        for n in (worker_counts if r % 2 == 0 else tuple(reversed(worker_counts))):
            runs[n].append(_one(n, feed, warm, pages, settings) | {"order": order})
            order += 1
    out: dict[str, Any] = {"timed": "execute(link=False): ingest + analysis + store of every page, workers writing "
                           "SQLite; clusters started and workers warmed up (resources, caches) off the clock",
                           "rounds": rounds, "warm_pages": _lines(warm), "contention": probe,
                           "first_run_not_counted": {"workers": worker_counts[0], "wall_s": first["seconds"],
                                                     "quiet_wall_s": first["quiet_wall_s"],
                                                     "worker_cpu_ms_per_article": first["worker_cpu_ms_per_article"]}}
    for n, rs in runs.items():
        walls = [x["seconds"] for x in rs]
        med = sorted(rs, key=lambda x: x["seconds"])[len(rs) // 2]  # the median run, accounted for
        out[f"workers_{n}"] = med | {"walls": walls, "spread_s": round(max(walls) - min(walls), 2)}
        # every run in brief, in the order run: is the first slower (warm-up), who else used the CPU
        out[f"workers_{n}"]["runs"] = [
            {"order": x["order"], "wall_s": x["seconds"], "quiet_wall_s": x["quiet_wall_s"],
             "worker_cpu_ms_per_article": x["worker_cpu_ms_per_article"],
             "waiting_s": x["account"]["worker_waiting_s"], "preempted_s": x["account"]["worker_preempted_s"],
             "client_cpu_s": x["account"]["client_process_cpu_s"], "outside_cpu_s": x["account"]["outside_cpu_s"]}
            for x in rs]
    one, two = runs.get(1), runs.get(2)
    if one and two:
        out["scaling_2_over_1"] = round(statistics.median(x["seconds"] for x in one)
                                        / statistics.median(x["seconds"] for x in two), 2)
        out["scaling_per_round"] = [round(a["seconds"] / b["seconds"], 2) for a, b in zip(one, two)]
        # the same on cores of their own: what other processes took of the cores left out
        out["scaling_quiet"] = round(statistics.median(x["quiet_wall_s"] for x in one)
                                     / statistics.median(x["quiet_wall_s"] for x in two), 2)
        # What 2 workers + the client would reach on 2 otherwise idle cores, from the CPU they used:
        w1 = out["workers_1"]["worker_cpu_ms_per_article"]
        w2, c2 = out["workers_2"]["worker_cpu_ms_per_article"], out["workers_2"]["client_cpu_ms_per_article"]
        if w2:
            out["cpu_bound_scaling_2_cores"] = round(min(2.0, 2 * w1 / (w2 + c2)), 2)
    return out


def _lines(path: Path | None) -> int:
    if not path:
        return 0
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m bench.dask_scaling", description=__doc__.splitlines()[0])
    ap.add_argument("feed", type=Path, help="JSON-lines feed, timed")
    ap.add_argument("warm", help="JSON-lines feed of other pages for the warm-up ('' for none)")
    ap.add_argument("pages", type=int, help="pages in the feed")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--rounds", type=int, default=ROUNDS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    report = measure(args.feed, Path(args.warm) if args.warm else None, args.pages,
                     tuple(int(x) for x in args.workers.split(",")), args.rounds)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
