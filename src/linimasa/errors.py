"""The whole exception tree of linimasa, in one place.

Messages say what was expected, what was got, and what to do. The CLI and the API turn
any :class:`LinimasaError` into a one-line message (CLI) or the one JSON error shape (API).
"""

from __future__ import annotations


class LinimasaError(Exception):
    """Base class: every error linimasa raises on purpose."""


class InputError(LinimasaError):
    """An input could not be read as a news page (binary, empty, unreadable, broken)."""


class UnreadablePathError(InputError):
    """A path given on the command line does not exist or cannot be opened."""


class NothingIngestedError(InputError):
    """A run found no article that could be stored."""


class StoreError(LinimasaError):
    """The database could not be opened, migrated or written."""


class UnsupportedDatabaseError(StoreError):
    """``--db`` named a scheme linimasa has no backend for."""


class ResourceError(LinimasaError):
    """A packaged resource (model file, lexicon, gazetteer) is missing or corrupt."""


class EvalError(LinimasaError):
    """Gold data for an evaluation is missing or malformed."""


class ExportError(LinimasaError):
    """An export was asked for in a format or of a kind that does not exist."""
