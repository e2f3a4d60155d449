"""Fast decoding of stored events for the clustering pass.

``model.from_dict`` is generic (type hints walked per value); linking reads every stored
event on each run, so it decodes the JSON straight into the dataclasses here (~20x faster).
Keys the model does not know are ignored, as in ``from_dict``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from ..model import Event, Figure, Location, Participant

_EVENT = {f.name for f in dataclasses.fields(Event)}
_PART = {f.name for f in dataclasses.fields(Participant)}
_LOC = {f.name for f in dataclasses.fields(Location)}
_FIG = {f.name for f in dataclasses.fields(Figure)}
_NESTED = {"actors", "targets", "location", "figures"}


def _pick(d: dict[str, Any], names: set[str]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k in names}


def event_from_json(data: str, cluster_id: str | None = None) -> Event:
    d = json.loads(data)
    kw = {k: v for k, v in d.items() if k in _EVENT and k not in _NESTED}
    ev = Event(**kw)
    ev.actors = [Participant(**_pick(p, _PART)) for p in d.get("actors") or ()]
    ev.targets = [Participant(**_pick(p, _PART)) for p in d.get("targets") or ()]
    loc = d.get("location")
    ev.location = Location(**_pick(loc, _LOC)) if loc else None
    ev.figures = [Figure(**_pick(f, _FIG)) for f in d.get("figures") or ()]
    ev.cluster_id = cluster_id
    return ev


def load_events(records: Iterable[tuple[str, str | None]]) -> list[Event]:
    return [event_from_json(data, cid) for data, cid in records]
