"""Event extraction: who did what to whom, where, when, with how many casualties, who says so.

``load_resources(settings, nlp_resources)`` builds everything once (trigger lexicon from
roots by morphology, country names, the gazetteer); ``extract(article, res)`` is a pure
function of the annotated article. Modules, one concern each: :mod:`.lexicon` (roots ->
surface forms), :mod:`.triggers` (detection, sense rules, licensing), :mod:`.roles`
(participants, actors/targets), :mod:`.casualties`, :mod:`.attribution`, :mod:`.factuality`,
:mod:`.when`, :mod:`.where`, :mod:`.acled`, :mod:`.extraction` (orchestration), :mod:`.export`
(ACLED CSV and GeoJSON writers).

Convention: ``Event.type`` is the PLOVER type; accidents and disasters are not PLOVER events
and get ``type = kind = "DISASTER"`` with the hazard as ``mode``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from ..config import Settings
from ..errors import ResourceError
from ..model import Article, Event, Quantity, Sentence
from .lexicon import Form, Sense, build_lexicon, build_multi

log = logging.getLogger(__name__)
_WORD: Final = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass
class EventResources:
    lexicon: dict[str, Form]
    multi: dict[tuple[str, ...], Sense | None]
    max_multi: int
    countries: dict[tuple[str, ...], str]
    country_names: dict[str, str]
    country_words: dict[str, str]
    gaz: Any = None
    split: Callable[[str], list[Sentence]] = field(default=lambda text: [])
    quantities: Callable[[str, list[Sentence]], list[Quantity]] = field(default=lambda text, s: [])
    resolved: dict[str, Any] = field(default_factory=dict)  # name -> the gazetteer's place for it, no hint


def _country_tables() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    names: dict[str, str] = {}
    table: dict[tuple[str, ...], str] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            for nm in {c.name, getattr(c, "common_name", c.name)}:
                key = tuple(w.lower() for w in _WORD.findall(nm))
                if key:
                    table.setdefault(key, c.alpha_2)
            names.setdefault(c.alpha_2, getattr(c, "common_name", c.name))
    except ImportError:  # pycountry is a dependency; without it only the news forms are known
        log.warning("pycountry missing: country names limited to the news lexicon")
    try:
        from ..geo.lexicon import COUNTRY_ALIASES
    except ImportError:
        COUNTRY_ALIASES = {}
    for code, aliases in COUNTRY_ALIASES.items():
        for i, nm in enumerate(aliases):
            key = tuple(w.lower() for w in _WORD.findall(nm))
            if not key or (len(nm) <= 3 and nm.isupper()):
                continue
            table[key] = code
            if i == 0:
                names[code] = nm
    return table, names


def _gazetteer() -> Any:
    try:
        from ..geo.gazetteer import load_gazetteer
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except ResourceError as exc:
        log.warning("events: no gazetteer (%s); places fall back to country names", exc)
        return None


def load_resources(settings: Settings, nlp: Any = None, *, gazetteer: bool = True) -> EventResources:
    """Everything :func:`extract` needs, built once per process (``gazetteer=False``: places
    fall back to country names, for tests that must not depend on the packaged data)."""
    lexicon = build_lexicon()
    multi = build_multi()
    countries, names = _country_tables()
    words = {" ".join(w.capitalize() for w in k): code for k, code in countries.items() if len(k[0]) > 3}
    res = EventResources(lexicon=lexicon, multi=multi, max_multi=max(len(k) for k in multi),
                         countries=countries, country_names=names, country_words=words,
                         gaz=_gazetteer() if gazetteer else None)
    try:
        from ..nlp.sentences import split_sentences

        res.split = split_sentences
    except ImportError:
        pass
    try:
        from ..nlp.numbers import find_quantities

        res.quantities = find_quantities
    except ImportError:
        pass
    return res


def extract(article: Article, res: EventResources) -> list[Event]:
    """Every event of one annotated article, ids ``f"{article.id}-e{n}"``."""
    from .extraction import extract as _extract

    return _extract(article, res)
