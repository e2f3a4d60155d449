"""Time expressions: find them and normalise them to TimeML TIMEX3 values.

Pure compiled regexes and tables (:mod:`.timex_patterns`), no general date parser.
Values follow IndoTimex/TimeML: ``2020-11-25`` (day), ``2020-11`` (month), ``2020``
(year), ``194`` (decade), ``2020-W47`` (week), ``2020-W47-WE`` (weekend),
``2020-11-25T15:30`` (clock), ``2020-11-25TAF`` (part of day: TMO morning, TAF
afternoon/siang, TEV evening/petang, TNI night), ``2014-WI`` (season), ``P44D``/``PT2H``/
``PXY`` (durations), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.

Resolution, relative to ``reference`` (the publication date):

- a weekday alone is the nearest such day at or before the reference (the same day
  counts); ``lalu`` makes it strictly before; ``depan``/``mendatang`` or a future cue
  just before it (``akan``, ``dijadwalkan``...) the nearest at/after;
- a day and month (or a month) without a year take the occurrence nearest the reference,
  a later one counting three times its distance -- so "27 November" a week ahead stays in
  this year, "9 Maret" in November is last March; a future cue forces at/after, ``lalu``
  or ``sejak`` at/before; a written weekday picks the year whose calendar fits it
  ("Senin (9/3)"); an explicit numeric date beats its weekday;
- ``Minggu`` is Sunday when capitalised mid-sentence or followed by a date, a week after a
  number (``dua minggu``) or with ``lalu``/``depan``/``ini`` in lower case or at the start
  of a sentence;
- clock times, parts of the day alone, ``hari itu`` and ``N hari kemudian`` are anchored on
  the last day-level date mentioned before them (the reference at first);
- ``sejak`` before an expression sets ``mod=SINCE``; ``awal``/``pertengahan``/``akhir``
  set START/MID/END and narrow ``date_start``/``date_end`` to that third.

Without a reference, relative expressions keep their type but get ``XXXX-XX-XX`` style
values and no dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import chain

from ..model import Sentence, TimeExpr, Token
from . import timex_handlers as H
from . import timex_patterns as P
from .sentences import Words, tokenize
from .timex_resolve import make_date

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


_Handler = Callable[[re.Match[str], H.Ctx], list[TimeExpr]]
RULES: dict[str, tuple[re.Pattern[str], _Handler]] = {
    "date": (P.DATE, H.h_date),
    "day_range": (P.DAY_RANGE, H.h_day_range),
    "quarter": (P.QUARTER, H.h_quarter),
    "clock": (P.CLOCK_ALONE, H.h_clock),
    "duration_range": (P.DURATION_RANGE, H.h_duration_range),
    "duration": (P.DURATION, H.h_duration),
    "vague_duration": (P.VAGUE_DURATION, H.h_vague_duration),
    "period": (P.PERIOD, H.h_period),
    "month": (P.MONTH, H.h_month),
    "year": (P.YEAR, H.h_year),
    "phrase": (P.PHRASE, H.h_phrase),
    "tod": (P.TOD_ALONE, H.h_tod),
    "set": (P.SET, H.h_set),
}
_PRIORITY = {name: i for i, name in enumerate(P.RULE_ORDER)}
_Cand = tuple[int, int, int, str, re.Match[str]]


def _candidates(text: str, toks: list[Token], texts: list[str]) -> list[_Cand]:
    """Matches of every rule, tried only at anchor tokens (and a few tokens before them);
    ``texts``: the tokens' texts."""
    seen: set[tuple[int, int, str]] = set()
    out: list[_Cand] = []
    tries_of = _TRIES_OF
    for i, word in enumerate(texts):
        tries = tries_of[word]  # None at most tokens
        if not tries:
            continue
        anchor_start = toks[i].start
        for rule, back in tries:
            rx = RULES[rule][0]
            prefixes = P.PREFIXES.get(rule)
            j = i
            while True:
                m = rx.match(text, toks[j].start)
                if m is not None and m.end() > anchor_start and (m.start(), m.end(), rule) not in seen:
                    seen.add((m.start(), m.end(), rule))
                    out.append((m.start(), m.end(), _PRIORITY[rule], rule, m))
                j -= 1
                # walk back over tokens this rule may start with (digits count as numbers)
                if j < 0 or i - j > back or prefixes is None:
                    break
                low = texts[j].lower()
                if not (low in prefixes or low[0].isdigit() or P.DATE_TOKEN.match(low)):
                    break
    return out


def _tries_of(low: str) -> list[tuple[str, int]] | None:
    """The rules to try at a token (lower-cased), with how far back each may start."""
    tries = P.ANCHORS.get(low)
    if tries is not None:
        return tries
    c0 = low[0]
    if c0.isdigit():
        if P.DATE_TOKEN.match(low):
            return _DATE_TOKEN_TRIES
        if P.YEAR_TOKEN.match(low):
            return _YEAR_TRIES
        return _NUMBER_TRIES  # "10 November": the month token anchors it too
    if c0 == "b" and P.BER_TOKEN.match(low):
        return _BER_TRIES
    if "-" in low and low.split("-", 1)[0] in P.ANCHORS:
        return P.ANCHORS[low.split("-", 1)[0]]  # "Juni-Juli 2014", "Sabtu-Minggu": the first one
    return None


class _TriesCache(dict[str, list[tuple[str, int]] | None]):
    """The rules to try at a token, per word form (bounded): most words try nothing."""

    def __missing__(self, word: str) -> list[tuple[str, int]] | None:
        tries = _tries_of(word.lower())
        if len(self) < 100_000:
            self[word] = tries
        return tries


_TRIES_OF = _TriesCache()
_DATE_TOKEN_TRIES = [("date", 4)]
_YEAR_TRIES = [("year", 3), ("date", 0)]
_NUMBER_TRIES = [("date", 0)]
_BER_TRIES = [("vague_duration", 0)]


def find_timexes(text: str, reference: date | str | None, sentences: list[Sentence] | None = None,
                 words: Words | None = None) -> list[TimeExpr]:
    """Every time expression in ``text`` (offsets into it), normalised against ``reference``.

    ``sentences`` (from :func:`~linimasa.nlp.sentences.split_sentences` on the same text)
    saves tokenising the text again, and their :class:`~linimasa.nlp.sentences.Words` reading
    every token's text."""
    ref = _as_date(reference)
    toks = [t for s in sentences for t in s.tokens] if sentences is not None else tokenize(text)
    texts = list(chain.from_iterable(words.texts)) if words is not None else [t.text for t in toks]
    cands = _candidates(text, toks, texts)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # a handler is a function of its match and (text, ref, anchor), and may move the anchor: what
    # it gave on the probe (anchor = ref) is kept for the final pass when the anchor is ref again
    taken: list[tuple[_Cand, list[TimeExpr], date | None]] = []
    used = bytearray(len(text) + 1)
    probe = H.Ctx(text=text, ref=ref, anchor=ref)
    for c in cands:
        s, e = c[0], c[1]
        if any(used[s:e]):
            continue
        probe.anchor = ref
        found = RULES[c[3]][1](c[4], probe)
        if not found:
            continue
        used[s:e] = b"\x01" * (e - s)
        taken.append((c, found, probe.anchor))
    taken.sort(key=lambda t: t[0][0])
    ctx = H.Ctx(text=text, ref=ref, anchor=ref)
    out: list[TimeExpr] = []
    for c, found, after in taken:
        if ctx.anchor == ref:
            out.extend(found)
            ctx.anchor = after
        else:
            out.extend(RULES[c[3]][1](c[4], ctx))
    return out


def _as_date(reference: date | str | None) -> date | None:
    if reference is None or isinstance(reference, date):
        return reference
    m = _ISO_DAY.match(reference.strip())
    return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None

