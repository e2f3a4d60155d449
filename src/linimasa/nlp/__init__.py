"""Indonesian language layer: sentences and tokens, quantities, time expressions,
named entities and quotes, each with character offsets into ``Article.text``.

:func:`load_resources` loads everything once per process; :func:`annotate` is a pure
function of (Article, NLPResources) that fills the article's language-layer lists in
order: sentences/tokens -> quantities -> time expressions (relative to
``article.published``) -> mentions/entities -> quotes.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..model import Article
from .numbers import find_quantities
from .sentences import split_sentences, split_words
from .timex import find_timexes

__all__ = ["NLPResources", "annotate", "find_quantities", "find_timexes", "load_resources", "split_sentences",
           "split_words"]

log = logging.getLogger(__name__)


@dataclass
class NLPResources:
    """What the language layer loads once: the NER model and its gazetteers (``ner``).
    Sentence, number and time patterns are compiled at import time and need nothing."""

    settings: Settings
    ner: Any = None


def load_resources(settings: Settings) -> NLPResources:
    from .ner import load_ner

    return NLPResources(settings=settings, ner=load_ner(settings))


def annotate(article: Article, res: NLPResources) -> Article:
    """A copy of ``article`` with sentences, quantities, timexes, mentions, entities and
    quotes filled."""
    from .ner import find_mentions
    from .quotes import find_quotes

    text = article.text
    sentences, words = split_words(text)
    quantities = find_quantities(text, sentences, words)
    timexes = find_timexes(text, article.published, sentences, words)
    art = dataclasses.replace(article, sentences=sentences, quantities=quantities, timexes=timexes)
    mentions, entities = find_mentions(art, sentences, res.ner, words)
    art.mentions, art.entities = mentions, entities
    art.quotes = find_quotes(art, sentences, mentions, entities)
    return art
