"""Trigger detection and typing in one sentence.

Lookup order: multiword phrases (longest first, blocked phrases stop a match), then the
single-token lexicon of :mod:`linimasa.events.lexicon` (with the clitics -nya/-lah/-kah/-pun
split off). Senses with ``needs`` go through a context rule (``SENSE_RULES``) that may
accept, retype or drop them ("membebaskan kota" seizes territory, "membebaskan sandera"
releases people; "menarik" is a withdrawal only with troops in the clause).

Nominal triggers ("serangan", "perang", "banjir") are often mere references to an event
told elsewhere ("di tengah pertempuran", "selama konflik"). A nominal trigger is *licensed*
(reported as an event) only when a light verb governs it ("melakukan penyerangan"), a
predicate follows it ("bentrokan meletus"), it opens its clause or follows a copula, or a
participant precedes a bare-root verb use ("warga bentrok"); never right after a
preposition. Unlicensed nominals are kept (``licensed=False``) so a casualty figure in the
same sentence can still use them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from .context import SentView
from .lexicon import Form, Sense
from .words import (
    AID_WORDS,
    CAUGHT_THINGS,
    CLITICS,
    COPULAS,
    DETERMINERS,
    GUARDED,
    HAZARD_WORDS,
    LIGHT_VERBS,
    MILITARY_WORDS,
    NCO_RANKS,
    PERSON_WORDS,
    PLACE_WORDS,
    PREDICATES,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    SECTOR_NOUNS,
    SUBORDINATORS,
    VOLCANO_WORDS,
    WEAPON_WORDS,
)

VERBAL_MULTI: Final = frozenset({"kehilangan", "main", "putus", "minta", "turun", "menggelar", "terjun", "masuk", "jatuh",
                          "terjatuh", "terperosok", "api", "hilang",
                          "saling"})  # "api melalap ...": the fire acts; "warga saling serang": a reciprocal verb


@dataclass
class Trigger:
    i: int
    j: int
    sense: Sense
    voice: str
    nominal: bool
    licensed: bool
    surface: str

    # (written out: a dataclass's generated __init__ runs interpreted even compiled, and this one is hot)
    def __init__(self, i: int, j: int, sense: Sense, voice: str, nominal: bool, licensed: bool, surface: str) -> None:
        self.i, self.j, self.sense, self.voice = i, j, sense, voice
        self.nominal, self.licensed, self.surface = nominal, licensed, surface


def _window(v: SentView, a: int, b: int) -> list[str]:
    return v.base[max(0, a):max(0, min(len(v.base), b))]


def _clause_has(v: SentView, t: Trigger, words: frozenset[str]) -> bool:
    lo = t.i
    while lo > 0 and v.low[lo - 1] not in SUBORDINATORS and v.low[lo - 1] not in (";",):
        lo -= 1
    hi = t.j
    while hi < len(v.low) and v.low[hi] not in SUBORDINATORS and v.low[hi] not in (",", ";"):
        hi += 1
    return any(w in words or v.low[k] in words for k, w in enumerate(v.base[lo:hi], lo))


def _has_place_object(v: SentView, t: Trigger) -> bool:
    for k in range(t.j, min(len(v.low), t.j + 4)):
        if v.low[k] in PLACE_WORDS or k in v.countries:
            return True
        m = v.mentions.get(k)
        if m is not None and m[1].label == "LOC":
            return True
        if v.toks[k].text[:1].isupper() and v.low[k] not in SECTOR_NOUNS:
            return True
        if v.low[k] in ("beberapa", "sejumlah", "hampir", "puluhan", "ratusan") or v.low[k][:1].isdigit():
            continue
    return False


_THING_UNITS: Final = frozenset({"barang", "unit", "buah", "butir", "paket", "pucuk", "lembar", "gram", "kg", "kilogram",
                                 "ton", "liter", "bungkus", "batang", "ekor", "karung", "dus", "kardus", "botol", "set"})


def _has_person_object(v: SentView, t: Trigger) -> bool:
    for k in range(t.j, min(len(v.low), t.j + 4)):
        if v.low[k][:1].isdigit() and k + 1 < len(v.low) and v.base[k + 1] in _THING_UNITS:
            return False  # "mengamankan 7 barang bukti", "mengamankan 2 unit sepeda motor": things secured
        if v.base[k] in PERSON_WORDS or v.low[k][:1].isdigit():
            return True
        if k == t.j and v.low[k] in NCO_RANKS:
            return True  # a rank before a name or initials: "menahan Bripka AS di tempat khusus"
        m = v.mentions.get(k)
        if m is not None and m[1].label in ("PER", "NORP"):
            return True
        if k == t.j and t.sense.mode in ("beat", "kill", "blade", "abduct") and 2 <= len(v.toks[k].text) <= 3 \
                and v.toks[k].text.isalpha() and v.toks[k].text.isupper() \
                and v.base[k] not in ("ri", "as", "pbb", "tni", "kpk", "dpr"):
            return True  # initials of a person named earlier: "memukuli RS hingga tidak sadarkan diri"
            # (only for blows: "mengamankan TKP" secures a crime scene)
    return False


def _rule_place_object(v: SentView, t: Trigger) -> Sense | None:
    if t.nominal or t.voice == "passive" and _clause_has(v, t, MILITARY_WORDS):
        return t.sense
    if t.j < len(v.low) and v.base[t.j] in _PRIZES:
        return None  # "menduduki posisi pertama", "merebut pasar", "menguasai 90% pasar": a prize, no territory
    if t.voice == "passive" and any(v.base[x] in _PRIZES for x in range(max(0, t.i - 4), t.i)):
        return None  # "pasar yang sebelumnya dikuasai oleh Audi": a prize held, no territory
    return t.sense if _has_place_object(v, t) else None


_PRIZES: Final = frozenset({"posisi", "peringkat", "puncak", "tangga", "pasar", "pangsa", "gelar", "penghargaan", "album",
                     "trofi", "piala", "kursi", "juara", "hati", "perhatian", "panggung", "klasemen", "takhta",
                     "rekor", "medali", "emas", "perak", "perunggu", "mayoritas", "suara", "simpati", "teknologi",
                     "industri", "bisnis", "lini", "segmen", "sektor", "kategori", "nominasi"})


_HELD_FEELINGS: Final = frozenset({"emosi", "amarah", "marah", "tawa", "napas", "nafas", "tangis", "rasa", "lapar", "haus",
                            "kantuk", "hasrat", "nafsu", "keinginan", "harga", "laju", "inflasi", "kenaikan"})


def _rule_person_object(v: SentView, t: Trigger) -> Sense | None:
    if t.voice == "passive" and any(v.base[x] in _HELD_FEELINGS for x in range(max(0, t.i - 4), t.i)):
        return None  # "Emosi masih bisa ditahan", "kenaikan harga bisa ditahan": no one held
    if t.voice == "passive" or t.nominal:
        return t.sense
    if t.sense.mode == "arrest" and t.j < len(v.low) and v.base[t.j] in GUARDED:
        return None  # "guna mengamankan aksi 299", "mengamankan jalannya pertandingan": guarding, no arrest
    return t.sense if _has_person_object(v, t) else None


def _rule_catch(v: SentView, t: Trigger) -> Sense | None:
    """"menangkap ikan", "penangkapan ikan": catching animals or things is no arrest."""
    k = t.j
    while k < len(v.low) and v.low[k] in ("sejumlah", "beberapa", "banyak", "seekor", "ekor"):
        k += 1
    if k < len(v.low) and v.base[k] in CAUGHT_THINGS:
        return None
    if t.voice == "passive" and any(v.base[x] in CAUGHT_THINGS for x in range(max(0, t.i - 3), t.i)):
        return None  # "data yang ditangkap oleh situs SteamDB": caught data, no arrest
    return t.sense


_CROWD_COUNTS: Final = frozenset({"ratusan", "ribuan", "puluhan", "belasan", "sejumlah", "sekelompok", "puluhan ribu"})
_CROWD_NOUNS: Final = frozenset({"warga", "massa", "mahasiswa", "buruh", "petani", "nelayan", "pendukung", "simpatisan",
                          "demonstran", "pengunjuk", "ormas", "pengemudi", "ojol", "guru", "pedagang", "santri",
                          "pelajar", "pekerja", "karyawan", "honorer", "emak-emak", "masyarakat", "penduduk"})


def _rule_mob(v: SentView, t: Trigger) -> Sense | None:
    """"dihakimi massa", "warga menghakimi pelaku": mob justice is an assault; judging in words
    ("menghakimi orang lain") is none. Passives joined by "dan" share the agent after the last
    ("dihakimi dan dibakar massa")."""
    if t.voice == "passive":
        k = t.j
        while k + 1 < len(v.low) and v.low[k] in ("dan", "lalu", "serta") and v.low[k + 1].startswith("di") \
                and len(v.low[k + 1]) > 4:
            k += 2
        k += 1 if k < len(v.low) and v.low[k] == "oleh" else 0
        return t.sense if k < len(v.low) and v.low[k] in ("massa", "warga") else None
    return t.sense if any(w in ("massa", "warga") for w in v.low[max(0, t.i - 3):t.i]) else None


_SHOT_WORDS: Final = frozenset({"tembakan", "timah", "peluru", "ditembak", "tembak", "pistol", "senpi"})


def _rule_shot(v: SentView, t: Trigger) -> Sense | None:
    """"melumpuhkan pelaku dengan tembakan di kaki", "dilumpuhkan dengan timah panas": the police
    shot someone; "melumpuhkan ekonomi", "melumpuhkan lawan" are no shooting. An attacker
    subdued without a shot told ("Pengawal langsung melumpuhkan pelaku", "tersangka ... terpaksa
    dilumpuhkan") is overpowered and held: an arrest."""
    if not _SHOT_WORDS.isdisjoint(v.low[t.j:t.j + 7]):
        return t.sense
    if t.voice == "passive":
        held = any(w in _SUBDUED for w in v.low[max(0, t.i - 8):t.i])
    else:
        held = t.j < len(v.low) and v.low[t.j] in _SUBDUED
    return Sense("COERCE", "arrest") if held else None


# the attacker, as the one subdued: "melumpuhkan pelaku", "salah satu tersangka ... dilumpuhkan"
_SUBDUED: Final = frozenset({"pelaku", "tersangka", "penyerang", "penembak", "penikam", "pembunuh", "teroris",
                             "terduga"})


def _crowd_figure(w: str) -> bool:
    """A count in digits big enough for a crowd ("sekitar 150 warga mendatangi ..."), not "dua warga"."""
    digits = w.replace(".", "")
    return digits.isdigit() and len(digits) <= 7 and int(digits) >= 20


def _rule_crowd(v: SentView, t: Trigger) -> Sense | None:
    """"Ratusan warga mendatangi kantor bupati", "kantor DPRD didatangi ribuan buruh": a crowd
    going to a place is a protest ("mendatangkan", bringing something in, is not)."""
    if not t.surface.endswith("i"):
        return None
    lo, hi = (max(0, t.i - 5), t.i) if t.voice != "passive" else (t.j, min(len(v.low), t.j + 4))
    words = v.low[lo:hi]
    crowd = any(w in _CROWD_COUNTS or _crowd_figure(w) for w in words) or "massa" in words
    return t.sense if crowd and any(w in _CROWD_NOUNS for w in words) else None


_ASSETS: Final = frozenset({"aset", "rekening", "dana", "harta", "kekayaan", "akun", "properti", "saham", "cadangan"})


_WAYS: Final = frozenset({"jalan", "ruas", "tol", "jalur", "akses", "jembatan", "gerbang", "pintu", "rel", "simpang",
                          "perempatan", "bundaran", "pelabuhan", "dermaga", "bandara"})


def _rule_asset(v: SentView, t: Trigger) -> Sense | None:
    """"memblokir aset", "membekukan rekening": a sanction on property ("memblokir jalan" is not,
    unless a crowd does it: "Ribuan buruh memblokir ruas tol", a protest)."""
    if any(w in _ASSETS for w in _window(v, t.j, t.j + 3)) or (
            t.voice == "passive" and any(w in _ASSETS for w in _window(v, t.i - 4, t.i))):
        return t.sense
    if t.voice == "active" and not t.nominal and any(w in _WAYS for w in _window(v, t.j, t.j + 2)) \
            and any(w in _CROWD_NOUNS for w in _window(v, t.i - 5, t.i)):
        return Sense("PROTEST", "blockade")
    return None


_HELD: Final = frozenset({"sandera", "disandera", "menyandera", "diculik", "menculik", "disekap", "menyekap",
                           "ditawan", "tawanan"})


def _held_before(v: SentView, t: Trigger) -> bool:
    """"Tujuh pekerja ... yang disandera KKB di Kabupaten Puncak, Papua Tengah, akhirnya dibebaskan": the
    subject, told as held captive, may lie before a place set off by commas; whoever is freed after being
    held is a person let go, never a town taken."""
    return any(w in _HELD for w in v.low[max(0, t.i - 24):t.i])


def _rule_free(v: SentView, t: Trigger) -> Sense | None:
    if t.voice == "passive":
        lo = t.i
        while lo > max(0, t.i - 16) and v.low[lo - 1] not in SUBORDINATORS and v.low[lo - 1] not in (",", ";"):
            lo -= 1  # the clause's subject: "Tiga nelayan WNI yang disandera ... akhirnya dibebaskan"
        left = _window(v, lo, t.i)
        if any(w in PERSON_WORDS for w in left) or _held_before(v, t):
            return Sense("RETREAT", "release")
        return Sense("ASSAULT", "territory") if _clause_has(v, t, MILITARY_WORDS) else None
    if _has_person_object(v, t) or v.toks[t.j - 1].text.lower().endswith("nya"):
        return Sense("RETREAT", "release")  # ("membebaskannya": the one told of, a person)
    if _has_place_object(v, t) and not t.nominal:
        return Sense("ASSAULT", "territory")
    return None


_CAPTIVES = frozenset({"sandera", "korban", "tawanan", "tahanan", "abk", "wni"})


def _rule_let_go(v: SentView, t: Trigger) -> Sense | None:
    """"Korban kemudian dilepaskan pelaku", "kelompok itu melepaskan sandera": a captive let go is a
    release; troops sent off ("1.000 prajurit dilepas Panglima"), animals or things let go are none."""
    if t.voice == "passive":
        lo = t.i
        while lo > max(0, t.i - 12) and v.low[lo - 1] not in SUBORDINATORS and v.low[lo - 1] not in (",", ";"):
            lo -= 1
        left = v.base[lo:t.i]
        if any(w in _CAPTIVES or w in PERSON_WORDS for w in left) and not any(w in MILITARY_WORDS for w in left):
            return t.sense
        return None
    if t.voice == "active" and any(w in _CAPTIVES for w in _window(v, t.j, t.j + 3)):
        return t.sense
    if t.voice == "active" and any(w in _HELD for w in v.low[t.j:t.j + 8]) and _has_person_object(v, t):
        return t.sense  # "KKB melepaskan tujuh pekerja jembatan yang mereka sandera": people it held
    return None


def _rule_volcanic(v: SentView, t: Trigger) -> Sense | None:
    """"meletus" is an eruption only with a volcano in the sentence ("bentrokan meletus" is not)."""
    return t.sense if any(w in VOLCANO_WORDS for w in v.base) else None


def _rule_hazard(v: SentView, t: Trigger) -> Sense | None:
    """Evacuation/fleeing is a disaster's displacement when a hazard is in the sentence or a
    disaster was told earlier in the article (``v.hazard``)."""
    if v.hazard or any(w in HAZARD_WORDS or w in VOLCANO_WORDS for w in v.base):
        return t.sense
    return None


_CRAFT: Final = frozenset({"kapal", "km", "kmp", "kri", "kn", "perahu", "speedboat", "longboat", "tugboat", "tongkang",
                    "pesawat", "helikopter", "heli"})


_WRECK: Final = frozenset({"puing", "puing-puing", "bangkai", "serpihan", "reruntuhan"})


def _rule_craft(v: SentView, t: Trigger) -> Sense | None:
    """"KM X hilang kontak di perairan Y": a ship or aircraft lost, an accident; people out of
    touch with their families are none; "KM X yang hilang kontak ... tenggelam" only names the ship.
    The craft is the subject, which a wire's lead names with its type, owner and registration before
    the verb ("Sebuah helikopter jenis Bell 407 milik PT X dengan nomor registrasi PK-ANV hilang
    kontak"): it is looked for over the fifteen words before. Its wreck found ("menemukan puing
    helikopter X yang hilang kontak sehari sebelumnya") tells the loss as the crash it was."""
    if t.i and v.low[t.i - 1] == "yang" and _WRECK.isdisjoint(v.low[:t.i]):
        return None
    return t.sense if any(w in _CRAFT for w in v.low[max(0, t.i - 15):t.i]) else None


_STRUCTURES: Final = frozenset({"gedung", "bangunan", "jembatan", "atap", "kanopi", "plafon", "tembok", "dinding", "tribun",
                         "menara", "stasiun", "terminal", "pabrik", "sekolah", "masjid", "gereja", "hotel", "mal",
                         "apartemen", "rumah", "tanggul", "bendungan", "crane", "derek", "panggung", "balkon", "lantai"})
_STRUCK: Final = frozenset({"serangan", "rudal", "bom", "roket", "drone", "dibom", "dihantam", "ditembak",
                     "diserang", "artileri", "mortir", "ledakan", "gempa", "banjir", "longsor", "angin"})


def _rule_structure(v: SentView, t: Trigger) -> Sense | None:
    """"runtuhnya kanopi beton di stasiun kereta", "atap gedung itu ambruk": a building that fell
    down on its own is an accident; one brought down by a strike or a hazard told in the sentence is
    that event's damage."""
    near = v.low[max(0, t.i - 5):t.j + 3]
    if not any(w in _STRUCTURES for w in near) or any(w in _STRUCK for w in v.low):
        return None
    return t.sense


_DWELLINGS: Final = frozenset({"rumah", "bangunan", "gedung", "lapak", "kios", "gubuk", "pondok", "permukiman",
                        "pemukiman", "bedeng", "ruko", "hunian", "warung"})


def _rule_torn_down(v: SentView, t: Trigger) -> Sense | None:
    """"merobohkan 86 rumah semi permanen", "puluhan kios dirobohkan": homes or stalls torn down
    are destruction; a fence or gate pushed over in a protest ("mencoba merobohkan pagar") is not."""
    if t.voice == "passive":
        return t.sense if any(w in _DWELLINGS for w in v.base[max(0, t.i - 5):t.i]) else None
    for w in _window(v, t.j, t.j + 4):
        if w in _FIXTURES:
            return None  # "merobohkan pagar gedung DPR": the fence, not the building
        if w in _DWELLINGS:
            return t.sense
    return None


_FIXTURES: Final = frozenset({"pagar", "gerbang", "pintu", "portal", "barikade", "baliho", "spanduk", "tiang", "tenda"})


def _rule_military(v: SentView, t: Trigger) -> Sense | None:
    return t.sense if _clause_has(v, t, MILITARY_WORDS) else None


def _rule_armed(v: SentView, t: Trigger) -> Sense | None:
    return t.sense if any(w in MILITARY_WORDS for w in v.base) else None


def _rule_ambush_armed(v: SentView, t: Trigger) -> Sense | None:
    """"dihadang KKB": an ambush among armed men; but "warga menghadang penjambret itu", "pelaku
    diadang satpam": bystanders stopping an attacker, the attacker being no armed context of its own."""
    return t.sense if any(w in MILITARY_WORDS and w != "pelaku" for w in v.base) else None


_LAUNCH: Final = frozenset({"meluncurkan", "menembakkan", "melepaskan", "menembakan", "mengirimkan", "diluncurkan",
                     "ditembakkan", "menjatuhkan", "serangan", "menghantam"})


_AMBUSH_DEAD: Final = frozenset({"tewas", "terbunuh", "menewaskan", "korban", "meninggal"})
_AMBUSH_POLICE: Final = frozenset({"polisi", "polres", "polda", "polsek", "aparat", "petugas", "densus", "brimob"})


def _rule_ambush(v: SentView, t: Trigger) -> Sense | None:
    """An ambush among armed men, or one that killed ("49 orang tewas dalam sebuah penyergapan");
    police "menyergap" a suspect otherwise (an arrest, told by its own trigger)."""
    if any(w in _AMBUSH_DEAD or (w in MILITARY_WORDS and w not in _AMBUSH_POLICE and w != "tersangka") for w in v.base):
        return t.sense
    return None


def _rule_launched(v: SentView, t: Trigger) -> Sense | None:
    """Missiles and drones are attacks when launched/fired or in an armed context."""
    if any(w in _LAUNCH for w in _window(v, t.i - 3, t.i)) or any(w in MILITARY_WORDS for w in v.base):
        return t.sense
    return None


def _rule_transitive(v: SentView, t: Trigger) -> Sense | None:
    return t.sense if t.surface.endswith("kan") or t.nominal else None


def _rule_weapon(v: SentView, t: Trigger) -> Sense | None:
    return t.sense if any(w in WEAPON_WORDS for w in _window(v, t.i - 3, t.j + 4)) else None


# verbs of stopping or catching someone: "membantu menghadang penjambret", "membantu meringkus tersangka"
_RESTRAIN: Final = frozenset({"mengadang", "menghadang", "menangkap", "meringkus", "membekuk", "mengejar", "menahan",
                              "melumpuhkan", "mengamankan", "menghentikan", "mencegat", "menyergap", "menggagalkan"})


def _rule_help_not_restrain(v: SentView, t: Trigger) -> Sense | None:
    """"tukang ojek membantu menghadang penjambret", "membantu polisi meringkus tersangka": a hand lent to stop
    someone, no aid given (the stopping is told by its own verb)."""
    nxt = v.low[t.j:t.j + 3]
    if nxt and (nxt[0] in _RESTRAIN or (len(nxt) > 1 and nxt[1] in _RESTRAIN and nxt[0] in SECTOR_NOUNS)):
        return None
    return t.sense


def _rule_aid(v: SentView, t: Trigger) -> Sense | None:
    """Handing out aid: the aid is the object after an active verb ("menyalurkan bantuan"), or the
    subject of its clause before a passive one ("Bantuan berupa beras ... mulai didistribusikan")."""
    if any(w in AID_WORDS for w in _window(v, t.j, t.j + 4)):
        return t.sense
    if t.voice == "passive":
        lo = t.i
        while lo > 0 and v.low[lo - 1] not in SUBORDINATORS and v.low[lo - 1] != ";":
            lo -= 1
        if any(w in AID_WORDS for w in v.base[lo:t.i]):
            return t.sense
    return None


# Forces sent somewhere ("mengirim tambahan 1.000 personel Garda Nasional"): a deployment.
_SENT_FORCES: Final = frozenset({"personel", "polisi", "brimob", "aparat", "garda"})
_SENT_CARE: Final = frozenset({"medis", "kesehatan", "relawan", "dokter", "perawat"})


def _rule_send(v: SentView, t: Trigger) -> Sense | None:
    right = _window(v, t.j, t.j + 4)
    if any(w in MILITARY_WORDS for w in right):
        return Sense("MOBILIZE", "military")
    wide = _window(v, t.j, t.j + 5)
    if any(w in _SENT_FORCES for w in wide) and not any(w in _SENT_CARE for w in wide):
        return Sense("MOBILIZE", "military")
    if any(w in AID_WORDS for w in right):
        return Sense("AID")
    return None


def _rule_withdraw(v: SentView, t: Trigger) -> Sense | None:
    if _clause_has(v, t, MILITARY_WORDS):
        return t.sense
    if t.j < len(v.low) and v.low[t.j] == "dari":
        return Sense("REJECT", "withdraw")
    return None


def _rule_surrender(v: SentView, t: Trigger) -> Sense | None:
    return t.sense if t.surface == "menyerah" else None


def _rule_no_ter(v: SentView, t: Trigger) -> Sense | None:
    return None if t.surface.startswith("ter") else t.sense


def _rule_kan_only(v: SentView, t: Trigger) -> Sense | None:
    return t.sense if t.surface.endswith("kan") else None


def _rule_meet(v: SentView, t: Trigger) -> Sense | None:
    return t.sense


_DELEGATION: Final = frozenset({"perwakilan", "delegasi", "utusan", "perwakilannya"})


def _rule_delegation(v: SentView, t: Trigger) -> Sense | None:
    """"Sepuluh perwakilan massa akhirnya diterima Pj Sekda", "Ketua DPRD menerima tujuh perwakilan
    mahasiswa": a delegation received is a meeting; anything else received ("laporan itu diterima",
    "menerima bantuan") is not. The passive names the delegation before, the active after."""
    near = v.low[max(0, t.i - 4):t.i] if t.voice == "passive" else v.low[t.j:t.j + 3]
    return t.sense if any(w in _DELEGATION for w in near) else None


_HURT_IN_A_CRUSH: Final = frozenset({"tewas", "meninggal", "korban", "luka", "luka-luka", "terluka", "terinjak-injak",
                                     "terinjak", "pingsan", "sesak", "cedera"})


def _rule_crush(v: SentView, t: Trigger) -> Sense | None:
    """"Jumlah korban meninggal akibat desak-desakan penonton di stadion": a crowd crush with people hurt
    or dead is a disaster with no attacker; a crowd merely pressing ("penumpang berdesak-desakan di
    stasiun") is none."""
    return t.sense if any(w in _HURT_IN_A_CRUSH for w in v.low) else None


SENSE_RULES: Final[dict[str, Callable[[SentView, Trigger], Sense | None]]] = {
    "crush": _rule_crush,
    "place_object": _rule_place_object,
    "person_object": _rule_person_object,
    "free": _rule_free,
    "let_go": _rule_let_go,
    "catch": _rule_catch,
    "crowd": _rule_crowd,
    "mob": _rule_mob,
    "shot": _rule_shot,
    "asset_object": _rule_asset,
    "military_context": _rule_military,
    "volcanic": _rule_volcanic,
    "hazard_context": _rule_hazard,
    "craft": _rule_craft,
    "structure": _rule_structure,
    "torn_down": _rule_torn_down,
    "armed_context": _rule_armed,
    "ambush_armed": _rule_ambush_armed,
    "ambush": _rule_ambush,
    "launched": _rule_launched,
    "transitive": _rule_transitive,
    "weapon_object": _rule_weapon,
    "aid_object": _rule_aid,
    "help_not_restrain": _rule_help_not_restrain,
    "send": _rule_send,
    "withdraw": _rule_withdraw,
    "surrender": _rule_surrender,
    "no_ter": _rule_no_ter,
    "kan_only": _rule_kan_only,
    "meet": _rule_meet,
    "delegation": _rule_delegation,
    "seru": _rule_meet,
}


_GENERIC_HEADS: Final = frozenset({"hal", "sesuatu", "fenomena", "masalah", "persoalan", "isu", "cerita",
                            "barang", "pemandangan", "kejadian"})
# "tahan gempa", "ketahanan api": what a thing withstands, named by the hazard
_RESISTANT: Final = frozenset({"tahan", "ketahanan", "kedap"})
_GENERIC_ADJ: Final = frozenset({"baru", "asing", "langka", "biasa", "lazim", "umum", "aneh"})


def generic(v: SentView, t: Trigger) -> bool:
    """A nominal trigger that is the subject of a generic or negated characterisation, or told of
    as what happens every year, is no event: "Banjir bukan hal baru di sini", "Tawuran adalah
    masalah lama", "Kebakaran hutan bukan sesuatu yang asing", "dilanda 20 badai setiap tahun"."""
    if any(w in ("setiap", "tiap", "saban") and x + 1 < len(v.low) and (v.low[x + 1] in _PERIODS or (
            v.low[x + 1][:1].isdigit() and x + 2 < len(v.low) and v.low[x + 2] in _PERIODS))
           for x, w in enumerate(v.low)):
        return True  # "dilanda sekitar 20 badai setiap tahun", "gempa besar setiap 200 tahun sekali": a recurrence
    if t.i > 0 and v.low[t.i - 1] in _RESISTANT:
        return True  # "gedung tahan gempa", "ketahanan gempa bangunan": a property of a building, no event
    k = t.j
    while k < len(v.low) and k < t.j + 3 and v.low[k] not in COPULAS and v.low[k] != "bukan":
        k += 1
    if k >= len(v.low) or (v.low[k] not in COPULAS and v.low[k] != "bukan"):
        return False
    nxt = v.low[k + 1:k + 4]
    if nxt and nxt[0] in ("bukan", "lagi"):
        nxt = nxt[1:]
    return bool(nxt) and (nxt[0] in _GENERIC_HEADS or nxt[0] in _GENERIC_ADJ)


# words before a nominal that make it a kind of thing talked about: an example, something to prevent
_GENRES: Final = frozenset({"film", "novel", "misteri", "kisah", "cerita", "serial", "drama", "lagu", "buku", "game",
                     "gim", "komik", "sinetron", "dokumenter", "genre", "adegan", "naskah", "fiksi", "thriller"})
_EXAMPLES: Final = frozenset({"seperti", "misalnya", "contohnya", "semisal", "mencegah", "pencegahan", "menghindari",
                       "terjerumus", "bahaya", "rawan", "potensi", "mengantisipasi", "antisipasi",
                       "mewaspadai", "diwaspadai"})  # "harus mewaspadai banjir rob, banjir kiriman": a hazard to watch for
# "Seperti diketahui, bentrok ... pecah", "Seperti yang diberitakan sebelumnya": a recap of the news, no example
_RECAP: Final = frozenset({"diketahui", "diberitakan", "dilaporkan", "dikabarkan", "disebutkan"})


def _recap(low: list[str], k: int) -> bool:
    nxt = low[k + 1:k + 3]
    return low[k] == "seperti" and bool(nxt) and (nxt[0] in _RECAP or (nxt[0] == "yang" and len(nxt) > 1 and nxt[1] in _RECAP))


_PERIODS: Final = frozenset({"tahun", "tahunnya", "musim", "bulan", "pekan", "minggu", "hari", "tahun,"})


# Words after which a nominal trigger names a person's role or charge, not an event told here.
_ALLEGED: Final = frozenset({"diduga", "disangka", "dituduh", "dituding", "karena", "atas", "yang"})
_CHARGE_HEADS: Final = frozenset({"pelaku", "terduga", "tersangka", "terpidana", "terdakwa", "narapidana", "napi",
                           "residivis", "jaringan", "otak", "dalang", "komplotan", "spesialis", "terlibat",
                           "dugaan", "tuduhan", "sangkaan", "dakwaan", "vonis",
                           "kelompok", "organisasi", "sel"})  # "kelompok teror ISIS": the group, no attack told


_COURT: Final = frozenset({"terbukti", "didakwa"})
_CHARGES: Final = frozenset({"sangkaan", "tuduhan", "dakwaan", "pasal"})  # with one word between


def licensed(v: SentView, t: Trigger, spans_start: set[int]) -> bool:
    """Whether a nominal trigger reports an event (see the module docstring)."""
    if not t.nominal:
        return True
    if generic(v, t):
        return False
    k = t.i - 1
    while k >= 0 and v.low[k] in DETERMINERS:
        k -= 1
    prev = v.low[k] if k >= 0 else ""
    if prev in PREPOSITIONS and prev not in ("tengah",):
        return _named_meeting(v, t) or _striking_clause(v, t) or _clause_subject(v, t, prev) or _continued(v, t, k)
    if prev == "terlibat" and not (k >= 1 and v.low[k - 1] in _ALLEGED):
        return True  # "Pasukan X dan Y terlibat baku tembak": they fought ("diduga terlibat ..." is a charge)
    if prev in _CHARGE_HEADS or (prev in ("dan", "serta") and k >= 2 and v.low[k - 2] in _CHARGE_HEADS):
        return False  # "terduga pelaku teror", "diduga terlibat pembakaran dan penganiayaan": a label, not news
    if k >= 1 and v.low[k - 1] in _CHARGES and prev.isalpha() and prev not in LIGHT_VERBS:
        return False  # "ditahan atas dakwaan kriminal pembakaran", "dakwaan tindak pidana terorisme": the charge
    if any(w in _EXAMPLES and not _recap(v.low, k) for k, w in enumerate(v.low[:t.i]) if k >= t.i - 7) and not any(
            w in (".", ";") for w in v.low[max(0, t.i - 7):t.i]):
        return False  # "mencegah remaja terjerumus ke hal-hal negatif seperti narkoba, tawuran ...": a kind, not news
    if any(w in _GENRES for w in v.low[max(0, t.i - 2):t.i]):
        return False  # "novel misteri pembunuhan", "film perang": a genre, not news
    if k >= 1 and v.low[k - 1] in ("di", "dalam", "selama") and prev in ("tengah-tengah", "tengah", "masa", "kancah"):
        return False
    if any(v.low[x] in _COURT and any(v.low[y] in LIGHT_VERBS for y in range(x + 1, min(x + 4, t.i)))
           for x in range(max(0, t.i - 8), t.i)):
        return False  # "dinyatakan terbukti melakukan ... pembunuhan berencana": the crime a court judges, no news
    if any(v.low[x] in LIGHT_VERBS for x in range(max(0, t.i - 3), t.i)):
        return True
    if prev in ("sasaran", "target", "korban") and k >= 1 and v.low[k - 1] in ("menjadi", "jadi"):
        return True  # "Kyiv kembali menjadi sasaran serangan drone", "menjadi korban penembakan"
    if prev in ("dan", "serta"):  # "melakukan patroli dan penyerangan": the light verb governs both
        for x in range(k - 1, max(-1, k - 7), -1):
            if v.low[x] in PUNCT_BOUNDARY or v.low[x] in SUBORDINATORS:
                break
            if v.low[x] in LIGHT_VERBS:
                return True
    if k < 0 or prev in PUNCT_BOUNDARY or prev in SUBORDINATORS or prev in COPULAS:
        return True
    if t.voice == "stative" and any(s < t.i and s >= t.i - 6 for s in spans_start):
        return True
    if t.voice == "stative" and any(w in ("keduanya", "kedua") for w in v.low[max(0, k - 3):k + 1]):
        return True  # "Keduanya sepakat ...", "Kedua belah pihak sepakat ...": the two parties told before
    if t.voice == "stative" and t.sense.type == "AGREE" and prev == "pihak" and k >= 1 \
            and v.low[k - 1] in ("kedua", "belah", "semua", "seluruh"):
        return True  # "kedua pihak sepakat pembangunan dihentikan sementara": the sides agreed
    if t.voice == "stative" and prev in _ASPECT:
        return True  # "Gunung Lewotobi kembali erupsi", "wilayah itu sempat banjir": used as a verb
    if t.voice == "nominal" and (prev in _ASPECT or prev == "juga") and _bare_root(v.low[t.i]):
        return True  # "ribuan buruh ... juga mogok kerja": a bare root after an adverb is the predicate
    for x in range(t.j, min(len(v.low), t.j + 6)):
        w = v.low[x]
        if w in PREDICATES:
            return True
        if w in PUNCT_BOUNDARY or w in SUBORDINATORS:
            break
    return False


_HAPPENED_VERBS: Final = frozenset({"terjadi", "pecah", "berlangsung", "meletus"})
_DAYS: Final = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"})


def _happened_clause(v: SentView, t: Trigger) -> bool:
    """"mengecam kericuhan suporter yang terjadi seusai pertandingan ... pada Minggu (14/3/2027) malam":
    an event noun with a clause of when it happened, its day named, is news of its own, not only
    what the verb before it is about ("kericuhan yang terjadi itu" points back)."""
    x = t.j
    while x < len(v.low) and x < t.j + 3 and v.low[x] != "yang" and v.low[x] not in PUNCT_BOUNDARY:
        x += 1
    if x >= len(v.low) or v.low[x] != "yang" or x + 1 >= len(v.low) or v.low[x + 1] not in _HAPPENED_VERBS:
        return False
    z = x + 2
    day = False
    while z < len(v.low) and v.low[z] not in (".", ";") and z < x + 24:
        if v.low[z] in ("itu", "tersebut"):
            return False
        day = day or v.low[z] in _DAYS
        z += 1
    return day


# active verbs of a relative clause that tell what an attack hit ("akibat tembakan artileri RSF yang
# menghantam pasar utama kota pada Senin")
_STRIKING: Final = frozenset({"menghantam", "menyasar", "mengenai", "menimpa", "menewaskan", "melukai", "menghancurkan",
                       "meluluhlantakkan", "menargetkan"})


_WHEN_CLAUSE: Final = frozenset({"ketika", "saat", "sewaktu", "tatkala"})
_CAUSING: Final = frozenset({"memicu", "menyebabkan", "mengakibatkan", "menimbulkan", "menewaskan", "melukai"})


def _continued(v: SentView, t: Trigger, k: int) -> bool:
    """"Aksi itu merupakan lanjutan dari unjuk rasa ratusan mahasiswa ... pada Jumat (26/11/2027)": the
    event continued is told with its own day, an event of its own (the one told that day)."""
    if not (v.low[k] == "dari" and k >= 1 and v.low[k - 1] == "lanjutan"):
        return False
    for x in range(t.j, min(len(v.low), t.j + 16)):
        if v.low[x] in PUNCT_BOUNDARY and v.low[x] != ",":
            return False
        if v.low[x] in _DAYS and x >= 1 and v.low[x - 1] == "pada":
            return True
    return False


def _clause_subject(v: SentView, t: Trigger, prev: str) -> bool:
    """"pada Agustus 2024, ketika bentrokan antaranggota memicu perusakan sebuah warung": the event noun
    opening a time clause as the subject of what it caused happened then ("ketika bentrokan itu memicu
    ..." points back)."""
    if prev not in _WHEN_CLAUSE:
        return False
    for x in range(t.j, min(len(v.low), t.j + 4)):
        w = v.low[x]
        if w in PUNCT_BOUNDARY or w in ("itu", "tersebut", "ini", "yang"):
            return False
        if w in _CAUSING:
            return True
    return False


def _striking_clause(v: SentView, t: Trigger) -> bool:
    """"tewas akibat tembakan artileri RSF yang menghantam pasar utama kota pada Senin": an attack
    told with a clause of what it hit is news of its own, not a pointer back to one told before
    ("dalam serangan yang menewaskan tiga orang itu" still points back)."""
    if t.sense.type != "ASSAULT":
        return False
    for x in range(t.j, min(len(v.low), t.j + 5)):
        w = v.low[x]
        if w in PUNCT_BOUNDARY:
            return False
        if w == "yang":
            y = x + 1
            while y < len(v.low) and v.low[y] in ("juga", "telah", "sempat", "langsung"):
                y += 1
            if y >= len(v.low) or v.low[y] not in _STRIKING:
                return False
            z = y
            while z < len(v.low) and v.low[z] not in PUNCT_BOUNDARY:
                if v.low[z] in ("itu", "tersebut"):
                    return False
                z += 1
            return True
    return False


def _named_meeting(v: SentView, t: Trigger) -> bool:
    """"dicapai dalam pertemuan Menlu RI X dengan Menlu Malaysia Y": a meeting of named parties is
    news even inside a phrase."""
    if t.sense.type != "CONSULT" or t.j >= len(v.low) or not v.toks[t.j].text[:1].isupper():
        return False
    for x in range(t.j + 1, min(len(v.low), t.j + 10)):
        if v.low[x] in PUNCT_BOUNDARY:
            return False
        if v.low[x] == "dengan":
            return x + 1 < len(v.low) and v.toks[x + 1].text[:1].isupper()
    return False


def _bare_root(w: str) -> bool:
    """"mogok", "demo": no pe-/ke-...-an noun ("penyerangan", "kebakaran") can stand as a predicate."""
    return not w.startswith(("pe", "ke")) and not w.endswith("an")


_ASPECT: Final = frozenset({"kembali", "sempat", "telah", "sudah", "masih", "terus", "kerap", "sering", "baru", "mulai"})
_MULTI_FIRST: dict[int, frozenset[str]] = {}


def _multi_first(multi: dict[tuple[str, ...], Sense | None]) -> frozenset[str]:
    key = id(multi)
    if key not in _MULTI_FIRST:
        _MULTI_FIRST[key] = frozenset(k[0] for k in multi)
    return _MULTI_FIRST[key]


_KEYS: dict[int, frozenset[str]] = {}
_COUNTS: Final = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                            "beberapa", "sejumlah", "puluhan", "belasan", "berulang", "satu"})


def _repeat_count(v: SentView, k: int) -> int:
    """Tokens of a count of times at k ("tiga kali", "12 kali", "beberapa kali", "berkali-kali"),
    which may part a verb from its object in a phrase ("melepaskan tiga kali tembakan"); 0 if none."""
    if k < len(v.low) and v.low[k] == "berkali-kali":
        return 1
    if k + 1 < len(v.low) and v.low[k + 1] == "kali" and (v.low[k] in _COUNTS or v.low[k].isdigit()):
        return 2
    return 0


def _keys(lexicon: dict[str, Form], first: frozenset[str]) -> frozenset[str]:
    if id(lexicon) not in _KEYS:
        _KEYS[id(lexicon)] = frozenset(lexicon) | first
    return _KEYS[id(lexicon)]


_WORDS: dict[int, frozenset[str]] = {}


def trigger_words(lexicon: dict[str, Form], multi: dict[tuple[str, ...], Sense | None]) -> frozenset[str]:
    """Every lower-case word without which :func:`find_triggers` finds nothing in a sentence:
    lexicon words, first words of phrases, those with a clitic on ("serangannya"), and the
    pronouns of the pronoun passive."""
    hit = _WORDS.get(id(lexicon))
    if hit is None:
        keys = _keys(lexicon, _multi_first(multi))
        clitic = {w + c for w in keys if len(w) >= 4 for c in CLITICS}
        hit = _WORDS[id(lexicon)] = keys | clitic | _PRONOUNS
    return hit


def find_triggers(v: SentView, lexicon: dict[str, Form], multi: dict[tuple[str, ...], Sense | None],
                  max_multi: int, spans_start: set[int]) -> list[Trigger]:
    out: list[Trigger] = []
    n = len(v.low)
    first = _multi_first(multi)
    low, base = v.low, v.base
    keys = _keys(lexicon, first)
    todo = [k for k, w in enumerate(base) if w in keys]
    if any(v.nya):
        todo = sorted(set(todo) | {k for k, w in enumerate(low) if v.nya[k] and w in keys})
    if not todo:
        return pronominal_passives(v, lexicon) if not _PRONOUNS.isdisjoint(low) else out
    done = -1
    for i in todo:
        if i <= done:
            continue
        hit = None
        for k in (range(min(max_multi, n - i), 1, -1) if v.low[i] in first else ()):
            key = tuple(v.low[i:i + k])
            if key in multi:
                hit = (k, multi[key])
                break
            key2 = key[:-1] + (v.base[i + k - 1],)
            if key2 in multi:
                hit = (k, multi[key2])
                break
        gap = 0
        if hit is None and v.low[i] in first:
            gap = _repeat_count(v, i + 1)
            if gap:  # "melepaskan tiga kali tembakan": "melepaskan tembakan", the count of shots between
                for k in range(min(max_multi, n - i - gap), 1, -1):
                    key = (v.low[i],) + tuple(v.low[i + 1 + gap:i + k + gap])
                    if key in multi:
                        hit = (k + gap, multi[key])
                        break
        if hit is not None:
            k, msense = hit
            if msense is not None and msense.needs:
                rule = SENSE_RULES.get(msense.needs)
                msense = rule(v, Trigger(i, i + k, msense, "active", False, True, " ".join(v.low[i:i + k]))) \
                    if rule else msense
            if msense is not None:
                nominal = not v.low[i].startswith(("me", "ber", "di")) and v.low[i] not in VERBAL_MULTI
                t = Trigger(i, i + k, msense, "nominal" if nominal else "active", nominal, True,
                            " ".join(v.low[i:i + k]))
                t.licensed = licensed(v, t, spans_start)
                out.append(t)
            done = i + k - 1
            continue
        form = lexicon.get(low[i]) or lexicon.get(base[i])
        if form is not None:
            t = Trigger(i, i + 1, form.sense, form.voice, form.nominal, True, v.base[i])
            sense: Sense | None = form.sense
            if form.sense.needs:
                rule = SENSE_RULES.get(form.sense.needs)
                sense = rule(v, t) if rule else form.sense
            if sense is not None:
                t.sense = sense
                t.licensed = licensed(v, t, spans_start)
                out.append(t)
    if not _PRONOUNS.isdisjoint(low):
        taken = {k for t in out for k in range(t.i, t.j)}
        out.extend(t for t in pronominal_passives(v, lexicon) if t.i not in taken)
        out.sort(key=lambda t: t.i)
    # a nominal right after another trigger only qualifies it ("perundingan gencatan senjata")
    # (unless told with when it happened: "mengecam kericuhan suporter yang terjadi ... Minggu (14/3) malam")
    return [t for n, t in enumerate(out) if not (n and t.nominal and out[n - 1].j == t.i and not _happened_clause(v, t))
            and not _breached(v, t) and not _paper_signed(v, t)]


# papers one side signs alone: a letter, a decree, a petition -- no agreement between parties
_PAPERS: Final = frozenset({"surat", "petisi", "memo", "memorandum", "disposisi", "sk", "keppres", "perpres", "inpres",
                            "perppu", "pp", "permen", "perda", "undang-undang", "uu", "peraturan", "keputusan",
                            "instruksi", "edaran", "rekomendasi", "pakta"})
_ACCORDS: Final = frozenset({"kesepakatan", "perjanjian", "kesepahaman", "mou", "kontrak", "traktat", "persetujuan",
                             "komunike", "deklarasi", "protokol", "konvensi"})
_SIGN_ROOTS: Final = ("andatangan", "eken")  # (meN- drops the t: "menandatangani", "meneken")


def _paper_signed(v: SentView, t: Trigger) -> bool:
    """"surat ... yang ditandatangani Sekretaris Jenderal", "Presiden menandatangani perpres":
    a paper signed by one side, no agreement (what is signed is the nearest paper or accord word
    after an active verb, before a passive one)."""
    if t.sense.type != "AGREE" or not any(r in v.low[t.i] for r in _SIGN_ROOTS):
        return False
    span = range(t.j, min(len(v.low), t.j + 3)) if v.low[t.i].startswith("me") \
        else range(t.i - 1, max(-1, t.i - 8), -1)
    for k in span:
        w = v.low[k]
        if w in PUNCT_BOUNDARY and w != ",":
            return False
        if w in _ACCORDS:
            return False
        if w in _PAPERS:
            return True
    return False


_BREACH: Final = frozenset({"pelanggaran", "melanggar", "dilanggar", "dilanggarnya", "melanggarnya", "mencederai",
                            "dicederai"})


def _breached(v: SentView, t: Trigger) -> bool:
    """An agreement named as what was broken ("pelanggaran gencatan senjata", "melanggar
    kesepakatan damai"): an accord made before, no agreement of this story."""
    return t.nominal and t.sense.type == "AGREE" and t.i > 0 and (
        v.low[t.i - 1] in _BREACH or (t.i > 1 and v.low[t.i - 1] == "terhadap" and v.low[t.i - 2] in _BREACH))


_PRONOUNS: Final = frozenset({"kami", "kita", "saya", "kalian"})
_BARE_ASKS: Final = frozenset({"minta", "mohon"})  # the spoken bare verb of "meminta", "memohon"
_PASSIVE_ROOTS: dict[int, dict[str, Sense]] = {}


def _passive_roots(lexicon: dict[str, Form]) -> dict[str, Sense]:
    """Root -> sense of the verbs that have a di- passive (ditangkap -> tangkap)."""
    hit = _PASSIVE_ROOTS.get(id(lexicon))
    if hit is None:
        hit = _PASSIVE_ROOTS[id(lexicon)] = {f.root: f.sense for w, f in lexicon.items()
                                             if f.voice == "passive" and w.startswith("di")}
    return hit


def pronominal_passives(v: SentView, lexicon: dict[str, Form]) -> list[Trigger]:
    """The pronoun passive of police quotes: "23 orang yang kami amankan", "sudah kami tahan",
    "kita tangkap": a bare verb right after kami/kita/saya, with the object before it."""
    roots = _passive_roots(lexicon)
    out: list[Trigger] = []
    for k in range(1, len(v.low)):
        if v.low[k - 1] not in _PRONOUNS:
            continue
        w = v.low[k]
        if w in _BARE_ASKS and (k < 2 or v.low[k - 2] != "yang") and "meminta" in lexicon:
            # spoken "Kami minta ... dibebaskan": the speaker's side asks (not "yang kami minta")
            out.append(Trigger(k, k + 1, lexicon["meminta"].sense, "active", False, True, w))
            continue
        for root in (w, w[:-3] if w.endswith("kan") else "", w[:-1] if w.endswith("i") else ""):
            sense = roots.get(root) if root else None
            if sense is not None and sense.type in ("COERCE", "ASSAULT"):  # police actions, not "kami imbau"
                out.append(Trigger(k, k + 1, sense, "passive", False, True, w))
                break
    return out
