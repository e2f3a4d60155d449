"""When: the event's date from time expressions, context, or the publication date.

1. the sentence's DATE/TIME expressions that have a calendar interval, nearest to the
   trigger (one stated before a post-posed attribution such as "kata X, Rabu (12/3)" wins
   over the statement date after it);
2. context: the last dated expression of the previous sentence, or of the two before it
   in the same paragraph;
3. the publication date (precision day).

``historical`` marks background: a date that ends more than 180 days before publication
("sejak 1991", "pada 1994"). Ranges keep both ends ("1992-1994" -> 1992-01-01 .. 1994-12-31);
``date_precision`` is the expression's granularity (day, week, month, year).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..model import TimeExpr

_PRECISION = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year",
              "decade": "year", "quarter": "month", "season": "month"}


@dataclass
class When:
    date_start: str | None
    date_end: str | None
    precision: str | None
    historical: bool
    timex: TimeExpr | None = None


def usable(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") and t.date_start is not None and t.granularity != "ref"


def _parse(d: str | None) -> date | None:
    if not d:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def from_timex(t: TimeExpr, published: str | None) -> When:
    pub = _parse(published)
    end = _parse(t.date_end) or _parse(t.date_start)
    hist = bool(pub and end and end < pub - timedelta(days=180))
    return When(t.date_start, t.date_end or t.date_start, _PRECISION.get(t.granularity, "day"), hist, t)


def pick(sentence_timexes: list[TimeExpr], trigger_pos: int, cutoff: int | None) -> TimeExpr | None:
    """The sentence's time expression for a trigger at char ``trigger_pos``; expressions at or
    after ``cutoff`` (a post-posed attribution) only when nothing comes before it."""
    cands = [t for t in sentence_timexes if usable(t)]
    if not cands:
        return None
    if cutoff is not None:
        before = [t for t in cands if t.start < cutoff]
        if before:
            cands = before
    return min(cands, key=lambda t: abs(t.start - trigger_pos))


def publication(published: str | None) -> When:
    if not published:
        return When(None, None, None, False)
    d = published[:10]
    return When(d, d, "day", False)
