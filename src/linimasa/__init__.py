"""linimasa: a sourced, deduplicated, geolocated timeline of events from Indonesian news."""

from pathlib import Path as _Path

from . import _native
from ._native import NativeStatus, native_status

__version__ = "0.1.0"
__all__ = ["NativeStatus", "native_status"]

# Compiled (mypyc) or pure Python, decided before any other linimasa module is imported.
_native.decide(_Path(__file__).resolve().parent)
