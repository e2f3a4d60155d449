"""Linking benchmark on generated articles: ``run(n) -> dict``.

Generates ``n`` Indonesian-looking articles (Zipf-distributed vocabulary, 12-28 words per
sentence, 14-22 sentences), a fifth of them edited copies of an earlier one (words
inserted, dropped, a date changed, paragraphs moved), each with three events (type,
day, place, actor drawn at random; copies keep their origin's events). Stores them in a
temporary SQLite database, then times :func:`linimasa.link.update` over all of them, and
again over a further 10 % added incrementally.

    python -m bench.bench_link 20000
    python -m bench.bench_link 10000 --dask 1,2   # also on LocalClusters of 1 and 2 workers

With ``--dask``, the same batch and increment are linked on a LocalCluster of each size
(:mod:`linimasa.run.dask_link`), timed from a started cluster, with the CPU of the client
(this process) and of the workers. ``cpu_bound_scaling`` is what the wall-clock ratio would
be on otherwise idle cores, taking each run's time as the client's CPU (reading and writing
the store, between the distributed passes) plus the workers' CPU shared among them.
"""

from __future__ import annotations

import itertools
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from linimasa import link
from linimasa.config import Settings
from linimasa.model import Article, Event, Location, Participant, content_hash
from linimasa.store.sqlite import SQLiteStore

TYPES = ["ASSAULT", "PROTEST", "AGREE", "CONSULT", "ACCUSE", "AID", "MOBILIZE", "COERCE"]
SYLL = ["ka", "ba", "ra", "ma", "ng", "ta", "si", "lu", "pe", "di", "an", "kan", "ter", "ber", "men", "ja", "wa"]


def _vocab(rng: random.Random, n: int = 20000) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLL) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def _sentence(rng: random.Random, vocab: list[str], cum_weights: list[float]) -> str:
    ws = rng.choices(vocab, cum_weights=cum_weights, k=rng.randint(12, 28))
    return ws[0].capitalize() + " " + " ".join(ws[1:]) + "."


def _edit(rng: random.Random, text: str, vocab: list[str]) -> str:
    paras = text.split("\n")
    out = []
    for p in paras:
        ws = p.split(" ")
        r = rng.random()
        if r < 0.3:
            ws.insert(rng.randrange(len(ws)), rng.choice(vocab))
        elif r < 0.45 and len(ws) > 8:
            del ws[rng.randrange(len(ws))]
        elif r < 0.55:
            ws.insert(rng.randrange(len(ws)), "2024")
        out.append(" ".join(ws))
    if rng.random() < 0.3 and len(out) > 4:
        i = rng.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    keep = rng.randint(len(out) // 2, len(out))
    return "\n".join(out[:keep])


def generate(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    vocab = _vocab(rng)
    cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(vocab))))
    places = [f"Kota {w.capitalize()}" for w in rng.sample(vocab, 500)]
    actors = [w.capitalize() for w in rng.sample(vocab, 200)]
    day0 = date(2024, 1, 1)
    arts: list[Article] = []
    for i in range(n):
        pub = day0 + timedelta(days=rng.randrange(365))
        if arts and rng.random() < 0.2:
            src = rng.choice(arts[-2000:])
            text = _edit(rng, src.text, vocab)
            specs = [(e.type, e.date_start, e.location.name if e.location else None, e.actors[0].name)
                     for e in src.events]
        else:
            text = "\n".join(_sentence(rng, vocab, cum) for _ in range(rng.randint(14, 22)))
            specs = [(rng.choice(TYPES), (pub - timedelta(days=rng.randrange(3))).isoformat(), rng.choice(places),
                      rng.choice(actors)) for _ in range(3)]
        h = content_hash(f"{i}:{text}")
        art = Article(id=h[:16], source=f"gen/{i}.txt", text=text, content_hash=h, outlet=f"outlet{i % 40}",
                      published=pub.isoformat(), language="id")
        sentence_len = min(len(text), 80)
        for k, (type_, day, place, actor) in enumerate(specs):
            art.events.append(Event(
                id=f"{art.id}-{k}", article_id=art.id, type=type_, sentence=text[:sentence_len], sentence_start=0,
                sentence_end=sentence_len, trigger="x", trigger_start=0, trigger_end=1,
                actors=[Participant(name=actor)], location=Location(name=place or "?", country="ID", precision="place"),
                date_start=day, date_precision="day"))
        arts.append(art)
    return arts


def run(n: int = 10000) -> dict[str, Any]:
    """Link ``n`` generated articles in one batch, then 10 % more incrementally."""
    arts = generate(int(n * 1.1))
    first, more = arts[:n], arts[n:]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "bench.db")
        t = time.perf_counter()
        store.put_articles(first)
        t_store = time.perf_counter() - t
        t, c = time.perf_counter(), time.process_time()
        counts = link.update(store, [a.id for a in first], Settings())
        t_link, c_link = time.perf_counter() - t, time.process_time() - c
        store.put_articles(more)
        t, c = time.perf_counter(), time.process_time()
        inc = link.update(store, [a.id for a in more], Settings())
        t_inc, c_inc = time.perf_counter() - t, time.process_time() - c
        store.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": n, "store_s": round(t_store, 1), "link_s": round(t_link, 1), "link_cpu_s": round(c_link, 1),
        "link_articles_per_cpu_s": round(n / c_link, 1), "passages": counts["passages"],
        "families": counts["families"], "clusters": counts["clusters"],
        "incremental_articles": len(more), "incremental_s": round(t_inc, 1), "incremental_cpu_s": round(c_inc, 1),
        "incremental_passages": inc["passages"], "max_rss_mb": round(rss_mb),
    }


def _workers_cpu(client: Any) -> float:
    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    return float(sum(client.run(cpu).values()))


def run_dask(n: int, workers: int) -> dict[str, Any]:
    """The batch and the increment of :func:`run`, linked on a LocalCluster of ``workers``."""
    import logging

    from dask.distributed import Client, LocalCluster

    from linimasa.run import dask_link

    arts = generate(int(n * 1.1))
    first, more = arts[:n], arts[n:]
    with tempfile.TemporaryDirectory() as tmp, \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.run(lambda: __import__("linimasa.run.dask_link"))  # imports off the clock
        store = SQLiteStore(Path(tmp) / "bench.db")
        store.put_articles(first)
        out: dict[str, Any] = {"workers": workers, "articles": n}
        for name, batch in (("link", first), ("incremental", more)):
            if name == "incremental":
                store.put_articles(more)
            w0 = _workers_cpu(client)
            t, c = time.perf_counter(), time.process_time()
            counts = dask_link.update(client, store, [a.id for a in batch], Settings())
            wall, client_cpu = time.perf_counter() - t, time.process_time() - c
            worker_cpu = _workers_cpu(client) - w0
            out |= {f"{name}_s": round(wall, 1), f"{name}_client_cpu_s": round(client_cpu, 1),
                    f"{name}_workers_cpu_s": round(worker_cpu, 1), f"{name}_passages": counts["passages"]}
            if name == "link":
                out |= {"link_articles_per_s": round(n / wall, 1), "families": counts["families"],
                        "clusters": counts["clusters"],
                        "cpu_path_s": round(client_cpu + worker_cpu / workers, 1)}
        store.close()
    return out


def compare(n: int, worker_counts: tuple[int, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {"local": run(n)}
    for w in worker_counts:
        out[f"dask_{w}"] = run_dask(n, w)
    one, two = out.get("dask_1"), out.get("dask_2")
    if one and two:
        out["scaling_2_over_1"] = round(one["link_s"] / two["link_s"], 2)
        out["cpu_bound_scaling"] = round(one["cpu_path_s"] / max(two["cpu_path_s"], 1e-9), 2)
    return out


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Linking benchmark on generated articles.")
    ap.add_argument("n", type=int, nargs="?", default=10000)
    ap.add_argument("--dask", default="", help="worker counts, e.g. 1,2: also link on LocalClusters of these sizes")
    args = ap.parse_args()
    counts = tuple(int(x) for x in args.dask.split(",") if x)
    print(json.dumps(compare(args.n, counts) if counts else run(args.n), indent=1))
