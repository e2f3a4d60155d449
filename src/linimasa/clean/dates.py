"""Calendar dates as Indonesian (and English) news pages write them, for metadata only.

The language layer has its own, richer time expressions; this module finds the few forms
that carry a page's publication date: "Rabu (25/11/2020)", "Senin, 29 Desember 2014",
"12 Mar 2025 14:20 WIB", "10/03/2025, 07:15", "March 16, 2025", "2025-03-10", URL paths.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..nlp.lexicon import MONTHS as LEXICON_MONTHS

# The language layer's month table, plus short forms seen only in page date stamps.
MONTHS = {**LEXICON_MONTHS, "ags": 8, "nop": 11}
WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

WEEKDAY_NUMBER = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(WEEKDAYS)
# "Rabu (25/11/2020)", "Rabu (25/11)"
PAREN = re.compile(rf"\b(?P<wd>{_DAY})\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\s*\)", re.IGNORECASE)
# "Senin, 29 Desember 2014", "Rabu 30 September 2020", "12 Mar 2025"
WORDY = re.compile(rf"(?:\b(?P<wd>{_DAY})\s*,?\s*)?\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
# "March 16, 2025"
ENGLISH = re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\b")
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)")
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)|/(?P<y2>(?:19|20)\d\d)(?P<m2>\d\d)(?P<d2>\d\d)\d*[-/]")
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC|am|pm)?\b|\b(?:WIB|WITA|WIT|GMT|UTC|am|pm)\b", re.IGNORECASE)


@dataclass
class DateHit:
    iso: str
    start: int
    end: int
    weekday: bool  # written with its weekday ("Rabu (25/11/2020)", "Senin, 29 Desember 2014")
    form: str  # paren | wordy | english | numeric | iso
    weekday_ok: bool = True  # the written weekday is the date's real weekday


def _iso(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 2000
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (PAREN, "paren"), (WORDY, "wordy"), (ENGLISH, "english"), (ISO, "iso"), (NUMERIC, "numeric"),
)


def _hit(m: re.Match[str], form: str, offset: int) -> DateHit | None:
    g = m.groupdict()
    if form == "paren" and not g.get("y"):
        return None
    month = int(g["m"]) if g.get("m") else MONTHS[g["mon"].lower()]
    iso = _iso(int(g["y"]), month, int(g["d"]))
    if iso is None:
        return None
    weekday = form == "paren" or (form == "wordy" and bool(g.get("wd")))
    ok = True
    if weekday:
        wd = WEEKDAY_NUMBER.get(g["wd"].lower())
        ok = wd is None or dt.date.fromisoformat(iso).weekday() == wd
    return DateHit(iso, m.start() + offset, m.end() + offset, weekday, form, ok)


def find_dates(text: str) -> list[DateHit]:
    """Every full date (with a year) in ``text``, in order. The date regexes run only on
    a window around each four-digit year, which keeps this cheap on long text."""
    hits: list[DateHit] = []
    for y in _YEAR.finditer(text):
        lo = max(0, y.start() - 45)
        window = text[lo: y.end() + 7]
        for pat, form in _FORMS:
            for m in pat.finditer(window):
                h = _hit(m, form, lo)
                if h and h.start <= y.start() < h.end and not any(
                    o.start < h.end and h.start < o.end for o in hits
                ):
                    hits.append(h)
    hits.sort(key=lambda h: h.start)
    return hits


def url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = URL_DATE.search(url)
    if not m:
        return None
    if m.group("y"):
        return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _iso(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))


def normalise_date(value: str | None) -> str | None:
    """A date given by a container or HTML meta ("2025-03-20T19:05:12+07:00",
    "20/03/2025", "Kamis, 20 Maret 2025") -> ISO day, or None."""
    if not value:
        return None
    hits = find_dates(value)
    return hits[0].iso if hits else None


# words a page's date stamp may carry beside the date: "Update : 12.01.2027", "Diperbarui", a byline's role
_STAMP_WORDS = frozenset({"update", "updated", "diperbarui", "diperbaharui", "diunggah", "dipublikasikan", "terbit",
                          "published", "jurnalis", "reporter", "wartawan", "kontributor"})
_BYLINE_SEP = re.compile(r"\s[|·•]\s")
_DOMAIN_WORD = re.compile(r"\b[A-Za-z][\w-]*\.(?:com|co|id|net|org|news|tv)(?:\.[a-z]{2})?\b", re.IGNORECASE)


def is_datestamp(line: str) -> bool:
    """A line that is only a date and time, perhaps with an outlet name and separators:
    "Senin, 10 Maret 2025 | 07:15 WIB", "Kompas.com - 10/03/2025, 07:15 WIB"; or a byline
    before it, a name set off by "|" or "·" ("Mohamed Dhaysane | 12.01.2027 - Update : 12.01.2027",
    "Erha Ramadhoni, Jurnalis · Selasa 12 Januari 2027 14:02 WIB")."""
    hits = find_dates(line)
    if not hits or len(line) > 100:
        return False
    rest = line
    for h in reversed(hits):
        rest = rest[: h.start] + " " + rest[h.end:]
    rest = TIME.sub(" ", rest)
    rest = re.sub(rf"\b(?:{_DAY})\b", " ", rest, flags=re.IGNORECASE)
    # an outlet's domain is one name, not two words ("Tempo.co | Foto | Senin, 29 November 2027")
    rest = _DOMAIN_WORD.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w.lower() not in _STAMP_WORDS]
    if len(words) <= 2:
        return len(line) <= 80
    sep = _BYLINE_SEP.search(line)
    if sep is None or sep.start() > hits[0].start:
        return False
    byline = [w for w in re.findall(r"[^\W\d_]{2,}", line[: sep.start()]) if w.lower() not in _STAMP_WORDS]
    return len(byline) == len(words) and 1 <= len(byline) <= 4 and all(w[0].isupper() for w in byline)
