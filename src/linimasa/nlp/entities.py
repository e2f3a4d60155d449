"""Entity normalisation: one canonical entity for every surface form, in and across articles.

"Kementerian Pertahanan Azerbaijan" = "Kemenhan Azerbaijan" = "kemenhan Azerbaijan"
(-> ``ORG:kementerian pertahanan|AZ``); "Presiden Aliyev" = "Ilham Aliyev" within an article
(-> ``PER:ilham aliyev``); "Rusia" = "Federasi Rusia" (-> ``LOC:RU``). Ids are derived from the
label and the normalised name, so the same entity gets the same id in every article. Country
(ISO2) and sector are filled where the name or the words before it tell them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..config import Settings
from ..errors import ResourceError
from ..model import Entity, Mention
from .ner_features import PERSON_TITLES, opening_lengths, wordset

log = logging.getLogger(__name__)

# Country forms of Indonesian news that ISO/CLDR lists lack (short forms, older spellings).
COUNTRY_FORMS: dict[str, str] = {
    "AS": "US", "Amerika": "US", "Amerika Serikat": "US", "USA": "US", "Paman Sam": "US",
    "RRT": "CN", "RRC": "CN", "Tiongkok": "CN", "Cina": "CN", "China": "CN",
    "Korut": "KP", "Korea Utara": "KP", "Korsel": "KR", "Korea Selatan": "KR",
    "Inggris": "GB", "Britania Raya": "GB", "Inggris Raya": "GB",
    "Prancis": "FR", "Perancis": "FR", "Rusia": "RU", "Federasi Rusia": "RU",
    "Belanda": "NL", "Jerman": "DE", "Jepang": "JP", "Spanyol": "ES", "Italia": "IT",
    "Turki": "TR", "Arab Saudi": "SA", "Saudi": "SA", "Iran": "IR", "Irak": "IQ", "Suriah": "SY",
    "Mesir": "EG", "Yordania": "JO", "Lebanon": "LB", "Libanon": "LB", "Palestina": "PS", "Israel": "IL",
    "Yaman": "YE", "Afganistan": "AF", "Afghanistan": "AF", "Pakistan": "PK", "India": "IN",
    "Filipina": "PH", "Malaysia": "MY", "Singapura": "SG", "Thailand": "TH", "Myanmar": "MM",
    "Vietnam": "VN", "Kamboja": "KH", "Laos": "LA", "Brunei": "BN", "Timor Leste": "TL",
    "Timor-Leste": "TL", "Australia": "AU", "Selandia Baru": "NZ", "Papua Nugini": "PG",
    "Ukraina": "UA", "Belarus": "BY", "Polandia": "PL", "Yunani": "GR", "Swiss": "CH",
    "Swedia": "SE", "Norwegia": "NO", "Denmark": "DK", "Finlandia": "FI", "Belgia": "BE",
    "Austria": "AT", "Hongaria": "HU", "Ceko": "CZ", "Rumania": "RO", "Armenia": "AM",
    "Azerbaijan": "AZ", "Georgia": "GE", "Kazakhstan": "KZ", "Uzbekistan": "UZ",
    "Afrika Selatan": "ZA", "Nigeria": "NG", "Ethiopia": "ET", "Sudan": "SD", "Libya": "LY",
    "Aljazair": "DZ", "Maroko": "MA", "Tunisia": "TN", "Somalia": "SO", "Kenya": "KE",
    "Meksiko": "MX", "Brasil": "BR", "Argentina": "AR", "Kolombia": "CO", "Venezuela": "VE",
    "Kanada": "CA", "Kuba": "CU", "Chili": "CL", "Peru": "PE", "Qatar": "QA", "Kuwait": "KW",
    "Uni Emirat Arab": "AE", "UEA": "AE", "Bahrain": "BH", "Oman": "OM", "Taiwan": "TW",
    "Hong Kong": "HK", "Bangladesh": "BD", "Sri Lanka": "LK", "Nepal": "NP", "Mongolia": "MN",
    "Indonesia": "ID", "RI": "ID", "NKRI": "ID", "Republik Indonesia": "ID",
    "Korea": "KR", "Vatikan": "VA", "Irlandia": "IE", "Portugal": "PT", "Serbia": "RS",
    "Kroasia": "HR", "Bosnia": "BA", "Kosovo": "XK", "Islandia": "IS", "Kirgistan": "KG",
    "Tajikistan": "TJ", "Turkmenistan": "TM",
}

# Peoples that are not country names but take "warga/orang/etnis X" (-> NORP with a country).
PEOPLES: dict[str, str | None] = {
    "papua": "ID", "aceh": "ID", "dayak": "ID", "madura": "ID", "rohingya": "MM", "uighur": "CN", "uyghur": "CN",
    "kurdi": None, "tamil": None, "yahudi": None, "arab": None, "melayu": None, "tionghoa": None, "badui": "ID",
    "moro": "PH", "pashtun": None, "baloch": None, "hazara": "AF",
}

# Institution abbreviations of Indonesian news -> the full name (lower-case).
ABBREVIATIONS: dict[str, str] = {
    "kemenhan": "kementerian pertahanan", "kemhan": "kementerian pertahanan",
    "kemenlu": "kementerian luar negeri", "kemlu": "kementerian luar negeri",
    "kemendagri": "kementerian dalam negeri", "kemenkes": "kementerian kesehatan",
    "kemenkeu": "kementerian keuangan", "kemenag": "kementerian agama", "kemensos": "kementerian sosial",
    "kemenkumham": "kementerian hukum dan hak asasi manusia", "kemendikbud": "kementerian pendidikan dan kebudayaan",
    "kemenhub": "kementerian perhubungan", "kementan": "kementerian pertanian",
    "polri": "kepolisian negara republik indonesia", "tni": "tentara nasional indonesia",
    "tni ad": "tentara nasional indonesia angkatan darat", "tni al": "tentara nasional indonesia angkatan laut",
    "tni au": "tentara nasional indonesia angkatan udara",
    "polda": "kepolisian daerah", "polres": "kepolisian resor", "polresta": "kepolisian resor kota",
    "polrestabes": "kepolisian resor kota besar", "polsek": "kepolisian sektor", "mabes polri": "markas besar polri",
    "densus 88": "detasemen khusus 88", "densus": "detasemen khusus 88", "brimob": "korps brigade mobil",
    "bnpb": "badan nasional penanggulangan bencana", "bpbd": "badan penanggulangan bencana daerah",
    "basarnas": "badan nasional pencarian dan pertolongan", "bmkg": "badan meteorologi klimatologi dan geofisika",
    "kpk": "komisi pemberantasan korupsi", "kpu": "komisi pemilihan umum", "bawaslu": "badan pengawas pemilu",
    "dpr": "dewan perwakilan rakyat", "dpr ri": "dewan perwakilan rakyat", "mpr": "majelis permusyawaratan rakyat",
    "dpd": "dewan perwakilan daerah", "dprd": "dewan perwakilan rakyat daerah",
    "mk": "mahkamah konstitusi", "ma": "mahkamah agung", "kejagung": "kejaksaan agung",
    "bin": "badan intelijen negara", "bnn": "badan narkotika nasional", "bnpt": "badan nasional penanggulangan terorisme",
    "komnas ham": "komisi nasional hak asasi manusia", "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi", "pemda": "pemerintah daerah", "kodam": "komando daerah militer",
    "korem": "komando resor militer", "kodim": "komando distrik militer", "kostrad": "komando cadangan strategis angkatan darat",
    "kopassus": "komando pasukan khusus",
    "pbb": "perserikatan bangsa-bangsa", "un": "perserikatan bangsa-bangsa", "united nations": "perserikatan bangsa-bangsa",
    "dk pbb": "dewan keamanan perserikatan bangsa-bangsa", "ue": "uni eropa", "eu": "uni eropa",
    "who": "organisasi kesehatan dunia", "unhcr": "badan pengungsi perserikatan bangsa-bangsa",
    "icrc": "komite internasional palang merah", "pmi": "palang merah indonesia",
    "kkb": "kelompok kriminal bersenjata", "opm": "organisasi papua merdeka", "tpnpb": "tentara pembebasan nasional papua barat",
}

# Institutions that exist only in Indonesia: their country is Indonesia when none is named.
ID_ONLY = wordset("""polri polda polres polresta polrestabes polsek densus brimob bareskrim mabes tni kodam korem
    kodim koramil kostrad kopassus kpk kpu bawaslu bnpb bpbd basarnas bmkg bnn bnpt dpr dprd mpr dpd pemkab pemkot
    pemprov pemda kejagung kejati kejari komnas""")

_ID_ONLY_FULL = tuple(sorted({ABBREVIATIONS[a] for a in ID_ONLY if a in ABBREVIATIONS}))

IGO = wordset("""
perserikatan bangsa-bangsa pbb un nato asean osce uni eropa ue eu who unicef unhcr icrc imf bank dunia oki
liga arab uni afrika interpol iaea wto unesco dewan keamanan
""") | {"perserikatan bangsa-bangsa", "uni eropa", "bank dunia", "liga arab", "uni afrika", "dewan keamanan"}

MEDIA = wordset("""
antara reuters afp ap associated press kompas tempo detik detikcom kumparan tribun tribunnews okezone liputan6
republika sindonews suara merdeka viva cnn cnbc bbc aljazeera al jazeera xinhua anadolu sputnik tass bloomberg
guardian times post tvri rri metro tvone kompas.com tempo.co detik.com ria novosti irna yonhap kyodo bernama
""")

# Head words -> sector (checked on the lower-cased, expanded name and the words before a person).
SECTOR_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("police", wordset("""polisi kepolisian polri polda polres polsek polresta polrestabes densus brimob
        bareskrim kapolri kapolda kapolres kapolresta kapolrestabes wakapolres kapolsek akbp kombes kompol iptu ipda aiptu bripka brigpol irjen komjen
        kasatreskrim""")),
    ("military", wordset("""tentara pasukan militer tni angkatan kodam korem kodim koramil kostrad kopassus
        batalyon yonif brigade divisi resimen panglima pangdam danrem dandim komandan jenderal letjen mayjen brigjen
        kolonel letkol mayor kapten serda sertu prajurit marinir laksamana marsekal armada""")),
    ("rebel", wordset("""pemberontak kkb separatis milisi gerilyawan opm tpnpb teroris militan kelompok
        bersenjata taliban hamas hizbullah houthi""")),
    ("igo", frozenset(IGO)),
    ("government", wordset("""pemerintah pemerintahan kementerian kemenhan kemenlu kemendagri presiden wapres
        menteri menko gubernur wagub bupati wabup walikota wali camat lurah istana parlemen dpr dprd mpr kedubes
        kedutaan konsulat badan dinas pemkab pemkot pemprov pemda rezim kabinet perdana raja sultan
        senator""")),
    ("party", wordset("partai parpol")),
    ("media", frozenset(MEDIA)),
    ("company", wordset("pt tbk persero perum bank perusahaan inc corp ltd grup group")),
    ("civilian", wordset("""warga penduduk rakyat masyarakat pengungsi mahasiswa pelajar petani nelayan buruh
        orang umat sipil""")),
)
_TITLES_STRIP = frozenset(PERSON_TITLES)
_STATE_NAMES = {"military": "Militer", "government": "Pemerintah", "police": "Kepolisian"}
_WORD_RE = re.compile(r"[\w]+(?:[-'][\w]+)*|[^\w\s]")


@dataclass
class NameTables:
    """Country names, people names and an optional geocoder, loaded once."""

    countries: dict[str, str]  # lower-cased form -> ISO2
    country_names: dict[str, str]  # ISO2 -> display name (Indonesian news form)
    max_country_len: int = 3
    geocode: Callable[[str], GeoHit | None] | None = None
    peoples: dict[str, str | None] = field(default_factory=lambda: dict(PEOPLES))
    regions: dict[str, str] = field(default_factory=dict)  # lower-cased Indonesian region -> PROV | REG
    districts: frozenset[str] = frozenset()  # lower-cased Indonesian districts (kecamatan)
    country_first: frozenset[str] = frozenset()  # first words of the country names
    country_len: dict[str, int] = field(default_factory=dict)  # first word -> the most words of a name it opens
    # the keys of mention forms seen before (bounded): a pure function of the form and these tables
    key_cache: dict[tuple[Any, ...], _Key] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.country_len:
            self.country_len = opening_lengths(self.countries)
        if not self.country_first:
            self.country_first = frozenset(self.country_len)


@dataclass
class GeoHit:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    precision: str  # place | admin | country
    id: str | None = None  # a stable entity id ("LOC:RU", "LOC:wilayah:91.71")
    feature: str = ""  # the gazetteer's kind: country, admin1, admin2, region, city, village ...
    population: int = 0


@dataclass(init=False)
class MentionHint:
    """What the tagger knows about a mention besides its text."""

    country: str | None = None
    head: str | None = None
    before: list[str] = field(default_factory=list)

    # written out, not generated: mypyc compiles this one, while the ``__init__`` that
    # ``dataclass`` generates runs interpreted (four times slower, for every mention)
    def __init__(self, country: str | None = None, head: str | None = None, before: list[str] | None = None) -> None:
        self.country = country
        self.head = head
        self.before = [] if before is None else before


def load_name_tables(settings: Settings | None = None, regions: dict[str, str] | None = None,
                     geo: bool = True, districts: frozenset[str] = frozenset()) -> NameTables:
    """Country forms (news forms, the geo lexicon, ISO names via pycountry) and, with ``geo``,
    the geocoder of :mod:`linimasa.geo` for places."""
    countries: dict[str, str] = {}
    display: dict[str, str] = {}
    for form, cc in COUNTRY_FORMS.items():
        countries.setdefault(form.lower(), cc)
        if cc not in display or display[cc].isupper():  # a news name rather than an acronym
            display[cc] = form
    try:
        import pycountry

        for c in pycountry.countries:
            for nm in (getattr(c, "name", None), getattr(c, "common_name", None)):
                if nm and nm.lower() not in countries:
                    countries[nm.lower()] = c.alpha_2
                    display.setdefault(c.alpha_2, nm)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        log.warning("pycountry missing: only the built-in country forms are known")
    for form, cc in _geo_country_forms().items():
        if not form.startswith("negeri "):  # nicknames ("Negeri Paman Sam") are not tagged as names
            countries.setdefault(form, cc)
    geocode = _geo_geocoder(settings) if geo else None
    return NameTables(countries=countries, country_names=display,
                      max_country_len=max(k.count(" ") + 1 for k in countries), geocode=geocode,
                      regions=regions or {}, districts=districts)


def load_geo() -> Any:
    """The gazetteer of :mod:`linimasa.geo` (cached there), or None when it cannot be loaded."""
    try:
        from ..geo import load_gazetteer

        return load_gazetteer()
    except (ImportError, ResourceError) as exc:
        log.warning("geo gazetteer unavailable for entity normalisation: %s", exc)
        return None


def _geo_geocoder(settings: Settings | None) -> Callable[[str], GeoHit | None] | None:
    """A name -> place lookup backed by :mod:`linimasa.geo` (loaded once per process)."""
    gaz = load_geo()
    if gaz is None:
        return None

    @lru_cache(maxsize=65536)
    def geocode(name: str) -> GeoHit | None:
        place = gaz.resolve(name)
        if place is None:
            return None
        return GeoHit(name=place.name, country=place.country, lat=place.lat, lon=place.lon, admin1=place.admin1,
                      precision=place.precision, id=f"LOC:{place.country}" if place.feature == "country"
                      else f"LOC:{place.id}", feature=place.feature, population=place.population or 0)

    return geocode


def _geo_country_forms() -> dict[str, str]:
    """Country names and short forms of the geo lexicon (lower-cased form -> ISO2)."""
    try:
        from ..geo.lexicon import COUNTRY_ALIASES
    except ImportError:
        return {}
    return {form.lower(): cc for cc, forms in COUNTRY_ALIASES.items() for form in forms}


def words(name: str) -> list[str]:
    return _WORD_RE.findall(name.lower())


def sector_of(name_words: list[str]) -> str | None:
    joined = " ".join(name_words)
    for sector, vocab in SECTOR_WORDS:
        if any(w in vocab for w in name_words) or (sector == "igo" and joined in IGO):
            return sector
    return None


def _split_country(ws: list[str], names: NameTables) -> tuple[list[str], str | None]:
    """Strip a trailing country name from an organisation's words: (rest, ISO2)."""
    for k in range(min(names.max_country_len, len(ws) - 1), 0, -1):
        cc = names.countries.get(" ".join(ws[-k:]))
        if cc is not None:
            return ws[:-k], cc
    return ws, None


def _expand(ws: list[str]) -> list[str]:
    full = ABBREVIATIONS.get(" ".join(ws))
    if full is not None:
        return full.split()
    if len(ws) > 1:
        two = ABBREVIATIONS.get(" ".join(ws[:2]))
        if two is not None:
            return [*two.split(), *ws[2:]]
    first = ABBREVIATIONS.get(ws[0]) if ws else None
    if first is not None:
        return [*first.split(), *ws[1:]]
    return ws


def _title_country(before: list[str], names: NameTables) -> tuple[str | None, str | None]:
    """Country and sector told by the words before a person ("Presiden Azerbaijan", "Kapolda")."""
    low = [w.lower().rstrip(".") for w in before]
    cc = None
    for k in (2, 1):
        if len(low) >= k and (hit := names.countries.get(" ".join(low[-k:]))):
            cc = hit
            low = low[:-k]
            break
    sector = None
    if low and low[-1] in _TITLES_STRIP:
        sector = sector_of(low[-2:])
    return cc, sector


@dataclass(init=False)
class _Key:
    id: str
    name: str
    label: str
    country: str | None = None
    sector: str | None = None
    geo: GeoHit | None = None

    def __init__(self, id: str, name: str, label: str, country: str | None = None, sector: str | None = None,
                 geo: GeoHit | None = None) -> None:  # compiled by mypyc (see MentionHint)
        self.id = id
        self.name = name
        self.label = label
        self.country = country
        self.sector = sector
        self.geo = geo


def _person_key(ws: list[str]) -> list[str]:
    while len(ws) > 1 and ws[0].rstrip(".") in _TITLES_STRIP:
        ws = ws[1:]
    return ws


def _key_for(m: Mention, hint: MentionHint, names: NameTables) -> _Key:
    """The entity key of a mention: a fresh copy (the linking passes change keys in place)."""
    ck = (m.text, m.label, hint.country, hint.head, tuple(hint.before) if m.label == "PER" else ())
    k = names.key_cache.get(ck)
    if k is None:
        k = _make_key(m, hint, names)
        if len(names.key_cache) >= 50_000:
            names.key_cache.clear()
        names.key_cache[ck] = k
    return _Key(k.id, k.name, k.label, k.country, k.sector, k.geo)


def _make_key(m: Mention, hint: MentionHint, names: NameTables) -> _Key:
    ws = words(m.text)
    if m.label == "LOC":
        cc = hint.country or names.countries.get(" ".join(ws))
        if cc is not None and " ".join(ws) in names.countries:
            shown = names.country_names.get(cc, m.text)
            hit = names.geocode(m.text) if names.geocode is not None else None
            if hit is None or hit.country != cc:
                hit = GeoHit(shown, cc, None, None, None, "country")
            return _Key(f"LOC:{cc}", shown, "LOC", cc, geo=hit)
        hit = names.geocode(m.text) if names.geocode is not None else None
        if hit is not None:
            hid = hit.id or f"LOC:{' '.join(words(hit.name))}|{hit.country or ''}"
            return _Key(hid, hit.name, "LOC", hit.country, geo=hit)
        kind = names.regions.get(" ".join(ws))
        if kind is not None:  # an Indonesian province / regency known to the NER gazetteer
            return _Key(f"LOC:{' '.join(ws)}|ID", m.text, "LOC", "ID",
                        geo=GeoHit(m.text, "ID", None, None, m.text if kind == "PROV" else None, "admin"))
        return _Key(f"LOC:{' '.join(ws)}|", m.text, "LOC")
    if m.label == "NORP":
        cc = hint.country
        people = ws[-1] if ws else ""
        if people in names.peoples:  # a people ("orang Papua"): its own entity, with the country if any
            return _Key(f"NORP:{people}|{cc or ''}", f"orang {people.title()}", "NORP", cc, "civilian")
        shown = names.country_names.get(cc, cc) if cc else " ".join(ws[1:]).title()
        return _Key(f"NORP:{cc or ' '.join(ws[1:])}", f"warga {shown}", "NORP", cc, "civilian")
    if m.label == "ORG" and hint.head is not None and hint.country is not None:
        sector = sector_of([hint.head]) or "government"
        base = _STATE_NAMES.get(sector, hint.head.title())
        shown = names.country_names.get(hint.country, hint.country)
        return _Key(f"ORG:{base.lower()}|{hint.country}", f"{base} {shown}", "ORG", hint.country, sector)
    if m.label == "ORG":
        rest, cc = _split_country(ws, names)
        if cc is None and rest and rest[-1] == "ri":
            rest, cc = rest[:-1], "ID"
        full = _expand(rest) if rest else ws
        base = " ".join(full)
        if cc is None and ((full and full[-1] == "indonesia" and len(full) > 1) or (ws and ws[0] in ID_ONLY)
                           or any(base.startswith(f) for f in _ID_ONLY_FULL)):
            cc = "ID"
        org_sector = sector_of(full) or sector_of(ws) or ("media" if base in MEDIA else None)
        if org_sector == "igo":
            cc = None
        return _Key(f"ORG:{base}|{cc or ''}", m.text, "ORG", cc, org_sector)
    # PER
    bare = _person_key(ws)
    joined = " ".join(bare)
    if joined not in names.regions and joined not in names.countries:  # "Kapolrestabes Bandung" stays a role
        ws = bare
    per_cc, per_sector = _title_country(hint.before, names)
    if ws is not bare:
        per_sector = per_sector or sector_of(ws[:1])
    return _Key(f"PER:{' '.join(ws)}", m.text, "PER", per_cc, per_sector)


def _link_persons(keys: list[_Key]) -> None:
    """Within an article, a partial name ("Widodo") joins the full name ("Joko Widodo").

    A part shared by two different full names of the same length ("Abedi" in "Salman Abedi"
    and "Jomana Abedi") is ambiguous and stays unlinked; a longer full name wins over a
    shorter one that contains the part. Deterministic: no set order is involved."""
    full = sorted(dict.fromkeys(k.id for k in keys if k.label == "PER"), key=lambda i: -len(i.split()))
    target: dict[str, str] = {}
    rank: dict[str, int] = {}
    ambiguous: set[str] = set()
    for fid in full:
        parts = fid[4:].split()
        if len(parts) < 2:
            continue
        for j in range(len(parts)):
            for l in range(j + 1, len(parts) + 1):
                sub = "PER:" + " ".join(parts[j:l])
                if sub == fid:
                    continue
                if sub not in target:
                    target[sub], rank[sub] = fid, len(parts)
                elif target[sub] != fid and rank[sub] == len(parts):
                    ambiguous.add(sub)
    for k in keys:
        if k.label == "PER" and k.id in target and k.id not in ambiguous:
            k.id = target[k.id]


def _link_orgs(keys: list[_Key]) -> None:
    """Within an article, an organisation named without its country ("Kemenhan") joins the one
    named with it ("Kementerian Pertahanan Azerbaijan") when exactly one such country was seen."""
    by_base: dict[str, set[str]] = {}
    for k in keys:
        if k.label == "ORG" and k.country:
            by_base.setdefault(k.id.split("|")[0], set()).add(k.country)
    for k in keys:
        if k.label == "ORG" and k.id.endswith("|"):
            ccs = by_base.get(k.id[:-1], set())
            if len(ccs) == 1:
                (cc,) = ccs
                k.id, k.country = f"{k.id}{cc}", cc


def resolve(mentions: list[Mention], hints: list[MentionHint], names: NameTables) -> list[Entity]:
    """Give every mention an ``entity_id``; return the article's canonical entities."""
    keys = [_key_for(m, h, names) for m, h in zip(mentions, hints, strict=True)]
    _link_persons(keys)
    _link_orgs(keys)
    entities: dict[str, Entity] = {}
    for m, k in zip(mentions, keys, strict=True):
        m.entity_id = k.id
        e = entities.get(k.id)
        if e is None:
            g = k.geo
            e = Entity(id=k.id, name=k.name, label=k.label, country=k.country, sector=k.sector,
                       lat=g.lat if g else None, lon=g.lon if g else None, admin1=g.admin1 if g else None,
                       geo_precision=g.precision if g else None)
            entities[k.id] = e
        else:
            if len(k.name) > len(e.name) and k.label in ("PER", "ORG") and not k.name.isupper():
                e.name = k.name
            e.country = e.country or k.country
            e.sector = e.sector or k.sector
        if m.text not in e.aliases:
            e.aliases.append(m.text)
    return list(entities.values())
