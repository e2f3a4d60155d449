"""Shared passages between two articles: exact verification of an LSH candidate pair.

An article is cut into sentence units (paragraph breaks, and sentence-final punctuation
before a capital: a cheap splitter of its own, so the units -- and so the passages -- do
not depend on whether the language layer ran). Each unit is a list of lower-cased word
tokens.

Verification of a pair: every unit of ``a`` is linked to the units of ``b`` it shares
enough 2-word shingles with (at least :data:`MIN_SHARED` and a fifth of the shorter
unit's); links that follow each other on both sides (one sentence split in two or two
merged count as following) are chained into regions; a reordered paragraph simply starts
a region of its own. Each region becomes a passage spanning whole sentences on both sides
when the two spans are similar enough: ``similarity`` is the Dice coefficient
``2 * matched / (len_a + len_b)`` over the spans' tokens, ``matched`` counting the tokens
``difflib.SequenceMatcher`` aligns within each linked sentence pair -- 1.0 for an exact
copy, ~0.9 for a copy with a few inserted words or a changed date. Cost: linear in the
two texts plus one short alignment per linked sentence pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..model import Article, Passage
from .minhash import WORD as _WORD

MIN_SHARED = 3  # 2-word shingles two sentences must share to be linked
MIN_SHARED_SHARE = 0.2  # ... and at least this share of the shorter sentence's shingles
MIN_MATCHED = 8  # tokens a passage must share at least

_SENT_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_PARA = re.compile(r"[^\n]+")


@dataclass
class Units:
    """An article as sentence units over one flat list of word tokens."""

    article_id: str
    text: str
    toks: list[str]  # lower-cased word tokens, all sentences in a row
    spans: list[tuple[int, int]]  # unit -> (first token, end token) in the flat list
    unit_chars: list[tuple[int, int]]  # unit -> (char start, char end)
    _shingles: list[set[tuple[str, str]]] = field(default_factory=list, repr=False)

    def unit_tokens(self, u: int) -> list[str]:
        a, b = self.spans[u]
        return self.toks[a:b]

    def shingles(self, u: int) -> set[tuple[str, str]]:
        if not self._shingles:
            self._shingles = [set(zip(self.toks[a:b], self.toks[a + 1:b], strict=False)) for a, b in self.spans]
        return self._shingles[u]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: every line, cut after ., !, ?, ... before a capital."""
    out = []
    for para in _PARA.finditer(text):
        start = para.start()
        for m in _SENT_END.finditer(para.group()):
            out.append((start, para.start() + m.start() + 1))
            start = para.start() + m.end()
        out.append((start, para.end()))
    return [(a, b) for a, b in out if text[a:b].strip()]


def units_of(art: Article) -> Units:
    return text_units(art.id, art.text)


def text_units(article_id: str, text: str) -> Units:
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    chars: list[tuple[int, int]] = []
    for s0, s1 in sentence_spans(text):
        ws = _WORD.findall(text[s0:s1].lower())
        if not ws:
            continue
        spans.append((len(toks), len(toks) + len(ws)))
        toks.extend(ws)
        chars.append((s0, s1))
    return Units(article_id, text, toks, spans, chars)


@dataclass
class _Region:
    a0: int  # unit range [a0, a1] inclusive on side a
    a1: int
    b0: int
    b1: int
    links: list[tuple[int, int]]


def _links(ua: Units, ub: Units) -> list[tuple[int, int]]:
    """Sentence pairs (u in a, v in b) sharing enough shingles, in order of u then v."""
    owners: dict[tuple[str, str], list[int]] = defaultdict(list)
    for v in range(len(ub.spans)):
        for sh in ub.shingles(v):
            owners[sh].append(v)
    out = []
    for u in range(len(ua.spans)):
        sh_u = ua.shingles(u)
        count: dict[int, int] = defaultdict(int)
        for sh in sh_u:
            for v in owners.get(sh, ()):
                count[v] += 1
        for v in sorted(count):
            n = count[v]
            if n >= MIN_SHARED and n >= MIN_SHARED_SHARE * min(len(sh_u), len(ub.shingles(v))):
                out.append((u, v))
    return out


def _regions(links: list[tuple[int, int]]) -> list[_Region]:
    regions: list[_Region] = []
    for u, v in links:
        for r in reversed(regions):
            if r.a1 <= u <= r.a1 + 1 and r.b1 <= v <= r.b1 + 1:
                r.a1, r.b1 = u, v
                r.links.append((u, v))
                break
        else:
            regions.append(_Region(u, u, v, v, [(u, v)]))
    return regions


def _matched(ua: Units, ub: Units, u: int, v: int) -> int:
    sm = SequenceMatcher(None, ua.unit_tokens(u), ub.unit_tokens(v), autojunk=False)
    return sum(n for _, _, n in sm.get_matching_blocks())


def _passage(ua: Units, ub: Units, r: _Region, threshold: float) -> Passage | None:
    matched = sum(_matched(ua, ub, u, v) for u, v in r.links)
    len_a = ua.spans[r.a1][1] - ua.spans[r.a0][0]
    len_b = ub.spans[r.b1][1] - ub.spans[r.b0][0]
    sim = min(1.0, 2.0 * matched / (len_a + len_b))
    if matched < MIN_MATCHED or sim < threshold:
        return None
    sa, ea = ua.unit_chars[r.a0][0], ua.unit_chars[r.a1][1]
    sb, eb = ub.unit_chars[r.b0][0], ub.unit_chars[r.b1][1]
    return Passage(article_a=ua.article_id, start_a=sa, end_a=ea, text_a=ua.text[sa:ea],
                   article_b=ub.article_id, start_b=sb, end_b=eb, text_b=ub.text[sb:eb],
                   similarity=round(sim, 4))


def _overlaps(p: Passage, q: Passage) -> bool:
    return p.start_a < q.end_a and q.start_a < p.end_a or p.start_b < q.end_b and q.start_b < p.end_b


def align(ua: Units, ub: Units, threshold: float = 0.5) -> list[Passage]:
    """Every passage ``ua`` and ``ub`` share, in the order of ``ua`` (no two overlap;
    where two candidates overlap the closer copy is kept, then the longer: a copied quote over a
    looser rewrite that shares one wire sentence with it)."""
    cands = [p for r in _regions(_links(ua, ub)) if (p := _passage(ua, ub, r, threshold)) is not None]
    cands.sort(key=lambda p: (-p.similarity, -(p.end_a - p.start_a + p.end_b - p.start_b), p.start_a, p.start_b))
    found: list[Passage] = []
    for p in cands:
        if not any(_overlaps(p, q) for q in found):
            found.append(p)
    found.sort(key=lambda p: (p.start_a, p.start_b))
    return found


def shared_passages(a: Article, b: Article, threshold: float = 0.5) -> list[Passage]:
    """Passages two articles share; the pair is ordered by article id (``article_a`` is
    the smaller), so the result does not depend on the order they arrive in."""
    if b.id < a.id:
        a, b = b, a
    return align(units_of(a), units_of(b), threshold)
