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
