"""Storage behind one interface: ``open_store(url)`` picks the backend from ``--db``."""

from __future__ import annotations

from .base import SQLStore, Store

__all__ = ["SQLStore", "Store", "open_store"]


def open_store(db: str) -> SQLStore:
    """``path/to/file.db``, ``sqlite:///path``, ``:memory:`` -> SQLite;
    ``postgresql://user@host/db`` -> PostgreSQL."""
    from ..errors import UnsupportedDatabaseError

    if db.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(db)
    if db.startswith("sqlite:///"):
        db = db[len("sqlite:///"):]
    elif "://" in db:
        scheme = db.split("://", 1)[0]
        raise UnsupportedDatabaseError(
            f"--db {db!r}: no backend for scheme {scheme!r}; use a file path, sqlite:///PATH or postgresql://USER@HOST/DB"
        )
    from .sqlite import SQLiteStore

    return SQLiteStore(db)
