"""Indonesian language layer. SCAFFOLD: replaced by the language-layer work."""

from __future__ import annotations

from typing import Any

from ..config import Settings
from ..model import Article


def load_resources(settings: Settings) -> Any:
    return None


def annotate(article: Article, res: Any) -> Article:
    return article
