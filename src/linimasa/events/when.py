"""When: the event's date from time expressions, context, or the publication date.

1. the time expression of the trigger's own clause, nearest to the trigger (one stated before
   a post-posed attribution such as "kata X, Rabu (12/3)" wins over the statement date after
   it; for non-speech events the attribution date is never used); a sentence-initial sourcing
   date ("Dikutip dari X, Rabu (22/1)") and a bare part of day ("pagi hari") are not the
   event's; an event inside a relative clause ("kesepakatan yang ditandatangani oleh X") never
   takes the main clause's date: with none of its own it gets NO date (null), since a wrong
   specific day is worse on a timeline than an unknown one;
2. context: the previous dated event of the paragraph / previous sentence, else the last
   dated expression of the previous sentence or the one before it in the same paragraph
   (not its attribution or sourcing date). A background date (more than 180 days old) only
   carries over when the sentence continues the past ("saat itu", "bermula", "kemudian") or
   when it is not a statement and the source sentence is not an aside ("pernah", "sebelumnya");
3. the article's narrative anchor: the first event dated by day that is not background;
4. the publication date (precision day).
"keesokan harinya"/"sehari kemudian" move a context or anchor date one day on; "di hari yang sama"
takes the last day told before it (not a statement's day).

``historical`` marks background: a date that ends more than 180 days before publication
("sejak 1991", "pada 1994"). Ranges keep both ends ("1992-1994" -> 1992-01-01 .. 1994-12-31);
``date_precision`` is the expression's granularity (day, week, month, year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from ..model import TimeExpr
from .words import REPORT_VERBS

_PRECISION: Final = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year",
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


# Sentence-initial sourcing ("Dikutip dari Reuters, Rabu (22/1/2025), ..."): its date is when the
# outlet read the source, not when the event happened.
_SOURCING: Final = frozenset({"dikutip", "dilansir", "melansir", "mengutip", "diberitakan", "dilaporkan", "menyadur", "disadur",
                       "lansir", "dinukil", "menukil"})
# "keesokan harinya", "sehari kemudian": the day after the narrative anchor.
NEXT_DAY: Final = (("keesokan", "harinya"), ("keesokan", "hari"), ("esok", "harinya"), ("sehari", "kemudian"),
            ("sehari", "setelahnya"), ("besoknya",))
# "di hari yang sama", "hari itu juga": the day last told in the story.
SAME_DAY: Final = (("hari", "yang", "sama"), ("hari", "itu", "juga"), ("malam", "itu", "juga"), ("malam", "yang", "sama"))
# Anaphora to a stated past time ("saat itu", "kala itu"): a background date may carry over.
PAST_ANAPHORA: Final = (("saat", "itu"), ("ketika", "itu"), ("kala", "itu"), ("waktu", "itu"), ("pada", "masa"),
                 ("tahun", "itu"), ("tahun", "tersebut"), ("kala", "tersebut"), ("saat", "tersebut"))


def _has(low: list[str], phrases: tuple[tuple[str, ...], ...], firsts: frozenset[str]) -> bool:
    """Whether ``low`` holds one of ``phrases`` (``firsts``: their first words)."""
    if firsts.isdisjoint(low):
        return False
    for p in phrases:
        n = len(p)
        for k in range(len(low) - n + 1):
            if low[k] == p[0] and tuple(low[k:k + n]) == p:
                return True
    return False


_NEXT_DAY_FIRST: Final = frozenset(p[0] for p in NEXT_DAY)
_PAST_ANAPHORA_FIRST: Final = frozenset(p[0] for p in PAST_ANAPHORA)


def next_day(low: list[str]) -> bool:
    return _has(low, NEXT_DAY, _NEXT_DAY_FIRST)


def day_before_opens(low: list[str]) -> bool:
    """"Sehari sebelumnya, di Mali tengah, militan menyerang ...": the day before the story's day
    (the time layer counts back from the last day told, which may be a later one)."""
    return low[:2] == ["sehari", "sebelumnya"]


_SAME_DAY_FIRST: Final = frozenset(p[0] for p in SAME_DAY)


def same_day(low: list[str]) -> bool:
    return _has(low, SAME_DAY, _SAME_DAY_FIRST)


# Background aspect: the sentence goes on about the past ("Konflik bermula dari ...", "pernah").
_BACKGROUND: Final = frozenset({"bermula", "berawal", "pernah", "sebelumnya", "dahulu", "dulu", "awalnya",
                         "semula", "silam", "kemudian", "lalu"})


_ASIDE: Final = frozenset({"sebelumnya", "pernah", "dahulu", "dulu", "silam"})


def aside(text: str) -> bool:
    """A sentence that mentions the past as an aside ("... sebelumnya pernah diteken pada 2010"):
    the narrative returns to the present after it."""
    return any(w.strip(",.;:") in _ASIDE for w in text.lower().split())


def past_anaphora(low: list[str]) -> bool:
    """The sentence continues a past narrative, so a background date before it may carry over
    ("lebih dulu", "terlebih dahulu" is who went first, not formerly: "petugas lebih dulu memukul warga")."""
    if not _BACKGROUND.isdisjoint(low) and any(
            w in _BACKGROUND and not (w in _FIRST_OF_TWO and k and low[k - 1] in ("lebih", "terlebih"))
            for k, w in enumerate(low)):
        return True
    return _has(low, PAST_ANAPHORA, _PAST_ANAPHORA_FIRST)


_FIRST_OF_TWO: Final = frozenset({"dulu", "dahulu"})


def sourcing_end(low: list[str], starts: list[int], timexes: list[TimeExpr]) -> int | None:
    """Char offset where a sentence-initial sourcing preamble ends (the comma after its date),
    or None when the sentence does not open with one."""
    if not timexes or not any(w in _SOURCING for w in low[:3]):
        return None
    head = [t for t in timexes if len(starts) > 12 and t.start < starts[12] or len(starts) <= 12]
    if not head:
        return None
    first = min(head, key=lambda t: t.start)
    for k, w in enumerate(low):
        if w == "," and starts[k] >= first.end:
            return starts[k]
    return None


def shift(w: When, days: int) -> When:
    """``w`` moved by ``days`` (day precision only; others are returned unchanged)."""
    d = _parse(w.date_start)
    if d is None or w.precision != "day":
        return w
    s = (d + timedelta(days=days)).isoformat()
    return When(s, s, "day", w.historical, w.timex)


_COUNT_WORDS: Final = {"sehari": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                        "delapan": 8, "sembilan": 9, "sepuluh": 10}
_DAYS_AFTER: Final = re.compile(r"\s*\)?\s*,?\s*(?:(sehari)|(\w+)\s+hari)\s+(?:setelah|sesudah|seusai|usai|pasca)\s+([a-z]+)",
                                re.IGNORECASE)


def days_after(text: str, end: int) -> tuple[int, str] | None:
    """"Korban tewas gempa ... bertambah menjadi 214 orang pada Kamis (7/10), dua hari setelah gempa
    mengguncang ...": the day is the count's, the event told after "setelah" came ``n`` days
    before it. Returns ``n`` and the word after "setelah" (``end``: where the day's expression ends
    in ``text``)."""
    m = _DAYS_AFTER.match(text, end)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    n = int(word) if word.isdigit() else _COUNT_WORDS.get(word)
    return (n, m.group(3).lower()) if n else None


_REL_ADVERBS: Final = frozenset({"telah", "sudah", "pernah", "sebelumnya", "baru", "sempat", "lalu"})
_MODALS: Final = frozenset({"bisa", "dapat", "akan", "harus", "boleh", "wajib", "mulai", "tidak", "tak", "masih"})
# "satu di antara terduga yang ditangkap merupakan residivis": the copula is the main predicate
_COPULAS: Final = frozenset({"merupakan", "adalah", "ialah"})


def relative_clause(low: list[str], i: int, j: int) -> tuple[int, int] | None:
    """Token span (from "yang" to the main clause's predicate) when the trigger at i..j-1 is the
    verb of a relative clause that is followed by a main-clause predicate ("Menurut kesepakatan
    yang ditandatangani oleh X, pasukan Y bisa masuk ... pada Rabu"); else None. A time
    expression belongs to the clause that contains it."""
    k = i - 1
    while k >= 0 and low[k] in _REL_ADVERBS:
        k -= 1
    if k < 0 or low[k] != "yang":
        return None
    for m in range(j, len(low)):
        w = low[m]
        if w in _MODALS or w in _COPULAS or (m > j + 1 and w.startswith(("me", "di", "ber")) and len(w) > 5
                            and low[m - 1] not in ("yang", "oleh")):
            return (k, m)
    return None


_RECOVERY: Final = frozenset({"menemukan", "ditemukan", "mengevakuasi", "dievakuasi", "mengangkat", "diangkat",
                       "mengidentifikasi", "diidentifikasi", "menyerahkan", "diserahkan", "memakamkan", "dimakamkan"})


def recovered_clause(low: list[str], i: int, j: int) -> tuple[int, int] | None:
    """Token span (from "yang" to the first comma after the trigger at i..j-1) when the trigger
    sits in a "yang" clause telling how the dead or missing that a search finds came to be there:
    "Tim SAR kembali menemukan tiga jenazah penambang yang tertimbun longsor di ..., Kamis" dates
    the finding, not the landslide; only a time inside that clause is the event's."""
    k = next((m for m in range(i - 1, max(-1, i - 4), -1) if low[m] in ("yang", ",", ";", ".")), None)
    if k is None or low[k] != "yang":
        return None
    for m in range(k - 1, max(-1, k - 7), -1):
        if low[m] in _RECOVERY:
            end = next((x for x in range(j, len(low)) if low[x] in (",", ";", ".")), len(low))
            return (k, end)
        if low[m] in _CLAUSE_STOP:
            return None
    return None


_CLAUSE_STOP: Final = frozenset({",", ";", ".", "dan", "serta", "tetapi", "namun", "sedangkan", "sementara", "karena",
                          "setelah", "sebelum", "ketika", "saat", "sehingga", "hingga"})


def span_up_to_now(x: TimeExpr) -> bool:
    """A span reaching the day of telling ("dalam sepekan terakhir", "selama ini", "sejak Januari"):
    after a statement's verb it is the time of what is stated, not the day it was said."""
    words = x.text.lower().split()
    return bool(words) and (words[-1] == "terakhir" or words[0] in ("selama", "sejak"))


# a clause of the same time as the trigger: what is dated inside it is dated for the trigger too
_AT_THE_TIME: Final = frozenset({"ketika", "saat", "sewaktu", "tatkala", "kala"})


def in_other_relative(low: list[str], starts: list[int], tj: int, pos: int) -> bool:
    """Whether the time expression at char ``pos`` sits in a "yang ..." clause that modifies a
    noun of a predicate after the trigger (ending at token ``tj``), not the trigger itself:
    "Bentrokan dipicu sengketa yang berlangsung sejak 2019" (but "Kebakaran lahan di X, yang
    terjadi sejak Senin" is the fire's own clause)."""
    k = next((n for n, st in enumerate(starts) if st >= pos), len(starts))
    for m in range(k - 1, max(tj - 1, k - 9), -1):
        if low[m] in _CLAUSE_STOP:
            return False
        if low[m] == "yang":  # a predicate between the trigger and the clause: another noun's clause
            # ("gempa bermagnitudo 6,8 yang mengguncang ...": a ber- word before a number modifies the noun)
            if any(low[x] in _AT_THE_TIME for x in range(tj, m)):
                return False  # "tewas tertembak ketika memergoki pemburu yang memasang jerat ... pada Senin": at that time
            return any(len(low[x]) > 4 and low[x].startswith(("me", "di", "ber", "ter"))
                       and not (low[x].startswith("ber") and x + 1 < m and low[x + 1][:1].isdigit()) for x in range(tj, m))
    return False


_EMBEDDERS: Final = frozenset({"yang", "usai", "seusai", "setelah", "sesudah", "pasca", "pascaaksi", "sejak", "saat",
                        "ketika", "selama", "sebelum"})


_PROSPECTIVE: Final = frozenset({"berjanji", "menjanjikan", "berencana", "akan", "dijadwalkan", "direncanakan", "rencananya"})


def in_embedded_clause(low: list[str], starts: list[int], tj: int, pos: int,
                       embedders: frozenset[str] = _EMBEDDERS) -> bool:
    """Whether the time expression at char ``pos``, after a trigger ending at token ``tj``, sits
    in a clause embedded after it (opened by one of ``embedders``), with no comma between: "LBH
    meminta polisi membebaskan mahasiswa yang ditangkap usai unjuk rasa ... kemarin" is the
    protest's day, not the request's."""
    k = next((n for n, st in enumerate(starts) if st >= pos), len(starts))
    for m in range(k - 1, tj - 1, -1):
        if low[m] in (",", ";", ".", "\"", "“", "”"):
            return False
        if low[m] in embedders:
            return True
    return False


_SPEAKING: Final = frozenset(w for w in REPORT_VERBS if not w.startswith("di"))  # active: its subject speaks


def in_attribution_head(low: list[str], starts: list[int], ti: int, pos: int) -> bool:
    """Whether the time expression at char ``pos`` sits before a speech verb that comes before
    the trigger (at token ``ti``): the day of the saying, not of what is told ("Kasat Reskrim
    ... di Pontianak, Kamis, mengatakan ketiga pelaku ditangkap": told on Thursday)."""
    k = next((n for n, st in enumerate(starts) if st >= pos), len(starts))
    if ti > k + 1 and low[ti - 1] in _ANNOUNCING and low[ti].startswith("pe") and low[ti].endswith("an") \
            and not any(low[m] in _SPEAKING for m in range(k + 1, ti - 1)):
        return False  # "X pada Senin mengumumkan pengerahan 100 tentara": the announcement is the event
    return any(low[m] in _SPEAKING for m in range(k + 1, ti))


_ANNOUNCING: Final = frozenset({"mengumumkan", "memerintahkan", "menyetujui", "memutuskan"})


def series_start(text: str, start: int, t: TimeExpr) -> bool:
    """"sejak Oktober": when something ongoing began; the next sentence's event is not dated by it."""
    before = text[max(0, t.start - start - 10):max(0, t.start - start)].lower().split()
    return t.text.lower().startswith(("sejak", "semenjak")) or (bool(before) and before[-1] in ("sejak", "semenjak"))


def in_prospect(low: list[str], starts: list[int], tj: int, pos: int) -> bool:
    """The time expression is what a promise or plan after the trigger is for: "menemui warga
    dan berjanji perbaikan dimulai pekan depan" met them now."""
    return in_embedded_clause(low, starts, tj, pos, _PROSPECTIVE)


_DEADLINE: Final = re.compile(r"(?:paling\s+lambat|selambat-lambatnya|paling\s+cepat|secepat-cepatnya|tenggat(?:\s+waktu)?"
                       r"|batas\s+waktu|jatuh\s+tempo)\s*(?:pada\s+|tanggal\s+)?$")


def deadline(text: str, start: int, t: TimeExpr) -> bool:
    """"sepakat pembayaran dituntaskan paling lambat 31 Januari 2027": a deadline set, not when
    anything happened."""
    return _DEADLINE.search(text[max(0, t.start - start - 30):max(0, t.start - start)].lower()) is not None


def sourcing_end_text(text: str, start: int, timexes: list[TimeExpr]) -> int | None:
    """:func:`sourcing_end` on a sentence's text (for context sentences without a view)."""
    if not timexes or not any(w.strip(",") in _SOURCING for w in text[:40].lower().split()[:3]):
        return None
    first = min(timexes, key=lambda t: t.start)
    pos = text.find(",", first.end - start)
    return start + pos if pos >= 0 else None


_DAY_NAMES: Final = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "kemarin", "besok",
              "hari ini", "lusa", "tadi")


def bare_part_of_day(t: TimeExpr) -> bool:
    """"pagi hari", "malam itu", "sore": a part of the day with no day of its own; it refers to
    the narrative's day, so the event takes that (context, anchor) rather than the day the time
    layer anchored it on."""
    low = t.text.lower()
    if t.granularity != "time" or any(d in low for d in _DAY_NAMES):
        return False
    # "sekitar pukul 22.00", "pukul 15.30 WIB": a clock time alone is on the narrative's day too
    return not any(c.isdigit() for c in low) or _CLOCK_ONLY.fullmatch(low) is not None


_CLOCK_ONLY: Final = re.compile(r"(?:(?:sekitar|sejak|hingga|sampai|pada|mulai|menjelang|pukul|jam)\s+)*(?:pukul|jam)\s+"
                         r"\d{1,2}(?:[.:]\d{2})?(?:\s*(?:wib|wita|wit|waktu setempat|pagi|siang|sore|malam|dini hari))*")
