"""Quality gate: compare an eval result with committed floors (floors only go up)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EvalError


def lookup(result: dict[str, Any], dotted: str) -> Any:
    cur: Any = result
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def check(result: dict[str, Any], floors_path: Path, section: str) -> list[str]:
    """Every ``metric: floor`` of ``floors[section]`` that the result misses, as text."""
    try:
        floors = json.loads(Path(floors_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"floors file {floors_path}: expected JSON, got {exc}") from exc
    failures = []
    for metric, floor in floors.get(section, {}).items():
        got = lookup(result, metric)
        if not isinstance(got, (int, float)):
            failures.append(f"{section}.{metric}: missing from the result (floor {floor})")
        elif got + 1e-9 < floor:
            failures.append(f"{section}.{metric} = {got:.4f} < floor {floor}")
    return failures
