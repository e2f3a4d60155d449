"""Event extraction. SCAFFOLD: replaced by the events work."""

from __future__ import annotations

from typing import Any

from ..config import Settings
from ..model import Article, Event


def load_resources(settings: Settings, nlp: Any) -> Any:
    return None


def extract(article: Article, res: Any) -> list[Event]:
    return []
