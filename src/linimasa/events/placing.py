"""Where each event happened: its sentence's places, the context, the lead place or the dateline.

An address chain ("Desa X, Kecamatan Y, Kabupaten Z") gives its first place; a place the
event's people were moved to is no place of the event; "Dalam pertemuan/penggerebekan tersebut"
takes the meeting's or the operation's place; a desk at home writing about foreign states
is not the place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any, Final

from ..clean.metadata import parse_lead
from ..model import Article, Entity, Event, Location, Mention, Sentence
from . import roles, where
from .context import SentView, by_sentence
from .words import PLACE_TYPES, POSTPOSED, SUBORDINATORS, VERBAL, VIOLENT


def dateline_end(s: Sentence, article: Article | None = None) -> int:
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


def postposed_cut(v: SentView) -> int | None:
    if v.cut != -1:
        return v.cut
    v.cut = None
    for k in range(1, len(v.low)):
        if v.low[k] in POSTPOSED and v.low[k - 1] in (",", "\"", "”", "'", "’"):
            v.cut = v.toks[k].start
            break
    return v.cut


# "Azaz, yang terletak dekat perbatasan Turki, ...": a landmark saying where the place before lies
_LIES_NEAR = re.compile(r"\byang\s+(?:terletak|berada|berlokasi|letaknya)\s+(?:(?:sekitar|hanya|kurang\s+dari|"
                        r"lebih\s+dari)\s+)?(?:\S+\s+(?:km|kilometer|mil|meter)\s+)?(?:di\s+)?(?:dekat|tak\s+jauh|"
                        r"tidak\s+jauh|dari|sebelah|utara|selatan|barat|timur)\b[^,.;]*", re.IGNORECASE)

# "hilang kontak dalam penerbangan dari Tanjung Selor menuju Long Apung": where a journey set off
# from is behind it; what befell the craft or the travellers happened on the way (or where they went)
_SET_OFF_FROM: Final = re.compile(r"\b(?:penerbangan|perjalanan|pelayaran|terbang|berlayar|berangkat|bertolak|"
                                  r"lepas\s+landas)\s+dari\s+[^,.;]*?(?=\s+(?:menuju|ke|tujuan)\s)", re.IGNORECASE)


class _Cands:
    """Each sentence's place candidates, found when first asked for (a callable object, not a
    closure: a compiled closure keeps its scope, the article with it, in a reference cycle)."""

    def __init__(self, article: Article, sents: list[Sentence], view: Any, res: Any,
                 ents: dict[str, Entity], spans_by: dict[int, list[roles.Span]], main: str | None,
                 cuts: dict[int, int]) -> None:
        self.article, self.sents, self.view, self.res = article, sents, view, res
        self.ents, self.spans_by, self.main, self.cuts = ents, spans_by, main, cuts
        self.loc_by = by_sentence([m for m in article.mentions if m.label == "LOC"], sents)
        self.use_mentions = any(m.label == "LOC" for m in article.mentions)
        self.cache: dict[int, list[where.Cand]] = {}
        self.typed = _TypedNames(article.text)
        self.named: dict[str, set[str]] = {}  # country -> the texts of the mentions naming something in it
        for m in article.mentions:
            ent = ents.get(m.entity_id or "")
            if ent is not None and ent.country:
                self.named.setdefault(ent.country, set()).add(m.text)

    def cut(self, k: int) -> int:
        """:func:`dateline_end` of sentence ``k``, remembered (extraction took it of its event sentences)."""
        got = self.cuts.get(k)
        if got is None:
            got = self.cuts[k] = dateline_end(self.sents[k], self.article)
        return got

    def __call__(self, k: int) -> list[where.Cand]:
        got = self.cache.get(k)
        if got is not None:
            return got
        sents, res, ents = self.sents, self.res, self.ents
        v = self.view(k)
        blocked: list[tuple[int, int]] = [(sents[k].start, self.cut(k))]
        cut = postposed_cut(v)
        if cut is not None:
            blocked.append((cut, sents[k].end))
        blocked.extend(_destinations(v))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _HABIT.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _ORIGIN.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _SPEAKER_AT.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _TRIP_FROM.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _TREATY.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _OF_A_THING.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _LIES_NEAR.finditer(sents[k].text))
        blocked.extend((sents[k].start + m.start(), sents[k].start + m.end()) for m in _SET_OFF_FROM.finditer(sents[k].text))
        spans = self.spans_by.get(k)
        if spans is None:
            spans = roles.find_participants(v, ents, res.country_names, None)
        blocked.extend((sp.part.start or 0, _before_place_pp(v, sp)) for sp in spans
                       if not sp.place and (sp.part.country or sp.part.sector != "government"
                                            or sp.j - sp.i <= 3)
                       and not (sp.i > 0 and v.low[sp.i - 1] == "kamp"))  # "kamp pengungsi Jenin": a place
        got = self.cache[k] = _no_foreign_namesake(sents[k], where.candidates(
            v, res.gaz, res.country_names, blocked, self.main,
            _mention_places(self.loc_by[k], ents, res, self.typed, self.main, self.named) if self.use_mentions else None))
        return got


# "di dekat kota Boni, wilayah Mopti": the place lies in the region named after it
_IN_REGION: Final = re.compile(r"\s*,\s*(?:(?:wilayah|provinsi|negara\s+bagian|region|distrik|prefektur)\s+)?", re.IGNORECASE)


def _no_foreign_namesake(s: Sentence, cands: list[where.Cand]) -> list[where.Cand]:
    """A place followed by its region ("kota Boni, wilayah Mopti") resolved to a namesake in another
    country than the region's (Bonn, Germany) is no candidate."""
    out = []
    for c in cands:
        region = next((r for r in cands if r.loc.precision == "admin" and r.start > c.end
                       and _IN_REGION.fullmatch(s.text[c.end - s.start:r.start - s.start])), None)
        if region is None or c.loc.precision != "place" or region.loc.country == c.loc.country:
            out.append(c)
    return out


def fill_locations(article: Article, events: list[Event], sents: list[Sentence], view: Any, res: Any,
                    ents: dict[str, Entity], spans_by: dict[int, list[roles.Span]],
                    cuts: dict[int, int] | None = None) -> None:
    """Each event's place (``cuts``: :func:`dateline_end` of the sentences the caller took it of)."""
    if not events:
        return
    main = _main_country(article, res, ents)
    cands = _Cands(article, sents, view, res, ents, spans_by, main, {} if cuts is None else cuts)
    index = {s.start: k for k, s in enumerate(sents)}
    dateline = _dateline(article, sents, res, main)
    main_loc = _country_location(main, res) if main else None
    lead: Location | None = None  # the place the story's first located present event happened
    placed: dict[int, where.Cand] = {}  # sentence -> the place its event was put at, when that was the dateline
    located: dict[str, Location] = {}  # type -> the place of its latest event placed by its own or a nearby sentence
    met: Event | None = None  # the latest meeting with a place: "Dalam pertemuan tersebut, ..." happened there
    op: Event | None = None  # the latest police or army operation with a place below a country
    elsewhere: dict[int, Location] = {}  # sentence -> the foreign country its parties placed an event in
    story_abroad: Location | None = None  # a desk at home telling a story abroad: where its latest event was
    for e in events:
        k = index[e.sentence_start]
        got = where.best(_in_time_clause(e, sents[k], cands(k)), e.trigger_start)
        if got is not None and e.type in VERBAL and _topic_place(e, got):
            got = None  # "sepakat mempercepat perundingan batas maritim di Laut Sulawesi": what, not where
        if got is None and e.type == "ASSAULT" and (aimed := _aimed_at_country(e)) is not None \
                and (there := _country_location(aimed, res)) is not None:
            got = where.Cand(e.trigger_start, e.trigger_end, there)  # "menembakkan roket ke arah pangkalan militer Israel"
        if got is None and k + 1 < len(sents) and _points_back(sents[k + 1].text, e) \
                and (ahead := where.best(cands(k + 1), sents[k + 1].start)) is not None:
            got = where.Cand(ahead.start, ahead.end, _copy(ahead.loc, "context"))  # "Kesepakatan itu dicapai ... di X"
            if dateline is not None and (abroad := _abroad(e, dateline)) is not None:
                elsewhere.setdefault(e.sentence_start, _country_location(abroad, res) or dateline)  # the parties' fighting
        if got is None and met is not None and met.location is not None and _MEETING_REF.match(e.sentence):
            got = where.Cand(met.location.start or 0, met.location.end or 0, _copy(met.location, "context"))
        if got is None and e.kind == "DISASTER" and (
                struck := _struck_country(view(k), res, cands.cut(k))) is not None:
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
                and not _part_of_land(article.text, got) \
                and (got.loc.precision == "country" or (dateline.admin1 or "") == got.loc.name
                     or (got.loc.admin1 is None and _named_again(article.dateline, e.sentence))):
            e.location = dateline  # "Sulawesi Selatan" in a story datelined Makassar
            placed.setdefault(k, where.Cand(got.start, got.end, dateline))
        elif got is not None:
            e.location = _within_lead(got.loc, lead)
        elif e.type in located:
            e.location = _copy(located[e.type], "context")  # "Bom yang meledak ... itu": where that bomb went off
        elif (setting := _setting_before(k, sents, cands)) is not None:
            e.location = _copy(setting, "context")  # "Diksar itu digelar di Kecamatan Sibolangit ...": the story's scene
        elif lead is not None:  # a desk in Jakarta writing about El Fasher: the story's place first
            e.location = _copy(lead, "article")
        elif dateline is not None and (abroad := _abroad(e, dateline)) is not None:
            e.location = _country_location(abroad, res) or dateline  # "Jakarta, CNN Indonesia -- Thailand dan Kamboja sepakat ..."
            elsewhere[e.sentence_start] = e.location
        elif dateline is not None and e.sentence_start in elsewhere and not (e.actors or e.targets):
            e.location = elsewhere[e.sentence_start]  # "... setelah bentrokan selama lima hari": the same place
        elif story_abroad is not None and _abroad_story_event(e, story_abroad, article, ents, cands.cut(0)):
            e.location = _copy(story_abroad, "article")  # "Jakarta, CNN Indonesia -- ... polisi India ...; tiga orang
            # yang ditangkap ...": the arrests happened where the story is, not at the desk
        elif dateline is not None:
            e.location = dateline
        elif main_loc is not None:
            e.location = main_loc
        if e.location is not None and e.location.precision == "country" and (t := toll_sentence(e, sents)) is not None \
                and (toll_at := where.best(cands(t), sents[t].start)) is not None \
                and toll_at.loc.country == e.location.country and toll_at.loc.precision != "country":
            e.location = _copy(toll_at.loc, "context")  # "Israel kembali menggempur Lebanon selatan. ... di kota Nabatieh"
        if e.kind == "DISASTER" and "hilang kontak" in e.trigger.lower() \
                and (last := _last_contact_place(e, sents, cands, index[e.sentence_start])) is not None \
                and (e.location is None or last.country == e.location.country):
            e.location = last  # "hilang kontak dalam penerbangan ... menuju Long Apung, Kabupaten Malinau ... Kontak
            # terakhir ... terjadi pukul 09.52 Wita di atas wilayah Kecamatan Kayan Selatan": lost there
        if e.type == "CONSULT" and e.location is not None:
            met = e
        if e.type == "COERCE" and e.location is not None and e.location.precision != "country":
            op = e
        if e.location is not None and got is not None:
            located[e.type] = e.location
        if dateline is not None and e.location is not None and not e.historical \
                and e.location.country not in (None, dateline.country) \
                and not (story_abroad is not None and story_abroad.country == e.location.country
                         and e.location.precision == "country"):
            story_abroad = e.location  # the finer place stays: "Paris", then "Prancis" again
        if lead is None and got is not None and got.loc.source == "sentence" and not e.historical \
                and got.loc.precision != "country":
            lead = got.loc


# "Kontak terakhir dengan menara pengawas terjadi pukul 09.52 Wita di atas wilayah Kecamatan X": where a craft was
# last heard from
_LAST_CONTACT: Final = re.compile(r"\bkontak\s+terakhir\b[^;\n]{0,80}?\bdi\s+(?:atas|sekitar|perairan|wilayah)\s+", re.IGNORECASE)


def _last_contact_place(e: Event, sents: list[Sentence], cands: Any, k: int) -> Location | None:
    """The place a craft told as lost ("hilang kontak") was last heard from, told in one of the next
    sentences: where it was lost, not the route's end the lead names."""
    for i in range(k + 1, min(len(sents), k + 4)):
        m = _LAST_CONTACT.search(sents[i].text)
        if m is None:
            continue
        after = [c for c in cands(i) if c.start >= sents[i].start + m.end() and c.loc.precision != "country"]
        if after:
            return _copy(min(after, key=lambda c: c.start).loc, "context")
    return None


def toll_sentence(e: Event, sents: list[Sentence]) -> int | None:
    """The index of the sentence right after ``e``'s (in its paragraph) where its toll was first told:
    "Israel kembali menggempur Lebanon selatan. Sedikitnya tujuh orang ... tewas ketika serangan udara
    Israel menghantam ... di kota Nabatieh pada Senin (1/3) malam." -- the lead only says who struck
    where; the sentence of its toll tells the strike's town and day."""
    k = next((i for i, s in enumerate(sents) if s.start == e.sentence_start), None)
    if k is None or k + 1 >= len(sents) or sents[k + 1].paragraph != sents[k].paragraph:
        return None
    nxt = sents[k + 1]
    told = [f.start for f in e.figures if f.kind in ("fatalities", "injured") and f.start is not None]
    return k + 1 if told and nxt.start <= min(told) < nxt.end else None


def _aimed_at_country(e: Event) -> str | None:
    """The country of what a strike with no place of its own was fired at ("menembakkan puluhan roket
    ke arah pangkalan militer Israel") or struck as its object ("menggempur Lebanon selatan"): the
    fire lands there."""
    for p in e.targets:
        if p.country and p.start is not None and p.start > e.trigger_end \
                and _TOWARDS.search(e.sentence, e.trigger_end - e.sentence_start, p.start - e.sentence_start):
            return p.country
        if p.country and p.start is not None and 0 < p.start - e.trigger_end <= 1 and e.trigger.lower().startswith("me") \
                and p.end is not None and _COUNTRY_OBJECT.match(e.sentence, p.end - e.sentence_start):
            return p.country  # "Israel kembali menggempur Lebanon selatan.": the country struck, its part named
    return None


# a country struck as a whole or in one of its quarters, then the clause ends ("menggempur Lebanon selatan.")
_COUNTRY_OBJECT: Final = re.compile(r"(?:\s+(?:utara|selatan|timur|barat|tenggara|tengah))?\s*(?:[.,;]|$)", re.IGNORECASE)


_TOWARDS: Final = re.compile(r"\bke(?:\s+arah)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _topic_place(e: Event, got: where.Cand) -> bool:
    """The place is what talks are about: "perundingan batas maritim di Laut Sulawesi", "membahas
    situasi keamanan di Papua"."""
    cut = got.start - e.sentence_start
    return 0 < cut <= len(e.sentence) and _TOPIC_BEFORE.search(e.sentence[max(0, cut - 80):cut]) is not None


_TOPIC_BEFORE: Final = re.compile(r"\b(?:perundingan|negosiasi|sengketa|batas|isu|masalah|persoalan|situasi|kondisi|kerja\s*sama|"
                           r"perdamaian|krisis|konflik|kebijakan|status|pembangunan|investasi|perlindungan|keamanan|"
                           r"stabilitas|kedaulatan)(?:\s+\w+){0,3}\s+(?:di|atas)\s+(?:[\w-]+,?\s+){0,6}$",
                           re.IGNORECASE)


# the next sentence tells where the event just told happened: "Kesepakatan itu dicapai dalam pertemuan ... di X"
_POINTS_BACK: Final = re.compile(r"\W*(kesepakatan|perjanjian|pertemuan|perundingan|pembicaraan|kunjungan|penandatanganan|"
                          r"serangan|ledakan|insiden|peristiwa|kejadian|bentrokan|penangkapan|penggerebekan|aksi|"
                          r"unjuk\s+rasa|demonstrasi)\s+(?:itu|tersebut)\s+(?:dicapai|diteken|ditandatangani|digelar|"
                          r"berlangsung|terjadi|dilakukan|dilaksanakan|diadakan|diumumkan|disepakati)\b", re.IGNORECASE)
_HELD_AGAIN: Final = re.compile(r"\W*(?:pelaku|tersangka|keduanya|ketiganya|keempatnya|kelimanya|mereka|para\s+(?:pelaku|tersangka|"
                         r"terduga))\s+(?:kemudian\s+|akhirnya\s+|berhasil\s+)?(?:ditangkap|diamankan|dibekuk|diringkus|"
                         r"dicokok|ditahan)\b", re.IGNORECASE)
# where someone habitually is or comes from, not where the event happened: "pelaku begal yang kerap beraksi
# di wilayah Cengkareng", "pria yang tinggal di Bekasi", "ayahnya yang lahir di Mesir tewas ..."
_HABIT: Final = re.compile(r"\byang\s+(?:kerap|sering|biasa|selama\s+ini\s+)?\s*(?:beraksi|tinggal|berdomisili|bekerja|berasal|"
                    r"menetap|bermukim|beroperasi|lahir|dilahirkan|dibesarkan)\s+(?:di|dari)\s+[^,.;]*(?:,\s*[A-Z][^,.;]*)?")  # (case matters)
# where someone comes from: "warga asal Kamerun, Afrika ditangkap", "pria asal Bekasi", "pria kelahiran Medan",
# "Buronan itu berasal dari Medan, Sumatera Utara, dan baru ditahan di Riau":
# the origin, not the scene
_ORIGIN: Final = re.compile(r"\b(?:[Bb]erasal\s+dari|[Aa]sal|[Kk]elahiran)\s+(?:negara\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?")
# where a speaker stood, named between the speaker and the speech verb: "Kapolres X di Kupang,
# menjelaskan banjir merendam tiga desa ...": the press place (the comma closes the speaker's phrase),
# not the scene of what is told after the verb
_SPEAKER_AT: Final = re.compile(r"\bdi\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*,\s*(?=(?:mengatakan|menyatakan|"
                                r"menjelaskan|menyebutkan|menuturkan|menegaskan|mengungkapkan|menerangkan)\b)")
# where a trip began: "ditangkap saat dalam perjalanan pulang dari Bandung", "bus yang berangkat dari Solo
# terguling di Tol Cipali": not where the event happened
_TRIP_FROM: Final = re.compile(r"\b(?:pulang|kembali|berangkat|bertolak|mudik|perjalanan)\s+dari\s+(?:[a-z]+\s+)?"
                               r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?")
# a treaty named after the city it was signed in: "melanggar Konvensi Wina", "keluar dari Perjanjian Paris"
_TREATY: Final = re.compile(r"\b(?:[Kk]onvensi|[Pp]erjanjian|[Pp]rotokol|[Dd]eklarasi|[Tt]raktat|[Pp]akta|[Pp]iagam|"
                            r"[Kk]esepakatan|[Pp]ersetujuan|[Kk]esepahaman)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
# a currency or a maker named by its country: "dolar Amerika Serikat", "meriam buatan China"
_OF_A_THING: Final = re.compile(r"\b(?:[Dd]olar|[Dd]ollar|[Yy]en|[Yy]uan|[Rr]inggit|[Rr]upee|[Ee]uro|[Ww]on|buatan|produksi|"
                                r"bikinan)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
_POINTED_TYPES: Final = {**dict.fromkeys(("kesepakatan", "perjanjian", "pertemuan", "perundingan", "pembicaraan", "kunjungan",
                                    "penandatanganan"), VERBAL),
                  "penangkapan": {"COERCE"}, "penggerebekan": {"COERCE"},
                  "aksi": {"PROTEST"}, "unjuk rasa": {"PROTEST"}, "demonstrasi": {"PROTEST"}}


# "Serangan ke Dnipro terjadi beberapa jam setelah Ukraina menyerang kilang minyak di wilayah Samara":
# the event told in the clause after "terjadi ... setelah" is the other one, at the clause's places
_HAPPENED_AFTER: Final = re.compile(r"\bterjadi\b[^.;]{0,40}?\b(?:setelah|sesudah|sebelum|usai|seusai)\b", re.IGNORECASE)


def _in_time_clause(e: Event, s: Sentence, cands: list[where.Cand]) -> list[where.Cand]:
    m = _HAPPENED_AFTER.search(s.text)
    if m is None or e.trigger_start < s.start + m.end():
        return cands
    mine = [c for c in cands if c.start >= s.start + m.end()]
    return mine or cands


def _points_back(text: str, e: Event) -> bool:
    """Whether ``text`` opens by naming an event of ``e``'s kind told just before ("Kesepakatan itu
    dicapai ..." after an agreement, "Serangan itu terjadi ..." after an attack, "Pelaku ditangkap
    di ..." after an arrest)."""
    if e.type == "COERCE" and _HELD_AGAIN.match(text):
        return True
    m = _POINTS_BACK.match(text)
    if m is None:
        return False
    noun = " ".join(m.group(1).lower().split())
    return e.type in _POINTED_TYPES.get(noun, VIOLENT)


# "Dalam pertemuan tersebut, kedua negara menandatangani ...": the meeting told before is the place
_MEETING_REF: Final = re.compile(r"\W*(?:dalam|pada|di sela(?:-sela)?|usai|seusai|setelah|selama)\s+(?:pertemuan|kunjungan|lawatan|"
                          r"rapat|pembicaraan|perundingan|acara|konferensi|sidang|kegiatan|kesempatan)\s+(?:tersebut|itu|ini)\b",
                          re.IGNORECASE)


# "Diksar itu digelar di ...", "Kegiatan tersebut berlangsung di ...": the scene of what the story tells
_SETTING: Final = re.compile(r"\W*(?:[\w-]+\s+){1,3}(?:itu|tersebut)\s+(?:digelar|berlangsung|diadakan|dilaksanakan|"
                      r"diselenggarakan)\s+(?:[\w-]+\s+){0,4}?di\b", re.IGNORECASE)


# a lead telling the toll of a hazard at a place: "Jumlah korban tewas akibat tanah longsor di kawasan
# tambang Hpakant, Negara Bagian Kachin, Myanmar utara, terus bertambah"
_TOLL_SCENE: Final = re.compile(r"\W*(?:jumlah\s+)?korban\s+(?:tewas|meninggal(?:\s+dunia)?|jiwa)\s+(?:akibat|dalam|karena)\s+"
                         r"(?:[\w-]+\s+){1,8}?di\b", re.IGNORECASE)


def _setting_before(k: int, sents: list[Sentence], cands: Any) -> Location | None:
    """The place a sentence before ``k`` names as the scene of the event the story is about
    (a dateline the cleaner left in is passed over: "Jakarta - Jumlah korban tewas akibat ...")."""
    for b in range(k - 1, -1, -1):
        text = sents[b].text
        if (_SETTING.match(text) or _TOLL_SCENE.match(text, max(0, cands.cut(b) - sents[b].start))) \
                and (got := where.best(cands(b), sents[b].start)) is not None:
            return got.loc
    return None


_OPERATION_REF: Final = re.compile(r"\W*(?:dalam|pada|saat|selama|usai|seusai|setelah)\s+(?:penggerebekan|operasi|razia|"
                            r"penangkapan|penyisiran|penggeledahan|penyergapan|penindakan)\s+(?:tersebut|itu|ini)\b",
                            re.IGNORECASE)


_MOVED: Final = frozenset({"dievakuasi", "mengungsi", "diungsikan", "dibawa", "dilarikan", "dipindahkan", "dirujuk",
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


def _before_place_pp(v: Any, sp: roles.Span) -> int:
    """Where a participant's own words end: "kelompok bersenjata di Filipina selatan" keeps its
    place phrase free to be the event's place."""
    for k in range(sp.i + 1, min(sp.j, len(v.low))):
        if v.low[k] == "di" and k + 1 < len(v.low) and v.toks[k + 1].text[:1].isupper():
            return v.toks[k].start
        if v.low[k - 1] == ")" and k in v.mentions and v.mentions[k][1].label == "LOC":
            return v.toks[k].start  # "kantor Komisi Pemilihan Umum (KPU) Kabupaten Takalar": the branch's place
    return sp.part.end or 0


def _named_again(place: str | None, sentence: str) -> bool:
    """The dateline's place named in the sentence body too ("Jenin - ... di kamp pengungsi Jenin")."""
    if not place:
        return False
    low, name = sentence.lower(), place.lower()
    return low.count(name) >= (2 if low.startswith(name) else 1)


# a name the story introduces with its kind of place: "ke seluruh wilayah Catatumbo", "desa Tarnaka"
# (the lookahead on the words' first letters fails fast everywhere else: a 3x faster scan of the text)
_TYPED: Final = re.compile(r"\b(?=(?i:[" + "".join(sorted({k[0] for k in PLACE_TYPES})) + r"]))(?i:"
                    + "|".join(re.escape(k) for k in sorted(PLACE_TYPES)) + r")\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")


def _typed_names(text: str) -> dict[str, str]:
    """Names the article introduces with a place-type noun, and that noun's precision."""
    return {m.group(1): PLACE_TYPES[m.group(0).split()[0].lower()] for m in _TYPED.finditer(text)}


class _TypedNames:
    """:func:`_typed_names` of an article, read when first asked for: only a name the gazetteer
    does not know needs them, and most articles have none (the scan of the whole text is costly)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: dict[str, str] | None = None

    def get(self, name: str) -> str | None:
        if self.names is None:
            self.names = _typed_names(self.text)
        return self.names.get(name)


def _mention_places(mentions: list[Mention], ents: dict[str, Entity], res: Any,
                    typed: _TypedNames | None = None, hint: str | None = None,
                    named: dict[str, set[str]] | None = None) -> list[where.Cand]:
    """LOC mentions of the language layer as place candidates (resolved entities first); a name no
    gazetteer knows is a place of the story's country when the article calls it one elsewhere
    ("... setelah kelompok itu menyerang di Catatumbo" after "ke seluruh wilayah Catatumbo")."""
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
            if p is None and (cls := _FACILITY_CLASS.match(m.text)) is not None:
                # "Lapas Kelas IIB Sorong": the tagger's "IIB Sorong" is a facility's class and its town
                p, start = _resolve(res, m.text[cls.end():]), m.start + cls.end()
            if p is None and " " in m.text and m.text.rsplit(" ", 1)[1].lower() in _COMPASS:
                p = _resolve(res, m.text.rsplit(" ", 1)[0])  # "Gaza tengah", "Sinai utara": a part of the place named
            if p is None and " " in m.text:
                p = _city_then_country(res, m.text)  # "di Lyon Prancis": the city, then its country, no comma
            if p is None and typed is not None and (prec := typed.get(m.text)) is not None:
                out.append(where.Cand(m.start, m.end, Location(name=m.text, country=hint, precision=prec,
                                                               start=m.start, end=m.end, source="sentence")))
                continue
            if p is None:
                if m.text.split(" ", 1)[0].lower() not in PLACE_TYPES and res.gaz.lookup(m.text):
                    # a name of many places: one an address after it may tell (where._inside); "Desa X"
                    # is the place-type reading's (where.candidates)
                    out.append(where.Cand(m.start, m.end, Location(name=m.text, start=m.start, end=m.end,
                                                                   source="sentence")))
                continue
            loc = where.to_location(p, start, m.end)
        else:
            continue
        if named and res.gaz is not None and loc.country and loc.precision != "country" \
                and not _named_by_other(named, loc.country, _bare(m.text)) \
                and (alt := _in_named_country(res, _bare(m.text), named)) is not None:
            loc = where.to_location(alt, m.start, m.end)  # "Gaza" in a story of Israel and Palestine, not Mozambique
        out.append(where.Cand(loc.start if loc.start is not None else m.start, m.end, loc))
    return out


def _city_then_country(res: Any, name: str) -> Any:
    """A city and its country the tagger read as one name ("Lyon Prancis", "Osaka Jepang": the comma
    left out): the city's place in the country the last word names."""
    head, _, last = name.rpartition(" ")
    country = _resolve(res, last)
    if country is None or getattr(country, "precision", None) != "country" or not head:
        return None
    return next((q for q in res.gaz.lookup(head) if q.country == country.country and q.precision != "country"), None)


# the class of a state facility (prison, port, court, immigration office) before the town it serves
_FACILITY_CLASS: Final = re.compile(r"(?:I{1,3}|IV)[AB]\s+(?=[A-Z])")
_COMPASS: Final = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut", "daya"})


def _bare(name: str) -> str:
    """A place's name without a compass word after it ("Gaza tengah" -> "Gaza")."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in _COMPASS else name


def _in_named_country(res: Any, name: str, named: dict[str, set[str]]) -> Any:
    """The gazetteer's place of that name in a country the article names by something else."""
    return next((p for p in res.gaz.lookup(name) if p.country and _named_by_other(named, p.country, name)), None)


def _named_by_other(named: dict[str, set[str]], country: str, name: str) -> bool:
    """Whether the article names something in ``country`` other than ``name`` ("Gaza utara", and the
    dateline's "GAZA", are Gaza again)."""
    low = name.lower()
    return any(low not in t.lower() for t in named.get(country, ()))


def _resolve(res: Any, name: str) -> Any:
    """The gazetteer's place for a name with no hint, remembered (names recur across articles)."""
    memo = res.resolved
    if name in memo:
        return memo[name]
    p = memo[name] = res.gaz.resolve(name)
    if len(memo) > 100_000:
        memo.clear()
    return p


# a stretch of a land named before it: "pesisir selatan Bangladesh", "wilayah utara Suriah", "pantai timur X"
_PART_OF_LAND: Final = re.compile(r"\b(?:pesisir|pantai|wilayah|bagian|kawasan|daerah|pedalaman)\s+(?:(?:barat|timur|utara|"
                                 r"selatan|tengah|tenggara|barat\s+daya|barat\s+laut|timur\s+laut)\s+)?$", re.IGNORECASE)


def _part_of_land(text: str, got: where.Cand) -> bool:
    """The sentence's place is a stretch of a country ("menerjang pesisir selatan Bangladesh"): the
    desk's city in that country (the dateline "Dhaka") is no nearer to it than the country is."""
    return got.loc.precision == "country" and _PART_OF_LAND.search(text, max(0, got.start - 40), got.start) is not None


def _struck_country(v: SentView, res: Any, cut: int) -> where.Cand | None:
    """A country a disaster sentence names after its dateline (none has a participant's role in
    a disaster)."""
    for i, (j, code) in v.countries.items():
        loc = _country_location(code, res) if v.toks[i].start >= cut else None
        if loc is not None:
            s, e = v.toks[i].start, v.toks[j - 1].end
            return where.Cand(s, e, replace(loc, start=s, end=e, source="sentence"))
    return None


def _abroad_story_event(e: Event, there: Location, article: Article, ents: dict[str, Entity],
                        after_dateline: int) -> bool:
    """An incident with no place of its own in a story told from a desk at home about a
    country abroad (the country the article's names belong to most, the dateline's own place
    left out): it happened there, unless one of its parties is of the desk's own country. What
    people say or ask is left at the dateline. (The count is taken only for events that get
    this far: stories abroad, a few events each.)"""
    if e.type in VERBAL or any(p.country == "ID" for p in (*e.actors, *e.targets)):
        return False
    c = _named_countries(article, ents, after=after_dateline)
    return bool(c) and c.most_common(1)[0][0] == there.country


def _named_countries(article: Article, ents: dict[str, Entity], after: int = 0,
                     places_only: bool = False) -> Counter[str]:
    """How often the article names each country, through its mentions' entities (places only,
    or people's and bodies' countries too) from character ``after`` on."""
    c: Counter[str] = Counter()
    for m in article.mentions:
        ent = ents.get(m.entity_id or "")
        if ent is not None and ent.country and m.start >= after and (m.label == "LOC" or not places_only):
            c[ent.country] += 1
    return c


def _abroad(e: Event, dateline: Location) -> str | None:
    """The country of an event whose parties are all foreign states or people while the dateline
    is an Indonesian newsroom (a desk in Jakarta writing about abroad), if so."""
    if dateline.country != "ID" or not e.actors or any(not p.country or p.country == "ID" for p in e.actors):
        return None
    return e.actors[0].country


def _within_lead(loc: Location, lead: Location | None) -> Location:
    """A village no gazetteer knows, named alone ("membakar belasan rumah di Desa X"), lies in the
    province of the place the story told first (of the same country)."""
    if loc.lat is None and not loc.admin1 and loc.precision != "country" and lead is not None and lead.admin1 \
            and loc.country in (None, lead.country):
        return replace(loc, admin1=lead.admin1, country=lead.country)
    return loc


def _copy(loc: Location, source: str) -> Location:
    return replace(loc, source=source)


def _main_country(article: Article, res: Any, ents: dict[str, Entity]) -> str | None:
    """The country the article's places lie in most often; a place whose country the article names
    by nothing else, while a namesake lies in a country it does name, counts for that country
    ("GAZA -- ... warga Palestina ... Israel": Palestine's Gaza, not Mozambique's province)."""
    c = _named_countries(article, ents, places_only=True)
    if res.gaz is not None and len(c) > 1:
        named: dict[str, set[str]] = {}
        for m in article.mentions:
            ent = ents.get(m.entity_id or "")
            if ent is not None and ent.country:
                named.setdefault(ent.country, set()).add(m.text)
        for m in article.mentions:
            ent = ents.get(m.entity_id or "")
            if m.label != "LOC" or ent is None or not ent.country or ent.geo_precision == "country" \
                    or _named_by_other(named, ent.country, _bare(m.text)):
                continue
            alt = _in_named_country(res, _bare(m.text), named)
            if alt is not None and alt.country != ent.country:
                c[ent.country] -= 1
                c[alt.country] += 1
        c = +c
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
    for s in sents[:8] if not name else ():
        # the dateline opens the first paragraph, or a later one of the first three when a note the
        # cleaner kept comes first ("Ralat: Berita ini telah diperbarui ...", then "Bima - ...")
        if s.paragraph > 2:
            break
        if s.start and article.text[s.start - 1] != "\n":
            continue
        lead = parse_lead(s.text)
        if lead is not None and lead.place:
            name = lead.place
            break
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


_OUTLET_LIKE: Final = re.compile(r"news|\.(?:com|id|net|co)\b|\btv\b|online|media|times|post\b|pos\b|daily|today")
