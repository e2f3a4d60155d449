"""PostgreSQL backend: the shared store for several writers and analysts.

Same tables and migrations as SQLite (:data:`~linimasa.store.base.COMMON_DDL_V1`), plus a
generated ``tsvector`` column on ``articles`` with a GIN index (``simple`` configuration: no
stemming, so the Indonesian affixed forms are found by prefix queries, as in SQLite).

Writes are bulk: one transaction per batch, every table's new rows sent with ``COPY``, and
written behind (:mod:`~linimasa.store.behind`): :meth:`PostgresStore.put_articles` hands the
batch to one of :data:`WRITERS` writer threads, each with a connection (so a server process)
of its own, makes the rows and passes them on in chunks, and returns while the server still
computes the search vectors and indexes (:mod:`~linimasa.store.postgres_write`). The caller
meanwhile makes the next batch -- or analyses the next articles -- and a second server
process can store that batch at the same time. At most :data:`WRITE_DEPTH` batches are on
their way; every call but the hash look-up (which counts them as stored) first waits for
them, so what a caller reads is what it wrote. An error in a writer is raised at the
caller's next call (the batches waiting behind it are dropped; a rerun stores them, ingest
being idempotent). Two batches being written at once hold different articles (the hash
look-up counts the first as stored), and an entity in both is sent only by the earlier, so
the first record of an entity still wins (should the earlier fail, its rerun stores it). A batch that meets rows another writer stored
first goes through temporary tables and ``INSERT … ON CONFLICT DO NOTHING`` instead, so
processes writing overlapping batches store each article once.
Batches commit with ``synchronous_commit = off``: as SQLite in WAL mode with
``synchronous=NORMAL``, a crash of the machine may lose the last batches (never corrupt
the store), and a rerun ingests them again; the run's own synchronous commit at its end
makes every batch before it durable. Migrations run under an advisory lock.

Select it with ``--db postgresql://USER:PASSWORD@HOST:PORT/DB``. A different schema is
chosen the libpq way: ``…/DB?options=-csearch_path%3Dmyschema``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from typing import Any

import psycopg
from psycopg import pq

from ..errors import StoreError
from ..model import Article
from . import base
from .base import ArticleRows, SQLStore, now_iso
from .behind import WriteBehind
from .postgres_write import Aborted, Feed, copy_batch, fill

log = logging.getLogger(__name__)

# Any constant works: it only has to be the same in every process migrating this database.
_MIGRATION_LOCK = 0x6C696E696D617361  # "linimasa"

# Sort columns get the binary "C" collation: ORDER BY then matches SQLite's byte order, and
# the btree indexes compare faster.
_COLLATE_C = [
    ("articles", "id"), ("articles", "published"), ("articles", "outlet"), ("events", "id"),
    ("events", "date_start"), ("quotes", "article_id"), ("quotes", "id"), ("entities", "name"),
    ("entities", "id"), ("passages", "article_a"), ("passages", "article_b"), ("families", "id"),
    ("clusters", "id"), ("clusters", "date_start"), ("runs", "id"), ("runs", "started"), ("skips", "source"),
]

_SEARCH_DDL = [
    "CREATE TABLE IF NOT EXISTS articles_fts (article_id TEXT PRIMARY KEY, tsv TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_fts_tsv ON articles_fts USING GIN (tsv)",
]

PG_DDL_V1 = [f'ALTER TABLE {t} ALTER COLUMN {c} TYPE TEXT COLLATE "C"' for t, c in _COLLATE_C] + _SEARCH_DDL

# Title words weigh more than body words, as in most news search. Only articles that were
# analysed ('ok') are searchable, as in SQLite.
_TSV_EXPR = ("CASE WHEN status = 'ok' THEN setweight(to_tsvector('simple'::regconfig, COALESCE(title, '')), 'A')"
             " || setweight(to_tsvector('simple'::regconfig, text), 'B') END")

# Version 3: the search vector becomes a generated column of ``articles`` (computed as each
# row is written, inside the COPY, instead of a second pass reading the articles back), and
# the separate search table goes.
PG_DDL_V3 = [
    f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv TSVECTOR GENERATED ALWAYS AS ({_TSV_EXPR}) STORED",
    "CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING GIN (tsv)",
    "DROP TABLE IF EXISTS articles_fts",
]

_ENTITY_MEMORY = 500_000  # ids of entities known to be stored, kept per store

# Look-ups of many keys at once send the keys as one JSON array (one parameter): a query with
# hundreds of ``%s`` costs the client more to prepare (psycopg parses it anew each time, too
# long to cache) than the server to run.
_KNOWN_HASHES = "SELECT content_hash FROM articles WHERE content_hash = ANY(ARRAY(SELECT json_array_elements_text(?::json)))"

WRITERS = 2  # writer threads per store, each with a connection (a server process) of its own
WRITE_DEPTH = 2  # batches handed to the writers and not yet written, at most


def _split_order_terms(clause: str) -> str:
    """``published, id`` -> ``published NULLS FIRST, id NULLS FIRST``: SQLite sorts NULL
    lowest, PostgreSQL highest; the shared SQL expects SQLite's order."""
    out = []
    for term in clause.split(","):
        t = term.strip()
        if re.search(r"\bNULLS\b", t, re.IGNORECASE):
            out.append(t)
        elif re.search(r"\bDESC$", t, re.IGNORECASE):
            out.append(f"{t} NULLS LAST")
        else:
            out.append(f"{t} NULLS FIRST")
    return ", ".join(out)


_ORDER_BY = re.compile(r"ORDER BY (.+?)(?=\s+LIMIT\b|\s+OFFSET\b|\s+ON CONFLICT\b|\)|$)", re.DOTALL)


def translate(sql: str) -> str:
    """Portable SQL (``?`` placeholders) -> psycopg SQL: ``?`` outside string literals
    becomes ``%s``, a literal ``%`` becomes ``%%``, and ORDER BY puts NULLs first."""
    out: list[str] = []
    in_str = False
    for ch in sql:
        if ch == "'":
            in_str = not in_str
            out.append(ch)
        elif ch == "%":
            out.append("%%")
        elif ch == "?" and not in_str:
            out.append("%s")
        else:
            out.append(ch)
    return _ORDER_BY.sub(lambda m: "ORDER BY " + _split_order_terms(m.group(1)), "".join(out))


_READ = re.compile(r"\s*(SELECT|WITH)\b(?!.*\b(INSERT|UPDATE|DELETE)\b)", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


def tsquery_text(query: str) -> str:
    """User text -> a ``to_tsquery('simple', …)`` input: quoted phrases and hyphenated
    words become ``a <-> b`` phrases, every other word a prefix match (``serang:*`` finds
    "serangan"), all ANDed. Only letters and digits of the user text reach the query, so
    nothing the user types is parsed as tsquery syntax."""
    parts: list[str] = []
    for phrase in re.findall(r'"([^"]+)"', query):
        words = [w for chunk in _WORD.findall(phrase) for w in chunk.split("-")]
        if words:
            parts.append("(" + " <-> ".join(words) + ")")
    rest = re.sub(r'"[^"]*"', " ", query)
    for word in _WORD.findall(rest):
        if "-" in word:
            parts.append("(" + " <-> ".join(word.split("-")) + ")")
        else:
            parts.append(f"{word}:*")
    return " & ".join(parts).lower()


class PostgresStore(SQLStore):
    placeholder = "%s"
    no_limit = "ALL"

    def __init__(self, url: str, *, writers: int = WRITERS) -> None:
        self.url = url
        self._dirty = False
        self._sql_cache: dict[str, str] = {}
        # Entities the writer has committed: later batches do not send them again.
        self._entities_stored: set[str] = set()
        # Batches are written behind, each writer with a connection of its own (opened at
        # the first write).
        self._writes: WriteBehind[Feed] = WriteBehind(self._store_batch, writers=writers, depth=WRITE_DEPTH,
                                                      name="linimasa-pg-writer")
        self._writers = writers
        self._wconns: list[psycopg.Connection[Any]] = []
        super().__init__()

    # -- dialect hooks -------------------------------------------------------
    def _connect(self) -> psycopg.Connection[Any]:
        try:
            conn = psycopg.connect(self.url, autocommit=False, connect_timeout=10)
        except psycopg.Error as exc:
            shown = re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", self.url)
            raise StoreError(
                f"cannot connect to PostgreSQL at {shown}: {str(exc).strip()}; "
                "check that the server runs and the user, password and database exist"
            ) from exc
        try:  # lz4 compresses the big JSON columns several times faster than the default pglz
            conn.execute("SET default_toast_compression = 'lz4'")
            conn.commit()
        except psycopg.Error:  # a server built without lz4 (or before 14) keeps pglz
            conn.rollback()
        return conn

    def _migrations(self) -> list[list[str]]:
        # A later shared migration (COMMON_DDL_V3 …) is added to SQLite's list and here, after
        # PostgreSQL's own version 3.
        return [base.COMMON_DDL_V1 + PG_DDL_V1, base.COMMON_DDL_V2, PG_DDL_V3]

    def _migrate(self) -> None:
        """The shared migration, serialised across processes by a session advisory lock."""
        try:
            self.conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
            try:
                super()._migrate()
            finally:
                if self.conn.info.transaction_status == pq.TransactionStatus.INERROR:
                    self.conn.rollback()
                self.conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
                self.conn.commit()
        except psycopg.Error as exc:
            raise StoreError(f"cannot migrate the PostgreSQL schema at {self.url.split('@')[-1]}: {exc}") from exc

    def _sql(self, sql: str) -> str:
        out = self._sql_cache.get(sql)
        if out is None:
            out = self._sql_cache[sql] = translate(sql)
        return out

    # -- plumbing: reads do not leave a transaction (and its locks) open ------
    # Every statement but the hash look-up first waits for the batches still being written
    # (:meth:`put_articles`), so what a caller reads or changes is what it wrote before.
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self._writes.wait()
        return self._exec_now(sql, params)

    def _exec_now(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if self.conn.info.transaction_status == pq.TransactionStatus.IDLE:
            self._dirty = False
        if not _READ.match(sql):
            self._dirty = True
        try:
            return super()._exec(sql, params)
        except psycopg.Error:
            self.conn.rollback()
            raise

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._writes.wait()
        self._dirty = True
        super()._many(sql, rows)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._fetch(self._exec(sql, params))

    def _fetch(self, cur: psycopg.Cursor[Any]) -> list[tuple[Any, ...]]:
        rows = list(cur.fetchall())
        if not self._dirty:
            self.conn.commit()
        return rows

    def close(self) -> None:
        """Waits for the batches still being written (raising a writer's error), then closes."""
        try:
            self._writes.wait()
        finally:
            for conn in self._wconns:
                conn.close()
            self.conn.close()

    def server_pids(self) -> list[int]:
        """The process ids of this store's server processes (its connection and, once it
        has written, the writer's): a benchmark reads their CPU time."""
        return [c.info.backend_pid for c in (self.conn, *self._wconns) if not c.closed]

    # -- bulk writes: batches written behind (store/behind.py) -----------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The stored hashes among ``hashes``, counting those of batches still being written
        (without waiting for them)."""
        self._writes.check()
        if not hashes:
            return set()
        # The batches pending are taken before the query: a batch that leaves them later
        # was committed before it ended, one that left them earlier before it began.
        pending = {h for f in self._writes.pending() for h in f.hashes}
        found = {r[0] for r in self._fetch(self._exec_now(_KNOWN_HASHES, (json.dumps(list(hashes)),)))}
        return found | pending.intersection(hashes)

    def put_articles(self, articles: Sequence[Article]) -> int:
        """As :meth:`SQLStore.put_articles`, written behind: the batch is handed to a writer
        thread, its rows are made here and sent by the writer as they come, and the call
        returns while the server still stores them (see the module's docstring)."""
        fresh = self.unstored(articles) if articles else {}
        if fresh:
            self._hand_over(fresh)
        return len(fresh)

    def put_rows(self, rows: Sequence[ArticleRows]) -> int:
        fresh = self.unstored(rows) if rows else {}
        if fresh:
            self._hand_over(fresh)
        return len(fresh)

    def flush_search_index(self) -> None:
        """Move the search index's pending entries into the index proper. GIN gathers new
        entries in a pending list and merges them in bulk when the list passes
        ``gin_pending_list_limit`` (4 MB by default): the writer that fills it pays, or
        autovacuum, or -- until then -- every search, which scans the list. A benchmark
        calls this after its writes so that the work the last batches left pending counts."""
        self._writes.wait()
        self.conn.execute("SELECT gin_clean_pending_list('articles_tsv'::regclass)")
        self.conn.commit()

    def _hand_over(self, fresh: dict[str, Article] | dict[str, ArticleRows]) -> None:
        """Hand the batch ``fresh`` to a writer, then make its rows, which the writer sends
        as they come (:mod:`~linimasa.store.postgres_write`)."""
        while len(self._wconns) < self._writers:  # opened at the first write
            conn = self._connect()
            conn.autocommit = True  # its transactions are begun and ended by hand: a round trip less each
            conn.execute("SET synchronous_commit = off")
            self._wconns.append(conn)
        feed = Feed(list(fresh))
        self._writes.submit(feed)
        try:
            fill(feed, fresh, now_iso())
        except BaseException:
            feed.abort()
            raise

    def _store_batch(self, writer: int, feed: Feed) -> None:
        """On writer thread ``writer``: one transaction, committed without waiting for the
        disk (see the module's docstring)."""
        conn = self._wconns[writer]
        try:
            sent = copy_batch(conn.cursor(), feed, self._entities_stored, lambda: self._entities_on_the_way(feed),
                              start="BEGIN; SAVEPOINT linimasa_copy")
            conn.execute("COMMIT")
        except Aborted:  # the caller raised its own error
            conn.execute("ROLLBACK")
            return
        except BaseException:
            with suppress(psycopg.Error):  # a connection that broke has no transaction to end
                conn.execute("ROLLBACK")
            raise
        if len(self._entities_stored) > _ENTITY_MEMORY:
            self._entities_stored.clear()
        self._entities_stored.update(sent)

    def _entities_on_the_way(self, feed: Feed) -> set[str]:
        """Ids of the entities of the batches handed over before ``feed`` and still being
        written: their records come first, so ``feed`` does not send them."""
        earlier: set[str] = set()
        for f in self._writes.pending():
            if f is feed:
                break
            if f.other is not None:
                earlier.update(e[0] for e in f.other.entities)
        return earlier

    def _write_rows(self, fresh: Sequence[ArticleRows]) -> None:
        """The rows of ``fresh`` written now, on the store's own connection, left uncommitted."""
        self._writes.wait()
        self._dirty = True
        batch: dict[str, ArticleRows] = {}
        for r in fresh:
            batch.setdefault(r.content_hash, r)
        feed = Feed(list(batch))
        fill(feed, batch, now_iso())
        copy_batch(self.conn.cursor(), feed, self._entities_stored, set)

    def _index_search(self, rows: Sequence[ArticleRows]) -> None:
        """Nothing to do: the search vector is a generated column of ``articles``."""

    # -- search --------------------------------------------------------------
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        q = tsquery_text(query)
        if not q:
            return []
        rows = self._all(
            "WITH hits AS ("
            " SELECT f.id, ts_rank_cd(f.tsv, q) AS score FROM articles f, to_tsquery('simple', ?) q"
            " WHERE f.tsv @@ q ORDER BY score DESC, f.id LIMIT ? OFFSET ?)"
            " SELECT h.id, a.title, a.outlet, a.published,"
            " ts_headline('simple', a.text, to_tsquery('simple', ?),"
            " 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=\" … \"'),"
            " h.score FROM hits h JOIN articles a ON a.id = h.id ORDER BY h.score DESC, h.id",
            (q, int(limit), int(offset), q),
        )
        return [
            {"article_id": r[0], "title": r[1], "outlet": r[2], "published": r[3], "snippet": r[4], "score": float(r[5])}
            for r in rows
        ]
