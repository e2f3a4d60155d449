"""The normalisers behind :mod:`linimasa.nlp.timex`: one function per pattern family,
each turning a regex match into TimeML expressions (see that module for the rules).

Each handler gets the match and a :class:`Ctx` (the text, the reference date, and the
last day-level date mentioned, which anchored expressions use and update)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import TimeExpr
from . import timex_patterns as P
from .lexicon import COUNT_NOUNS, FUTURE_CUES, MONTHS, WEEKDAYS, words
from .numbers import parse_number
from .timex_resolve import (
    century_year,
    interval,
    iso_week,
    make_date,
    month_first,
    month_year_for,
    shift,
    weekday_near,
    year_for,
    year_matching_weekday,
)

_TOD_CODE = {
    "pagi": "TMO", "subuh": "TMO", "shubuh": "TMO", "dini hari": "TMO",
    "siang": "TAF", "tengah hari": "TAF", "zuhur": "TAF", "dzuhur": "TAF", "lohor": "TAF",
    "sore": "TAF", "ashar": "TAF", "asar": "TAF",
    "petang": "TEV", "maghrib": "TEV", "magrib": "TEV",
    "malam": "TNI", "isya": "TNI", "tengah malam": "TNI",
}
_UNIT = {"detik": ("S", True), "menit": ("M", True), "jam": ("H", True), "hari": ("D", False),
         "minggu": ("W", False), "pekan": ("W", False), "bulan": ("M", False), "tahun": ("Y", False),
         "dekade": ("DE", False), "dasawarsa": ("DE", False), "windu": ("Y8", False), "abad": ("CE", False)}
_SE = {"sedetik": "detik", "semenit": "menit", "sejam": "jam", "sehari": "hari", "seminggu": "minggu",
       "sepekan": "pekan", "sebulan": "bulan", "setahun": "tahun", "sewindu": "windu",
       "sedekade": "dekade", "seabad": "abad"}
_POS = {"awal": "START", "pertengahan": "MID", "medio": "MID", "akhir": "END", "penghujung": "END"}
_QMOD = {"sekitar": "APPROX", "hampir": "APPROX", "nyaris": "APPROX", "kira-kira": "APPROX",
         "kurang lebih": "APPROX", "lebih dari": "MORE_THAN", "kurang dari": "LESS_THAN",
         "sedikitnya": "EQUAL_OR_MORE", "setidaknya": "EQUAL_OR_MORE"}
# "dulu" is "in the past" after a pronoun or "sejak"/"zaman" ("saya dulu bekerja"), and
# "first" after a verb ("kita lihat dulu"): only the former is a time expression.
_DULU_BEFORE = words("saya aku kami kita dia ia beliau mereka anda kamu sejak zaman masa dari")
_VAGUE_NUM = {"beberapa", "belasan", "puluhan", "ratusan", "ribuan"}
_WORD = re.compile(r"[\w'’-]+")
_SPACES = re.compile(r"\s+")


@dataclass
class Ctx:
    text: str
    ref: date | None
    anchor: date | None  # last day-level date mentioned


def _low(s: str | None) -> str:
    return _SPACES.sub(" ", s.lower()) if s else ""


def _tod(s: str | None) -> str | None:
    if not s:
        return None
    words = _low(s).split()
    key = " ".join(words[-2:]) if " ".join(words[-2:]) in _TOD_CODE else words[-1]
    return _TOD_CODE.get(key)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?\n\"“”(:"


def _future_before(text: str, start: int) -> bool:
    words = _WORD.findall(text[max(0, start - 40):start].lower())
    return any(w in FUTURE_CUES for w in words[-4:])


def _since_before(text: str, start: int) -> bool:
    return text[max(0, start - 6):start].lower().rstrip().endswith("sejak")


def _expr(ctx: Ctx, s: int, e: int, type_: str, value: str, gran: str, mod: str | None = None,
          anchored: bool = False) -> TimeExpr:
    lo, hi = interval(value, mod)
    if mod is None and _since_before(ctx.text, s):
        mod = "SINCE"
    return TimeExpr(start=s, end=e, text=ctx.text[s:e], type=type_, value=value, granularity=gran,
                    date_start=lo, date_end=hi, mod=mod, anchored=anchored)


def _day_value(d: date | None, tod: str | None = None, hh: str | None = None, mm: str | None = None,
               ctod: str | None = None, unknown: str = "XXXX-XX-XX") -> tuple[str, str, str]:
    """(value, type, granularity) for a day plus an optional clock or part of the day;
    ``unknown`` is the value of a day that cannot be resolved (no reference date)."""
    base = unknown if d is None else d.isoformat()
    if hh is not None:
        h = int(hh)
        if ctod in ("TAF", "TEV", "TNI") and h < 12 and not (ctod == "TNI" and h < 4):
            h += 12
        return f"{base}T{h:02d}:{mm or '00'}", "TIME", "time"
    if tod:
        return f"{base}{tod}", "TIME", "time"
    return base, "DATE", "day"


# ---------------------------------------------------------------------------
# Handlers: (match, ctx) -> expressions


def h_date(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    text, ref = ctx.text, ctx.ref
    wd, suf = m.group("wd"), _low(m.group("suf"))
    nd = m.group("nd") or m.group("nd2") or m.group("nd3")
    if m.group("iso"):
        y_, mo_, d_ = (int(x) for x in m.group("iso").split("-"))
        nd = f"{d_}/{mo_}/{y_}"  # 2020-11-10 (wire copy, ISO)
    dm = m.group("dm") or m.group("dm2") or m.group("ed")  # ed: "November 10, 2020"
    dmon = m.group("dmon") or m.group("dmon2") or m.group("emon")
    dy = m.group("dy") or m.group("dy2") or m.group("ey")
    future = suf in ("depan", "mendatang", "nanti") or _future_before(text, m.start())
    tense: bool | None = True if future else (False if suf in ("lalu", "yang lalu", "silam", "kemarin") else None)
    d: date | None = None
    unknown = "XXXX-XX-XX"
    anchored = False
    if nd:
        parts = [int(x) for x in nd.split("/")]
        if len(parts) == 2 and wd and ref is not None and month_first(parts[0], parts[1], WEEKDAYS[wd.lower()], ref):
            parts.reverse()
        if not (1 <= parts[1] <= 12 and 1 <= parts[0] <= 31):  # "(24/13)" is a score or a ratio, not a date
            return []
        if len(parts) == 3:
            y = parts[2] if parts[2] >= 100 else century_year(parts[2], ref)
        elif ref is not None:
            y = year_for(parts[1], parts[0], ref, tense)
            if wd:
                y = year_matching_weekday(parts[1], parts[0], WEEKDAYS[wd.lower()], ref, y)
            anchored = True
        else:
            y = None
        d = make_date(y, parts[1], parts[0]) if y else None
        if d is None and y is not None:
            return []
        unknown = f"XXXX-{parts[1]:02d}-{parts[0]:02d}"
    elif dm:
        mon = MONTHS.get(dmon.lower().rstrip("."))
        if mon is None:
            return []
        if dy:
            d = make_date(int(dy), mon, int(dm))
        elif ref is not None:
            y = year_for(mon, int(dm), ref, tense)
            if wd:
                y = year_matching_weekday(mon, int(dm), WEEKDAYS[wd.lower()], ref, y)
            d = make_date(y, mon, int(dm))
            anchored = True
        if d is None and (dy or ref):
            return []
        unknown = f"XXXX-{mon:02d}-{int(dm):02d}"
    elif m.group("donly"):
        base = ctx.anchor or ref
        if base is None:
            return []
        d = make_date(base.year, base.month, int(m.group("donly")))
        if d is not None and d > base and not future:
            d = make_date(base.year - (base.month == 1), (base.month - 2) % 12 + 1, int(m.group("donly")))
        anchored = True
    elif wd:
        if wd[0].islower() or text[max(0, m.start("wd") - 6):m.start("wd")].rstrip().lower().endswith("pasar"):
            return []  # lower case, or the place "Pasar Minggu"
        if wd.lower() == "minggu" and (suf in ("ini", "lalu", "depan", "yang lalu", "kemarin", "mendatang")
                                       and _sentence_initial(text, m.start("wd"))):
            return []  # "Minggu lalu" opening a sentence: the week (PERIOD handles it)
        if ref is not None:
            if suf.startswith(("pekan", "minggu")):  # "Senin pekan lalu": that week's Monday
                step = {"ini": 0, "depan": 1, "mendatang": 1}.get(suf.split()[-1], -1)
                monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * step)
                d = monday + timedelta(days=WEEKDAYS[wd.lower()])
            elif suf in ("depan", "mendatang"):
                d = weekday_near(ref, WEEKDAYS[wd.lower()], +1, inclusive=False)
            elif future and suf not in ("lalu", "kemarin", "yang lalu", "silam"):
                d = weekday_near(ref, WEEKDAYS[wd.lower()], +1, inclusive=True)
            else:
                d = weekday_near(ref, WEEKDAYS[wd.lower()], -1,
                                 inclusive=suf not in ("lalu", "yang lalu", "silam"))
            anchored = True
    else:
        return []
    tod = _tod(m.group("tod2") or m.group("tod"))
    value, type_, gran = _day_value(d, tod, m.group("hh"), m.group("mm"), _tod(m.group("ctod")) or tod, unknown)
    if d is not None:
        ctx.anchor = d
    s = m.start()
    if _low(m.group("pq")) == "sekitar":
        mod = "APPROX"
    else:
        mod = None
    return [_expr(ctx, s, m.end(), type_, value, gran, mod, anchored)]


def h_day_range(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    """"16-22 Januari 2018", "18 Agustus - 2 September": one expression over the days."""
    ref = ctx.ref
    m2 = MONTHS.get(m.group("m2").lower().rstrip("."))
    m1 = MONTHS.get(m.group("m1").lower().rstrip(".")) if m.group("m1") else m2
    if m1 is None or m2 is None:
        return []
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if m.group("y2"):
        y2 = int(m.group("y2"))
    elif ref is not None:
        y2 = year_for(m2, d2, ref, True if _future_before(ctx.text, m.start()) else None)
    else:
        return []
    y1 = int(m.group("y1")) if m.group("y1") else (y2 - 1 if m1 > m2 else y2)
    lo, hi = make_date(y1, m1, d1), make_date(y2, m2, d2)
    if lo is None or hi is None or hi < lo:
        return []
    e = _expr(ctx, m.start(), m.end(), "DATE", lo.isoformat(), "day", anchored=not m.group("y2"))
    e.date_end = hi.isoformat()
    ctx.anchor = lo
    return [e]


_ORD = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def h_quarter(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    """"kuartal ketiga 2017" -> 2017-Q3, "semester pertama tahun ini" -> 2020-H1."""
    n_s = m.group("n").lower()
    n = _ORD.get(n_s) or int(n_s)
    half = m.group("kind").lower() == "semester"
    if half and n > 2:
        return []
    if m.group("y"):
        y: int | None = int(m.group("y"))
    elif ctx.ref is not None:
        y = ctx.ref.year + {"lalu": -1, "depan": 1}.get(_low(m.group("rel")), 0)
    else:
        y = None
    value = f"{y if y else 'XXXX'}-{'H' if half else 'Q'}{n}"
    return [_expr(ctx, m.start(), m.end(), "DATE", value, "month", anchored=not m.group("y"))]


def h_clock(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    base = ctx.anchor or ctx.ref
    if int(m.group("hh")) > 24:
        return []
    value, type_, gran = _day_value(base, None, m.group("hh"), m.group("mm"), _tod(m.group("ctod")))
    mod = _QMOD.get(_low(m.group("q")))
    return [_expr(ctx, m.start(), m.end(), type_, value, gran, mod, anchored=True)]


def _n_value(s: str) -> float | None:
    low = _low(s)
    if low in _VAGUE_NUM:
        return None
    if "," in low and low.replace(",", "").isdigit():
        return float(low.replace(",", "."))  # "37,467 detik": a decimal comma before a time unit
    return parse_number(low)


def _period(n: float | None, unit_word: str) -> str:
    code, is_time = _UNIT[unit_word.lower()]
    if code == "Y8":
        code, n = "Y", None if n is None else n * 8
    if n is None:
        num = "X"
    elif n != int(n):  # halves: one unit down
        lower = {"D": (24, "H", True), "Y": (12, "M", False), "H": (60, "M", True), "M": (30, "D", False),
                 "W": (7, "D", False)}.get(code)
        if lower is None:
            num = f"{n:g}"
        else:
            factor, code, is_time = lower
            num = f"{n * factor:g}"
    else:
        num = str(int(n))
    return f"P{'T' if is_time else ''}{num}{code}"


def h_duration(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    if _in_statute(ctx.text, m.start(), m.end()):
        return []  # "Nomor 7 Tahun 2017": a statute, not seven years
    ref = ctx.ref
    n: float | None
    if m.group("se"):
        unit_word, n = _SE[m.group("se").lower()], 1.0
    else:
        unit_word = m.group("u")  # "tiga Minggu" too is a count of weeks
        n = _n_value(m.group("n"))
        if n is None and _low(m.group("n")) not in _VAGUE_NUM:
            return []
    rel = _low(m.group("rel"))
    mod = _QMOD.get(_low(m.group("q")))
    code = _UNIT[unit_word.lower()][0]
    if rel in ("lalu", "yang lalu", "silam", "kemudian", "lagi", "mendatang", "setelahnya", "sesudahnya",
               "berikutnya", "sebelumnya") and n is not None and code in ("D", "W", "M", "Y"):
        sign = -1 if rel in ("lalu", "yang lalu", "silam", "sebelumnya") else 1
        base = ctx.anchor if rel in ("kemudian", "setelahnya", "sesudahnya", "berikutnya", "sebelumnya") else ref
        if base is None:
            return [_expr(ctx, m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ref", mod)]
        try:
            d = shift(base, sign * n, code)
        except (ValueError, OverflowError):  # "3310 tahun lalu": a model number, not a date
            return []
        # "sepekan lalu", "seminggu lalu": one week ago, a day (not the calendar week before, as
        # "pekan lalu" is)
        one_week_ago = code == "W" and m.group("se") is not None and sign < 0
        if rel in ("kemudian", "setelahnya", "sesudahnya", "berikutnya", "sebelumnya") or code == "D" or one_week_ago:
            value, gran = d.isoformat(), "day"
            ctx.anchor = d
        elif code == "W":
            value, gran = iso_week(d), "week"
        elif code == "M":
            value, gran = d.isoformat()[:7], "month"
        else:
            value, gran = str(d.year), "year"
        return [_expr(ctx, m.start(), m.end(), "DATE", value, gran, mod, anchored=True)]
    if rel in ("lalu", "yang lalu", "silam", "kemudian", "lagi"):
        return [_expr(ctx, m.start(), m.end(), "DATE", "PAST_REF" if rel != "lagi" else "FUTURE_REF", "ref", mod)]
    if rel in ("terakhir", "belakangan") and n is not None and code in ("D", "W", "M", "Y") and ref is not None:
        # "dalam sepekan terakhir", "dua hari terakhir": the days from that long ago up to the page's day
        try:
            lo = shift(ref, -n, code)
        except (ValueError, OverflowError):
            return []
        e = _expr(ctx, m.start(), m.end(), "DATE", lo.isoformat(), "day", mod, anchored=True)
        e.date_end = ref.isoformat()
        return [e]
    return [_expr(ctx, m.start(), m.end(), "DURATION", _period(n, unit_word), "duration", mod)]


def h_duration_range(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    u = m.group("u")
    first = _expr(ctx, m.start("n1"), m.end("n1"), "DURATION", _period(float(m.group("n1")), u), "duration")
    second = _expr(ctx, m.start("n2"), m.end(), "DURATION", _period(float(m.group("n2")), u), "duration")
    return [first, second]


def h_vague_duration(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    ru = m.group("ru")
    rel = _low(m.group("vrel"))
    if ru:
        code, is_time = _UNIT[ru.lower()]
        value = f"P{'T' if is_time else ''}X{code}"
    elif "dekat" in m.group().lower():
        return [_expr(ctx, m.start(), m.end(), "DATE", "FUTURE_REF", "ref")]
    elif rel:
        return [_expr(ctx, m.start(), m.end(), "DATE", "FUTURE_REF" if rel == "lagi" else "PAST_REF", "ref")]
    else:
        value = "PXX"
    return [_expr(ctx, m.start(), m.end(), "DURATION", value, "duration")]


def h_month(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    mon_s = m.group("mon")
    if not m.group("head") and not mon_s[0].isupper():
        return []
    if mon_s.lower() == "mei" and not (m.group("head") or m.group("y") or m.group("rel") or m.group("pos")):
        return []  # "Mei" alone is too often a name
    mon = MONTHS[mon_s.lower()]
    rel = _low(m.group("rel"))
    ref = ctx.ref
    mod = _POS.get(_low(m.group("pos")))
    if m.group("y"):
        y: int | None = int(m.group("y"))
    elif ref is None:
        y = None
    elif rel in ("tahun lalu",):
        y = ref.year - 1
    elif rel in ("tahun depan",):
        y = ref.year + 1
    elif rel in ("tahun ini",):
        y = ref.year
    elif rel in ("lalu", "yang lalu", "silam", "kemarin"):
        y = ref.year if mon < ref.month else ref.year - 1
    elif rel in ("depan", "mendatang"):
        y = ref.year if mon > ref.month else ref.year + 1
    else:
        future = _future_before(ctx.text, m.start())
        since = _since_before(ctx.text, m.start())
        y = month_year_for(mon, ref, True if future else (False if since else None))
    value = f"{y:04d}-{mon:02d}" if y else f"XXXX-{mon:02d}"
    return [_expr(ctx, m.start(), m.end(), "DATE", value, "month", mod, anchored=not m.group("y"))]


_STATUTE = re.compile(r"\b(?:nomor|no\.?|nomer|uu|pp|perpres|perppu|perpu|perda|perkap|perkada|pergub|perbup|perwal|"
                      r"keppres|inpres|permen\w*|kepmen\w*|se|sk)\s*\d+[a-z]?\s*(?:tahun\s+|/\s*)\d{4}\b", re.IGNORECASE)


# what every statute reference contains: its number and year ("7 Tahun 2017", "43/2018"); a search
# for this starts only at digits, and without it the whole pattern (tried at every letter) cannot match
_STATUTE_NUMBER = re.compile(r"\d+(?i:[a-z])?\s*(?:(?i:tahun)\s+|/\s*)\d{4}\b")


def _in_statute(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a statute's number and year ("Nomor 7 Tahun 2017")."""
    a, b = max(0, start - 30), min(len(text), end + 10)
    if _STATUTE_NUMBER.search(text, a, b) is None:
        return False
    for st in _STATUTE.finditer(text, a, b):
        if st.start() < end and start < st.end():
            return True
    return False
_PLATE_BEFORE = re.compile(r"(?:^|\s)[A-Z]{1,2}\s$")
_PLATE_AFTER = re.compile(r"\s[A-Z]{1,3}\b")


def h_year(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    text = ctx.text
    mod = _POS.get(_low(m.group("pos")))
    head = _low(m.group("head"))
    if mod is None and head == "sekitar tahun":
        mod = "APPROX"
    if m.group("dec"):
        dec = int(m.group("dec"))
        return [_expr(ctx, m.start(), m.end(), "DATE", f"19{dec // 10}", "decade", mod)]
    y = m.group("y")
    if _in_statute(text, m.start(), m.end()):
        return []  # a statute's number: "UU Nomor 7 Tahun 2017 tentang Pemilu", "PP 43 tahun 2018"
    if m.group("an"):
        return [_expr(ctx, m.start(), m.end(), "DATE", y[:3], "decade", mod)]
    if not head and not mod:
        after = _WORD.match(text, m.end() + 1) if m.end() < len(text) and text[m.end()] == " " else None
        before = text[max(0, m.start() - 12):m.start()].lower().split()
        if after and (after.group().lower() in COUNT_NOUNS):
            return []
        if before and before[-1] in ("no", "no.", "nomor", "kode", "rp", "sebanyak", "sekitar", "+", "nomer"):
            return []
        if _PLATE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _PLATE_AFTER.match(text, m.end()):
            return []  # a number plate: "pelat nomor B 1937 UZQ"
    if m.group("y2"):
        y2 = m.group("y2")
        if int(y2) <= int(y):
            return []
        e = _expr(ctx, m.start(), m.end(), "DATE", y, "year", mod)
        e.date_end = interval(y2)[1]
        return [e]
    return [_expr(ctx, m.start(), m.end(), "DATE", y, "year", mod)]


def h_period(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    unit = m.group("unit")
    rel = _low(m.group("rel")) or "ini"  # "sejak awal tahun": this one
    mod = _POS.get(_low(m.group("pos")))
    if unit == "Minggu" and not _sentence_initial(ctx.text, m.start("unit")) and not m.group("pos"):
        return []  # "Minggu lalu" mid-sentence: Sunday (DATE handles it)
    ref = ctx.ref
    step = {"ini": 0, "lalu": -1, "kemarin": -1, "yang lalu": -1, "silam": -1, "sebelumnya": -1,
            "depan": 1, "mendatang": 1, "berikutnya": 1}[rel]
    u = unit.lower()
    weekend = u in ("pekan", "minggu") and _low(m.group("pos")) == "akhir"
    if ref is None:
        value = "PRESENT_REF" if step == 0 else ("PAST_REF" if step < 0 else "FUTURE_REF")
        return [_expr(ctx, m.start(), m.end(), "DATE", value, "ref")]
    if u in ("pekan", "minggu"):
        value = iso_week(ref + timedelta(days=7 * step)) + ("-WE" if weekend else "")
        gran = "week"
        mod = None if weekend else mod
    elif u == "bulan":
        d = shift(ref, step, "M")
        value, gran = d.isoformat()[:7], "month"
    elif u == "tahun":
        value, gran = str(ref.year + step), "year"
    else:
        value, gran = str(ref.year // 10 + step), "decade"
    return [_expr(ctx, m.start(), m.end(), "DATE", value, gran, mod, anchored=True)]


def h_phrase(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    kind, arg = P.DEICTIC[_low(m.group())]
    ref, s, e = ctx.ref, m.start(), m.end()
    if kind == "ref":
        return [_expr(ctx, s, e, "DATE", arg, "ref")]
    if kind == "past_dulu":
        nxt = ctx.text[e:e + 2]
        prev = ctx.text[max(0, s - 9):s].lower().split()
        if not prev or prev[-1] not in _DULU_BEFORE or len(nxt) < 2 or nxt[0] != " " or not nxt[1].islower():
            return []  # "ketemu dulu," = first; "dulu di ..." = in the past
        return [_expr(ctx, s, e, "DATE", "PAST_REF", "ref")]
    if kind == "season":
        return [_expr(ctx, s, e, "DATE", f"{ref.year if ref else 'XXXX'}-{arg}", "month", anchored=True)]
    if kind == "weekend":
        if ref is None:
            return []
        return [_expr(ctx, s, e, "DATE", iso_week(ref) + "-WE", "week", anchored=True)]
    if kind == "anchor":
        base = ctx.anchor or ref
        value, type_, gran = _day_value(base)
        return [_expr(ctx, s, e, type_, value, gran, anchored=True)]
    offset, _, tod = arg.partition(":")
    d = ref + timedelta(days=int(offset)) if ref else None
    value, type_, gran = _day_value(d, tod or None)
    if d is not None:
        ctx.anchor = d
    return [_expr(ctx, s, e, type_, value, gran, anchored=True)]


def h_tod(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    rel = _low(m.group("rel"))
    base = ctx.ref if rel in ("ini", "tadi", "nanti") else (ctx.anchor or ctx.ref)
    value, type_, gran = _day_value(base, _tod(m.group("tod")))
    return [_expr(ctx, m.start(), m.end(), type_, value, gran, anchored=True)]


def h_set(m: re.Match[str], ctx: Ctx) -> list[TimeExpr]:
    if m.group("wd"):
        return [_expr(ctx, m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}", "day")]
    u = m.group("u").lower()
    value = {"hari": "P1D", "minggu": "P1W", "pekan": "P1W", "bulan": "P1M", "tahun": "P1Y",
             "malam": "TNI", "pagi": "TMO"}[u]
    return [_expr(ctx, m.start(), m.end(), "SET", value, "duration")]
