"""The thin CLI: library errors become one line on stderr with a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linimasa.cli import app

runner = CliRunner()


def test_stats_on_a_fresh_database_is_empty_json(tmp_path: Path) -> None:
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["articles"] == 0 and data["events"] == 0


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["export", "nonsense"], "no export of 'nonsense'"),
        (["export", "articles", "--format", "xml"], "no export of 'articles' as 'xml'"),
        (["stats", "--db", "mysql://u@h/db"], "no backend for scheme 'mysql'"),
    ],
)
def test_errors_are_one_line(tmp_path: Path, args: list[str], needle: str) -> None:
    if "--db" not in args:
        args = [*args, "--db", str(tmp_path / "x.db")]
    res = runner.invoke(app, args)
    assert res.exit_code == 1
    err = res.stderr.strip()
    assert needle in err
    assert len(err.splitlines()) == 1 and "Traceback" not in res.output


def test_unknown_executor_is_rejected(tmp_path: Path) -> None:
    res = runner.invoke(app, ["run", str(tmp_path), "--executor", "spark", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2
    assert "expected 'local' or 'dask'" in res.stderr


def test_config_file_overrides_only_its_keys(tmp_path: Path) -> None:
    from linimasa.config import Settings, load_settings
    from linimasa.errors import LinimasaError

    cfg = tmp_path / "c.toml"
    cfg.write_text("min_body_chars = 10\n", encoding="utf-8")
    s = load_settings(cfg)
    assert s.min_body_chars == 10 and s.max_file_bytes == Settings().max_file_bytes
    cfg.write_text("no_such_key = 1\n", encoding="utf-8")
    with pytest.raises(LinimasaError, match="unknown keys"):
        load_settings(cfg)
