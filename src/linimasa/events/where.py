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
from typing import Any

from ..model import Location
from .context import SentView
from .words import PLACE_TYPES, STREETS

RANK = {"place": 3, "admin": 2, "country": 1}
# an administrative word ends the name before it: "Desa Banaran Kecamatan Pulung Kabupaten Ponorogo"
_ADMIN_WORDS = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "provinsi", "kec.", "kab.", "prov."})


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
        if i + 1 >= n or not v.toks[i + 1].text[:1].isupper():
            continue
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
        out = [c for c in out if not (s <= c.start < e)]
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
    _chain(out, v.sent.text, base)
    return out


_LINK = re.compile(r"\s*,\s*(?:(?:desa|kelurahan|kel\.|kecamatan|kec\.|kabupaten|kab\.|kota|provinsi|prov\.)\s+)?",
                   re.IGNORECASE)


def _chain(cands: list[Cand], text: str, base: int) -> None:
    """Number each candidate's place in its address chain: an Indonesian address runs from the
    most specific place to the province, so the first of a chain is the event's place."""
    cands.sort(key=lambda c: c.start)
    for a, b in pairwise(cands):
        if _LINK.fullmatch(text[a.end - base:b.start - base]):
            b.chain = a.chain + 1
            if a.loc.lat is None and not a.loc.admin1 and b.loc.admin1:
                # "kawasan Patung Kuda, Jakarta Pusat": a landmark no gazetteer knows lies in the place after it
                a.loc = replace(a.loc, admin1=b.loc.admin1, country=b.loc.country or a.loc.country)




def best(cands: list[Cand], pos: int) -> Cand | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (RANK.get(c.loc.precision or "", 0), -c.chain, -abs(c.start - pos)))
