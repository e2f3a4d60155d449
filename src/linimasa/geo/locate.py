"""Turn gazetteer places into the document model's :class:`~linimasa.model.Location`."""

from __future__ import annotations

from linimasa.geo.gazetteer import Place
from linimasa.model import Location


def to_location(place: Place, start: int | None = None, end: int | None = None,
                source: str | None = None) -> Location:
    """A :class:`Location` for ``place``; ``start``/``end`` are offsets of the mention in ``Article.text``
    and ``source`` says where it was found (sentence | context | dateline | article)."""
    return Location(name=place.name, country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                    precision=place.precision, start=start, end=end, source=source)
