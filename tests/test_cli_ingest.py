"""`linimasa ingest` through the CLI: one-line skips, exit codes, idempotence, no data loss."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linimasa.cli import app

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
runner = CliRunner()


def _ingest(db: Path, *paths: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db)])
    return result.exit_code, result.output


def _export(db: Path) -> list[dict]:
    result = runner.invoke(app, ["export", "articles", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_ingest_with_bad_inputs_reports_one_line_each(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PAGES / "liputan6_gempa.txt", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"%PDF-1.7 \x00\x01")
    (src / "lines.jsonl").write_text('{"text": "Polisi menangkap\n', encoding="utf-8")
    code, out = _ingest(tmp_path / "a.db", src, tmp_path / "missing.txt")
    assert code == 0, out
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary file"), ("lines.jsonl:1", "invalid JSON"),
                         ("missing.txt", "no such file")]:
        lines = [ln for ln in out.splitlines() if name in ln and reason in ln]
        assert lines, f"no one-line message for {name}: {out}"
    assert "Traceback" not in out
    arts = _export(tmp_path / "a.db")
    assert [a["outlet"] for a in arts] == ["Liputan6.com"]


def test_nothing_ingested_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out = _ingest(tmp_path / "b.db", tmp_path / "empty.txt", tmp_path / "nope.txt")
    assert code != 0
    assert "nothing could be ingested" in out and "Traceback" not in out


def test_ingest_is_idempotent_and_keeps_earlier_data(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    code, _ = _ingest(db, PAGES / "okezone_kebakaran.txt")
    assert code == 0
    first = _export(db)
    code, _ = _ingest(db, PAGES)
    assert code == 0
    second = _export(db)
    assert {a["id"] for a in first} <= {a["id"] for a in second}
    code, out = _ingest(db, PAGES)
    assert code == 0 and "new 0" in out
    third = _export(db)
    assert third == second
    assert len({a["id"] for a in third}) == len(third)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="examples/corpus missing")
def test_example_corpus(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    code, out = _ingest(db, CORPUS)
    assert code == 0, out
    arts = {Path(a["source"]).name: a for a in _export(db)}
    assert "README.md" not in arts
    assert "11_beranda_tanpa_isi.txt" not in arts and "boilerplate only" in out
    en = arts["10_jakartaglobe_myanmar_en.txt"]
    assert en["language"] == "en"
    ok = [a for a in arts.values() if a["language"] == "id"]
    assert len(ok) >= 11
    assert all(a["outlet"] and a["published"] and a["text"] for a in ok)
