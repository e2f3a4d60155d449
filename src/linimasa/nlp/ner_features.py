"""Token features for the NER CRF, shared by training (``scripts/train_ner.py``) and tagging.

Features of a word depend only on its text and are cached per word form; features of a
position add the neighbours' cached context features (window +-2) and the gazetteer match
that covers it. The gazetteer used here is the frozen table saved next to the model, so a
model always sees the same features it was trained with.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any


def wordset(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


# Words that introduce a person (titles, ranks, honorifics), lower-cased, dots stripped.
PERSON_TITLES = wordset("""
presiden wapres wakil menteri menko mendagri menlu menhan menkes menkeu mendikbud menpan kapolri kapolda kapolres
kapolsek kapolresta kapolrestabes wakapolres wakapolresta kapolsubsektor wakapolri wakapolda kasat kasatreskrim kabid kasubdit dirreskrimum dirreskrimsus direktur dirut gubernur
wagub bupati wabup walikota wali wawali camat lurah kades ketua wakil sekjen sekretaris juru bicara jubir panglima
pangdam danrem dandim danramil kasad kasal kasau komandan dankor pangkogabwilhan kapuspen kapendam kadispen
jenderal letjen mayjen brigjen kolonel kol letkol mayor kapten lettu letda serda sertu serka pelda peltu kopda kopka
praka pratu prada kombes kombespol akbp akp iptu ipda aiptu aipda bripka brigpol briptu bripda irjen irjenpol
komjen komjenpol kompol laksamana laksda laksdya marsekal marsda marsdya ajun inspektur perdana raja ratu pangeran
putri sultan syekh syaikh paus uskup kardinal pastor pendeta ustaz ustad ustadz kiai kyai habib gus imam ayatollah
dr drs dra ir prof h hj kh tgh mr mrs ms bapak pak ibu bu saudara sdr tersangka terdakwa korban almarhum almarhumah
pelatih kapten striker bek kiper penyerang pemain aktor aktris penyanyi artis mantan eks senator anggota hakim jaksa
""")

# Words that head an organisation name.
ORG_HEADS = wordset("""
kementerian kemenhan kemenlu kemendagri kemenkes kemenkeu kemenag kemensos kemendikbud kemenkumham kemenko
kepolisian polri polda polres polsek polresta polrestabes densus brimob bareskrim mabes tni kodam korem kodim
koramil kostrad kopassus lanud lantamal pangkalan armada batalyon yonif brigade divisi resimen satgas satuan
partai pt cv tbk persero perum bank universitas univ institut sekolah madrasah pesantren yayasan lembaga badan
dinas pemkab pemkot pemprov pemda pemerintah dprd dpr mpr dpd kpk kpu bawaslu bnpb bpbd basarnas bmkg bpk bnn
bin komnas komisi dewan majelis mahkamah pengadilan kejaksaan kejati kejari kejagung rs rsud rumah sakit puskesmas
organisasi asosiasi himpunan ikatan persatuan perhimpunan serikat front gerakan aliansi koalisi federasi
perusahaan grup group kantor biro agensi kantor inc corp ltd co fc klub united city real ac timnas tim
""")

# Words that head a place name.
LOC_HEADS = wordset("""
kota kabupaten kab provinsi prov kecamatan kec desa kelurahan kel kampung dusun dukuh jalan jl jln gang gg pulau
kepulauan gunung sungai kali selat laut teluk tanjung danau pantai lembah bukit wilayah kawasan daerah distrik
negara negeri benua semenanjung jazirah
""")

# Words after which a country name denotes a people or an organ of that country.
NORP_HEADS = wordset("""
warga penduduk rakyat orang bangsa etnis suku masyarakat pengungsi umat keturunan imigran migran
""")
STATE_HEADS = wordset("""
tentara pasukan militer angkatan pemerintah rezim kementerian kemenhan kemenlu polisi kepolisian presiden
parlemen kedubes kedutaan konsulat
""")

# The offsets at which a word's context features are seen (the order of the context lists).
CONTEXT_OFFSETS = ("-2", "-1", "+1", "+2")

_SHAPE_SUBS = ((re.compile(r"[A-Z]+"), "X"), (re.compile(r"[a-z]+"), "x"), (re.compile(r"[0-9]+"), "d"))


def word_shape(word: str) -> str:
    """Compressed shape: 'Jakarta' -> 'Xx', 'KPK' -> 'X', '2.000' -> 'd.d', 'Nagorno-Karabakh' -> 'Xx-Xx'."""
    if word.isascii():  # NFKD leaves ASCII as it is
        w = word or "?"
    else:
        w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii") or "?"
    for rx, sub in _SHAPE_SUBS:
        w = rx.sub(sub, w)
    return w[:8]


def _flags(low: str) -> list[str]:
    key = low.rstrip(".")
    out = []
    if key in PERSON_TITLES:
        out.append("TTL")
    if key in ORG_HEADS:
        out.append("ORGH")
    if key in LOC_HEADS:
        out.append("LOCH")
    if key in NORP_HEADS:
        out.append("NORPH")
    if key in STATE_HEADS:
        out.append("STATEH")
    return out


def opening_lengths(names: Iterable[str]) -> dict[str, int]:
    """Each first word of ``names`` (space-joined) -> the most words of a name it opens: a scan for
    names from a word need try no longer runs than that."""
    out: dict[str, int] = {}
    for k in names:
        first, n = k.split(" ")[0], k.count(" ") + 1
        if n > out.get(first, 0):
            out[first] = n
    return out


class Featurizer:
    """Builds CRF feature lists for token sequences; caches per word form."""

    def __init__(self, gazetteer: dict[str, str], lexicon: dict[str, str] | None = None):
        self.gaz = gazetteer  # lower-cased name (1-4 tokens joined by spaces) -> category
        self.lex = lexicon or {}  # lower-cased word -> "POS|cap-bucket" (from a tagged corpus)
        self.max_len = max((k.count(" ") + 1 for k in gazetteer), default=1)
        self.first_len = opening_lengths(gazetteer)  # first word of a name -> the most words of a name it opens
        self._cache: dict[str, tuple[list[str], list[list[str]]]] = {}

    def word_features(self, word: str) -> tuple[list[str], list[list[str]]]:
        """(own features, context features as seen from offsets -2, -1, +1, +2) of a word form."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        own, ctx = self.word_parts(word)
        prepared = (own, [[f"{off}:{f}" for f in feats] for off, feats in zip(CONTEXT_OFFSETS, ctx, strict=True)])
        if len(self._cache) < 200_000:
            self._cache[word] = prepared
        return prepared

    def word_parts(self, word: str) -> tuple[list[str], list[list[str]]]:
        """The features of a word form before the offset prefixes: (own features, what it
        shows its neighbours at each of :data:`CONTEXT_OFFSETS`). :meth:`word_features`
        prefixes them (``-1:w=polisi``); the tagger looks them up unprefixed."""
        low = word.lower()
        shape = word_shape(word)
        own = [
            "b", "w=" + low, "sh=" + shape,
            "p2=" + low[:2], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
        ]
        if word[:1].isupper():
            own.append("up1")
            if word.isupper() and len(word) > 1:
                own.append("allup")
        if "-" in word[1:-1]:
            own.append("hyph")
        if len(word) == 1:
            own.append("len1")
        flags = _flags(low)
        lex = self.lex.get(low)
        if lex is not None:
            flags.extend(lex.split("|"))
        else:
            flags.append("oov")
        own.extend(flags)
        near = [own[1], own[2], *flags]  # identity, shape and flags for the next words
        far = near[:2]  # identity and shape for the words two away
        return own, [far, near, near, far]

    def gazetteer_tags(self, tokens: list[str], low: list[str] | None = None) -> list[str | None]:
        """Longest-match gazetteer tags ('B-CTRY', 'I-CITY', ...) per token, or None (``low``:
        the tokens lower-cased, when the caller has them)."""
        out: list[str | None] = [None] * len(tokens)
        for start, end, cat in self.gazetteer_matches(tokens, low):
            out[start] = "B-" + cat
            for j in range(start + 1, end):
                out[j] = "I-" + cat
        return out

    def gazetteer_matches(self, tokens: list[str], low: list[str] | None = None,
                          starts: list[int] | None = None) -> list[tuple[int, int, str]]:
        """The longest gazetteer names in a token sequence, left to right, as (start, end,
        category): each opens with a capitalised word (``low``: the tokens lower-cased, and
        ``starts``: the positions, in order, of the words that may open a name -- capitalised,
        the first word of a name -- when the caller has them)."""
        if low is None:
            low = [t.lower() for t in tokens]
        out: list[tuple[int, int, str]] = []
        n = len(tokens)
        first, gaz = self.first_len, self.gaz
        free = 0  # tokens before this one are inside a match already
        for i in range(n) if starts is None else starts:
            w = low[i]
            longest = first.get(w)  # only where a name may start
            if longest is None or i < free or not tokens[i][:1].isupper():
                continue
            for k in range(min(longest, n - i), 0, -1):
                cat = gaz.get(" ".join(low[i:i + k]) if k > 1 else w)
                if cat is not None:
                    out.append((i, i + k, cat))
                    free = i + k
                    break
        return out

    def sequence(self, tokens: list[str]) -> list[list[str]]:
        """Feature lists for every position of a token sequence."""
        words = [self.word_features(t) for t in tokens]
        gaz = self.gazetteer_tags(tokens)
        n = len(tokens)
        feats: list[list[str]] = []
        for i in range(n):
            f = list(words[i][0])
            if i >= 2:
                f.extend(words[i - 2][1][0])
            if i >= 1:
                f.extend(words[i - 1][1][1])
            else:
                f.append("BOS")
            if i + 1 < n:
                f.extend(words[i + 1][1][2])
            else:
                f.append("EOS")
            if i + 2 < n:
                f.extend(words[i + 2][1][3])
            g = gaz[i]
            if g is not None:
                f.append("g=" + g)
                f.append("gc=" + g[2:])
            if i + 1 < n and gaz[i + 1] is not None:
                f.append("+1:g=" + gaz[i + 1])  # type: ignore[operator]
            if i >= 1 and gaz[i - 1] is not None:
                f.append("-1:g=" + gaz[i - 1])  # type: ignore[operator]
            feats.append(f)
        return feats


def window_rows(sentences: list[list[str]], rows: dict[str, Any], opens: list[int]) -> tuple[list[Any], list[int]]:
    """The rows of the sentences' words in a tagger's score tables (``rows``: word form -> row,
    which may add a form on its first lookup), with two empty rows (0) before, between and after
    the sentences, where the +-2 windows of the CRF features end; and the positions (among all
    the sentences' words) of the words whose row is set in ``opens`` (those that may open a
    gazetteer name). The rows stay Python ints (``Any``): compiled code would unbox and box again
    every row above 256."""
    padded: list[Any] = [0, 0]
    marked: list[int] = []
    pos = 0
    for toks in sentences:
        for w in toks:
            row = rows[w]
            padded.append(row)
            if opens[row]:
                marked.append(pos)
            pos += 1
        padded.append(0)
        padded.append(0)
    return padded, marked


def read_table(lines: Iterable[str]) -> dict[str, str]:
    """A frozen 'key<TAB>value' table (the gazetteer, the word lexicon)."""
    out: dict[str, str] = {}
    for line in lines:
        name, _, cat = line.rstrip("\n").partition("\t")
        if name and cat:
            out[name] = cat
    return out
