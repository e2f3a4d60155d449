"""Turn gazetteer places into the document model's :class:`~linimasa.model.Location`."""

from __future__ import annotations

import math

from linimasa.geo.gazetteer import Place
from linimasa.model import Location


def to_location(place: Place, start: int | None = None, end: int | None = None,
                source: str | None = None) -> Location:
    """A :class:`Location` for ``place``; ``start``/``end`` are offsets of the mention in ``Article.text``
    and ``source`` says where it was found (sentence | context | dateline | article)."""
    return Location(name=place.name, country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                    precision=place.precision, start=start, end=end, source=source)


def km_between(a: Location, b: Location) -> float:
    """Great-circle distance in km between two located places (a missing coordinate counts as 0)."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
