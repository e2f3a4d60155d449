"""Rebuild ``src/linimasa/resources/geo/world.geojson`` (country outlines for the offline web map).

Source: the npm package ``world-atlas`` (ISC licence, Mike Bostock; Natural Earth 1:110m admin-0
countries, public domain), which ships TopoJSON inside itself. Fetch it once with the ordinary npm
client, then run this script on the unpacked folder or on the ``.tgz``::

    cd /tmp && npm pack world-atlas            # writes world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py /tmp/world-atlas-2.0.2.tgz

The TopoJSON arcs are decoded here (delta-encoded, quantised integer arcs; see the TopoJSON
specification); each feature gets ``iso2`` (from its ISO 3166-1 numeric id via pycountry), ``iso3``
and ``name``. Coordinates are rounded to 3 decimals to keep the file small.
"""

from __future__ import annotations

import argparse
import json
import logging
import tarfile
from pathlib import Path
from typing import Any

import pycountry

LOG = logging.getLogger("build_world_outline")
OUT = Path(__file__).resolve().parent.parent / "src" / "linimasa" / "resources" / "geo" / "world.geojson"
MEMBER = "package/countries-110m.json"
# Natural Earth features without an ISO numeric id, named as they appear in the file.
NO_ID = {"Kosovo": ("XK", "XKX"), "N. Cyprus": ("CY", "CYP"), "Somaliland": ("SO", "SOM")}


def _read_topology(src: Path) -> dict[str, Any]:
    if src.is_dir():
        return json.loads((src / "countries-110m.json").read_text(encoding="utf-8"))
    with tarfile.open(src) as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"expected {MEMBER} inside {src}; got no such file: is this world-atlas?")
        return json.loads(member.read().decode("utf-8"))


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topo.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        points: list[tuple[float, float]] = []
        x = y = 0
        for pos in arc:
            if transform:
                x += pos[0]
                y += pos[1]
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
            else:
                points.append((round(pos[0], 3), round(pos[1], 3)))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(arc if not ring else arc[1:])
    return [[x, y] for x, y in ring]


def _geometry(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> dict[str, Any] | None:
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(r, arcs) for r in geom["arcs"]]}
    if geom["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[_ring(r, arcs) for r in p] for p in geom["arcs"]]}
    return None


def build(src: Path, out: Path = OUT) -> int:
    topo = _read_topology(src)
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        shape = _geometry(geom, arcs)
        if shape is None:
            continue
        name = geom.get("properties", {}).get("name", "")
        iso2 = iso3 = None
        if geom.get("id"):
            country = pycountry.countries.get(numeric=str(geom["id"]).zfill(3))
            if country is not None:
                iso2, iso3 = country.alpha_2, country.alpha_3
        if iso2 is None and name in NO_ID:
            iso2, iso3 = NO_ID[name]
        features.append({"type": "Feature", "properties": {"iso2": iso2, "iso3": iso3, "name": name},
                         "geometry": shape})
    out.parent.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection",
                  "source": "world-atlas 2.0.2 countries-110m (Natural Earth, ISC / public domain)",
                  "features": features}
    out.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    LOG.info("wrote %d countries to %s (%d bytes)", len(features), out, out.stat().st_size)
    return len(features)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="world-atlas .tgz from `npm pack world-atlas`, or its unpacked folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.source, args.out)


if __name__ == "__main__":
    main()
