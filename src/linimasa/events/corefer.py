"""Within-article coreference: a later mention that only restates an event already told.

News tells one incident over several sentences: "Serangan drone menghantam pasar ... Sedikitnya
35 warga tewas" then "jaringan dokter menyebut serangan terjadi saat pasar ramai", "Ledakan
terjadi sekitar pukul 20.15 WIB, kata Kapolresta", "BPBD mencatat 1.250 warga mengungsi". Each
later sentence names the event again without a participant or a date of its own. Such a
*reference* is folded into the latest earlier event of the same type (the same hazard for a
disaster): its casualty figures fill the kinds the first telling lacks, and a named source
("kata Kapolresta") replaces the article's default source (the outlet or the copied wire).

A mention is a reference only when it has no actor of its own (none, or the host's: "Ketiganya
kami tangkap" after the unit's arrest), its targets (if any) are anaphoric ("para
korban", "mereka") or only the count the host already states, it is not background (historical), not planned or demanded, and it carries
no date of its own that differs from its host's. A mention pointed back at with a
demonstrative ("granat itu dilempar oleh anggota BRN") that names who acted folds into the
latest same-type event that had no actor, and gives it the actor. A negated disaster mention ("gempa tidak
berpotensi tsunami") is dropped: a hazard that did not happen is not an event.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Event, Participant
from . import casualties

REFERABLE: Final = frozenset({"ASSAULT", "COERCE", "DISASTER", "PROTEST", "MOBILIZE", "RETREAT"})
_ANAPHORIC: Final = frozenset({"para", "korban", "mereka", "keduanya", "ketiganya", "kedua", "ketiga", "keempat", "kelima",
                        "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh", "semua", "seluruh", "jenazah",
                        "salah", "sebagian"})  # "ketujuh warga": the seven told of  # partitives point into a set told before: "salah satu terduga"
_HELD_ANAPHORIC: Final = frozenset({"pelaku", "tersangka"})  # alone, the one just told of
_GENERAL_HAZARD: Final = frozenset({"displacement"})  # people fleeing: part of whichever hazard was told


def _anaphoric(e: Event) -> bool:
    """All targets point back: "para korban", "kedua korban", "prajurit tersebut"; in an arrest also
    a bare "Pelaku"/"Tersangka" ("menangkap seorang pelaku begal ... Pelaku ditangkap di ...")."""
    words = _ANAPHORIC | _HELD_ANAPHORIC if e.type == "COERCE" else _ANAPHORIC
    return all((p.name.split()[0].lower() in words and (p.name.split()[0].lower() not in _HELD_ANAPHORIC
                                                         or len(p.name.split()) == 1)) or " di antara " in p.name.lower()
               or (p.start is not None and _PART_OF.search(e.sentence, 0, max(0, p.start - e.sentence_start)))
               or _DEMONSTRATIVE.match(e.sentence, (p.end or 0) - e.sentence_start) is not None
               for p in e.targets if p.name.split())


# a part named in an aside of the set told: "Seluruh 22 awak kapal, termasuk tiga WNI, kini disandera"
_PART_OF: Final = re.compile(r"(?:^|\W)(?:termasuk|di\s+antaranya)\s+$", re.IGNORECASE)


# a sentence about the people just told of: "Ketiganya ditangkap di lokasi berbeda ... pada Kamis (19/11)",
# "Ketujuh sandera dilepaskan di Kampung X pada Sabtu (12/6)" (also "Kedua pelaku, berinisial MR (19) dan FA (20), ditangkap ... Selasa (12/1/2027) malam")
_POINTING: Final = re.compile(r"\W*(?:keduanya|ketiganya|keempatnya|kelimanya|keenamnya|mereka|para\s+(?:terduga|tersangka|pelaku)"
                       r"|(?:kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)\s+"
                       r"(?:terduga|tersangka|pelaku|sandera|tawanan)"
                       r"|(?:pelaku|tersangka)(?=\s+(?:kemudian\s+|akhirnya\s+)?di[a-z]+))\b",
                       re.IGNORECASE)


def _pointing(e: Event) -> bool:
    """The sentence opens on the people told of, or names them so ("X mengatakan kedua pelaku membacok ...")."""
    return _POINTING.match(e.sentence) is not None or any(
        p.start is not None and _POINTING.match(e.sentence, p.start - e.sentence_start) is not None
        for p in e.actors + e.targets)


_DEMONSTRATIVE: Final = re.compile(r"\s+(?:tersebut|itu)\b", re.IGNORECASE)
# the event noun as the sentence's subject, then only when it happened: "Longsor terjadi pada Selasa (22/12) ..."
_HAPPENED: Final = re.compile(r"\s+(?:itu\s+|tersebut\s+)?(?:terjadi|berlangsung)\b", re.IGNORECASE)
# one part of an event told as a whole: "penangkapan pertama dilakukan di ... Selasa (22/12)"
_PART: Final = re.compile(r"\s+(?:pertama|kedua|ketiga|terakhir|berikutnya|selanjutnya|lainnya)\b", re.IGNORECASE)


_FOUND: Final = re.compile(r"\b(?:menemukan|ditemukan|mengevakuasi|dievakuasi)\b", re.IGNORECASE)
_DEATH_WORDS: Final = frozenset({"meninggal", "tewas", "meninggal dunia", "tak bernyawa", "tidak bernyawa"})


def _found_dead(e: Event) -> bool:
    """A hazard's dead found by a search ("tim SAR menemukan delapan penambang dalam keadaan
    meninggal dunia"): the death word is the only trigger and a finding comes before it; the
    day is the finding's, not another incident's."""
    return e.trigger.lower() in _DEATH_WORDS and _FOUND.search(e.sentence, 0, e.trigger_start - e.sentence_start) is not None


def _dates_told(e: Event) -> bool:
    """Whether ``e`` tells the day of an event told before without a day: a sentence about the
    people told of ("Ketiganya ditangkap ... pada Kamis"), one whose subject is the event noun and
    whose predicate is only that it happened ("Longsor terjadi pada Selasa (22/12) sore"), or one
    part of the event ("Penangkapan pertama dilakukan ... Selasa")."""
    if _POINTING.match(e.sentence):
        return True
    at = e.trigger_end - e.sentence_start
    if not e.sentence[:e.trigger_start - e.sentence_start].strip(" \"“") and _HAPPENED.match(e.sentence, at):
        return True
    return e.mode in ("arrest", "raid") and e.trigger.lower().startswith("pe") and _PART.match(e.sentence, at) is not None


def _same_count(e: Event, host: Event) -> bool:
    """"Tim mengamankan tujuh orang" after "menangkap seorang bupati beserta enam orang lainnya":
    the targets are only the count the host already states."""
    return bool(e.figures) and all(getattr(host, f.kind) == f.value for f in e.figures) and all(
        p.name[:1].isdigit() or p.name.split()[0].lower() in _COUNT_WORDS for p in e.targets if p.name.split())


_COUNT_WORDS: Final = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                          "sebelas", "seorang", "puluhan", "ratusan", "ribuan", "belasan", "sejumlah"})


def _same_actors(e: Event, host: Event) -> bool:
    """"Ketiganya kami tangkap" (the speaker's unit) after "Satresnarkoba Polresta Palu menangkap": no new actor;
    "kedua pelaku membacok korban" after "dua pemuda yang membacok seorang pelajar": the two told of."""
    if not e.actors:
        return True
    names = [p.name.lower() for p in host.actors]
    return bool(names) and all(any(p.name.lower() in n or n in p.name.lower() for n in names) or _we(e, p)
                               or _the_n_told(p, names) for p in e.actors)


# "kedua pelaku", "ketiganya": the two (three ...) told of before, whatever they were called
_THE_N: Final = {"kedua": "dua", "keduanya": "dua", "ketiga": "tiga", "ketiganya": "tiga", "keempat": "empat",
          "keempatnya": "empat", "kelima": "lima", "kelimanya": "lima"}


def _the_n_told(p: Participant, host_names: list[str]) -> bool:
    ws = p.name.lower().split()
    n = _THE_N.get(ws[0]) if ws else None
    return n is not None and any(h.split()[:1] == [n] for h in host_names)


def _same_sector(e: Event, host: Event) -> bool:
    """Every actor of ``e`` is a bare sector noun ("Polisi") of a sector the host's actors are in
    ("Satreskrim Polresta X"): the same side told generically."""
    return bool(e.actors) and all(p.entity_id is None and len(p.name.split()) == 1 and p.sector is not None
                                  and any(h.sector == p.sector for h in host.actors) for p in e.actors)


def _we(e: Event, p: Participant) -> bool:
    """An actor told as "kami"/"kita" in a quote ("Seluruh 12 awak kapal kami amankan," kata ...):
    the speaker's side, whoever the host names. Such an actor has no span of its own."""
    return p.start is None and _WE_BEFORE.search(e.sentence, 0, max(0, e.trigger_start - e.sentence_start)) is not None


_WE_BEFORE: Final = re.compile(r"\b(?:kami|kita)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def is_reference(e: Event, own_date: bool) -> bool:
    """Whether ``e`` may be a restatement (checked against a host by :func:`host_for`)."""
    if e.type not in REFERABLE or e.historical or e.hypothetical or e.demanded:
        return False
    if e.negated and e.kind != "DISASTER":
        return False  # "polisi tidak menangkap siapa pun" is news of its own
    return not (own_date and e.date_precision in ("year", "month")) or _happened_there(e) is not None


# a fire told as "also" striking a place: a fire besides the one told before, not it again
_FIRE_ALSO = re.compile(r"\b(?:kebakaran|api)\s+(?:juga|pun)\s+(?:melanda|terjadi|menghanguskan|melahap)\b", re.IGNORECASE)
# a quake told as "also" shaking a place: "gempa bermagnitudo 5,8 juga mengguncang Kabupaten X": another quake
_QUAKE_ALSO = re.compile(r"\bgempa(?:\s+bumi)?(?:\s+(?:ber)?(?:magnitudo|kekuatan|berkekuatan)\s+(?:M\s*)?\d+(?:,\d+)?)?\s+"
                         r"(?:juga|pun)\s+(?:mengguncang|melanda|terjadi|mengguncangkan)\b", re.IGNORECASE)


def host_for(e: Event, own_date: bool, earlier: list[Event]) -> Event | None:
    """The latest earlier event ``e`` restates, if any."""
    if earlier and _raid_shootout(e, own_date, earlier[-1]):
        return earlier[-1]
    if own_date and _broke_out_then(e):
        lead = next((x for x in earlier if x.type == e.type and not (x.historical or x.hypothetical or x.demanded
                                                                     or x.negated)), None)
        if lead is not None and not lead.date_stated and (lead.mode == e.mode or None in (lead.mode, e.mode)):
            return lead  # "Jumlah korban tewas akibat serangan bom ... bertambah menjadi 26 orang ... Ledakan terjadi
            # pada Jumat (12/11/2027) ...": the event the story leads with, undated there, told with its day
    if (there := _happened_there(e)) is not None:
        named = next((x for x in reversed(earlier) if x.type == e.type and not (x.historical or x.hypothetical
                      or x.demanded or x.negated) and x.trigger.split()[0].lower() == e.trigger.lower()
                      and re.search(rf"\b{re.escape(there)}\b", x.sentence) is not None), None)
        if named is not None:
            return named  # "Serangan ke Nuseirat terjadi meskipun ...": the strike on Nuseirat told before
    for x in reversed(earlier):
        if x.type != e.type or x.historical or x.hypothetical or x.demanded or x.negated:
            continue
        if e.kind == "DISASTER" and x.mode != e.mode and e.mode not in _GENERAL_HAZARD:
            continue
        if e.mode == "fire" and _FIRE_ALSO.search(e.sentence) is not None:
            continue  # "Pada malam yang sama, kebakaran juga melanda Pasar X": another fire, elsewhere
        if e.mode == "earthquake" and _QUAKE_ALSO.search(e.sentence) is not None:
            continue  # "Pada hari yang sama, gempa bermagnitudo 5,8 juga mengguncang Kabupaten X": another quake
        if _told_in_detail(e, x) and not (own_date and x.date_stated and x.date_start != e.date_start):
            return x  # "Sedikitnya 40 orang tewas dalam pertempuran ... Pertempuran pecah sejak Sabtu pagi ketika ..."
        if e.kind == "DISASTER" and _found_dead(e):
            return x  # "Rabu (23/12), tim SAR menemukan delapan penambang dalam keadaan meninggal dunia": its dead, found that day
        if e.type == "COERCE" and x.mode == "raid" and e.mode == "arrest" and not e.actors and x.captured is None \
                and not (own_date and x.date_start != e.date_start):
            return x  # "menggerebek sebuah ruko ... Sebanyak 12 orang ditangkap": the raid's arrests
        if e.type == "COERCE" and e.mode == "seize" and x.mode == "arrest" and e.targets and _anaphoric(e) \
                and (_same_actors(e, x) or _same_sector(e, x)) and not (own_date and x.date_start != e.date_start):
            return x  # "menangkap tiga pelaku ... Polisi menyita sebuah sepeda motor yang digunakan pelaku": the arrest's haul
        if e.type == "COERCE" and x.mode and e.mode and x.mode != e.mode:
            continue  # an arrest told again is not part of a seizure told in between
        if own_date and x.date_start != e.date_start and x.date_stated and e.kind == "DISASTER" and _dates_told(e) \
                and _FOUND.search(x.sentence) is not None:
            continue  # "Hari ini tim SAR menemukan empat jenazah lagi ... Longsor terjadi pada Jumat (12/3)":
            # a search's day is not the hazard's, which is told of the one before
        if own_date and x.date_start != e.date_start and (x.date_stated or not (_dates_told(e) or _pointing(e))):
            return None  # dated otherwise: another incident of the same kind
        if _joined(e, x):
            return x
        if not _same_actors(e, x) and not (_same_sector(x, e) and _same_count(e, x)):
            return None  # ("polisi menangkap 12 pemuda" then "12 orang yang diamankan Polsek X": the unit named)
        return x if _anaphoric(e) or _same_count(e, x) else None
    return None


# the event noun opening a sentence, then only that it broke out: "Pertempuran pecah sejak Sabtu pagi ketika ..."
_BROKE_OUT: Final = re.compile(r"\s+(?:itu\s+|tersebut\s+)?(?:pecah|terjadi|berlangsung|meletus|berkecamuk)\b", re.IGNORECASE)


def _told_in_detail(e: Event, host: Event) -> bool:
    """The sentence opens with the host's own event noun and says it broke out ("Pertempuran pecah
    sejak Sabtu pagi ketika pasukan RSF menyerbu ..."): the fight told just before, now in detail
    (whoever the clause after "ketika" names), not a second fight ("Pertempuran kembali pecah" is one)."""
    lead = e.sentence[:e.trigger_start - e.sentence_start].strip(" \"\u201c")
    return not lead and e.trigger.lower() == host.trigger.lower() and host.trigger_start != e.trigger_start \
        and _BROKE_OUT.match(e.sentence, e.trigger_end - e.sentence_start) is not None


def _broke_out_then(e: Event) -> bool:
    """The sentence opens with the event's noun and says only that it happened, then when ("Ledakan
    terjadi pada Jumat (12/11/2027) sekitar pukul 11.30"): a telling of the event the story leads
    with, not another one ("Ledakan kedua terjadi ..." does not open so)."""
    lead = e.sentence[:e.trigger_start - e.sentence_start].strip(" \"\u201c")
    return not lead and (_BROKE_OUT.match(e.sentence, e.trigger_end - e.sentence_start) is not None
                         or _FIRST_OF.match(e.sentence, e.trigger_end - e.sentence_start) is not None)


# "Gempa pertama terjadi ... Kamis (10/9)" after a lead that only counts a run of quakes ("merekam belasan gempa
# di X"): the first of the run is the lead's own event, now with its day
_FIRST_OF: Final = re.compile(r"\s+pertama\s+(?:itu\s+|tersebut\s+)?(?:pecah|terjadi|berlangsung|meletus|tercatat|"
                              r"mengguncang|melanda)\b", re.IGNORECASE)


# "Serangan ke Nuseirat terjadi meskipun ...", "Serangan di Nuseirat terjadi ketika ...": the event's noun, the
# place it struck, then only that it happened, and the circumstances
_HAPPENED_THERE: Final = re.compile(r"\s+(?:ke|di|terhadap)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+"
                                    r"(?:itu\s+|tersebut\s+)?terjadi\s+(?:meskipun|walaupun|ketika|saat|di\s+tengah)\b")


def _happened_there(e: Event) -> str | None:
    """The place a sentence opening "<Noun> ke/di <Place> terjadi ketika/meskipun ..." names: the
    event told before at that place, told again to set it among its circumstances (whose own dates,
    "sejak gencatan senjata runtuh pada September lalu", are not the event's)."""
    lead = e.sentence[:e.trigger_start - e.sentence_start].strip(" \"\u201c")
    m = _HAPPENED_THERE.match(e.sentence, e.trigger_end - e.sentence_start) if not lead else None
    return m.group(1) if m is not None else None


_JOINED: Final = re.compile(r"\b(?:ikut|turut|ikut serta|turut serta|bergabung)\s+(?:dalam\s+|aksi\s+)*$", re.IGNORECASE)


def _joined(e: Event, host: Event) -> bool:
    """"... mengatakan sekitar 2.100 buruh ikut mogok" after "Ribuan buruh PT X mogok kerja": those
    who joined a protest told before are its head count, not a second protest (the crowd's noun
    is the host's)."""
    if not (e.type == host.type == "PROTEST") or _JOINED.search(e.sentence, 0, e.trigger_start - e.sentence_start) is None:
        return False
    nouns = {w for p in host.actors for w in p.name.lower().split()}
    return all(p.name.lower().split()[-1:] and p.name.lower().split()[-1] in nouns for p in e.actors)


def _raid_shootout(e: Event, own_date: bool, x: Event) -> bool:
    """A raid told just before, then a firefight with nobody named as acting (or only the raiders'
    side told generically, "dengan petugas") and its dead: the raid went that way ("Densus 88 menggerebek sebuah rumah ... Seorang terduga teroris tewas setelah
    terlibat baku tembak dengan petugas")."""
    return (e.type == "ASSAULT" and (not e.actors or _same_sector(e, x)) and x.type == "COERCE" and x.mode == "raid"
            and x.fatalities is None and e.fatalities is not None and bool(x.actors)
            and not (own_date and x.date_start != e.date_start))


def _pointed_host(e: Event, earlier: list[Event]) -> Event | None:
    """The actorless event a demonstrative mention with an actor points back at."""
    if e.type not in REFERABLE or e.historical or e.hypothetical or e.demanded or e.negated:
        return None
    for x in reversed(earlier):
        if x.type == e.type and not x.historical and not x.negated:
            return x if not x.actors else None
    return None


def _undated_host(e: Event, earlier: list[Event], own_dated: set[int]) -> Event | None:
    """The latest earlier same-type event with no date of its own, which a pointed-back mention
    with a stated date names again."""
    for x in reversed(earlier):
        if x.type == e.type and (x.mode == e.mode or x.mode is None or e.mode is None):
            return x if id(x) not in own_dated and not (x.historical or x.negated or x.hypothetical) else None
    return None


def _take_date(host: Event, e: Event) -> None:
    """The host takes the date ``e`` states for it."""
    host.date_start, host.date_end, host.date_precision = e.date_start, e.date_end, e.date_precision
    host.date_stated = True


def fold_references(events: list[Event], default_source: str | None,
                    standalone: set[int] | None = None, pointed: set[int] | None = None) -> list[Event]:
    """``events`` (text order) without the references, whose figures and named sources have
    joined their hosts. ``standalone``: ids (``id(event)``) of events never folded (a casualty
    toll the attachment rules already judged to be its own report); ``pointed``: ids of events
    pointed back at with a demonstrative. Which events were dated by their own clause is read
    once, before any host takes a date from a later mention (:attr:`Event.date_stated`)."""
    own_dated = {id(e) for e in events if e.date_stated}
    out: list[Event] = []
    for e in events:
        own = id(e) in own_dated
        if e.kind == "DISASTER" and e.negated:
            continue  # "gempa tidak berpotensi tsunami", "isu tsunami": a hazard that did not happen
        # (a hazard's dead found on a later day are that hazard's, though told on their own)
        alone = standalone is not None and id(e) in standalone and not (e.kind == "DISASTER" and _found_dead(e))
        host = host_for(e, own, out) if not alone and is_reference(e, own) else None
        if host is None and pointed is not None and id(e) in pointed and e.actors and not own:
            host = _pointed_host(e, out)
            if host is not None:  # "granat itu dilempar oleh anggota BRN": who did it joins the event
                host.actors = e.actors
        if host is None and pointed is not None and id(e) in pointed and not e.actors and not own \
                and is_reference(e, own):
            host = _undated_host(e, out, set())  # "Presiden mengecam aksi teror tersebut": the bombing told before
        if host is None and pointed is not None and id(e) in pointed and own and not e.actors:
            host = _undated_host(e, out, own_dated)
            if host is not None:  # "Bom yang meledak pada Selasa (3/11) sore itu ...": the day of the bomb told first
                _take_date(host, e)
                host.historical = e.historical
        if host is None:
            out.append(e)
            continue
        if own and not host.date_stated and not e.historical:
            _take_date(host, e)  # "menangkap tiga terduga ... Ketiganya ditangkap ... pada Kamis (19/11)"
        for f in e.figures:
            if getattr(host, f.kind) is None:
                host.figures.append(f)
                setattr(host, f.kind, f.value)
            elif (vague := next((g for g in host.figures if casualties.sharper(g, f)), None)) is not None:
                host.figures[host.figures.index(vague)] = f  # "sejumlah orang" told as "enam orang"
                setattr(host, f.kind, f.value)
        if host.claimed_by in (None, default_source) and e.claimed_by not in (None, default_source):
            host.claimed_by, host.claimed_by_entity_id = e.claimed_by, e.claimed_by_entity_id
    return out


_NAMED_BY_INITIALS: Final = re.compile(r"\bberinisial\s+([A-Z]{2,4})\b")


def deaths_of_the_beaten(events: list[Event]) -> list[Event]:
    """``events`` without a death told with no cause of its own (an accident by default) whose
    victim is named by initials, when a later attack in the article is done to the same initials:
    the death is that attack's ("Korban berinisial RAS (19) tewas setelah mengikuti diksar ...
    RAS dipukul dan ditendang oleh sejumlah senior"). The attack takes the toll."""
    gone: set[int] = set()
    for n, e in enumerate(events):
        m = _NAMED_BY_INITIALS.search(e.sentence)
        if not (e.kind == "DISASTER" and e.mode == "accident" and e.fatalities and m is not None):
            continue
        who = re.compile(rf"\b{m.group(1)}\b")
        for x in events[n + 1:]:
            if x.type == "ASSAULT" and x.fatalities is None and not x.historical \
                    and who.search(x.sentence, 0, x.trigger_start - x.sentence_start) is not None:
                x.fatalities = e.fatalities
                x.figures.extend(f for f in e.figures if f.kind == "fatalities")
                gone.add(id(e))
                break
    return [e for e in events if id(e) not in gone]


def deaths_of_the_attack(events: list[Event], default: str | None) -> None:
    """A toll told beside an actorless destruction right after an attack with none ("militan
    menyerang konvoi logistik tentara ... . Militer Mali mengatakan tujuh tentara tewas dan sejumlah
    kendaraan dibakar"): the dead are the attack's, with the source that told them."""
    for n in range(1, len(events)):
        e, x = events[n], events[n - 1]
        if not (e.type == "COERCE" and e.mode == "destroy" and not e.actors and e.fatalities):
            continue
        if x.type != "ASSAULT" or x.fatalities is not None or x.historical or x.negated \
                or not 0 < e.sentence_start - x.sentence_end <= 2 or x.date_start != e.date_start:
            continue
        x.fatalities = e.fatalities
        x.figures.extend(f for f in e.figures if f.kind == "fatalities")
        if x.claimed_by in (None, default) and e.claimed_by not in (None, default):
            x.claimed_by, x.claimed_by_entity_id = e.claimed_by, e.claimed_by_entity_id
