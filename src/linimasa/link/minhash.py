"""Fingerprints for near-duplicate search: word tokens, MinHash signatures, LSH band keys.

Pass 1 of linking (fingerprint -> candidates -> verify). Each sentence of an article becomes
the set of its 2-word shingles; a MinHash signature of ``perm`` values estimates the Jaccard
similarity of two such sets, and banding the signature (``bands`` x ``rows``) turns it into
keys that two sentences share with probability ``1 - (1 - J**rows)**bands``. With the
defaults (64 values, 16 bands of 4 rows) sentences sharing half their shingles collide with
probability ~0.65 and those sharing 70 % with ~0.99; a pair of articles needs only one
colliding sentence pair to become a candidate, and verification then aligns the whole texts.

The hashing follows datasketch's scheme (universal hashing ``(a*x + b) mod (2**61 - 1)``
truncated to 32 bits, permutations drawn from ``numpy.random.RandomState(seed)``) but is
vectorised over every shingle of an article at once: ~0.1 ms per article instead of a Python
call per shingle. Everything is deterministic across processes (``zlib.crc32`` for tokens,
never Python's salted ``hash``), so keys stored by one run match keys computed by the next.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_WORD = re.compile(r"\w+", re.UNICODE)

MIN_UNIT_TOKENS = 6  # sentences shorter than this are not indexed (too little to be evidence)


@dataclass(frozen=True)
class Hasher:
    """MinHash permutations and the banding of a signature, built once and passed around."""

    perm: int
    bands: int
    rows: int
    a: np.ndarray
    b: np.ndarray


def make_hasher(perm: int = 64, rows: int = 4, seed: int = 1) -> Hasher:
    """``perm`` MinHash values in ``perm // rows`` bands of ``rows``."""
    if perm < rows or rows < 1:
        raise ValueError(f"minhash: expected perm >= rows >= 1, got perm={perm} rows={rows}")
    gen = np.random.RandomState(seed)
    a = gen.randint(1, (1 << 61) - 1, size=perm, dtype=np.uint64)
    b = gen.randint(0, (1 << 61) - 1, size=perm, dtype=np.uint64)
    return Hasher(perm=perm, bands=perm // rows, rows=rows, a=a, b=b)


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Lower-cased word tokens (letters/digits; punctuation dropped) with char offsets."""
    return [(m.start() + offset, m.end() + offset, m.group().lower()) for m in _WORD.finditer(text)]


def _token_hash(tok: str, cache: dict[str, int]) -> int:
    h = cache.get(tok)
    if h is None:
        h = zlib.crc32(tok.encode("utf-8"))
        if len(cache) < 500_000:
            cache[tok] = h
    return h


_CACHE: dict[str, int] = {}


def shingle_hashes(tokens: list[str]) -> np.ndarray:
    """32-bit hashes of the 2-word shingles of a token list (one unigram if it is that short)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((_token_hash(t, _CACHE) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(h) == 1:
        return h
    return ((h[:-1] * np.uint64(0x9E3779B1)) ^ h[1:]) & _MAX32


def band_keys(units: list[list[str]], hasher: Hasher) -> list[list[int]]:
    """For every unit (a sentence's tokens), its LSH band keys as signed 63-bit integers
    (fit a SQL BIGINT); units shorter than :data:`MIN_UNIT_TOKENS` get none."""
    out: list[list[int]] = [[] for _ in units]
    idx = [i for i, u in enumerate(units) if len(u) >= MIN_UNIT_TOKENS]
    if not idx:
        return out
    parts = [shingle_hashes(units[i]) for i in idx]
    lengths = np.array([len(p) for p in parts])
    allh = np.concatenate(parts)
    # (n_shingles, perm) permuted hashes, then the minimum per unit
    with np.errstate(over="ignore"):
        ph = ((allh[:, None] * hasher.a[None, :] + hasher.b[None, :]) % _MERSENNE) & _MAX32
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    sig = np.minimum.reduceat(ph, starts, axis=0)  # (n_units, perm)
    r = hasher.rows
    for row, i in enumerate(idx):
        s = sig[row]
        keys = []
        for band in range(hasher.bands):
            chunk = s[band * r:(band + 1) * r].tobytes()
            digest = zlib.crc32(chunk, band) << 31 ^ zlib.adler32(chunk, band + 1)
            keys.append((digest & ((1 << 63) - 1)) - (1 << 62))
        out[i] = keys
    return out
