"""Accidents: "gudang petasan meledak" is a disaster, not an attack; so are the dead of a story
with no violence in it ("empat pendaki meninggal dunia").

The trigger "ledak" (meledak, ledakan) is an explosives attack in a bombing story and an
accident in a story about a warehouse, a gas cylinder or a factory. An explosion is taken for
an accident when nobody is said to have caused it (no actor) and the article has no word of
an attack or of a weapon that is set off on purpose anywhere in it.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Event

_EXPLODE: Final = frozenset({"meledak", "ledakan", "meledaknya", "ledakannya"})
_ATTACK: Final = re.compile(
    r"\b(?:bom|granat|ranjau|rudal|roket|mortir|drone|teror\w*|serangan|menyerang|diserang|pengeboman|"
    r"bunuh diri|peledakan|meledakkan|diledakkan|artileri|misil|tembakan|pelaku peledakan)\b")


# any violence at all (word stems, matched as substrings of the lower-cased text: one C-speed
# scan each): a story without it reports deaths and injuries of accidents, not of an attack
_VIOLENCE: Final = ("tembak", "bunuh", "serang", "serbu", "aniaya", "bentrok", " perang", "tempur", "tikam", "bacok",
             "keroyok", "rusuh", "ricuh", "konflik", "bom", "granat", "rudal", "roket", "drone", "teror", "militan",
             "berontak", "pasukan", "tentara", "tawur", "begal", "rampok", "culik", "sandera", "ledak")


def violence_words(text: str) -> bool:
    """Whether the article speaks of violence anywhere."""
    low = text.lower()
    return any(w in low for w in _VIOLENCE)


# a weapon in a comparison is no weapon: "Bunyinya seperti bom", "suaranya bagai ledakan granat"
_SIMILE: Final = re.compile(r"\b(?:seperti|bagai|bagaikan|laksana|layaknya|bak|mirip)\s+(?:suara\s+|bunyi\s+|ledakan\s+)?$")


def attack_words(text: str) -> bool:
    """Whether the article speaks of an attack or of a weapon anywhere (not in a simile)."""
    low = text.lower()
    return any(not _SIMILE.search(low, max(0, m.start() - 30), m.start()) for m in _ATTACK.finditer(low))


_RAM: Final = frozenset({"menabrak", "menabrakkan", "menabrakan", "menubruk", "melindas", "menggilas", "menyeruduk"})
_ON_PURPOSE: Final = re.compile(r"\bsengaja\s+(?:\w+\s+)?$", re.IGNORECASE)
# "menabrakkan minibusnya ke kerumunan penonton": a driver who drives his vehicle into people means to (the -kan
# causative has the driver aim it; "bus itu menabrak kerumunan" may be a brake failure)
_INTO_PEOPLE: Final = re.compile(r"\s+(?:\S+\s+){1,3}?ke\s+(?:arah\s+)?(?:tengah\s+)?(?:sebuah\s+|sekelompok\s+|para\s+)?"
                                 r"(?:kerumunan|massa|pejalan\s+kaki|orang-orang|warga|jemaah|jemaat|pengunjung|demonstran|"
                                 r"pendemo|peserta|tentara|polisi|prajurit)\b", re.IGNORECASE)


def make_attacks(events: list[Event]) -> None:
    """A crash driven on purpose is an attack (in place): "Pelaku diduga sengaja menabrak
    sekelompok tentara dengan mobil", "pengemudi itu menabrakkan minibusnya ke kerumunan"."""
    for e in events:
        if e.kind == "DISASTER" and e.mode == "crash" and e.trigger.lower() in _RAM:
            before = e.trigger_start - e.sentence_start
            if _ON_PURPOSE.search(e.sentence, max(0, before - 25), before) or (
                    e.trigger.lower() in ("menabrakkan", "menabrakan")
                    and _INTO_PEOPLE.match(e.sentence, e.trigger_end - e.sentence_start)):
                e.type, e.kind, e.mode = "ASSAULT", None, None


_BUILDINGS: Final = re.compile(r"\b(?:rumah|bangunan|gedung|kios|toko|pos|kantor|sekolah|gereja|masjid|mobil|kendaraan|motor)\b",
                        re.IGNORECASE)


def arson_fires(events: list[Event]) -> None:
    """A fire told without a cause after houses were set alight in the story ("14 rumah ... dibakar
    massa" then "Empat belas rumah hangus terbakar," kata Kapolres) is that arson told again, no
    hazard of its own (in place: the arson's kind, so it folds into it); so is "Api menghanguskan
    bangunan utama pura" after "pura ... dibakar orang tak dikenal"."""
    arson = None
    for e in events:
        t = e.trigger.lower()
        if e.type == "COERCE" and e.mode == "destroy" and "bakar" in t and not t.startswith(("kebakaran", "terbakar")):
            arson = e
        elif arson is not None and e.kind == "DISASTER" and e.mode == "fire" and not e.actors \
                and e.date_start == arson.date_start \
                and (t in ("terbakar", "kebakaran")
                     and _BUILDINGS.search(e.sentence, 0, max(0, e.trigger_start - e.sentence_start))
                     or t.startswith("api ")):  # "Api menghanguskan bale kulkul ...": the fire itself, what it burnt after
            e.type, e.kind, e.mode = "COERCE", None, "destroy"


# the intransitive verb: its subject is what exploded ("tabung gas merek X meledak"), never who set it off
_BLEW_UP: Final = frozenset({"meledak", "meledaknya"})


def make_accidents(events: list[Event], text: str) -> None:
    """Turn actorless explosions of a story with no attack in it into disasters (in place)."""
    blasts = [e for e in events if e.type == "ASSAULT" and e.trigger.lower() in _EXPLODE
              and (not e.actors or e.trigger.lower() in _BLEW_UP)]
    if not blasts or attack_words(text):
        return
    for e in blasts:
        e.type = e.kind = "DISASTER"
        e.mode = "explosion"
        e.targets = []
        if e.trigger.lower() in _BLEW_UP:
            e.actors = []  # "Tabung las merek X meledak di bengkel": the named subject is the thing that blew up
