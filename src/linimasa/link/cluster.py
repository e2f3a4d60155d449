"""Cross-document event coreference: which events describe the same real-world event.

Three explicit passes, each a pure function:

1. **Blocking** (:func:`candidate_pairs`): events are indexed by (type family, time key,
   country). Day-precise events are keyed by their days (one day of slack), month- and
   week-precise ones by month, year-precise ones by year (+-2 years, see below); a coarser
   event also looks at the finer events inside its period. Events that name no country
   are compared with every country. Pairs of events in aligned copies of a passage are
   candidates whatever their dates (two copies of one wire sentence resolve "27 September"
   with and without the year).
2. **Scoring** (:func:`score`): a weighted sum of type, date, place, actor, target and
   text agreement, plus a large bonus for passage-aligned events. Hard constraints return
   ``None`` (cannot-link): different type family, disjoint dates, different countries, two
   different precise places (so two clashes on the same day in different towns stay
   apart), the same article (two events the extractor found in one article are two
   events). An event dated exactly on its article's publication day may have happened in
   the :data:`REPORT_WINDOW` days before, unless its own clause states that day (news dates
   undated events by publication). Year-level historical events two years apart may still merge when type, actors
   and place all agree (the clusters then carry a date conflict).
3. **Clustering** (:func:`cluster_events`): connected components of pairs scoring at least
   ``threshold``, then inside each component average-link agglomeration that never merges
   two groups containing a cannot-link pair.

Cost: O(E) indexing plus the candidate pairs, which blocking keeps proportional to E
times the number of same-type events on a day in one country.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..errors import ResourceError
from ..geo.locate import km_between
from ..model import Event, Location, Participant, Passage
from .minhash import words
from .parties import (
    CROWD,
    companies,
    companies_differ,
    crowd_keys,
    crowds_differ,
    institution_key,
    office_keys,
    territorial_units,
    units_differ,
)

TYPE_FAMILY = {
    "ASSAULT": "force", "COERCE": "force", "MOBILIZE": "force",
    "RETREAT": "yield", "CONCEDE": "yield",
    "AGREE": "agree",
    "COOPERATE": "cooperate", "AID": "cooperate", "SUPPORT": "cooperate",
    "CONSULT": "consult",
    "REQUEST": "request", "DEMAND": "request",
    "ACCUSE": "verbal", "REJECT": "verbal", "THREATEN": "verbal", "DISAPPROVE": "verbal",
    "PROTEST": "protest",
    "SANCTION": "sanction",
}
PRECISION_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "year": 3}
FINE_DAYS = 14  # a day-precise interval longer than this is treated as a month-level one
REPORT_WINDOW = 4  # days before publication an event dated on the publication day may have happened
YEAR_SLACK = 2  # year-level events this many years apart may still merge (strict evidence)
W_TYPE, W_DATE, W_LOC, W_ACTOR, W_TARGET, W_TEXT, W_ALIGNED = 0.15, 0.25, 0.2, 0.2, 0.1, 0.1, 0.6
W_FIGURES = 0.1  # both state a close toll of one kind
W_ONE_HELD = 0.1  # both hold one named person: one arrest (a person is seldom seized twice in days)
# what parties say, ask or agree: one event across reports only when one named party says it
SAID = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "CONCEDE", "THREATEN", "REJECT", "CONSULT", "COOPERATE", "AGREE",
                  "APPEAL", "AID"})
HAZARD_GROUPS = {"flood": "water", "landslide": "water", "storm": "water", "earthquake": "quake", "tsunami": "quake",
                 "fire": "fire", "crash": "crash", "eruption": "eruption", "drought": "drought"}
GENERIC_PARTY = 0.6  # the participant score when two events share only a sector ("sector:civilian")
FAR_KM, FAR_REGION_KM = 60.0, 150.0  # places further apart cannot be one incident's (see _too_far)
_REGION_WORDS = ("Kabupaten", "Regency", "District", "Distrik")
BLOCK_MAX = 40  # a block with more events compares only those sharing an anchor (place, actor, target)
FULL_SCORING_MAX = 150  # components up to this size score every pair, larger ones candidates only


@dataclass
class EventInfo:
    """An event's comparable features, computed once."""

    event: Event
    family: str
    d0: int | None  # ordinal day of the start
    d1: int | None
    precision: int  # PRECISION_RANK (9 when undated)
    countries: frozenset[str]
    actors: frozenset[str]
    actor_countries: frozenset[str]
    targets: frozenset[str]
    target_keys: frozenset[str]
    place: frozenset[str]  # lower-cased name tokens
    text: frozenset[str]
    published: int | None


def family_of_type(type_: str, kind: str | None) -> str:
    if kind:
        return "kind:" + kind
    return TYPE_FAMILY.get(type_, type_)


def type_family(e: Event) -> str:
    return family_of_type(e.type, e.kind)


def _ordinal(iso: str | None, end: bool = False) -> int | None:
    if not iso:
        return None
    s = iso.strip()
    try:
        if len(s) == 4:
            return date(int(s), 12, 31).toordinal() if end else date(int(s), 1, 1).toordinal()
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:7])
            if end:
                nxt = date(y + (m == 12), m % 12 + 1, 1)
                return nxt.toordinal() - 1
            return date(y, m, 1).toordinal()
        return date.fromisoformat(s[:10]).toordinal()
    except ValueError:
        return None


def _generic(p: Participant) -> bool:
    """A participant named only by common nouns ("Polisi", "ratusan mahasiswa", "warga"): no
    capital after its first word, no linked entity, and a first word in lower case or a sector's
    noun -- it names a kind of party, not one ("Azerbaijan", "Hamas" are one)."""
    first, *rest = p.name.split() or [""]
    return p.entity_id is None and all(w[:1].islower() or not w[:1].isalpha() for w in rest) \
        and (first[:1].islower() or (p.sector is not None and p.country is None))


def _participant_keys(ps: Sequence[Participant]) -> tuple[frozenset[str], frozenset[str]]:
    keys: set[str] = set()
    for p in ps:
        name = " ".join(w for _, _, w in words(p.name))
        if _generic(p):
            keys.add("sector:" + (p.sector or name))
        else:
            keys.update((p.entity_id or name, institution_key(p.name)))
        if p.sector and not p.country:
            keys.add("sector:" + p.sector)
        keys.update(crowd_keys(p.name))
    return frozenset(k for k in keys if k), frozenset(p.country for p in ps if p.country)


def event_info(e: Event, published: str | None = None) -> EventInfo:
    d0 = _ordinal(e.date_start)
    d1 = _ordinal(e.date_end or e.date_start, end=True)
    if d0 is not None and (d1 is None or d1 < d0):
        d1 = d0
    pub = _ordinal(published)
    reported = d0 is not None and d0 == d1 == pub and not e.date_stated
    if reported and d0 is not None:
        d0 -= REPORT_WINDOW  # "on the publication day" is often only when it was reported
    actors, actor_c = _participant_keys(e.actors)
    targets, target_c = _participant_keys(e.targets)
    if e.mode == "clash":  # "Bentrok suporter": in a clash each side fights, whichever role it took
        actors, actor_c = actors | targets, actor_c | target_c
    actors |= {k for p in e.actors for k in office_keys(p.name, e.sentence)}
    loc_c = {e.location.country} if e.location and e.location.country else set()
    prec = PRECISION_RANK.get(e.date_precision or "", 0 if (d0 is not None and d0 == d1) else 3) if d0 else 9
    if reported:
        prec = max(prec, PRECISION_RANK["week"])
    return EventInfo(
        event=e, family=type_family(e), d0=d0, d1=d1, precision=prec,
        countries=frozenset(loc_c | actor_c | target_c), actors=actors, actor_countries=actor_c,
        targets=targets, target_keys=targets | target_c,
        place=frozenset(w for _, _, w in words(e.location.name)) if e.location else frozenset(),
        text=frozenset(w for _, _, w in words(e.sentence)), published=pub,
    )


# -- pass 1: blocking -----------------------------------------------------------------

def _time_keys(x: EventInfo) -> tuple[list[str], list[str]]:
    """(probe keys, register-only container keys)."""
    if x.d0 is None or x.d1 is None:
        if x.published is None:
            return [], []
        m = date.fromordinal(x.published).isoformat()[:7]
        return ["M" + m], []
    span = x.d1 - x.d0
    months = sorted({date.fromordinal(d).isoformat()[:7] for d in range(x.d0, x.d1 + 1, 27)}
                    | {date.fromordinal(x.d1).isoformat()[:7]}) if span <= 800 else []
    y0, y1 = date.fromordinal(x.d0).year, date.fromordinal(x.d1).year
    years = [str(y) for y in range(y0, min(y1, y0 + 10) + 1)]
    if x.precision <= 1 and span <= FINE_DAYS:
        days = [date.fromordinal(d).isoformat() for d in range(x.d0 - 1, x.d1 + 1)]
        return ["D" + d for d in days], ["M" + m for m in months] + ["Y" + y for y in years]
    if x.precision <= 2 and span <= 62:
        return ["M" + m for m in months], ["Y" + y for y in years]
    slack = [str(y) for y in range(y0 - YEAR_SLACK, y0)] + [str(y) for y in range(y1 + 1, y1 + YEAR_SLACK + 1)]
    return ["Y" + y for y in years + slack], []


BlockKey = tuple[str, str, str]  # (type family, time key, country)
Infos = Sequence[EventInfo] | Mapping[int, EventInfo]  # events by index (a mapping: a subset of them)


def _items(infos: Infos) -> Iterable[tuple[int, EventInfo]]:
    return infos.items() if isinstance(infos, Mapping) else enumerate(infos)


def block_keys(x: EventInfo) -> tuple[list[BlockKey], list[BlockKey]]:
    """(the blocks ``x`` is registered in, the blocks it looks into)."""
    probe_t, container_t = _time_keys(x)
    cs = sorted(x.countries) or ["*"]
    registered: list[BlockKey] = []
    for t in probe_t + container_t:
        if t.startswith("Y") and t in probe_t and x.precision >= 3:
            # a year-level event registers only under its own years, not the slack ones
            y = int(t[1:])
            if x.d0 is not None and x.d1 is not None and not (
                    date.fromordinal(x.d0).year <= y <= date.fromordinal(x.d1).year):
                continue
        registered.extend((x.family, t, c) for c in cs + ["*ALL*"])
    look = cs + ["*"] if x.countries else ["*ALL*"]
    # a protest looks among the clashes too: one crowd's riot is told both ways (_riot_two_ways)
    fams = [x.family, TYPE_FAMILY["ASSAULT"]] if x.event.type == "PROTEST" else [x.family]
    return registered, [(f, t, c) for f in fams for t in probe_t for c in look]


def block_index(registered: Iterable[tuple[int, Sequence[BlockKey]]]) -> dict[BlockKey, list[int]]:
    """Block -> its members, from (index, blocks) given in increasing index order."""
    index: dict[BlockKey, list[int]] = defaultdict(list)
    for i, keys in registered:
        for key in keys:
            index[key].append(i)
    return index


def block_pairs(index: Mapping[BlockKey, Sequence[int]], probes: Iterable[tuple[int, Sequence[BlockKey]]],
                infos: Infos) -> set[tuple[int, int]]:
    """Index pairs (i < j): ``i`` looks into a block ``j`` is registered in. Every block's
    pairs depend on that block alone, so the blocks can be split among workers (each with
    the events it holds or probes) and the pairs united."""
    anchors: dict[int, set[str]] = {}

    def anchors_of(i: int) -> set[str]:
        if i not in anchors:
            anchors[i] = _anchors(infos[i])
        return anchors[i]

    subs: dict[BlockKey, dict[str, list[int]]] = {}
    pairs: set[tuple[int, int]] = set()
    for i, keys in probes:
        for key in keys:
            members = index.get(key, ())
            if len(members) > BLOCK_MAX:  # a crowded block: only events sharing a place, actor or target
                if key not in subs:
                    sub: dict[str, list[int]] = defaultdict(list)
                    for j in members:
                        for a in anchors_of(j):
                            sub[a].append(j)
                    subs[key] = sub
                members = sorted({j for a in anchors_of(i) for j in subs[key].get(a, ())})
            for j in members:
                if j != i:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def candidate_pairs(infos: Sequence[EventInfo]) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share a block."""
    keys = [block_keys(x) for x in infos]
    index = block_index((i, k[0]) for i, k in enumerate(keys))
    return block_pairs(index, ((i, k[1]) for i, k in enumerate(keys)), infos)


def _anchors(x: EventInfo) -> set[str]:
    out = {"a:" + k for k in x.actors} | {"t:" + k for k in x.targets}
    loc = x.event.location
    if loc is not None:
        out.add("p:" + " ".join(w for _, _, w in words(loc.name)))  # whole names: "kota" alone would join all
        if loc.admin1:
            out.add("r:" + loc.admin1)
    return out


def aligned_pairs(infos: Infos, passages: Iterable[Passage]) -> set[tuple[int, int]]:
    """Pairs of same-family events stated in the two copies of one shared passage, with
    similar sentences (word Jaccard >= 0.4)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, x in _items(infos):
        by_article[x.event.article_id].append(i)
    out: set[tuple[int, int]] = set()
    for p in passages:
        side_a = [i for i in by_article.get(p.article_a, ()) if p.start_a <= infos[i].event.trigger_start < p.end_a]
        side_b = [j for j in by_article.get(p.article_b, ()) if p.start_b <= infos[j].event.trigger_start < p.end_b]
        for i in side_a:
            for j in side_b:
                x, y = infos[i], infos[j]
                if x.family == y.family and _jaccard(x.text, y.text) >= 0.4:
                    out.add((i, j) if i < j else (j, i))
    return out


# -- pass 2: scoring ------------------------------------------------------------------

def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _date_score(x: EventInfo, y: EventInfo) -> float | None:
    if x.d0 is None or y.d0 is None or x.d1 is None or y.d1 is None:
        return 0.0
    slack = 1 if max(x.precision, y.precision) == 0 else 0
    if x.d0 <= y.d1 + slack and y.d0 <= x.d1 + slack:
        if max(x.precision, y.precision) == 0:
            return 1.0  # the same day
        return 0.7 if (x.d0, x.d1, x.precision) == (y.d0, y.d1, y.precision) else 0.4  # same period / overlap
    if min(x.precision, y.precision) >= 3 and abs(x.d0 - y.d0) <= YEAR_SLACK * 366 + 1:
        return -1.0  # near years: allowed only with full agreement elsewhere
    return None


@lru_cache(maxsize=512)
def _province_point(admin1: str) -> tuple[float, float] | None:
    """The gazetteer's point of a province (None when it cannot be loaded or has none)."""
    try:
        from ..geo import load_gazetteer

        gaz = load_gazetteer()
    except (ImportError, ResourceError):
        return None
    p = next((p for p in gaz.lookup(admin1) if p.feature == "admin1"), None)
    return (p.lat, p.lon) if p is not None and p.lat is not None and p.lon is not None else None


def _placeholder_point(loc: Location) -> bool:
    """A place below its province standing on the province's own point: the gazetteer had none of
    its own for it (most regencies of Kalimantan Tengah), so it tells no distance."""
    return bool(loc.admin1) and loc.name != loc.admin1 and loc.lat is not None \
        and _province_point(loc.admin1 or "") == (loc.lat, loc.lon)


def _too_far(a: Location, b: Location) -> bool:
    """Two places below province level too far apart to be one incident's place: a town and a
    village of another regency (a regency's own centre may lie far from its villages, so a
    regency gets more room). A place on its province's point tells no distance."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None or "country" in (a.precision, b.precision):
        return False
    if _placeholder_point(a) or _placeholder_point(b):
        return False
    if a.name == a.admin1 or b.name == b.admin1:
        return False  # a province (or a state) holds anything inside it
    wide = a.name.startswith(_REGION_WORDS) or b.name.startswith(_REGION_WORDS)
    return km_between(a, b) > (FAR_REGION_KM if wide else FAR_KM)


def _loc_score(a: Location | None, b: Location | None, pa: frozenset[str], pb: frozenset[str]) -> float | None:
    if a is None or b is None:
        return 0.0
    if a.country and b.country and a.country != b.country:
        return None
    if pa and pb and (pa <= pb or pb <= pa):
        return 1.0
    if _too_far(a, b):
        return None
    if a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            return None
        return 0.5 if "place" not in (a.precision, b.precision) or a.precision != b.precision else None
    if a.precision == "country" or b.precision == "country":
        return 0.3
    if a.precision == "place" and b.precision == "place":
        if (a.lat is None and not a.admin1) != (b.lat is None and not b.admin1):
            return 0.0  # a known place and a landmark no gazetteer knows ("kawasan Patung Kuda"): it may lie inside
        return None  # two named places, neither inside the other
    return 0.0


def _told_here(e: Event) -> bool:
    """The event's place comes from its own telling (its sentence or the ones around it), not
    from the desk's dateline or the story's country."""
    loc = e.location
    return loc is not None and loc.source not in ("dateline", "article")


def _part_score(ka: frozenset[str], ca: frozenset[str], kb: frozenset[str], cb: frozenset[str]) -> float:
    if not (ka or ca) or not (kb or cb):
        return 0.0
    if ka & kb:  # a named party in common; only a sector ("warga", "polisi") says less
        if any(not k.startswith("sector:") for k in ka & kb):
            return 1.0
        return -0.5 if crowds_differ(ka, kb) else GENERIC_PARTY  # drivers and students: both civilians, two crowds
    if ca and cb:
        return 0.7 * len(ca & cb) / len(ca | cb) if ca & cb else -1.0
    return -0.5 if ka and kb else 0.0


def _below_country(x: EventInfo, y: EventInfo) -> bool:
    """Both events are placed finer than a whole country."""
    return all(e.location is not None and e.location.precision not in (None, "country") for e in (x.event, y.event))


def _hazards_differ(a: Event, b: Event) -> bool:
    """Two disasters of hazards no telling confuses (a fire and a flood; a flood and a landslide,
    or a quake and its tsunami, may be one)."""
    ga, gb = HAZARD_GROUPS.get(a.mode or ""), HAZARD_GROUPS.get(b.mode or "")
    return a.kind == b.kind == "DISASTER" and ga is not None and gb is not None and ga != gb


_SUBDISTRICT = re.compile(r"\b(?:Kecamatan|Kec\.)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


def _two_fires(a: Event, b: Event) -> bool:
    """Two fires told each in its own sub-district ("Kebakaran melanda Pasar X di Kecamatan A"
    and "... rumahnya di Kelurahan Y, Kecamatan B"): a fire burns one site, so two different
    kecamatan are two fires, even in one city on one day (the gazetteer may know neither)."""
    if not (a.kind == b.kind == "DISASTER" and HAZARD_GROUPS.get(a.mode or "") == HAZARD_GROUPS.get(b.mode or "") == "fire"):
        return False
    sa = {m.lower() for m in _SUBDISTRICT.findall(a.sentence)}
    sb = {m.lower() for m in _SUBDISTRICT.findall(b.sentence)}
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)


_AFTER = re.compile(r"\s+susulan\b", re.IGNORECASE)


def _aftershock(e: Event) -> bool:
    """A quake told as an aftershock: its trigger word followed by "susulan" ("Gempa susulan
    bermagnitudo 5,3 kembali mengguncang ...")."""
    i = e.trigger_end - e.sentence_start
    return HAZARD_GROUPS.get(e.mode or "") == "quake" and 0 <= i <= len(e.sentence) \
        and _AFTER.match(e.sentence, i) is not None


def _shock_and_aftershock(a: Event, b: Event) -> bool:
    """A quake and an aftershock of it are two quakes, however near their days and places."""
    return a.kind == b.kind == "DISASTER" and _aftershock(a) != _aftershock(b) \
        and HAZARD_GROUPS.get(a.mode or "") == HAZARD_GROUPS.get(b.mode or "") == "quake"


_AGAIN = re.compile(r"\bkembali\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _again(e: Event) -> bool:
    """The event told as happening again: "kembali" just before its trigger ("Ribuan orang ... kembali
    berdemonstrasi di depan Kedutaan Besar X, Sabtu")."""
    i = e.trigger_start - e.sentence_start
    return 0 < i <= len(e.sentence) and _AGAIN.search(e.sentence[:i]) is not None


def _again_next_day(a: Event, b: Event) -> bool:
    """One of two events told as done again ("kembali berdemonstrasi") and both on stated days that
    differ: a repetition on the next day, not one event whose day the outlets tell a day apart."""
    return (_again(a) or _again(b)) and a.date_stated and b.date_stated \
        and a.date_precision == b.date_precision == "day" and a.date_start != b.date_start


def _figures_agree(a: Event, b: Event) -> float:
    """1 when both state a toll of one kind and the counts are close (outlets' counts drift:
    20 and 21 dead), else 0; never a penalty, as tolls rise from one report to the next."""
    for kind in ("fatalities", "injured", "captured"):
        x, y = getattr(a, kind), getattr(b, kind)
        if x is not None and y is not None and abs(x - y) <= max(2, 0.25 * max(x, y)):
            return 1.0
    return 0.0


_TOLL_ROSE = re.compile(r"\b(?:bertambah|meningkat|naik|melonjak)\s+menjadi\s+(?:sedikitnya\s+|setidaknya\s+|"
                        r"lebih\s+dari\s+)?(\d{1,3}(?:\.\d{3})*)\b", re.IGNORECASE)


def _toll_rose(later: EventInfo, earlier: EventInfo) -> bool:
    """The later report tells its toll rose to a count above the earlier report's ("Jumlah korban
    tewas ... bertambah menjadi 26 orang" a day after "Sedikitnya 17 orang tewas"): the same toll
    told as it grew, however far the two counts lie apart."""
    if later.published is None or earlier.published is None or later.published < earlier.published:
        return False
    for m in _TOLL_ROSE.finditer(later.event.sentence):
        n = int(m.group(1).replace(".", ""))
        for kind in ("fatalities", "injured"):
            x, y = getattr(later.event, kind), getattr(earlier.event, kind)
            if x == n and y is not None and y < n:
                return True
    return False


def _two_arrests(a: Event, b: Event) -> bool:
    """Two arrests each told with its own day, on different days, holding different numbers of
    people: one unit's two operations ("Satreskrim Polresta X menangkap dua pria ..., Selasa" and
    "... menangkap tiga penjambret ..., Rabu"), however alike their words."""
    return a.type == b.type == "COERCE" and a.mode == b.mode == "arrest" and a.date_stated and b.date_stated \
        and a.date_precision == b.date_precision == "day" and a.date_start != b.date_start \
        and a.captured is not None and b.captured is not None and a.captured != b.captured


def _two_units(a: Event, b: Event) -> bool:
    """The doers of both are territorial units of one rank serving two areas ("Satresnarkoba
    Polres Jember menggerebek ..." and "Satresnarkoba Polres Lumajang menggerebek ..." on one
    day in two neighbouring regencies): two operations, however near their villages."""
    ua = {u for p in a.actors for u in territorial_units(p.name)}
    ub = {u for p in b.actors for u in territorial_units(p.name)}
    return units_differ(ua, ub)


def _two_companies(a: Event, b: Event) -> bool:
    """The doers of both are people of two named companies ("Ribuan buruh PT Sinar Garmen Abadi
    ... mogok kerja" and "Ratusan pekerja PT Krakatau Baja Mandiri berunjuk rasa" on one day in
    one province): two crowds, two events."""
    return companies_differ({c for p in a.actors for c in companies(p.name)},
                            {c for p in b.actors for c in companies(p.name)})


def _one_held(x: EventInfo, y: EventInfo) -> bool:
    """Both are arrests of one person named in full ("Bupati Lamandau, Hendrikus Saragih, ikut
    diamankan" and "Hendrikus Saragih ditangkap dalam OTT ..."): however the counts around them
    differ (eight held in the sting, the one named), a person is seldom seized twice in days."""
    return x.event.type == y.event.type == "COERCE" and any(
        k.startswith("PER:") and " " in k for k in x.targets & y.targets)


def _one_riot(x: EventInfo, y: EventInfo) -> bool:
    """Two riots told with their stated day, nobody named as rioting, in one place finer than a
    country ("Kerusuhan pecah di Lapas Kelas IIB Sorong ..., Selasa (16/11/2027) malam" and
    "Kericuhan terjadi pada Selasa (16/11/2027) malam, saat puluhan warga binaan ..."): a riot is
    rare enough that one place sees one on a day, unlike a protest or an arrest."""
    return all(i.event.mode == "riot" and i.event.date_stated and not i.actors for i in (x, y)) \
        and x.event.date_start == y.event.date_start and _below_country(x, y)


def _riot_two_ways(x: EventInfo, y: EventInfo) -> bool:
    """A crowd's riot told by one outlet as a protest ("Kericuhan antarsuporter terjadi") and by
    another as a clash ("Bentrok suporter pecah"): a PROTEST and a clash whose parties share a
    kind of crowd may be one event."""
    if {x.event.type, y.event.type} != {"PROTEST", "ASSAULT"}:
        return False
    clash = x if x.event.type == "ASSAULT" else y
    if clash.event.mode != "clash":
        return False
    crowds = [{k for k in i.actors | i.targets if k.startswith(CROWD)} for i in (x, y)]
    return bool(crowds[0] & crowds[1])


def score(x: EventInfo, y: EventInfo, aligned: bool = False) -> float | None:
    """Agreement of two events in [about -1, 1.5]; ``None`` = they cannot be one event."""
    if x.event.article_id == y.event.article_id:
        return None  # two events of one article are two events (the extractor's call)
    riot = x.family != y.family and _riot_two_ways(x, y)
    if x.family != y.family and not riot:
        return None
    same_type = x.event.type == y.event.type or riot
    loc = _loc_score(x.event.location, y.event.location, x.place, y.place)
    dt = _date_score(x, y)
    if not aligned and (loc is None or dt is None):
        return None
    actor = _part_score(x.actors, x.actor_countries, y.actors, y.actor_countries)
    if dt is not None and dt < 0 and not aligned and (not same_type or actor < 1.0 or not loc):
        return None
    target = _part_score(x.target_keys, frozenset(), y.target_keys, frozenset())
    if not same_type and not aligned and actor <= 0 and target <= 0:
        return None  # an attack and a deployment in one city on one day share nobody: two events
    named = actor >= 1.0 or target >= 1.0
    if not aligned and not named and not (_told_here(x.event) or _told_here(y.event)):
        return None  # sharing nobody named, and neither placed by its own telling (a desk's city, a story's country)
    if not aligned and x.event.type in SAID and actor < 1.0:
        return None  # two demands in one city on one day are one only when the same party makes them
    figures = _figures_agree(x.event, y.event) or (1.0 if _toll_rose(x, y) or _toll_rose(y, x) else 0.0)
    if not aligned and not named and x.event.kind != "DISASTER" and y.event.kind != "DISASTER" \
            and not (figures and (loc or 0.0) > 0) and not ((actor > 0 or target > 0) and _below_country(x, y)) \
            and not ((loc or 0.0) > 0 and _one_riot(x, y)):
        return None  # sharing nobody and no toll: two arrests, two attacks told apart only by their words;
        # sharing only a kind of party ("warga", "polisi") needs places finer than a country
    if not aligned and actor == GENERIC_PARTY and target < 0:
        return None  # "polisi menangkap dua pelaku" and "polisi menangkap seorang sopir": two arrests
    if not aligned and _hazards_differ(x.event, y.event):
        return None  # a fire and a road crash on one day in one city
    if not aligned and _two_fires(x.event, y.event):
        return None  # a market fire and a house fire in two kecamatan of one city on one day
    if not aligned and _shock_and_aftershock(x.event, y.event):
        return None  # the main quake and its aftershock the next night in one regency
    if not aligned and _again_next_day(x.event, y.event):
        return None  # a protest on Friday and the crowd back "kembali" at the same embassy on Saturday
    if not aligned and _two_arrests(x.event, y.event):
        return None  # one unit's arrests on two stated days, of two and of three people
    if not aligned and _two_units(x.event, y.event):
        return None  # the police of two regencies, each in its own raid on one day
    if not aligned and _two_companies(x.event, y.event):
        return None  # the workers of two companies, each protesting at its own site on one day
    s = W_TYPE * (1.0 if same_type else 0.5)
    s += W_DATE * (dt if dt is not None and dt > 0 else 0.0)
    if not (x.actors or x.actor_countries or y.actors or y.actor_countries):
        actor = loc or 0.0  # nobody acts (a flood, an unclaimed blast): the place says more
    s += W_LOC * (loc or 0.0) + W_ACTOR * actor + W_TARGET * target
    s += W_TEXT * _jaccard(x.text, y.text)
    s += W_FIGURES * figures
    if _one_held(x, y):
        s += W_ONE_HELD
    if aligned:
        s += W_ALIGNED
    return s


# -- pass 3: clustering -----------------------------------------------------------------

def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return list(groups.values())


def _average_link(members: list[int], pair_score: Mapping[tuple[int, int], float | None],
                  threshold: float) -> list[list[int]]:
    """Average-link over the known pair scores; a ``None`` (cannot-link) blocks a merge."""
    groups: dict[int, list[int]] = {m: [m] for m in members}
    stats: dict[tuple[int, int], tuple[float, int, bool]] = {}  # (sum, count, blocked)
    for (i, j), s in pair_score.items():
        if i in groups and j in groups:
            stats[(i, j)] = (0.0, 0, True) if s is None else (s, 1, False)
    heap = [(-v[0], k) for k, v in stats.items() if not v[2] and v[0] >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, (a, b) = heapq.heappop(heap)
        if a not in groups or b not in groups:
            continue
        cur = stats.get((a, b))
        if cur is None or cur[2] or cur[1] == 0 or abs(cur[0] / cur[1] + neg) > 1e-12:
            continue
        groups[a].extend(groups.pop(b))  # a < b: the merged group keeps the smaller id
        for c in list(groups):
            if c == a:
                continue
            ka, kb = (min(a, c), max(a, c)), (min(b, c), max(b, c))
            sa, sb = stats.pop(ka, None), stats.pop(kb, None)
            if sa is None and sb is None:
                continue
            tot = (sa or (0.0, 0, False))[0] + (sb or (0.0, 0, False))[0]
            cnt = (sa or (0.0, 0, False))[1] + (sb or (0.0, 0, False))[1]
            blocked = bool(sa and sa[2]) or bool(sb and sb[2])
            stats[ka] = (tot, cnt, blocked)
            if not blocked and cnt and tot / cnt >= threshold:
                heapq.heappush(heap, (-(tot / cnt), ka))
        stats.pop((a, b), None)
    return [sorted(g) for g in groups.values()]


def score_pairs(infos: Infos, pairs: Iterable[tuple[int, int]],
                aligned: Container[tuple[int, int]] = frozenset()) -> dict[tuple[int, int], float | None]:
    return {(i, j): score(infos[i], infos[j], (i, j) in aligned) for i, j in pairs}


def components(n: int, scores: Mapping[tuple[int, int], float | None], threshold: float) -> list[list[int]]:
    """Connected components of the pairs scoring at least ``threshold`` (events 0..n-1)."""
    return _components(n, (p for p, s in scores.items() if s is not None and s >= threshold))


def cluster_component(comp: Sequence[int], infos: Infos, scores: Mapping[tuple[int, int], float | None],
                      threshold: float) -> list[list[int]]:
    """Split one component into clusters: average-link over every pair of a small component
    (the pairs not in ``scores`` scored now), over the scored pairs of a large one."""
    if len(comp) == 1:
        return [list(comp)]
    comp = sorted(comp)
    pair_score: dict[tuple[int, int], float | None]
    if len(comp) <= FULL_SCORING_MAX:
        pair_score = {}
        for a_i, i in enumerate(comp):
            for j in comp[a_i + 1:]:
                pair_score[(i, j)] = scores[(i, j)] if (i, j) in scores else score(infos[i], infos[j])
    else:
        members = set(comp)
        pair_score = {p: s for p, s in scores.items() if p[0] in members and p[1] in members}
    return _average_link(comp, pair_score, threshold)


def cluster_events(infos: Sequence[EventInfo], passages: Iterable[Passage] = (),
                   threshold: float = 0.5) -> list[list[int]]:
    """Groups of indices into ``infos`` (every event in exactly one group), sorted."""
    aligned = aligned_pairs(infos, passages)
    scores = score_pairs(infos, candidate_pairs(infos) | aligned, aligned)
    out = [g for comp in components(len(infos), scores, threshold)
           for g in cluster_component(comp, infos, scores, threshold)]
    out.sort(key=lambda g: infos[g[0]].event.id)
    return out


def cluster_id(event_ids: Iterable[str]) -> str:
    return "C" + hashlib.sha1(" ".join(sorted(event_ids)).encode()).hexdigest()[:12]
