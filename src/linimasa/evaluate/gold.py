"""Reading a gold file (the shape of ``../shared/gold/seeds.json``), shared by the scorers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EvalError


def load_gold(gold: Path) -> dict[str, Any]:
    """The whole gold object; it must hold a non-empty ``docs`` map keyed by file name."""
    try:
        data = json.loads(Path(gold).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"gold file {gold}: expected a readable JSON file, got {exc}") from exc
    docs = data.get("docs") if isinstance(data, dict) else None
    if not isinstance(docs, dict) or not docs:
        raise EvalError(
            f"gold file {gold}: expected an object with a non-empty 'docs' map keyed by file name "
            "(see ../shared/gold/seeds.json or tests/fixtures/events/gold.json)"
        )
    return data
