"""``linimasa eval timex``: TIMEX3 recognition and normalisation on TimeML files.

Each ``.tml`` file's ``<TEXT>`` is stripped of its tags (offsets of the gold TIMEX3 kept)
and given to :func:`linimasa.nlp.timex.find_timexes` with the document creation time
(the ``CREATION_TIME`` TIMEX3 in ``<DCT>``) as the reference date.

Metrics (one-to-one matching, gold in document order):

- ``recognition_*``: exact span match (surrounding whitespace ignored);
- ``recognition_*_overlap``: spans that share at least one character;
- ``normalisation_accuracy``: share of *all* gold TIMEX3 that an overlapping prediction
  found with exactly the gold ``value`` (TempEval's value accuracy over gold);
  ``normalisation_accuracy_matched`` is the same over the matched ones only.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvalError
from ..nlp.timex import find_timexes

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.DOTALL)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_timeml(path: Path) -> tuple[str, str | None, list[GoldTimex]]:
    """(plain text of <TEXT>, DCT value, gold TIMEX3 with offsets into that text)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    m = _TEXT.search(raw)
    if m is None:
        raise EvalError(f"{path}: expected a TimeML file with a <TEXT> element, got none; "
                        "give a folder of IndoTimex-style .tml files")
    dct = _DCT.search(raw)
    body = m.group(1)
    out: list[str] = []
    pos = 0
    n = 0
    gold: list[GoldTimex] = []
    open_: dict[str, Any] | None = None
    for t in _TAG.finditer(body):
        seg = html.unescape(body[pos:t.start()])
        out.append(seg)
        n += len(seg)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if t.group(1) == "":
            open_ = dict(_ATTR.findall(t.group(3)))
            open_["_start"] = n
        elif open_ is not None:
            gold.append(GoldTimex(open_["_start"], n, "", open_.get("type", ""), open_.get("value", "")))
            open_ = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in gold:  # trim whitespace inside the tags
        while g.start < g.end and text[g.start].isspace():
            g.start += 1
        while g.end > g.start and text[g.end - 1].isspace():
            g.end -= 1
        g.text = text[g.start:g.end]
    return text, (dct.group(1)[:10] if dct else None), gold


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_timex(folder: Path, settings: Settings) -> dict[str, Any]:
    """Scores of the time-expression finder on every ``*.tml`` file under ``folder``."""
    files = sorted(Path(folder).glob("**/*.tml"))
    if not files:
        raise EvalError(f"{folder}: expected .tml TimeML files, found none; "
                        "point --timeml at e.g. ../shared/data/time/indotimex_gold")
    n_gold = n_pred = tp_exact = tp_overlap = value_ok = 0
    misses: list[dict[str, Any]] = []
    spurious: list[dict[str, Any]] = []
    elapsed = 0.0
    for path in files:
        text, dct, gold = read_timeml(path)
        t0 = time.perf_counter()
        pred = find_timexes(text, dct)
        elapsed += time.perf_counter() - t0
        n_gold += len(gold)
        n_pred += len(pred)
        exact_used: set[int] = set()
        over_used: set[int] = set()
        for g in gold:
            ex = next((i for i, p in enumerate(pred) if i not in exact_used
                       and (p.start, p.end) == (g.start, g.end)), None)
            if ex is not None:
                exact_used.add(ex)
                tp_exact += 1
            ov = ex if ex is not None and ex not in over_used else next(
                (i for i, p in enumerate(pred) if i not in over_used and p.start < g.end and g.start < p.end), None)
            got = pred[ov] if ov is not None else None
            if ov is not None:
                over_used.add(ov)
                tp_overlap += 1
                if got is not None and got.value == g.value:
                    value_ok += 1
            if ex is None or got is None or got.value != g.value:
                misses.append({"file": path.name, "gold": g.text, "gold_value": g.value,
                               "found": got.text if got else None, "found_value": got.value if got else None})
        for i, p in enumerate(pred):
            if i not in over_used:
                spurious.append({"file": path.name, "found": p.text, "value": p.value})
    p_ex, r_ex, f_ex = _prf(tp_exact, n_pred, n_gold)
    p_ov, r_ov, f_ov = _prf(tp_overlap, n_pred, n_gold)
    return {
        "recognition_f1": round(f_ex, 4),
        "recognition_precision": round(p_ex, 4),
        "recognition_recall": round(r_ex, 4),
        "recognition_f1_overlap": round(f_ov, 4),
        "recognition_precision_overlap": round(p_ov, 4),
        "recognition_recall_overlap": round(r_ov, 4),
        "normalisation_accuracy": round(value_ok / n_gold, 4) if n_gold else 0.0,
        "normalisation_accuracy_matched": round(value_ok / tp_overlap, 4) if tp_overlap else 0.0,
        "counts": {"files": len(files), "gold": n_gold, "predicted": n_pred, "exact": tp_exact,
                   "overlap": tp_overlap, "value_correct": value_ok},
        "ms_per_file": round(1000 * elapsed / len(files), 3),
        "misses": misses[:30],
        "spurious": spurious[:30],
    }
