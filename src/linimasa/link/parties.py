"""What a participant's name says about which party it is, for comparing events across reports.

Two outlets name one institution in different words ("DPRD Sulsel", "Kantor DPRD Sulawesi
Selatan"): :func:`institution_key` reduces both to one key. Two crowds named by their trade
("ratusan sopir angkutan kota", "puluhan mahasiswa") are two parties even though both are
civilians: :func:`crowd_keys` names the kinds of crowd a participant is. Two territorial units
of one rank ("Polres Jember", "Polres Lumajang") are two parties though both are police:
:func:`territorial_units` names the units a participant is or belongs to.
"""

from __future__ import annotations

import re

from ..geo.lexicon import PROVINCE_ALIASES
from ..nlp.entities import ABBREVIATIONS
from .minhash import words

# the building of an institution stands for it as a protest's or an attack's target
_BUILDINGS = frozenset({"kantor", "gedung", "markas", "mako", "kompleks"})
# one-word short forms of a province ("sulsel", "jatim", "ntb") -> its name's words
_PROVINCE_SHORT: dict[str, tuple[str, ...]] = {
    a.lower(): tuple(official.lower().split())
    for official, aliases in PROVINCE_ALIASES.items() if not official.startswith("Daerah")
    for a in aliases if " " not in a and a.lower() not in official.lower().split()
}
# crowds named by their trade or standing, by kind: two different kinds are two parties
CROWD_KINDS: dict[str, str] = {
    "sopir": "driver", "supir": "driver", "pengemudi": "driver", "ojol": "driver",
    "mahasiswa": "student", "pelajar": "pupil", "siswa": "pupil",
    "buruh": "worker", "pekerja": "worker", "karyawan": "worker",
    "petani": "farmer", "nelayan": "fisher", "guru": "teacher", "honorer": "teacher", "pedagang": "trader",
    "suporter": "fans", "penonton": "audience",
    "dokter": "health", "perawat": "health", "bidan": "health", "nakes": "health",
    "jurnalis": "press", "wartawan": "press", "santri": "santri", "pengacara": "lawyer", "advokat": "lawyer",
}
CROWD = "sector:crowd:"  # a key prefix: a kind of party, never a named one


def institution_key(name: str) -> str:
    """``name`` without a leading building word, abbreviations and provinces' short forms
    written out: "Kantor DPRD Sulawesi Selatan" and "DPRD Sulsel" give one key."""
    ws = [w for _, _, w in words(name)]
    while len(ws) > 1 and ws[0] in _BUILDINGS:
        ws = ws[1:]
    out: list[str] = []
    for w in ws:
        out.extend(_PROVINCE_SHORT.get(w) or ABBREVIATIONS.get(w, w).split())
    return "inst:" + " ".join(out) if out else ""


def crowd_keys(name: str) -> set[str]:
    """The kinds of crowd ``name`` names ("Ratusan sopir angkutan kota" -> driver)."""
    return {CROWD + CROWD_KINDS[w] for _, _, w in words(name) if w in CROWD_KINDS}


def crowds_differ(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Both sides name kinds of crowd, and none in common: drivers and students."""
    ca = {k for k in ka if k.startswith(CROWD)}
    cb = {k for k in kb if k.startswith(CROWD)}
    return bool(ca) and bool(cb) and ca.isdisjoint(cb)


# territorial units of the police, the army, the prosecution and the courts, by rank: the
# unit's rank word, then the area it serves ("Satresnarkoba Polres Jember" -> polres: jember)
_UNIT_RANKS: dict[str, str] = {
    "polres": "polres", "polresta": "polres", "polrestabes": "polres", "polsek": "polsek", "polsekta": "polsek",
    "polda": "polda", "kodim": "kodim", "koramil": "koramil", "korem": "korem", "kodam": "kodam",
    "kejari": "kejari", "kejati": "kejati",
}
_UNIT = re.compile(r"\b((?i:" + "|".join(sorted(_UNIT_RANKS, key=len, reverse=True))
                   + r"))(?:\s+Metro)?\s+([A-Z0-9][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,2})")


def territorial_units(name: str) -> set[tuple[str, str]]:
    """(rank, area) of each territorial unit ``name`` names: "Satresnarkoba Polres Jember" ->
    {("polres", "jember")}; "Polresta Malang Kota" -> {("polres", "malang kota")}."""
    return {(_UNIT_RANKS[m.group(1).lower()], m.group(2).lower()) for m in _UNIT.finditer(name)}


def units_differ(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Both sides name a unit of one rank and no unit of that rank serves one area: the police
    of two regencies ("Polres Jember", "Polres Lumajang"), not a Polda and one of its Polres
    (which may tell one operation), nor "Polres Malang" and "Polres Malang Kota" (one area's
    name inside the other's: kept, as either may be written short)."""
    for rank in {r for r, _ in a} & {r for r, _ in b}:
        xa = {w for r, w in a if r == rank}
        xb = {w for r, w in b if r == rank}
        if not any(p == q or p.startswith(q + " ") or q.startswith(p + " ") for p in xa for q in xb):
            return True
    return False


# a company named by its legal form ("buruh PT Sinar Garmen Abadi", "karyawan CV Maju Jaya")
_COMPANY = re.compile(r"\b(?:PT|CV|Perum|PTPN)\.?\s+((?:[A-Z0-9][\w'&-]*)(?:\s+[A-Z0-9][\w'&-]*){0,4})")


def companies(name: str) -> set[str]:
    """The companies ``name`` names: "Ribuan buruh PT Sinar Garmen Abadi" -> {"sinar garmen abadi"}."""
    return {m.group(1).lower() for m in _COMPANY.finditer(name)}


def companies_differ(a: set[str], b: set[str]) -> bool:
    """Both sides are people of a named company and no company is one ("buruh PT Sinar Garmen
    Abadi" in Cikande, "pekerja PT Krakatau Baja Mandiri" in Cilegon): two crowds, however alike
    their trade, day and province. A name inside the other ("PT Sinar Garmen", "PT Sinar Garmen
    Abadi") may be one written short."""
    return bool(a) and bool(b) and not any(p == q or p.startswith(q + " ") or q.startswith(p + " ") for p in a for q in b)


# an office named before its holder or in the holder's stead ("Menteri Pemuda dan Olahraga
# (Menpora) Arif Wicaksana", "Menteri Pemuda dan Olahraga mengecam ..."): the office's head words
_TITLE = re.compile(r"\b(?:Wakil\s+)?(?:Perdana\s+Menteri|Menteri|Presiden|Gubernur|Bupati|Wali\s+Kota|Walikota|Panglima|"
                    r"Kapolri|Kapolda|Kapolres|Kapolresta|Jaksa\s+Agung)(?:\s+(?!dan\b)[A-Z][\w'-]*)*")


def _title_key(run: str) -> str:
    ws = run.split()
    return "title:" + " ".join(w.lower() for w in ws) if ws else ""


def office_keys(name: str, sentence: str) -> set[str]:
    """The office a participant holds or is: its name opening with an office ("Menteri Pemuda")
    or the office written just before the name in its sentence ("Menteri Pemuda dan Olahraga
    (Menpora) Arif Wicaksana") -> "title:menteri pemuda"; one key for both tellings."""
    out: set[str] = set()
    m = _TITLE.match(name)
    if m:
        out.add(_title_key(m.group()))
    at = sentence.find(name)
    if at > 0:
        before = sentence[max(0, at - 80):at]
        runs = list(_TITLE.finditer(before))
        if runs:
            last = runs[-1]
            gap = before[last.end():]
            gap = re.sub(r"\([^()]*\)", " ", gap)  # "(Menpora)"
            if len(gap.split()) <= 3 and "," not in gap and "." not in gap:
                out.add(_title_key(last.group()))
    return {k for k in out if k.count(" ") >= 1}
