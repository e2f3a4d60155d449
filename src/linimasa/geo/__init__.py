"""Gazetteer and geocoding: country/demonym lexicon, Indonesian regions, world cities.

Load once per process and pass the object to the stages that need it::

    gaz = load_gazetteer()                        # packaged tables, ~0.25 s CPU, ~50 MB
    gaz.lookup("Kab. Bogor")                      # every candidate, best first
    gaz.resolve("Sukajaya", admin_hint="Bogor")   # one place, or None when it cannot be told
    gaz.country_of("Korut")                       # "KP": country named by a modifier/demonym
    gaz.scan(text)                                # [(start, end, Place)] capitalised place names
    to_location(place, start, end, "sentence")    # -> linimasa.model.Location

Build: ``scripts/build_gazetteer.py`` (tables) and ``scripts/build_world_outline.py`` (map outlines).
"""

from __future__ import annotations

from linimasa.geo.gazetteer import Gazetteer, Place, load_gazetteer, read_gazetteer, world_outline_path
from linimasa.geo.locate import to_location

__all__ = ["Gazetteer", "Place", "load_gazetteer", "read_gazetteer", "to_location", "world_outline_path"]
