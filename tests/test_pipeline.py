"""The batch guard: one page that breaks a stage never kills a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa import nlp
from linimasa.config import load_settings
from linimasa.run.local import execute
from linimasa.store.sqlite import SQLiteStore

PAGE = (
    "JAKARTA, Kompas.com - Polisi menangkap tiga orang terduga pelaku pencurian di Jakarta Timur "
    "pada Senin (10/3/2025). Kapolres mengatakan para pelaku kini ditahan untuk pemeriksaan lebih lanjut.\n\n"
    "Menurut polisi, barang bukti berupa dua sepeda motor turut diamankan dari lokasi kejadian.\n"
)


def test_a_stage_crash_is_recorded_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(PAGE.replace("tiga", "empat"), encoding="utf-8")
    real = nlp.annotate

    def flaky(article, res):  # type: ignore[no-untyped-def]
        if "empat" in article.text:
            raise ValueError("year -1 is out of range")
        return real(article, res)

    monkeypatch.setattr(nlp, "annotate", flaky)
    store = SQLiteStore(tmp_path / "db.sqlite")
    try:
        run = execute(store, [str(tmp_path / "in")], load_settings())
        arts = {a.source.rsplit("/", 1)[-1]: a for a in store.iter_articles()}
    finally:
        store.close()
    assert run.counts["new"] == 2 and run.counts["skipped"] == 1
    assert arts["a.txt"].status == "ok" and arts["a.txt"].events
    assert arts["b.txt"].status == "skipped"
    assert arts["b.txt"].skip_reason == "nlp stage failed: ValueError: year -1 is out of range"
    assert [s.stage for s in run.skips] == ["nlp"]
