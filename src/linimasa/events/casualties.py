"""Casualty figures: how many were killed, injured, captured, missing, displaced.

A cue ("tewas", "luka-luka", "ditangkap", "hilang", "mengungsi", "kehilangan nyawa", ...)
takes the nearest person count of the language layer's :class:`~linimasa.model.Quantity`
list: to its left for the intransitive/passive cues ("11 warga meninggal dunia", "lebih
dari 2.000 tentara kehilangan nyawa") and to its right for the transitive ones and
"korban ..." heads ("menewaskan lima orang", "korban jiwa mencapai 12 orang"). Counts of
things (houses, days, per cent, money, years) are not people and are skipped. The value is
the Quantity's (vague amounts keep their documented value); its qualifier ("approx",
"more_than", "at_least") and the raw span from number to cue are kept on the Figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..model import Event, Figure, Quantity, Quote, Sentence
from .context import SentView
from .words import (
    GUARDED,
    HELD_MODES,
    NCO_RANKS,
    PERSON_WORDS,
    PUNCT_BOUNDARY,
    SECTOR_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
)

# cue (token tuple) -> (kind, direction): "L" count before the cue, "R" after.
CUES: Final[dict[tuple[str, ...], tuple[str, str]]] = {
    ("tewas",): ("fatalities", "L"), ("meninggal",): ("fatalities", "L"),
    ("gugur",): ("fatalities", "L"), ("terbunuh",): ("fatalities", "L"),
    ("wafat",): ("fatalities", "L"), ("kehilangan", "nyawa"): ("fatalities", "L"),
    ("kehilangan", "nyawanya"): ("fatalities", "L"), ("tewasnya",): ("fatalities", "R"),
    ("menewaskan",): ("fatalities", "R"), ("membunuh",): ("fatalities", "R"), ("menembak", "mati"): ("fatalities", "R"),
    ("tembak", "mati"): ("fatalities", "R"), ("ditembak", "mati"): ("fatalities", "L"), ("merenggut", "nyawa"): ("fatalities", "R"),
    ("menelan", "nyawa"): ("fatalities", "R"), ("memakan", "nyawa"): ("fatalities", "R"),
    ("korban", "jiwa"): ("fatalities", "R"), ("korban", "tewas"): ("fatalities", "R"),
    ("korban", "meninggal"): ("fatalities", "R"), ("jenazah",): ("fatalities", "R"),
    ("luka-luka",): ("injured", "L"), ("terluka",): ("injured", "L"), ("cedera",): ("injured", "L"),
    ("luka", "berat"): ("injured", "L"), ("luka", "ringan"): ("injured", "L"),
    ("luka", "tembak"): ("injured", "L"), ("luka", "bakar"): ("injured", "L"), ("melukai",): ("injured", "R"),
    ("korban", "luka"): ("injured", "R"), ("korban", "luka-luka"): ("injured", "R"),
    ("ditangkap",): ("captured", "L"), ("ditahan",): ("captured", "L"),
    ("diamankan",): ("captured", "L"), ("tertangkap",): ("captured", "L"),
    ("ditawan",): ("captured", "L"), ("dibekuk",): ("captured", "L"),
    ("diringkus",): ("captured", "L"), ("dicokok",): ("captured", "L"), ("diciduk",): ("captured", "L"),
    ("menciduk",): ("captured", "R"), ("mencokok",): ("captured", "R"),
    ("menangkap",): ("captured", "R"), ("mengamankan",): ("captured", "R"),
    ("meringkus",): ("captured", "R"), ("membekuk",): ("captured", "R"),
    ("melumpuhkan",): ("captured", "R"),  # "Pengawal langsung melumpuhkan pelaku": overpowered and held
    ("menahan",): ("captured", "R"), ("menawan",): ("captured", "R"),
    ("menculik",): ("captured", "R"), ("diculik",): ("captured", "L"),  # the kidnapped are held too
    ("menyandera",): ("captured", "R"), ("disandera",): ("captured", "L"),
    ("penangkapan",): ("captured", "R"),  # "pengembangan dari penangkapan tiga terduga teroris di Lampung"
    # the pronoun passive of police quotes: "Dua belas tersangka sudah kami tahan"
    ("kami", "tahan"): ("captured", "L"), ("kami", "amankan"): ("captured", "L"), ("kami", "tangkap"): ("captured", "L"),
    ("kami", "ringkus"): ("captured", "L"), ("kami", "bekuk"): ("captured", "L"), ("kita", "amankan"): ("captured", "L"),
    ("kita", "tangkap"): ("captured", "L"), ("kita", "tahan"): ("captured", "L"),
    ("hilang",): ("missing", "L"), ("belum", "ditemukan"): ("missing", "L"),
    ("korban", "hilang"): ("missing", "R"),
    ("mengungsi",): ("displaced", "L"), ("pengungsi",): ("displaced", "L"),
    ("kehilangan", "tempat", "tinggal"): ("displaced", "L"), ("dievakuasi",): ("displaced", "L"),
    ("terdampak",): ("displaced", "L"),
}
MAX_CUE: Final = max(len(k) for k in CUES)
CUE_WORDS: Final = frozenset(k[0] for k in CUES)  # no cue in a sentence without one of these
FIGURE_KINDS: Final = ("fatalities", "injured", "captured", "missing", "displaced")

_NOT_PEOPLE: Final = frozenset({
    "rumah", "hari", "jam", "tahun", "bulan", "minggu", "pekan", "persen", "unit", "kilometer",
    "km", "meter", "hektare", "ha", "ton", "kg", "rupiah", "rp", "dolar", "kali", "buah", "titik",
    "kecamatan", "desa", "kabupaten", "provinsi", "kota", "gedung", "kendaraan", "mobil", "motor",
    "pucuk", "butir", "senjata", "ekor", "lembar", "gram", "liter", "menit", "detik",
    "jembatan", "kampung", "dusun", "keluarga", "kk", "rt", "rw", "sekolah", "masjid", "kilogram", "bangunan", "fasilitas", "kapal", "pesawat",
    "poin", "gol", "kursi", "suara", "tiket", "medali", "gelar", "angka", "set", "laga", "kemenangan", "peringkat",
})
_PEOPLE: Final = PERSON_WORDS | frozenset(SECTOR_NOUNS) | frozenset({
    "jiwa", "anak", "bayi", "balita", "personel", "pria", "wanita", "lelaki", "perempuan", "orang", "korban",
    "lainnya", "tentara", "prajurit", "anggota", "awak", "abk", "wni", "wna", "mahasiswa", "siswa", "murid",
    "pemuda", "remaja", "lansia", "santri", "jemaah", "jemaat", "buruh", "nelayan", "petani", "tersangka",
    "terduga", "demonstran", "pengunjuk", "polisi", "pasukan", "serdadu", "milisi", "militan", "kombatan",
    "sandera", "tahanan", "narapidana", "napi", "imigran", "migran", "turis", "wisatawan", "dokter",
    # the feminine forms count people as the plain ones do: "menewaskan 6 siswi"
    "siswi", "mahasiswi", "santriwati", "karyawati", "pramugari", "biarawati",
})
_BAD_KINDS: Final = frozenset({"year", "percent", "money", "ordinal"})


@dataclass
class Cue:
    i: int
    j: int
    kind: str
    direction: str


_CARE: Final = frozenset({"rumah", "rs", "rsud", "rsup", "rsu", "puskesmas", "klinik", "rumah-sakit"})


def _to_care(low: list[str], k: int) -> bool:
    return k + 1 < len(low) and low[k] in ("ke", "menuju") and low[k + 1] in _CARE


def find_cues(v: SentView) -> list[Cue]:
    out: list[Cue] = []
    low = v.low
    n = len(low)
    if CUE_WORDS.isdisjoint(low):
        return out
    free = 0  # tokens before this one are inside a cue already
    for i in [i for i, w in enumerate(low) if w in CUE_WORDS]:
        if i < free:
            continue
        for k in range(min(MAX_CUE, n - i), 0, -1):
            hit = CUES.get(tuple(low[i:i + k]))
            if hit:
                if hit[0] == "displaced" and _to_care(low, i + k):
                    break  # "tiga lainnya dievakuasi ke RSUD": the wounded taken to hospital, not displaced
                out.append(Cue(i, i + k, hit[0], hit[1]))
                free = i + k
                break
    return out


def _is_people(q: Quantity) -> bool:
    """A count of people: no unit ("11 tewas"), a person noun, or a peN- agent noun
    ("pendaki", "penumpang"); counts of things, days, money and years are not."""
    if q.value is None or q.kind in _BAD_KINDS or q.value != q.value or q.value != int(q.value):
        return False  # not a number, a kind of thing, or a fraction ("gempa bermagnitudo 6,8")
    if not q.unit:
        return True
    u = q.unit.lower()
    if u in _PREDICATES or u.startswith(("di", "ter")) and len(u) > 6 and u not in _PEOPLE:
        return True  # "Dua ditemukan meninggal": a predicate after the count, no unit
    if u.endswith("nya") and u[:-3] in _PEOPLE:
        u = u[:-3]  # "dua prajuritnya tewas": its soldiers
    if u in _NOT_PEOPLE:
        return False
    # a peN- agent noun ("pendaki", "penumpang"), not a pe-an/per-an thing ("pertandingan", "perjalanan")
    return u in _PEOPLE or (u.startswith("pe") and len(u) > 5 and (not u.endswith("an") or u in _AN_AGENTS))


_AN_AGENTS: Final = frozenset({"pejalan", "pelayan", "perempuan"})


_ONE: Final = frozenset({"seorang", "seekor", "satu"})

# person nouns of two words whose first word alone names a thing: "dua kaki tangannya" (accomplices)
_PERSON_COMPOUNDS: Final = {"kaki": ("tangan", "tangannya")}


def _counts_people(v: SentView, q: Quantity) -> bool:
    """:func:`_is_people`, or a count of a two-word person noun ("Dua kaki tangannya ditangkap");
    never one side of a score ("menahan imbang Chelsea 0-0")."""
    if _is_people(q):
        return not _in_score(v, q)
    tails = _PERSON_COMPOUNDS.get((q.unit or "").lower())
    if tails is None:
        return False
    k = _tok_at(v, q.start)
    return k is not None and k + 2 < len(v.low) and v.low[k + 2] in tails


def _in_score(v: SentView, q: Quantity) -> bool:
    k = _tok_at(v, q.start)
    if k is None:
        return False
    low = v.low
    return (k + 2 < len(low) and low[k + 1] == "-" and low[k + 2][:1].isdigit()) or (
        k >= 2 and low[k - 1] == "-" and low[k - 2][:1].isdigit())


def _in_name(v: SentView, q: Quantity) -> bool:
    """A number that is part of a name ("Densus 88", "Kodam 17") or an age ("AR (34)")."""
    k = _tok_at(v, q.start)
    if k is None or k == 0 or not q.text[:1].isdigit():
        return False
    if v.low[k - 1] == "(" and k + 1 < len(v.low) and v.low[k + 1] == ")":
        return True  # an age after a name: "KNR (40)"
    if v.low[k - 1] in _AGE_WORDS:
        return True  # an age told with no "tahun": "seorang remaja berusia 15 hingga tewas"
    if k >= 3 and k + 1 < len(v.low) and v.low[k + 1] == ")" and v.low[k - 1] in (",", "/") \
            and v.low[k - 2] in _SEX_WORDS:
        return True  # sex and age in brackets after a name: "Siti (perempuan, 15) luka bakar 60 persen"
    prev = v.toks[k - 1].text
    return prev[:1].isupper() and prev.lower() not in _COUNT_OPENERS


_AGE_WORDS: Final = frozenset({"berusia", "berumur", "usia", "umur", "usianya", "umurnya"})
_SEX_WORDS: Final = frozenset({"perempuan", "laki-laki", "lelaki", "pria", "wanita", "l", "p", "lk", "pr"})


# words that open a sentence with a count ("Seluruh 12 awak ...", "Sekitar 40 warga ..."): capitalised
# there, yet no name
_COUNT_OPENERS: Final = frozenset({"sebanyak", "sedikitnya", "setidaknya", "sekurangnya", "sekurang-kurangnya", "total",
                            "seluruh", "semua", "sekitar", "hampir", "lebih", "kurang", "hanya", "ada", "tercatat",
                            "terdapat", "kini", "sejumlah", "jumlahnya", "mencapai", "bahkan", "namun", "tetapi",
                            "dan", "lalu", "kemudian", "sementara", "sedangkan"})


# single-word casualty predicates: a count before one of them is that predicate's, not a later cue's
_PREDICATES: Final = frozenset({"tewas", "meninggal", "gugur", "terbunuh", "wafat", "luka-luka", "terluka", "cedera",
                         "ditangkap", "ditahan", "diamankan", "hilang", "mengungsi"})
_WITH_OTHERS: Final = frozenset({"beserta", "bersama", "serta", "dan"})


def _tok_at(v: SentView, pos: int) -> int | None:
    return next((k for k, t in enumerate(v.toks) if t.start == pos), None)


def _verbal(w: str) -> bool:
    return len(w) > 4 and w.startswith(("me", "ber"))  # "menewaskan seorang polisi dan melukai lima warga"


def _person(w: str) -> bool:
    return w in PERSON_WORDS or SECTOR_NOUNS.get(w) is not None


_TOTAL: Final = frozenset({"menjadi", "mencapai", "berjumlah"})
_ONCE_WAS: Final = frozenset({"semula", "sebelumnya", "awalnya", "tadinya"})


def _toll_total(v: SentView, k: int, quantities: list[Quantity]) -> Quantity | None:
    """The count a toll stands at later in its sentence: "korban tewas ... bertambah menjadi 3 orang"."""
    for x in range(k, len(v.low) - 1):
        if v.low[x] in (".", ";"):
            return None
        if v.low[x] in _TOTAL:
            at = v.toks[x + 1].start
            return next((q for q in quantities if q.start == at and _is_people(q)), None)
    return None


def told_total(v: SentView, cue: Cue) -> bool:
    """Whether a toll is told as the total it now stands at: "Total korban meninggal menjadi lima",
    "korban tewas bertambah menjadi tujuh" (over a part told before it in the sentence)."""
    before = v.low[max(0, cue.i - 3):cue.i]
    return "total" in before or any(w in _TOTAL for w in v.low[cue.j:min(len(v.low), cue.j + 3)])


def _plus_others(v: SentView, first: Quantity, k: int, cands: list[Quantity]) -> Quantity:
    """``first`` plus a count joined to it as "... beserta/dan N (orang) lainnya" (one group)."""
    for q in cands:
        if q.start <= first.start or q.value is None:
            continue
        j = _tok_at(v, q.start)
        between = v.low[k + 1:j]  # "seorang bupati di Kalimantan Timur beserta enam orang lainnya"
        if j is None or j - k > 8 or not any(w in _WITH_OTHERS for w in between):
            return first
        if any(w in _PREDICATES or w in PUNCT_BOUNDARY or _verbal(w) for w in between):
            return first
        # "... beserta enam orang lainnya", or "seorang bupati dan lima pejabat": a second group of people
        if "lainnya" not in v.low[j + 1:j + 4] and not (j + 1 < len(v.low) and _person(v.low[j + 1])):
            return first
        end = q.end
        return Quantity(first.start, end, v.sent.text[first.start - v.sent.start:end - v.sent.start],
                        (first.value or 0) + q.value, qualifier=q.qualifier)
    return first


def _titled_plus_others(v: SentView, lo: int, q: Quantity, quantities: list[Quantity]) -> Quantity:
    """``q`` plus one when a titled person is named between ``lo`` and it as one group with it."""
    j = _tok_at(v, q.start)
    tk = next((k for k in range(lo, j or lo) if v.low[k] in TITLE_WORDS and v.toks[k].text[:1].isupper()), None)
    if tk is None:
        return q
    t = v.toks[tk]
    people = [x for x in quantities if _is_people(x) and not _in_name(v, x)]
    got = _plus_others(v, Quantity(t.start, t.end, t.text, 1.0), tk, people)
    return got if got.start == t.start and got.end > t.end else q


_INITIALS_OK: Final = frozenset({"dan", ",", "serta"})


def _initials(v: SentView, lo: int, hi: int) -> Quantity | None:
    """People named by initials after "berinisial": "menangkap pemilik gudang berinisial HS (52)"
    is one person, "berinisial AS dan RT" two."""
    k = next((x for x in range(lo, min(hi + 2, len(v.low))) if v.low[x] == "berinisial"), None)
    if k is None:
        k = next((x for x in range(lo, min(hi, len(v.low) - 1)) if v.low[x] == "bernama"
                  and v.toks[x + 1].text[:1].isupper()), None)
        if k is None:
            return None
        # "Tahanan bernama Darmawan (27), warga Desa X, ditangkap": one person named ("A dan B": two)
        n = 1 + sum(1 for x in range(k + 2, min(hi, len(v.low) - 1))
                    if v.low[x] == "dan" and v.toks[x + 1].text[:1].isupper())
        t = v.toks[k]
        return Quantity(t.start, v.toks[k + 1].end, v.sent.text[t.start - v.sent.start:v.toks[k + 1].end - v.sent.start],
                        float(n))
    n, x = 0, k + 1
    while x < len(v.toks):
        text = v.toks[x].text
        if text.isupper() and text.isalpha() and 1 < len(text) <= 4:
            n += 1
        elif v.low[x] not in _INITIALS_OK and not (v.low[x] == "(" or v.low[x].isdigit() or v.low[x] == ")"):
            break
        x += 1
    if not n:
        return None
    t = v.toks[k]
    return Quantity(t.start, v.toks[x - 1].end, v.sent.text[t.start - v.sent.start:v.toks[x - 1].end - v.sent.start],
                    float(n))


_APPOSITION: Final = frozenset({"seorang", "salah", "yakni", "yaitu", "masing-masing", "termasuk", "antara", "di antaranya",
                         "sebagian", "kebanyakan", "mayoritas", "umumnya",
                         "berinisial", "inisial", "warga", "penduduk"})  # "31 warga, sebagian besar anak-anak, tewas"; "Suami korban, berinisial AS (51), ditangkap"


_LISTING: Final = frozenset({"yakni", "yaitu", "termasuk"})
# the parts of an address after "warga ...": "Seorang kakek (67), warga Desa A, Kecamatan B, tewas"
_ADDRESS_PARTS: Final = frozenset({"desa", "dusun", "kampung", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi",
                            "rt", "rw", "jalan", "jl"})


def _appositive_start(v: SentView, close: int) -> int | None:
    """Token index of the comma opening the aside that the comma at ``close`` ends ("Dua pekerja,
    seorang WNI dan seorang warga China, tewas"), if the aside names who the count is."""
    lim = max(-1, close - 14)
    k = close
    while k - 1 > lim:
        k -= 1
        if v.low[k] == "," and k + 1 < close and v.low[k + 1] in _ADDRESS_PARTS:
            continue  # "warga Desa A, Kecamatan B, Kabupaten C,": one address, its parts set off by commas
        if v.low[k] == "," and k + 2 < close and _is_initials(v.toks[k + 1].text) and v.low[k + 2] == "(":
            lim = max(-1, lim - 5)  # "berinisial RS (38), BT (41), JP (29) dan AM (35),": a list of initials,
            continue  # each with its age, is one aside however long
        if v.low[k] == "," and k + 1 < close and _named_aside(v, k + 1, close):
            return k  # "Seorang anggota Polrestabes Semarang, Bripka Agus Salim, tewas": the one counted, by name
        if v.low[k] == ",":
            if k + 1 < close and v.low[k + 1] in _APPOSITION:
                return k
            # "Kelima orang itu, yakni pilot, teknisi, dan tiga pegawai dinas, tewas": a list set off by commas
            # inside an aside that "yakni" opens
            j = next((x for x in range(k - 1, lim, -1) if v.low[x] == "," and v.low[x + 1] in _LISTING), None)
            if j is None or any(v.low[x] in (".", ";") or v.low[x] in SUBORDINATORS for x in range(j + 1, k)):
                return None
            return j
        if v.low[k] == "di" and k > 0 and v.low[k + 1] in _ADDRESS_PARTS and v.base[k - 1] in _PEOPLE:
            return k  # "Seorang petani di Desa A, Kecamatan B, tewas": where the one counted lives, its parts set off
        if v.low[k] in (".", ";") or v.low[k] in SUBORDINATORS:
            return None
    return None


def _named_aside(v: SentView, a: int, b: int) -> bool:
    """Whether tokens ``a:b`` are only a person's name (a rank may open it, an age in brackets close it)."""
    words = [x for x in range(a, b) if v.low[x] not in ("(", ")") and not v.low[x].isdigit()]
    return bool(words) and len(words) <= 5 and all(v.toks[x].text[:1].isupper() and v.toks[x].text.replace("-", "").isalpha()
                                                   for x in words) \
        and not any(v.low[x] in SECTOR_NOUNS or v.low[x] in _ADDRESS_PARTS for x in words)


def _listed_initials(v: SentView, k: int) -> bool:
    """Whether token ``k`` is initials with an age in brackets after them, or the comma before such."""
    j = k + 1 if v.low[k] == "," else k
    return j + 1 < len(v.low) and _is_initials(v.toks[j].text) and v.low[j + 1] == "("


def _is_initials(text: str) -> bool:
    return text.isalpha() and text.isupper() and 1 < len(text) <= 4


_INITIALS_ADVERBS: Final = frozenset({"sudah", "telah", "langsung", "pun", "juga", "akhirnya", "kemudian"})
_NOT_INITIALS: Final = frozenset({"TNI", "POLRI", "KKB", "OPM", "TPNPB", "KST", "JAD", "JI", "ISIS", "PBB", "RI", "AS", "WNI",
                           "WNA", "ABK", "DPO", "KPK", "BNN", "DPR", "DPRD"})


def _initials_subject(v: SentView, i: int) -> Quantity | None:
    """One person named by initials alone as the clause's subject: "Menurut Rahmat, MR tewas di
    lokasi kejadian" (not a group's acronym: "Anggota OPM tewas" has a noun before it)."""
    k = i - 1
    while k >= 0 and v.low[k] in _INITIALS_ADVERBS:
        k -= 1
    if k < 0:
        return None
    text = v.toks[k].text
    if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 4) or text in _NOT_INITIALS:
        return None
    if k > 0 and v.low[k - 1] not in (",", "bahwa", "\"", "“"):
        return None
    m = v.mentions.get(k)
    if m is not None and m[1].label in ("ORG", "LOC", "GPE"):
        return None
    t = v.toks[k]
    return Quantity(t.start, t.end, t.text, 1.0)


# "Korban, Ahmad (24), warga Desa A, tewas ...": one person named with his age as the subject
_NAMED_ONE: Final = re.compile(r"\W*(?:korban|pelaku|tersangka|almarhum|almarhumah)\s*,\s*(?:[A-Z][\w'.-]*\s+){0,3}"
                        r"[A-Z][\w'.-]*\s*\(\d{1,3}\)\s*,(?:\s*(?:warga|penduduk)\b[^.;()\"]{0,80},)?\s*$",
                        re.IGNORECASE)


# one person named with his age after a killing verb: "menewaskan Slamet Riyadi (52)" (not "A (30) dan B (28)")
_NAMED_AGED: Final = re.compile(r"\s+(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*\s*\(\d{1,3}\)(?!\s*(?:dan|serta)\s)")
# what was done to him, after a word of cause or right after the death ("tewas tertembak", "tewas dibacok")
_HARMED: Final = re.compile(r"(?:\s+dunia)?\s+(?:(?:setelah|usai|akibat|karena)\s+)?(?:di|ter)[a-z]{3,}", re.IGNORECASE)


_TAKEN: Final = frozenset({"diculik", "disandera"})  # "Korban, HS (54), diculik di depan rumahnya": the act itself


def _named_one(v: SentView, i: int) -> Quantity | None:
    """One person named with his age in brackets as the subject, set off after "Korban,", who died
    of what was done to him ("tewas setelah ditusuk") or was kidnapped ("diculik")."""
    if _NAMED_ONE.match(v.sent.text[:v.toks[i].start - v.sent.start]) is None \
            or (_HARMED.match(v.sent.text, v.toks[i].end - v.sent.start) is None and v.low[i] not in _TAKEN):
        return None  # ("Korban, Euis (45), meninggal pada Juni 2019": a death told again, dated, not a new toll)
    t = next(t for t in v.toks if t.text[:1].isalpha())
    return Quantity(t.start, t.end, t.text, 1.0)


def _person_subject(v: SentView, i: int) -> Quantity | None:
    """One person the tagger named opening the sentence right before the cue (adverbs between):
    "Sugeng ditangkap warga dan petugas beberapa menit setelah serangan" holds one."""
    m = v.mentions.get(0)
    if m is None or m[1].label != "PER" or any(v.low[x] not in _INITIALS_ADVERBS for x in range(m[0], i)):
        return None
    t = v.toks[0]
    return Quantity(t.start, t.end, t.text, 1.0)


def _count_before_clause(v: SentView, i: int, quantities: list[Quantity]) -> Quantity | None:
    """The count of a subject a "yang" clause stands between it and its predicate at token ``i``:
    "Kelima tersangka yang merupakan mahasiswa tingkat akhir itu langsung ditahan" holds five."""
    y = None
    for k in range(i - 1, max(-1, i - 16), -1):
        if v.low[k] in SUBORDINATORS or v.low[k] in PUNCT_BOUNDARY or v.low[k] in (".", ";") or v.low[k] in _PREDICATES:
            return None
        if v.low[k] == "yang":
            y = k
            break
    if y is None:
        return None
    lo = y
    while lo > 0 and y - lo < 4 and v.low[lo - 1] not in PUNCT_BOUNDARY and v.low[lo - 1] not in SUBORDINATORS \
            and v.low[lo - 1] not in _ENDS:
        lo -= 1
    a, b = v.toks[lo].start, v.toks[y].start
    cands = [q for q in quantities if a <= q.start < b and _counts_people(v, q) and not _in_name(v, q)]
    one = next((k for k in range(y - 2, lo - 1, -1) if v.low[k] in _ONE and _person(v.low[k + 1])), None)
    if not cands and one is not None:
        t = v.toks[one]  # "Seorang penumpang yang merupakan tenaga kesehatan ... tewas di tempat": one
        return Quantity(t.start, t.end, t.text, 1.0)  # (also "Seorang prajurit TNI yang bertugas ... gugur")
    return cands[-1] if cands else None


_ENDS: Final = frozenset({".", "!", "?"})
# those a case charges: counted before "kasus X hingga tewas", they are the suspects, not the dead
_CHARGED: Final = frozenset({"tersangka", "terduga", "terdakwa", "terpidana", "pelaku"})
_HELD_STOPS: Final = frozenset({"dari", "dengan", "di", "ke", "pada", "untuk", "oleh"})
# kin one person has only one of (a child or a brother may be several)
# the one who steers a craft: "menyandera pilotnya", "menculik nakhoda kapal itu"
_CREW: Final = frozenset({"pilot", "nakhoda", "sopir", "masinis", "kapten", "pengemudi", "kopilot"})
_ONE_CREW: Final = frozenset({w + "nya" for w in _CREW})
_CRAFT: Final = frozenset({"pesawat", "kapal", "bus", "truk", "kereta", "helikopter", "mobil", "perahu", "speedboat"})
_ONE_KIN: Final = frozenset({"istri", "suami", "ayah", "ibu", "ayahnya", "ibunya", "istrinya", "suaminya",
                      "kekasih", "kekasihnya", "pacar", "pacarnya"})


def figure_for(v: SentView, cue: Cue, quantities: list[Quantity]) -> Figure | None:
    """The count this cue states, if any. The pronoun passive of a police quote has its object
    before it ("12 orang kami amankan") or, spoken, after it ("Kami amankan 12 orang")."""
    got = _figure_for(v, cue, quantities)
    if got is None and cue.direction == "L" and v.low[cue.i] in ("kami", "kita"):
        got = _figure_for(v, Cue(cue.i, cue.j, cue.kind, "R"), quantities)
    if got is None and cue.direction == "R" and cue.kind == "fatalities" and v.low[cue.i] == "korban" and cue.i > 0 \
            and (cue.j == len(v.low) or v.low[cue.j] not in ("lainnya", "lain")):
        # "didapatkan 47 korban tewas dengan kondisi mengenaskan": the count just before "korban"
        q = next((q for q in quantities if q.start == v.toks[cue.i - 1].start and q.value is not None
                  and q.text[:1].isdigit() and not _in_name(v, q)), None)
        if q is not None and q.value is not None:
            end = v.toks[cue.j - 1].end
            got = Figure(kind=cue.kind, value=round(q.value), qualifier=q.qualifier,
                         raw=v.sent.text[q.start - v.sent.start:end - v.sent.start], start=q.start, end=end)
    if got is not None and got.value == 1 and got.start is not None and _ONE_OF.search(v.sent.text, 0, got.start - v.sent.start):
        return None  # "Salah satu pihak yang diamankan adalah kepala daerah": one of those held, no count
    return got


_VAGUE_WORDS: Final = frozenset({"sejumlah", "beberapa", "belasan", "puluhan", "ratusan", "ribuan", "jutaan"})


# The exact counts a vague word alone covers ("puluhan": twenty to ninety-nine); "sejumlah" and
# "beberapa" cover any count from their value up, and so does a vague word with a multiplier.
_VAGUE_SPAN: Final = {"belasan": (11, 19), "puluhan": (20, 99), "ratusan": (200, 999), "ribuan": (2000, 9999)}
_MULTIPLIERS: Final = frozenset({"ribu", "juta", "miliar"})


def sharper(old: Figure, new: Figure) -> bool:
    """Whether ``new`` is the count a vague one told before only hinted at: a number of the same
    kind within what the vague word covers ("melukai sejumlah orang" ... "Sedikitnya enam orang
    terluka dalam insiden itu"; "Puluhan orang tewas" ... "menyebut 31 orang tewas dalam serangan
    tersebut"). A smaller one is a part ("Dua korban di antaranya kritis", "menewaskan 12 militan")."""
    if old.kind != new.kind:
        return False
    words = old.raw.lower().split()
    if _VAGUE_WORDS.isdisjoint(words) or not _VAGUE_WORDS.isdisjoint(new.raw.lower().split()):
        return False
    span = None if not _MULTIPLIERS.isdisjoint(words) else next((_VAGUE_SPAN[w] for w in words if w in _VAGUE_SPAN),
                                                                  None)
    return span[0] <= new.value <= span[1] if span is not None else new.value >= old.value


_GRADES: Final = frozenset({"berat", "ringan", "parah", "serius"})


def graded_injuries(v: SentView, figures: list[tuple[Cue, Figure]]) -> list[tuple[Cue, Figure]]:
    """The hurt counted by grade in one sentence ("dua orang luka berat dan tiga orang luka
    ringan") are one figure, their sum: each grade alone is only part of the injured."""
    graded = [(c, f) for c, f in figures if f.kind == "injured" and c.j - c.i == 2 and v.low[c.i] == "luka"
              and v.low[c.i + 1] in _GRADES]
    if len({v.low[c.i + 1] for c, _ in graded}) < 2 or len({f.start for _, f in graded}) < len(graded):
        return figures
    first = graded[0][1]
    total = Figure("injured", sum(f.value for _, f in graded), first.qualifier,
                   " + ".join(f.raw for _, f in graded), first.start, graded[-1][1].end)
    return [(graded[0][0], total)] + [cf for cf in figures if cf not in graded]


_ONE_OF: Final = re.compile(r"\bsalah\s+$", re.IGNORECASE)


# "... bertambah menjadi 27 orang", "naik jadi 27": the count a toll has risen (or fallen) to
_UPDATE: Final = re.compile(r"\b(?:menjadi|jadi)\s+\S+(?:\s+orang)?\s*$", re.IGNORECASE)


def updated_tolls(figures: list[tuple[Cue, Figure]]) -> list[tuple[Cue, Figure]]:
    """A toll told in one sentence first as it stood, then as it became ("Setelah korban tewas
    dikabarkan berjumlah 18 orang, rumah sakit menyatakan korban meninggal menjadi 27 orang"):
    the later count replaces the earlier one of the same kind."""
    out = list(figures)
    for c, f in figures:
        if _UPDATE.search(f.raw):
            out = [(c2, g) for c2, g in out if g is f or g.kind != f.kind or (g.start or 0) > (f.start or 0)]
    return out


_UNTIL_NOW: Final = (("hingga", "kini"), ("sampai", "kini"), ("hingga", "saat", "ini"), ("sampai", "saat", "ini"),
              ("hingga", "sekarang"), ("sampai", "sekarang"), ("masih",))
_THE_DOER: Final = frozenset({"pelaku", "pelakunya"})  # bare, one: several are "para pelaku", "kedua pelaku"
_RESULTATIVE: Final = frozenset({"hingga", "sampai"})  # "dipukuli hingga tewas": the outcome of the act told before


# verbs of bodies found or recovered, right before their count: "tim penyelamat telah menemukan 71 jenazah"
# (a hospital "menerima 40 jenazah" tells bodies brought in, not a toll of its own)
_BODIES_TAKEN: Final = frozenset({"menemukan", "mengevakuasi", "mengangkat", "mengidentifikasi",
                                  "memulangkan", "menguburkan", "memakamkan"})


def _victim_after(v: SentView, cue: Cue, quantities: list[Quantity]) -> Quantity | None:
    """The victim's count of "kasus pengeroyokan hingga tewas terhadap seorang mahasiswa": the count after
    "terhadap", or one (a victim named with no count is one person)."""
    if cue.j + 1 >= len(v.low) or v.low[cue.j] != "terhadap":
        return None
    t = v.toks[cue.j + 1]
    q = next((q for q in quantities if q.start == t.start and _counts_people(v, q)), None)
    if q is None and v.low[cue.j + 1] != "para" and "-" not in v.low[cue.j + 1]:
        q = Quantity(t.start, t.end, t.text, 1.0)  # "terhadap mahasiswa tingkat akhir itu, RS": one
    return q


_HEDGES: Final = frozenset({"diduga", "dilaporkan", "dikabarkan", "dipastikan", "dinyatakan", "sudah", "telah"})


_ADMIN_UNITS: Final = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "kampung", "dusun",
                                 "nagari", "gampong", "distrik", "negeri", "jorong", "pekon", "banjar"})


def _capitalised(v: SentView, a: int, b: int) -> bool:
    return a < b and all(v.toks[x].text[:1].isupper() and v.toks[x].text.replace("-", "").isalpha() for x in range(a, b))


def _address_part(v: SentView, comma: int, i: int) -> bool:
    """The comma at ``comma`` opens one part of an address of units written out between the count and the
    cue at ``i`` ("Dua warga Desa A, Kecamatan B, Kabupaten C, Riau, tewas"): no clause boundary. The
    part after it is a named unit ("Kecamatan B") or, last before the cue, a province ("Riau"); a comma
    right before the cue closes such an address."""
    while i - 1 > comma and v.low[i - 1] in _HEDGES:
        i -= 1
    if comma <= 0 or not v.toks[comma - 1].text[:1].isupper():
        return False
    end = next((x for x in range(comma + 1, i) if v.low[x] == ","), i)
    if end == comma + 1 == i:  # "..., Riau, tewas": the closing comma, after a unit or a province
        start = max((x for x in range(comma - 1, max(-1, comma - 7), -1) if v.low[x] == ","), default=-1) + 1
        return v.low[start] in _ADMIN_UNITS and _capitalised(v, start + 1, comma) \
            or 0 < start and _capitalised(v, start, comma) and comma - start <= 3
    if v.low[comma + 1] in _ADMIN_UNITS and v.toks[comma + 1].text[:1].isupper():
        return end - comma - 2 <= 4 and _capitalised(v, comma + 2, end)
    return (end == i or end == i - 1) and end - comma - 1 <= 3 and _capitalised(v, comma + 1, end)


def _figure_for(v: SentView, cue: Cue, quantities: list[Quantity]) -> Figure | None:
    if cue.direction == "L":
        lo = cue.i
        for adv in _UNTIL_NOW:  # "enam lainnya hingga kini belum ditemukan": the count before the time adverb
            if lo > len(adv) and tuple(v.low[lo - len(adv):lo]) == adv:
                lo -= len(adv)
                break
        if lo > 2 and v.low[lo - 2] == "dalam" and v.low[lo - 1] in ("keadaan", "kondisi"):
            lo -= 2  # "ditemukan dalam keadaan meninggal dunia": the state found in, no words of the count's
        steps = 0
        resultative = False
        asides: list[tuple[int, int]] = []  # (char start, char end) of the asides passed over
        while lo > 0 and steps < 7:
            w = v.low[lo - 1]
            if resultative and _verbal(w):
                break  # "Dua pria membacok seorang pelajar hingga tewas": the one struck, not who struck
            if w == ")":  # an age or an alias in brackets ("AS (41)") does not use up the window
                k = lo - 1
                while k > 0 and v.low[k] != "(" and lo - k < 6:
                    k -= 1
                if v.low[k] == "(":
                    lo = k
                    continue
            if _listed_initials(v, lo - 1):
                lo -= 1  # "Empat tersangka berinisial RS (22), AD (19), MF (21) dan YP (27) ditangkap": a list of
                continue  # initials with their ages (and its commas) uses up no window: the count is before it
            if w == "," and (opening := _appositive_start(v, lo - 1)) is not None:
                asides.append((v.toks[opening].start, v.toks[lo - 1].start))
                lo = opening  # "Dua pekerja, seorang WNI dan seorang warga China, tewas": past the aside
                continue
            if w == "," and _address_part(v, lo - 1, cue.i):
                steps = max(0, steps - 2)  # "Dua warga Desa A, Kecamatan B, Kabupaten C, Riau, tewas": the units
                lo -= 1  # of an address use up no window
                continue
            if w in _RESULTATIVE and lo == cue.i and cue.kind in ("fatalities", "injured"):
                lo -= 1  # "membacok seorang pelajar hingga tewas": the one struck died
                resultative = True
                continue
            if w in SUBORDINATORS or (w in PUNCT_BOUNDARY and w != "-") or w in _PREDICATES or w in _ENDS:
                break  # "tiga korban meninggal dunia ... dengan luka tembak": the count is the dead's
                # (a full stop inside a quote: "Total yang dievakuasi 214 orang. Dua ditemukan meninggal")
            lo -= 1
            steps += 1
        a, b = v.toks[lo].start, v.toks[cue.i].start
        cands = [q for q in quantities if a <= q.start < b and _counts_people(v, q) and not _in_name(v, q)]
        # "Sedikitnya tujuh orang, termasuk dua anak-anak, tewas": the count the aside is about, not the part in it
        cands = [q for q in cands if not any(s0 <= q.start < s1 for s0, s1 in asides)] or cands
        charged = [q for q in cands if resultative and (q.unit or "").lower() in _CHARGED]
        if charged:  # "menetapkan 9 tersangka kasus pengeroyokan hingga tewas": the suspects did not die
            cands = [q for q in cands if q not in charged]
        q: Quantity | None = cands[-1] if cands else None
        if q is None and charged:
            q = _victim_after(v, cue, quantities)
        if q is None:
            one = next((k for k in range(cue.i - 1, lo - 1, -1) if v.low[k] in _ONE), None)
            if one is not None:
                t = v.toks[one]
                q = Quantity(t.start, t.end, t.text, 1.0)
            else:  # "Pelaku berinisial JS (38) ditangkap", "Korban berinisial RAS (19) tewas"
                q = _initials(v, lo, cue.i)
            if q is None and cue.kind == "captured":  # "Yang bersangkutan sudah kami tahan": the one concerned
                q = next((Quantity(v.toks[k].start, v.toks[k + 1].end, "yang bersangkutan", 1.0) for k in range(max(lo - 1, 0), cue.i - 1)
                          if v.low[k] == "yang" and v.low[k + 1] == "bersangkutan"), None)
        if q is None:
            q = _count_before_clause(v, cue.i, quantities)
        if q is None:
            q = _initials_subject(v, cue.i)
        if q is None:
            q = _person_subject(v, cue.i)
        if q is None:
            q = _named_one(v, cue.i)
    else:
        if cue.i > 0 and v.low[cue.i] == "jenazah" and cue.kind == "fatalities":
            b = v.toks[cue.i].start  # "Kami menerima 40 jenazah dan lebih dari 70 orang luka-luka": the bodies
            before = next((q for q in quantities if q.end <= b and b - q.end <= 2), None)
            if before is not None:  # are counted before, the count after is the next phrase's (the hurt), never
                # the dead's; the count before is theirs ("tim penyelamat telah menemukan 71 jenazah")
                qi = next((x for x, t in enumerate(v.toks) if t.start == before.start), None)
                if before.value is None or qi is None or qi == 0 or v.low[qi - 1] not in _BODIES_TAKEN:
                    return None  # ("empat jenazah yang semula dihitung sebagai korban": bodies told of, no toll)
                text = v.sent.text[before.start - v.sent.start:v.toks[cue.i].end - v.sent.start]
                return Figure(kind=cue.kind, value=round(before.value), qualifier=before.qualifier, raw=text,
                              start=before.start, end=v.toks[cue.i].end)
        hi = cue.j
        # ("mengamankan TKP dengan pita kuning dari ratusan warga": the crowd after a preposition is not held)
        stops = _HELD_STOPS if cue.kind == "captured" else ()
        # "mengamankan aksi 299": a guarded event and its name, nobody held
        end = cue.j if cue.kind == "captured" and hi < len(v.low) and v.base[hi] in GUARDED else len(v.low)
        while hi < end and hi - cue.j < 6 and v.low[hi] not in SUBORDINATORS \
                and v.low[hi] not in (".", ";", ",") and v.low[hi] not in stops \
                and not (hi > cue.j and _verbal(v.low[hi])):  # "menewaskan pelaku dan melukai lima polisi": those hurt
            hi += 1
        a = v.toks[cue.j - 1].end
        b = v.toks[hi - 1].end if hi > cue.j else a
        cands = [q for q in quantities if a <= q.start < b and _counts_people(v, q) and not _in_name(v, q)]
        q = cands[0] if cands else None
        one = next((k for k in range(cue.j, hi) if v.low[k] in _ONE
                    and (k + 1 >= len(v.low) or v.low[k + 1] not in _NOT_PEOPLE)), None)  # not "satu poin"
        if one is not None and (q is None or v.toks[one].start < q.start):
            t = v.toks[one]  # "menangkap seorang bupati beserta enam orang lainnya"
            people = [q for q in quantities if _counts_people(v, q) and not _in_name(v, q)]
            q = _plus_others(v, Quantity(t.start, t.end, t.text, 1.0), one, people)
        elif q is not None:  # "menangkap Bupati Konawe Selatan beserta enam orang lainnya": the official counts too
            q = _titled_plus_others(v, cue.j, q, quantities)
        elif q is None and cue.kind == "captured":
            q = _initials(v, cue.j, hi)
            if q is None and cue.j < len(v.low) and (v.low[cue.j] in _ONE_KIN or v.low[cue.j] in _ONE_CREW or (
                    v.low[cue.j] in _CREW and cue.j + 1 < len(v.low) and v.low[cue.j + 1] in _CRAFT) or (
                    v.low[cue.j] in NCO_RANKS and cue.j + 1 < len(v.low) and v.toks[cue.j + 1].text[:1].isupper())):
                # ("menahan Bripka AS di tempat khusus": one officer named by rank)
                t = v.toks[cue.j]  # "mengamankan istri MR untuk dimintai keterangan": one wife; "menyandera
                # pilotnya", "menyandera pilot pesawat itu": a craft's one pilot
                q = Quantity(t.start, t.end, t.text, 1.0)
        if q is None and cue.kind in ("fatalities", "captured") and cue.j < len(v.low) and v.low[cue.j] in _THE_DOER \
                and (cue.j + 1 == len(v.low) or v.low[cue.j + 1] in ("dan", ",", ".", "serta")):
            t = v.toks[cue.j]  # "bom bunuh diri ... menewaskan pelaku": the one who set it off ("melumpuhkan pelaku dan
            # menyerahkannya": the one held)
            q = Quantity(t.start, t.end, t.text, 1.0)
        if q is None and cue.kind == "fatalities" and _NAMED_AGED.match(v.sent.text, v.toks[cue.j - 1].end - v.sent.start):
            t = v.toks[cue.j]  # "penusukan yang menewaskan Slamet Riyadi (52), tukang ojek ...": one person named
            q = Quantity(t.start, t.end, t.text, 1.0)
        if q is None and v.low[cue.i] == "korban":  # "Jumlah korban tewas ... bertambah menjadi tiga orang"
            q = _toll_total(v, cue.j, quantities)
    if q is not None and v.low[cue.i] == "korban" and (kq := _tok_at(v, q.start)) is not None and kq > 0 \
            and v.low[kq - 1] in _ONCE_WAS and (later := _toll_total(v, kq + 1, quantities)) is not None:
        q = later  # "Korban tewas yang semula 9 orang kini bertambah menjadi 13 orang": thirteen
    if q is None or q.value is None:
        return None
    start = min(q.start, v.toks[cue.i].start)
    end = max(q.end, v.toks[cue.j - 1].end)
    text = v.sent.text[start - v.sent.start:end - v.sent.start]
    return Figure(kind=cue.kind, value=round(q.value), qualifier=q.qualifier, raw=text,
                  start=start, end=end)


# An explicit nil toll: "Tidak ada korban jiwa dalam peristiwa tersebut", "tanpa korban jiwa",
# "belum ada laporan korban jiwa". ACLED codes it 0; left unset it would read as unknown.
_NO_DEATHS: Final = re.compile(
    r"\b(?:tidak|tak|belum)\s+(?:ada\s+)?(?:(?:menimbulkan|menelan|memakan|ada\s+laporan|dilaporkan)\s+)?"
    r"korban\s+(?:jiwa|tewas|meninggal)\b|\b(?:tanpa|nihil)\s+korban\s+jiwa\b"
    # the subject first: "Korban jiwa tidak ada," kata Kapolres; "korban jiwa nihil"
    r"|\bkorban\s+jiwa\s+(?:(?:tidak|tak|belum)\s+ada|nihil)\b"
    r"|\btidak\s+ada\s+(?:warga\s+|orang\s+)?yang\s+(?:tewas|meninggal)\b"
    # "roket berhasil dicegat dan tidak ada korban": nobody hurt, so nobody dead
    r"|\b(?:tidak|tak)\s+(?:ada|menimbulkan|menelan)\s+korban\b(?!\s+(?:luka|cedera|jiwa|tewas|meninggal|yang))"
    # "seluruh 22 awak selamat", "semua penumpang berhasil diselamatkan": everyone survived
    r"|\b(?:seluruh|semua)\s+(?:\d+\s+)?(?:awak|kru|abk|penumpang|penghuni|pekerja|warga|santri|siswa|jemaah)"
    r"(?:\s+\w+)?\s+(?:(?:dilaporkan|dikabarkan|dinyatakan|dipastikan)\s+)?"
    r"(?:selamat|berhasil\s+diselamatkan|dalam\s+keadaan\s+selamat)\b", re.IGNORECASE)


# a word each form of _NO_DEATHS holds ("diselamatkan" holds "selamat"): a sentence with none of them
# in its lower case says no such thing (unless a letter folds oddly under IGNORECASE: see
# filters._FOLDS_ODDLY), and most sentences are ruled out without the search
_NIL_MUST: Final = ("korban", "tewas", "meninggal", "selamat")
_FOLDS_ODDLY: Final = ("ı", "ſ", "İ")


def _no_deaths(text: str) -> re.Match[str] | None:
    """``_NO_DEATHS.search(text)``, after the cheap test of its words."""
    low = text.lower()
    if not any(w in low for w in _NIL_MUST) and not any(c in text for c in _FOLDS_ODDLY):
        return None
    return _NO_DEATHS.search(text)


_OPENS_NIL: Final = re.compile(r"[\W_]*(?:tidak|tak|belum)\s+ada\s+(?:laporan\s+)?korban\b", re.IGNORECASE)


_INCIDENTS: Final = "peristiwa|kejadian|insiden|musibah|kerusuhan|kericuhan|bentrokan|ledakan|serangan|kebakaran"


def _pointer(nouns: str) -> str:
    """ "dalam/pada/akibat/atas <incident> itu/tersebut/ini" for the given nouns."""
    return rf"(?:dalam|pada|akibat|atas)\s+(?:{nouns})\s+(?:itu|tersebut|ini)\b"


# right after a nil toll, hazards too: "tidak ada korban jiwa akibat banjir tersebut"
_POINTED: Final = re.compile(r"^\s*" + _pointer(_INCIDENTS + "|bencana|kecelakaan|banjir|longsor|gempa"), re.IGNORECASE)


# a nil toll put on a hazard named bare: "Hingga kini tidak ada korban jiwa akibat karhutla"
_HAZARD_NAMED: Final = re.compile(r"\s*(?:akibat|karena|dalam)\s+(?:karhutla|kebakaran\s+(?:hutan|lahan)|banjir|tanah\s+longsor"
                           r"|longsor|gempa|erupsi|angin\s+puting\s+beliung|puting\s+beliung)\b", re.IGNORECASE)


_POINTED_ANYWHERE: Final = re.compile(r"\b" + _pointer(_INCIDENTS), re.IGNORECASE)


_OPENS_POINTED: Final = re.compile(r"\W*(?:serangan|ledakan|insiden|peristiwa|kejadian|bentrokan|kerusuhan|penembakan)\s+"
                            r"(?:itu|tersebut|ini)\b", re.IGNORECASE)


def opens_pointed(text: str) -> bool:
    """Whether a sentence opens by naming the incident told before: "Serangan itu ..."."""
    return _OPENS_POINTED.match(text) is not None


_NAMED_INCIDENT: Final = re.compile(r"\b(?:dalam|pada|akibat|atas)\s+(kerusuhan|kericuhan|bentrokan|ledakan|serangan|kebakaran"
                             r"|tawuran|penyerangan|penganiayaan)\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)


def named_incident(text: str) -> str | None:
    """The kind of incident a sentence points back at by name ("dalam bentrokan itu": "bentrok"), as
    the stem its telling's trigger starts with."""
    m = _NAMED_INCIDENT.search(text)
    return m.group(1).lower()[:7] if m is not None else None


def points_back(text: str) -> bool:
    """Whether a sentence names the incident told before: "dalam peristiwa tersebut"."""
    return _POINTED_ANYWHERE.search(text) is not None


def _nil(e: Event, s: Sentence, m: re.Match[str]) -> None:
    """Fatalities 0, with the span of the words that say so."""
    e.fatalities = 0
    e.figures.append(Figure("fatalities", 0, None, m.group(), s.start + m.start(), s.start + m.end()))


def _one_day(incidents: list[Event], before: int) -> Event | None:
    """The first of the incidents told before offset ``before`` when they all fall on one day and
    none has a toll: one incident told in several sentences ("berakhir rusuh ... membakar lima rumah
    ... Kerusuhan bermula saat ..."). An incident dated by no time of its own (only by the page's
    day) is no other day: "Sengketa lahan ... berujung bentrok. Sekuriti dan warga terlibat saling pukul
    ..., Rabu (4/8/2027) pagi. ... Tidak ada korban jiwa" -- the first telling takes it."""
    told = [e for e in incidents if e.sentence_start < before]
    stated = [e for e in told if e.date_stated] or told
    if not told or any(e.fatalities is not None for e in told) or len({e.date_start for e in stated}) != 1 \
            or stated[0].date_precision != "day":
        return None
    return told[0]


def _quoted_source(e: Event, at: int, quotes: list[Quote] | None, default: str | None) -> None:
    """A nil toll said in a quote brings its speaker to an event told with no source of its own."""
    if quotes is None or e.claimed_by not in (None, default):
        return
    q = next((q for q in quotes if q.start <= at < q.end and q.speaker), None)
    if q is not None:
        e.claimed_by, e.claimed_by_entity_id = q.speaker, q.speaker_entity_id


def _only_its_fire(events: list[Event], s: Sentence) -> bool:
    """The next sentence tells only a fire, the attack's ("Ukraina menyerang kilang minyak ... .
    Gubernur menyebut kebakaran di kilang itu berhasil dipadamkan dan tidak ada korban")."""
    own = [e for e in events if e.sentence_start == s.start and not e.negated]
    return bool(own) and all(e.type == "DISASTER" and e.mode == "fire" for e in own)


def no_deaths(text: str) -> re.Match[str] | None:
    """Where a sentence says nobody died ("Tidak ada korban jiwa"), if it does."""
    return _no_deaths(text)


def nil_tolls(events: list[Event], sents: list[Sentence], kinds: frozenset[str],
              quotes: list[Quote] | None = None, default: str | None = None) -> None:
    """Fatalities 0 for an event of ``kinds`` whose sentence, or the next sentence of its
    paragraph when that one tells no other event, says nobody died; or a later sentence that
    points back at it ("dalam peristiwa itu"), or says so with no pointer in a story of that one
    incident (or of incidents all told of one day: the first telling takes it, with the quote's
    speaker as its source when it had none)."""
    hosts = [e.sentence_start for e in events if e.type in kinds
             and not (e.negated or e.hypothetical or e.historical)]
    if not hosts and not any(e.type in kinds and not (e.negated or e.hypothetical) for e in events):
        return  # no event a nil toll could belong to: no sentence to read
    first = min(hosts, default=None)
    incidents = [e for e in events if (e.type in kinds or e.mode == "riot") and e.mode not in HELD_MODES
                 and not (e.negated or e.hypothetical or e.historical)]
    starts = {s.start: k for k, s in enumerate(sents)}
    told = {e.sentence_start for e in events if not e.negated}  # (a negated one tells of nothing)
    for s in sents:  # "Tidak ada korban jiwa dalam peristiwa itu" paragraphs later: the event it points back at
        if first is None or s.start <= first or s.start in told:
            continue  # no event before it to point back at, or one of its own
        m = _no_deaths(s.text)
        if m is None:
            continue
        counted = next((e for e in events if e.mode not in HELD_MODES  # (an arrest's count of hurt officers: no incident)
                        and any(s.start <= (f.start or -1) < s.end for f in e.figures)), None)
        if counted is not None and counted.fatalities is None and not _POINTED.search(s.text[m.end():]):
            _nil(counted, s, m)  # "Dua narapidana terluka ... Tidak ada korban jiwa": the hurt ones' incident
            continue
        if _HAZARD_NAMED.match(s.text, m.end()):  # "tidak ada korban jiwa akibat karhutla": the hazard told before
            hazard = next((e for e in reversed(incidents) if e.kind == "DISASTER" and e.sentence_start < s.start), None)
            if hazard is not None and hazard.fatalities is None:
                _nil(hazard, s, m)
                continue
        if not _POINTED.search(s.text[m.end():]):
            if len(incidents) == 1 and incidents[0].sentence_start < s.start and incidents[0].fatalities is None:
                _nil(incidents[0], s, m)  # a story of one incident: "Tidak ada korban jiwa," ujarnya -- that one
            elif (one := _one_day(incidents, s.start)) is not None:
                _nil(one, s, m)
                _quoted_source(one, s.start + m.start(), quotes, default)
            continue
        host = next((e for e in events if any(s.start <= (f.start or -1) < s.end for f in e.figures)), None) or next(
            (e for e in reversed(incidents) if e.sentence_start < s.start), None)
        if host is not None and host.fatalities is None:
            _nil(host, s, m)
    for e in events:
        if e.fatalities is not None or e.type not in kinds or e.negated or e.hypothetical:
            continue
        k = starts.get(e.sentence_start)
        if k is None:
            continue
        look = [sents[k]]
        if k + 1 < len(sents) and sents[k + 1].paragraph == sents[k].paragraph and (
                sents[k + 1].start not in told or _OPENS_POINTED.match(sents[k + 1].text)
                or _only_its_fire(events, sents[k + 1])):
            look.append(sents[k + 1])  # "... Serangan itu memicu kebakaran, namun seluruh 22 awak selamat"
        elif k + 1 < len(sents) and sents[k + 1].start not in told and e.mode not in HELD_MODES \
                and _OPENS_NIL.match(sents[k + 1].text):
            look.append(sents[k + 1])  # the next paragraph opens with it: "\"Tidak ada korban jiwa,\" tulis ..."
        for s in look:
            m = _no_deaths(s.text)
            if m is not None:
                _nil(e, s, m)
                break
