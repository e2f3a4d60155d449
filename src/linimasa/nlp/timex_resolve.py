"""Calendar arithmetic for time expressions: weekdays, month shifts, ISO weeks, and the
calendar interval a TimeML value stands for."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_FUTURE_COST = 3  # a later occurrence counts three times its distance
_PART = re.compile(r"^(\d{4})-([QH])([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")


def make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (D, W, M, Y, H, MIN); hours and minutes move whole days."""
    if unit == "D":
        return d + timedelta(days=round(n))
    if unit == "W":
        return d + timedelta(days=round(7 * n))
    if unit == "M":
        return add_months(d, round(n))
    if unit == "Y":
        return add_months(d, round(12 * n))
    if unit == "H":
        return d + timedelta(days=int(n // 24))
    return d


def weekday_near(ref: date, weekday: int, direction: int, inclusive: bool) -> date:
    """The ``weekday`` nearest ``ref`` going back (direction -1) or forward (+1)."""
    delta = (ref.weekday() - weekday) % 7 if direction < 0 else (weekday - ref.weekday()) % 7
    if delta == 0 and not inclusive:
        delta = 7
    return ref - timedelta(days=delta) if direction < 0 else ref + timedelta(days=delta)


def _nearest_year(ref: date, future: bool | None, diff_of: Callable[[int], int]) -> int:
    """The year ``y`` near ``ref`` whose signed distance ``diff_of(y)`` is smallest, a later
    one counting three times; ``future=True`` keeps only diffs >= 0, ``False`` only <= 0."""
    best: tuple[float, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        diff = diff_of(y)
        if (future is True and diff < 0) or (future is False and diff > 0):
            continue
        cost = _FUTURE_COST * diff if diff > 0 else -diff
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else ref.year


def year_for(month: int, day: int, ref: date, future: bool | None) -> int:
    """The year for a day/month written without one: the occurrence nearest ``ref``,
    a later one counting three times (news reports the past more than it announces);
    ``future=True`` forces at/after ``ref``, ``future=False`` at/before."""

    return _nearest_year(ref, future, lambda y: _days_from(ref, y, month, day))


def _days_from(ref: date, y: int, month: int, day: int) -> int:
    """Days from ``ref`` to day/month of year ``y`` (the 28th when the month is shorter)."""
    cand = make_date(y, month, day) or make_date(y, month, 28)
    assert cand is not None
    return (cand - ref).days


def year_matching_weekday(month: int, day: int, weekday: int, ref: date, default: int) -> int:
    """``default``, unless another year near ``ref`` puts day/month on the written weekday."""
    d = make_date(default, month, day)
    if d is None or d.weekday() == weekday or abs((d - ref).days) <= 45:
        return default  # (a date of the last weeks with a slip in its weekday: that date, not one a year off)
    for y in (ref.year, ref.year - 1, ref.year + 1):
        c = make_date(y, month, day)
        if c is not None and c.weekday() == weekday:
            return y
    return default


def month_first(first: int, second: int, weekday: int, ref: date) -> bool:
    """Whether "Sabtu (6/3)" is month/day, as copy translated from English wires writes it: read
    day/month it falls on another weekday and months from the report, read month/day it is that
    weekday within the two weeks before the report."""
    if not (1 <= first <= 12 and 1 <= second <= 12):
        return False
    dm = make_date(year_for(second, first, ref, None), second, first)
    md = make_date(ref.year, first, second)
    if md is None or md.weekday() != weekday or not 0 <= (ref - md).days <= 14:
        return False
    return dm is None or (dm.weekday() != weekday and abs((dm - ref).days) > 14)


def month_year_for(month: int, ref: date, future: bool | None) -> int:
    """The year for a month written without one, by the same rule as :func:`year_for`."""
    return _nearest_year(ref, future, lambda y: (y * 12 + month) - (ref.year * 12 + ref.month))


def century_year(yy: int, ref: date | None) -> int:
    """A two-digit year: the century that does not put it more than a year ahead."""
    base = (ref.year if ref else date.today().year)
    y = 2000 + yy
    return y if y <= base + 1 else 1900 + yy


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def interval(value: str, mod: str | None = None) -> tuple[str | None, str | None]:
    """The inclusive ISO-day interval a TimeML value denotes (narrowed by START/MID/END)."""
    m = _DAY.match(value)
    if m:
        return value[:10], value[:10]
    lo: date | None = None
    hi: date | None = None
    if (m := _MONTH.match(value)):
        y, mo = int(m.group(1)), int(m.group(2))
        lo, hi = date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    elif (m := _YEAR.match(value)):
        y = int(m.group(1))
        lo, hi = date(y, 1, 1), date(y, 12, 31)
    elif (m := _DECADE.match(value)):
        y = int(m.group(1)) * 10
        lo, hi = date(y, 1, 1), date(y + 9, 12, 31)
    elif (m := _PART.match(value)):
        y, n = int(m.group(1)), int(m.group(3))
        months = 3 if m.group(2) == "Q" else 6
        first = (n - 1) * months + 1
        last = first + months - 1
        lo, hi = date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
    elif (m := _WEEK.match(value)):
        lo = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
        hi = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
    if lo is None or hi is None:
        return None, None
    if mod in ("START", "MID", "END") and (hi - lo).days >= 6:
        third = ((hi - lo).days + 1) // 3
        if mod == "START":
            hi = lo + timedelta(days=third - 1)
        elif mod == "MID":
            lo, hi = lo + timedelta(days=third), lo + timedelta(days=2 * third - 1)
        else:
            lo = hi - timedelta(days=third - 1)
    return lo.isoformat(), hi.isoformat()
