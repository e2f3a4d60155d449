"""``linimasa eval events``: event precision/recall/F1 and field accuracies against gold.

Gold: ``{"docs": {file name: {"events": [...]}}}``; each gold event has ``match`` (lower-cased
substrings of the sentence stating it), ``core`` and optionally ``types``, ``date`` /
``date_end`` ([lo, hi], a bare year or year-month meaning any day in it), ``actor``,
``location`` (list), ``fatalities`` / ``captured`` (exact), ``claimed_by`` (list).

Matching: a predicted event matches a gold event when its sentence (lower-cased) contains
one of the gold ``match`` strings. A core gold event is found when any predicted event
matches it. A predicted event is a true positive when it matches a core gold event, neutral
when it matches only non-core ones, a false positive otherwise. Field accuracies are over
found core events that state the field, scoring the matching predicted event that gets the
most fields right (several sentences may state one event).
"""

from __future__ import annotations

import calendar
import logging
import unicodedata
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvalError
from ..model import Article, Event, RawDocument
from .gold import load_gold

log = logging.getLogger(__name__)
FIELDS = ("type", "date", "actor", "location", "numbers", "claimed_by")


def _bound(s: str, end: bool) -> str:
    parts = s.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return f"{y:04d}-12-31" if end else f"{y:04d}-01-01"
    m = int(parts[1])
    if len(parts) == 2:
        return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}" if end else f"{y:04d}-{m:02d}-01"
    return s[:10]


def _in_range(value: str | None, rng: list[str]) -> bool:
    if not value:
        return False
    return _bound(rng[0], False) <= value[:10] <= _bound(rng[1], True)


def _fold(s: str) -> str:
    """Lower case without diacritics: the gold's "culiacan" is the gazetteer's "Culiacán"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def field_checks(gold: dict[str, Any], e: Event, country_names: dict[str, list[str]]) -> dict[str, bool]:
    """Which of the gold event's stated fields the predicted event gets right."""
    out: dict[str, bool] = {}
    if gold.get("types"):
        out["type"] = e.type in gold["types"]
    if gold.get("date"):
        ok = _in_range(e.date_start, gold["date"])
        if gold.get("date_end"):
            ok = ok and _in_range(e.date_end, gold["date_end"])
        out["date"] = ok
    if gold.get("actor"):
        want = gold["actor"].lower()
        names = [a.name.lower() for a in e.actors]
        for a in e.actors:
            names.extend(n.lower() for n in country_names.get(a.country or "", []))
        out["actor"] = any(want in n for n in names)
    if gold.get("location"):
        loc = e.location
        hay = _fold(" ".join(x for x in ((loc.name if loc else ""), (loc.admin1 if loc else "") or "")))
        out["location"] = any(_fold(g) in hay for g in gold["location"])
    nums = [k for k in ("fatalities", "captured") if k in gold]
    if nums:
        out["numbers"] = all(getattr(e, k) == gold[k] for k in nums)
    if gold.get("claimed_by"):
        src = (e.claimed_by or "").lower()
        out["claimed_by"] = any(g.lower() in src for g in gold["claimed_by"])
    return out


def score(gold_docs: dict[str, Any], predicted: dict[str, list[Event]],
          country_names: dict[str, list[str]]) -> dict[str, Any]:
    """Metrics for predicted events per document name against the gold documents."""
    tp = fp = found = n_core = 0
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    details: dict[str, Any] = {}
    for name, doc in gold_docs.items():
        gold = doc.get("events", [])
        preds = predicted.get(name, [])
        matches: dict[str, list[Event]] = {g["id"]: [] for g in gold}
        fps = []
        for e in preds:
            sent = e.sentence.lower()
            hit = [g for g in gold if any(m in sent for m in g["match"])]
            for g in hit:
                matches[g["id"]].append(e)
            if any(g.get("core", True) for g in hit):
                tp += 1
            elif not hit:
                fp += 1
                fps.append(e.sentence)
        missed = []
        wrong: dict[str, list[str]] = {}
        for g in gold:
            if not g.get("core", True):
                continue
            n_core += 1
            cands = matches[g["id"]]
            if not cands:
                missed.append(g["id"])
                continue
            found += 1
            best = max((field_checks(g, e, country_names) for e in cands), key=lambda c: sum(c.values()))
            for f, ok in best.items():
                total[f] += 1
                right[f] += int(ok)
                if not ok:
                    wrong.setdefault(g["id"], []).append(f)
        details[name] = {"missed": missed, "false_positives": fps, "wrong_fields": wrong}
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = found / n_core if n_core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
    for f in FIELDS:
        result[f] = round(right[f] / total[f], 4) if total[f] else None
    result["counts"] = {"gold_core": n_core, "found": found, "predicted_tp": tp, "predicted_fp": fp,
                        **{f"{f}_n": total[f] for f in FIELDS}}
    result["docs"] = details
    return result


def _country_names() -> dict[str, list[str]]:
    from ..events import _country_tables

    table, names = _country_tables()
    out: dict[str, list[str]] = {}
    for key, code in table.items():
        out.setdefault(code, []).append(" ".join(key))
    for code, nm in names.items():
        out.setdefault(code, []).append(nm)
    return out


def read_gold(gold: Path) -> dict[str, Any]:
    """The gold documents that carry events."""
    docs = load_gold(gold)["docs"]
    return {k: v for k, v in docs.items() if isinstance(v, dict) and "events" in v}


def run_pipeline(inputs: Path, names: list[str], settings: Settings) -> dict[str, Article]:
    """clean -> nlp -> events on each named page of ``inputs``."""
    from .. import pipeline

    res = pipeline.load_resources(settings)
    out: dict[str, Article] = {}
    for name in names:
        path = Path(inputs) / name
        try:
            data = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise EvalError(f"input page {path}: expected a readable file named in the gold, got {exc}") from exc
        is_html = path.suffix.lower() in (".html", ".htm")
        raw = RawDocument(source=str(path), kind="html" if is_html else "txt",
                          text=None if is_html else data, html=data if is_html else None)
        art = pipeline.process(raw, res)
        if isinstance(art, Article):
            out[name] = art
        else:
            log.warning("eval events: %s was skipped (%s)", name, art.reason)
    return out


def evaluate_events(gold: Path, inputs: Path, settings: Settings) -> dict[str, Any]:
    """Run the real pipeline on each gold page and score its events."""
    docs = read_gold(gold)
    arts = run_pipeline(inputs, sorted(docs), settings)
    predicted = {name: a.events for name, a in arts.items()}
    return score(docs, predicted, _country_names())
