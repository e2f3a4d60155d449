"""Per-stage throughput on one core: clean, each part of the language layer, events, and
the store write (SQLite, PostgreSQL: :mod:`bench.store_write`). Stages that are not there
yet are reported as such."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
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
    from linimasa import pipeline

    out: dict[str, Any] = {}
    t = time.perf_counter()
    res = pipeline.load_resources(settings)
    out["load_resources_s"] = round(time.perf_counter() - t, 2)

    arts = _clean(docs, res, out)
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
    annotated = _events(_analyse(arts, res, out), res, out)
    out["events_found"] = sum(len(a.events) for a in annotated)
    out["stage_errors"] = len(ERRORS)
    out["stage_error_examples"] = sorted(set(ERRORS))[:4]
    for unit in ("ms_per_article", "cpu_ms_per_article"):
        out[f"per_article_total_{unit}"] = round(sum(out[k][unit] for k in ("clean", "language_layer", "events")
                                                     if isinstance(out.get(k), dict) and unit in out[k]), 3)
    from .store_write import store_write

    out.update(store_write(annotated, pg_url))
    return out, annotated


def store_at(annotated: list[Article], more: list[RawDocument], settings: Settings, pg_url: str | None,
             tries: int = 3) -> dict[str, Any]:
    """The store write over ``annotated`` and the pages of ``more`` analysed here (off the
    clock): a write rate in the steady state of a long run, where the first batches' start-up
    and the last's drain weigh little and the search index holds many articles already."""
    from linimasa import pipeline

    res = pipeline.load_resources(settings)
    arts = list(annotated)
    for doc in more:
        art = guard(pipeline.process, None)(doc, res)
        if isinstance(art, Article) and art.status == "ok":
            arts.append(art)
    from .store_write import store_write

    return {"articles": len(arts), **store_write(arts, pg_url, tries=tries)}


def per_article(docs: list[RawDocument], settings: Settings) -> dict[str, Any]:
    """Clean, the language layer and events alone over ``docs`` (the 400-word rows)."""
    from linimasa import pipeline

    out: dict[str, Any] = {}
    res = pipeline.load_resources(settings)
    arts = _clean(docs, res, out)
    out["mean_words_cleaned"] = round(sum(len(a.text.split()) for a in arts) / max(1, len(arts)), 1)
    _events(_analyse(arts, res, out), res, out)
    return out


def _clean(docs: list[RawDocument], res: Any, out: dict[str, Any]) -> list[Article]:
    """Timed cleaning; the pages kept."""
    from linimasa import clean

    cleaned = timed("clean", out, len(docs), lambda: [clean.clean_document(d, res.clean) for d in docs])
    arts = [a for a in cleaned or [] if isinstance(a, Article) and a.status == "ok"]
    out["clean_kept"] = len(arts)
    return arts


def _analyse(arts: list[Article], res: Any, out: dict[str, Any]) -> list[Article]:
    """The whole language layer, timed."""
    from linimasa import pipeline

    nlp_only = _only_nlp(res)
    return timed("language_layer", out, len(arts),
                 lambda: [guard(pipeline.analyse, a)(a, nlp_only) for a in arts]) or arts


def _events(annotated: list[Article], res: Any, out: dict[str, Any]) -> list[Article]:
    """Event extraction, timed (skipped when the events stage is not loaded)."""
    if res.events is None:
        return annotated
    from linimasa import events

    def extract() -> list[Article]:
        for a in annotated:
            a.events = events.extract(a, res.events)
        return annotated

    return timed("events", out, len(annotated), extract) or annotated


def _each(arts: list[Article], _name: str, fn: Callable[[Article], Any]) -> list[Any]:
    return [fn(a) for a in arts]


def _split(text: str) -> Any:
    """(sentences, their words): what :func:`linimasa.nlp.annotate` hands the later stages."""
    from linimasa.nlp.sentences import split_words

    return split_words(text)


def _numbers(text: str, split: Any) -> Any:
    from linimasa.nlp.numbers import find_quantities

    return find_quantities(text, *split)


def _timex(text: str, published: str | None, split: Any) -> Any:
    from linimasa.nlp.timex import find_timexes

    return find_timexes(text, published, *split)


def _ner(art: Article, split: Any, nlp_res: Any) -> Any:
    from linimasa.nlp.ner import find_mentions

    art.sentences = split[0]
    return find_mentions(art, split[0], nlp_res.ner, split[1])


def _quotes(art: Article, split: Any, found: Any) -> Any:
    from linimasa.nlp.quotes import find_quotes

    mentions, entities = found
    return find_quotes(art, split[0], mentions, entities)


def _only_nlp(res: Any) -> Any:
    import dataclasses

    return dataclasses.replace(res, events=None)
