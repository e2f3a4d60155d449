"""Where: the place of the event, resolved through the gazetteer.

Candidates in the sentence: places the gazetteer finds in the text, LOC mentions of the
language layer, and names introduced by a place-type noun ("desa X", "kecamatan Y") even
when no gazetteer knows them. Excluded: anything in the attribution tail ("kata X di
Jakarta": the reporter's or speaker's place, not the event's) and countries that only
qualify a participant ("tentara Azerbaijan"). The most specific candidate wins (place >
admin > country; nearest to the trigger on ties); a country-only answer gives way to a more
specific place in the same country from the previous two sentences. Fallbacks, in order:
the paragraph context, the dateline, the article's main country (most named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, Final

from ..geo.locate import km_between
from ..geo.names import bare_key
from ..model import Location
from .context import SentView
from .words import PLACE_TYPES, STREETS

RANK: Final = {"place": 3, "admin": 2, "country": 1}
# an administrative word ends the name before it: "Desa Banaran Kecamatan Pulung Kabupaten Ponorogo"
_ADMIN_WORDS: Final = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "provinsi", "kec.", "kab.", "prov."})


@dataclass
class Cand:
    start: int
    end: int
    loc: Location
    chain: int = 0  # position in an address chain ("Desa X, Kecamatan Y, Kabupaten Z"): 0 = most specific


def to_location(place: Any, start: int | None = None, end: int | None = None, source: str = "sentence",
                name: str | None = None) -> Location:
    return Location(name=name or place.name, country=place.country, admin1=place.admin1, lat=place.lat,
                    lon=place.lon, precision=place.precision, start=start, end=end, source=source)


def _free(s: int, e: int, blocked: list[tuple[int, int]]) -> bool:
    """Neither end of ``s..e`` falls inside a blocked range."""
    return not any(a <= s < b or a < e <= b for a, b in blocked)


_NO_PLACE_NAMES = frozenset({"pertahanan", "hukum", "kerja", "operasi", "tugas", "komando", "militer", "kepolisian",
                             "adat", "pemilihan"})


def candidates(v: SentView, gaz: Any, country_names: dict[str, str], blocked: list[tuple[int, int]],
               country_hint: str | None, places: list[Cand] | None = None) -> list[Cand]:
    """Place candidates of one sentence (char offsets into the article). ``places``: the
    sentence's resolved LOC mentions when the language layer found any (then the text is
    not scanned again)."""
    out: list[Cand] = []
    base = v.sent.start

    if places is not None:
        out.extend(c for c in places if _free(c.start, c.end, blocked))
    if gaz is not None and places is None:
        for s, e, place in gaz.scan(v.sent.text):
            if _free(base + s, base + e, blocked) and not any(c.start <= base + s < c.end for c in out):
                out.append(Cand(base + s, base + e, to_location(place, base + s, base + e)))
    if gaz is None and places is None:
        for i, (j, code) in v.countries.items():
            s, e = v.toks[i].start, v.toks[j - 1].end
            if _free(s, e, blocked):
                out.append(Cand(s, e, Location(name=country_names.get(code, code), country=code,
                                               precision="country", start=s, end=e, source="sentence")))
    n = len(v.low)
    streets: set[int] = set()
    for i in [k for k, w in enumerate(v.low) if w in PLACE_TYPES]:
        prec = PLACE_TYPES[v.low[i]]
        if i + 1 >= n or not v.toks[i + 1].text[:1].isupper() or v.low[i + 1] in _NO_PLACE_NAMES:
            continue  # ("Komando Gabungan Wilayah Pertahanan III", "Wilayah Hukum Polres X": a name, no place)
        j = i + 1
        while j < n and j - i <= 4 and v.toks[j].text[:1].isupper() and not (j > i + 1 and v.low[j] in _ADMIN_WORDS):
            j += 1
        s, e = v.toks[i + 1].start, v.toks[j - 1].end
        if not _free(s, e, blocked) or any(c.start <= s < c.end and RANK.get(c.loc.precision or "", 0) >= RANK[prec]
                                 for c in out):
            continue
        name = v.text(i + 1, j)
        loc = None
        if gaz is not None:
            place = gaz.resolve(f"{v.low[i]} {name}", country_hint=country_hint)
            if place is not None:
                loc = to_location(place, s, e, name=name)
        if loc is None:
            loc = Location(name=name, country=country_hint, precision=prec, start=s, end=e, source="sentence")
        out = [c for c in out if not (s <= c.start < e or c.start < s < c.end)]  # the same mention, typed
        out.append(Cand(s, e, loc))
        if v.low[i].rstrip(".") in STREETS and loc.lat is None:
            streets.add(s)
    if streets:
        # "Jalan Raya Narogong, Kecamatan Bantargebang": a street no gazetteer knows gives way to its area,
        # or, named alone ("memblokade Jalan Lintas Sumbawa"), to the place the story told before
        out = [c for c in out if c.start not in streets]
    for i in range(n - 1):
        if PLACE_TYPES.get(v.low[i]) == "admin":
            for k, c in enumerate(out):
                if c.start == v.toks[i + 1].start and c.loc.precision == "place" and c.loc.admin1 is None:
                    # "wilayah Tillaberi" abroad: the first-level region, not its town of one name
                    out[k] = Cand(c.start, c.end, replace(c.loc, precision="admin", admin1=c.loc.name), c.chain)
    _chain(out, v.sent.text, base, gaz)
    return [c for c in out if c.loc.precision is not None]  # a name of many places no address told


_LINK: Final = re.compile(r"\s*,\s*(?:(?:desa|kelurahan|kel\.|kecamatan|kec\.|kabupaten|kab\.|kota|provinsi|prov\.)\s+)?",
                   re.IGNORECASE)


def _chain(cands: list[Cand], text: str, base: int, gaz: Any = None) -> None:
    """Number each candidate's place in its address chain: an Indonesian address runs from the
    most specific place to the province, so the first of a chain is the event's place. Each place
    of a chain is read inside the one after it, from the end ("Desa Sukamaju, Kecamatan Cibadak,
    Kabupaten Sukabumi": the kecamatan of that kabupaten, then the desa of that kecamatan)."""
    cands.sort(key=lambda c: c.start)
    links = [bool(_LINK.fullmatch(text[a.end - base:b.start - base])) for a, b in pairwise(cands)]
    for k, linked in enumerate(links):
        if linked:
            cands[k + 1].chain = cands[k].chain + 1
    for k in range(len(links) - 1, -1, -1):
        if links[k]:
            a, b = cands[k], cands[k + 1]
            a.loc = _inside(a.loc, b.loc, _typed_name(text, a.start - base, a.end - base), gaz)


def _typed_name(text: str, s: int, e: int) -> str:
    """The name as written with the place-type word before it ("kecamatan Cibadak"), which the
    gazetteer reads as a restriction to that kind of place."""
    head = text[max(0, s - 12):s].rstrip().rsplit(None, 1)
    word = head[-1].lower() if head else ""
    return f"{word} {text[s:e]}" if word in _TYPE_PREFIXES else text[s:e]


_TYPE_PREFIXES: Final = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "kab.", "kec."})


def _inside(small: Location, area: Location, name: str, gaz: Any) -> Location:
    """``small`` read as lying inside ``area``, the place named after it. A landmark no gazetteer
    knows ("kawasan Patung Kuda, Jakarta Pusat") takes the area's province; a place resolved to a
    namesake elsewhere, or not at all ("Senayan, Jakarta", "Kecamatan Cibadak, Kabupaten
    Sukabumi"), becomes the namesake inside the area, else (resolved elsewhere) the area's own
    point under the name as written."""
    if not area.admin1 or small.country not in (None, area.country):
        return small
    far = _far_from(small, area)
    if small.admin1 == area.admin1 and small.lat is not None and not far:
        return small
    if gaz is not None:
        for p in gaz.lookup(name, villages=True):
            if _holds(area, p):
                return to_location(p, small.start, small.end, source=small.source or "sentence", name=small.name)
    if small.precision is None:
        return small  # a name of many places, none inside the area: no candidate
    if small.lat is None and not small.admin1:
        return replace(small, admin1=area.admin1, country=area.country or small.country)
    if small.admin1 and (small.admin1 != area.admin1 or far):
        return replace(small, admin1=area.admin1, lat=area.lat, lon=area.lon, precision=area.precision)
    return small


def _far_from(small: Location, area: Location) -> bool:
    """A place resolved to a namesake in the same province but too far from the area named after
    it to lie inside ("Kampung Cibuntu, Desa Sugihmukti": a Cibuntu 120 km off, in another
    regency). Only areas below the province, with points known: a village or a kecamatan within
    60 km, a regency's centre within 150 km."""
    if area.name == area.admin1 or None in (small.lat, small.lon, area.lat, area.lon):
        return False
    return km_between(small, area) > (150.0 if area.name.startswith(("Kabupaten", "Kab.")) else 60.0)


def _holds(area: Location, p: Any) -> bool:
    """Whether the gazetteer's place ``p`` lies in ``area`` (a province, kabupaten/kota or kecamatan)."""
    if p.country != area.country or p.admin1 != area.admin1 or p.name == area.name:
        return False
    if area.precision == "admin" and area.name == area.admin1:
        return True
    return area.name in (p.admin1, p.admin2) or p.note == f"Kecamatan {area.name}" \
        or bare_key(p.admin2) == bare_key(area.name)


def best(cands: list[Cand], pos: int) -> Cand | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (RANK.get(c.loc.precision or "", 0), -c.chain, -abs(c.start - pos)))
