"""Direct and indirect quotes and their speakers."""

from __future__ import annotations

from ..model import Article, Entity, Mention, Quote, Sentence


def find_quotes(article: Article, sentences: list[Sentence], mentions: list[Mention],
                entities: list[Entity]) -> list[Quote]:
    """Quotes with ids ``f"{article.id}-q{n}"``, speakers linked to entities."""
    return []
