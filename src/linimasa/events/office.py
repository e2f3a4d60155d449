"""The office behind "pihaknya": "Kapolres Sleman AKBP X mengatakan pihaknya menangkap ..."

Indonesian police and agency news names the acting body through its head: the speaker says
*pihaknya* ("his side"), *jajarannya*, *anggotanya* or *kami* did it. The actor is then the
office the speaker heads, read from the title before the name: "Kapolrestabes Semarang" ->
"Polrestabes Semarang", "Kapolda Metro Jaya" -> "Polda Metro Jaya", "Kepala BNN Provinsi Bali"
-> "BNN Provinsi Bali". A person without such a title keeps being the actor.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..model import Participant
from .context import SentView
from .words import SIDE_WORDS

# ranks and honorifics that end the office and start the person's name
_RANKS: Final = frozenset({
    "akbp", "akp", "kompol", "kombes", "kombespol", "pol", "iptu", "ipda", "aiptu", "aipda", "brigjen", "irjen",
    "komjen", "jenderal", "kolonel", "letkol", "mayor", "kapten", "bripka", "brigpol", "inf", "kav", "arh", "laksma",
    "marsma", "dr", "drs", "ir", "h", "hj", "prof",
})


def _unit(title: str) -> str:
    """The police unit a "Kapol..." heads: Kapolres -> Polres, Kapolrestabes -> Polrestabes, Kapolri -> Polri."""
    return "Pol" + title[5:]


def office_actor(v: SentView, actor: Participant, ti: int, text: str | None = None) -> Participant | None:
    """The office ``actor`` (a person) heads, when the sentence says his side acted; a person
    named bare ("Yusuf mengatakan pihaknya mengamankan ...") heads the office the article's
    ``text`` gave him with his title earlier ("Kapolres Bima Kota AKBP Yusuf Hamdani")."""
    if actor.start is None or actor.end is None:
        return None
    first = next((k for k, t in enumerate(v.toks) if t.start >= actor.start), None)
    last = next((k for k, t in enumerate(v.toks) if t.end >= actor.end), None)
    if first is None or last is None or not any(w in SIDE_WORDS for w in v.low[last + 1:ti]):
        return None
    for k in range(last, max(-1, first - 8), -1):  # the title may be inside the mention or before it
        w = v.low[k]
        if w.startswith("kapol") and len(w) > 5:
            head, start = _unit(v.toks[k].text), k + 1
        elif w == "kepala" and k + 1 < len(v.toks) and v.toks[k + 1].text[:1].isupper():
            head, start = v.toks[k + 1].text, k + 2
        else:
            continue
        end, stop = start, (first if k < first else last + 1)
        while end < stop and v.low[end].rstrip(".") not in _RANKS and v.toks[end].text[:1].isupper():
            end += 1
        if k >= first and end >= stop:
            return None  # no rank between office and name: the name cannot be told from the office
        name = " ".join([head, v.text(start, end)]).strip() if end > start else head
        return Participant(name=name, sector="police" if head.lower().startswith("pol") else None,
                           country=actor.country, start=v.toks[k].start, end=v.toks[max(k, end - 1)].end)
    if text is None:
        return None
    told = speaker_office(text, actor.name)
    if told is not None:
        told.country, told.start, told.end = actor.country, actor.start, actor.end
    return told


_TITLE: Final = re.compile(
    r"\b(?:(?P<ka>Kapol\w+)|Kepala\s+(?P<head>[A-Z][\w.-]*)|[A-Z][\w-]*(?:\s+\(?[A-Z][\w-]*\)?)*?\s+(?P<pol>Pol(?:da|res|resta|"
    r"restabes|sek|ri)\b))(?P<rest>(?:\s+[A-Z][\w-]*)*?)\s+(?:(?:{ranks})\.?\s+)+(?:[A-Z][\w-]*\s+){0,3}?{name}\b")
_RANK_ALT: Final = "|".join(sorted((r.upper() if len(r) <= 4 else r.title()) for r in _RANKS if len(r) > 1))


@lru_cache(maxsize=512)
def _title_rx(name: str) -> re.Pattern[str]:
    return re.compile(_TITLE.pattern.replace("{ranks}", _RANK_ALT).replace("{name}", re.escape(name)))


def speaker_office(text: str, speaker: str) -> Participant | None:
    """The office a quoted speaker heads, from where the article first names them with their
    title: "Kapolres Metro Bekasi Kota Kombes Pol Kusumo ..." -> "Polres Metro Bekasi Kota",
    "Kabid Humas Polda Riau Kombes Pol Anom" -> "Polda Riau" (also past a short form in brackets:
    "Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Kalbar Kombes Pol Arief" -> "Polda Kalbar")."""
    words = [w for w in speaker.split() if w[:1].isupper()]
    if not words:
        return None
    m = _title_rx(words[-1]).search(text)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if m.group("ka"):
        head = _unit(m.group("ka"))
    elif m.group("pol"):
        head = m.group("pol")
    else:
        head = m.group("head")
    org = f"{head} {rest}".strip()
    return Participant(name=org, sector="police" if head.lower().startswith("pol") else None)


# an interview page: "Jubi mewawancarai Kapolda Papua Barat, Irjen Pol X, di Manokwari ... Berikut petikannya."
_INTERVIEW: Final = re.compile(
    r"\b(?:mewawancarai|wawancara(?:\s+khusus)?\s+dengan|berbincang\s+dengan)\s+(?P<who>[A-Z][^.;()\n]{2,120}?)"
    r"(?=,?\s+di\s+[A-Z]|,?\s+pada\s|\s*[.;(]|,?\s+(?:soal|tentang|mengenai)\s)")
_QUESTION_LINE: Final = re.compile(r"\?[\"”]?[ \t]*\n")


@lru_cache(maxsize=64)
def interviewee_office(text: str) -> Participant | None:
    """Who answers on an interview page (questions on lines of their own, the one interviewed
    named in the lead: "Jubi mewawancarai Kapolda Papua Barat, Irjen Pol Yohanis Mandowen"): the
    answers are theirs though unquoted, and their "kami" is the office they head ("Polda Papua
    Barat"), or the person when no office is told."""
    m = _INTERVIEW.search(text)
    if m is None or len(_QUESTION_LINE.findall(text)) < 2:
        return None
    who = " ".join(m.group("who").replace(",", " ").split())
    names = [w for w in who.split() if w[:1].isupper()]
    if not names:
        return None
    return speaker_office(who, names[-1]) or Participant(name=who)
