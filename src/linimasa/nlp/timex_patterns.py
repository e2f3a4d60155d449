"""The compiled patterns behind :mod:`linimasa.nlp.timex`: one regex per family of
Indonesian time expression, built once from the word lists in :mod:`.lexicon`.

Spans follow the IndoTimex/TimeML convention: prepositions (``pada``, ``sejak``,
``selama``, ``hingga``) stay outside; modifiers (``sekitar``, ``hampir``, ``awal``,
``akhir``), ``tanggal``/``bulan``/``tahun`` heads and deictic tails (``lalu``,
``kemarin``, ``ini``, ``ke depan``) are inside.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS, words


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("mei", "juni", "juli")]
WD = rf"(?:{_alt(WEEKDAYS)})"
MON = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(m for m in MONTHS if m not in _FULL_MONTHS)})\.?)"
FULLMON = rf"(?:{_alt(_FULL_MONTHS)})"
NUMWORD = rf"(?:{_alt([w for w in NUMBER_WORDS if w not in ('nol',)] + ['belas', 'puluh', 'ratus'])})"
NUM = rf"(?:\d+(?:[.,]\d+)?|{NUMWORD}(?:\s+{NUMWORD})*|beberapa|belasan|puluhan|ratusan|ribuan)"
UNIT = r"(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|dekade|dasawarsa|windu|abad)"
SEUNIT = r"(?:sedetik|semenit|sejam|sehari|seminggu|sepekan|sebulan|setahun|sewindu|sedekade|seabad)(?!-)"
TOD = (r"(?:(?:selepas|setelah|usai|seusai|sesudah|menjelang|jelang)\s+)?"
       r"(?:dini\s+hari|tengah\s+malam|tengah\s+hari|pagi|siang|sore|petang|malam|subuh|shubuh|"
       r"zuhur|dzuhur|lohor|ashar|asar|maghrib|magrib|isya)")
QUAL = r"(?:sekitar|hampir|nyaris|kurang\s+lebih|kira-kira|lebih\s+dari|kurang\s+dari|sedikitnya|setidaknya)"
TZ = r"(?:WIB|WITA|WIT|GMT|UTC)"
CLOCK = (rf"(?:pukul|jam|pkl\.?)\s+(?P<hh>\d{{1,2}})(?:[.:](?P<mm>[0-5]\d))?(?![\d.,]\d)"
         rf"(?:\s*{TZ}\b)?(?:\s+(?P<ctod>pagi|siang|sore|petang|malam|dini\s+hari))?")
DEIXIS = (r"(?:(?:pekan|minggu)\s+(?:lalu|kemarin|ini|depan|mendatang)|"
          r"yang\s+lalu|lalu|kemarin|ini|tadi|silam|depan|mendatang|nanti)")
_B = r"(?<![\w/.,-])"  # left edge: not inside a word, number or date
_E = r"(?![\w/]|[.,]\d)"  # right edge

DATE = re.compile(
    rf"""{_B}(?:(?P<pq>sekitar|tanggal|tgl\.?)\s+)?
    (?:
        (?:hari\s+)?(?P<wd>{WD})
            (?:(?:\s*,)?\s*\(\s*(?P<nd>\d{{1,2}}\s?/\s?\d{{1,2}}(?:\s?/\s?\d{{2,4}})?)\s*\)
              |(?:\s*,)?\s+(?P<dm>\d{{1,2}})\s+(?P<dmon>{MON})(?:\s+(?P<dy>\d{{4}}))?
              |(?:\s*,)?\s*(?P<nd2>\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))?
      | (?P<dm2>\d{{1,2}})\s+(?P<dmon2>{MON})(?:\s+(?P<dy2>\d{{4}}))?
      | (?P<nd3>\d{{1,2}}/\d{{1,2}}/\d{{2,4}})
      | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?![\d-])
      | (?P<emon>{MON})\s+(?P<ed>\d{{1,2}}),?\s+(?P<ey>\d{{4}})
      | (?<=tanggal\s)(?P<donly>\d{{1,2}})(?!\s*[/\d])
    ){_E}
    (?:\s+(?P<tod>{TOD}))?
    (?:\s+{CLOCK})?
    (?:\s+(?P<tod2>{TOD}))?
    (?:\s+(?P<suf>{DEIXIS}))?(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)

DAY_RANGE = re.compile(
    rf"""{_B}(?:(?:tanggal|tgl\.?)\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{MON})(?:\s+(?P<y1>\d{{4}}))?)?
    \s*(?:-|–|hingga|sampai(?:\s+dengan)?|s/d|s\.d\.?)\s*
    (?P<d2>\d{{1,2}})\s+(?P<m2>{MON})(?:\s+(?P<y2>\d{{4}}))?{_E}""",
    re.IGNORECASE | re.VERBOSE,
)

QUARTER = re.compile(
    rf"""{_B}(?P<kind>kuartal|triwulan|semester)\s+(?P<n>pertama|kedua|ketiga|keempat|iv|i{{1,3}}|[1-4])
    (?:\s+(?:(?:tahun\s+)?(?P<y>\d{{4}})|tahun\s+(?P<rel>ini|lalu|depan)))?{_E}""",
    re.IGNORECASE | re.VERBOSE,
)

CLOCK_ALONE = re.compile(
    rf"{_B}(?:(?P<q>{QUAL})\s+)?{CLOCK}(?:\s+(?P<suf>tadi|ini|nanti))?(?!\w)", re.IGNORECASE)

DURATION = re.compile(
    rf"""{_B}(?:(?P<q>{QUAL})\s+)?
    (?:(?P<n>{NUM})\s+(?P<u>{UNIT})|(?P<se>{SEUNIT}))\b
    (?:\s+(?P<rel>yang\s+lalu|lalu|silam|kemudian|lagi|mendatang|ke\s+depan|terakhir|belakangan|
        sebelumnya|setelahnya|berikutnya|sesudahnya))?\b""",
    re.IGNORECASE | re.VERBOSE,
)

DURATION_RANGE = re.compile(
    rf"{_B}(?P<n1>\d+)\s*[-–]\s*(?P<n2>\d+)\s+(?P<u>{UNIT})\b", re.IGNORECASE)

VAGUE_DURATION = re.compile(
    r"\b(?:ber(?P<ru>detik|menit|jam|hari|minggu|pekan|bulan|tahun|abad)-(?P=ru)"
    r"|beberapa\s+(?:saat|waktu)(?:\s+(?P<vrel>yang\s+lalu|lalu|lagi|kemudian))?"
    r"|sejenak|sesaat|(?:dalam\s+)?waktu\s+dekat)\b",
    re.IGNORECASE,
)

MONTH = re.compile(
    rf"""{_B}(?:(?P<pos>awal|akhir|pertengahan|medio|penghujung)\s+)?(?:(?P<head>bulan)\s+)?
    (?P<mon>{FULLMON})
    (?:\s+(?P<y>\d{{4}})|\s+(?P<rel>yang\s+lalu|lalu|ini|depan|mendatang|silam|kemarin|
        tahun\s+lalu|tahun\s+ini|tahun\s+depan))?{_E}""",
    re.IGNORECASE | re.VERBOSE,
)

YEAR = re.compile(
    rf"""{_B}(?:(?P<pos>awal|akhir|pertengahan|medio|penghujung)\s+)?
    (?:(?P<head>tahun|era|dekade|periode|sekitar\s+tahun)\s+)?
    (?:(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?P<an>-an)?
      |(?<=tahun\s)(?P<dec>[1-9]0)-an)
    {_E}""",
    re.IGNORECASE | re.VERBOSE,
)

# "sejak awal tahun", "hingga akhir bulan": the current one when a preposition governs it
_BARE_PERIOD = "(?:" + "|".join(rf"(?<={p}\s{pos}\s{u})" for p in ("sejak", "pada", "hingga", "sampai", "menjelang")
                                for pos in ("awal", "akhir", "pertengahan") for u in ("tahun", "bulan")) + ")"
PERIOD = re.compile(
    rf"""{_B}(?:(?P<pos>awal|akhir|pertengahan|penghujung)\s+)?
    (?P<unit>pekan|minggu|bulan|tahun|dekade)
    (?:\s+(?P<rel>ini|lalu|kemarin|depan|mendatang|silam|sebelumnya|berikutnya|yang\s+lalu)\b
      |{_BARE_PERIOD}(?!\s+(?:ini|lalu|kemarin|depan|mendatang|silam|sebelumnya|berikutnya|yang|ajaran|anggaran|baru|\d)))""",
    re.IGNORECASE | re.VERBOSE,
)

# Fixed deictic phrases: text -> (kind, argument). Kinds are handled in timex.py.
DEICTIC: dict[str, tuple[str, str]] = {
    "hari ini": ("day", "0"), "kemarin": ("day", "-1"), "kemarin lusa": ("day", "-2"),
    "besok": ("day", "+1"), "esok": ("day", "+1"), "esok hari": ("day", "+1"), "besok lusa": ("day", "+2"),
    "lusa": ("day", "+2"), "hari itu": ("anchor", ""), "pada hari yang sama": ("anchor", ""),
    "hari yang sama": ("anchor", ""),
    "tadi malam": ("daytod", "-1:TNI"), "semalam": ("daytod", "-1:TNI"), "kemarin malam": ("daytod", "-1:TNI"),
    "kemarin pagi": ("daytod", "-1:TMO"), "kemarin siang": ("daytod", "-1:TAF"),
    "kemarin sore": ("daytod", "-1:TAF"), "tadi pagi": ("daytod", "0:TMO"), "tadi siang": ("daytod", "0:TAF"),
    "tadi sore": ("daytod", "0:TAF"), "pagi ini": ("daytod", "0:TMO"), "siang ini": ("daytod", "0:TAF"),
    "sore ini": ("daytod", "0:TAF"), "petang ini": ("daytod", "0:TEV"), "malam ini": ("daytod", "0:TNI"),
    "nanti malam": ("daytod", "0:TNI"), "dini hari tadi": ("daytod", "0:TMO"),
    "besok pagi": ("daytod", "+1:TMO"), "besok malam": ("daytod", "+1:TNI"),
    "saat ini": ("ref", "PRESENT_REF"), "sekarang": ("ref", "PRESENT_REF"), "kini": ("ref", "PRESENT_REF"),
    "dewasa ini": ("ref", "PRESENT_REF"), "akhir-akhir ini": ("ref", "PRESENT_REF"),
    "belakangan ini": ("ref", "PRESENT_REF"), "saat itu": ("ref", "PAST_REF"), "waktu itu": ("ref", "PAST_REF"),
    "kala itu": ("ref", "PAST_REF"), "saat yang sama": ("ref", "PAST_REF"),
    "waktu yang sama": ("ref", "PAST_REF"), "baru-baru ini": ("ref", "PAST_REF"),
    "masa lalu": ("ref", "PAST_REF"), "masa depan": ("ref", "FUTURE_REF"),
    "musim hujan": ("season", "WI"), "musim penghujan": ("season", "WI"), "musim kemarau": ("season", "SU"),
    "dulu": ("past_dulu", ""), "dahulu": ("past_dulu", ""),
    "akhir pekan": ("weekend", ""),
}
PHRASE = re.compile(rf"\b(?:{_alt(DEICTIC)})\b", re.IGNORECASE)

TOD_ALONE = re.compile(
    # not a compound noun: "makan malam", "jam malam", "hiburan malam", "pasar malam", "klub malam"
    rf"(?<!makan\s)(?<!selamat\s)(?<!jam\s)(?<!hiburan\s)(?<!pasar\s)(?<!klub\s)(?<!kehidupan\s)(?<!se)\b(?P<tod>{TOD})(?:\s+hari)?\b(?:\s+(?P<rel>itu|tadi|ini|nanti))?\b(?!-)",
    re.IGNORECASE,
)

SET = re.compile(
    rf"\b(?:setiap|tiap|saban)\s+(?:(?P<wd>{WD})|(?P<u>hari|minggu|pekan|bulan|tahun|malam|pagi))\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Anchors: every expression contains one of these tokens. The finder tries each rule's
# regex only at the starts of the anchor token and of up to ``back`` tokens before it,
# instead of scanning every character (about ten times faster on news text).

RULE_ORDER = ("date", "day_range", "quarter", "clock", "duration_range", "duration", "vague_duration", "period", "month",
              "year", "phrase", "tod", "set")

_UNIT_WORDS = ("detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "dekade",
               "dasawarsa", "windu", "abad")
_SE_WORDS = ("sedetik", "semenit", "sejam", "sehari", "seminggu", "sepekan", "sebulan", "setahun",
             "sewindu", "sedekade", "seabad")
_TOD_WORDS = ("dini", "tengah", "pagi", "siang", "sore", "petang", "malam", "subuh", "shubuh", "zuhur",
              "dzuhur", "lohor", "ashar", "asar", "maghrib", "magrib", "isya", "selepas", "setelah", "usai",
              "seusai", "sesudah", "menjelang", "jelang")


def _anchor_table() -> dict[str, list[tuple[str, int]]]:
    table: dict[str, list[tuple[str, int]]] = {}

    def add(words: object, rule: str, back: int) -> None:
        for w in words:  # type: ignore[attr-defined]
            table.setdefault(w, []).append((rule, back))

    add(WEEKDAYS, "date", 2)
    add(MONTHS, "date", 2)
    add([m + "." for m in MONTHS], "date", 2)
    add(["tanggal", "tgl", "tgl."], "date", 1)
    add(MONTHS, "day_range", 6)
    add([m + "." for m in MONTHS], "day_range", 6)
    add(["kuartal", "triwulan", "semester"], "quarter", 0)
    add(["pukul", "jam", "pkl", "pkl."], "clock", 2)
    add(_UNIT_WORDS, "duration_range", 3)
    add(_UNIT_WORDS, "duration", 7)
    add(_SE_WORDS, "duration", 2)
    add(["beberapa", "sejenak", "sesaat", "waktu"], "vague_duration", 1)
    add(["pekan", "minggu", "bulan", "tahun", "dekade"], "period", 1)
    add(_FULL_MONTHS, "month", 2)
    add({p.split()[0] for p in DEICTIC}, "phrase", 0)
    add(_TOD_WORDS, "tod", 1)
    add(["setiap", "tiap", "saban"], "set", 0)
    return table


ANCHORS = _anchor_table()

# The tokens a rule's match may start with before its anchor (walked back over).
_QUAL_WORDS = words("sekitar hampir nyaris kurang lebih dari kira-kira sedikitnya setidaknya")
_NUM_WORDS = frozenset(NUMBER_WORDS) | {"belas", "puluh", "ratus", "beberapa", "belasan", "puluhan", "ratusan",
                                        "ribuan"}
_POS_WORDS = words("awal akhir pertengahan medio penghujung")
PREFIXES: dict[str, frozenset[str]] = {
    "date": frozenset(WEEKDAYS) | {"sekitar", "tanggal", "tgl", "tgl.", "hari", ",", "("},
    "day_range": frozenset(MONTHS) | {"-", "–", "hingga", "sampai", "dengan", "s/d", "tanggal", "tgl", "tgl."},
    "clock": _QUAL_WORDS,
    "duration_range": frozenset({"-", "–"}),
    "duration": _QUAL_WORDS | _NUM_WORDS,
    "vague_duration": frozenset({"dalam"}),
    "period": _POS_WORDS,
    "month": _POS_WORDS | {"bulan"},
    "year": _POS_WORDS | {"tahun", "era", "dekade", "periode", "sekitar"},
    "tod": frozenset(_TOD_WORDS),
}
# Tokens that anchor by shape: dates (25/11/2020) and years/decades (1991, 40-an).
DATE_TOKEN = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
YEAR_TOKEN = re.compile(r"^(?:(?:19|20)\d\d|[1-9]0)$")
BER_TOKEN = re.compile(r"^ber(\w+)-\1$", re.IGNORECASE)
