"""linimasa: a sourced, deduplicated, geolocated timeline of events from Indonesian news."""

__version__ = "0.1.0"
