"""Wires the per-article stages together: clean -> language layer -> events.

Knows nothing of storage or Dask. Resources (lexicons, models, gazetteer) are loaded once
by :func:`load_resources` and passed to every stage; :func:`process` is a pure function of
(RawDocument, Resources) that the local and the Dask executors both call.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .config import Settings
from .model import Article, RawDocument, Skip

log = logging.getLogger(__name__)

STAGES = ("clean", "nlp", "events")


@dataclass
class Resources:
    settings: Settings
    clean: Any
    nlp: Any = None
    events: Any = None


def load_resources(settings: Settings, stages: tuple[str, ...] = STAGES) -> Resources:
    """Load what the named stages need, once per process."""
    from . import clean

    res = Resources(settings=settings, clean=clean.load_resources(settings))
    if "nlp" in stages or "events" in stages:
        from . import nlp

        res.nlp = nlp.load_resources(settings)
    if "events" in stages:
        from . import events

        res.events = events.load_resources(settings, res.nlp)
    return res


def process(raw: RawDocument, res: Resources) -> Article | Skip:
    """One page through every loaded stage. A page that cannot become an article comes
    back as a :class:`Skip` with its reason; a non-Indonesian article comes back with
    ``status='skipped'`` and is stored, but not analysed further."""
    from . import clean

    art = clean.clean_document(raw, res.clean)
    if isinstance(art, Skip) or art.status != "ok":
        return art
    return analyse(art, res)


def analyse(art: Article, res: Resources) -> Article:
    """The Indonesian stages on an already cleaned article."""
    if res.nlp is not None:
        from . import nlp

        art = nlp.annotate(art, res.nlp)
    if res.events is not None:
        from . import events

        art.events = events.extract(art, res.events)
    return art
