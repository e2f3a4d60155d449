"""Linking benchmark on generated articles: ``run(n) -> dict``.

Generates ``n`` Indonesian-looking articles (Zipf-distributed vocabulary, 12-28 words per
sentence, 14-22 sentences), a fifth of them edited copies of an earlier one (words
inserted, dropped, a date changed, paragraphs moved), each with three events (type,
day, place, actor drawn at random; copies keep their origin's events). Stores them in a
temporary SQLite database, then times :func:`linimasa.link.update` over all of them, and
again over a further 10 % added incrementally.

    python -m bench.bench_link 20000
"""

from __future__ import annotations

import itertools
import random
import resource
import sys
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
    words = set()
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


if __name__ == "__main__":
    import json

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10000), indent=1))
