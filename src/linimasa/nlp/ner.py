"""Named entities: a compact CRF model plus gazetteer rules (PER | ORG | LOC | NORP)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..model import Article, Entity, Mention, Sentence

log = logging.getLogger(__name__)


@dataclass
class NerResources:
    """Everything :func:`find_mentions` needs, loaded once by :func:`load_ner`."""

    tagger: Any = None
    gazetteer: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def load_ner(settings: Settings) -> NerResources:
    """Load the NER model and gazetteers once per process."""
    return NerResources()


def find_mentions(article: Article, sentences: list[Sentence], res: NerResources) -> tuple[list[Mention], list[Entity]]:
    """Mentions (offsets into ``article.text``) and the canonical entities they point to."""
    return [], []
