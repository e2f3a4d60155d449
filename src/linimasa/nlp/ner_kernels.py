"""Compiled inner loops of the NER decoder (numba), used by :mod:`.ner_crf` when numba is installed.

Per article the CRF decoder needs the five-row window sum of every token's cached score vectors,
its gazetteer terms and one Viterbi pass per sentence over 7 labels: a few thousand additions,
which cost far more in numpy call overhead than in arithmetic. These loops do the same arithmetic in the same order
as the numpy code in :mod:`.ner_crf` (sums left to right, the first of equal maxima wins), so
both give the same labels. Importing this module raises ImportError without numba; the caller
then keeps the numpy path. Compiled code is cached next to this file (``cache=True``).
"""

from __future__ import annotations

import numpy as np
from numba import njit  # type: ignore[import-untyped]

# The labels of the NER model (O, and B- and I- of PER, ORG and LOC). Numba compiles a module
# constant into the code, so the loops over the labels are unrolled (half the instructions of
# loops over a count read from the arrays); :mod:`.ner_crf` uses these kernels only for a model
# with this many labels.
LABELS = 7


@njit(cache=True, nogil=True)
def window_sums(tables: np.ndarray, pad: np.ndarray, bos: np.ndarray, eos: np.ndarray) -> np.ndarray:
    """Scores of every word of ``pad`` (rows of ``tables``; 0 = no word, two between sentences):
    own + (-2) + (-1) + (+1) + (+2) context rows, then BOS at a sentence's first word, then EOS
    at its last."""
    n = LABELS
    words = 0
    for p in range(pad.shape[0]):
        if pad[p] != 0:
            words += 1
    out = np.empty((words, n))
    r = 0
    for p in range(2, pad.shape[0] - 2):
        w = pad[p]
        if w == 0:
            continue
        a, b, c, d = pad[p - 2], pad[p - 1], pad[p + 1], pad[p + 2]
        for j in range(n):
            v = tables[0, w, j] + tables[1, a, j]
            v = v + tables[2, b, j]
            v = v + tables[3, c, j]
            out[r, j] = v + tables[4, d, j]
        if b == 0:
            for j in range(n):
                out[r, j] += bos[j]
        if c == 0:
            for j in range(n):
                out[r, j] += eos[j]
        r += 1
    return out


@njit(cache=True, nogil=True)
def viterbi(em: np.ndarray, lens: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Best label index of every row of ``em`` (sentences of ``lens`` rows, one after another).
    For each label, the best previous label is the first of the largest ``delta[i] + trans[i, j]``
    over ``i`` in order (the previous labels in the outer loop, the labels in the inner one)."""
    total = em.shape[0]
    n = LABELS
    out = np.empty(total, dtype=np.intp)
    back = np.empty((total, n), dtype=np.intp)
    delta = np.empty(n)
    best = np.empty(n)
    base = 0
    for s in range(lens.shape[0]):
        length = lens[s]
        for j in range(n):
            delta[j] = em[base, j]
        for t in range(base + 1, base + length):
            arg = back[t]
            d = delta[0]
            for j in range(n):
                best[j] = d + trans[0, j]
                arg[j] = 0
            for i in range(1, n):
                d = delta[i]
                for j in range(n):
                    v = d + trans[i, j]
                    if v > best[j]:
                        best[j] = v
                        arg[j] = i
            for j in range(n):
                delta[j] = best[j] + em[t, j]
        y = 0
        for j in range(1, n):
            if delta[j] > delta[y]:
                y = j
        t = base + length - 1
        out[t] = y
        while t > base:
            y = back[t, y]
            t -= 1
            out[t] = y
        base += length
    return out


@njit(cache=True, nogil=True)
def row_sums(weights: np.ndarray, ids: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Sums of the rows ``ids`` of ``weights`` taken ``counts[r]`` at a time for output row
    ``r``, each from zero and left to right (the order of the numpy path)."""
    n = LABELS
    out = np.zeros((counts.shape[0], n))
    k = 0
    for r in range(counts.shape[0]):
        for _ in range(counts[r]):
            w = ids[k]
            for j in range(n):
                out[r, j] += weights[w, j]
            k += 1
    return out


@njit(cache=True, nogil=True)
def add_rows(out: np.ndarray, rows: np.ndarray, terms: np.ndarray, table: np.ndarray) -> None:
    """``out[rows[k]] += table[terms[k]]`` for every ``k`` in order (as numpy's unbuffered
    ``np.add.at``, without first gathering the table rows into a new array)."""
    n = LABELS
    for k in range(rows.shape[0]):
        r, t = rows[k], terms[k]
        for j in range(n):
            out[r, j] += table[t, j]
