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


def process(raw: RawDocument, res: Resources, *, content_hash: str | None = None) -> Article | Skip:
    """One page through every loaded stage. A page that cannot become an article comes
    back as a :class:`Skip` with its reason; a non-Indonesian article comes back with
    ``status='skipped'`` and is stored, but not analysed further.

    One bad page never kills a batch: an unexpected failure inside a stage is logged and
    turned into data -- a Skip for the cleaning stage, and for the analysis stages the
    cleaned article stored with ``status='skipped'`` and the stage and error as its reason
    (a rerun after a fix re-analyses nothing stored, so the reason stays visible).
    ``content_hash``: :func:`~linimasa.model.raw_hash` of ``raw``, when the caller has it."""
    from . import clean

    try:
        art = clean.clean_document(raw, res.clean, content_hash=content_hash)
    except Exception as exc:
        log.exception("clean stage failed on %s", raw.source)
        return Skip(source=raw.source, reason=f"clean stage failed: {type(exc).__name__}: {exc}", stage="clean")
    if isinstance(art, Skip) or art.status != "ok":
        return art
    return analyse(art, res)


def analyse(art: Article, res: Resources) -> Article:
    """The Indonesian stages on an already cleaned article."""
    stage = "nlp"
    try:
        if res.nlp is not None:
            from . import nlp

            art = nlp.annotate(art, res.nlp)
        stage = "events"
        if res.events is not None:
            from . import events

            art.events = events.extract(art, res.events)
    except Exception as exc:
        log.exception("%s stage failed on article %s (%s)", stage, art.id, art.source)
        art.status = "skipped"
        art.skip_reason = f"{stage} stage failed: {type(exc).__name__}: {exc}"
        for name in ("sentences", "quantities", "timexes", "mentions", "entities", "quotes", "events"):
            setattr(art, name, [])
    return art
