"""The packaged world outlines used by the offline web map."""

from __future__ import annotations

import json

from linimasa.geo import world_outline_path


def test_world_outline_is_small_geojson_with_iso_codes() -> None:
    path = world_outline_path()
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    codes = {f["properties"]["iso2"] for f in data["features"]}
    assert {"ID", "RU", "US", "AZ", "AM", "PS"} <= codes
    for feat in data["features"]:
        assert feat["geometry"]["type"] in {"Polygon", "MultiPolygon"}
        ring = (feat["geometry"]["coordinates"][0] if feat["geometry"]["type"] == "Polygon"
                else feat["geometry"]["coordinates"][0][0])
        assert ring[0] == ring[-1]
        assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
