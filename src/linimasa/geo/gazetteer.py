"""The packaged gazetteer: countries, Indonesian regions, world cities and famous regions.

Load once per process with :func:`load_gazetteer` and pass the object to the stages that need it.
Lookups are case-, accent- and punctuation-insensitive (see :mod:`linimasa.geo.names`).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from linimasa.errors import ResourceError
from linimasa.geo.lexicon import DEMONYMS
from linimasa.geo.names import TOKEN_RE, bare_key, fold, key, split_prefix

LOG = logging.getLogger(__name__)
RESOURCE = "gazetteer.json.gz"
VERSION = 2

# Ranking tiers: higher first. Cities of 100k+ people outrank kecamatan; small towns do not.
TIER = {"country": 9, "admin1": 8, "region": 7, "admin2": 6, "bigcity": 5, "admin3": 4, "city": 3, "village": 1}
PRECISION = {"country": "country", "admin1": "admin", "region": "admin", "admin2": "admin", "admin3": "admin",
             "city": "place", "village": "admin"}
# Which prefix kinds (from names.PREFIXES) accept which features.
PREFIX_FEATURES = {"kota": {"admin2", "city"}, "kabupaten": {"admin2"}, "admin1": {"admin1"},
                   "admin3": {"admin3"}, "village": {"village"}, "country": {"country"},
                   "region": {"admin1", "region"}}
# Features whose country can be read off a modifier ("warga Papua", "tentara Moskow" -> ID, RU).
MODIFIER_FEATURES = {"country", "region", "admin1"}
# the heads of a facility named after the place it serves ("Pelabuhan Sorong", "Bandara Ternate")
FACILITY_HEADS = frozenset({"pelabuhan", "bandara", "stasiun", "terminal", "dermaga"})
# what may stand between the head and the town: "Bandara Internasional Port Sudan", "Pelabuhan Laut Sorong"
FACILITY_QUALIFIERS = frozenset({"internasional", "international", "udara", "laut", "besar", "utama", "kota"})
# A single word that is also a common word or a person's name is taken as a place only when it names
# one of these (countries, famous regions, provinces) or an Indonesian kabupaten/kota/big town.
STRONG_FEATURES = frozenset({"country", "region", "admin1"})
INDONESIAN_AREAS = frozenset({"admin2"})
# Separators allowed between the tokens of one multi-word name in running text.
GAP_RE = re.compile(r"[ \t\-‐‑–'’.]{1,3}")
# A capitalised word starting at a word boundary (Latin script, as Indonesian news is written);
# the capital comes first so that the scan tries the lookbehind only at capitals (2x faster).
CAP_RE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![^\W_][A-ZÀ-ÖØ-Þ])[^\W_]*")
SENTENCE_END = frozenset(".!?\n:;")
OPENERS = frozenset(" \t\"'“‘(«[")
DASHES = frozenset("-–—")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``country`` is ISO 3166-1 alpha-2; ``precision`` says how exactly
    ``lat``/``lon`` locate it: ``country`` (a country centroid), ``admin`` (an area's centre) or
    ``place`` (a town)."""

    id: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str  # country | admin1 | admin2 | admin3 | city | village | region
    population: int = 0
    precision: str = "place"
    admin2: str | None = None
    note: str | None = None
    capital: bool = False


FEATURES = ("country", "admin1", "admin2", "admin3", "city", "region")


def rank_key(feature: str, name: str, country: str | None, population: int) -> tuple[float, int, int]:
    """Sort key for candidates of one name (higher first): feature tier, in Indonesia, population."""
    tier = "bigcity" if feature == "city" and population >= 100_000 else feature
    bonus = 0.5 if feature == "admin2" and name.startswith("Kota") else 0.0
    return (TIER[tier] + bonus, int(country == "ID"), population)


def _opt(d: Any, st: list[str], col: str, i: int) -> str | None:
    """Column ``col`` of row ``i`` of the compiled tables: its string, or None when empty (-1)."""
    j = d[col][i]
    return None if j < 0 else st[j]


class Gazetteer:
    """Name -> places index with a fast scanner for running text.

    Built from the compiled tables; :class:`Place` objects are made on first use and cached, and
    the village table (83k names) is read only when a lookup first needs it.
    """

    def __init__(self, data: dict[str, Any], villages_path: Path | None = None) -> None:
        self._d = data
        self._strings: list[str] = data["strings"]
        self._cache: dict[int, Place] = {}
        self._capital = frozenset(data["capital"])
        self._index: dict[str, int | list[int]] = data["index"]
        self._iso = {c: i for i, (c, f) in enumerate(zip(data["country"], data["feature"])) if f == 0 and c}
        self._noscan = frozenset(data["noscan"])  # keys of places never found by scan (small towns)
        self._first: dict[str, int] = data["first"]  # first token -> most tokens of a scanned key
        self._first_of = _FirstLen(self._first)  # the same per capitalised word as written (0: none)
        self._acronyms = frozenset(data["acronyms"])
        self._villages_path = villages_path
        self._villages: dict[str, str] | None = None
        self.common: frozenset[str] = frozenset(data["common"])  # names that are also common words
        self.persons: frozenset[str] = frozenset(data["persons"])  # names more often given to people
        self.provinces: tuple[str, ...] = tuple(data["provinces"])
        self.sources: tuple[str, ...] = tuple(data["sources"])
        # lower-cased keys of every country name, short form and demonym ("rusia", "korut", "amerika")
        self.country_names: frozenset[str] = frozenset(data["country_keys"]) | {key(d) for d in DEMONYMS}
        # lower-cased keys of every form of an Indonesian province ("jawa barat", "jabar", "dki jakarta")
        self.province_names: frozenset[str] = frozenset(data["province_keys"])
        self._country_tokens = frozenset(t for k in self.country_names for t in k.split(" "))

    def __len__(self) -> int:
        return len(self._d["id"])

    def place(self, i: int) -> Place:
        """The place at row ``i`` of the compiled tables."""
        p = self._cache.get(i)
        if p is None:
            d, st = self._d, self._strings
            feature = FEATURES[d["feature"][i]]
            name = st[d["name"][i]]

            precision = "place" if feature == "admin2" and name.startswith("Kota") else PRECISION[feature]
            pid = d["id"][i]
            p = Place(id=f"geonames:{pid}" if isinstance(pid, int) else pid, name=name, country=d["country"][i], admin1=_opt(d, st, "admin1", i), lat=d["lat"][i],
                      lon=d["lon"][i], feature=feature, population=d["population"][i] or 0, precision=precision,
                      admin2=_opt(d, st, "admin2", i), note=_opt(d, st, "note", i), capital=i in self._capital)
            self._cache[i] = p
        return p

    def _ids(self, k: str) -> list[int]:
        ids = self._index.get(k)
        if ids is None:
            return []
        return [ids] if isinstance(ids, int) else ids

    # ------------------------------------------------------------------ villages
    def _village_places(self, k: str) -> list[Place]:
        if self._villages is None:
            self._villages = _read_villages(self._villages_path)
        packed = self._villages.get(k)
        if not packed:
            return []
        out = []
        for item in packed.split("|"):
            kec, code, name = item.split(":", 2)
            parent = self.place(int(kec))
            out.append(Place(id=f"{parent.id}.{code}", name=name, country="ID", admin1=parent.admin1,
                             lat=parent.lat, lon=parent.lon, feature="village", precision="admin",
                             admin2=parent.admin2, note=f"Kecamatan {parent.name}"))
        return out

    # ------------------------------------------------------------------- lookups
    def lookup(self, name: str, *, villages: bool | None = None) -> list[Place]:
        """All places called ``name``, best first (feature tier, then Indonesia, then population).

        "Kota"/"Kabupaten"/"Kab."/"Provinsi"/"Kecamatan"/"Desa" prefixes restrict the feature.
        Villages (desa/kelurahan) are included when ``villages`` is True, when the name has a
        village prefix, or (``villages=None``) when nothing else has that name.
        """
        k = key(name)
        if not k:
            return []
        kind, rest = split_prefix(k)
        found = [self.place(i) for i in self._ids(k)]
        if kind is not None and rest:
            allowed = PREFIX_FEATURES[kind]
            found += [p for p in (self.place(i) for i in self._ids(rest)) if p.feature in allowed and p not in found]
            if kind == "village":  # "Desa Sukamaju", and villages named with the word ("Kampung Melayu")
                found += self._village_places(rest) + self._village_places(k)
        elif villages or (villages is None and not found):
            found += self._village_places(k)
        return found

    def resolve(self, name: str, *, country_hint: str | None = None,
                admin_hint: str | Sequence[str] | None = None) -> Place | None:
        """The one place ``name`` most likely means, or None when it cannot be told.

        Candidates inside the hinted admin area(s) come first (``admin_hint``: a province,
        kabupaten/kota or kecamatan name, or several, e.g. the areas named elsewhere in the article),
        then those in the hinted country, then by rank (countries, admin areas, populous towns).
        A small place whose name recurs in several provinces (or countries) with no hint to choose
        between them gives None rather than a guess.
        """
        hints = [admin_hint] if isinstance(admin_hint, str) else list(admin_hint or ())
        cands = self.lookup(name, villages=True if hints else None)
        if not cands:
            words = name.split(None, 1)
            if len(words) == 2 and fold(words[0]) in FACILITY_HEADS:  # "Bandara internasional Port Sudan"
                rest = words[1].split(None, 1)
                if len(rest) == 2 and fold(rest[0]) in FACILITY_QUALIFIERS:
                    words = [words[0], rest[1]]
            if len(words) == 2 and fold(words[0]) in FACILITY_HEADS and words[1][:1].isupper():
                # "Pelabuhan Sorong", "Stasiun Gambir": a port or station named after its town lies in it
                return self.resolve(words[1], country_hint=country_hint, admin_hint=admin_hint)
            return None
        narrowed = False
        if hints:
            areas = self._areas(hints, country_hint)
            inside = [p for p in cands if bare_key(p.name) not in areas and _within(p, areas)]
            if inside:
                cands, narrowed = inside, True
        if country_hint:
            hinted = [p for p in cands if p.country == country_hint.upper()]
            if hinted:
                cands = hinted
        best = cands[0]
        if not narrowed and _weak(best) and any(_weak(p) and _where(p) != _where(best) for p in cands[1:]):
            return None  # "Sukamaju" names kecamatan and desa all over Indonesia: no guess without a hint
        return best

    def is_ambiguous(self, name: str) -> bool:
        """True when ``name``'s best candidate is a small place whose name recurs elsewhere."""
        cands = self.lookup(name)
        return bool(cands) and _weak(cands[0]) and any(_weak(p) and _where(p) != _where(cands[0]) for p in cands[1:])

    def _areas(self, hints: Sequence[str], country_hint: str | None) -> set[str]:
        """Bare keys of the hinted areas and of the official names they resolve to."""
        areas = set()
        for h in hints:
            areas.add(bare_key(h))
            for p in self.lookup(h)[:1]:
                if p.feature in {"admin1", "admin2", "admin3"} and (not country_hint or p.country == country_hint):
                    areas.add(bare_key(p.name))
        areas.discard("")
        return areas

    def country(self, name_or_code: str) -> Place | None:
        """The country named or coded (ISO2/ISO3, any known name or short form), else None."""
        text = name_or_code.strip()
        if len(text) == 2 and text.isalpha() and text.upper() in self._iso and text.isupper():
            return self.place(self._iso[text.upper()])
        for p in self.lookup(text):
            if p.feature == "country":
                return p
        return None

    def country_of(self, word: str) -> str | None:
        """ISO2 of a country named by ``word`` used as a modifier: a country name or short form, a
        demonym, a capital, a famous region or an Indonesian province ("tentara Armenia" -> "AM")."""
        cands = self.lookup(word)
        for p in cands[:3]:
            if p.feature in MODIFIER_FEATURES or p.capital:
                return p.country
        k = key(word)
        for demonym, iso in DEMONYMS.items():
            if key(demonym) == k:
                return iso
        return None

    def is_country_token(self, token: str) -> bool:
        """True if ``token`` is (one word of) a country name, short form or demonym."""
        return fold(token) in self._country_tokens

    # ---------------------------------------------------------------------- scan
    def scan(self, text: str) -> list[tuple[int, int, Place]]:
        """Longest capitalised place names in ``text`` as (start, end, best place), left to right.

        Single words that are also common lower-case Indonesian words ("Batu", "Baru") are kept only
        mid-sentence and only when they name a country, region, province, kabupaten/kota or big city.
        """
        out: list[tuple[int, int, Place]] = []
        index, noscan = self._index, self._noscan
        first_of = self._first_of.__getitem__
        pos = 0  # the end of the last name found: capitalised words before it are inside it
        for m in CAP_RE.finditer(text):
            maxlen = first_of(m.group())
            if not maxlen:
                continue
            s, e = m.span()
            if s < pos:
                continue
            spans = [(s, e)]
            while len(spans) < maxlen:
                g = GAP_RE.match(text, spans[-1][1])
                t = TOKEN_RE.match(text, g.end()) if g is not None else None
                if t is None:
                    break
                spans.append(t.span())
            matched = None
            folded = [fold(text[a:b]) for a, b in spans]
            while spans:
                last_s, last_e = spans[-1]
                if text[last_s].isupper() or text[last_s].isdigit():
                    name = " ".join(folded[:len(spans)])
                    ids = index.get(name)
                    if ids is not None and name not in noscan and self._accept(name, text, s, last_e, len(spans)):
                        matched = (s, last_e, self.place(ids if isinstance(ids, int) else ids[0]))
                        break
                spans.pop()
            if matched is not None:
                out.append(matched)
                pos = matched[1]
        return self._in_context(out, text) if any(_weak(p) for _, _, p in out) else out

    def _in_context(self, found: list[tuple[int, int, Place]], text: str) -> list[tuple[int, int, Place]]:
        """Re-pick small places whose name recurs across Indonesia using the areas named in the same text."""
        areas = {bare_key(p.name) for _, _, p in found if p.feature in {"admin1", "admin2"}}
        areas |= {bare_key(p.admin1) for _, _, p in found if p.feature == "admin2"}
        areas.discard("")
        out = []
        for s, e, p in found:
            if _weak(p) and areas and not _within(p, areas):
                better = next((c for c in self.lookup(text[s:e], villages=False) if _weak(c) and _within(c, areas)),
                              None)
                if better is not None:
                    p = better
            out.append((s, e, p))
        return out

    def _accept(self, k: str, text: str, start: int, end: int, n: int) -> bool:
        """Whether a scanned key at text[start:end] counts as a place name (n: its token count)."""
        if k in self._acronyms:
            return text[start:end].isupper()
        if end - start <= 4 and text[start:end].isupper():
            return False  # a short all-caps word that is no known acronym ("KAI", "SIM") is an acronym
        if n > 1:
            return True
        common, person = k in self.common, k in self.persons
        if not common and not person:
            return True
        best = self.place(self._ids(k)[0])
        strong = best.feature in STRONG_FEATURES or best.capital
        if person:
            return strong
        if strong or (best.country == "ID" and best.feature in INDONESIAN_AREAS):
            # "Medan", "Batu", "Padang" name a place mid-sentence; "Batu besar ..." opening a sentence does not
            return not _sentence_initial(text, start)
        return False


class _FirstLen(dict[str, int]):
    """Capitalised word as written -> the most tokens of a scanned name it opens, 0 when it
    opens none (bounded cache over the folded table)."""

    def __init__(self, first: dict[str, int]):
        super().__init__()
        self._first = first

    def __missing__(self, word: str) -> int:
        n = self._first.get(fold(word), 0)
        if len(self) < 100_000:
            self[word] = n
        return n


def _weak(p: Place) -> bool:
    """A small place: kecamatan, desa, or a town of under 100k people."""
    return p.feature in {"admin3", "village"} or (p.feature == "city" and p.population < 100_000)


def _where(p: Place) -> tuple[str | None, str | None]:
    return (p.country, p.admin1)


def _within(p: Place, areas: set[str]) -> bool:
    return (bare_key(p.admin1) in areas or bare_key(p.admin2) in areas
            or (p.note is not None and p.note.startswith("Kecamatan ") and bare_key(p.note) in areas))


def _sentence_initial(text: str, start: int) -> bool:
    """Whether text[start] opens a sentence, or the lead after a dateline's dash
    ("TEMPO.CO, Jakarta - Baku tembak ...", "SRINAGAR -- Pasukan ...")."""
    i = start - 1
    while i >= 0 and text[i] in OPENERS:
        i -= 1
    if i < 0 or text[i] in SENTENCE_END:
        return True
    return text[i] in DASHES and i < start - 1 and i > 0 and text[i - 1] in DASHES | {" "}


def _resource_path(name: str = RESOURCE) -> Path:
    return Path(str(resources.files("linimasa.resources").joinpath("geo").joinpath(name)))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with gzip.open(path, "rb") as fh:
            data: dict[str, Any] = json.loads(fh.read())
    except FileNotFoundError as exc:
        raise ResourceError(f"expected the compiled gazetteer at {path}; got no file. "
                            "Rebuild it with `python scripts/build_gazetteer.py`.") from exc
    except (OSError, ValueError) as exc:
        raise ResourceError(f"expected a gzip JSON gazetteer at {path}; got unreadable data ({exc}). "
                            "Rebuild it with `python scripts/build_gazetteer.py`.") from exc
    if data.get("version") != VERSION:
        raise ResourceError(f"expected gazetteer version {VERSION} at {path}; got {data.get('version')!r}. "
                            "Rebuild it with `python scripts/build_gazetteer.py`.")
    return data


def _read_villages(path: Path | None) -> dict[str, str]:
    if path is None or not path.exists():
        LOG.warning("no village table at %s: desa/kelurahan names will not be found", path)
        return {}
    villages: dict[str, str] = _read_json(path)["villages"]
    return villages


def read_gazetteer(path: Path) -> Gazetteer:
    """Load a compiled gazetteer file (not cached; use :func:`load_gazetteer` in the pipeline).
    The village table is read lazily from ``villages.json.gz`` next to it."""
    return Gazetteer(_read_json(path), villages_path=path.with_name("villages.json.gz"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return read_gazetteer(_resource_path())


def world_outline_path() -> Path:
    """Path of the packaged simplified world country outlines (GeoJSON, Natural Earth 1:110m)."""
    return Path(str(resources.files("linimasa.resources").joinpath("geo").joinpath("world.geojson")))
