"""SQLite backend: the embedded default. WAL mode, one transaction per batch, FTS5 search."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import COMMON_DDL_V1, COMMON_DDL_V2, ArticleRows, SQLStore

# Indonesian-aware search: unicode61 folds case and diacritics, keeps hyphenated words
# ("Bandar-Lampung") searchable as a phrase; the "ber-/me-/di-" forms are matched by
# prefix queries that search() builds for every plain word.
_FTS_DDL = [
    (
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
        "article_id UNINDEXED, title, text, tokenize = \"unicode61 remove_diacritics 2\")"
    ),
]


class SQLiteStore(SQLStore):
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        super().__init__()

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            for attempt in range(50):  # switching to WAL needs a moment alone with a new file
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    break
                except sqlite3.OperationalError:
                    if attempt == 49:
                        raise
                    time.sleep(0.1)
            conn.execute("PRAGMA synchronous=NORMAL")
            # checkpoint the WAL every ~40 MB instead of every 4 MB: a batch of 200 articles writes
            # ~4 MB, and each checkpoint copies its pages into the database and syncs (sys CPU
            # of a write 0.10 -> 0.05 ms/article); the WAL is cut back to 64 MB at most after one
            conn.execute("PRAGMA wal_autocheckpoint=10000")
            conn.execute("PRAGMA journal_size_limit=67108864")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database {self.path!r}: {exc}; check the path and permissions") from exc
        return conn

    def _migrations(self) -> list[list[str]]:
        return [COMMON_DDL_V1 + _FTS_DDL, COMMON_DDL_V2]

    def _migrate(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")  # one process migrates; the others wait, then see it done
        try:
            super()._migrate()
        finally:
            if self.conn.in_transaction:
                self.conn.rollback()

    def put_rows(self, rows: Sequence[ArticleRows]) -> int:
        """As :meth:`SQLStore.put_rows`, holding the write lock from the hash check on,
        so two writers of overlapping batches cannot both index the same article."""
        if not rows:
            return 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            return super().put_rows(rows)
        finally:
            if self.conn.in_transaction:  # nothing new: end the (empty) transaction
                self.conn.commit()

    def _index_search(self, rows: Sequence[ArticleRows]) -> None:
        self._many(
            "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
            [(r.id, r.title or "", r.text) for r in rows],
        )

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        match = fts5_query(query)
        if not match:
            return []
        rows = self._all(
            "SELECT f.article_id, a.title, a.outlet, a.published,"
            " snippet(articles_fts, 2, '[', ']', ' … ', 16), bm25(articles_fts)"
            " FROM articles_fts f JOIN articles a ON a.id = f.article_id"
            " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?",
            (match, int(limit), int(offset)),
        )
        return [
            {"article_id": r[0], "title": r[1], "outlet": r[2], "published": r[3], "snippet": r[4], "score": -r[5]}
            for r in rows
        ]


_WORD = re.compile(r"[\w]+(?:-[\w]+)*", re.UNICODE)


def fts5_query(query: str) -> str:
    """User text -> a safe FTS5 query: quoted phrases kept, every other word quoted and
    prefix-matched (so "serang" finds "serangan"). Nothing the user types is parsed as
    FTS5 syntax."""
    parts: list[str] = []
    for phrase in re.findall(r'"([^"]+)"', query):
        words = _WORD.findall(phrase)
        if words:
            parts.append('"' + " ".join(words) + '"')
    rest = re.sub(r'"[^"]*"', " ", query)
    for word in _WORD.findall(rest):
        if "-" in word:
            parts.append('"' + word.replace("-", " ") + '"')
        else:
            parts.append(f'"{word}"*')
    return " AND ".join(parts)
