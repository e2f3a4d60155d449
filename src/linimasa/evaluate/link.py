"""``linimasa eval link``: shared passages and event clusters against gold.

The real pipeline (clean, language layer, events, linking) runs on the gold's input pages
into a temporary SQLite store; then:

- ``passages.recall``: share of gold passages found. A gold passage (``a``, ``a_match``,
  ``b``, ``b_match``) is found when some predicted passage between the two documents has,
  on document a's side, text containing ``a_match`` and on b's side text containing
  ``b_match`` (case-insensitive).
- ``passages.precision``: of the predicted passages between document pairs the gold pairs,
  the share that overlap a gold passage, i.e. whose a-side span overlaps an occurrence of
  some gold ``a_match`` and whose b-side span overlaps the same gold passage's ``b_match``.
  (Document pairs the gold says nothing about are not scored.)
- ``clusters.*``: gold events are mapped to predicted events one-to-one: a predicted event
  is a candidate when its sentence contains an occurrence of one of the gold ``match``
  strings; among candidates the one whose trigger lies in (else nearest to) the occurrence
  wins, preferring a type in the gold ``types``. Over every pair of matched gold events,
  a pair is positive in gold when both carry the same ``cluster`` label, and predicted
  positive when both predicted events share a ``cluster_id``; precision, recall and F1
  are computed over positive pairs. ``clusters.matched``/``clusters.gold_events`` say how
  many gold events could be mapped.
"""

from __future__ import annotations

import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvalError
from ..model import Article, Event, Passage
from .gold import load_gold


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    low, n = text.lower(), needle.lower()
    out, i = [], low.find(n)
    while i >= 0 and n:
        out.append((i, i + len(n)))
        i = low.find(n, i + 1)
    return out


def _overlap(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def score_passages(gold: list[dict[str, Any]], docs: dict[str, Article], predicted: list[Passage]) -> dict[str, Any]:
    found = core = core_found = 0
    pairs: dict[frozenset[str], list[dict[str, Any]]] = {}
    for g in gold:
        if g["a"] in docs and g["b"] in docs:
            pairs.setdefault(frozenset((docs[g["a"]].id, docs[g["b"]].id)), []).append(g)
    for g in gold:
        a, b = docs.get(g["a"]), docs.get(g["b"])
        hit = False
        if a is not None and b is not None:
            for p in predicted:
                sides = {p.article_a: p.text_a, p.article_b: p.text_b}
                if {p.article_a, p.article_b} == {a.id, b.id} and g["a_match"].lower() in sides[a.id].lower() \
                        and g["b_match"].lower() in sides[b.id].lower():
                    hit = True
                    break
        found += hit
        if g.get("core", True):
            core += 1
            core_found += hit
    scored = good = 0
    for p in predicted:
        key = frozenset((p.article_a, p.article_b))
        if key not in pairs:
            continue
        scored += 1
        spans = {p.article_a: (p.start_a, p.end_a), p.article_b: (p.start_b, p.end_b)}
        for g in pairs[key]:
            a, b = docs[g["a"]], docs[g["b"]]
            if _overlap(*spans[a.id], _occurrences(a.text, g["a_match"])) and \
                    _overlap(*spans[b.id], _occurrences(b.text, g["b_match"])):
                good += 1
                break
    return {
        "recall": round(core_found / core, 4) if core else 1.0,
        "recall_all": round(found / len(gold), 4) if gold else 1.0,
        "precision": round(good / scored, 4) if scored else (1.0 if not gold else 0.0),
        "gold": len(gold), "found": found, "predicted": scored,
    }


def match_events(gold_events: list[dict[str, Any]], art: Article, predicted: list[Event]) -> dict[str, Event]:
    """Gold event id -> predicted event (one-to-one, gold order)."""
    used: set[str] = set()
    out: dict[str, Event] = {}
    for g in gold_events:
        occ = [o for m in g.get("match", []) for o in _occurrences(art.text, m)]
        best: tuple[tuple[int, int, int], Event] | None = None
        for e in predicted:
            if e.id in used:
                continue
            inside = [o for o in occ if e.sentence_start <= o[0] and o[1] <= e.sentence_end]
            if not inside:
                continue
            dist = min(0 if a <= e.trigger_start < b else min(abs(e.trigger_start - a), abs(e.trigger_start - b))
                       for a, b in inside)
            key = (dist, 0 if e.type in g.get("types", [e.type]) else 1, e.trigger_start)
            if best is None or key < best[0]:
                best = (key, e)
        if best is not None:
            out[g["id"]] = best[1]
            used.add(best[1].id)
    return out


def score_clusters(gold: dict[str, Any], docs: dict[str, Article], events: list[Event]) -> dict[str, Any]:
    label: dict[str, str] = {}
    for members_label, ids in gold.get("clusters", {}).items():
        for eid in ids:
            label[eid] = members_label
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    matched: dict[str, Event] = {}
    total = 0
    for name, doc in gold["docs"].items():
        total += len(doc.get("events", []))
        art = docs.get(name)
        if art is not None:
            matched.update(match_events(doc.get("events", []), art, by_article.get(art.id, [])))
    tp = fp = fn = 0
    for x, y in combinations(sorted(matched), 2):
        same_gold = x in label and label.get(x) == label.get(y)
        cx, cy = matched[x].cluster_id, matched[y].cluster_id
        same_pred = cx is not None and cx == cy
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "matched": len(matched),
            "gold_events": total, "gold_pairs": tp + fn, "predicted_pairs": tp + fp}


def _pages(gold: Path, inputs: Path) -> list[str]:
    """The input pages: the folder, or, when the gold file lies inside it, the folder's files
    but the gold (a gold file of short Indonesian match strings reads as a page, and its
    copies of the articles' sentences link as passages with every page)."""
    from ..ingest import iter_files

    g = gold.resolve()
    files = list(iter_files(inputs))
    if not any(f.resolve() == g for f in files):
        return [str(inputs)]
    return [str(f) for f in files if f.resolve() != g]


def evaluate_link(gold: Path, inputs: Path, settings: Settings) -> dict[str, Any]:
    from ..run.local import execute
    from ..store.sqlite import SQLiteStore

    data = load_gold(gold)
    if not Path(inputs).is_dir():
        raise EvalError(f"--inputs {inputs}: expected a folder of the pages the gold describes")
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "eval.db")
        try:
            execute(store, _pages(Path(gold), Path(inputs)), settings)
            docs: dict[str, Article] = {}
            for a in store.iter_articles(annotations=False):
                name = Path(a.source).name
                if name in data["docs"]:
                    docs[name] = a
            result = {
                "passages": score_passages(data.get("passages", []), docs, store.passages()),
                "clusters": score_clusters(data, docs, store.events()),
                "documents": len(docs),
            }
        finally:
            store.close()
    return result
