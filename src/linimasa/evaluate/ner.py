"""``linimasa eval ner``: entity-level P/R/F1 of the NER model on a BIO file.

The layout is detected, not configured: tab- or space-separated columns with the tag in the
last one, CRLF or LF line ends, a blank line between sentences. Each data set's labels are
mapped onto the model's types (:data:`LABEL_MAP`); other types (TIME, QUANTITY, EVT, ...)
are left out of the headline score and listed under ``ignored_types``. Scoring follows the
CoNLL/seqeval convention: exact span and type, an ``I-`` without a ``B-`` opens an entity.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvalError

LABEL_MAP = {
    "PERSON": "PER", "PER": "PER", "PPL": "PER",
    "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG",
    "PLACE": "LOC", "LOCATION": "LOC", "LOC": "LOC", "PLC": "LOC",
}
MODEL_TYPES = ("PER", "ORG", "LOC")

Sequence = list[tuple[str, str]]


def read_bio(path: Path) -> tuple[list[Sequence], Counter[str]]:
    """Sentences of (token, mapped BIO tag) and a count of the types that were dropped.

    A tag whose type is not in :data:`LABEL_MAP` becomes ``O``; its entity count (B- or an
    opening I-) is returned so the caller can list it."""
    try:
        raw = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise EvalError(f"NER file {path}: expected a readable BIO file, got {exc}") from exc
    sents: list[Sequence] = []
    ignored: Counter[str] = Counter()
    cur: Sequence = []
    prev_type = ""
    for line in raw.splitlines():
        line = line.rstrip("\r\n")
        if not line.strip():
            if cur:
                sents.append(cur)
            cur, prev_type = [], ""
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) < 2:
            raise EvalError(f"NER file {path}: expected 'token ... tag' columns, got line {line[:60]!r}; "
                            "give a CoNLL/BIO file with the tag in the last column")
        token, tag = parts[0].strip() or parts[0], parts[-1].strip()
        if tag == "O" or "-" not in tag:
            cur.append((token, "O"))
            prev_type = ""
            continue
        prefix, _, typ = tag.partition("-")
        mapped = LABEL_MAP.get(typ.upper())
        if mapped is None:
            if prefix == "B" or prev_type != typ:
                ignored[typ] += 1
            cur.append((token, "O"))
        else:
            cur.append((token, f"{'I' if prefix == 'I' else 'B'}-{mapped}"))
        prev_type = typ
    if cur:
        sents.append(cur)
    if not sents:
        raise EvalError(f"NER file {path}: expected sentences of 'token tag' lines, got none")
    return sents, ignored


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, type) from BIO tags, seqeval-style."""
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if tag == "O" or prefix == "B" or (prefix == "I" and t != typ):
            if start >= 0:
                out.add((start, i, typ))
            start, typ = (i, t) if tag != "O" else (-1, "")
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "predicted": n_pred}


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Any]:
    """Micro P/R/F1 overall and per type over sentences of BIO tags."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    result: dict[str, Any] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    result["per_type"] = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in sorted(set(n_gold) | set(n_pred))}
    return result


ERROR_KINDS = ("exact", "boundary", "type", "boundary_type", "missed", "spurious")


def error_kinds(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, int]]:
    """Per gold type, what became of its entities: found ``exact``ly; overlapped by a prediction
    with the same ``type`` but other bounds (``boundary``), the same bounds but another type
    (``type``), or neither (``boundary_type``); or ``missed`` (nothing overlaps). Per predicted
    type, ``spurious``: predictions that overlap no gold entity."""
    out: dict[str, Counter[str]] = {}
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            over = [q for q in ps if q[0] < s[1] and s[0] < q[1]]
            kind = ("exact" if s in ps else "missed" if not over
                    else "type" if any(q[:2] == s[:2] for q in over)
                    else "boundary" if any(q[2] == s[2] for q in over) else "boundary_type")
            out.setdefault(s[2], Counter())[kind] += 1
        for q in ps:
            if not any(s[0] < q[1] and q[0] < s[1] for s in gs):
                out.setdefault(q[2], Counter())["spurious"] += 1
    return {t: {k: c[k] for k in ERROR_KINDS} for t, c in sorted(out.items())}


def evaluate_ner(path: Path, settings: Settings) -> dict[str, Any]:
    """Run the packaged model and its rules on the file's own tokens and score them.

    The top level scores what the pipeline runs (model + sentence rules); ``model_only``
    scores the CRF's own tags. ``errors`` sorts the misses of each by kind (:func:`error_kinds`)."""
    from ..nlp.ner import load_ner, tag_sentences, tag_with_rules

    sents, ignored = read_bio(path)
    res = load_ner(settings)
    tokens = [[tok for tok, _ in s] for s in sents]
    gold = [[t for _, t in s] for s in sents]
    t0 = time.process_time()
    pred = tag_with_rules(tokens, res)
    elapsed = time.process_time() - t0
    result = score(gold, pred)
    result["errors"] = error_kinds(gold, pred)
    model_tags = tag_sentences(tokens, res.scorer)
    raw = score(gold, model_tags)
    result["model_only"] = {**{k: raw[k] for k in ("precision", "recall", "f1")}, "errors": error_kinds(gold, model_tags)}
    result["sentences"] = len(sents)
    result["tokens"] = sum(len(s) for s in sents)
    result["ignored_types"] = dict(sorted(ignored.items()))
    result["cpu_ms_per_1000_tokens"] = round(1000 * elapsed / max(1, result["tokens"]) * 1000, 3)
    return result
