"""Fast decoding of the NER CRF: the crfsuite model's weights, scored per word form.

Calling ``pycrfsuite.Tagger.tag`` costs ~15 us a token, mostly in handing ~30 feature strings
per token to C++. The model is linear, and every feature of a position belongs to one word
(its own features, or a neighbour's context features at offset -2/-1/+1/+2) or to the
gazetteer tags, so the emission scores of a position are a sum of five cached per-word score
vectors plus a few gazetteer terms. Viterbi then runs per sentence in compiled loops
(:mod:`.ner_kernels`, with numba) or over all sentences of an article at once (numpy, batched).
Either gives the labelling crfsuite computes (checked in the tests).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from itertools import chain, repeat
from typing import Any

import numpy as np

from .ner_features import CONTEXT_OFFSETS, Featurizer, window_rows

try:
    from . import ner_kernels as _kernels
except ImportError:  # numba missing: the numpy path
    _kernels = None  # type: ignore[assignment]


_MAX_ROWS = 1 << 19  # word forms kept in the score tables before they are cleared
_INTP = np.dtype(np.intp).char  # the array module's code for numpy's index integers


class _Rows(dict[str, int]):
    """Word form -> row of the score tables; a new form gets a row on its first lookup."""

    def __init__(self, score: Callable[[str], int]):
        super().__init__()
        self._score = score

    def __missing__(self, word: str) -> int:
        return self._score(word)


class CrfScorer:
    """Per-word emission vectors and a batched Viterbi over a crfsuite model's weights."""

    def __init__(self, tagger: Any, featurizer: Featurizer):
        info = tagger.info()
        self.labels: list[str] = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        index = {lab: i for i, lab in enumerate(self.labels)}
        self._names = np.array(self.labels, dtype=object)  # label index -> name, for one gather per article
        n = len(self.labels)
        # one weight row per attribute (row 0: none), found by its full name or, for each context
        # offset, by the name without the offset prefix: a word's context features are looked
        # up as Featurizer.word_parts gives them, never written out as strings
        self._ids: list[dict[str, int]] = [{} for _ in range(1 + len(CONTEXT_OFFSETS))]
        prefixes = [(k, off + ":") for k, off in enumerate(CONTEXT_OFFSETS, 1)]
        weights: list[np.ndarray] = [np.zeros(n)]
        for (attr, label), w in info.state_features.items():
            row = self._ids[0].get(attr)
            if row is None:
                row = self._ids[0][attr] = len(weights)
                weights.append(np.zeros(n))
                for k, prefix in prefixes:
                    if attr.startswith(prefix):
                        self._ids[k][attr[len(prefix):]] = row
            weights[row][index[label]] = w
        self._w = np.array(weights)
        self.trans = np.zeros((n, n))
        for (a, b), w in info.transitions.items():
            self.trans[index[a], index[b]] = w
        self.zero = np.zeros(n)
        self._o = index["O"]
        # gazetteer tag -> the first of its three rows in self._gaz_table (see _gaz_row)
        self._gaz_rows: dict[str, int] = {}
        self._gaz_table = np.zeros((0, n))
        self.feat = featurizer
        self._rows = _Rows(self._new_row)
        self._pending: list[str] = []  # word forms given a row, not scored yet
        self._tables = np.zeros((5, 1024, n))  # own, -2, -1, +1, +2 (row 0 = no word)
        self._used = 1
        self._opens = [0]  # per row: 1 where the word may open a gazetteer name (capitalised, a name's first word)
        self._bos = self._sum(["BOS"])
        self._eos = self._sum(["EOS"])
        self._window = np.array([[0], [-2], [-1], [1], [2]])  # the rows of self._tables, in order
        self._block = np.arange(5)[:, None]
        # the transition bounds of :meth:`_forced_o`, relative to O -> O, for the non-O labels
        other = np.arange(n) != self._o
        stay = self.trans[self._o, self._o]
        self._other = np.flatnonzero(other)
        self._inner = (self.trans[other].max(axis=0) - stay)[other][:, None]
        self._enter = (self.trans[self._o] - stay)[other][:, None]
        self._leave = float(self.trans[other, self._o].max() - stay)
        kernels = self._compiled()
        if kernels is not None:  # load (or compile) the kernels now, with the model, not on the first article
            kernels.viterbi(kernels.window_sums(self._tables, np.zeros(5, dtype=np.intp), self._bos, self._eos),
                             np.zeros(0, dtype=np.intp), self.trans)
            kernels.row_sums(self._w, np.zeros(1, dtype=np.intp), np.ones(1, dtype=np.intp))
            kernels.add_rows(self.zero[None].copy(), np.zeros(1, dtype=np.intp), np.zeros(1, dtype=np.intp),
                              self.zero[None])

    def _compiled(self) -> Any:
        """The compiled kernels (:mod:`.ner_kernels`), when numba is installed and they are
        built for this model's number of labels; else None (the numpy path)."""
        return _kernels if _kernels is not None and len(self.labels) == _kernels.LABELS else None

    def _sum(self, attrs: list[str]) -> np.ndarray:
        out = self.zero.copy()
        ids = self._ids[0]
        for a in attrs:
            row = ids.get(a)
            if row is not None:
                out += self._w[row]
        return out

    def _new_row(self, word: str) -> int:
        """Give a new word form a row (called by ``self._rows`` on a miss); :meth:`_score_pending`
        fills it in."""
        row = self._used
        self._used += 1
        self._opens.append(1 if word[:1].isupper() and word.lower() in self.feat.first_len else 0)
        self._rows[word] = row
        self._pending.append(word)
        return row

    def _score_pending(self) -> None:
        """Score the words given rows since the last call into the tables, all at once: per
        word and table, the weight rows of its features summed in their order (as
        :meth:`_sum` adds them one by one)."""
        words, self._pending = self._pending, []
        first = self._used - len(words)
        cap = self._tables.shape[1]
        if self._used > cap:
            while cap < self._used:
                cap *= 2
            grown = np.zeros((5, cap, len(self.labels)))
            grown[:, :first] = self._tables[:, :first]
            self._tables = grown
        m, n = len(words), len(self.labels)
        parts = list(map(self.feat.word_parts, words))
        # per table (own, -2, -1, +1, +2): every word's features, looked up in one go
        feats = [[own for own, _ in parts], *zip(*[ctx for _, ctx in parts], strict=True)]
        zeros = repeat(0)  # the row of a feature the model does not know
        counts = np.array([list(map(len, fs)) for fs in feats], dtype=np.intp).reshape(-1)
        ids: list[int] = []
        for table, fs in zip(self._ids, feats, strict=True):
            ids.extend(map(table.get, chain.from_iterable(fs), zeros))
        kernels = self._compiled()
        if kernels is not None:
            total = kernels.row_sums(self._w, np.array(ids, dtype=np.intp), counts)
        else:
            width = int(counts.max())
            index = np.zeros((len(counts), width), dtype=np.intp)  # padded with row 0 (zeros)
            index[np.arange(width) < counts[:, None]] = ids
            gathered = self._w.take(index, axis=0)
            total = np.zeros((len(counts), n))
            for j in range(width):  # left to right, as _sum adds
                total += gathered[:, j]
        self._tables[:, first:self._used] = total.reshape(5, m, n)

    def _gaz_row(self, tag: str) -> int:
        """The first of three rows of ``self._gaz_table`` that hold a gazetteer tag's score vectors:
        at its own position, the one before, the one after (added on the tag's first use). Terms
        are queued as row numbers, so that an article's are added by one gather, not one array each."""
        hit = self._gaz_rows.get(tag)
        if hit is None:
            hit = self._gaz_rows[tag] = len(self._gaz_table)
            self._gaz_table = np.vstack([self._gaz_table, self._sum(["g=" + tag, "gc=" + tag[2:]]),
                                         self._sum(["+1:g=" + tag]), self._sum(["-1:g=" + tag])])
        return hit

    def _gazetteer_scores(self, tokens: list[str], base: int, rows: list[int], terms: list[int],
                          low: list[str] | None = None, starts: list[int] | None = None) -> None:
        """Queue the gazetteer terms of one sentence (token rows from ``base``, term rows of
        ``self._gaz_table``) in the one-by-one order (``starts``: where a name may open)."""
        n = len(tokens)
        known = self._gaz_rows
        for start, end, cat in self.feat.gazetteer_matches(tokens, low, starts):
            for i in range(start, end):
                g = ("B-" if i == start else "I-") + cat
                own = known.get(g)
                if own is None:
                    own = self._gaz_row(g)
                rows.append(base + i)
                terms.append(own)
                if i >= 1:
                    rows.append(base + i - 1)
                    terms.append(own + 1)
                if i + 1 < n:
                    rows.append(base + i + 1)
                    terms.append(own + 2)

    def emissions(self, sentences: list[list[str]]) -> np.ndarray:
        """State scores of all tokens of the (non-empty) sentences, concatenated."""
        return self._emissions(sentences)[0]

    def _emissions(self, sentences: list[list[str]],
                   lows: list[list[str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(state scores of all tokens of the sentences, their rows padded as the windows read them);
        ``lows``: the sentences lower-cased, when the caller has them."""
        if self._used + sum(map(len, sentences)) > _MAX_ROWS:  # a bounded cache: start again
            self._rows.clear()
            self._used = 1
            del self._opens[1:]
        # two empty rows (0) around every sentence: the +-2 window; the words that may open a gazetteer name
        padded, marked = window_rows(sentences, self._rows, self._opens)
        if self._pending:
            self._score_pending()
        pad = np.frombuffer(array(_INTP, padded), dtype=np.intp)  # a C array of the ints: cheaper than np.array
        kernels = self._compiled()
        if kernels is not None:
            e = kernels.window_sums(self._tables, pad, self._bos, self._eos)
        else:
            pos = np.flatnonzero(pad)  # words have rows from 1 up
            n, cap = len(self.labels), self._tables.shape[1]
            # one gather of the five window rows (own, -2, -1, +1, +2) of every word, summed in that order
            e = self._tables.reshape(5 * cap, n).take(pad[pos + self._window] + self._block * cap, axis=0).sum(axis=0)
            # every row still gets BOS, then EOS, then its gazetteer terms, in the one-by-one order
            e[pad[pos - 1] == 0] += self._bos
            e[pad[pos + 1] == 0] += self._eos
        rows: list[int] = []
        terms: list[int] = []
        base = j = 0
        for k, toks in enumerate(sentences):  # the sentences with a word that may open a name
            end = base + len(toks)
            if j < len(marked) and marked[j] < end:
                first = j
                while j < len(marked) and marked[j] < end:
                    j += 1
                self._gazetteer_scores(toks, base, rows, terms, lows[k] if lows is not None else None,
                                       [p - base for p in marked[first:j]])
            base = end
        if rows:  # added one by one, in order
            if kernels is not None:
                kernels.add_rows(e, np.array(rows, dtype=np.intp), np.array(terms, dtype=np.intp), self._gaz_table)
            else:
                np.add.at(e, rows, self._gaz_table[terms])  # unbuffered
        return e, pad

    def _forced_o(self, flat: np.ndarray, first: np.ndarray, last: np.ndarray, sid: np.ndarray) -> np.ndarray:
        """Positions where every best path is ``O``, from the emission scores alone.

        Turning a run of non-O labels i..j back into ``O`` changes a path's score by at most
        ``f_i + h_(i+1) + ... + h_j + x_j``: ``f`` the best non-O score with its transition from
        ``O`` (none at a sentence start), ``h`` the best with the best transition from another
        non-O label, ``x`` the best transition back to ``O`` (none at a sentence end), all relative
        to ``O`` and its ``O -> O`` transition. Where the largest such bound over all runs through
        a position is below zero, no best path leaves ``O`` there."""
        o = self._o
        # label-major (one row per non-O label): the maxima over labels are then row-wise
        rel = np.subtract(flat.T[self._other], flat[:, o])
        h = np.maximum.reduce(rel + self._inner, axis=0)
        f = np.where(first, np.maximum.reduce(rel, axis=0), np.maximum.reduce(rel + self._enter, axis=0))
        cum = np.cumsum(h)
        cum -= (cum - h)[first][sid]  # sums restart at every sentence
        left = f - cum
        right = np.where(last, cum, cum + self._leave)
        big = 4.0 * (np.abs(left).max() + np.abs(right).max()) + 1.0
        shift = big * sid  # keeps the running maxima inside their sentence
        best_left = np.maximum.accumulate(left + shift) - shift
        best_right = np.maximum.accumulate((right - shift)[::-1])[::-1] + shift
        return best_left + best_right < -1e-6

    def tag_many(self, sentences: list[list[str]], lows: list[list[str]] | None = None) -> list[list[str]]:
        """BIO tags of several sentences, decoded together (compiled loops when numba is
        installed, else batched numpy: :meth:`_decode_batched`). ``lows``: the sentences
        lower-cased, when the caller has them."""
        keep = [i for i, s in enumerate(sentences) if s]
        out: list[list[str]] = [[] for _ in sentences]
        if not keep:
            return out
        sents = [sentences[i] for i in keep]
        flat, pad = self._emissions(sents, [lows[i] for i in keep] if lows is not None else None)
        kernels = self._compiled()
        if kernels is not None:
            codes = kernels.viterbi(flat, np.array([len(s) for s in sents], dtype=np.intp), self.trans)
        else:
            codes = self._decode_batched(flat, pad)
        names = self._names[codes].tolist()
        start = 0
        for i, toks in zip(keep, sents, strict=True):
            out[i] = names[start:start + len(toks)]
            start += len(toks)
        return out

    def _decode_batched(self, flat: np.ndarray, pad: np.ndarray) -> np.ndarray:
        """Best label of every token, decoded in numpy batches.

        Positions that are ``O`` on every best path (:meth:`_forced_o`) cut the sentences into
        independent stretches; only those are decoded, with the transitions from and to the ``O``
        around them. The stretches are right-aligned in one batch; the padding before a stretch
        is forced to ``O`` and the ``O -> y`` transition into its first token is cancelled where
        the stretch opens its sentence, so every padded path carries the same constant and
        Viterbi needs no per-row masks."""
        pos = np.flatnonzero(pad)
        first, last = pad[pos - 1] == 0, pad[pos + 1] == 0
        total = len(flat)
        o, trans = self._o, self.trans
        sid = np.cumsum(first) - 1
        free = ~self._forced_o(flat, first, last, sid)
        codes = np.full(total, o, dtype=np.intp)
        if free.any():
            idx = np.flatnonzero(free)
            opens = first[idx] | ~free[idx - 1]  # idx - 1 is only read where idx is no sentence start
            closes = last[idx] | ~free[np.minimum(idx + 1, total - 1)]
            seg = np.cumsum(opens) - 1
            seg_start = idx[opens]
            seg_len = np.bincount(seg)
            em_flat = flat[idx]
            em_flat[closes & ~last[idx]] += trans[:, o]  # back to the O after the stretch
            tmax = int(seg_len.max())
            offs = tmax - seg_len
            # into the stretch's first token: from the O before it (the padding is that O), or
            # from nothing at a sentence start (the padding's O -> y cancelled)
            at_start = first[seg_start]
            em_flat[opens] += np.where(at_start, -1.0 * (offs > 0), 1.0 * (offs == 0))[:, None] * trans[o]
            codes[idx] = self._viterbi(em_flat, seg, idx - seg_start[seg] + offs[seg], tmax, len(seg_len))
        return codes

    def _viterbi(self, em_flat: np.ndarray, seg: np.ndarray, step: np.ndarray, tmax: int, b: int) -> np.ndarray:
        """Best label of every position of ``b`` right-aligned rows (``seg``/``step``: row and
        time of each position of ``em_flat``); the padding is held at ``O``."""
        n, o = len(self.labels), self._o
        steps = np.full((tmax, b, n), -1e9)
        steps[:, :, o] = 0.0
        steps[step, seg] = em_flat
        back = np.empty((tmax, b, n), dtype=np.intp)
        delta = steps[0]
        trans_t = self.trans.T.copy()[None]  # [next, prev]: argmax over a contiguous axis
        cand = np.empty((b, n, n))
        flat = cand.reshape(-1)
        cells = np.arange(b * n) * n
        pick = np.empty(b * n, dtype=np.intp)
        delta = delta.copy()
        prev = delta[:, None, :]
        best = delta.reshape(-1)
        add, argmax, take = np.add, np.ndarray.argmax, np.take
        for t in range(1, tmax):
            add(prev, trans_t, out=cand)
            bt = back[t]
            argmax(cand, axis=2, out=bt)
            add(bt.reshape(-1), cells, out=pick)
            take(flat, pick, out=best)  # the maximum, gathered at its argmax
            delta += steps[t]
        rows = np.arange(b)
        y = np.empty((tmax, b), dtype=np.intp)
        y[tmax - 1] = delta.argmax(axis=1)
        for t in range(tmax - 1, 0, -1):
            y[t - 1] = back[t, rows, y[t]]
        return y[step, seg]
