"""Name normalisation shared by the gazetteer builder, lookups and the text scanner.

A key is the lower-cased, accent-stripped word tokens of a name joined by single spaces, so
"Nagorno-Karabakh", "nagorno karabakh" and "NAGORNO–KARABAKH" share the key "nagorno karabakh".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word token: letters/digits (any script). Apostrophes, hyphens, dots and other punctuation separate.
TOKEN_RE = re.compile(r"[^\W_]+")

# Administrative prefixes: lower-cased token sequence -> the feature they announce.
PREFIXES: dict[tuple[str, ...], str] = {
    ("kota",): "kota",
    ("kota", "administrasi"): "kota",
    ("kabupaten",): "kabupaten",
    ("kabupaten", "administrasi"): "kabupaten",
    ("kab",): "kabupaten",
    ("provinsi",): "admin1",
    ("prov",): "admin1",
    ("propinsi",): "admin1",
    ("kecamatan",): "admin3",
    ("kec",): "admin3",
    ("distrik",): "admin3",
    ("desa",): "village",
    ("kelurahan",): "village",
    ("kel",): "village",
    ("kampung",): "village",
    ("gampong",): "village",
    ("nagari",): "village",
    ("negara",): "country",
    ("negara", "bagian"): "admin1",  # "Negara Bagian Kogi": a federal state
    ("wilayah",): "region",  # "wilayah Donetsk", "region Tigray": a first-level division or a famous region
    ("region",): "region",
}
MAX_PREFIX = max(len(p) for p in PREFIXES)


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Lower-case and strip accents from one token ("Türkiye" -> "turkiye")."""
    low = token.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(name: str) -> str:
    """The lookup key of a name: folded word tokens joined by spaces ("" when it has none)."""
    return " ".join(fold(t) for t in TOKEN_RE.findall(name))


def split_prefix(name_key: str) -> tuple[str | None, str]:
    """Split an administrative prefix off a key: "kabupaten bogor" -> ("kabupaten", "bogor")."""
    parts = name_key.split(" ")
    for n in range(min(MAX_PREFIX, len(parts) - 1), 0, -1):
        kind = PREFIXES.get(tuple(parts[:n]))
        if kind is not None:
            return kind, " ".join(parts[n:])
    return None, name_key


def bare_key(name: str | None) -> str:
    """Key of an area name without its administrative prefix ("Kabupaten Bogor" -> "bogor";
    "Kota Administrasi Jakarta Pusat" and "Jakarta Pusat" alike -> "jakarta pusat")."""
    return split_prefix(key(name))[1] if name else ""
