"""Exports: the contracts other tools read. See README "Export formats".

Each (kind, format) pair is one writer function ``(store, out) -> count``; the registry
``WRITERS`` is what ``linimasa export`` and the web downloads call.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from .errors import ExportError
from .model import Article, to_dict
from .store.base import SQLStore

Writer = Callable[[SQLStore, TextIO], int]

ARTICLE_FIELDS = [
    "id", "source", "url", "outlet", "title", "published", "authors", "editors", "dateline",
    "wire_sources", "language", "status", "skip_reason", "text", "removed",
]


def article_record(a: Article) -> dict[str, Any]:
    return {k: getattr(a, k) for k in ARTICLE_FIELDS}


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _articles_jsonl(store: SQLStore, out: TextIO) -> int:
    return write_jsonl((article_record(a) for a in store.iter_articles(annotations=False)), out)


def _articles_csv(store: SQLStore, out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=ARTICLE_FIELDS)
    w.writeheader()
    n = 0
    for a in store.iter_articles(annotations=False):
        rec = article_record(a)
        for k in ("authors", "editors", "wire_sources"):
            rec[k] = "; ".join(rec[k])
        rec["removed"] = json.dumps(rec["removed"], ensure_ascii=False)
        w.writerow(rec)
        n += 1
    return n


def _events_jsonl(store: SQLStore, out: TextIO) -> int:
    return write_jsonl((to_dict(e) for e in store.events()), out)


def _quotes_jsonl(store: SQLStore, out: TextIO) -> int:
    keys = ("id", "article_id", "speaker", "speaker_entity_id", "cue", "text", "start", "end", "direct")
    return write_jsonl(({k: getattr(q, k) for k in keys} for q in store.quotes()), out)


def _entities_jsonl(store: SQLStore, out: TextIO) -> int:
    return write_jsonl((to_dict(e) for e in store.entities()), out)


def _clusters_jsonl(store: SQLStore, out: TextIO) -> int:
    return write_jsonl((to_dict(c) for c in store.clusters()), out)


def _passages_jsonl(store: SQLStore, out: TextIO) -> int:
    return write_jsonl((to_dict(p) for p in store.passages()), out)


WRITERS: dict[tuple[str, str], Writer] = {
    ("articles", "jsonl"): _articles_jsonl,
    ("articles", "csv"): _articles_csv,
    ("events", "jsonl"): _events_jsonl,
    ("quotes", "jsonl"): _quotes_jsonl,
    ("entities", "jsonl"): _entities_jsonl,
    ("clusters", "jsonl"): _clusters_jsonl,
    ("passages", "jsonl"): _passages_jsonl,
}


def register(kind: str, fmt: str) -> Callable[[Writer], Writer]:
    def deco(fn: Writer) -> Writer:
        WRITERS[(kind, fmt)] = fn
        return fn

    return deco


def export(store: SQLStore, kind: str, fmt: str, out: TextIO) -> int:
    _load_plugins()
    fn = WRITERS.get((kind, fmt))
    if fn is None:
        have = ", ".join(f"{k} --format {f}" for k, f in sorted(WRITERS))
        raise ExportError(f"no export of {kind!r} as {fmt!r}; available: {have}")
    return fn(store, out)


def _load_plugins() -> None:
    """Modules that register extra formats (ACLED CSV, GeoJSON) on import."""
    import importlib

    for mod in ("linimasa.events.export",):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise
