"""Per-stage throughput on one core: clean, each part of the language layer, events, and
the store write (SQLite, PostgreSQL). Stages that are not there yet are reported as such."""

from __future__ import annotations

import gc
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linimasa.config import Settings
from linimasa.model import Article, RawDocument

log = logging.getLogger("bench")


def rate(n: int, seconds: float, cpu: float | None = None) -> dict[str, Any]:
    """Wall-clock rate, and (``cpu``) the rate from this process's CPU time alone, which
    other jobs on a shared machine disturb much less."""
    out = {"articles": n, "seconds": round(seconds, 3), "per_s": round(n / seconds, 1) if seconds else None,
           "ms_per_article": round(1000 * seconds / n, 3) if n else None}
    if cpu:
        out |= {"cpu_seconds": round(cpu, 3), "cpu_per_s": round(n / cpu, 1), "cpu_ms_per_article": round(1000 * cpu / n, 3)}
    return out


def timed(name: str, out: dict[str, Any], n: int, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` once, record its rate under ``name``; a failure is recorded, not raised.

    The cycle collector runs as in a real run (:func:`linimasa.run.local.collect_per_batch`):
    off while the stage runs, then one full collection -- inside the timing, standing for the
    per-batch collections of a stream -- and a freeze of what survives."""
    was_enabled = gc.isenabled()
    try:
        gc.disable()
        t, c = time.perf_counter(), time.process_time()
        value = fn()
        gc.collect()
        out[name] = rate(n, time.perf_counter() - t, time.process_time() - c)
        gc.freeze()
        return value
    except Exception as exc:  # noqa: BLE001 - a stage still being written must not stop the bench
        out[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        log.warning("stage %s: %s", name, out[name]["error"])
        return None
    finally:
        if was_enabled:
            gc.enable()


ERRORS: list[str] = []


def guard(fn: Callable[..., Any], default: Any = None) -> Callable[..., Any]:
    """``fn`` that returns ``default`` (and records the error) when it raises on one page:
    a bug to report, not a reason to lose the measurement."""
    def wrapped(*args: Any) -> Any:
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001 - counted in the report
            ERRORS.append(f"{getattr(fn, '__name__', fn)}: {type(exc).__name__}: {exc}"[:200])
            return default
    return wrapped


def run(docs: list[RawDocument], settings: Settings, pg_url: str | None) -> tuple[dict[str, Any], list[Article]]:
    """Time every stage over ``docs``; returns the results and the analysed articles."""
    from linimasa import clean, pipeline

    out: dict[str, Any] = {}
    t = time.perf_counter()
    res = pipeline.load_resources(settings)
    out["load_resources_s"] = round(time.perf_counter() - t, 2)

    cleaned = timed("clean", out, len(docs), lambda: [clean.clean_document(d, res.clean) for d in docs])
    arts = [a for a in cleaned or [] if isinstance(a, Article) and a.status == "ok"]
    out["clean_kept"] = len(arts)
    n = len(arts)
    if not arts:
        return out, []

    sents = timed("sentences", out, n, lambda: _each(arts, "sentences", lambda a: _split(a.text)))
    if sents:
        timed("numbers", out, n, lambda: [_numbers(a.text, s) for a, s in zip(arts, sents)])
        timed("timex", out, n, lambda: [guard(_timex, [])(a.text, a.published, s) for a, s in zip(arts, sents)])
        ments = timed("ner", out, n, lambda: [_ner(a, s, res.nlp) for a, s in zip(arts, sents)])
        if ments:
            timed("quotes", out, n, lambda: [_quotes(a, s, m) for a, s, m in zip(arts, sents, ments)])
    nlp_only = _only_nlp(res)
    annotated = timed("language_layer", out, n, lambda: [guard(pipeline.analyse, a)(a, nlp_only) for a in arts])
    annotated = annotated or arts
    if res.events is not None:
        from linimasa import events

        def extract() -> list[Article]:
            for a in annotated:
                a.events = events.extract(a, res.events)
            return annotated

        annotated = timed("events", out, n, extract) or annotated
    out["events_found"] = sum(len(a.events) for a in annotated)
    out["stage_errors"] = len(ERRORS)
    out["stage_error_examples"] = sorted(set(ERRORS))[:4]
    for unit in ("ms_per_article", "cpu_ms_per_article"):
        out[f"per_article_total_{unit}"] = round(sum(out[k][unit] for k in ("clean", "language_layer", "events")
                                                     if isinstance(out.get(k), dict) and unit in out[k]), 3)
    out.update(store_write(annotated, pg_url))
    return out, annotated


def _each(arts: list[Article], _name: str, fn: Callable[[Article], Any]) -> list[Any]:
    return [fn(a) for a in arts]


def _split(text: str) -> Any:
    from linimasa.nlp.sentences import split_sentences

    return split_sentences(text)


def _numbers(text: str, sents: Any) -> Any:
    from linimasa.nlp.numbers import find_quantities

    return find_quantities(text, sents)


def _timex(text: str, published: str | None, sents: Any) -> Any:
    from linimasa.nlp.timex import find_timexes

    return find_timexes(text, published, sents)


def _ner(art: Article, sents: Any, nlp_res: Any) -> Any:
    from linimasa.nlp.ner import find_mentions

    art.sentences = sents
    return find_mentions(art, sents, nlp_res.ner)


def _quotes(art: Article, sents: Any, found: Any) -> Any:
    from linimasa.nlp.quotes import find_quotes

    mentions, entities = found
    return find_quotes(art, sents, mentions, entities)


def _only_nlp(res: Any) -> Any:
    import dataclasses

    return dataclasses.replace(res, events=None)


def _proc_cpu(pid: int | None) -> float | None:
    """CPU seconds used so far by process ``pid`` (Linux /proc), or None."""
    if not pid:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def store_write(arts: list[Article], pg_url: str | None, batch: int = 200) -> dict[str, Any]:
    """Write rate of fully annotated articles, batches of ``batch``, into a fresh database."""
    from linimasa.store import open_store

    out: dict[str, Any] = {}
    server_cpu: dict[str, float] = {}

    def write(url: str) -> tuple[float, float]:
        """Wall and CPU seconds of the writes alone: opening the store (which creates the
        schema) is setup, left out for both backends."""
        store = open_store(url)
        pid = getattr(getattr(store.conn, "info", None), "backend_pid", None)  # PostgreSQL: the server process
        before = _proc_cpu(pid)
        t, c = time.perf_counter(), time.process_time()
        try:
            for i in range(0, len(arts), batch):
                store.put_articles(arts[i:i + batch])
            seconds, cpu = time.perf_counter() - t, time.process_time() - c
        finally:
            after = _proc_cpu(pid)
            store.close()
        if before is not None and after is not None:
            server_cpu[url] = after - before
        return seconds, cpu

    def best_of(name: str, url_for: Callable[[int], str], tries: int = 5) -> None:
        """Fastest of ``tries`` writes, each into a fresh database (the machine is shared)."""
        for k in range(tries):
            one: dict[str, Any] = {}
            url = url_for(k)
            try:
                seconds, cpu = write(url)
            except Exception as exc:  # noqa: BLE001 - a failing backend must not stop the bench
                out[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
                log.warning("stage %s: %s", name, out[name]["error"])
                return
            one[name] = rate(len(arts), seconds, cpu)
            if url in server_cpu:  # client + server CPU, for a shared machine
                total = one[name]["cpu_seconds"] + server_cpu[url]
                one[name] |= {"server_cpu_seconds": round(server_cpu[url], 3), "total_cpu_per_s": round(len(arts) / total, 1)}
            if name not in out or one[name]["seconds"] < out[name]["seconds"]:
                out[name] = one[name]

    with tempfile.TemporaryDirectory() as tmp:
        best_of("store_sqlite", lambda k: str(Path(tmp) / f"w{k}.db"))
    if pg_url:
        import psycopg

        sep = "&" if "?" in pg_url else "?"
        schemas: list[str] = []

        def pg_for(k: int) -> str:
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(pg_url, autocommit=True) as conn:
                conn.execute(f"CREATE SCHEMA {schema}")
            schemas.append(schema)
            return f"{pg_url}{sep}options=-csearch_path%3D{schema}"

        try:
            best_of("store_postgres", pg_for)
        except Exception as exc:  # noqa: BLE001 - the server went away: reported, not fatal
            out["store_postgres"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        finally:
            with psycopg.connect(pg_url, autocommit=True) as conn:
                for schema in schemas:
                    conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    else:
        out["store_postgres"] = {"skipped": "no PostgreSQL server (set LINIMASA_TEST_PG or --pg URL)"}
    return out
