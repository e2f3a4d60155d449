"""``eval timex``: TimeML reading and the scores, on small files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linimasa.config import load_settings
from linimasa.errors import EvalError
from linimasa.evaluate.timex import evaluate_timex, read_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2020-11-25" functionInDocument="CREATION_TIME">Rabu, 25 November 2020</TIMEX3></DCT>
<TEXT>
JAKARTA &amp; sekitarnya - Banjir merendam desa <TIMEX3 tid="t1" type="DATE" value="2020-11-24">Selasa (24/11/2020)</TIMEX3>. Air surut <TIMEX3 tid="t2" type="DURATION" value="P2D">dua hari</TIMEX3> kemudian kata warga <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">saat ini</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_timeml_offsets(tmp_path: Path) -> None:
    f = tmp_path / "a.tml"
    f.write_text(DOC, encoding="utf-8")
    text, dct, gold = read_timeml(f)
    assert dct == "2020-11-25"
    assert "JAKARTA & sekitarnya" in text
    assert [text[g.start:g.end] for g in gold] == ["Selasa (24/11/2020)", "dua hari", "saat ini"]
    assert [g.value for g in gold] == ["2020-11-24", "P2D", "PRESENT_REF"]


def test_scores(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    r = evaluate_timex(tmp_path, load_settings())
    # "dua hari kemudian" is found whole (a date), gold has "dua hari" (a duration):
    # an overlap match with another value, not an exact one
    assert r["counts"] == {"files": 1, "gold": 3, "predicted": 3, "exact": 2, "overlap": 3, "value_correct": 2}
    assert r["recognition_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["recognition_f1_overlap"] == 1.0
    assert r["normalisation_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["misses"][0]["gold"] == "dua hari"
    json.dumps(r)


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="expected .tml"):
        evaluate_timex(tmp_path, load_settings())


def test_shared_gold_meets_floors(shared_dir: Path) -> None:
    gold = shared_dir / "data" / "time" / "indotimex_gold"
    if not gold.is_dir():
        pytest.skip(f"{gold} not present")
    floors = json.loads((Path(__file__).resolve().parents[2] / "eval" / "floors.json").read_text())["timex"]
    r = evaluate_timex(gold, load_settings())
    for metric, floor in floors.items():
        assert r[metric] >= floor, metric
