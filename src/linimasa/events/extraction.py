"""Orchestration: sentences -> triggers -> events with roles, figures, source, time, place.

Per sentence: triggers (licensed ones become events; same-type triggers of one sentence
merge, keeping the one with an actor), then casualty cues. A casualty figure attaches to a
violent event of its sentence, else to an unlicensed violent trigger of its sentence (which
then becomes an event: "tiga orang tewas dalam serangan itu"), else to the nearest
preceding violent event of the paragraph (two sentences back at most), else it becomes an
event of its own: ASSAULT, or DISASTER when the article is about a disaster.

Triggers inside a direct quote whose clause speaks in the first or second person ("Kami
telah membantu Anda") are dialogue, not reports, and are dropped. Which events are reported at
all is :mod:`.filters`; where each happened is :mod:`.placing`.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from ..clean.metadata import WIRES
from ..model import Article, Event, Figure, Mention, Participant, Quantity, Sentence, TimeExpr, Token
from . import accident, attribution, casualties, corefer, factuality, filters, office, placing, roles, triggers, when
from .acled import acled_type
from .context import SentView, by_sentence, entity_map, find_countries, make_view, words_of
from .lexicon import Sense
from .words import (
    HELD_MODES,
    LIGHT_VERBS,
    POSTPOSED,
    PUNCT_BOUNDARY,
    PURPOSE,
    SECTOR_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    VIOLENT,
    WEAPON_WORDS,
)

log = logging.getLogger(__name__)

_ATTRIB: Final = re.compile(r"[,\"”]\s*(?:{})\b".format("|".join(sorted(POSTPOSED))), re.IGNORECASE)
# Speech-like events: a post-posed attribution's date ("..., kata X, Senin (3/2)") is theirs.
_SPEECH: Final = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "CONSULT", "AGREE", "APPEAL"})
_INTERIOR: Final = re.compile(r"(?:kementerian\s+(?:dalam\s+negeri|keamanan|keamanan\s+dalam\s+negeri)|kemendagri)\b",
                       re.IGNORECASE)
_STATEMENTS: Final = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "APPEAL"})  # said, never ahead
_INTERVENTION: Final = frozenset({"dibubarkan", "membubarkan", "gas", "water", "ditangkap", "diamankan",
                           "bentrok", "bentrokan", "ricuh"})
_QUOTE_CHARS: Final = "\"“”"
_FIRST_PERSON: Final = frozenset({"kami", "kita", "saya", "aku"})
_SIMILAR: Final = ("aksi serupa", "aksi yang sama")  # a protest again, when a protest was told before
# an operation pointed back at as the subject: its actor is the one of the event told just before
_OPERATION_NOUNS: Final = frozenset({"operasi", "serangan", "penyerbuan", "serbuan", "penggerebekan", "razia", "penyisiran",
                              "patroli", "aksi"})
# what may follow a passive arrest verb that names no agent ("diamankan karena ...", "ditangkap di ...")
_NO_AGENT: Final = frozenset({",", ".", ";", "karena", "lantaran", "akibat", "saat", "ketika", "di", "pada", "dan", "serta",
                       "setelah", "usai", "seusai", "dalam", "untuk", "guna", "atas", "terkait", "sejak", "dari",
                       "ke", "kemarin", "sekitar", "pukul", "bersama", "beserta", "berikut", "tanpa", "tadi",
                       "semalam", "sebab", "sebelum", "hingga", "sampai", "\"", "”"})
_SECOND_PERSON: Final = frozenset({"anda", "kamu", "kalian", "engkau", "kau", "mu"})


@dataclass
class _Draft:
    view: SentView
    trig: triggers.Trigger
    spans: list[roles.Span]
    figures: list[Figure] = field(default_factory=list)
    fig_sources: list[str] = field(default_factory=list)
    event: Event | None = None
    dated: bool = False  # date from a time expression (not the publication date)
    cue: bool = False  # made from a casualty cue ("tewas", "meninggal"): its subject is the victim
    own_date: bool = False  # dated by a time expression of its own clause
    earlier: bool = False  # "serangan sebelumnya": an earlier incident named in passing, never kept
    riot: bool = False  # a protest its own clause says turned riotous ("Unjuk rasa ... berakhir ricuh")
    deed: int | None = None  # token of the held people's own deed told in a "yang" clause after the arrest

    # (written out: a dataclass's generated __init__ runs interpreted even compiled, and this one is hot)
    def __init__(self, view: SentView, trig: triggers.Trigger, spans: list[roles.Span],
                 figures: list[Figure] | None = None, fig_sources: list[str] | None = None, event: Event | None = None,
                 dated: bool = False, cue: bool = False, own_date: bool = False, earlier: bool = False,
                 riot: bool = False, deed: int | None = None) -> None:
        self.view, self.trig, self.spans = view, trig, spans
        self.figures = [] if figures is None else figures
        self.fig_sources = [] if fig_sources is None else fig_sources
        self.event, self.dated, self.cue, self.own_date = event, dated, cue, own_date
        self.earlier, self.riot, self.deed = earlier, riot, deed


def _sentences(article: Article, res: Any) -> list[Sentence]:
    if article.sentences:
        return article.sentences
    return res.split(article.text)


def _in_dialogue(v: SentView, t: triggers.Trigger) -> bool:
    text = v.sent.text
    if '"' not in text and "“" not in text and "”" not in text:
        return False
    pos = v.toks[t.i].start - v.sent.start
    opens = sum(text[:pos].count(c) for c in "\"“") - text[:pos].count("”")
    if opens % 2 == 0 and "”" not in text[pos:]:
        return False
    lo = t.i
    while lo > 0 and v.low[lo - 1] not in PUNCT_BOUNDARY and v.low[lo - 1] not in SUBORDINATORS:
        lo -= 1
    hi = t.j
    while hi < len(v.low) and v.low[hi] not in PUNCT_BOUNDARY and v.low[hi] not in (".",):
        hi += 1
    return any(w in _SECOND_PERSON for w in v.base[lo:hi])


def _after_dateline(spans: list[roles.Span], cut: int, text: str) -> list[roles.Span]:
    """Drop participants inside the dateline; trim those a mention stretched across it."""
    out = []
    for sp in spans:
        p = sp.part
        if p.start is None or p.start >= cut:
            out.append(sp)
        elif p.end is not None and p.end > cut + 2:
            p.start = cut
            p.name = text[cut:p.end]
            out.append(sp)
    return out


# words that open the name of an office or agency ("Pusat Gempa Bumi dan Tsunami", "Badan
# Penanggulangan Bencana", "Satgas Penanganan Banjir"): a hazard or attack word after them is a name
_NAME_HEADS: Final = frozenset({"pusat", "badan", "balai", "dinas", "satgas", "satuan", "komite", "komisi", "posko",
                         "direktorat", "kepala", "gugus", "lembaga", "kantor", "subdirektorat", "deputi"})
_NAME_GLUE: Final = frozenset({"dan", "&", "serta"})


def _inside_name(v: SentView, t: triggers.Trigger, mentions: list[Any]) -> bool:
    """A capitalised trigger word that is part of a person's or an organisation's name."""
    tok = v.toks[t.i]
    if t.i == 0 or not tok.text[:1].isupper():
        return False
    if any(m.label in ("ORG", "PER") and m.start <= tok.start < m.end for m in mentions):
        return True
    for k in range(t.i - 1, max(-1, t.i - 6), -1):
        w = v.toks[k].text
        if v.low[k] in _NAME_HEADS and w[:1].isupper():
            return True
        if not (w[:1].isupper() or v.low[k] in _NAME_GLUE):
            return False
    return False


# "sepanjang tahun ini", "selama 2026": the whole year is the span of a tally, not a frame around a day
_SPAN_OF: Final = re.compile(r"(?:sepanjang|selama|sejak(?: awal)?)\s+$", re.IGNORECASE)
_AS_OF: Final = re.compile(r"(?:hingga|sampai|per)\s+$", re.IGNORECASE)
# "korupsi pengadaan bus tahun anggaran 2026", "proyek TA 2017", "APBD 2018": the budget a case is about
_BUDGET_YEAR: Final = re.compile(r"\b(?:(?:tahun\s+)?anggaran|(?-i:TA)|APBN|APBD|APBN-?P|APBD-?P)\s+$", re.IGNORECASE)


def _budget_year(text: str, t: TimeExpr) -> bool:
    """A year named as a budget's ("proyek ... tahun anggaran 2016") dates the money, never the
    arrest or the trial told in the same sentence or the next one."""
    return t.granularity == "year" and _BUDGET_YEAR.search(text, max(0, t.start - 16), t.start) is not None


# a toll told as it stands on a day ("korban tewas ... bertambah menjadi 214 orang pada Kamis"): that
# day is the count's; a new attack "pada Minggu, dua hari setelah serangan sebelumnya" keeps its own
_TOLL_NOW: Final = re.compile(r"\b(?:bertambah|meningkat|naik|melonjak|mencapai)\s+(?:menjadi\s+)?(?:sedikitnya\s+|"
                              r"setidaknya\s+|lebih\s+dari\s+)?\d", re.IGNORECASE)


def _as_of_in(s: Sentence, x: TimeExpr) -> bool:
    """"Hingga Rabu malam, ...": the time a toll or a count stood at, not when the event happened."""
    a = x.start - s.start
    return x.granularity in ("day", "time") and 0 <= a and _AS_OF.search(s.text[max(0, a - 10):a]) is not None


def _said_on(s: Sentence, x: TimeExpr) -> bool:
    """"..., kata Kepala Kanwil, Senin (30/11)": the day the words were said, after a post-posed
    attribution, not a time of what they tell."""
    m = _ATTRIB.search(s.text)
    return m is not None and x.start - s.start >= m.end()


def _said_when_quoted(events: list[Event], sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> None:
    """"Menteri X meminta pengusaha ... . "Kami minta ...," kata X di Jakarta, Selasa (15/12).":
    a saying told undated, whose speaker is quoted in one of the next two sentences with the day
    after the attribution, was said that day."""
    starts = [s.start for s in sents]
    for e in events:
        if e.type not in _SPEECH or e.date_stated or len(e.actors) != 1:
            continue
        names = [w for w in e.actors[0].name.split() if w[:1].isupper() and w.lower() not in TITLE_WORDS]
        if not names:
            continue
        k = next((i for i, st in enumerate(starts) if st == e.sentence_start), None)
        if k is None:
            continue
        for s in sents[k + 1:k + 3]:
            m = _ATTRIB.search(s.text)
            if m is None or not any(n in s.text[m.end():m.end() + 40].split() for n in names):
                continue
            days = [x for x in tx_by[sents.index(s)] if x.granularity == "day" and x.date_start and _said_on(s, x)]
            if len(days) == 1:
                x = days[0]
                e.date_start, e.date_end, e.date_precision = x.date_start, x.date_end or x.date_start, "day"
                e.date_stated = True
            break


def _default_source(article: Article) -> str | None:
    """Who says so when nobody in the text is credited: the wire the article copies, else the outlet."""
    return article.wire_sources[0] if article.wire_sources else article.outlet


def _demonstrative(d: _Draft) -> bool:
    """The trigger or the thing next to it is pointed back at: "serangan itu", "granat tersebut dilempar"."""
    t, low = d.trig, d.view.low
    if any(w in ("itu", "tersebut") for w in low[max(0, t.i - 2):t.i] + low[t.j:t.j + 1]):
        return True
    # the subject, relative clause and all, ends pointing back: "Bom yang meledak pada Selasa (3/11) sore itu ..."
    for k, w in enumerate(low[:16]):
        if w in ("itu", "tersebut"):  # ... or only its day between: "Serangan udara pada Selasa lalu itu menghantam"
            return t.i < k and ("yang" in low[:k] or (t.i <= 1 and k - t.j <= 5 and "pada" in low[t.j:k]))
        if w in PUNCT_BOUNDARY and w not in ("(", ")"):
            return False
    return False


class _Views:
    """Each sentence's :class:`SentView`, made when first asked for (a callable object, not a
    closure: a compiled closure keeps its scope in a reference cycle, and the article with it,
    until the cycle collector runs)."""

    def __init__(self, sents: list[Sentence], countries: Any, m_by: list[list[Mention]]) -> None:
        self.sents, self.countries, self.m_by = sents, countries, m_by
        self.views: dict[int, SentView] = {}

    def __call__(self, k: int, words: tuple[list[Token], list[str]] | None = None) -> SentView:
        v = self.views.get(k)
        if v is None:
            v = self.views[k] = make_view(self.sents[k], k, self.countries, self.m_by[k], words)
        return v


def _is_calm(calm: list[bool], text: str) -> bool:
    """No violence word in the article (computed once, kept in ``calm``)."""
    if not calm:
        calm.append(not accident.violence_words(text))
    return calm[0]


def extract(article: Article, res: Any) -> list[Event]:
    """Every event of one article (ids ``f"{article.id}-e{n}"`` in text order)."""
    sents = _sentences(article, res)
    if not sents:
        return []
    quantities: list[Quantity] = article.quantities or res.quantities(article.text, sents)
    q_by = by_sentence(quantities, sents)
    tx_by = by_sentence([t for t in article.timexes if when.usable(t) and not _budget_year(article.text, t)], sents)
    ents = entity_map(article.entities)
    m_by = by_sentence(article.mentions, sents)
    view = _Views(sents, res.countries, m_by)
    drafts: list[_Draft] = []
    calm: list[bool] = []  # computed when a casualty sentence first needs it
    by_sent: dict[int, list[_Draft]] = {}
    spans_by: dict[int, list[roles.Span]] = {}
    cuts: dict[int, int] = {}  # sentence -> the end of its dateline (placing.dateline_end), when taken
    last_country: str | None = None
    wanted = triggers.trigger_words(res.lexicon, res.multi)
    for k, s in enumerate(sents):
        words = words_of(s)
        prev_c = last_country
        if wanted.isdisjoint(words[1]) and casualties.CUE_WORDS.isdisjoint(words[1]):
            # no trigger and no casualty cue can be found here: only its countries matter
            countries = find_countries(words[0], words[1], res.countries)
            if countries:
                last_country = list(countries.values())[-1][1]
            continue
        v = view(k, words)
        if v.countries:
            last_country = list(v.countries.values())[-1][1]
        v.hazard = any(d.trig.sense.kind == "DISASTER" for d in drafts)
        found = [t for t in triggers.find_triggers(v, res.lexicon, res.multi, res.max_multi, set())
                 if not _inside_name(v, t, m_by[k])]
        if any(t.surface.startswith(_SIMILAR) for t in found) and not any(d.trig.sense.type == "PROTEST" for d in drafts):
            found = [t for t in found if not t.surface.startswith(_SIMILAR)]  # "aksi serupa" of an attack, not a protest
        cues = casualties.find_cues(v)
        if not found and not cues or filters.correction_note(s.text):
            continue
        cut = cuts[k] = placing.dateline_end(s, article)
        spans = _after_dateline(roles.find_participants(v, ents, res.country_names, prev_c), cut, article.text)
        spans_by[k] = spans
        starts = {sp.i for sp in spans}
        for t in found:
            if not t.licensed and t.voice == "stative":
                t.licensed = triggers.licensed(v, t, starts)
        mine: list[_Draft] = []
        pending: list[_Draft] = []
        for t in found:
            if _in_dialogue(v, t) or filters.hazard_damage(t, found, starts) or filters.caused(v, t, found) \
                    or _also_done(v, t, drafts) or filters.war_named(v, t) \
                    or filters.instrument(v, t, found):
                continue
            d = _Draft(v, t, spans, earlier=_named_earlier(v, t))
            (mine if t.licensed else pending).append(d)
        figures = casualties.updated_tolls(casualties.graded_injuries(
            v, [(c, f) for c in cues if (f := casualties.figure_for(v, c, q_by[k])) is not None]))
        for cue, f in figures:
            if (told := _causative_subject(mine + pending, cue, v)) is not None and told.earlier:
                continue  # "dua hari setelah serangan sebelumnya menewaskan empat orang": that one's toll
            if told is not None and told.trig.sense.mode in HELD_MODES and v.low[cue.i - 1] == "yang":
                # "meringkus dua pemuda yang menewaskan seorang pelajar": the killing the held did, its own event
                mine.append(_own_event(v, cue, f, drafts, spans, violent=True))
                mine[-1].figures.append(f)
                told.deed = cue.i
                continue
            if told is not None and told in pending and any(_points_back(p) and _told_after_pointer(p, told) for p in mine):
                pending.remove(told)  # "Gempa susulan itu terjadi sehari setelah gempa ... yang menewaskan 19 orang":
                mine.append(told)  # the toll is the earlier quake's, told in the clause after the pointer
            if (m := _SUMMED.search(s.text)) and not _MOST.search(s.text, max(0, m.start() - 40), m.start()) \
                    and _nearest(mine, f, v, cue) is None:
                continue  # "Berbagai aksi itu sudah menewaskan 120 orang selama tiga tahun terakhir": a tally
            target = _nearest(mine, f, v, cue) or _preceding(drafts, s, k, sents, tx_by, f.kind)
            if target is not None and target not in mine and target.trig.sense.mode in HELD_MODES \
                    and f.kind in ("fatalities", "injured") and casualties.no_deaths(s.text) is None and any(
                        p.trig.sense.type == "ASSAULT" and cue.j <= p.trig.i <= cue.j + 3
                        and _antecedent(drafts, p, tx_by, article.published) is None for p in pending):
                # "Delapan buruh ditangkap ... Dua polisi luka terkena lemparan botol": the hurt are the throwing's,
                # an attack not told before, not the arrest's ("Tidak ada korban jiwa. Ada 11 anggota kami yang terluka
                # kena lemparan batu": a toll summed up, the incident's told before)
                target = None
            if target is None:
                target = _nearest(pending, f, v)
                earlier = _antecedent(drafts, target, tx_by, article.published) if target is not None else None
                if earlier is not None:
                    target = earlier
                elif target is not None:
                    pending.remove(target)
                    mine.append(target)
            if target is None:
                if f.kind in ("displaced", "missing") and not any(d.trig.sense.kind for d in drafts):
                    continue  # people fleeing or missing, with no violent or disaster event told
                if f.kind == "displaced" and v.low[cue.i] == "pengungsi":
                    continue  # "Kamp itu menampung satu juta pengungsi": a population, not a new flight
                target = _own_event(v, cue, f, drafts, spans, _is_calm(calm, article.text))
                mine.append(target)
            vague = next((g for g in target.figures if casualties.sharper(g, f)), None)
            if vague is not None:
                target.figures.remove(vague)  # "melukai sejumlah orang. Sedikitnya enam orang terluka.": six
            new = all(g.kind != f.kind for g in target.figures)
            # the same toll told again by a named source ("Empat penumpang ditemukan meninggal dunia ..." then
            # "\"... empat meninggal dunia ...,\" kata Arafah"): the figure told in narration was his
            again = not new and any(g.kind == f.kind and g.value == f.value for g in target.figures)
            if new:
                target.figures.append(f)
            elif casualties.told_total(v, cue) and (part := next(
                    (g for g in target.figures if g.kind == f.kind and s.start <= (g.start or -1) < s.end
                     and (g.value or 0) < (f.value or 0)), None)) is not None:
                target.figures.remove(part)  # "Dua korban ... meninggal semalam. Total korban meninggal menjadi
                target.figures.append(f)  # lima": the total it stands at, not the part told first
            if (new or again) and target.view is not v:
                src, _ = attribution.claimed_by(v, len(v.low), article.quotes, None)
                if src and src.lower() in attribution.SOURCE_PRONOUNS:  # "Menurut dia, 80 tewas"
                    src = attribution.speaker_before(view, k, sents) or src
                if src:
                    target.fig_sources.append(src)
        if not drafts and not mine and _TOLL_RISING.match(s.text, cut - s.start) \
                and (hazard := next((p for p in pending if p.trig.sense.kind == "DISASTER"), None)) is not None:
            mine.append(hazard)  # "Jumlah korban tewas akibat tanah longsor di X terus bertambah": the story opens on
            # its hazard's rising toll, no earlier telling to point back to; the hazard is the story's event
        mine = [d for d in mine if not d.earlier]
        for d in mine:
            if d.trig.sense.type == "PROTEST" and d.trig.sense.mode != "riot" and any(
                    o.trig.sense.mode == "riot" and o.trig.i > d.trig.i for o in mine + pending):
                d.riot = True  # "Unjuk rasa ribuan mahasiswa ... berakhir ricuh": a protest turned riot
        mine.sort(key=lambda d: d.trig.i)
        by_sent[k] = mine
        drafts.extend(mine)
    prev: _Draft | None = None
    anchor: when.When | None = None
    acting: list[Participant] | None = None
    perps: list[Participant] | None = None  # the latest violent actors that are not the police or the army
    guard: tuple[list[Participant], int, int] | None = None
    arrester: list[Participant] | None = None  # the force of the latest arrest told (police or army)
    for d in drafts:
        d.event = _build(article, d, res, tx_by, sents, prev, anchor, acting, guard)
        prev = d
        e = d.event
        if arrester and not e.actors and _told_again_held(d, e):
            e.actors = list(arrester)  # "Densus 88 menangkap belasan terduga ... \"Total ada 13 orang yang diamankan\""
        if e.actors and e.type == "COERCE" and e.mode in HELD_MODES and not (e.hypothetical or e.negated or e.historical) \
                and all(p.sector in ("police", "military") for p in e.actors):
            arrester = e.actors
        if perps and e.type in VIOLENT and len(e.actors) == 1 and e.actors[0].name.lower() in _PERPETRATORS:
            e.actors = list(perps)  # "Korban tewas setelah ditusuk para pelaku" after the arrest of "komplotan begal"
        if e.type == "ASSAULT" and not e.actors and _DEFENDANT_BEFORE.search(e.sentence, 0, e.trigger_start - e.sentence_start):
            named = _DEFENDANT_NAMED.search(article.text)  # "terdakwa menusuk korban": the one tried, named before
            if named is not None:
                e.actors = [Participant(name=named.group(1) or named.group(2))]
        if e.actors and e.type in VIOLENT and e.mode != "seize":  # (a haul stopped is no operation's doer)
            acting = e.actors
            if not all(p.sector in ("police", "military") for p in e.actors) \
                    and not any(p.name.lower() in _PERPETRATORS for p in e.actors):
                perps = e.actors
        if e.actors and e.type in ("COERCE", "ASSAULT") and e.mode != "raid" and not e.hypothetical \
                and all(p.sector in ("police", "military") for p in e.actors):
            guard = (e.actors, d.view.index, d.view.sent.paragraph)
        if anchor is None and d.dated and e is not None and not e.historical and e.date_precision == "day":
            anchor = when.When(e.date_start, e.date_end, e.date_precision, False)
    kept = [d for d in drafts if d.event is not None and filters.reportable(d.event)]
    if len(kept) < len(drafts):
        _figures_to_kept(drafts, kept)
    kept = _without_protest_demands(kept)
    # (at a match where people died, "Gubernur meminta PSSI menghentikan pertandingan" reacts to the deaths)
    deadly = any(d.event is not None and (d.event.fatalities or 0) > 0 for d in kept)
    doubtful = [d for d in kept if d.event is not None and not filters.real_in_sports(d.event)
                and not (deadly and d.event.type in filters.REACTIONS)]
    low = article.text.lower()  # (for the sports and the opinion tests)
    if doubtful and ((article.outlet or "").lower() in filters.SPORTS_OUTLETS or filters.is_sports(article.text, low)):
        gone = {id(d) for d in doubtful}  # a match report: only real violence stays
        kept = [d for d in kept if id(d) not in gone]
    private = {id(e) for e in filters.private_dealings([d.event for d in kept if d.event is not None])}
    if private:
        kept = [d for d in kept if id(d.event) not in private]
    if filters.is_opinion(article.text, article.removed, low) or filters.is_review(article.title or "") or filters.is_review(article.text):
        kept = [d for d in kept if d.own_date]  # a column argues: only the dated facts it cites are events
    accident.make_accidents([d.event for d in kept if d.event is not None], article.text)
    accident.make_attacks([d.event for d in kept if d.event is not None])
    accident.arson_fires([d.event for d in kept if d.event is not None])
    tolls = {id(d.event) for d in kept if d.cue}  # casualty sentences the attachment rules left on their own
    pointed = {id(d.event) for d in kept if _demonstrative(d)}  # "granat itu dilempar oleh X"
    default_source = _default_source(article)
    after_pointer: set[int] = set()  # "X itu terjadi ... setelah Y": Y is another event, no reference to fold
    merged = _merge(kept, default_source, after_pointer)
    attribution.sources_between_quotes(merged, sents, article.quotes, default_source)
    attribution.sources_of_a_continued_report(merged, sents, article.quotes, view, default_source)
    events = corefer.fold_references(merged, default_source, tolls | after_pointer, pointed)
    events = corefer.deaths_of_the_beaten(events)
    corefer.deaths_of_the_attack(events, default_source)
    attribution.resolve_pronoun_sources(events, default_source, sents, view)
    attribution.sources_told_after(events, sents, default_source)
    attribution.sources_of_a_repeated_toll(events, default_source)
    roles.claimed_responsibility(events, sents, view, ents, res.country_names)
    roles.bare_force_named_before(events, article.text, res.country_names)
    roles.pronoun_doer(events)
    casualties.nil_tolls(events, sents, VIOLENT, article.quotes, default_source)
    _death_dated_later(events, sents, tx_by)
    _at_the_incident(events, sents, tx_by)
    _soon_after_the_incident(events, sents, tx_by)
    _dated_by_it_happened(events, sents, tx_by)
    _dated_by_the_next_telling(events)
    _dated_by_its_toll(events, sents, tx_by)
    _said_when_quoted(events, sents, tx_by)
    for n, e in enumerate(events):
        e.id = f"{article.id}-e{n}"
    placing.fill_locations(article, events, sents, view, res, ents, spans_by, cuts)
    return events


# "Korban, Euis (45), meninggal pada Maret 2019": the victim's death told again, with its date
_VICTIM_DIED: Final = re.compile(r"^\W*(?:korban|jenazah|almarhum|almarhumah)\b[^.;]{0,60}?\b(?:meninggal|tewas|wafat)\b",
                          re.IGNORECASE)


def _told_again_held(d: _Draft, e: Event) -> bool:
    """An arrest of the story (not a past one) told in the passive with no agent: one the force
    that made the arrest told before holds (the same arrest told again with its count, or more of its
    arrests)."""
    v, t = d.view, d.trig
    return e.type == "COERCE" and e.mode in HELD_MODES and t.voice == "passive" and not e.historical \
        and not e.hypothetical and not e.negated and (t.j >= len(v.low) or v.low[t.j] in _NO_AGENT)


def _death_dated_later(events: list[Event], sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> None:
    """A death dated only by its year ("ibu rumah tangga yang meninggal tujuh tahun lalu") takes the
    month or day that a later sentence telling no event of its own gives the victim's death in that
    year ("Korban, Euis (45), meninggal pada Maret 2019")."""
    told = {e.sentence_start for e in events}
    for e in events:
        if e.date_precision != "year" or not e.fatalities or not e.date_start:
            continue
        for k, s in enumerate(sents):
            if s.start <= e.sentence_start or s.start in told or _VICTIM_DIED.search(s.text) is None:
                continue
            tx = next((t for t in tx_by[k] if t.granularity in ("month", "day")
                       and (t.date_start or "")[:4] == e.date_start[:4]), None)
            if tx is not None:
                e.date_start, e.date_end = tx.date_start, tx.date_end or tx.date_start
                e.date_precision = "month" if tx.granularity == "month" else "day"
                break


# "Peristiwa itu terjadi Minggu (10/1) malam": the day of the incident just told, in a sentence of its own
_IT_HAPPENED: Final = re.compile(r"^\W*(?:peristiwa|kejadian|insiden)\s+(?:itu|tersebut|ini|nahas\s+itu|nahas\s+tersebut)\s+"
                          r"(?:(?:disebut|dilaporkan|dikabarkan|diduga)\s+)?(?:terjadi|berlangsung)\b", re.IGNORECASE)


# "kapal ... yang dicegat sekelompok pria bersenjata ... pada Selasa (12/1)": the boat or car stopped
# by armed men, told after an attack or abduction, is that attack's first step and gives its day
_WAYLAID: Final = re.compile(r"\b(?:dicegat|diadang|dihadang|dihentikan)\s+(?:oleh\s+)?(?:\w+\s+){0,4}?"
                      r"(?:bersenjata|perompak|bajak\s+laut|orang\s+tak\s+dikenal|OTK|kawanan)\b", re.IGNORECASE)


def _dated_by_it_happened(events: list[Event], sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> None:
    """Events of a sentence with no time of its own take the day the next sentence gives the
    incident, when that sentence tells no event and says only when it happened ("Seorang kakek ...
    tewas setelah dianiaya puluhan warga ... Peristiwa itu terjadi Minggu (10/1) malam"), or, after
    a violent event, tells the armed men waylaying the boat or car ("... diculik ... . Kapal itu
    dicegat sekelompok pria bersenjata ... pada Selasa (12/1) dini hari")."""
    told = {e.sentence_start for e in events}
    index = {s.start: k for k, s in enumerate(sents)}
    for e in events:
        k = index.get(e.sentence_start)
        if k is None or k + 1 >= len(sents) or any(when.usable(t) for t in tx_by[k]):
            continue
        nxt = sents[k + 1]
        if k + 2 < len(sents) and nxt.start not in told and _IT_HAPPENED.match(nxt.text) is None \
                and sents[k + 2].start not in told and _IT_HAPPENED.match(sents[k + 2].text) is not None:
            k += 1  # "Jumlah korban ... bertambah menjadi sembilan. Dua korban ... meninggal pada Senin. Peristiwa
            nxt = sents[k + 1]  # itu terjadi ... Sabtu (20/11) malam": one sentence on the toll between
        if nxt.start in told or _IT_HAPPENED.match(nxt.text) is None and (
                e.type not in VIOLENT or _WAYLAID.search(nxt.text) is None):
            continue
        tx = next((t for t in tx_by[k + 1] if when.usable(t) and t.granularity in ("day", "time") and t.date_start), None)
        if tx is not None:
            e.date_start, e.date_end = tx.date_start, tx.date_end or tx.date_start
            e.date_precision = "day"


def _dated_by_the_next_telling(events: list[Event]) -> None:
    """An event with no day of its own takes the day of the same kind of act told in the very next
    sentence: "Bentrokan antarwarga kembali pecah di Kecamatan A. Warga kedua negeri saling serang ...
    pada Sabtu (5/6/2027) malam" (both stay: the second may tell who, the first the toll)."""
    for e, n in itertools.pairwise(events):
        if e.date_stated or e.historical or n.historical or not n.date_stated or n.date_precision != "day" \
                or n.type != e.type or e.mode is None or n.mode != e.mode \
                or not 0 < n.sentence_start - e.sentence_end <= 2:
            continue
        e.date_start, e.date_end, e.date_precision = n.date_start, n.date_end, n.date_precision


def _dated_by_its_toll(events: list[Event], sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> None:
    """A lead that only says who struck where ("Israel kembali menggempur Lebanon selatan.") and took
    its toll from the next sentence, which tells the strike with its day ("... pada Senin (1/3)
    malam"), happened that day, not on the publication day."""
    for e in events:
        if e.date_stated or e.historical or (e.type not in VIOLENT and e.kind != "DISASTER"):
            continue
        k = placing.toll_sentence(e, sents)
        if k is None:
            continue
        days = [x for x in tx_by[k] if when.usable(x) and x.granularity in ("day", "time")
                and not _as_of_in(sents[k], x) and not _said_on(sents[k], x)]
        if len(days) == 1 and days[0].date_start:
            e.date_start, e.date_end, e.date_precision = days[0].date_start, days[0].date_end or days[0].date_start, "day"


# "pada malam kejadian", "saat kejadian", "di hari kejadian": the time of the incident told before
_AT_THE_INCIDENT: Final = re.compile(r"\b(?:pada|saat|di|ketika)\s+(?:(?:malam|hari|siang|pagi|sore|waktu)\s+)?"
                              r"(?:kejadian|peristiwa|insiden)\b(?!\s+(?:itu|tersebut|ini|lain))", re.IGNORECASE)


def _at_the_incident(events: list[Event], sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> None:
    """A violent event told "pada malam kejadian" with no time of its own is dated as the story's
    first violent event, not by the sentence before ("adik korban melapor pada Oktober lalu. ... saksi
    yang melihat korban dipukul ... pada malam kejadian")."""
    index = {s.start: k for k, s in enumerate(sents)}
    for e in events:
        k = index.get(e.sentence_start)
        m = _AT_THE_INCIDENT.search(e.sentence) if k is not None and e.type in VIOLENT else None
        if m is None or k is None:
            continue
        lo, hi = e.sentence_start + m.start(), e.sentence_start + m.end()
        if any(not (lo <= t.start and t.end <= hi) for t in tx_by[k]):
            continue  # a time of its own ("malam" of "pada malam kejadian" is the incident's)
        first = next((x for x in events if x.type in VIOLENT and x.sentence_start < e.sentence_start
                      and x.date_start and not x.hypothetical and not x.negated), None)
        if first is not None:
            e.date_start, e.date_end, e.date_precision = first.date_start, first.date_end, first.date_precision
            e.historical = first.historical


# "beberapa menit setelah serangan", "sesaat setelah kejadian": right after the incident told before
_SOON_AFTER: Final = re.compile(r"\b(?:sesaat|tak\s+lama|tidak\s+lama|beberapa\s+(?:menit|jam|saat)|\d+\s+menit)\s+"
                         r"(?:setelah|sesudah|usai|seusai)\s+(?:serangan|penyerangan|kejadian|peristiwa|insiden|"
                         r"penembakan|penusukan|pembacokan|ledakan|pengeboman)\b(?!\s+(?:lain|lainnya))", re.IGNORECASE)


def _soon_after_the_incident(events: list[Event], sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> None:
    """An act told "beberapa menit setelah serangan" with no time of its own is dated as the
    latest dated violent event told before it ("Sugeng menyerang pos polisi ... pada Jumat
    (16/10/2026) malam. ... Sugeng ditangkap warga dan petugas beberapa menit setelah serangan")."""
    index = {s.start: k for k, s in enumerate(sents)}
    for n, e in enumerate(events):
        k = index.get(e.sentence_start)
        m = _SOON_AFTER.search(e.sentence) if k is not None and not e.date_stated else None
        if m is None or k is None or any(when.usable(t) for t in tx_by[k]):
            continue
        told = next((x for x in reversed(events[:n]) if x.type in VIOLENT and x.date_stated and x.date_start
                     and x.sentence_start < e.sentence_start and not x.hypothetical and not x.negated), None)
        if told is not None:
            e.date_start, e.date_end, e.date_precision = told.date_start, told.date_end, told.date_precision
            e.historical = told.historical


_CROWD_SUBJECT: Final = re.compile(r"\W*(?:mereka|massa|para\s+(?:demonstran|pengunjuk\s+rasa|peserta\s+aksi)|demonstran)\s+"
                            r"(?:juga\s+|pun\s+)?(?:menuntut|meminta|mendesak|menolak|memprotes|menyerukan)\b", re.IGNORECASE)


_CROWD_WORDS: Final = frozenset({"mereka", "massa", "demonstran"})


# protesters by name: "ribuan demonstran", "para pengunjuk rasa", "massa aksi"
_PROTESTERS: Final = re.compile(r"(?:^|\s)(?:demonstran|pengunjuk\s+rasa|pendemo|peserta\s+aksi|massa\s+aksi)$", re.IGNORECASE)


def _without_protest_demands(kept: list[_Draft]) -> list[_Draft]:
    """"Mereka menuntut pemerintah ..." right after a protest: what the protesters demand is part of
    the protest, not a request of its own; told with no protest before it ("membubarkan ribuan
    demonstran yang menuntut Presiden mundur"), protesters demanding are the protest."""
    out: list[_Draft] = []
    protest_at = -10
    for d in kept:
        e = d.event
        if e is None:
            continue
        if e.type in ("REQUEST", "REJECT") and d.view.index - protest_at <= 2 and _CROWD_SUBJECT.match(e.sentence) \
                and all(a.name.lower() in _CROWD_WORDS for a in e.actors):  # "Massa menuntut": the crowd itself
            continue
        if e.type == "REQUEST" and len(e.actors) == 1 and _PROTESTERS.search(e.actors[0].name) \
                and d.view.index - protest_at > 2 and not e.negated and not e.hypothetical:
            e.type, e.mode = "PROTEST", "demo"
        if e.type == "PROTEST":
            protest_at = d.view.index
        out.append(d)
    return out


def _harmful(sense: Sense) -> bool:
    """A violent, disaster or riot sense: what a casualty figure can belong to."""
    return sense.type in VIOLENT or bool(sense.kind) or sense.mode == "riot"


def _bodily(sense: Sense) -> bool:
    """Violence or a riot that can hurt people: not property destruction alone."""
    return (sense.type in VIOLENT or sense.mode == "riot") and sense.mode != "destroy"


def _named_earlier(v: SentView, t: triggers.Trigger) -> bool:
    """An incident named as the one before ("setelah serangan sebelumnya", "serangan terdahulu")."""
    return t.nominal and t.j < len(v.low) and v.low[t.j] in ("sebelumnya", "terdahulu")


def _also_done(v: SentView, t: triggers.Trigger, drafts: list[_Draft]) -> bool:
    """Damage told as part of the violence just before: "Bentrokan ... terjadi pada Sabtu malam.
    Lima rumah ikut dibakar massa." -- "ikut"/"turut" with a passive of destruction."""
    if t.sense.mode != "destroy" or t.voice != "passive" or t.i == 0 or v.low[t.i - 1] not in ("ikut", "turut"):
        return False
    return any(_bodily(d.trig.sense) and d.view.index >= v.index - 2 for d in drafts)


def _causative_subject(ds: list[_Draft], cue: casualties.Cue | None, v: SentView) -> _Draft | None:
    """For an active causative cue ("... menewaskan satu orang"), the violent, disaster or riot
    event just before it: its subject."""
    if cue is None or cue.direction != "R" or v.low[cue.i] not in _CAUSATIVE_CUES:
        return None
    before = [d for d in ds if d.trig.i < cue.i and _harmful(d.trig.sense)]
    return max(before, key=lambda d: d.trig.i) if before else None


def _nearest(ds: list[_Draft], f: Figure, v: SentView, cue: casualties.Cue | None = None) -> _Draft | None:
    """The violent or disaster event of the sentence nearest the figure; for an active causative
    cue ("Bentrokan itu menewaskan satu orang dan lima rumah dibakar"), its subject: the
    nearest such event before the cue."""
    cands = [d for d in ds if d.trig.sense.type in VIOLENT or d.trig.sense.kind]
    subject = _causative_subject(ds, cue, v)
    if subject is not None:
        return subject
    if not cands:
        return None
    pos = f.start or 0
    return min(cands, key=lambda d: abs(v.toks[d.trig.i].start - pos))


def _preceding(drafts: list[_Draft], s: Sentence, k: int, sents: list[Sentence],
               tx_by: list[list[TimeExpr]], kind: str = "") -> _Draft | None:
    """The violent or disaster event a casualty sentence without its own event reports on: the
    latest one of the paragraph within two sentences, or of the narrative just before (up to
    three sentences back, across a paragraph break) when the casualty sentence has no time
    expression of its own and that event is not background (dated by a year or month only)."""
    pointed = casualties.points_back(s.text)
    harm = kind in ("fatalities", "injured")
    named = casualties.named_incident(s.text) if harm else None
    if named is not None:  # "lima orang luka-luka dalam bentrokan itu": the clash, not the burning told after it
        told = next((d for d in reversed(drafts) if d.view.index >= k - 6 and _harmful(d.trig.sense)
                     and d.trig.surface.lower().startswith(named)), None)
        if told is not None:
            return told
    for n, d in enumerate(reversed(drafts)):
        if d.view.index < k - 3:
            return None
        if harm and d.trig.sense.mode == "destroy" and any(
                _bodily(e.trig.sense) and e.view.index >= k - 2 for e in drafts[:len(drafts) - n]):
            continue  # "... menewaskan satu orang dan lima rumah dibakar. Satu warga meninggal ...": the clash's dead
        if pointed and d.trig.sense.mode in HELD_MODES:
            continue  # "Tidak ada korban jiwa dalam peristiwa tersebut": the incident, not the arrests after it
        if kind == "fatalities" and d.trig.sense.mode in HELD_MODES and any(
                _bodily(e.trig.sense) and e.view.index >= k - 3 for e in drafts[:len(drafts) - n]):
            continue  # "... pelaku telah ditahan. Seorang pendukung ... terkena peluru dan meninggal": the shooting's dead
        if harm and d.trig.sense.mode in _THINGS_TAKEN:
            continue  # "barang mereka disita ... dua narapidana terluka": taking things hurts nobody
        if not _harmful(d.trig.sense):
            continue
        if d.view.sent.paragraph == s.paragraph and d.view.index >= k - 2:
            return None if _another_year(tx_by[k], tx_by[d.view.index]) else d
        if any(not _as_of_in(s, x) and not _said_on(s, x) for x in tx_by[k]) or any(
                t.granularity in ("year", "month", "decade") for t in tx_by[d.view.index]):
            return None
        low = s.text.lower()
        # ("data BNPB" is a tally; "Kepala Pusat Data dan Informasi BNPB" is an office)
        return None if any(c in low for c in _CUMULATIVE if c != "data ") or "data " in s.text else d
    return None


# "Berbagai aksi itu sudah menewaskan 120 orang selama tiga tahun terakhir": a toll summed over a span
# (not "tewas dalam bentrokan ..., yang paling mematikan dalam lima tahun terakhir": one event compared)
_MOST: Final = re.compile(r"\b(?:paling|ter(?:besar|parah|buruk|banyak)|pertama)\b", re.IGNORECASE)
_SUMMED: Final = re.compile(r"\b(?:dalam|selama|sepanjang)\s+(?:\w+\s+)?(?:tahun|bulan|dekade)\s+(?:terakhir|belakangan)\b",
                            re.IGNORECASE)


def _another_year(mine: list[TimeExpr], theirs: list[TimeExpr]) -> bool:
    """The casualty sentence names a year of its own that its would-be event's sentence does not:
    "Pesantren itu terbakar dan menewaskan 6 santri. ... Pada 2005, 40 santri tewas dalam
    kebakaran yang melalap pesantren lain": a past fire's toll, background, not this fire's."""
    years = {x.date_start[:4] for x in theirs if x.date_start}
    return any(x.granularity == "year" and not x.anchored and x.date_start and x.date_start[:4] not in years
               for x in mine)


_CAUSATIVE_CUES: Final = frozenset({"menewaskan", "melukai", "merenggut"})
_THINGS_TAKEN: Final = frozenset({"seize", "loot"})

# A cumulative toll ("sudah lebih dari 2.000 tentara tewas", "total korban hingga kini") is its own
# figure, not the casualties of the incident told just before.
_CUMULATIVE: Final = ("sudah ", "total", "sejauh ini", "hingga kini", "hingga saat ini", "sampai saat ini",
               "sejak ", "keseluruhan", "secara kumulatif", "data ")


def _days(iso: str) -> int:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


_EXPLOSIVE: Final = frozenset({"explosives", "suicide", "grenade"})


def _rough_date(d: _Draft, tx_by: list[list[TimeExpr]], published: str | None) -> str | None:
    txs = tx_by[d.view.index]
    return txs[0].date_start if txs else published


# a lead on a hazard's toll still rising ("Jumlah korban tewas akibat tanah longsor di ... terus bertambah")
_TOLL_RISING: Final = re.compile(r"\W*(?:jumlah\s+)?korban\s+(?:tewas|meninggal(?:\s+dunia)?|jiwa)\s+(?:akibat|karena)\s+"
                          r"[^.;]*?\b(?:terus\s+)?bertambah\b", re.IGNORECASE)


def _antecedent(drafts: list[_Draft], ref: _Draft, tx_by: list[list[TimeExpr]],
                published: str | None) -> _Draft | None:
    """An earlier event the unlicensed reference ("akibat gempa", "dalam serangan itu") points to:
    same type, compatible mode, and not dated a month or more apart."""
    a = ref.trig.sense
    mine = _rough_date(ref, tx_by, published) if tx_by[ref.view.index] else None
    for d in reversed(drafts):
        b = d.trig.sense
        if b.type != a.type:
            continue
        theirs = _rough_date(d, tx_by, published)
        if mine and theirs and abs(_days(mine) - _days(theirs)) > 31:
            continue
        if a.mode is None or b.mode is None or a.mode == b.mode or {a.mode, b.mode} <= _EXPLOSIVE:
            return d
    return None


# killed by a wild or stray animal: "tewas diinjak kawanan gajah liar", "tewas diterkam harimau"; nobody's
# attack but a hazard, as a flood or a landslide is (the animal is no actor)
_BY_AN_ANIMAL: Final = re.compile(r"^(?:dunia\s+)?(?:setelah\s+|usai\s+|akibat\s+|karena\s+)?(?:di|ter)"
                                  r"(?:injak(?:-injak)?|terkam|mangsa|seruduk|tanduk|gigit|patuk|amuk|serang|sambar)\s+"
                                  r"(?:(?:seekor|kawanan|sekawanan|segerombolan|rombongan)\s+)?"
                                  r"(?:gajah|harimau|macan|buaya|beruang|ular|anjing|babi\s+hutan|hiu|banteng|kerbau|sapi|"
                                  r"singa|serigala|komodo|lebah|tawon|monyet|kera|badak)\b")


def _by_an_animal(v: SentView, cue: casualties.Cue) -> bool:
    """The dead told killed by an animal ("tewas diinjak gajah"): a DISASTER, not an ASSAULT."""
    return _BY_AN_ANIMAL.match(" ".join(v.low[cue.j:cue.j + 6])) is not None


def _own_event(v: SentView, cue: casualties.Cue, f: Figure, drafts: list[_Draft],
               spans: list[roles.Span], calm: bool = False, violent: bool = False) -> _Draft:
    from .lexicon import Sense

    disaster = None if violent else next((d.trig.sense for d in reversed(drafts) if d.trig.sense.kind == "DISASTER"), None)
    if f.kind == "captured":
        sense = Sense("COERCE", "arrest")
    elif not violent and _by_an_animal(v, cue):
        sense = Sense("DISASTER", "animal", "DISASTER")
    elif disaster is None and calm:  # the dead of a story with no violence in it: an accident
        sense = Sense("DISASTER", "accident", "DISASTER")
    else:
        sense = disaster or Sense("ASSAULT")
    voice = "active" if violent else "stative"  # "dua pemuda yang menewaskan seorang pelajar": who killed whom
    t = triggers.Trigger(cue.i, cue.j, sense, voice, False, True, " ".join(v.low[cue.i:cue.j]))
    return _Draft(v, t, spans, cue=f.kind != "captured" and not violent)


def _ahead(w: when.When, published: str | None) -> bool:
    """Dated after its article: planned, not done ("Diharapkan, pada pertengahan 2018, pemerintah telah
    melakukan penandatanganan"), however the sentence puts it."""
    return bool(w.date_start and published and w.date_start[:10] > published[:10])


def _back_ok(src: Sentence, cont: bool, present: bool) -> bool:
    """May a background date of ``src`` carry over to the event being dated?"""
    return cont or not (present or when.aside(src.text))


_IN_THAT_MEETING: Final = re.compile(r"\W*(?:dalam|pada|di)\s+(?:mediasi|pertemuan|rapat|perundingan|musyawarah|dialog|"
                              r"negosiasi)\s+(?:itu|tersebut)\b", re.IGNORECASE)


# what may stand between a clock time and the day told after it: "sekitar pukul 04.10 WITA, Kamis (10/9)"
_CLOCK_DAY_GAP: Final = re.compile(r"\s*,?\s*(?:pada\s+)?(?:hari\s+)?")


def _when(article: Article, d: _Draft, tx_by: list[list[TimeExpr]], sents: list[Sentence],
          prev: _Draft | None, anchor: when.When | None) -> when.When:
    """The event's date: its clause's own time expression (a sourcing preamble's date and, for
    non-speech events, a post-posed attribution's date excluded); else the previous dated event
    or the previous sentences of the paragraph (a background date only with "saat itu");
    "keesokan harinya" moves that a day on; else the article's narrative anchor (the first
    dated present event); else the publication date."""
    v, t, s = d.view, d.trig, d.view.sent
    starts = [tk.start for tk in v.toks]
    txs = tx_by[v.index]
    cut_src = when.sourcing_end(v.low, starts, txs)
    if cut_src is not None:
        txs = [x for x in txs if x.start >= cut_src]
    cut = placing.postposed_cut(v)
    if cut is not None and t.sense.type not in _SPEECH:
        txs = [x for x in txs if x.start < cut]
    if txs and d.deed is not None:  # "meringkus dua pemuda yang menewaskan seorang pelajar ..., akhir pekan lalu": the killing's
        txs = [x for x in txs if x.start < v.toks[d.deed].start]
    if txs:  # "Hingga Rabu malam, 12 penambang ditemukan meninggal": the time the toll stood at, not the event's
        txs = [x for x in txs if not _as_of_in(v.sent, x)]
    found = when.recovered_clause(v.low, t.i, t.j) if txs else None
    if found is not None:  # "menemukan tiga jenazah penambang yang tertimbun longsor ..., Kamis": the finding's day
        lo, hi = starts[found[0]], starts[found[1]] if found[1] < len(starts) else s.end
        txs = [x for x in txs if lo <= x.start < hi]
    rel = when.relative_clause(v.low, t.i, t.j) if txs else None
    if rel is not None:  # "kesepakatan yang ditandatangani oleh X" inside a main clause
        lo, hi = starts[rel[0]], starts[rel[1]] if rel[1] < len(starts) else s.end
        txs = [x for x in txs if lo <= x.start < hi]
    elif txs:  # "Bentrokan dipicu sengketa lahan yang sudah berlangsung sejak 2019": the dispute's date
        txs = [x for x in txs if not when.in_other_relative(v.low, starts, t.j, x.start)]
    if txs and t.sense.type in _STATEMENTS:  # "meminta ... mahasiswa yang ditangkap usai unjuk rasa kemarin"
        txs = [x for x in txs if x.start < v.toks[t.i].start or not when.in_embedded_clause(v.low, starts, t.j, x.start)]
    if txs and t.sense.type in _STATEMENTS:  # "membantah adanya laporan ... dalam sepekan terakhir": what is denied spans it
        txs = [x for x in txs if x.start < v.toks[t.i].start or not when.span_up_to_now(x)]
    if txs and t.sense.type not in _SPEECH:  # "X di Pontianak, Kamis, mengatakan ketiga pelaku ditangkap": said then
        txs = [x for x in txs if not when.in_attribution_head(v.low, starts, t.i, x.start)]
    if txs:  # "menemui warga dan berjanji perbaikan dimulai pekan depan": the promise's time
        txs = [x for x in txs if x.start < v.toks[t.i].start or not when.in_prospect(v.low, starts, t.j, x.start)]
    if txs:  # "sepakat ... dituntaskan paling lambat 31 Januari": a deadline
        txs = [x for x in txs if not when.deadline(s.text, s.start, x)]
    if txs:  # "di hari yang sama": no day of its own (the time layer anchors it on the publication day)
        txs = [x for x in txs if not when.same_day(x.text.lower().split())]
    if txs:  # "..., sehari kemudian": the day after the story's last day, not after the publication day
        txs = [x for x in txs if not when.next_day(x.text.lower().split())]
    if anchor is not None and when.day_before_opens(v.low):
        d.dated = d.own_date = True
        return when.shift(anchor, -1)
    tx = when.pick(txs, v.toks[t.i].start, cut)
    if tx is not None and when.bare_part_of_day(tx):
        tx = next((x for x in txs if x.granularity == "day" and x.type == "DATE" and _CLOCK_DAY_GAP.fullmatch(
            article.text, tx.end, x.start)), None)  # "pukul 04.10 WITA, Kamis (10/9)": the day told after the clock
    if tx is not None and t.sense.type in _STATEMENTS and article.published \
            and (when.from_timex(tx, article.published).date_start or "") > article.published[:10]:
        tx = None  # "mengancam mogok pada pekan depan": the time of what is threatened, not of the threat
    frame = None  # "tahun anggaran 2026" in a story told day by day in 2026: a frame, not the event's date
    if tx is not None and anchor is not None and tx.granularity == "year" and tx.value[:4] == (anchor.date_start or "")[:4] \
            and _SPAN_OF.search(s.text[max(0, tx.start - s.start - 12):tx.start - s.start]) is None:
        frame, tx = tx.value[:4], None  # ("sepanjang tahun ini": a tally over the year keeps the year)
    if rel is not None and tx is None:
        return when.When(None, None, None, False)  # a referenced event: the main clause's date is not its
    if tx is not None:
        d.dated = d.own_date = True
        got = when.from_timex(tx, article.published)
        later = when.days_after(s.text, tx.end - s.start) if _TOLL_NOW.search(s.text, 0, tx.start - s.start) else None
        if later is not None and (later[1] == v.low[t.i] or v.toks[t.i].start >= tx.end):
            return when.shift(got, -later[0])  # "... pada Kamis, dua hari setelah gempa mengguncang": the quake's day
        return got
    if when.same_day(v.low) and (told := _last_told_day(v.index, sents, tx_by, article.published)) is not None:
        d.dated = True  # "Sekitar pukul 21.00 WIB di hari yang sama, polisi menangkap ...": that day
        return told
    cont = when.past_anaphora(v.low)
    present = t.sense.type in _SPEECH  # a reported statement is told now

    if prev is not None and prev.dated and prev.event is not None and prev.event.type == "CONSULT" \
            and _IN_THAT_MEETING.match(s.text):  # "Dalam mediasi itu, kedua pihak sepakat ...": the meeting's day
        d.dated = True
        pe = prev.event
        return when.When(pe.date_start, pe.date_end, pe.date_precision, pe.historical)
    if present and (said := _quoted_next_date(v.index, s, sents, tx_by)) is not None:
        d.dated = True  # "X mengecam langkah itu. \"...,\" kata juru bicara X, Sabtu.": said on Saturday
        return when.from_timex(said, article.published)
    w: when.When | None = None
    same = prev is not None and prev.view.index == v.index  # an event of this sentence: no "keesokan" shift
    if prev is not None and prev.dated and prev.event is not None and (
            prev.view.sent.paragraph == s.paragraph or (prev.view.index == v.index - 1 and not present)) \
            and (cont or same or not _opens_aside(prev.view.sent.text)):
        pe = prev.event
        if not pe.historical or _back_ok(prev.view.sent, cont, present):
            w = when.When(pe.date_start, pe.date_end, pe.date_precision, pe.historical)
    if w is None:
        for back in (1, 2):
            k = v.index - back
            if k < 0 or (back == 2 and sents[k].paragraph != s.paragraph):
                break
            if tx_by[k]:
                own = [x for x in tx_by[k] if not when.bare_part_of_day(x)  # "beraksi ... sejak Oktober": not
                       and (cont or not when.series_start(sents[k].text, sents[k].start, x))]  # the next one's day
                src_end = when.sourcing_end_text(sents[k].text, sents[k].start, own)
                if src_end is not None:  # "Dikutip dari X, Rabu (22/1), ...": the reading date
                    own = [x for x in own if x.start >= src_end]
                if not present:  # "..., kata X, Kamis (13/3)": a statement date, not the event's
                    m = _ATTRIB.search(sents[k].text)
                    own = [x for x in own if m is None or x.start < sents[k].start + m.start()]
                cand = when.from_timex(own[-1], article.published) if own else None
                if cand is not None and article.published and (cand.date_start or "") > article.published[:10]:
                    cand = None  # "\"..., bukan bulan depan,\" kata X." then "Serangan ... terjadi": no future day
                if cand is not None and (not cand.historical or _back_ok(sents[k], cont, present)) \
                        and (cont or not _opens_aside(sents[k].text)):
                    w = cand
                break
            if sents[k].paragraph != s.paragraph:
                break
    if w is not None and frame is not None and (w.date_start or "")[:4] != frame:
        w = None  # a date of another year carried from context contradicts the sentence's own year
    if w is None and anchor is not None and not (t.sense.type in _STATEMENTS and article.published
                                                 and (anchor.date_start or "") < article.published[:10]):
        w = anchor  # (a demand or accusation with no day of its own is made when it is reported)
    if w is not None:
        d.dated = True
        return when.shift(w, 1) if when.next_day(v.low) and not (same and w is not anchor) else w
    return when.publication(article.published)


def _last_told_day(k: int, sents: list[Sentence], tx_by: list[list[TimeExpr]], published: str | None) -> when.When | None:
    """The last day told in the sentences before sentence ``k`` (not a statement's day after a
    post-posed attribution, a sourcing date, an as-of time or a bare part of a day)."""
    for b in range(k - 1, max(-1, k - 8), -1):
        s = sents[b]
        own = [x for x in tx_by[b] if when.usable(x) and x.granularity in ("day", "time")
               and not when.bare_part_of_day(x) and not _as_of_in(s, x) and not _said_on(s, x)]
        src_end = when.sourcing_end_text(s.text, s.start, own)
        own = [x for x in own if src_end is None or x.start >= src_end]
        if own:
            return when.from_timex(own[-1], published)
    return None


def _quoted_next_date(k: int, s: Sentence, sents: list[Sentence], tx_by: list[list[TimeExpr]]) -> TimeExpr | None:
    """The day a statement was made, told by the quote right after it in its paragraph ("...,"
    kata X di Beijing, Sabtu)."""
    if k + 1 >= len(sents) or sents[k + 1].paragraph != s.paragraph:
        return None
    nxt = sents[k + 1]
    if nxt.text.lstrip()[:1] not in _QUOTE_CHARS or (m := _ATTRIB.search(nxt.text)) is None:
        return None
    said = [x for x in tx_by[k + 1] if x.start >= nxt.start + m.start() and not when.bare_part_of_day(x)]
    return said[0] if said and said[0].granularity in ("day", "time") else None


# fights told with their sides after "antara": "dalam tawuran antara dua geng pelajar"
_BRAWLS: Final = frozenset({"tawuran", "bentrokan", "perkelahian", "pertikaian", "keributan", "perang", "pertempuran",
                     "bentrok", "adu"})


def _build(article: Article, d: _Draft, res: Any, tx_by: list[list[TimeExpr]], sents: list[Sentence],
           prev: _Draft | None, anchor: when.When | None = None, acting: list[Participant] | None = None,
           guard: tuple[list[Participant], int, int] | None = None) -> Event:
    """One event from its draft. ``acting``: the actors of the latest violent event told before;
    ``guard``: those of the latest police or army action (not a raid, whose arrests it holds
    itself) with its sentence index and paragraph."""
    v, t, spans = d.view, d.trig, d.spans
    s = v.sent
    cut = placing.postposed_cut(v)
    if cut is not None and v.toks[t.i].start < cut and t.sense.type not in _SPEECH:
        spans = [sp for sp in spans if (sp.part.start or 0) < cut]  # '"... menyita dokumen," kata X': X told it
    tallier: Participant | None = None
    actors, targets = roles.assign(v, spans, t.i, t.j, t.voice, t.sense.type, t.sense.mode)
    if t.sense.kind == "DISASTER":
        actors, targets = [], (actors + targets if d.cue and t.sense.mode == "accident" else [])
    elif d.cue:  # "empat warga meninggal": the dead or wounded are targets, never actors
        actors, targets = [], actors + targets
    elif not actors and t.voice in ("active", "passive") and any(
            w in _FIRST_PERSON for w in v.low[max(0, t.i - 4):t.i]) \
            and not (t.voice == "passive" and v.low[t.i - 1] == "yang"):  # ("teman kami yang ditahan": not ours)
        pos = v.toks[t.i].start
        q = next((q for q in article.quotes if q.start <= pos < q.end and q.speaker), None)
        if q is not None:  # "Kami sudah mengamankan tiga orang," kata Kapolsek: the speaker's side acts
            boss = office.speaker_office(article.text, q.speaker or "")
            actors = [boss or Participant(name=q.speaker or "", entity_id=q.speaker_entity_id)]
        elif not any(q.start <= pos < q.end for q in article.quotes) \
                and (boss := office.interviewee_office(article.text)) is not None:
            actors = [boss]  # an interview's unquoted answer: "Pekan lalu kami menangkap tiga orang ..."
    elif not actors and t.voice == "passive" and t.sense.type == "COERCE" and t.sense.mode in HELD_MODES \
            and (t.j >= len(v.low) or v.low[t.j] in _NO_AGENT):
        # "Kapolrestabes X Kombes Pol Y mengatakan 27 mahasiswa diamankan": the speaker's office holds them
        src, src_id = attribution.claimed_by(v, t.i, article.quotes, None)
        boss = office.speaker_office(article.text, src) if src and src != v.source else None
        if boss is None and src and src != v.source and SECTOR_NOUNS.get(src.split()[0].lower()) in ("police", "military"):
            boss = Participant(name=src, entity_id=src_id, sector=SECTOR_NOUNS[src.split()[0].lower()])
        elif boss is None and src and _INTERIOR.match(src):  # "Puluhan orang ditahan, kata Kementerian Dalam Negeri"
            boss = Participant(name=src, entity_id=src_id, sector="police")  # the ministry over the police
        elif boss is None and src and src != v.source:
            boss = _interior_minister(article.text, src)  # "Menteri Dalam Negeri Serbia, X, mengatakan ..."
        if boss is not None:  # "Kepolisian Dhaka menyatakan 42 orang ditangkap": the body that says so holds them
            actors = [boss]
    if not actors and t.voice == "passive" and t.sense.mode in HELD_MODES and guard is not None \
            and guard[1] >= v.index - 1 and guard[2] == s.paragraph:
        actors = list(guard[0])  # "Polisi menembakkan gas air mata ... Sebanyak 12 mahasiswa diamankan"
    if not actors and t.voice == "nominal" and t.i > 1 and v.low[t.i - 1] in ("dalam", "lewat", "melalui"):
        verb = next((k for k in range(t.i - 2, max(-1, t.i - 8), -1)
                     if len(v.low[k]) > 4 and v.low[k].startswith("me")), None)
        if verb is not None and any(v.low[k] in _PURSUED for k in range(verb + 1, t.i - 1)):
            pass  # "Polisi memburu seorang tersangka kedua dalam penembakan ...": the hunters did not shoot
        elif verb is not None and not _tallied(v, verb):  # "Kelompok militan menewaskan dua polisi dalam serangan bom": who did it
            actors = [sp.part for sp in roles.subject_before(v, spans, verb)]
        elif verb is not None:  # "Militer X merevisi jumlah korban tewas dalam serangan ...": who counts says so
            tallier = next((sp.part for sp in roles.subject_before(v, spans, verb)), None)
    if t.voice == "active" and acting:
        for k in range(max(0, t.i - 12), t.i - 1):
            if v.low[k] in _OPERATION_NOUNS and v.low[k + 1] in ("itu", "tersebut"):
                if all((p.start or 0) > v.toks[k].start for p in actors) \
                        and not any(w in _TIME_CLAUSE for w in v.low[k + 2:t.i]):  # "... terjadi setelah X menyerang"
                    actors = list(acting)  # "operasi itu menargetkan ... dan menangkap 11 orang": its doers
                break
    if not actors and t.sense.type == "ASSAULT":
        between = [sp.part for sp in spans if v.low[sp.i].startswith("antar")]
        if between:  # "dibacok dalam tawuran antarpelajar": both sides of the brawl act
            actors = between[:1]
        else:  # "tewas setelah ditusuk dalam tawuran antara dua geng pelajar": the sides named after "antara"
            ta = next((x for x in range(1, len(v.low) - 1) if v.low[x] == "antara" and v.low[x - 1] in _BRAWLS), None)
            if ta is not None:
                sides = [n for n, sp in enumerate(spans) if ta < sp.i <= ta + 8]
                if sides:
                    actors = [sp.part for sp in roles._coordinated(spans, sides[0], ta + 12, v)]
    if not actors and v.low[:1] == ["mereka"] and t.sense.type in VIOLENT and t.voice in ("active", "nominal") \
            and prev is not None \
            and prev.event is not None and prev.event.actors and prev.view.index == v.index - 1 \
            and (t.voice == "active" or (t.i > 0 and v.low[t.i - 1] in LIGHT_VERBS | {"terlibat"})):
        actors = list(prev.event.actors)  # "Polisi ... dikerahkan ke lokasi. Mereka terlibat baku tembak ..."
    if not targets and v.low[:1] == ["mereka"] and t.voice == "passive" and t.sense.type == "ASSAULT" \
            and prev is not None and prev.event is not None and prev.event.targets \
            and 0 < v.index - prev.view.index <= 4 and prev.view.sent.paragraph >= s.paragraph - 4:
        targets = list(prev.event.targets)  # "KKB melepaskan tujuh pekerja ... Mereka disandera sejak Sabtu": the workers
    if acting and len(actors) == 1 and actors[0].name.lower() in _PERPETRATORS and t.sense.type in VIOLENT \
            and not all(p.sector in ("police", "military") for p in acting):
        actors = list(acting)  # "Para pelaku juga menculik 22 warga": those of the attack told before
        # (not the unit that arrested them: "Polres X menangkap empat begal ... Korban tewas setelah ditusuk para pelaku")
    pointed = _group_pointed_back(article, actors, s)
    agency = _agency_pointed_back(article, actors) if pointed is None else None
    if pointed is not None:  # "kelompok itu melancarkan serangan": the group named before
        actors = [pointed[1]]
    elif agency is not None:  # "Badan PBB itu mendesak ...": the agency named before
        actors = [agency]
    elif acting and len(actors) == 1 and actors[0].name.lower() in _GROUP_NOUNS and actors[0].end is not None \
            and _POINTERS.match(article.text, actors[0].end) \
            and not all(p.sector in ("police", "military") for p in acting):
        actors = list(acting)  # "Houthi melancarkan serangan ... Pada 2023, kelompok itu juga membajak": no name tagged
    if len(actors) == 1 and t.voice == "active":
        boss = office.office_actor(v, actors[0], t.i, article.text)  # "Kapolres X ... mengatakan pihaknya menangkap"
        if boss is not None:
            actors = [boss]
    fact = factuality.factuality(v, t)
    type_ = fact.retype or t.sense.type
    mode = "reject" if fact.retype else ("riot" if d.riot else t.sense.mode)
    if type_ == "ASSAULT" and not d.figures and not targets and t.surface in _MISSILES and prev is not None \
            and prev.event is not None and prev.event.mode == "weapons_test":
        type_, mode, actors = "MOBILIZE", "weapons_test", []  # "X menyebut rudal diluncurkan dari ...": that launch again
    if type_ == "ASSAULT" and not d.figures and (_TEST_FIRE.search(s.text) or (_LAUNCH.search(s.text) and not targets)):
        # "menembakkan rudal balistik ke arah Laut Jepang": a launch into the sea is a show of force
        type_, mode, targets = "MOBILIZE", "weapons_test", []
    if type_ == "PROTEST" and t.surface.lower() in _PROTES:
        official = _official_protest(v, spans, t, actors)
        if official is not None:  # "Tokyo menyampaikan protes keras", "protes dari pemerintah Indonesia"
            type_, mode, actors = "ACCUSE", "disapprove", official
    if fact.retype:
        speaker = [sp for sp in spans if sp.j <= t.i]
        actors = [speaker[0].part] if speaker else actors
    src, src_id = attribution.claimed_by(v, t.i, article.quotes, None)
    if src is None and d.fig_sources:
        src = d.fig_sources[0]
    if src is None and tallier is not None:
        src, src_id = tallier.name, tallier.entity_id
    if pointed is not None and src == pointed[0]:
        src, src_id = pointed[1].name, pointed[1].entity_id
    # unattributed: the wire the article copies ("Dilansir AFP"), else the outlet itself
    src = src or _default_source(article)
    w = _when(article, d, tx_by, sents, prev, anchor)
    trig_text = article.text[v.toks[t.i].start:v.toks[t.j - 1].end]
    ev = Event(id="", article_id=article.id, type=type_, sentence=s.text, sentence_start=s.start,
               sentence_end=s.end, trigger=trig_text, trigger_start=v.toks[t.i].start,
               trigger_end=v.toks[t.j - 1].end, mode=mode, kind=t.sense.kind, actors=actors,
               targets=targets, date_start=w.date_start, date_end=w.date_end,
               date_precision=w.precision, date_stated=d.own_date, historical=w.historical, claimed_by=src,
               claimed_by_entity_id=src_id, negated=fact.negated,
               hypothetical=fact.hypothetical or _ahead(w, article.published), demanded=fact.demanded)
    if ev.kind == "DISASTER":
        ev.type = "DISASTER"
    _apply_figures(ev, d.figures)
    if ev.mode == "kill" and ev.fatalities is None and not (ev.negated or ev.hypothetical) and t.j < len(v.low) \
            and v.low[t.j] in _KIN:  # "membunuh istrinya": one person killed
        tok = v.toks[t.j]
        ev.fatalities = 1
        ev.figures.append(Figure("fatalities", 1, None, tok.text, tok.start, tok.end))
    return ev


_MISSILES: Final = frozenset({"rudal", "misil", "roket"})
# one relative named by kinship: "membunuh istrinya", "menganiaya anaknya hingga tewas"
_KIN: Final = frozenset({"istrinya", "suaminya", "anaknya", "ayahnya", "ibunya", "kakaknya", "adiknya", "pacarnya",
                  "kekasihnya", "mertuanya", "menantunya", "cucunya", "neneknya", "kakeknya", "rekannya", "temannya",
                  "tetangganya", "majikannya", "istri", "suami"})
# "menembakkan rudal balistik antarbenua" with no target named: a launch, not an attack
_LAUNCH: Final = re.compile(r"\b(?:menembakkan|meluncurkan|diluncurkan|peluncuran)\s+(?:\w+\s+){0,2}?(?:rudal|misil)\s+"
                     r"(?:balistik|jelajah|hipersonik|antarbenua)", re.IGNORECASE)
_TEST_FIRE: Final = re.compile(r"\b(?:rudal|roket|misil|peluru kendali)\b.{0,200}?\b(?:ke (?:arah )?(?:laut|perairan|samudra|samudera)|"
                        r"jatuh (?:di|ke) (?:laut|perairan|samudra|samudera|luar))|\buji (?:coba|tembak)\b",
                        re.IGNORECASE)
_PROTES: Final = frozenset({"protes", "memprotes", "diprotes", "protesnya"})
_STATE_SECTORS: Final = frozenset({"government", "igo", "military"})


# the defendant named once in the story: "kepada Rudi Hartono (31), terdakwa kasus ...", "terdakwa Rudi Hartono"
_DEFENDANT_NAMED: Final = re.compile(r"([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*\(\d{1,3}\)\s*,\s*terdakwa\b"
                              r"|\bterdakwa\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})")
_DEFENDANT_BEFORE: Final = re.compile(r"(?:^|\W)[Tt]erdakwa\b(?!\s+[A-Z])")  # bare, not "terdakwa Rudi"
_PERPETRATORS: Final = frozenset({"pelaku", "para pelaku", "penyerang", "para penyerang", "kawanan pelaku", "para militan"})
_GROUP_NOUNS: Final = frozenset({"kelompok", "organisasi", "milisi", "gerakan", "faksi", "kelompok-kelompok"})
_POINTERS: Final = re.compile(r"\s*(?:itu|tersebut)\b")


# verbs that tell a count ("Militer merevisi jumlah korban tewas dalam serangan Selasa lalu"): who
# counts the dead of an attack is not who made it
_TALLY_VERBS: Final = frozenset({"merevisi", "mencatat", "melaporkan", "mengumumkan", "memperbarui", "mengonfirmasi",
                                 "menghitung", "mendata", "mengoreksi", "meralat"})
_COUNT_NOUNS: Final = frozenset({"jumlah", "angka", "data", "total"})


# The doers of an attack as the object of the verb before "dalam <attack>": the verb's subject
# hunts, holds or names them ("memburu seorang tersangka kedua dalam penembakan"), it did not attack.
_PURSUED: Final = frozenset({"pelaku", "tersangka", "terduga", "penembak", "penyerang", "pembunuh", "pengebom"})


def _tallied(v: SentView, verb: int) -> bool:
    return v.low[verb] in _TALLY_VERBS or (verb + 1 < len(v.low) and v.low[verb + 1] in _COUNT_NOUNS)


def _group_pointed_back(article: Article, actors: list[Participant], s: Sentence) -> tuple[str, Participant] | None:
    """"Perundingan ... dibekukan setelah kelompok itu melancarkan serangan", "kelompok paramiliter
    pimpinan X itu mengklaim ...": a group pointed back at is the organisation named last before it
    (in its sentence or the few before), not the common noun. (the noun phrase, the organisation)"""
    if len(actors) != 1:
        return None
    p = actors[0]
    start, end, words = p.start, p.end, p.name.split()
    if start is None or end is None or not words or words[0].lower() not in _GROUP_NOUNS \
            or not _POINTERS.match(article.text, end):
        return None
    lo = max(0, s.start - 600)
    orgs = [m for m in article.mentions if m.label == "ORG" and lo <= m.start and m.end <= start
            and m.text[:1].isupper() and m.text.split()[0].lower() not in _NOT_GROUPS]
    if not orgs:
        return None
    m = orgs[-1]
    return p.name, Participant(name=m.text, entity_id=m.entity_id, start=m.start, end=m.end)


# "Badan PBB itu", "lembaga dunia tersebut": an agency pointed back at by its kind
_AGENCY_BEFORE: Final = re.compile(r"\b(?:[Bb]adan|[Ll]embaga)\s+$")


def _agency_pointed_back(article: Article, actors: list[Participant]) -> Participant | None:
    """"Badan PBB itu mendesak ...": not the UN but its agency named last before ("juru bicara IOM"),
    in the few paragraphs before, past the wires that report it; none when no other organisation was named."""
    if len(actors) != 1:
        return None
    p = actors[0]
    if p.start is None or p.end is None or not _POINTERS.match(article.text, p.end) \
            or not _AGENCY_BEFORE.search(article.text, max(0, p.start - 10), p.start):
        return None
    lo = max(0, p.start - 800)
    orgs = [m for m in article.mentions if m.label == "ORG" and lo <= m.start and m.end <= p.start
            and m.text[:1].isupper() and m.text.lower() != p.name.lower() and p.name.lower() not in m.text.lower()
            and not any(w.fullmatch(m.text) for w, _ in WIRES)]  # ("seperti dilansir AFP": who reports, no agency)
    if not orgs:
        return None
    m = orgs[-1]
    return Participant(name=m.text, entity_id=m.entity_id, start=m.start, end=m.end)


# bodies that are no armed or civic group a "kelompok itu" points back at
_NOT_GROUPS: Final = frozenset({"pemerintah", "kementerian", "presiden", "menteri", "kepolisian", "polisi", "militer",
                         "tentara", "badan", "komite", "pbb", "dewan", "partai",
                         "kbri", "kjri", "kedutaan", "konsulat", "kemlu"})  # (a mission tells of a group, is none)


# "Menteri Dalam Negeri Serbia, Ivica Dacic," / "Mendagri X": an interior minister named with his title
_MINISTER: Final = re.compile(r"\b(?:Menteri\s+(?P<office>Dalam\s+Negeri|Keamanan(?:\s+Dalam\s+Negeri)?)|Mendagri)"
                       r"(?P<tail>(?:\s*,?\s+[A-Z][\w.-]*){1,6})")


def _interior_minister(text: str, speaker: str) -> Participant | None:
    """The ministry a speaker heads when the article names them as an interior minister: the arrests
    they count are those of the police under it ("ratusan orang ditangkap", said by the minister)."""
    words = [w for w in speaker.split() if w[:1].isupper()]
    for m in _MINISTER.finditer(text) if words else ():
        tail = m.group("tail").replace(",", " ").split()
        if words[-1] not in tail:
            continue
        where = " ".join(tail[:tail.index(words[0])]) if words[0] in tail else ""
        office = " ".join((m.group("office") or "Dalam Negeri").split())
        return Participant(name=f"Kementerian {office} {where}".strip(), sector="police")
    return None


def _official_protest(v: SentView, spans: list[roles.Span], t: triggers.Trigger,
                      actors: list[Participant]) -> list[Participant] | None:
    """The protesters when a protest is a government's diplomatic one (a note, not a crowd):
    its actors are all states or offices, or it is "protes dari pemerintah X". In a purpose clause
    ("X memanggil duta besar Y untuk menyampaikan protes") the protester is the one who acts
    before it, X: the envoy called in only receives the protest."""
    for x in range(t.i - 1, max(-1, t.i - 4), -1):
        if v.low[x] in PURPOSE:
            verb = next((k for k in range(x - 1, max(-1, x - 10), -1) if roles.verbal(v.low[k])), None)
            if verb is not None:
                subj = [sp.part for sp in roles.subject_before(v, spans, verb)]
                if subj and all(p.sector in _STATE_SECTORS for p in subj):
                    return subj
            break
    for sp in spans:
        if t.j < sp.i <= t.j + 3 and v.low[sp.i - 1] == "dari" and sp.part.sector in _STATE_SECTORS:
            return [sp.part]
    if actors and all(p.sector in _STATE_SECTORS for p in actors):
        return actors
    return None


def _apply_figures(ev: Event, figures: list[Figure]) -> None:
    ev.figures = list(figures)
    for f in figures:
        if getattr(ev, f.kind) is None:
            setattr(ev, f.kind, f.value)


def _same_side(a: Event, b: Event) -> bool:
    """Two same-type triggers of a sentence are one event unless their actors differ."""
    if not a.actors or not b.actors:
        return True
    key = lambda e: {p.country or p.name.lower() for p in e.actors}
    return bool(key(a) & key(b))


_COERCE_KIND: Final = {"arrest": "people", "raid": "people", "seize": "things", "loot": "things", "destroy": "things"}


def _merge(drafts: list[_Draft], default_source: str | None = None, after_pointer: set[int] | None = None) -> list[Event]:
    """One event per (sentence, type): the first with an actor, else the first; figures merged.
    Coercion keeps its kinds apart: an arrest and a seizure in one sentence are two events. A
    figure taken over with the source that told it ("Banjir dan longsor menerjang ... Kepala BPBD
    mengatakan tujuh orang meninggal", the toll attached to "longsor") brings that source along
    when the kept event has none of its own."""
    out: list[Event] = []
    seen: dict[tuple[int, str, str | None], Event] = {}
    pointers: dict[tuple[int, str, str | None], _Draft] = {}
    for d in drafts:
        e = d.event
        assert e is not None
        key = (e.sentence_start, e.type, _COERCE_KIND.get(e.mode or "") if e.type == "COERCE" else None)
        if key in pointers and (e.actors or e.kind == "DISASTER") and _told_after_pointer(pointers[key], d):
            old = seen[key]  # "Serangan itu terjadi dua hari setelah X menyerang ...": X's attack, the pointer's toll
            for f in old.figures:
                if getattr(e, f.kind) is None:
                    e.figures.append(f)
                    setattr(e, f.kind, f.value)
            _shift_by_gap(e, pointers[key], d)
            out[out.index(old)] = seen[key] = e
            del pointers[key]
            if after_pointer is not None:
                after_pointer.add(id(e))
            continue
        if key in seen and _same_side(seen[key], e):
            keep = seen[key]
            if not keep.actors and e.actors:
                keep.actors, keep.targets = e.actors, e.targets
            taken = False
            for f in e.figures:
                if getattr(keep, f.kind) is None:
                    keep.figures.append(f)
                    setattr(keep, f.kind, f.value)
                    taken = True
            if taken and keep.claimed_by == default_source and e.claimed_by in d.fig_sources \
                    and e.claimed_by != default_source:
                keep.claimed_by, keep.claimed_by_entity_id = e.claimed_by, e.claimed_by_entity_id
            keep.mode = keep.mode or e.mode
            continue
        seen[key] = e
        out.append(e)
        if _points_back(d):
            pointers[key] = d
    out.sort(key=lambda e: e.trigger_start)
    for e in out:
        weapons = e.type == "COERCE" and any(w in e.sentence.lower().split() for w in WEAPON_WORDS)
        intervention = any(w in _INTERVENTION for w in e.sentence.lower().split())
        e.acled_event_type, e.acled_sub_event_type = acled_type(
            e.type, e.mode, e.kind, e.actors, e.targets, weapons=weapons, intervention=intervention,
            fatalities=e.fatalities)
    return out


_TIME_CLAUSE: Final = frozenset({"setelah", "sesudah", "sebelum", "sejak"})


def _points_back(d: _Draft) -> bool:
    """The sentence opens on the event told before and only says when it happened: "Serangan
    itu terjadi dua hari setelah ...", "Kebakaran di rumah itu terjadi beberapa jam setelah ..."."""
    t, low = d.trig, d.view.low
    if t.i <= 1 and any(low[k:k + 2] in (["itu", "terjadi"], ["tersebut", "terjadi"]) for k in range(t.j, t.j + 5)):
        return True
    # "Gempa ini menjadi yang paling mematikan di Afghanistan sejak gempa di Provinsi Kunar ...": a record
    # set against a past event, which the clause after "sejak" tells
    if t.i <= 1 and low[t.j:t.j + 3] in (["ini", "menjadi", "yang"], ["itu", "menjadi", "yang"],
                                          ["tersebut", "menjadi", "yang"]) and "sejak" in low[t.j + 3:]:
        return True
    # "Serangan ke Dnipro terjadi beberapa jam setelah ...": the event told before, named by its place
    return t.i == 0 and t.j < len(low) and low[t.j] in ("ke", "di", "terhadap") and any(
        low[k] == "terjadi" and _TIME_CLAUSE.intersection(low[k + 1:k + 5]) for k in range(t.j + 1, t.j + 5))


_GAP_DAYS: Final = {"sehari": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "seminggu": 7}


def _shift_by_gap(e: Event, p: _Draft, d: _Draft) -> None:
    """The event told after the pointer "X itu terjadi sehari / dua hari setelah Y" without a day of
    its own (it took X's): Y happened that many days before X (after, for "sebelum")."""
    low = p.view.low[p.trig.j:d.trig.i]
    at = next((k for k, w in enumerate(low) if w in _TIME_CLAUSE), None)
    if at is None or at == 0 or e.date_stated or e.date_precision != "day" or not e.date_start \
            or (e.date_end or e.date_start) != e.date_start:
        return
    w = low[at - 1]
    n = _GAP_DAYS.get(w) if w != "hari" else (_GAP_DAYS.get(low[at - 2]) if at >= 2 else None)
    if w == "hari" and at >= 2 and low[at - 2].isdigit():
        n = int(low[at - 2])
    if not n or (w == "hari" and low[at - 2] in ("sehari", "seminggu")):
        return
    day = date.fromordinal(date.fromisoformat(e.date_start[:10]).toordinal() + (n if low[at] == "sebelum" else -n))
    e.date_start = day.isoformat()
    if e.date_end:
        e.date_end = e.date_start


def _told_after_pointer(p: _Draft, d: _Draft) -> bool:
    """``d`` is told in the 'setelah'/'sebelum' clause after the pointer ``p``: another event."""
    return d.view is p.view and any(w in _TIME_CLAUSE for w in p.view.low[p.trig.j:d.trig.i])


def _figures_to_kept(drafts: list[_Draft], kept: list[_Draft]) -> None:
    """A toll taken by a trigger that is no event ("1.400 orang tewas ketika daerah yang dikuasai
    gerilyawan diserang": who held the place) goes to the violent event kept in its sentence."""
    alive = {id(d) for d in kept}
    for d in drafts:
        e = d.event
        if id(d) in alive or e is None or not e.figures:
            continue
        home = next((k.event for k in kept if k.event is not None and k.event.sentence_start == e.sentence_start
                     and k.event.type in VIOLENT and not k.event.figures), None)
        if home is None:
            continue
        for f in e.figures:
            home.figures.append(f)
            setattr(home, f.kind, f.value)


def _opens_aside(text: str) -> bool:
    """"Sebelumnya, kapal China sempat memasuki ... pada Oktober lalu": a step back into the past,
    whose date the next sentence does not inherit unless it goes on about that past."""
    return text.lstrip(" \"“").lower().startswith(("sebelumnya,", "sebelumnya ", "sebelum itu,"))


