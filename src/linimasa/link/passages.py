"""Shared passages between two articles: exact verification of an LSH candidate pair.

An article is cut into sentence units (``Article.sentences`` when the language layer ran,
else the project's splitter); each unit is a list of lower-cased word tokens with offsets.
Two articles are aligned on their whole token sequences with ``difflib.SequenceMatcher``
(``autojunk`` off); matching blocks separated by small gaps (inserted words, a changed date,
"oleh" dropped) are chained into regions, each region is widened to whole sentences on both
sides, and kept when it is long enough and similar enough. Sentences left out of every
region (a reordered paragraph, clauses swapped inside a sentence) are then aligned pairwise,
so moved text is found too.

``similarity`` is the Dice coefficient of the two spans' token lists,
``2 * matched / (len_a + len_b)``: 1.0 for an exact copy, ~0.8 for a copy with a few
inserted words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Article, Passage
from .minhash import words

MAX_GAP = 8  # tokens either side that may separate two matching blocks of one region
MIN_BLOCK = 2  # matching blocks shorter than this are noise ("yang", "di")
MIN_MATCHED = 8  # tokens a passage must share at least


@dataclass
class Units:
    """An article as sentence units over one flat list of word tokens."""

    article_id: str
    text: str
    starts: list[int]  # char start of each token
    ends: list[int]  # char end of each token
    toks: list[str]  # lower-cased tokens
    unit_of: list[int]  # unit index of each token
    spans: list[tuple[int, int]]  # unit -> (first token, end token) in the flat list
    unit_chars: list[tuple[int, int]]  # unit -> (char start, char end)

    def unit_tokens(self, u: int) -> list[str]:
        a, b = self.spans[u]
        return self.toks[a:b]


def _sentence_spans(art: Article) -> list[tuple[int, int]]:
    if art.sentences:
        return [(s.start, s.end) for s in art.sentences]
    from ..nlp.sentences import split_sentences

    return [(s.start, s.end) for s in split_sentences(art.text)]


def units_of(art: Article) -> Units:
    starts: list[int] = []
    ends: list[int] = []
    toks: list[str] = []
    unit_of: list[int] = []
    spans: list[tuple[int, int]] = []
    chars: list[tuple[int, int]] = []
    for s0, s1 in _sentence_spans(art):
        ws = words(art.text[s0:s1], s0)
        if not ws:
            continue
        u = len(spans)
        first = len(toks)
        for a, b, t in ws:
            starts.append(a)
            ends.append(b)
            toks.append(t)
            unit_of.append(u)
        spans.append((first, len(toks)))
        chars.append((s0, s1))
    return Units(art.id, art.text, starts, ends, toks, unit_of, spans, chars)


@dataclass
class _Region:
    a0: int  # unit range [a0, a1] inclusive on side a
    a1: int
    b0: int
    b1: int
    matched: int


def _blocks(ta: Sequence[str], tb: Sequence[str]) -> list[tuple[int, int, int]]:
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    return [(i, j, n) for i, j, n in sm.get_matching_blocks() if n >= MIN_BLOCK]


def _chain(blocks: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    chains: list[list[tuple[int, int, int]]] = []
    for blk in blocks:
        if chains:
            i, j, n = chains[-1][-1]
            if blk[0] - (i + n) <= MAX_GAP and blk[1] - (j + n) <= MAX_GAP:
                chains[-1].append(blk)
                continue
        chains.append([blk])
    return chains


def _regions(ua: Units, ub: Units) -> list[_Region]:
    out = []
    for chain in _chain(_blocks(ua.toks, ub.toks)):
        i0, j0 = chain[0][0], chain[0][1]
        i1, j1 = chain[-1][0] + chain[-1][2] - 1, chain[-1][1] + chain[-1][2] - 1
        matched = sum(n for _, _, n in chain)
        if matched < MIN_MATCHED:
            continue
        out.append(_Region(ua.unit_of[i0], ua.unit_of[i1], ub.unit_of[j0], ub.unit_of[j1], matched))
    return out


def _passage(ua: Units, ub: Units, r: _Region, threshold: float) -> Passage | None:
    a_lo, a_hi = ua.spans[r.a0][0], ua.spans[r.a1][1]
    b_lo, b_hi = ub.spans[r.b0][0], ub.spans[r.b1][1]
    ta, tb = ua.toks[a_lo:a_hi], ub.toks[b_lo:b_hi]
    matched = sum(n for _, _, n in _blocks(ta, tb))
    sim = 2.0 * matched / (len(ta) + len(tb))
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
    """Every passage ``ua`` and ``ub`` share, in the order of ``ua`` (no two overlap)."""
    found: list[Passage] = []
    for r in _regions(ua, ub):
        p = _passage(ua, ub, r, threshold)
        if p is not None and not any(_overlaps(p, q) for q in found):
            found.append(p)
    # moved text: units outside every passage, aligned one pair at a time
    covered_a = {u for u in range(len(ua.spans)) if _in_any(ua.unit_chars[u], found, "a")}
    covered_b = {u for u in range(len(ub.spans)) if _in_any(ub.unit_chars[u], found, "b")}
    free_b = [v for v in range(len(ub.spans)) if v not in covered_b]
    for u in range(len(ua.spans)):
        if u in covered_a or ua.spans[u][1] - ua.spans[u][0] < MIN_MATCHED:
            continue
        set_u = set(ua.unit_tokens(u))
        for v in free_b:
            if v in covered_b:
                continue
            tv = ub.unit_tokens(v)
            if len(tv) < MIN_MATCHED or len(set_u.intersection(tv)) < MIN_MATCHED:
                continue
            r = _Region(u, u, v, v, 0)
            p = _passage(ua, ub, r, threshold)
            if p is not None and not any(_overlaps(p, q) for q in found):
                found.append(p)
                covered_b.add(v)
                break
    found.sort(key=lambda p: (p.start_a, p.start_b))
    return found


def _in_any(span: tuple[int, int], found: list[Passage], side: str) -> bool:
    s, e = span
    for p in found:
        ps, pe = (p.start_a, p.end_a) if side == "a" else (p.start_b, p.end_b)
        if s < pe and ps < e:
            return True
    return False


def shared_passages(a: Article, b: Article, threshold: float = 0.5) -> list[Passage]:
    """Passages two articles share; the pair is ordered by article id (``article_a`` is
    the smaller), so the result does not depend on the order they arrive in."""
    if b.id < a.id:
        a, b = b, a
    return align(units_of(a), units_of(b), threshold)
