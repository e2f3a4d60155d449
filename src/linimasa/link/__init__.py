"""Across articles. SCAFFOLD: replaced by the linking work."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Settings
from ..store.base import SQLStore


def update(store: SQLStore, new_ids: Sequence[str], settings: Settings) -> dict[str, int]:
    return {}
