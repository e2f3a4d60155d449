"""Participants and their roles: who acts (actors) and who is acted upon (targets).

Participant phrases are found by token patterns, not a parser:

* a sector noun or title ("tentara", "polisi", "warga", "Presiden") with what follows it in
  the phrase: a country ("tentara Azerbaijan"), a named mention ("Presiden ... Joko Widodo"),
  capitalised words ("Densus 88"), "sipil"/"bersenjata"; a leading amount ("tiga pemuda",
  "12 pasukannya") belongs to the phrase;
* a named PER/ORG/NORP mention of the language layer, its entity giving country and sector;
* a bare country name not governed by a place preposition ("Azerbaijan membebaskan ...").

A possessive "-nya" on a sector noun ("militernya") takes the nearest country named before it
(in the sentence, else the previous sentence).

Roles depend on the trigger's voice: active ("Polisi menangkap tiga pemuda"): the subject
(the leftmost participant of the clause before the trigger) acts on the first participant
after it; passive ("ditembak oleh X", "ditangkap X"): the subject is the target and the
agent follows "oleh" or the verb directly, agentless passives leave the actor empty;
nominal triggers take the subject of a light verb ("X melakukan penyerangan terhadap Y") or
a genitive ("serangan Israel terhadap Y"). Withdrawals and deployments in the passive
("militernya telah ditarik") make the moved force the actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from ..model import Entity, Event, Participant, Sentence
from .context import SentView
from .lexicon import ROOTS, nasal_prefix
from .words import (
    LIGHT_VERBS,
    PLACE_WORDS,
    PREDICATES,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    REPORT_VERBS,
    SECTOR_NOUNS,
    SIDE_WORDS,
    SOURCE_PREPS,
    STREETS,
    SUBORDINATORS,
    TITLE_WORDS,
    WEAPON_WORDS,
)

_PHRASE_MODIFIERS: Final = frozenset({
    "pertahanan", "luar", "negeri", "dalam", "bicara", "sipil", "bersenjata", "keamanan",
    "khusus", "antiteror", "gabungan", "kriminal", "separatis", "nasional", "daerah", "setempat",
    "udara", "darat", "laut", "republik", "federasi", "perdana", "menteri", "besar", "agung",
    "kota", "kabupaten", "resor", "sektor", "pelaksana", "negara", "umum", "kelompok",
    "pemberontak", "teroris", "tinggi", "penanggulangan", "bencana", "pengamanan", "anggota",
    "persatuan", "militer", "junta", "paramiliter", "elite", "hukum",
})
_QUANT_WORDS: Final = frozenset({
    "para", "seorang", "sejumlah", "puluhan", "ratusan", "ribuan", "belasan", "beberapa", "kedua",
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "seluruh", "semua", "jutaan", "banyak", "sekelompok", "segerombolan",
    "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh",  # "ketujuh warga"
})
_PLACE_PREPS: Final = frozenset({"di", "ke", "dari", "dekat", "wilayah", "kota", "ibukota", "negara", "daerah",
                          "provinsi", "kawasan", "perbatasan", "menuju", "antara", "bagi", "asal",
                          "untuk", "kepada", "atas", "dengan", "melalui", "pada", "sebagai",
                          "bagian", "oleh", "terhadap", "sekitar",
                          "laut", "selat", "teluk", "samudra", "samudera", "perairan", "semenanjung"})  # "Laut Jepang"
_AGENT: Final = frozenset({"oleh"})
_ABOUT: Final = frozenset({"sekitar", "kira-kira", "hampir"})
_ADVERBS: Final = frozenset({"telah", "sudah", "sempat", "pernah", "akan", "juga", "pun", "segera", "kembali",
                      "langsung", "lalu", "kemudian", "masih", "terus"})
_COORD: Final = frozenset({"dan", "serta", ",", "bersama", "beserta"})  # "Polres A bersama Polres B dan Kodim C mengerahkan": all act
_TARGET_PREPS: Final = frozenset({"terhadap", "ke", "kepada", "atas", "pada"})
SECTOR_NOUNS_EXTRA: Final = {"kelompok": "rebel", "orang": "civilian", "perusuh": "civilian",
                      "provokator": "civilian", "penyandera": "rebel",
                      # the elder students of a campus or school: "dipukul oleh sejumlah senior"
                      "senior": "civilian", "seniornya": "civilian", "junior": "civilian", "juniornya": "civilian"}
# peN- agent nouns of violent roots are perpetrators: penculik, penembak, perampok, pembakar ...
SECTOR_NOUNS_EXTRA.update({
    p: "rebel" for root, _c, type_, _m, _n in ROOTS if type_ in ("ASSAULT", "COERCE") and root not in ("tahan", "aman")
    for p in nasal_prefix(root, "pe")})


@dataclass
class Span:
    i: int
    j: int
    part: Participant
    place: bool = False  # a place name standing for its government ("Jakarta menolak ...")

    # (written out: a dataclass's generated __init__ runs interpreted even compiled, and this one is hot)
    def __init__(self, i: int, j: int, part: Participant, place: bool = False) -> None:
        self.i, self.j, self.part, self.place = i, j, part, place


_SECTORS: Final = {**SECTOR_NOUNS_EXTRA, **SECTOR_NOUNS}
# heads whose noun goes on in a lower-case word: "pengunjuk rasa", "tukang ojek", "juru bicara"
_VEHICLES: Final = frozenset({"ojek", "ojol", "taksi", "angkot", "angkutan", "truk", "mobil", "bus", "becak", "bajaj"})
_WORKPLACES: Final = frozenset({"pabrik", "tambang", "pelabuhan", "perkebunan", "migran", "harian", "kontrak", "bangunan"})
_NOUN_TAILS: Final = {"pengunjuk": frozenset({"rasa"}), "juru": frozenset({"bicara", "parkir", "kamera", "foto", "masak"}),
               "tukang": frozenset({"ojek", "parkir", "becak", "bangunan", "sayur", "kayu", "batu"}),
               "pengemudi": _VEHICLES, "sopir": _VEHICLES, "bajak": frozenset({"laut", "udara"}),
               "ojek": frozenset({"online", "daring", "pangkalan"}), "geng": frozenset({"motor"}),
               # where a "petugas" works: "petugas lapas dan polisi" are two parties, not "lapas dan polisi"
               "petugas": frozenset({"lapas", "rutan", "pemasyarakatan", "pemadam", "medis", "kesehatan", "imigrasi",
                                     "bandara", "pelabuhan", "kebersihan", "jaga", "piket", "patroli"}),
               "pemadam": frozenset({"kebakaran"}),
               # what an authority governs: "Otoritas perlindungan sipil Italia", "otoritas penerbangan sipil"
               "otoritas": frozenset({"perlindungan", "penerbangan", "pelabuhan", "bandara", "kesehatan", "keamanan",
                                      "imigrasi", "bencana", "darurat", "maritim", "pertahanan"}),
               "buruh": _WORKPLACES, "pekerja": _WORKPLACES, "karyawan": _WORKPLACES,
               "pabrik": frozenset({"tekstil", "garmen", "sepatu", "semen", "gula", "rokok", "plastik", "kayu", "baja"})}
_participant_sector = _SECTORS.get
# words that make a "Satuan ..." (unit) the police's, not the army's
_ARMY_UNITS: Final = frozenset({"tni", "yonif", "pamtas", "kostrad", "raider", "marinir", "batalyon", "kodam", "korem",
                         "kodim", "kopassus", "koops", "habema"})
_POLICE_UNITS: Final = frozenset({w for w, sec in _SECTORS.items() if sec == "police"}
                          | {"polresta", "polrestabes", "reserse", "reskrim", "satreskrim", "satresnarkoba", "narkoba",
                             "satlantas", "sabhara"})


def _between_group(word: str) -> str | None:
    """The group of "antarwarga", "antar-suporter" ("between residents"): both sides of a clash."""
    if word.startswith("antar") and len(word) > 7:
        rest = word[5:].lstrip("-")
        if rest in _SECTORS:
            return rest
    return None


def find_participants(v: SentView, ents: dict[str, Entity], country_names: dict[str, str],
                      prev_country: str | None) -> list[Span]:
    """Participant phrases of a sentence, left to right."""
    spans: list[Span] = []
    n = len(v.low)
    last_country = prev_country
    low, base = v.low, v.base
    todo = [k for k, (b, w) in enumerate(zip(base, low)) if b in _SECTORS or w in TITLE_WORDS
            or (w[:5] == "antar" and _between_group(w))]
    todo.extend(v.mentions)
    todo.extend(v.countries)
    todo.sort()
    i = 0
    for nxt in todo:
        if nxt < i:
            continue
        if nxt >= 2 and low[nxt - 1] == "/" and low[nxt - 2].isdigit() and nxt not in v.countries:
            continue  # "Kodim 1605/Belu": the district in a military unit's number, no party of its own
        i = nxt
        w = v.base[i]
        group = _between_group(v.low[i])
        sector = _participant_sector(group or w)
        if v.low[i] in TITLE_WORDS:
            # a title is a participant with a name after it or capitalised itself ("Presiden menolak")
            named = i + 1 < n and v.toks[i + 1].text[:1].isupper()
            if named or v.toks[i].text[:1].isupper():
                sector = sector or ("military" if v.low[i] in ("komandan", "jenderal", "panglima") else "government")
            else:
                sector = None
        ment = v.mentions.get(i)
        c = v.countries.get(i)
        if sector is not None and i + 1 < n and v.low[i] == "negara" and v.low[i + 1] == "bagian":
            sector = None  # "Negara Bagian Kogi": a federal state, a place
        if sector is not None:
            start = i
            while start > 0 and (v.low[start - 1] in _QUANT_WORDS or v.low[start - 1][:1].isdigit()):
                start -= 1
            if start > 0 and start < i and v.low[start - 1] in _ABOUT and v.low[start][:1].isdigit():
                start -= 1  # "Sekitar 3.000 buruh menggelar aksi": about that many, not around a place
            if start > 0 and v.low[start - 1] == "salah" and v.low[start] == "satu":
                start -= 1  # "salah satu terduga": one of a set told before
            country: str | None = None
            ent: Entity | None = None
            k = i + 1
            while k < n and k - i <= 7:
                lk = v.low[k]
                if k in v.countries:
                    country = v.countries[k][1]
                    k = v.countries[k][0]
                    continue
                if k in v.mentions:
                    m = v.mentions[k][1]
                    e = ents.get(m.entity_id or "")
                    if e is not None and m.label != "LOC":
                        ent = e
                        country = country or e.country
                    elif e is not None and e.country and m.label == "LOC" and e.geo_precision == "country":
                        country = e.country
                    k = v.mentions[k][0]
                    continue
                if lk in ("dalam", "luar") and (k + 1 >= n or v.low[k + 1] != "negeri"):
                    break
                if lk in _PHRASE_MODIFIERS or _participant_sector(lk) or lk in TITLE_WORDS \
                        or lk in _NOUN_TAILS.get(v.low[k - 1], ()):
                    k += 1
                    continue
                if lk == "dan" and v.low[i] in _MINISTRY_HEADS and k + 1 < n and v.toks[k + 1].text[:1].isupper() \
                        and v.low[k + 1] not in TITLE_WORDS and not _participant_sector(v.low[k + 1]) and k + 1 not in v.countries:
                    k += 1  # "Menteri Pemuda dan Olahraga", "Kementerian Kelautan dan Perikanan": one office's name
                    continue
                if lk in ("di", "asal") and k + 1 in v.countries and v.low[i] not in TITLE_WORDS:
                    # "warga di Suriah"; "warga asal Kamerun": where the people come from, part of who they are
                    country = v.countries[k + 1][1]
                    k = v.countries[k + 1][0]
                    break
                tok = v.toks[k].text
                if (tok[:1].isupper() or (tok[:1].isdigit() and k > i + 1 and v.toks[k - 1].text[:1].isupper())) \
                        and lk not in SUBORDINATORS and lk not in PREPOSITIONS:
                    k += 1
                    continue
                break
            unknown = _unknown_at(low, k)
            if unknown:  # "orang tak dikenal", "pria bersenjata misterius": an unidentified actor
                k += unknown
                sector = "unidentified"
            if k + 1 < n and v.low[k] == "berinisial" and v.toks[k + 1].text.isupper():
                k += 2  # "Seorang pria berinisial HS (42)"
            if k + 2 < n and v.low[k] == "(" and v.low[k + 2] == ")" and (
                    v.toks[k + 1].text.isupper() or v.toks[k + 1].text.isdigit() or _participant_sector(v.low[k + 1])):
                k += 3  # "Komisi Pemberantasan Korupsi (KPK)", "pengemudi ojek online (ojol)": its short name
                if k in v.countries:  # "Badan Keamanan Laut (Bakamla) RI": the state it serves
                    country = country or v.countries[k][1]
                    k = v.countries[k][0]
                elif k in v.mentions and v.mentions[k][1].label == "LOC":
                    e = ents.get(v.mentions[k][1].entity_id or "")
                    if e is not None and e.country and e.geo_precision == "country":
                        country = country or e.country
                        k = v.mentions[k][0]
                    elif e is not None and v.toks[k].text[:1].isupper():
                        k = v.mentions[k][0]  # "Lembaga Bantuan Hukum (LBH) Medan": its branch there
            if k + 1 < n and v.low[k] == "pimpinan" and v.low[i] != "pimpinan" and v.toks[k + 1].text[:1].isupper():
                k += 2  # "Kelompok kriminal bersenjata (KKB) pimpinan Yanus Murib": the group its leader names
                while k < n and v.toks[k].text[:1].isupper() and v.low[k] not in SUBORDINATORS:
                    k += 1
            if v.nya[i] and country is None:
                country = last_country
            if sector == "military" and v.low[i] == "satuan" and any(x in _POLICE_UNITS for x in v.low[i + 1:k]):
                sector = "police"  # "Satuan Reserse Kriminal Polresta Pontianak": a police unit
            if sector == "police" and v.low[i] == "satgas" and any(x in _ARMY_UNITS for x in v.low[i + 1:k]):
                sector = "military"  # "Satgas Pamtas Yonif 642": the army's task force
            name = group if group and start == i and k == i + 1 else v.text(start, k)
            if v.nya[i] and country:
                name = f"{v.base[i]} {country_names.get(country, country)}"
            part = Participant(name=name, entity_id=ent.id if ent else None, country=country,
                               sector=(ent.sector if ent and ent.sector else sector),
                               start=v.toks[start].start, end=v.toks[k - 1].end)
            spans.append(Span(start, k, part))
            if country:
                last_country = country
            i = k
            continue
        if ment is not None and ment[1].label in ("PER", "ORG", "NORP") and _place_short_form(v, i, ment[0]):
            i = ment[0]  # "Kabupaten Indragiri Hulu (Inhu)": the place's short name, whatever the tagger took it for
            continue
        if ment is not None and ment[1].label in ("PER", "ORG", "NORP"):
            end, m = ment
            e = ents.get(m.entity_id or "")
            spans.append(Span(i, end, Participant(
                name=e.name if e else m.text, entity_id=e.id if e else None,
                country=e.country if e else None,
                sector=(e.sector if e else None) or ("civilian" if m.label == "NORP" else None),
                start=m.start, end=m.end)))
            i = end
            continue
        if ment is not None and ment[1].label == "LOC" and c is None:
            end, m = ment
            e = ents.get(m.entity_id or "")
            street = v.low[i].rstrip(".") in STREETS  # a street never stands for a government
            if not street and (i == 0 or (v.low[i - 1] not in _PLACE_PREPS and v.low[i - 1] not in PLACE_WORDS
                                          and v.low[i - 1] != ",")) \
                    and (e is None or e.geo_precision != "place" or _verbal_next(v, end)):
                spans.append(Span(i, end, Participant(
                    name=e.name if e else m.text, entity_id=e.id if e else None,
                    country=e.country if e else None, sector="government", start=m.start, end=m.end),
                    place=True))
            i = end
            continue
        if c is not None:
            end, code = c
            last_country = code
            if i == 0 or (v.low[i - 1] not in _PLACE_PREPS and not (  # "di lepas pantai Somalia": a place
                    v.low[i - 1] == "pantai" and i >= 2 and v.low[i - 2] in ("lepas", "di", "ke"))
                    and not _address_tail(v, i) and v.low[i - 1] not in _OF_A_THING):
                spans.append(Span(i, end, Participant(
                    name=country_names.get(code, v.text(i, end)), country=code, sector="government",
                    start=v.toks[i].start, end=v.toks[end - 1].end)))
            i = end
            continue
        i += 1
    spans = [sp for sp in spans if not _stance_of(v, sp.i)]
    return _untagged_subject(v, _acronym_subjects(v, _join_units(v, _drop_initials(v, spans), ents)))


_STANCE: Final = frozenset({"anti", "pro"})


def _stance_of(v: SentView, i: int) -> bool:
    """The phrase at token ``i`` names what a thing is for or against ("demonstrasi anti pemerintah",
    "anti - pemerintah", "milisi pro pemerintah"): a modifier, no party."""
    k = i - 1 if i >= 1 and v.low[i - 1] == "-" else i
    return k >= 1 and v.low[k - 1] in _STANCE


def _untagged_subject(v: SentView, spans: list[Span]) -> list[Span]:
    """A name the tagger missed heading the sentence, right before its verb (or the "yang" of a
    clause on it), is its subject: "Rektor Universitas Halu Oleo meminta ...", "Organisasi hak asasi
    manusia Amnesty International meminta ..." (after a lower-case description), "Radio Andalus yang
    dikelola Al-Shabaab mengklaim ...". Two capitalised words at least (one may only open the sentence), no
    participant before them."""
    n = len(v.low)
    k = 1
    while k < n and v.toks[k].text.isalpha() and v.toks[k].text.islower() and not verbal(v.low[k]) \
            and v.low[k] != "yang" and v.low[k] not in PREPOSITIONS and v.low[k] not in _PLACE_PREPS:
        k += 1  # (a description, not a place: "Unjuk rasa ... di depan Gedung DPRD berakhir ricuh")
    start = 0 if k == 1 else k
    end = start
    while end < n and v.toks[end].text[:1].isupper() and v.toks[end].text.replace("-", "").isalpha():
        end += 1
    nxt = end
    while nxt < n and v.low[nxt] in _CONTROL_GAP:
        nxt += 1
    if end - start < 2 or nxt >= n or not (verbal(v.low[nxt]) or v.low[nxt] == "yang") \
            or any(sp.i < end for sp in spans) \
            or any(x in v.mentions or x in v.countries for x in range(start, end)):
        return spans
    part = Participant(name=v.text(start, end), start=v.toks[start].start, end=v.toks[end - 1].end)
    return sorted([*spans, Span(start, end, part)], key=lambda sp: sp.i)


def _place_short_form(v: SentView, i: int, end: int) -> bool:
    """Whether the name at tokens ``i:end`` is a bracketed short form right after a place name."""
    if i < 2 or end >= len(v.low) or v.low[i - 1] != "(" or v.low[end] != ")":
        return False
    return any(e == i - 1 and m.label == "LOC" for e, m in v.mentions.values())


# a country naming a currency or where a thing was made: "dolar Amerika Serikat", "meriam buatan China"
_OF_A_THING: Final = frozenset({"dolar", "dollar", "yen", "yuan", "ringgit", "rupee", "euro", "won", "buatan",
                                "produksi", "bikinan", "made"})


def _address_tail(v: SentView, i: int) -> bool:
    """The country at ``i`` closes a place's address after a comma ("di Texas, Amerika Serikat",
    "di distrik Bronx, New York, Amerika Serikat"): the country the place lies in, not a party.
    Read back over the address's names and commas to the place preposition that opens it."""
    if i < 3 or v.low[i - 1] != ",":
        return False
    k = i - 2
    while k >= 0 and i - k <= 9:
        lk = v.low[k]
        if lk in _PLACE_PREPS:
            return k < i - 2
        if not (v.toks[k].text[:1].isupper() or lk == "," or lk in PLACE_WORDS):
            return False
        k -= 1
    return False


def _drop_initials(v: SentView, spans: list[Span]) -> list[Span]:
    """"kedua pelaku, berinisial RK (24) dan AS (27), ditangkap": initials set off after a noun
    only say who the noun's people are; they are no participant of their own."""
    inside: set[int] = set()
    for k in range(1, len(v.low)):
        if v.low[k] in ("berinisial", "inisial") and v.low[k - 1] == ",":
            m = k + 1
            while m < len(v.low) and (v.low[m] not in (",", ".", ";") or _more_initials(v, m)):
                inside.add(m)  # (a list set off by commas: "berinisial RS (38), BT (41) dan AM (35),")
                m += 1
    return [sp for sp in spans if sp.i not in inside] if inside else spans


def _more_initials(v: SentView, m: int) -> bool:
    """The comma at ``m`` goes on to more initials with an age: ", BT (41)"."""
    t = v.toks[m + 1].text if m + 2 < len(v.low) else ""
    return v.low[m] == "," and t.isalpha() and t.isupper() and 1 < len(t) <= 4 and v.low[m + 2] == "("


def _is_org(v: SentView, sp: Span) -> bool:
    m = v.mentions.get(sp.i)
    return m is not None and m[1].label == "ORG" and not sp.place


def _join_units(v: SentView, spans: list[Span], ents: dict[str, Entity]) -> list[Span]:
    """An organisation named with its parent is one participant, headed by the first name:
    "Densus 88 Antiteror Polri", "Detasemen Khusus (Densus) 88 Antiteror Polri", "Satreskrim
    Polres Bogor" -- the unit acts, not the parent named after it."""
    out: list[Span] = []
    for sp in spans:
        a = out[-1] if out else None
        if a is not None and _is_org(v, a) and _is_org(v, sp) and sp.i - a.j <= 4 and all(
                v.toks[k].text[:1].isupper() or v.toks[k].text[:1].isdigit() or v.low[k] in ("(", ")")
                for k in range(a.j, sp.i)):
            start = a.i
            if start >= 2 and v.low[start - 1] == "(" and v.toks[start - 2].text[:1].isupper():
                start -= 2  # the full name before a bracketed short form
                while start > 0 and v.toks[start - 1].text[:1].isupper() and start > a.i - 6:
                    start -= 1
            p, q = a.part, sp.part
            end = sp.j + 1 if sp.j < len(v.low) and v.low[sp.j] == ")" and v.low[sp.i - 1] == "(" else sp.j
            out[-1] = Span(start, end, Participant(
                name=v.text(start, end), entity_id=p.entity_id, country=p.country or q.country,
                sector=p.sector or q.sector, start=v.toks[start].start, end=v.toks[end - 1].end))
            continue
        if a is not None and _is_org(v, a) and sp.i == a.j and _names_country(sp, ents) \
                and a.part.country in (None, sp.part.country):  # "Badan Keamanan Laut (Bakamla) RI": its state
            p = a.part
            out[-1] = Span(a.i, sp.j, Participant(
                name=v.text(a.i, sp.j), entity_id=p.entity_id, country=sp.part.country, sector=p.sector,
                start=p.start, end=v.toks[sp.j - 1].end))
            continue
        if a is not None and _is_org(v, a) and sp.i == a.j and sp.place and a.j >= 1 and v.low[a.j - 1] == ")" \
                and v.toks[sp.i].text[:1].isupper():  # "Lembaga Bantuan Hukum (LBH) Medan": its branch there
            p = a.part
            out[-1] = Span(a.i, sp.j, Participant(
                name=v.text(a.i, sp.j), entity_id=p.entity_id, country=p.country or sp.part.country,
                sector=p.sector, start=p.start, end=v.toks[sp.j - 1].end))
            continue
        out.append(sp)
    return out


def _names_country(sp: Span, ents: dict[str, Entity]) -> bool:
    """The participant is a country named as such ("RI", "Indonesia"), not a city or a title."""
    e = ents.get(sp.part.entity_id or "")
    return sp.part.country is not None and (e.geo_precision == "country" if e is not None else sp.part.entity_id is None
                                            and sp.part.sector == "government" and sp.j - sp.i <= 3)


_UNKNOWN: Final = (("tak", "dikenal"), ("tidak", "dikenal"), ("tak", "dikenali"), ("tidak", "dikenali"),
            ("tak", "teridentifikasi"), ("tidak", "teridentifikasi"), ("misterius",))


def _unknown_at(low: list[str], k: int) -> int:
    """Length of an "unknown" modifier at token k ("tak dikenal"), else 0."""
    for p in _UNKNOWN:
        if tuple(low[k:k + len(p)]) == p:
            return len(p)
    return 0


def _acronym_subjects(v: SentView, spans: list[Span]) -> list[Span]:
    """An unrecognised acronym opening a clause whose predicate follows ("FPR melalui pernyataan
    tertulis membantah ...") or in brackets before an aside ("X (TTP), kelompok militan ...")
    is a participant (an organisation the NER layer did not tag)."""
    out = spans
    for k in [k for k, tok in enumerate(v.toks) if tok.text.isupper()]:  # few are: test those only
        tok = v.toks[k]
        t = tok.text
        if not (2 <= len(t) <= 6 and t.isalpha()):
            continue
        if any(sp.i <= k < sp.j for sp in spans):
            continue
        if 0 < k and k + 3 < len(v.low) and v.low[k - 1] == "(" and v.low[k + 1] == ")" and v.low[k + 2] == "," \
                and v.toks[k + 3].text.islower():
            # "Tehreek-e-Taliban Pakistan (TTP), kelompok militan yang ...": the group's short form before an aside
            out = sorted([*out, Span(k, k + 1, Participant(name=t, start=tok.start, end=tok.end))], key=lambda sp: sp.i)
            continue
        if k > 0 and v.low[k - 1] not in PUNCT_BOUNDARY and v.low[k - 1] not in SUBORDINATORS:
            continue
        for m in range(k + 1, min(len(v.low), k + 9)):
            w = v.low[m]
            if w in PUNCT_BOUNDARY or w in SUBORDINATORS or any(sp.i == m for sp in spans):
                break
            if w.startswith(("me", "ber", "di", "ter")) and len(w) > 5 and w not in PREPOSITIONS:
                out = sorted([*out, Span(k, k + 1, Participant(name=t, start=tok.start, end=tok.end))],
                             key=lambda sp: sp.i)
                break
    return out


def _verbal_next(v: SentView, k: int) -> bool:
    """A predicate follows ("Beijing membantah ...", "Washington telah menolak ...")."""
    while k < len(v.low) and v.low[k] in ("juga", "telah", "sudah", "pun", "kembali", "segera", "tidak", "tak",
                                          "sebelumnya", "kemudian", "akhirnya", "bahkan", "masih", "baru"):
        k += 1
    return k < len(v.low) and _affixed(v.low[k])


def _affixed(w: str) -> bool:
    """A word with a verb prefix (meN-, ber-, di-, ter-) long enough to be a verb."""
    return len(w) > 4 and w.startswith(("me", "ber", "di", "ter"))


def _coordinated(spans: list[Span], first: int, limit: int, v: SentView) -> list[Span]:
    out = [spans[first]]
    k = first + 1
    while k < len(spans) and spans[k].i < limit:
        gap = range(out[-1].j, spans[k].i)
        if len(gap) == 1 and v.low[gap[0]] in _COORD:
            out.append(spans[k])
            k += 1
            continue
        break
    return out


def verbal(w: str) -> bool:
    """An active verb that is not a speech verb (its object is not the next subject)."""
    return w.startswith(("me", "ber")) and len(w) > 5 and w not in REPORT_VERBS


# verbs whose complement is a clause with a subject of its own
CLAUSE_VERBS: Final = frozenset({
    "menuduh", "menuding", "menyebut", "menyebutkan", "mengatakan", "menyatakan", "melaporkan", "mengklaim",
    "menilai", "menduga", "mencurigai", "meminta", "memerintahkan", "mendesak", "menyerukan", "mengungkapkan",
    "menjelaskan", "menegaskan", "membenarkan", "mengakui", "menuturkan",
})
_CONTROL_GAP: Final = frozenset({"telah", "sudah", "berhasil", "akan", "segera", "kembali", "juga", "tidak", "tak", "belum",
                          "untuk", "sempat", "pernah", "masih", "terus", "mulai", "siap", "bersedia", "enggan",
                          "baru", "sedang", "tengah", "hendak", "ingin", "mampu", "dapat", "bisa"})
# "X dibantu/didampingi Y <verb>": X (helped by Y) does the verb
_HELPED_BY: Final = frozenset({"dibantu", "dibackup", "didukung", "disokong", "didampingi"})
_COORD_VERB: Final = frozenset({"dan", "serta", "lalu", "kemudian", "sekaligus"})
SPEAKER_SIDE: Final = SIDE_WORDS | {"kita", "ia", "dia", "mereka"}
_FULL_STOPS: Final = frozenset({".", "!", "?"})
# verbs whose object is an event their subject only judges, looks into or remembers
_ABOUT_VERBS: Final = frozenset({"mengecam", "mengutuk", "menyesalkan", "menyayangkan", "menyelidiki", "mengusut", "mendalami",
                          "mengkritik", "menyoroti", "mengenang", "memperingati", "menanggapi", "merespons",
                          "menyikapi", "mengecamnya", "mengutuknya"})


def _in_pp(v: SentView, i: int) -> bool:
    """Whether the participant at token ``i`` sits in a prepositional phrase ("di Jakarta", "dari
    kelurahan korban"), so it cannot be a subject."""
    if i == 0:
        return False
    prev = v.low[i - 1]
    if prev in _PLACE_PREPS or prev in SOURCE_PREPS:
        return True
    return (prev in PLACE_WORDS or prev in _QUARTERS) and i >= 2 and v.low[i - 2] in _PLACE_PREPS


# offices whose names join two fields with "dan" ("Menteri Pemuda dan Olahraga")
_MINISTRY_HEADS: Final = frozenset({"menteri", "kementerian", "menko", "wamen", "wakil"})


# a quarter of a place: "di timur negara itu", "di selatan kota" (the place, not a party)
_QUARTERS: Final = frozenset({"utara", "selatan", "timur", "barat", "tenggara", "timurlaut", "baratdaya", "baratlaut",
                              "pinggiran", "tengah", "jantung", "pusat"})


def _aside_head(words: list[str]) -> list[str]:
    """An aside's noun phrase without its relative clause ("kelompok militan yang kerap ...")."""
    return words[:words.index("yang")] if "yang" in words else words


def _name_ends(v: SentView, c: int) -> tuple[int, ...]:
    """Where a name before the comma at ``c`` may end: at the comma, or before or inside a
    short form in brackets ("Tehreek-e-Taliban Pakistan (TTP), ...")."""
    if c > 3 and v.low[c - 1] == ")" and v.low[c - 3] == "(":
        return c, c - 1, c - 3
    return (c,)


_BUT = frozenset({"tetapi", "tapi", "namun"})


def _joint_team(v: SentView, spans: list[Span], ti: int) -> list[Span]:
    """"Tim gabungan Polda X, Kodam Y dan Balai Gakkum KLHK menggerebek ...", "Tim SAR gabungan yang
    terdiri atas Basarnas, TNI AL dan Polair mengerahkan ...": the units the joint team is made of act
    together (their names may hold "dan" and brackets of their own)."""
    for k in range(ti - 1, max(0, ti - 30), -1):
        if v.low[k] in _JOINT and (v.low[k - 1] == "tim" or (k >= 2 and v.low[k - 2] == "tim" and v.toks[k - 1].text.isupper())):
            if v.low[k + 1:k + 3] == ["yang", "terdiri"] and k + 3 < ti and v.low[k + 3] in ("atas", "dari"):
                k += 3  # (the team told with what it is made of)
            units = [s for s in spans if k < s.i and s.j <= ti]
            between = [x for x in range(k + 1, ti) if not any(s.i <= x < s.j for s in units)]
            if units and units[0].i <= k + 2 and all(
                    v.low[x] in _COORD or v.low[x] in ("(", ")", "/", "dari") or v.toks[x].text[:1].isupper()
                    or v.toks[x].text[:1].isdigit() for x in between):
                return units
            return []
        if v.low[k] in SUBORDINATORS or v.low[k] in _FULL_STOPS:
            return []
    return []


_JOINT = frozenset({"gabungan", "terpadu"})


_WHEN_ASKED: Final = frozenset({"ketika", "saat", "sewaktu", "usai", "seusai", "setelah", "sesudah"})


def _asked_aside(v: SentView, ti: int) -> int | None:
    """Where a subjectless time clause ("ketika ditanyai wartawan", "setelah menerima laporan warga")
    set off before the verb at ``ti`` by a comma begins: its parties are not the subject; the one before it acts."""
    if ti < 3 or v.low[ti - 1] != ",":
        return None
    sub = next((x for x in range(ti - 2, max(-1, ti - 8), -1) if v.low[x] in _WHEN_ASKED), None)
    if sub is None or sub == 0 or any(v.low[x] in PUNCT_BOUNDARY for x in range(sub + 1, ti - 1)):
        return None
    if not (v.low[sub + 1].startswith(("di", "me", "ber", "ter")) and len(v.low[sub + 1]) > 5):
        return None  # (a clause with its own subject, "saat polisi tiba,", is no aside of this one)
    return sub - 1 if v.low[sub - 1] == "," else sub


def subject_before(v: SentView, spans: list[Span], ti: int) -> list[Span]:
    """The subject of the clause ending at token ``ti``: the nearest participant before it
    (the head before a relative "yang ..." clause), with its coordinated partners."""
    team = _joint_team(v, spans, ti)
    if team:
        return team
    if (aside := _asked_aside(v, ti)) is not None:
        return subject_before(v, spans, aside)  # "Kapolda ketika ditanyai wartawan, meminta ...": the Kapolda asks
    seg = ti
    k = ti - 1
    found = False
    rel = ti  # where a relative clause's agent starts: "personel MSS yang dipimpin Kenya dikerahkan"
    while k >= 0:
        inside = next((s for s in spans if s.i <= k < s.j), None)
        if inside is not None:
            found = found or not _in_pp(v, inside.i)  # ("... di timur negara itu dan menyerukan": no subject yet)
            seg = inside.i
            k = inside.i - 1
            continue
        lk = v.low[k]
        if lk == "yang" and found and rel == ti and k + 2 < ti and v.low[k + 1].startswith("di") \
                and len(v.low[k + 1]) > 5 and any(s.i == k + 2 for s in spans):
            rel, found, seg = k, False, k  # the head before the clause is the subject, not its agent
            k -= 1
            continue
        if lk in _BUT and not found and all(w in _CONTROL_GAP for w in v.low[k + 1:ti]):
            m = next((x for x in range(k - 1, max(-1, k - 10), -1) if verbal(v.low[x])
                      and (v.low[x - 1] == "," or any(s.j == x for s in spans))), None)
            if m is not None:  # "X, Direktur Walhi, mengapresiasi operasi itu tetapi meminta ...": X asks too
                return subject_before(v, spans, m)
        if lk in SUBORDINATORS or lk in _FULL_STOPS:
            break  # (a full stop inside a quote that runs on: "Korban sudah dirawat. Kami mengamankan ...")
        if lk in PUNCT_BOUNDARY and found:
            break
        seg = k
        k -= 1
    cands = [n for n, s in enumerate(spans) if s.i >= seg and s.j <= ti and s.i < rel and not _in_pp(v, s.i)]
    opening = seg - 1
    if cands and ti > 0 and v.low[ti - 1] == "," and opening > 0 and v.low[opening] == "," \
            and any(s.j in _name_ends(v, opening) for s in spans) \
            and v.toks[seg].text.islower() \
            and not any(verbal(w) for w in _aside_head(v.low[seg:ti - 1])):
        # "Rusia, sekutu kedua negara, meminta ...", "TTP, kelompok militan yang kerap melancarkan serangan,
        # membantah ...": the aside (with its relative clause) is Rusia, TTP
        return subject_before(v, spans, opening)
    cv = next((x for x in range(ti - 1, seg - 1, -1) if v.low[x] in CLAUSE_VERBS), None)
    if cv is not None and (all(w in _CONTROL_GAP for w in v.low[cv + 1:ti]) or v.low[ti - 1] in _COORD_VERB):
        cv = None  # "X menyatakan telah mengerahkan", "X mengklaim berhasil menembak", "... dan membantah": X acts
    if cv is not None and cands:
        # "X menuduh pasukan Y menembaki ...", "X mengatakan granat itu dilempar ...": the subject of the
        # embedded clause comes after the verb of saying; X is only its subject through "pihaknya/kami"
        tail = [n for n in cands if spans[n].i > cv]
        if tail:
            cands = tail
        elif not any(w in SPEAKER_SIDE for w in v.low[cv + 1:ti]):
            return []
    if not cands:
        return []
    c = cands[-1]
    y = ti - 1
    while y > 0 and v.low[y] in ("telah", "sudah", "sempat", "pernah", "akan", "juga", "diduga", "kedapatan",
                                 "terbukti", "disebut", "dituding"):
        y -= 1  # "lima pengemudi yang diduga merusak pot tanaman": the head noun acts
    if v.low[y] == "yang" and spans[c].j == y:  # "tersangka yang ditangkap": the head noun
        return [spans[c]]
    if "yang" in v.low[spans[cands[0]].j:spans[c].i]:
        while True:
            earlier = [n for n in cands if n < c and "yang" in v.low[spans[n].j:spans[c].i]]
            if not earlier:
                break
            c = earlier[-1]
    while c > 0 and c - 1 in cands and any(
            verbal(v.low[x]) or v.low[x] in _HELPED_BY for x in range(spans[c - 1].j, spans[c].i)):
        c -= 1  # "Satpol PP dibantu aparat kepolisian merobohkan ...": the helped one acts, the helper assists
    first = c
    while first > 0 and spans[first - 1].j == spans[first].i - 1 and v.low[spans[first].i - 1] in _COORD \
            and first - 1 in cands:
        first -= 1
    return _coordinated(spans, first, ti, v)


_RAIDS: Final = frozenset({"serangan", "penyerangan", "penyerbuan", "operasi", "razia", "penggerebekan"})
# how hard a fight was, between its noun and "antara": "pertempuran sengit antara X dan Y"
_FIGHT_ADJ: Final = frozenset({"sengit", "hebat", "berdarah", "bersenjata", "terbuka", "mematikan", "besar", "kembali",
                        "pecah", "terjadi", "meletus", "berlangsung"})  # "Bentrokan pecah antara X dan Y"
# when a fight was, between its noun and "antara": "pertempuran Sabtu lalu antara X dan Y"
_FIGHT_WHEN = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "lalu", "kemarin",
                         "malam", "pagi", "siang", "sore"})
# the arm between an attack noun and whose it is: "tembakan artileri RSF", "serangan roket Hizbullah"
_ARMS: Final = WEAPON_WORDS | {"artileri", "drone", "udara", "darat", "pesawat", "tank", "jet"}
_UNIT_WORDS: Final = frozenset({"tim", "satuan", "satgas", "regu", "personel", "anggota", "petugas", "pasukan", "aparat"})
_NOT_PREDICATE: Final = frozenset({"dalam", "saat", "ketika", "setelah", "usai", "seusai", "akibat", "karena", "aksi", "atas",
                            "terhadap", "soal", "tentang", "mengenai", "untuk", "dengan", "tanpa", "yang", "dan"})


def _predicate(v: SentView, j: int, ti: int) -> bool:
    """A protest noun right after its subject, with only the subject's own modifiers and places
    between, is the predicate ("Ratusan buruh bongkar muat di X, Medan, mogok kerja"); after a
    verb or a preposition ("... dalam aksi mogok") it is not."""
    return all(v.low[x] not in _NOT_PREDICATE and (v.toks[x].text[:1].isupper() or not _affixed(v.low[x]))
               for x in range(j, ti))


def _after(v: SentView, spans: list[Span], tj: int, window: int = 8) -> tuple[list[Span], list[Span]]:
    """(object participants, agent participants) in the clause after token ``tj``."""
    objs: list[Span] = []
    agents: list[Span] = []
    limit = len(v.low)
    for k in range(tj, min(len(v.low), tj + window)):
        if v.low[k] in SUBORDINATORS or (v.low[k] in PUNCT_BOUNDARY and v.low[k] != "-"):
            limit = k
            break
    for n, s in enumerate(spans):
        if s.i < tj or s.i >= limit:
            continue
        prev = v.low[s.i - 1] if s.i > 0 else ""
        k = s.i - 1  # "oleh anggota kelompok X", "oleh para pelaku": the agent phrase's head words
        while k > tj and s.i - k <= 3 and (v.low[k] in _PHRASE_MODIFIERS or v.low[k] in _QUANT_WORDS):
            k -= 1
        if k >= tj and k < s.i - 1 and v.low[k] in _AGENT and not any(x.i < s.i and x.j > k for x in spans if x is not s):
            prev = v.low[k]
        if prev in _AGENT:
            agents.extend(_coordinated(spans, n, limit, v))
        elif (prev in _TARGET_PREPS or prev not in _PLACE_PREPS) and not objs:
            objs = _coordinated(spans, n, limit, v)
    if objs and (member := _member_named(v, spans, objs[0], tj)) is not None:
        objs = [member]
    return objs, agents


_MEMBER: Final = frozenset({"anggota", "ketua", "wakil", "kader", "politikus", "politisi", "pimpinan", "sekretaris",
                     "bendahara", "pengurus"})


def _member_named(v: SentView, spans: list[Span], first: Span, tj: int) -> Span | None:
    """The person a member phrase names after its body ("menahan anggota Komisi V DPR dari fraksi
    PAN Budi Santoso"): Budi is held, not the House."""
    if not any(v.low[x] in _MEMBER for x in range(max(tj, first.i - 3), first.i)):
        return None
    for s in spans:
        if first.j <= s.i <= first.j + 10 and (s.part.entity_id or "").startswith("PER:"):
            between = range(first.j, s.i)
            if any(v.low[x] in (",", ";", ".", "dan", "serta") or v.low[x] in SUBORDINATORS for x in between):
                return None
            return s
    return None


_FELL: Final = frozenset({"tewas", "gugur", "meninggal", "terbunuh", "tertembak", "terluka", "cedera"})


def _past_coordinated_passives(v: SentView, tj: int) -> int:
    """The token after passives joined to the one ending at ``tj`` ("dihakimi dan dibakar | massa")."""
    k = tj
    while k + 1 < len(v.low) and v.low[k] in ("dan", "lalu", "serta") and v.low[k + 1].startswith("di") \
            and len(v.low[k + 1]) > 4 and v.low[k + 1].isalpha():
        k += 2
    return k


_DIED: Final = frozenset({"tewas", "terbunuh", "meninggal", "gugur", "terluka", "luka-luka", "cedera"})


def assign(v: SentView, spans: list[Span], ti: int, tj: int, voice: str, type_: str, mode: str | None = None
           ) -> tuple[list[Participant], list[Participant]]:
    """(actors, targets) of the trigger at tokens ti..tj-1."""
    subj = subject_before(v, spans, ti)
    objs, agents = _after(v, spans, tj)
    parts = lambda ss: [s.part for s in ss]
    ta = next((x for x in range(tj, min(len(v.low), tj + 4)) if v.low[x] == "antara"), None)
    if voice in ("nominal", "stative") and ta is not None and all(
            v.low[x] in _FIGHT_ADJ or v.low[x] in _FIGHT_WHEN for x in range(tj, ta)):
        # ("Pertempuran sengit antara X dan Y", "pertempuran Sabtu lalu antara X dan Y")
        sides = [s for s in spans if ta < s.i <= ta + 8]  # "bentrokan antara X dan Y": both sides act
        if sides:
            return parts(_coordinated(spans, spans.index(sides[0]), ta + 12, v)), []
    if voice == "passive":
        if type_ in ("RETREAT", "MOBILIZE") and mode != "release":  # "sandera dibebaskan": the freed are targets
            y = ti - 1
            while y > 0 and v.low[y] in _ADVERBS:
                y -= 1
            unit = next((x for x in spans if x.j == y + 1 and x.i > 0 and v.low[x.i - 1] == "dari"), None)
            if unit is not None:  # "200 personel dari Polda X dikerahkan": the unit deploys them
                return [unit.part], parts([x for x in subj if x is not unit])
            return parts(subj), []
        if not subj and not agents and ti > 0 and v.low[ti - 1] in ("kami", "kita"):
            return [], parts(objs)  # "Kami amankan 12 orang": the speaker's side acts on what follows
        agent = agents or [s for s in objs if s.i == tj or (s.i == tj + 1 and v.low[tj] in _UNIT_WORDS)
                           or (s.i == tj + 1 and v.low[tj] == "mati")]  # "ditembak mati pasukan Israel"
        if not agent and tj + 2 < len(v.low) and v.low[tj] == "dalam":
            x = tj + 1 + (v.low[tj + 1] in ("serangkaian", "rangkaian", "sebuah", "aksi"))
            if x < len(v.low) and v.low[x] in _RAIDS:  # "diculik dalam serangkaian serangan ELN": whose raids
                agent = [s for s in spans if s.i == x + 1]
        tk = _past_coordinated_passives(v, tj)
        if not agent and tk > tj:  # "dihakimi dan dibakar massa": passives joined share the agent after the last
            objs2, agents2 = _after(v, spans, tk)
            agent = agents2 or [s for s in objs2 if s.i == tk]
        return parts(agent), parts(subj)  # ("ditembak Tim Densus 88": the unit word before its name)
    if voice == "nominal" and mode == "firearms" and tj < len(v.low) and v.low[tj] == "dengan" \
            and any(v.low[x] in _FELL for x in range(max(0, ti - 6), ti)):
        other = [s for s in spans if tj < s.i <= tj + 6 and not any(
            v.low[x] in PUNCT_BOUNDARY or v.low[x] in _PLACE_PREPS for x in range(tj + 1, s.i))]
        if other:  # "Seorang terduga teroris tewas setelah terlibat baku tembak dengan Densus 88": their fire
            # felled him (past an alias: "dengan Detasemen Khusus atau Densus 88")
            return [other[0].part], parts(subj)
    if voice == "nominal" and mode == "clash" and tj < len(v.low) and v.low[tj] == "dengan" and ti > 1 \
            and v.low[ti - 1] == "dalam" and v.low[ti - 2] in _DIED:
        foe = next((s for s in spans if s.i == tj + 1), None)
        fallen = subject_before(v, spans, ti - 2)
        if foe is not None and fallen:  # "23 militan X tewas dalam bentrokan dengan pasukan Y": both sides fought
            return parts(fallen[:1]) + [foe.part], []
    if voice in ("nominal", "stative") and subj and any(
            v.low[k] in _RECEIVE and all(v.low[x] in _SOME for x in range(k + 1, ti)) for k in range(max(subj[-1].j, ti - 3), ti)):
        giver = [s for s in spans if tj < s.i <= tj + 8 and v.low[s.i - 1] == "dari"
                 and not any(v.low[x] in PUNCT_BOUNDARY for x in range(tj, s.i))]
        if giver:  # "Kepala desa menerima ancaman dari orang tak dikenal", "Warga menerima bantuan dari Pemkab":
            return parts(giver[:1]), parts(subj)  # the subject got it; who gave it follows "dari"
    if voice in ("nominal", "stative") and subj and any(v.low[x] in _STRUCK_BY for x in range(subj[-1].j, ti)):
        # "Dua penumpang dan seorang sopir mengalami luka terkena lemparan botol": the hit, not the throwers
        return parts([s for s in objs if s.i == tj]), parts(subj)  # ("terkena tembakan pelaku": the shooter)
    if voice == "nominal":
        light = any(v.low[k] in LIGHT_VERBS for k in range(max(0, ti - 3), ti)) and v.low[ti - 1] != "dari"
        # ("Aksi itu merupakan lanjutan dari unjuk rasa ratusan mahasiswa": the light verb's subject is
        # the new action; the event after "dari" is told with its own doers after it)
        if not light and ti > 0 and v.low[ti - 1] in ("dan", "serta"):
            # "X melancarkan operasi darat dan serangan udara": the light verb governs both
            for k in range(ti - 2, max(-1, ti - 8), -1):
                if v.low[k] in PUNCT_BOUNDARY or v.low[k] in SUBORDINATORS:
                    break
                if v.low[k] in LIGHT_VERBS:
                    light = True
                    break
        done_by = _done_by(v, spans, tj) if light else None
        if done_by is not None:  # "Mabes Polri menyatakan serangan bom di X diduga dilakukan oleh kelompok Y":
            return done_by, []  # the speaker tells of the attack, the group after "dilakukan oleh" did it
        if light:
            return parts(subj), parts([s for s in objs if s.i > tj] or [])
        gen = [s for s in objs if s.i == tj or (s.i == tj + 1 and v.low[tj] in _ARMS)]
        if agents:
            return parts(agents), parts(gen)
        if type_ == "PROTEST" and subj and not gen and _predicate(v, subj[-1].j, ti):
            return parts(subj), []  # "Ratusan buruh ... di Pelabuhan Belawan, Medan, mogok kerja sejak Senin"
        tgt = [s for s in objs if s.i > tj and v.low[s.i - 1] in _TARGET_PREPS]
        if not gen and not tgt and not agents:
            pred = next((x for x in range(tj, min(len(v.low), tj + 4)) if v.low[x] in PREDICATES), None)
            if pred is not None:
                after = [s for s in spans if pred < s.i < pred + 4]
                if v.low[pred].startswith("di"):
                    return parts(after[:1]), []
                return [], parts(after[:1])
        return parts(gen), parts(tgt)
    if voice == "stative" and subj and any(v.low[x] in _ABOUT_VERBS for x in range(subj[-1].j, ti)):
        subj = []  # "Presiden mengecam keras aksi teror tersebut": who speaks of it, not who did it
    if voice in ("stative", "nominal") and subj and ti > 0 and v.low[ti - 1] in _TOPIC_PREPS:
        subj = []  # "PSSI menunggu keputusan FIFA terkait tewasnya seorang suporter": the topic of their wait
    if voice == "stative" and mode == "clash" and not subj:
        sides = [s for s in objs if s.i == tj]
        if sides:  # "Bentrok suporter pecah usai laga": the supporters fought, nobody struck them
            return parts(_coordinated(spans, spans.index(sides[0]), len(v.low), v)), []
    return parts(subj), parts(objs)


_STRUCK_BY: Final = frozenset({"terkena", "kena", "terhantam", "tertimpa", "terserempet", "tersambar", "tersengat"})
_TOPIC_PREPS: Final = frozenset({"terkait", "soal", "tentang", "mengenai", "perihal", "seputar", "menyangkut"})
_RECEIVE: Final = frozenset({"menerima", "mendapat", "mendapatkan", "memperoleh", "menerimanya"})
_SOME: Final = frozenset({"sejumlah", "berbagai", "banyak", "beberapa", "serangkaian", "rentetan", "puluhan", "ratusan"})
_DONE_BY: Final = frozenset({"dilakukan", "didalangi", "dilancarkan", "dilaksanakan", "diotaki", "digerakkan"})


def _done_by(v: SentView, spans: list[Span], tj: int) -> list[Participant] | None:
    """The nominal event is the subject of its own passive clause ("serangan bom di Terminal X,
    Jakarta Timur, diduga dilakukan oleh kelompok Y"): the agent after "oleh" did it (else None)."""
    for x in range(tj, min(len(v.low) - 1, tj + 16)):
        if v.low[x] in (".", ";", "!", "?", "dan", "yang") or v.low[x] in SUBORDINATORS:
            return None
        if v.low[x] in _DONE_BY and v.low[x + 1] == "oleh":
            agent = next((sp for sp in spans if sp.i in (x + 2, x + 3)), None)
            return [agent.part] if agent is not None else None
    return None


_RESPONSIBILITY: Final = re.compile(r"\b(?:mengklaim|mengaku|menyatakan)\s+(?:ber)?tanggung\s*jawab\b", re.IGNORECASE)


_ATTACKER_NOUNS: Final = frozenset({"pelaku", "penyerang", "pengebom", "penembak", "penculik"})
# a group's name closing with its region and its short form before its claim: " di Sahel (ISSahel)"
_REGION_SHORT_FORM: Final = re.compile(r"\s+di\s+(?:[A-Z][\w'-]*\s+){1,3}\([A-Z][\w-]{1,15}\)\s*")
_UNNAMED_MEN: Final = frozenset({"pria", "orang", "lelaki", "laki-laki", "pemuda"})
# "Serangan itu diklaim oleh X (JNIM), kelompok yang ...": the claimant after "oleh"
_CLAIMED_BY: Final = re.compile(r"\bdiklaim\s+oleh\s+", re.IGNORECASE)
# the one an accuser blames for an attack told before: "menuding Pasukan Dukungan Cepat (RSF) berada di balik serangan itu"
_BLAMED_BEHIND: Final = re.compile(r"\b(?P<verb>menuding|menuduh|menyalahkan)\s+[^.;]{2,80}?(?P<behind>\s+(?:berada\s+)?"
                            r"di\s+balik\s+(?:serangan|penyerangan|pengeboman|peledakan|aksi)\s+(?:itu|tersebut|ini))\b",
                            re.IGNORECASE)
_SHORT_FORM: Final = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")


# capitalised words (hyphenated ones too) standing right before a name: "Tehrik-i-Taliban " before "Pakistan"
_CAPS_BEFORE: Final = re.compile(r"(?:[A-Z][\w'-]*\s+){1,4}$")


def _group_named_after_country(text: str, base: int, p: Participant, country_names: dict[str, str]) -> Participant:
    """"Tehrik-i-Taliban Pakistan (TTP) mengaku bertanggung jawab": a country closing a capitalised
    name is part of a group's name (the Pakistani Taliban), not the state; the whole name with its
    short form is the claimant."""
    if p.start is None or p.end is None or p.country is None \
            or (p.name.lower() != country_names.get(p.country, "").lower() and len(p.name.split()) > 1):
        return p
    head = _CAPS_BEFORE.search(text, 0, p.start - base)
    if head is None:
        return p
    name = text[head.start():p.end - base]
    sf = _SHORT_FORM.match(text, p.end - base)
    if sf is not None:
        name += f" ({sf.group(1)})"
    return Participant(name=name, start=base + head.start(), end=p.end)


def _unnamed_attacker(p: Participant) -> bool:
    """"Seorang pelaku bom bunuh diri", "para penyerang", "Kelompok jihadis bersenjata": the
    attacker told without a name (a group named only by its kind), whom a group claiming the
    attack names."""
    ws = p.name.split()
    low = [w.lower() for w in ws]
    return (any(w in _ATTACKER_NOUNS for w in low) or (len(ws) > 1 and low[0] == "kelompok")
            # "Puluhan pria bersenjata", "orang tak dikenal": men told by their arms or as unknown
            or "bersenjata" in low and any(w in _UNNAMED_MEN for w in low)
            or " ".join(low[-3:]) in ("orang tak dikenal", "orang tidak dikenal")) \
        and not any(w.strip("()")[:1].isupper() for w in ws[1:])  # ("Kelompok kriminal bersenjata (KKB)": named)


def _kind_only(p: Participant) -> bool:
    """"Milisi pemberontak", "kelompok bersenjata": a party named only by its kind, no proper name."""
    ws = p.name.split()
    return p.sector == "rebel" and not any(w.strip("()")[:1].isupper() for w in ws[1:])


def _awaiting_claim(e: Event) -> bool:
    """An attack of now whose attacker is unnamed (or not told): one a claim of responsibility names."""
    return e.type == "ASSAULT" and not e.historical and all(_unnamed_attacker(p) for p in e.actors)


def _place(e: Event) -> tuple[str, str | None] | None:
    return (e.location.name, e.location.country) if e.location else None


# "Ia juga memberlakukan jam malam ...": the pronoun subject of an active verb right before the trigger
_PRONOUN_DOER: Final = re.compile(r"\W*(?:ia|dia|beliau)\s+(?:(?:juga|pun|lalu|kemudian|telah|sudah|langsung)\s+)*$",
                           re.IGNORECASE)


def pronoun_doer(events: list[Event]) -> None:
    """An actorless event told by an active verb after "Ia" / "Dia" opening its sentence takes the one
    actor of the event told in the sentence just before ("Perdana Menteri X mengumumkan pengerahan
    100 tentara ... . Ia juga memberlakukan jam malam ...": X)."""
    for n in range(1, len(events)):
        e = events[n]
        if e.actors or not e.trigger.lower().startswith("me") \
                or not _PRONOUN_DOER.match(e.sentence[:max(0, e.trigger_start - e.sentence_start)]):
            continue
        x = next((p for p in reversed(events[:n]) if p.sentence_start < e.sentence_start), None)
        if x is not None and len(x.actors) == 1 and 0 < e.sentence_start - x.sentence_end <= 2:
            e.actors = list(x.actors)


def bare_force_named_before(events: list[Event], text: str, country_names: dict[str, str]) -> None:
    """A bare "Militer" / "Polisi" acting with no country, after the article named the same force
    with its country ("Militer Burkina Faso menyebut ..." ... "Militer mengatakan pihaknya
    melancarkan serangan udara"): that country's force."""
    for e in events:
        for n, p in enumerate(e.actors):
            if p.country or " " in p.name or not p.name[:1].isupper() \
                    or SECTOR_NOUNS.get(p.name.lower()) not in ("military", "police"):
                continue
            before = text[:e.sentence_start]
            best: tuple[int, str, str] | None = None
            for code, cname in country_names.items():
                k = before.rfind(f"{p.name} {cname}")
                if k >= 0 and (best is None or k > best[0]):
                    best = (k, code, cname)
            if best is not None:
                e.actors[n] = Participant(name=f"{p.name} {best[2]}", entity_id=p.entity_id, country=best[1],
                                          sector=p.sector, start=p.start, end=p.end)


def claimed_responsibility(events: list[Event], sents: list[Sentence], view: Any, ents: dict[str, Entity],
                            country_names: dict[str, str]) -> None:
    """"Kelompok X mengklaim bertanggung jawab atas serangan tersebut": X is the actor of the latest
    attack told before that has none, or only an unnamed attacker ("Seorang pelaku bom bunuh diri")."""
    if not any(map(_awaiting_claim, events)):
        return  # no attack a claim could name the attacker of (the claims found below only fill those)
    for k, s in enumerate(sents):
        m = _RESPONSIBILITY.search(s.text)
        passive = _CLAIMED_BY.search(s.text) if m is None else None
        behind = _BLAMED_BEHIND.search(s.text) if m is None and passive is None else None
        if m is None and passive is None and behind is None:
            continue
        host = next((e for e in reversed(events) if e.sentence_start < s.start and _awaiting_claim(e)), None)
        named = None
        if m is not None:  # "X mengaku bertanggung jawab atas pemboman mobil yang ...": the attack it names
            # (a retelling of one told before was folded into it already: this one is an attack of its own)
            named = next((e for e in events if e.sentence_start == s.start and e.trigger_start >= s.start + m.end()
                          and e.type == "ASSAULT" and all(_unnamed_attacker(p) for p in e.actors)), None)
            host = named or host
        if host is None:
            continue
        v = view(k)
        if behind is not None:  # "menuding Pasukan Dukungan Cepat (RSF) berada di balik serangan itu": the one blamed
            lo, at = s.start + behind.end("verb"), s.start + behind.start("behind")
            spans = [sp for sp in find_participants(v, ents, country_names, None) if sp.part.start is not None
                     and sp.part.end is not None and lo <= sp.part.start and sp.part.end <= at
                     and sp.part.sector != "civilian"][-1:]
        elif passive is not None:
            at = s.start + passive.end()
            spans = [sp for sp in find_participants(v, ents, country_names, None) if sp.part.start is not None
                     and sp.part.start >= at and sp.part.sector != "civilian"][:1]
            if spans and (sf := _SHORT_FORM.match(s.text, (spans[0].part.end or 0) - s.start)) is not None \
                    and f"({sf.group(1)})" not in spans[0].part.name:
                p0 = spans[0].part  # its short form is its name too: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
                spans[0] = Span(spans[0].i, spans[0].j, Participant(
                    name=f"{p0.name} ({sf.group(1)})", entity_id=p0.entity_id, country=p0.country, sector=p0.sector,
                    start=p0.start, end=p0.end))
        else:
            assert m is not None
            at = s.start + m.start()
            spans = [sp for sp in find_participants(v, ents, country_names, None) if sp.part.end is not None
                     and sp.part.end <= at and sp.part.sector != "civilian"]
            if spans:
                spans[0] = Span(spans[0].i, spans[0].j,
                                _group_named_after_country(s.text, s.start, spans[0].part, country_names))
                p0 = spans[0].part  # "Kelompok Negara Islam di Sahel (ISSahel) mengklaim ...": the region and the
                rest = _REGION_SHORT_FORM.match(s.text, (p0.end or at) - s.start, at - s.start)  # short form
                if rest is not None:  # closing the name are the name's ("Islamic State in the Sahel")
                    spans[0] = Span(spans[0].i, spans[0].j, Participant(
                        name=f"{p0.name}{rest.group(0).rstrip()}", entity_id=p0.entity_id, country=p0.country,
                        sector=p0.sector, start=p0.start, end=s.start + rest.end()))
        said = passive if passive is not None else m if m is not None else behind
        if spans and said is not None and (
                not any(w[:1].isupper() for w in spans[0].part.name.split())
                or re.search(r"\b(?:belum|tidak|tak)\s+ada\b", s.text[:said.start()], re.IGNORECASE) is not None):
            continue  # "Belum ada kelompok yang mengaku bertanggung jawab": no claim names "Kelompok bersenjata"
        if spans:
            for e in events:  # the attack and its retellings before the claim (same day, same place)
                if e is host or (named is None and e.sentence_start < host.sentence_start and _awaiting_claim(e)
                                 and e.date_start == host.date_start and _place(e) == _place(host)):
                    e.actors = [spans[0].part]
                elif behind is not None and s.end <= e.sentence_start \
                        and e.sentence_start < sents[min(k + 2, len(sents) - 1)].end and e.type == "ASSAULT" \
                        and not e.historical \
                        and e.date_start == host.date_start and e.actors and all(map(_kind_only, e.actors)):
                    e.actors = [spans[0].part]  # "\"Milisi pemberontak kembali menyerang fasilitas sipil,\" kata X":
                    # the accuser retelling it names the one blamed by its kind
