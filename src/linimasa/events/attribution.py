"""Who says so: the source an event or figure is attributed to (``claimed_by``).

In order: a post-posed speech cue (", kata Kementerian X", "ujar X", "ungkap Istana X"); a
source preposition ("menurut data tak resmi", "lansir Anadolu", "seperti dikutip X",
"menyadur X"); a report verb whose subject precedes it ("Interfax melaporkan",
"X mengklaim", "data tak resmi menyebutkan"); the speaker of a quote that contains the
trigger; else the outlet that published the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..model import Event, Quote, Sentence
from .context import SentView
from .words import DISCOURSE, POSTPOSED, PUNCT_BOUNDARY, PURPOSE, REPORT_VERBS, SOURCE_PREPS, SUBORDINATORS

_STOP: Final = frozenset({",", ".", "di", "kepada", "saat", "pada", "dalam", "seperti", "(", ")", ";",
                   "ketika", "usai", "setelah", "kemarin", "sebagaimana", "bahwa", "dilansir",
                   "sabtu", "minggu", "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "\"", "“", "”"})
_TRIM: Final = frozenset({"sudah", "telah", "juga", "pun", "pernah", "sempat", "sebelumnya", "itu", "kembali",
                   "secara", "tidak", "tak", "belum"})  # ("Ia tidak menyebutkan ...": the speaker is "Ia")
_QUOTE_END: Final = frozenset({",", "\"", "”", "'", "’", "."})


def _in_name(v: SentView, b: int) -> bool:
    """A capitalised "Dalam" between capitalised words is part of a name ("Kementerian Dalam Negeri")."""
    return v.low[b] == "dalam" and v.toks[b].text[:1].isupper() and 0 < b < len(v.low) - 1 \
        and v.toks[b - 1].text[:1].isupper() and v.toks[b + 1].text[:1].isupper()


def _phrase(v: SentView, a: int, limit: int = 8) -> str | None:
    b = a
    while b < len(v.low) and b - a < limit and (v.low[b] not in _STOP or _in_name(v, b)):
        b += 1
    if a < b < len(v.low) and v.low[b] == ",":
        e = _appositive_name(v, b)
        if e > b:  # the name, as for a subject set off after its title ("Juru bicara polisi, X, mengatakan")
            a, b = b + 1, e
    text = v.text(a, b).strip(" -")
    return text or None


def _appositive_name(v: SentView, c: int) -> int:
    """The end of a source's name set off after its title by the comma at ``c`` ("kata juru
    bicara pemerintah provinsi X, Ahmad Yani, kepada wartawan"): two to five capitalised words
    that close the clause (a speech cue's phrase would stop at the comma and keep only the
    title); ``c`` itself when there is none."""
    e = c + 1
    while e < len(v.low) and e - c <= 5 and v.toks[e].text[:1].isupper() and v.low[e] not in _STOP:
        e += 1
    if e - c - 1 >= 2 and (e == len(v.low) or v.low[e] in _STOP):
        return e
    return c


_DAY_WORDS: Final = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "kemarin",
                        "pagi", "siang", "sore", "malam", "(", ")", "/"})


def _day_aside(v: SentView, k: int) -> int | None:
    """The comma opening a day set off before the verb at ``k`` ("X di Pontianak, Kamis, mengatakan"), if any."""
    if k < 3 or v.low[k - 1] != ",":
        return None
    j = k - 2
    while j > 0 and (v.low[j] in _DAY_WORDS or v.low[j].replace("/", "").isdigit()):
        j -= 1
    return j if j < k - 2 and v.low[j] == "," and v.low[j + 1] in _DAY_WORDS else None


def _subject(v: SentView, k: int) -> str | None:
    a = k
    day = _day_aside(v, k)
    if day is not None:  # "Kasat Reskrim ... di Pontianak, Kamis, mengatakan": the day the speaker spoke, not the speaker
        a = k = day
    aside = a > 1 and v.low[a - 1] == ","
    if aside:  # "..., AKBP Bayu Suseno, menyebut": the appositive name
        a -= 1
        k -= 1
    depth = 0
    while a > 0:
        w = v.low[a - 1]
        if w == ")":
            depth += 1
        elif w == "(" and depth:
            depth -= 1
        elif depth == 0 and (w in PUNCT_BOUNDARY or w in SUBORDINATORS):
            break
        a -= 1
    if 1 < a < k and v.low[a] in ("dan", "serta") and v.low[a - 1] == ",":
        # a name that is a list: "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut"
        while a > 0 and (v.toks[a - 1].text[:1].isupper() or v.low[a - 1] in (",", "dan", "serta")):
            a -= 1
        while v.low[a] == ",":
            a += 1
    if aside and 1 < a < k and v.low[a - 1] == "," and v.toks[a].text[:1].islower():
        c = a - 1  # "Jaringan Dokter Sudan, kelompok medis independen ..., mengatakan": the name before the aside
        while c > 0 and v.low[c - 1] not in PUNCT_BOUNDARY and v.low[c - 1] not in SUBORDINATORS:
            c -= 1
        if c < a - 1 and v.toks[c].text[:1].isupper() and v.low[c] not in DISCOURSE:
            a, k = c, a - 1
    while a < k and v.low[a] in DISCOURSE:
        a += 1
    b = a
    while b < k and (v.low[b] not in ("pada", "dalam", "saat", "di", "kepada", "ketika", "kemarin")
                     or (v.low[b] == "dalam" and b + 1 < k and v.low[b + 1] == "negeri")):  # "Kementerian Dalam Negeri"
        b += 1
    if k - 1 > a and v.low[k - 1] in _THEN:  # "Presiden X mengecam serangan itu dan menyebutnya ...": the
        verb = next((x for x in range(a + 1, k - 1) if _active_verb(v, x)), None)  # subject of the first verb
        if verb is not None:
            b = min(b, verb)
    while b > a and v.low[b - 1] in _TRIM:
        b -= 1
    if v.low[a] in _BOTH or v.low[a:a + 2] == ["masing-masing", "pihak"]:
        return None  # "Kedua pihak sama-sama mengklaim menang": each side, no one source
    return v.text(a, b) or None


_BOTH: Final = frozenset({"kedua", "keduanya", "kedua-duanya"})
_THEN: Final = frozenset({"dan", "lalu", "serta", "kemudian"})
_ME_NOUNS: Final = frozenset({"menteri", "mereka", "media", "merah", "menara", "mesin", "meja", "medis", "mereknya"})


def _active_verb(v: SentView, x: int) -> bool:
    """A lower-case me- verb ("mengecam", "membakar"), not a noun that starts alike ("menteri", "mereka")."""
    w = v.low[x]
    return v.toks[x].text[:1].islower() and len(w) > 5 and w.startswith(("mem", "men", "meng", "meny", "mel", "mer", "mew")) \
        and v.base[x] not in _ME_NOUNS


def claimed_by(v: SentView, ti: int, quotes: list[Quote], outlet: str | None) -> tuple[str | None, str | None]:
    """(source text, speaker entity id) for the trigger at token ``ti``."""
    if v.source == "":
        v.source = _sentence_source(v)
    if v.source is not None:
        return v.source, None
    n = len(v.low)
    for k in range(min(ti, n)):
        if v.base[k] in REPORT_VERBS and not v.low[k].startswith("di") and ti - k >= 1 \
                and not (k > 0 and v.low[k - 1] in PURPOSE):  # "untuk menyampaikan protes": what is to be said
            src = _subject(v, k)
            if src:
                return src, None
    pos = v.toks[ti].start if ti < n else v.sent.start
    for q in quotes:
        if q.start <= pos < q.end and q.speaker:
            return q.speaker, q.speaker_entity_id
    return outlet, None


def _sentence_source(v: SentView) -> str | None:
    """A source stated for the whole sentence: a post-posed cue or a source preposition."""
    n = len(v.low)
    for k in range(1, n):
        w = v.low[k]
        if w in POSTPOSED and (v.low[k - 1] in _QUOTE_END or w.endswith("nya")) and k + 1 < n:
            if w.endswith("nya"):
                break
            src = _phrase(v, k + 1)
            if src:
                return src
    for k in range(n):
        w = v.low[k]
        if w in SOURCE_PREPS:
            a = k + 1
            while a < n and v.low[a] in ("dari", "oleh", "dikutip"):
                a += 1
            src = _phrase(v, a)
            if src:
                return src
        if w == "seperti" and k + 1 < n and v.low[k + 1] in ("dikutip", "dilansir", "dilaporkan"):
            src = _phrase(v, k + 2 + (1 if k + 2 < n and v.low[k + 2] == "dari" else 0))
            if src:
                return src
    return None


SOURCE_PRONOUNS: Final = frozenset({"dia", "ia", "beliau", "mereka", "pihaknya"})


def speaker_before(views: Callable[[int], SentView], k: int, sents: list[Sentence]) -> str | None:
    """Who "dia" is in a sentence ``k`` that tells a toll ("Menurut dia, lebih dari 80 anggota RSF
    tewas"): the speaker named in one of the two sentences before it ("Juru bicara militer,
    Brigadir Jenderal X, mengatakan ..."), when no other paragraph comes between."""
    for j in range(k - 1, max(-1, k - 3), -1):
        if sents[j].paragraph not in (sents[k].paragraph, sents[k].paragraph - 1):
            break
        v = views(j)
        src, _ = claimed_by(v, len(v.low), [], None)
        if src and src.lower() not in SOURCE_PRONOUNS and not _pointed_back(src):
            return src
    return None


def reporter_continued(views: Callable[[int], SentView], k: int, sents: list[Sentence],
                       quotes: list[Quote]) -> str | None:
    """A toll told with no source right after a speaker's report in the same paragraph, his
    quote opening the next ("Kepala Kantor SAR, X, mengatakan 19 orang diselamatkan. Seorang
    penumpang ditemukan meninggal ..." / "\"...,\" kata X"): the report goes on, it is his."""
    src = _named_before(views, k, sents)
    if src is None:
        return None
    nxt = next((s for s in sents[k + 1:] if s.paragraph != sents[k].paragraph), None)
    if nxt is None or nxt.paragraph != sents[k].paragraph + 1:
        return None
    mine = {w.lower() for w in src.split()}  # "kata Dody" after "Dody Wicaksono"
    if any(q.direct and q.speaker and _surname(q.speaker) in mine and nxt.start <= q.start < nxt.end
           for q in quotes):
        return src
    return None


def sources_of_a_continued_report(events: list[Event], sents: list[Sentence], quotes: list[Quote],
                                  views: Callable[[int], SentView], default: str | None) -> None:
    """A toll with no source, told right after a speaker's report and before his quote, is his."""
    for e in events:
        if e.claimed_by not in (None, default) or not (e.fatalities or e.injured or e.missing):
            continue
        k = _sentence_at(sents, e.sentence_start)
        if k is not None and (src := reporter_continued(views, k, sents, quotes)) is not None:
            e.claimed_by, e.claimed_by_entity_id = src, None


def _pointed_back(src: str) -> bool:
    """A source that only points back at one named before: "juru bicara tersebut", "pejabat itu"."""
    words = src.lower().split()
    return 1 < len(words) <= 4 and words[-1] in ("tersebut", "itu")


_BODY_HEADS: Final = frozenset({"kementerian", "badan", "lembaga", "kantor", "komisi", "dinas", "organisasi", "otoritas",
                                 "pemerintah", "kepolisian", "militer", "tentara", "kelompok", "dewan", "majelis"})


def _body_named_before(src: str, sents: list[Sentence]) -> str | None:
    """"Angka tersebut disampaikan Kementerian Penanggulangan Bencana Afghanistan. Menurut kementerian
    itu, ...": a body pointed back at by its head noun ("kementerian itu") is the last one named with
    that noun before the pointer (a toll told in the lead may take the pointer's words as its source,
    though the body is named only between them)."""
    head = src.split()[0].lower()
    if head not in _BODY_HEADS:
        return None
    named = re.compile(rf"\b{head.capitalize()}(?:\s+(?:[A-Z][\w'-]*|dan|urusan))*\s+[A-Z][\w'-]*")
    found: str | None = None
    for s in sents:
        at = s.text.lower().find(src.lower())
        for m in named.finditer(s.text, 0, at if at >= 0 else len(s.text)):
            found = m.group(0)
        if at >= 0:
            return found
    return None


# "Keterangan berbeda disampaikan salah satu kepala suku, Yance Magal.": a speaker brought in for
# what the next sentences tell ("Menurutnya, ...")
_BROUGHT_IN: Final = re.compile(
    r"^(?i:keterangan|klaim|versi|pernyataan|penjelasan|informasi|bantahan|tanggapan|pengakuan)\s+(?:yang\s+)?"
    r"(?i:berbeda|lain|senada|serupa|sebaliknya)\s+(?i:di[a-z]+|datang)\s+(?:(?i:dari|oleh)\s+)?"
    r"(?:[^.;:]*,\s+)?(?P<src>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*\.?$")


_PRONOUN_OPENS: Final = re.compile(r"\W*(?:menurutnya|menurut\s+dia|ia|dia|beliau)\b", re.IGNORECASE)


def _sentence_at(sents: list[Sentence], at: int) -> int | None:
    """Index of the sentence holding character offset ``at``."""
    return next((i for i, s in enumerate(sents) if s.start <= at < s.end), None)


def _named_before(views: Callable[[int], SentView], k: int, sents: list[Sentence]) -> str | None:
    """The speaker the sentence before sentence ``k``, in the same paragraph, names as its subject."""
    if not k or sents[k - 1].paragraph != sents[k].paragraph:
        return None
    v = views(k - 1)
    src, _ = claimed_by(v, len(v.low), [], None)
    if not src or src.lower() in SOURCE_PRONOUNS or _pointed_back(src):
        return None
    return src


def resolve_pronoun_sources(events: list[Event], default: str | None, sents: list[Sentence] | None = None,
                            views: Callable[[int], SentView] | None = None) -> None:
    """"Dia mengatakan ...", "Menurut juru bicara tersebut, ...": the source is the one last named
    before (else the default); right after a sentence that brings a speaker in ("Keterangan
    berbeda disampaikan ..., Yance Magal. Menurutnya, ..."), that speaker."""
    ss = sents or []
    brought = {ss[k + 1].start: m.group("src") for k in range(len(ss) - 1)
               if (m := _BROUGHT_IN.match(ss[k].text.strip())) is not None}
    last: tuple[str | None, str | None] = (None, None)
    for e in events:
        name = brought.get(e.sentence_start)
        if name is not None and _PRONOUN_OPENS.match(e.sentence):
            e.claimed_by, e.claimed_by_entity_id = name, None  # (the language layer took the last name it knew)
            last = (name, None)
            continue
        src = (e.claimed_by or "").strip()
        if src.lower() in SOURCE_PRONOUNS and views is not None and _PRONOUN_OPENS.match(e.sentence) \
                and (named := _named_before(views, _sentence_at(ss, e.sentence_start) or 0, ss)) is not None:
            e.claimed_by, e.claimed_by_entity_id = named, None  # "X membenarkan kejadian itu. Ia mengatakan ..."
            last = (named, None)
            continue
        if _pointed_back(src) and not last[0] and (body := _body_named_before(src, ss)) is not None:
            e.claimed_by, e.claimed_by_entity_id = body, None  # "... disampaikan Kementerian X. Menurut kementerian itu"
            last = (body, None)
            continue
        if src.lower() in SOURCE_PRONOUNS or (_pointed_back(src) and last[0]):
            e.claimed_by, e.claimed_by_entity_id = last if last[0] else (default, None)
        elif src and src != default:
            last = (e.claimed_by, e.claimed_by_entity_id)


# "Kabar itu disampaikan Kantor Ombudsman Peru, seperti dilansir Anadolu": the sentence before is the
# source's, told after it
_TOLD_AFTER: Final = re.compile(
    r"^(?i:kabar|informasi|keterangan|data|angka|jumlah|laporan|hal)\s+(?:itu|tersebut|ini)\s+(?:pun\s+)?"
    r"di(?:sampaikan|ungkapkan|laporkan|konfirmasi|rilis|umumkan|sebutkan|kemukakan)\s+(?:oleh\s+)?"
    r"(?P<src>[A-Z][^,.;:()\"\u201c\u201d]*?)\s*(?=[,.;:(]|$|\s(?:seperti|pada|dalam|kepada|saat|melalui)\b)")


# "Kasatgas Humas Operasi Damai Cartenz, Kombes Pol Yusuf Sutejo, membenarkan kabar tersebut.": the
# one who confirms the news just told is its source
_CONFIRMED: Final = re.compile(
    r"^(?P<src>[A-Z][^.;:()\"\u201c\u201d]{2,120}?),?\s+(?:(?:juga|telah|sudah)\s+)?"
    r"(?:membenarkan|mengonfirmasi|mengkonfirmasi)\s+(?:adanya\s+)?"
    r"(?:kabar|informasi|peristiwa|kejadian|insiden|hal|berita)\s+(?:itu|tersebut|ini)\b")
CONFIRMED_BACK = 3  # sentences before the confirmation whose unsourced events it sources
# "Kapolres Puncak AKBP Daniel Sitorus di Ilaga, Minggu, mengatakan ketujuh pekerja itu diserahkan ...":
# a speaker telling of the people just told of ("ketujuh pekerja itu") is the source of what was told
_TELLS_OF_THEM: Final = re.compile(
    r"^(?P<src>[A-Z][^.;:()\"\u201c\u201d]{2,120}?),?\s+(?:mengatakan|menyebutkan|menyebut|menjelaskan|menuturkan|"
    r"mengungkapkan)\s+(?:bahwa\s+)?(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|para)\s+"
    r"(?P<noun>\w+)\s+(?:itu|tersebut)\b")
_SPEAKER_TAIL: Final = re.compile(r"\s+di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s*[A-Z][a-z]+)?$|,\s*[A-Z][a-z]+$")


def sources_told_after(events: list[Event], sents: list[Sentence], default: str | None) -> None:
    """Credit the events of a sentence to the source a next sentence of the paragraph names for it,
    and the news told just before a confirmation ("X membenarkan kabar tersebut") to the confirmer."""
    for k in range(1, len(sents)):
        s, before = sents[k], sents[k - 1]
        c = _CONFIRMED.match(s.text.strip())
        if c is not None:
            lo = sents[max(0, k - CONFIRMED_BACK)].start
            for e in events:
                if lo <= e.sentence_start < s.start and e.claimed_by in (None, default):
                    e.claimed_by, e.claimed_by_entity_id = c.group("src").strip(), None
            continue
        them = _TELLS_OF_THEM.match(s.text.strip())
        if them is not None:
            noun = them.group("noun").lower()
            src = _SPEAKER_TAIL.sub("", them.group("src").strip())  # ("... di Ilaga, Minggu": where and when said)
            for e in events:
                if before.start <= e.sentence_start < before.end and e.claimed_by in (None, default) \
                        and any(noun in p.name.lower().split() for p in e.targets):
                    e.claimed_by, e.claimed_by_entity_id = src, None
            continue
        if s.paragraph != before.paragraph:
            continue
        m = _TOLD_AFTER.match(s.text.strip())
        if m is None:
            continue
        for e in events:
            if before.start <= e.sentence_start < before.end and e.claimed_by in (None, default):
                e.claimed_by, e.claimed_by_entity_id = m.group("src").strip(), None


def sources_of_a_repeated_toll(events: list[Event], default: str | None) -> None:
    """A death toll told with no source takes the source of a later telling of the same toll
    ("Dua prajurit TNI gugur ..." then "\"Dua prajurit kami gugur di tempat,\" kata Herman")."""
    for i, e in enumerate(events):
        if not e.fatalities or e.claimed_by not in (None, default):
            continue
        same = next((x for x in events[i + 1:] if x.type == e.type and x.fatalities == e.fatalities
                     and not x.negated and x.claimed_by not in (None, default)), None)
        if same is not None:
            e.claimed_by, e.claimed_by_entity_id = same.claimed_by, same.claimed_by_entity_id


def _surname(name: str) -> str:
    ws = [w for w in name.split() if w[:1].isupper()]
    return ws[-1].lower() if ws else name.lower()


def sources_between_quotes(events: list[Event], sents: list[Sentence], quotes: list[Quote],
                           default: str | None) -> None:
    """An unsourced sentence told between two quotes of one speaker, in the same or the next
    paragraphs, is his account ("..., kata Safuadi." / "Petugas kemudian menangkap tiga awak
    kapal ..." / "\"...,\" ujar Safuadi."): the outlet only retells what he said."""
    direct = sorted((q for q in quotes if q.speaker and q.direct), key=lambda q: q.start)
    if len(direct) < 2:
        return
    for e in events:
        if e.claimed_by not in (None, default) or any(q.start <= e.sentence_start < q.end for q in direct):
            continue
        before = next((q for q in reversed(direct) if q.end <= e.sentence_start), None)
        after = next((q for q in direct if q.start >= e.sentence_end), None)
        if before is None or after is None or _surname(before.speaker or "") != _surname(after.speaker or ""):
            continue
        k, kb, ka = (_sentence_at(sents, at) for at in (e.sentence_start, before.start, after.start))
        if k is None or kb is None or ka is None:
            continue
        para, p_before, p_after = sents[k].paragraph, sents[kb].paragraph, sents[ka].paragraph
        if (para - p_before <= 1 and p_after - para <= 2) or (para - p_before <= 3 and p_after - para <= 1):
            # (his quote right after it: the paragraphs back to his last quote may be longer)
            e.claimed_by, e.claimed_by_entity_id = after.speaker, after.speaker_entity_id
