"""Orchestration: sentences -> triggers -> events with roles, figures, source, time, place.

Per sentence: triggers (licensed ones become events; same-type triggers of one sentence
merge, keeping the one with an actor), then casualty cues. A casualty figure attaches to a
violent event of its sentence, else to an unlicensed violent trigger of its sentence (which
then becomes an event: "tiga orang tewas dalam serangan itu"), else to the nearest
preceding violent event of the paragraph (two sentences back at most), else it becomes an
event of its own: ASSAULT, or DISASTER when the article is about a disaster.

Triggers inside a direct quote whose clause speaks in the first or second person ("Kami
telah membantu Anda") are dialogue, not reports, and are dropped.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..clean.metadata import parse_lead
from ..model import Article, Entity, Event, Figure, Location, Mention, Participant, Quantity, Sentence, TimeExpr, Token
from . import accident, attribution, casualties, corefer, factuality, office, roles, triggers, when, where
from .acled import acled_type
from .context import SentView, entity_map, find_countries, make_view, words_of
from .words import POSTPOSED, PUNCT_BOUNDARY, SECTOR_NOUNS, SUBORDINATORS, WEAPON_WORDS

log = logging.getLogger(__name__)

TALK = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "AID", "CONCEDE", "THREATEN", "REJECT", "CONSULT",
                  "COOPERATE"})
VIOLENT = frozenset({"ASSAULT", "COERCE", "DISASTER"})
_ATTRIB = re.compile(r"[,\"”]\s*(?:{})\b".format("|".join(sorted(POSTPOSED))), re.IGNORECASE)
# Speech-like events: a post-posed attribution's date ("..., kata X, Senin (3/2)") is theirs.
_SPEECH = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "CONSULT", "AGREE", "APPEAL"})
_INTERVENTION = frozenset({"dibubarkan", "membubarkan", "gas", "water", "ditangkap", "diamankan",
                           "bentrok", "bentrokan", "ricuh"})
_QUOTE_CHARS = "\"“”"
_FIRST_PERSON = frozenset({"kami", "kita", "saya", "aku"})
_HELD = frozenset({"arrest", "seize", "detain"})
_SIMILAR = ("aksi serupa", "aksi yang sama")  # a protest again, when a protest was told before
# an operation pointed back at as the subject: its actor is the one of the event told just before
_OPERATION_NOUNS = frozenset({"operasi", "serangan", "penyerbuan", "serbuan", "penggerebekan", "razia", "penyisiran",
                              "patroli", "aksi"})
# what may follow a passive arrest verb that names no agent ("diamankan karena ...", "ditangkap di ...")
_NO_AGENT = frozenset({",", ".", ";", "karena", "lantaran", "akibat", "saat", "ketika", "di", "pada", "dan", "serta",
                       "setelah", "usai", "seusai", "dalam", "untuk", "guna", "atas", "terkait", "sejak", "dari",
                       "ke", "kemarin", "sekitar", "pukul", "bersama", "beserta", "berikut", "tanpa", "tadi",
                       "semalam", "sebab", "sebelum", "hingga", "sampai", "\"", "”"})
_SECOND_PERSON = frozenset({"anda", "kamu", "kalian", "engkau", "kau", "mu"})


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


def _sentences(article: Article, res: Any) -> list[Sentence]:
    if article.sentences:
        return article.sentences
    return res.split(article.text)


def _by_sentence(items: list[Any], sents: list[Sentence]) -> list[list[Any]]:
    starts = [s.start for s in sents]
    out: list[list[Any]] = [[] for _ in sents]
    for it in items:
        k = bisect.bisect_right(starts, it.start) - 1
        if 0 <= k < len(sents) and it.start < sents[k].end:
            out[k].append(it)
    return out


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


def _dateline_end(s: Sentence, article: Article | None = None) -> int:
    """End of a leading dateline the cleaner left in (the reporter's place), read by the
    cleaner's own lead parser (:func:`~linimasa.clean.metadata.parse_lead`): "POSO, KOMPAS.com -",
    "Palu (ANTARA) -", "GAZA CITY -" at a paragraph start; a bare mixed-case "Ambon -" only when
    the cleaner read the same place as the article's dateline."""
    if article is not None and not (s.start == 0 or article.text[s.start - 1] == "\n"):
        return s.start
    lead = parse_lead(s.text)
    if lead is None:
        return s.start
    head = s.text[:lead.end].split(",")[0].split("(")[0]
    if lead.outlet or head.isupper() or (lead.place and article is not None and article.dateline
                                         and lead.place.lower() == article.dateline.lower()):
        return s.start + lead.end
    return s.start


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
_NAME_HEADS = frozenset({"pusat", "badan", "balai", "dinas", "satgas", "satuan", "komite", "komisi", "posko",
                         "direktorat", "kepala", "gugus", "lembaga", "kantor", "subdirektorat", "deputi"})
_NAME_GLUE = frozenset({"dan", "&", "serta"})


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


_PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "pihaknya"})


def _resolve_pronoun_sources(events: list[Event], default: str | None) -> None:
    """"Dia mengatakan ...": the source is the one last named before (else the default)."""
    last: tuple[str | None, str | None] = (None, None)
    for e in events:
        src = (e.claimed_by or "").strip()
        if src.lower() in _PRONOUNS:
            e.claimed_by, e.claimed_by_entity_id = last if last[0] else (default, None)
        elif src and src != default:
            last = (e.claimed_by, e.claimed_by_entity_id)


# "sepanjang tahun ini", "selama 2026": the whole year is the span of a tally, not a frame around a day
_SPAN_OF = re.compile(r"(?:sepanjang|selama|sejak(?: awal)?)\s+$", re.IGNORECASE)
_AS_OF = re.compile(r"(?:hingga|sampai|per)\s+$", re.IGNORECASE)


def _as_of_in(s: Sentence, x: TimeExpr) -> bool:
    """"Hingga Rabu malam, ...": the time a toll or a count stood at, not when the event happened."""
    a = x.start - s.start
    return x.granularity in ("day", "time") and 0 <= a and _AS_OF.search(s.text[max(0, a - 10):a]) is not None


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
        if w in ("itu", "tersebut"):
            return t.i < k and "yang" in low[:k]
        if w in PUNCT_BOUNDARY and w not in ("(", ")"):
            return False
    return False


def _postposed_cut(v: SentView) -> int | None:
    if v.cut != -1:
        return v.cut
    v.cut = None
    for k in range(1, len(v.low)):
        if v.low[k] in POSTPOSED and v.low[k - 1] in (",", "\"", "”", "'", "’"):
            v.cut = v.toks[k].start
            break
    return v.cut


def extract(article: Article, res: Any) -> list[Event]:
    """Every event of one article (ids ``f"{article.id}-e{n}"`` in text order)."""
    sents = _sentences(article, res)
    if not sents:
        return []
    quantities: list[Quantity] = article.quantities or res.quantities(article.text, sents)
    q_by = _by_sentence(quantities, sents)
    tx_by = _by_sentence([t for t in article.timexes if when.usable(t)], sents)
    ents = entity_map(article.entities)
    m_by = _by_sentence(article.mentions, sents)
    views: dict[int, SentView] = {}

    def view(k: int, words: tuple[list[Token], list[str]] | None = None) -> SentView:
        if k not in views:
            views[k] = make_view(sents[k], k, res.countries, m_by[k], words)
        return views[k]

    drafts: list[_Draft] = []
    calm: list[bool] = []  # computed when a casualty sentence first needs it

    def is_calm() -> bool:
        if not calm:
            calm.append(not accident.violence_words(article.text))
        return calm[0]
    by_sent: dict[int, list[_Draft]] = {}
    spans_by: dict[int, list[roles.Span]] = {}
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
        if not found and not cues:
            continue
        cut = _dateline_end(s, article)
        spans = _after_dateline(roles.find_participants(v, ents, res.country_names, prev_c), cut, article.text)
        spans_by[k] = spans
        starts = {sp.i for sp in spans}
        for t in found:
            if not t.licensed and t.voice == "stative":
                t.licensed = triggers.licensed(v, t, starts)
        mine: list[_Draft] = []
        pending: list[_Draft] = []
        for t in found:
            if _in_dialogue(v, t) or _hazard_damage(t, found, starts) or _caused(v, t, found):
                continue
            d = _Draft(v, t, spans)
            (mine if t.licensed else pending).append(d)
        figures = [(c, f) for c in cues if (f := casualties.figure_for(v, c, q_by[k])) is not None]
        for cue, f in figures:
            target = _nearest(mine, f, v) or _preceding(drafts, s, k, sents, tx_by)
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
                target = _own_event(v, cue, f, drafts, spans, is_calm())
                mine.append(target)
            if all(g.kind != f.kind for g in target.figures):
                target.figures.append(f)
                if target.view is not v:
                    src, _ = attribution.claimed_by(v, len(v.low), article.quotes, None)
                    if src:
                        target.fig_sources.append(src)
        mine.sort(key=lambda d: d.trig.i)
        by_sent[k] = mine
        drafts.extend(mine)
    prev: _Draft | None = None
    anchor: when.When | None = None
    acting: list[Participant] | None = None
    for d in drafts:
        d.event = _build(article, d, res, tx_by, sents, prev, anchor, acting)
        prev = d
        e = d.event
        if e.actors and e.type in VIOLENT:
            acting = e.actors
        if anchor is None and d.dated and e is not None and not e.historical and e.date_precision == "day":
            anchor = when.When(e.date_start, e.date_end, e.date_precision, False)
    kept = [d for d in drafts if d.event is not None and _reportable(d.event)]
    kept = _without_protest_demands(kept)
    doubtful = [d for d in kept if d.event is not None and not _real_in_sports(d.event)]
    if doubtful and ((article.outlet or "").lower() in _SPORTS_OUTLETS or _is_sports(article.text)):
        gone = {id(d) for d in doubtful}  # a match report: only real violence stays
        kept = [d for d in kept if id(d) not in gone]
    accident.make_accidents([d.event for d in kept if d.event is not None], article.text)
    tolls = {id(d.event) for d in kept if d.cue}  # casualty sentences the attachment rules left on their own
    pointed = {id(d.event) for d in kept if _demonstrative(d)}  # "granat itu dilempar oleh X"
    default_source = _default_source(article)
    events = corefer.fold_references(_merge(kept), default_source, tolls, pointed)
    _resolve_pronoun_sources(events, default_source)
    _claimed_responsibility(events, sents, view, ents, res)
    casualties.nil_tolls(events, sents, VIOLENT)
    for n, e in enumerate(events):
        e.id = f"{article.id}-e{n}"
    _fill_locations(article, events, sents, view, res, ents, spans_by)
    return events


# the lookahead on the first letters only fails fast at the other words (2.5x faster scan)
_SPORTS_WORDS = (r"\b(?=[bgjklmopstuw])(?:gol|laga|pertandingan|skor|babak|menit ke|klub|pelatih|liga|stadion|kiper|"
                 r"penalti|sundulan|tendangan|bek|striker|gelandang|turnamen|juara|poin|klasemen|wasit|tim tamu|"
                 r"tuan rumah|pebulu ?tangkis|petenis|pembalap|set pertama|gawang|umpan|sepak pojok|"
                 r"kartu (?:kuning|merah)|offside|lapangan hijau)\b")
_SPORTS = re.compile(_SPORTS_WORDS, re.IGNORECASE)
# On lower-cased text the case-sensitive scan finds the same words 2.5x faster: lower() keeps every
# character one character and a word character or not, and no other character matches an ASCII
# letter under IGNORECASE, except these three (checked over all of Unicode).
_SPORTS_LOW = re.compile(_SPORTS_WORDS)
_FOLDS_ODDLY = ("ı", "ſ", "İ")
# outlets that publish nothing but sport
_SPORTS_OUTLETS = frozenset({"goal.com", "bola.com", "bola.net", "bolasport.com", "skor.id", "juara.net",
                             "bolaskor.com", "indosport.com", "superball.id", "sportstars.id"})
# ("ditangkap" alone is not one: a keeper catches a free kick; an arrest in a match report names the police)
_REAL_VIOLENCE = frozenset({"polisi", "aparat", "tewas", "meninggal", "luka", "luka-luka", "terluka", "ricuh",
                            "kerusuhan", "kericuhan", "suporter", "bentrok", "dikeroyok",
                            "tawuran", "dibakar", "senjata"})


def _is_sports(text: str) -> bool:
    """A match report: sports words of at least three kinds ("serangan balik" is not an attack)."""
    if any(c in text for c in _FOLDS_ODDLY):
        return len({m.group().lower() for m in _SPORTS.finditer(text)}) >= 3
    return len(set(_SPORTS_LOW.findall(text.lower()))) >= 3


def _real_in_sports(e: Event) -> bool:
    """In a sports story keep only events with victims, arrests or police (supporters' riots)."""
    if e.kind == "DISASTER" or e.figures:
        return True
    words = set(re.findall(r"[\w-]+", e.sentence.lower()))
    return e.type in VIOLENT | {"PROTEST"} and bool(words & _REAL_VIOLENCE)


_CAUSATIVE = frozenset({"memicu", "menyebabkan", "mengakibatkan", "menimbulkan"})


def _caused(v: SentView, t: triggers.Trigger, found: list[triggers.Trigger]) -> bool:
    """"Serangan itu memicu kebakaran di dek kapal": a fire set off by an event told before (in
    this sentence or pointed back at) is part of that event."""
    if t.sense.kind != "DISASTER" or t.i == 0 or v.low[t.i - 1] not in _CAUSATIVE:
        return False
    return any(x.j <= t.i for x in found if x is not t) or casualties.opens_pointed(v.sent.text)


def _hazard_damage(t: triggers.Trigger, found: list[triggers.Trigger], starts: set[int]) -> bool:
    """"Banjir bandang ... itu juga merusak 42 rumah": damage done by a hazard told as the subject
    of the verb is part of that disaster, not an attack by someone."""
    if t.voice != "active" or t.sense.type not in ("COERCE", "ASSAULT"):
        return False
    before = [x for x in found if x.j <= t.i]
    return bool(before) and before[-1].sense.kind == "DISASTER" and not any(before[-1].j <= k < t.i for k in starts)


_RESPONSIBILITY = re.compile(r"\b(?:mengklaim|mengaku|menyatakan)\s+(?:ber)?tanggung\s*jawab\b", re.IGNORECASE)


_CROWD_SUBJECT = re.compile(r"\W*(?:mereka|massa|para\s+(?:demonstran|pengunjuk\s+rasa|peserta\s+aksi)|demonstran)\s+"
                            r"(?:juga\s+|pun\s+)?(?:menuntut|meminta|mendesak|menolak|memprotes|menyerukan)\b", re.IGNORECASE)


def _without_protest_demands(kept: list[_Draft]) -> list[_Draft]:
    """"Mereka menuntut pemerintah ..." right after a protest: what the protesters demand is part of
    the protest, not a request of its own."""
    out: list[_Draft] = []
    protest_at = -10
    for d in kept:
        e = d.event
        if e is None:
            continue
        if e.type in ("REQUEST", "REJECT") and not e.actors and d.view.index - protest_at <= 2 \
                and _CROWD_SUBJECT.match(e.sentence):
            continue
        if e.type == "PROTEST":
            protest_at = d.view.index
        out.append(d)
    return out


def _claimed_responsibility(events: list[Event], sents: list[Sentence], view: Any, ents: dict[str, Entity],
                            res: Any) -> None:
    """"Kelompok X mengklaim bertanggung jawab atas serangan tersebut": X is the actor of the latest
    attack told before that has none."""
    for k, s in enumerate(sents):
        m = _RESPONSIBILITY.search(s.text)
        if m is None:
            continue
        host = next((e for e in reversed(events) if e.sentence_start < s.start and e.type == "ASSAULT"
                     and not e.actors and not e.historical), None)
        if host is None:
            continue
        at = s.start + m.start()
        v = view(k)
        spans = [sp for sp in roles.find_participants(v, ents, res.country_names, None) if sp.part.end is not None
                 and sp.part.end <= at and sp.part.sector != "civilian"]
        if spans:
            host.actors = [spans[0].part]


def _reportable(e: Event) -> bool:
    """Verbal-interaction events with no participant at all are generic ("meminta pertolongan");
    a public advisory ("meminta warga tetap waspada") is no request between actors."""
    if e.type == "REQUEST" and _ADVISORY.match(e.sentence, e.trigger_end - e.sentence_start):
        return False
    if ("serbu" in e.trigger.lower() or "nyerbu" in e.trigger.lower()) and _CROWDED.search(e.sentence) and not any(
            p.sector in ("police", "military", "rebel") for p in e.actors):
        return False  # "Ribuan warga menyerbu pasar murah": shoppers, not an assault
    if e.mode == "evacuate" and e.targets and all(_VICTIMS.intersection(p.name.lower().split()) for p in e.targets):
        return False  # "Korban sudah dievakuasi petugas": the rescue of the dead or hurt is part of their incident
    return e.type not in TALK or bool(e.actors or e.targets or e.figures)


_VICTIMS = frozenset({"korban", "jenazah", "jasad", "mayat"})
# places people crowd into to buy or to watch, not to attack
_CROWDED = re.compile(r"\b(?:pasar murah|bazar|bazaar|toko|mal|swalayan|minimarket|supermarket|gerai|stan|promo|diskon|"
                      r"obral|tiket|konser|pameran|festival|pantai|tempat wisata|objek wisata|lokasi wisata|"
                      r"pusat perbelanjaan|sembako|minyak goreng)\b", re.IGNORECASE)
# the public told to take care: "meminta warga di bantaran sungai tetap waspada", "mengimbau
# masyarakat agar tidak terpancing isu", "meminta pengendara menghindari jalur itu"
_ADVISORY = re.compile(r"\s+(?:kepada\s+)?(?:para\s+|seluruh\s+|semua\s+)?(?:warga|masyarakat|publik|penduduk|pengendara|"
                       r"pengguna\s+jalan|wisatawan|pengunjung|nelayan|orang\s+tua)\b[^.;]{0,80}?\b(?:waspada|mewaspadai|"
                       r"berhati-hati|hati-hati|tenang|panik|terpancing|terprovokasi|menjauhi|menghindari|mematuhi|"
                       r"tidak\s+(?:keluar|mendekati|melintas|bepergian))\b", re.IGNORECASE)


def _nearest(ds: list[_Draft], f: Figure, v: SentView) -> _Draft | None:
    cands = [d for d in ds if d.trig.sense.type in VIOLENT or d.trig.sense.kind]
    if not cands:
        return None
    pos = f.start or 0
    return min(cands, key=lambda d: abs(v.toks[d.trig.i].start - pos))


def _preceding(drafts: list[_Draft], s: Sentence, k: int, sents: list[Sentence],
               tx_by: list[list[TimeExpr]]) -> _Draft | None:
    """The violent or disaster event a casualty sentence without its own event reports on: the
    latest one of the paragraph within two sentences, or of the narrative just before (up to
    three sentences back, across a paragraph break) when the casualty sentence has no time
    expression of its own and that event is not background (dated by a year or month only)."""
    pointed = casualties.points_back(s.text)
    for d in reversed(drafts):
        if d.view.index < k - 3:
            return None
        if pointed and d.trig.sense.mode in _HELD:
            continue  # "Tidak ada korban jiwa dalam peristiwa tersebut": the incident, not the arrests after it
        if not (d.trig.sense.type in VIOLENT or d.trig.sense.kind or (pointed and d.trig.sense.mode == "riot")):
            continue
        if d.view.sent.paragraph == s.paragraph and d.view.index >= k - 2:
            return d
        if any(not _as_of_in(s, x) for x in tx_by[k]) or any(
                t.granularity in ("year", "month", "decade") for t in tx_by[d.view.index]):
            return None
        low = s.text.lower()
        return None if any(c in low for c in _CUMULATIVE) else d
    return None


# A cumulative toll ("sudah lebih dari 2.000 tentara tewas", "total korban hingga kini") is its own
# figure, not the casualties of the incident told just before.
_CUMULATIVE = ("sudah ", "total", "sejauh ini", "hingga kini", "hingga saat ini", "sampai saat ini",
               "sejak ", "keseluruhan", "secara kumulatif", "data ")


def _days(iso: str) -> int:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


_EXPLOSIVE = frozenset({"explosives", "suicide", "grenade"})


def _rough_date(d: _Draft, tx_by: list[list[TimeExpr]], published: str | None) -> str | None:
    txs = tx_by[d.view.index]
    return txs[0].date_start if txs else published


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


def _own_event(v: SentView, cue: casualties.Cue, f: Figure, drafts: list[_Draft],
               spans: list[roles.Span], calm: bool = False) -> _Draft:
    from .lexicon import Sense

    disaster = next((d.trig.sense for d in reversed(drafts) if d.trig.sense.kind == "DISASTER"), None)
    if f.kind == "captured":
        sense = Sense("COERCE", "arrest")
    elif disaster is None and calm:  # the dead of a story with no violence in it: an accident
        sense = Sense("DISASTER", "accident", "DISASTER")
    else:
        sense = disaster or Sense("ASSAULT")
    t = triggers.Trigger(cue.i, cue.j, sense, "stative", False, True, " ".join(v.low[cue.i:cue.j]))
    return _Draft(v, t, spans, cue=f.kind != "captured")


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
    cut = _postposed_cut(v)
    if cut is not None and t.sense.type not in _SPEECH:
        txs = [x for x in txs if x.start < cut]
    if txs:  # "Hingga Rabu malam, 12 penambang ditemukan meninggal": the time the toll stood at, not the event's
        txs = [x for x in txs if not _as_of_in(v.sent, x)]
    rel = when.relative_clause(v.low, t.i, t.j) if txs else None
    if rel is not None:  # "kesepakatan yang ditandatangani oleh X" inside a main clause
        lo, hi = starts[rel[0]], starts[rel[1]] if rel[1] < len(starts) else s.end
        txs = [x for x in txs if lo <= x.start < hi]
    elif txs:  # "Bentrokan dipicu sengketa lahan yang sudah berlangsung sejak 2019": the dispute's date
        txs = [x for x in txs if not when.in_other_relative(v.low, starts, t.j, x.start)]
    tx = when.pick(txs, v.toks[t.i].start, cut)
    if tx is not None and when.bare_part_of_day(tx):
        tx = None
    frame = None  # "tahun anggaran 2026" in a story told day by day in 2026: a frame, not the event's date
    if tx is not None and anchor is not None and tx.granularity == "year" and tx.value[:4] == (anchor.date_start or "")[:4] \
            and _SPAN_OF.search(s.text[max(0, tx.start - s.start - 12):tx.start - s.start]) is None:
        frame, tx = tx.value[:4], None  # ("sepanjang tahun ini": a tally over the year keeps the year)
    if rel is not None and tx is None:
        return when.When(None, None, None, False)  # a referenced event: the main clause's date is not its
    if tx is not None:
        d.dated = d.own_date = True
        return when.from_timex(tx, article.published)
    cont = when.past_anaphora(v.low)
    present = t.sense.type in _SPEECH  # a reported statement is told now

    def back_ok(src: Sentence) -> bool:  # may a background date of ``src`` carry over?
        return cont or not (present or when.aside(src.text))

    w: when.When | None = None
    same = prev is not None and prev.view.index == v.index  # an event of this sentence: no "keesokan" shift
    if prev is not None and prev.dated and prev.event is not None and (
            prev.view.sent.paragraph == s.paragraph or prev.view.index == v.index - 1) \
            and (cont or same or not _opens_aside(prev.view.sent.text)):
        pe = prev.event
        if not pe.historical or back_ok(prev.view.sent):
            w = when.When(pe.date_start, pe.date_end, pe.date_precision, pe.historical)
    if w is None:
        for back in (1, 2):
            k = v.index - back
            if k < 0 or (back == 2 and sents[k].paragraph != s.paragraph):
                break
            if tx_by[k]:
                own = [x for x in tx_by[k] if not when.bare_part_of_day(x)]
                src_end = when.sourcing_end_text(sents[k].text, sents[k].start, own)
                if src_end is not None:  # "Dikutip dari X, Rabu (22/1), ...": the reading date
                    own = [x for x in own if x.start >= src_end]
                if not present:  # "..., kata X, Kamis (13/3)": a statement date, not the event's
                    m = _ATTRIB.search(sents[k].text)
                    own = [x for x in own if m is None or x.start < sents[k].start + m.start()]
                cand = when.from_timex(own[-1], article.published) if own else None
                if cand is not None and (not cand.historical or back_ok(sents[k])) \
                        and (cont or not _opens_aside(sents[k].text)):
                    w = cand
                break
            if sents[k].paragraph != s.paragraph:
                break
    if w is not None and frame is not None and (w.date_start or "")[:4] != frame:
        w = None  # a date of another year carried from context contradicts the sentence's own year
    if w is None and anchor is not None:
        w = anchor
    if w is not None:
        d.dated = True
        return when.shift(w, 1) if when.next_day(v.low) and not (same and w is not anchor) else w
    return when.publication(article.published)


def _build(article: Article, d: _Draft, res: Any, tx_by: list[list[TimeExpr]], sents: list[Sentence],
           prev: _Draft | None, anchor: when.When | None = None, acting: list[Participant] | None = None) -> Event:
    """One event from its draft. ``acting``: the actors of the latest violent event told before."""
    v, t, spans = d.view, d.trig, d.spans
    s = v.sent
    actors, targets = roles.assign(v, spans, t.i, t.j, t.voice, t.sense.type, t.sense.mode)
    if t.sense.kind == "DISASTER":
        actors, targets = [], (actors + targets if d.cue and t.sense.mode == "accident" else [])
    elif d.cue:  # "empat warga meninggal": the dead or wounded are targets, never actors
        actors, targets = [], actors + targets
    elif not actors and t.voice in ("active", "passive") and any(
            w in _FIRST_PERSON for w in v.low[max(0, t.i - 4):t.i]):
        pos = v.toks[t.i].start
        q = next((q for q in article.quotes if q.start <= pos < q.end and q.speaker), None)
        if q is not None:  # "Kami sudah mengamankan tiga orang," kata Kapolsek: the speaker's side acts
            boss = office.speaker_office(article.text, q.speaker or "")
            actors = [boss or Participant(name=q.speaker or "", entity_id=q.speaker_entity_id)]
    elif not actors and t.voice == "passive" and t.sense.type == "COERCE" and t.sense.mode in _HELD \
            and (t.j >= len(v.low) or v.low[t.j] in _NO_AGENT):
        # "Kapolrestabes X Kombes Pol Y mengatakan 27 mahasiswa diamankan": the speaker's office holds them
        src, src_id = attribution.claimed_by(v, t.i, article.quotes, None)
        boss = office.speaker_office(article.text, src) if src and src != v.source else None
        if boss is None and src and src != v.source and SECTOR_NOUNS.get(src.split()[0].lower()) in ("police", "military"):
            boss = Participant(name=src, entity_id=src_id, sector=SECTOR_NOUNS[src.split()[0].lower()])
        if boss is not None:  # "Kepolisian Dhaka menyatakan 42 orang ditangkap": the body that says so holds them
            actors = [boss]
    if not actors and t.voice == "nominal" and t.i > 1 and v.low[t.i - 1] in ("dalam", "lewat", "melalui"):
        verb = next((k for k in range(t.i - 2, max(-1, t.i - 8), -1)
                     if len(v.low[k]) > 4 and v.low[k].startswith("me")), None)
        if verb is not None:  # "Kelompok militan menewaskan dua polisi dalam serangan bom": who did it
            actors = [sp.part for sp in roles.subject_before(v, spans, verb)]
    if t.voice == "active" and acting:
        for k in range(max(0, t.i - 12), t.i - 1):
            if v.low[k] in _OPERATION_NOUNS and v.low[k + 1] in ("itu", "tersebut"):
                if all((p.start or 0) > v.toks[k].start for p in actors):
                    actors = list(acting)  # "operasi itu menargetkan ... dan menangkap 11 orang": its doers
                break
    if not actors and t.sense.type == "ASSAULT":
        between = [sp.part for sp in spans if v.low[sp.i].startswith("antar")]
        if between:  # "dibacok dalam tawuran antarpelajar": both sides of the brawl act
            actors = between[:1]
    if len(actors) == 1 and t.voice == "active":
        boss = office.office_actor(v, actors[0], t.i)  # "Kapolres X ... mengatakan pihaknya menangkap"
        if boss is not None:
            actors = [boss]
    fact = factuality.factuality(v, t)
    type_ = fact.retype or t.sense.type
    mode = "reject" if fact.retype else t.sense.mode
    if type_ == "ASSAULT" and _TEST_FIRE.search(s.text) and not d.figures:
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
    # unattributed: the wire the article copies ("Dilansir AFP"), else the outlet itself
    src = src or _default_source(article)
    w = _when(article, d, tx_by, sents, prev, anchor)
    trig_text = article.text[v.toks[t.i].start:v.toks[t.j - 1].end]
    ev = Event(id="", article_id=article.id, type=type_, sentence=s.text, sentence_start=s.start,
               sentence_end=s.end, trigger=trig_text, trigger_start=v.toks[t.i].start,
               trigger_end=v.toks[t.j - 1].end, mode=mode, kind=t.sense.kind, actors=actors,
               targets=targets, date_start=w.date_start, date_end=w.date_end,
               date_precision=w.precision, date_stated=d.own_date, historical=w.historical, claimed_by=src,
               claimed_by_entity_id=src_id, negated=fact.negated, hypothetical=fact.hypothetical,
               demanded=fact.demanded)
    if ev.kind == "DISASTER":
        ev.type = "DISASTER"
    _apply_figures(ev, d.figures)
    return ev


_TEST_FIRE = re.compile(r"\b(?:rudal|roket|misil|peluru kendali)\b.{0,200}?\b(?:ke (?:arah )?(?:laut|perairan|samudra|samudera)|"
                        r"jatuh (?:di|ke) (?:laut|perairan|samudra|samudera|luar))|\buji (?:coba|tembak)\b",
                        re.IGNORECASE)
_PROTES = frozenset({"protes", "memprotes", "diprotes", "protesnya"})
_STATE_SECTORS = frozenset({"government", "igo", "military"})


def _official_protest(v: SentView, spans: list[roles.Span], t: triggers.Trigger,
                      actors: list[Participant]) -> list[Participant] | None:
    """The protesters when a protest is a government's diplomatic one (a note, not a crowd):
    its actors are all states or offices, or it is "protes dari pemerintah X"."""
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


_COERCE_KIND = {"arrest": "people", "raid": "people", "seize": "things", "loot": "things", "destroy": "things"}


def _merge(drafts: list[_Draft]) -> list[Event]:
    """One event per (sentence, type): the first with an actor, else the first; figures merged.
    Coercion keeps its kinds apart: an arrest and a seizure in one sentence are two events."""
    out: list[Event] = []
    seen: dict[tuple[int, str, str | None], Event] = {}
    for d in drafts:
        e = d.event
        assert e is not None
        key = (e.sentence_start, e.type, _COERCE_KIND.get(e.mode or "") if e.type == "COERCE" else None)
        if key in seen and _same_side(seen[key], e):
            keep = seen[key]
            if not keep.actors and e.actors:
                keep.actors, keep.targets = e.actors, e.targets
            for f in e.figures:
                if getattr(keep, f.kind) is None:
                    keep.figures.append(f)
                    setattr(keep, f.kind, f.value)
            keep.mode = keep.mode or e.mode
            continue
        seen[key] = e
        out.append(e)
    out.sort(key=lambda e: e.trigger_start)
    for e in out:
        weapons = e.type == "COERCE" and any(w in e.sentence.lower().split() for w in WEAPON_WORDS)
        intervention = any(w in _INTERVENTION for w in e.sentence.lower().split())
        e.acled_event_type, e.acled_sub_event_type = acled_type(
            e.type, e.mode, e.kind, e.actors, e.targets, weapons=weapons, intervention=intervention,
            fatalities=e.fatalities)
    return out


def _fill_locations(article: Article, events: list[Event], sents: list[Sentence], view: Any, res: Any,
                    ents: dict[str, Entity], spans_by: dict[int, list[roles.Span]]) -> None:
    if not events:
        return
    cache: dict[int, list[where.Cand]] = {}
    main = _main_country(article, res, ents)
    loc_by = _by_sentence([m for m in article.mentions if m.label == "LOC"], sents)
    use_mentions = any(m.label == "LOC" for m in article.mentions)

    def cands(k: int) -> list[where.Cand]:
        if k not in cache:
            v = view(k)
            blocked: list[tuple[int, int]] = [(sents[k].start, _dateline_end(sents[k], article))]
            cut = _postposed_cut(v)
            if cut is not None:
                blocked.append((cut, sents[k].end))
            blocked.extend(_destinations(v))
            spans = spans_by.get(k)
            if spans is None:
                spans = roles.find_participants(v, ents, res.country_names, None)
            blocked.extend((sp.part.start or 0, _before_place_pp(v, sp)) for sp in spans
                           if not sp.place and (sp.part.country or sp.part.sector != "government"
                                                or sp.j - sp.i <= 3))
            cache[k] = where.candidates(v, res.gaz, res.country_names, blocked, main,
                                        _mention_places(loc_by[k], ents, res) if use_mentions else None)
        return cache[k]

    index = {s.start: k for k, s in enumerate(sents)}
    dateline = _dateline(article, sents, res, main)
    main_loc = _country_location(main, res) if main else None
    lead: Location | None = None  # the place the story's first located present event happened
    placed: dict[int, where.Cand] = {}  # sentence -> the place its event was put at, when that was the dateline
    located: dict[str, Location] = {}  # type -> the place of its latest event placed by its own or a nearby sentence
    met: Event | None = None  # the latest meeting with a place: "Dalam pertemuan tersebut, ..." happened there
    op: Event | None = None  # the latest police or army operation with a place below a country
    elsewhere: dict[int, Location] = {}  # sentence -> the foreign country its parties placed an event in
    for e in events:
        k = index[e.sentence_start]
        got = where.best(cands(k), e.trigger_start)
        if got is None and met is not None and met.location is not None and _MEETING_REF.match(e.sentence):
            got = where.Cand(met.location.start or 0, met.location.end or 0, _copy(met.location, "context"))
        if got is None and e.kind == "DISASTER" and (
                struck := _struck_country(view(k), res, _dateline_end(sents[k], article))) is not None:
            got = struck  # "Gempa ... mengguncang wilayah tengah Myanmar": the country it struck
        if (got is None or got.loc.precision == "country") and op is not None and op.location is not None \
                and _OPERATION_REF.match(e.sentence):  # "Dalam penggerebekan tersebut, polisi menyita ...": there
            got = where.Cand(op.location.start or 0, op.location.end or 0, _copy(op.location, "context"))
        if got is None or got.loc.precision == "country":
            for back in (1, 2):
                if k - back < 0:
                    break
                ctx = placed.get(k - back) or where.best(cands(k - back), e.trigger_start)
                if ctx is not None and (got is None or (ctx.loc.precision != "country"
                                                        and ctx.loc.country == got.loc.country)):
                    if back == 2 and sents[k - back].paragraph != sents[k].paragraph:
                        break
                    got = where.Cand(ctx.start, ctx.end, _copy(ctx.loc, "context"))
                    break
        if got is not None and dateline is not None and got.loc.precision != "place" \
                and dateline.precision == "place" and dateline.country == got.loc.country \
                and (got.loc.precision == "country" or (dateline.admin1 or "") == got.loc.name
                     or (got.loc.admin1 is None and _named_again(article.dateline, e.sentence))):
            e.location = dateline  # "Sulawesi Selatan" in a story datelined Makassar
            placed.setdefault(k, where.Cand(got.start, got.end, dateline))
        elif got is not None:
            e.location = got.loc
        elif e.type in located:
            e.location = _copy(located[e.type], "context")  # "Bom yang meledak ... itu": where that bomb went off
        elif lead is not None:  # a desk in Jakarta writing about El Fasher: the story's place first
            e.location = _copy(lead, "article")
        elif dateline is not None and (abroad := _abroad(e, dateline)) is not None:
            e.location = _country_location(abroad, res) or dateline  # "Jakarta, CNN Indonesia -- Thailand dan Kamboja sepakat ..."
            elsewhere[e.sentence_start] = e.location
        elif dateline is not None and e.sentence_start in elsewhere and not (e.actors or e.targets):
            e.location = elsewhere[e.sentence_start]  # "... setelah bentrokan selama lima hari": the same place
        elif dateline is not None:
            e.location = dateline
        elif main_loc is not None:
            e.location = main_loc
        if e.type == "CONSULT" and e.location is not None:
            met = e
        if e.type == "COERCE" and e.location is not None and e.location.precision != "country":
            op = e
        if e.location is not None and got is not None:
            located[e.type] = e.location
        if lead is None and got is not None and got.loc.source == "sentence" and not e.historical \
                and got.loc.precision != "country":
            lead = got.loc


# "Dalam pertemuan tersebut, kedua negara menandatangani ...": the meeting told before is the place
_MEETING_REF = re.compile(r"\W*(?:dalam|pada|di sela(?:-sela)?|usai|seusai|setelah|selama)\s+(?:pertemuan|kunjungan|lawatan|"
                          r"rapat|pembicaraan|perundingan|acara|konferensi|sidang|kegiatan|kesempatan)\s+(?:tersebut|itu|ini)\b",
                          re.IGNORECASE)


_OPERATION_REF = re.compile(r"\W*(?:dalam|pada|saat|selama|usai|seusai|setelah)\s+(?:penggerebekan|operasi|razia|"
                            r"penangkapan|penyisiran|penggeledahan|penyergapan|penindakan)\s+(?:tersebut|itu|ini)\b",
                            re.IGNORECASE)


_MOVED = frozenset({"dievakuasi", "mengungsi", "diungsikan", "dibawa", "dilarikan", "dipindahkan", "dirujuk",
                    "dipulangkan", "melarikan", "kabur", "evakuasi"})


def _destinations(v: Any) -> list[tuple[int, int]]:
    """Where people were moved to ("dievakuasi ke tempat pengungsian di Kecamatan X dan Y",
    "dilarikan ke RSUD Z"): a destination, not the place of the event."""
    out = []
    for k, w in enumerate(v.low):
        if w in _MOVED:
            j = next((x for x in range(k + 1, min(len(v.low), k + 4)) if v.low[x] in ("ke", "menuju")), None)
            if j is None:
                continue
            end = next((x for x in range(j + 1, len(v.low)) if v.low[x] in (",", ".", ";")
                        or v.low[x] in SUBORDINATORS), len(v.low))
            out.append((v.toks[j].start, v.toks[end - 1].end))
    return out


def _opens_aside(text: str) -> bool:
    """"Sebelumnya, kapal China sempat memasuki ... pada Oktober lalu": a step back into the past,
    whose date the next sentence does not inherit unless it goes on about that past."""
    return text.lstrip(" \"“").lower().startswith(("sebelumnya,", "sebelumnya ", "sebelum itu,"))


def _before_place_pp(v: Any, sp: roles.Span) -> int:
    """Where a participant's own words end: "kelompok bersenjata di Filipina selatan" keeps its
    place phrase free to be the event's place."""
    for k in range(sp.i + 1, min(sp.j, len(v.low))):
        if v.low[k] == "di" and k + 1 < len(v.low) and v.toks[k + 1].text[:1].isupper():
            return v.toks[k].start
    return sp.part.end or 0


def _named_again(place: str | None, sentence: str) -> bool:
    """The dateline's place named in the sentence body too ("Jenin - ... di kamp pengungsi Jenin")."""
    if not place:
        return False
    low, name = sentence.lower(), place.lower()
    return low.count(name) >= (2 if low.startswith(name) else 1)


def _mention_places(mentions: list[Mention], ents: dict[str, Entity], res: Any) -> list[where.Cand]:
    """LOC mentions of the language layer as place candidates (resolved entities first)."""
    out: list[where.Cand] = []
    for m in mentions:
        e = ents.get(m.entity_id or "")
        if e is not None and (e.lat is not None or e.geo_precision == "country"):
            loc = Location(name=e.name, country=e.country, admin1=e.admin1, lat=e.lat, lon=e.lon,
                           precision=e.geo_precision or "place", start=m.start, end=m.end, source="sentence")
        elif res.gaz is not None:
            p = _resolve(res, m.text)
            start = m.start
            if p is None and m.text[:1].islower() and " " in m.text:  # "pantai Somalia": the name after the word
                head, _, name = m.text.partition(" ")
                p, start = _resolve(res, name), m.start + len(head) + 1
            if p is None:
                continue
            loc = where.to_location(p, start, m.end)
        else:
            continue
        out.append(where.Cand(loc.start if loc.start is not None else m.start, m.end, loc))
    return out


def _resolve(res: Any, name: str) -> Any:
    """The gazetteer's place for a name with no hint, remembered (names recur across articles)."""
    memo = res.resolved
    if name in memo:
        return memo[name]
    p = memo[name] = res.gaz.resolve(name)
    if len(memo) > 100_000:
        memo.clear()
    return p


def _struck_country(v: SentView, res: Any, cut: int) -> where.Cand | None:
    """A country a disaster sentence names after its dateline (none has a participant's role in
    a disaster)."""
    for i, (j, code) in v.countries.items():
        loc = _country_location(code, res) if v.toks[i].start >= cut else None
        if loc is not None:
            s, e = v.toks[i].start, v.toks[j - 1].end
            return where.Cand(s, e, Location(name=loc.name, country=loc.country, admin1=loc.admin1, lat=loc.lat,
                                             lon=loc.lon, precision=loc.precision, start=s, end=e, source="sentence"))
    return None


def _abroad(e: Event, dateline: Location) -> str | None:
    """The country of an event whose parties are all foreign states or people while the dateline
    is an Indonesian newsroom (a desk in Jakarta writing about abroad), if so."""
    if dateline.country != "ID" or not e.actors or any(not p.country or p.country == "ID" for p in e.actors):
        return None
    return e.actors[0].country


def _copy(loc: Location, source: str) -> Location:
    return Location(name=loc.name, country=loc.country, admin1=loc.admin1, lat=loc.lat, lon=loc.lon,
                    precision=loc.precision, start=loc.start, end=loc.end, source=source)


def _main_country(article: Article, res: Any, ents: dict[str, Entity]) -> str | None:
    c: Counter[str] = Counter()
    for m in article.mentions:
        e = ents.get(m.entity_id or "")
        if m.label == "LOC" and e is not None and e.country:
            c[e.country] += 1
    if not c:
        low = article.text
        for name, code in res.country_words.items():
            if name in low:
                c[code] += low.count(name)
    return c.most_common(1)[0][0] if c else None


def _country_location(code: str, res: Any) -> Location | None:
    if res.gaz is not None:
        p = res.gaz.country(code)
        if p is not None:
            return where.to_location(p, source="article")
    return Location(name=res.country_names.get(code, code), country=code, precision="country", source="article")


def _dateline(article: Article, sents: list[Sentence], res: Any, hint: str | None) -> Location | None:
    name = article.dateline
    if not name and sents:
        lead = parse_lead(sents[0].text)
        name = lead.place if lead is not None else None
    if not name:
        return None
    if res.gaz is None:
        return Location(name=name, country=hint, precision="place", source="dateline")
    p = res.gaz.resolve(name, country_hint=hint)
    if p is not None:
        return where.to_location(p, source="dateline")
    # a place the gazetteer does not know is still the best guess, unless it reads as an outlet ("Rimanews -")
    if _OUTLET_LIKE.search(name.lower()):
        return None
    return Location(name=name, country=hint, precision="place", source="dateline")


_OUTLET_LIKE = re.compile(r"news|\.(?:com|id|net|co)\b|\btv\b|online|media|times|post\b|pos\b|daily|today")
