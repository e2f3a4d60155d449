"""Fingerprints for near-duplicate search: word tokens, MinHash signatures, LSH band keys.

Pass 1 of linking (fingerprint -> candidates -> verify). Each sentence of an article becomes
the set of its 2-word shingles; a MinHash signature estimates the Jaccard similarity J of
two such sets, and banding it (``bands`` x ``rows`` values) turns it into keys that two
sentences share with probability ``1 - (1 - J**rows)**bands``. With the defaults (12 bands
of 4 rows: 12 keys per sentence to store) sentences sharing half their shingles collide with
probability 0.54, 60 % with 0.81, 70 % with 0.95; unrelated sentences (J ~ 0.1) almost never
(3 rows would triple the false candidates on Zipf-distributed text). A pair of articles needs only one
colliding sentence pair to become a candidate, and verification then aligns the whole texts.

The permutations are datasketch's (``a``, ``b`` drawn from ``numpy.random.RandomState(seed)``)
but hashing uses multiply-shift (``(a*x + b) >> 32`` in wrapping 64-bit arithmetic, a universal
family without datasketch's modulo) vectorised over every shingle of an article at once:
about a millisecond per article instead of a Python call per shingle. Everything is deterministic across processes (``zlib.crc32`` for tokens,
never Python's salted ``hash``), so keys stored by one run match keys computed by the next.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

_MAX32 = np.uint64((1 << 32) - 1)
WORD = re.compile(r"\w+", re.UNICODE)

MIN_UNIT_TOKENS = 6  # sentences shorter than this are not indexed (too little to be evidence)


@dataclass(frozen=True)
class Hasher:
    """MinHash permutations and the banding of a signature, built once and passed around."""

    perm: int
    bands: int
    rows: int
    a: np.ndarray
    b: np.ndarray
    extra_bands: int = 0  # bands of ``extra_rows`` rows from the permutations the main bands leave
    extra_rows: int = 3


def make_hasher(perm: int = 64, rows: int = 4, seed: int = 1, bands: int | None = 12,
                extra_bands: int = 0, extra_rows: int = 3) -> Hasher:
    """``perm`` MinHash values; ``bands`` bands of ``rows`` (default: as many as fit), then up to
    ``extra_bands`` bands of ``extra_rows`` from the values left over."""
    if perm < rows or rows < 1 or rows > len(_ROW_MULT):
        raise ValueError(f"minhash: expected perm >= rows >= 1, got perm={perm} rows={rows}")
    gen = np.random.RandomState(seed)
    a = gen.randint(1, (1 << 61) - 1, size=perm, dtype=np.uint64)
    b = gen.randint(0, (1 << 61) - 1, size=perm, dtype=np.uint64)
    nb = min(bands or perm // rows, perm // rows, len(_BAND_SALT))
    ne = min(extra_bands, (perm - nb * rows) // extra_rows, len(_BAND_SALT) - nb) if extra_rows else 0
    return Hasher(perm=perm, bands=nb, rows=rows, a=a, b=b, extra_bands=max(0, ne), extra_rows=extra_rows)


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Lower-cased word tokens (letters/digits; punctuation dropped) with char offsets."""
    return [(m.start() + offset, m.end() + offset, m.group().lower()) for m in WORD.finditer(text)]


_CACHE: dict[str, int] = {}


def token_hashes(tokens: list[str]) -> np.ndarray:
    """Stable 32-bit hashes (crc32) of tokens, memoised."""
    hs = list(map(_CACHE.get, tokens))
    for i, h in enumerate(hs):
        if h is None:
            h = hs[i] = zlib.crc32(tokens[i].encode("utf-8"))
            if len(_CACHE) < 500_000:
                _CACHE[tokens[i]] = h
    return np.array(hs, dtype=np.uint64)


def band_keys(tokens: list[str], spans: list[tuple[int, int]], hasher: Hasher) -> list[list[int]]:
    """For every unit ``tokens[a:b]`` of ``spans`` (sentences of one text), its LSH band keys
    as signed integers that fit a SQL BIGINT; units shorter than :data:`MIN_UNIT_TOKENS`
    get none."""
    out: list[list[int]] = [[] for _ in spans]
    idx = [i for i, (a, b) in enumerate(spans) if b - a >= MIN_UNIT_TOKENS]
    if not idx:
        return out
    th = token_hashes(tokens)
    sh = ((th[:-1] * np.uint64(0x9E3779B1)) ^ th[1:]) & _MAX32  # shingle i = tokens i, i+1
    keep = np.zeros(len(sh), dtype=bool)
    for i in idx:
        a, b = spans[i]
        keep[a:b - 1] = True  # shingles inside the unit, none across its end
    starts = np.array([spans[i][0] for i in idx])
    main = hasher.bands * hasher.rows
    n = main + hasher.extra_bands * hasher.extra_rows
    with np.errstate(over="ignore"):
        ph = (sh[:, None] * hasher.a[None, :n] + hasher.b[None, :n]) >> np.uint64(32)  # multiply-shift
    ph[~keep] = _MAX32 + np.uint64(1)
    sig = np.minimum.reduceat(ph, starts, axis=0)  # (n_units, perm)
    # each band's rows hashed into one 64-bit key (multiply-add with odd constants, in
    # wrapping uint64 arithmetic), the band number mixed in, then cut to 62 bits so the key
    # fits a signed SQL BIGINT
    keys = _band_hash(sig[:, :main], hasher.bands, hasher.rows, 0)
    if hasher.extra_bands:
        keys = np.concatenate([keys, _band_hash(sig[:, main:n], hasher.extra_bands, hasher.extra_rows, hasher.bands)], axis=1)
    for row, i in enumerate(idx):
        out[i] = keys[row].tolist()
    return out


def _band_hash(sig: np.ndarray, bands: int, rows: int, first: int) -> np.ndarray:
    """One key per band of ``rows`` signature values, band numbers from ``first`` on."""
    b = sig.reshape(len(sig), bands, rows)
    with np.errstate(over="ignore"):
        acc = np.broadcast_to(_BAND_SALT[first:first + bands], (len(sig), bands)).copy()
        for r in range(rows):
            acc = (acc ^ b[:, :, r]) * _ROW_MULT[r]
        acc ^= acc >> np.uint64(29)
    return (acc >> np.uint64(2)).astype(np.int64)


_ROW_MULT = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93,
                      0xA0761D6478BD642F, 0xE7037ED1A0B428DB, 0x8EBC6AF09C88C6E3, 0x589965CC75374CC3],
                     dtype=np.uint64)
_BAND_SALT = (np.arange(1, 257, dtype=np.uint64) * np.uint64(0x2545F4914F6CDD1D))
