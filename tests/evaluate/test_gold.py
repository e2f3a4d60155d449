from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.errors import EvalError
from linimasa.evaluate.gold import load_gold


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "expected a readable JSON file"),
        ("[1, 2]", "non-empty 'docs' map"),
        ('{"docs": {}}', "non-empty 'docs' map"),
    ],
)
def test_bad_gold_files_get_one_clear_error(tmp_path: Path, content: str, needle: str) -> None:
    p = tmp_path / "gold.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=needle):
        load_gold(p)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="expected a readable JSON file"):
        load_gold(tmp_path / "nope.json")


def test_good_gold_is_returned_whole(tmp_path: Path) -> None:
    p = tmp_path / "gold.json"
    p.write_text('{"docs": {"a.txt": {"events": []}}, "passages": []}', encoding="utf-8")
    assert load_gold(p)["passages"] == []
