"""Gazetteer and geocoding: country/demonym lexicon, Indonesian regions, world cities.

>>> gaz = load_gazetteer()
>>> gaz.resolve("Korut").country
'KP'
"""

from __future__ import annotations

from linimasa.geo.gazetteer import Gazetteer, Place, load_gazetteer, read_gazetteer, world_outline_path
from linimasa.geo.locate import to_location

__all__ = ["Gazetteer", "Place", "load_gazetteer", "read_gazetteer", "to_location", "world_outline_path"]
