from __future__ import annotations

import csv
import io
import json

import pytest

from linimasa.events.export import ACLED_COLUMNS, write_acled, write_geojson
from linimasa.model import Event, Figure, Location, Participant


def _event(**kw) -> Event:  # type: ignore[no-untyped-def]
    base = {"id": "a-e0", "article_id": "a", "type": "ASSAULT", "sentence": "Tentara menembak warga.",
                "sentence_start": 0, "sentence_end": 23, "trigger": "menembak", "trigger_start": 8, "trigger_end": 16,
                "mode": "firearms", "acled_event_type": "Violence against civilians", "acled_sub_event_type": "Attack",
                "actors": [Participant("Tentara Myanmar", country="MM", sector="military")],
                "targets": [Participant("warga", sector="civilian")],
                "location": Location("Sagaing", country="MM", admin1="Sagaing", lat=22.0, lon=95.9, precision="admin"),
                "date_start": "2024-03-01", "date_end": "2024-03-01", "date_precision": "day", "fatalities": 3,
                "figures": [Figure("fatalities", 3, raw="3 warga tewas")], "claimed_by": "Irrawaddy"}
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_acled_csv_columns_and_rows() -> None:
    out = io.StringIO()
    n = write_acled([_event(), _event(id="a-e1", negated=True), _event(id="a-e2", acled_event_type=None)], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == 1 and len(rows) == 1
    assert list(rows[0]) == ACLED_COLUMNS
    r = rows[0]
    assert (r["event_type"], r["sub_event_type"], r["inter1"], r["inter2"], r["interaction"]) == (
        "Violence against civilians", "Attack", "1", "7", "17")
    assert (r["event_date"], r["year"], r["time_precision"], r["geo_precision"]) == ("2024-03-01", "2024", "1", "2")
    assert (r["iso"], r["country"], r["fatalities"], r["source"]) == ("MM", "Myanmar", "3", "Irrawaddy")
    assert r["civilian_targeting"] == "Civilian targeting"


def test_geojson_is_valid_feature_collection() -> None:
    out = io.StringIO()
    n = write_geojson([_event(), _event(id="a-e1", location=None)], out)
    data = json.loads(out.getvalue())
    assert n == 1 and data["type"] == "FeatureCollection"
    (feat,) = data["features"]
    assert feat["type"] == "Feature" and feat["geometry"] == {"type": "Point", "coordinates": [95.9, 22.0]}
    assert feat["properties"]["id"] == "a-e0" and feat["properties"]["fatalities"] == 3


@pytest.mark.parametrize("fmt", ["acled", "geojson"])
def test_formats_registered(fmt: str) -> None:
    from linimasa import export

    export._load_plugins()
    assert ("events", fmt) in export.WRITERS
