"""Boilerplate removal and metadata. SCAFFOLD: replaced by the cleaning work."""

from __future__ import annotations

from typing import Any

from ..config import Settings
from ..model import Article, RawDocument, Skip, article_id_for, raw_hash


def load_resources(settings: Settings) -> Any:
    return settings


def clean_document(raw: RawDocument, res: Any) -> Article | Skip:
    text = raw.text or ""
    if not text.strip():
        return Skip(source=raw.source, reason="empty")
    h = raw_hash(raw)
    return Article(id=article_id_for(h), source=raw.source, text=text.strip(), content_hash=h, language="id")
