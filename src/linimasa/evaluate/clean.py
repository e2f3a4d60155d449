"""``linimasa eval clean``: line-level body/boilerplate scores and metadata accuracy.

Gold format (see the gold file's ``about``): per document, ``body_lines`` and
``boilerplate_lines`` are 1-based raw line numbers (lines in neither list are ignored);
``meta`` holds acceptable values: lists of lower-case substrings (outlet, wire sources,
authors, editors), a ``[lo, hi]`` date range (a bare year or year-month covers all its
days), a title or dateline string (``null``: the page has none).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..clean import clean_text
from ..clean.html import extract_html
from ..clean.metadata import Hints, PageMeta
from ..config import Settings
from ..errors import EvalError
from ..ingest import read_file
from ..model import RawDocument
from .gold import load_gold

log = logging.getLogger(__name__)

FIELDS = ("outlet", "published", "wire_sources", "title", "authors", "editors", "dateline")


def _matches_any(value: str | None, options: list[str]) -> bool:
    return value is not None and any(o.lower() in value.lower() for o in options)


def _in_range(value: str | None, rng: list[str]) -> bool:
    if not value or len(rng) != 2:
        return False
    lo, hi = rng
    return value[: len(lo)] >= lo and value[: len(hi)] <= hi


def _names_match(got: list[str], gold: list[str]) -> bool:
    if len(got) != len(gold):
        return False
    low = [g.lower() for g in got]
    return all(any(w.lower() in g or g in w.lower() for g in low) for w in gold)


def score_field(name: str, gold: Any, meta: PageMeta) -> bool:
    got = getattr(meta, name)
    if name == "published":
        return _in_range(got, gold) if gold else got is None
    if name in ("outlet",):
        return _matches_any(got, gold) if gold else got is None
    if name in ("wire_sources", "authors", "editors"):
        return _names_match(got, list(gold or []))
    # title, dateline: a string (substring either way) or null
    if gold is None:
        return got is None
    return got is not None and (gold.lower() in got.lower() or got.lower() in gold.lower())


def evaluate_clean(gold: Path, inputs: Path, settings: Settings) -> dict[str, Any]:
    docs = load_gold(gold)["docs"]
    tp = fp = fn = tn = 0
    field_ok: dict[str, list[bool]] = {f: [] for f in FIELDS}
    details: dict[str, Any] = {}
    for name, g in sorted(docs.items()):
        path = Path(inputs) / name
        raw = next((d for d in read_file(path, settings) if isinstance(d, RawDocument)), None)
        if raw is None:
            raise EvalError(f"input {path}: expected a readable page named in the gold file")
        hints = Hints(url=raw.url, title=raw.title, published=raw.published, outlet=raw.outlet)
        text = raw.text
        if text is None and raw.html is not None:
            page = extract_html(raw.html, raw.url)
            text = page.text if page else ""
        result = clean_text(text or "", hints, settings.max_article_chars)
        keep = {d.no: d.keep for d in result.segmented.decisions}
        body, boiler = set(g.get("body_lines", [])), set(g.get("boilerplate_lines", []))
        errors = []
        for no in sorted(body | boiler):
            kept = keep.get(no, False)
            if no in body and kept:
                tp += 1
            elif no in body:
                fn += 1
                errors.append(f"line {no}: body removed")
            elif kept:
                fp += 1
                errors.append(f"line {no}: boilerplate kept")
            else:
                tn += 1
        meta_detail = {}
        for f in FIELDS:
            if f in g.get("meta", {}):
                ok = score_field(f, g["meta"][f], result.meta)
                field_ok[f].append(ok)
                meta_detail[f] = {"gold": g["meta"][f], "got": getattr(result.meta, f), "ok": ok}
        details[name] = {"errors": errors, "meta": meta_detail}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "docs": len(docs),
        "line_precision": round(p, 4), "line_recall": round(r, 4), "line_f1": round(f1, 4),
        "lines": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "meta": {f: round(sum(v) / len(v), 4) for f, v in field_ok.items() if v},
        "details": details,
    }
