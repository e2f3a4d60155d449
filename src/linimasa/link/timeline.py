"""Timeline table. SCAFFOLD: replaced by the linking work."""

from __future__ import annotations

from typing import Any


def render_timeline(store: Any, **filters: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table("date", "type", "summary")
    for c in store.clusters(limit=filters.get("limit")):
        t.add_row(c.date_start or "?", c.type, c.summary)
    Console(width=200).print(t)
