"""PostgreSQL backend: the shared store for several writers and analysts.

Same tables and migrations as SQLite (:data:`~linimasa.store.base.COMMON_DDL_V1`), plus a
generated ``tsvector`` column on ``articles`` with a GIN index (``simple`` configuration: no
stemming, so the Indonesian affixed forms are found by prefix queries, as in SQLite).

Writes are bulk: one transaction per batch, every table's new rows sent with ``COPY``; the
server computes the search vector of each article as its row arrives, while this process
serialises the next article (:meth:`PostgresStore.put_articles`). A batch that meets rows
another writer stored first goes through a temporary table and ``INSERT … ON CONFLICT DO
NOTHING`` instead, so processes writing overlapping batches store each article once.
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
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import pq

from ..errors import StoreError
from ..model import Article
from . import base
from .base import ArticleRows, SQLStore, article_rows, now_iso

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

_ENTITY_MEMORY = 500_000  # ids of entities known to be stored, kept per connection

_COPY_TABLES = ("articles", "events", "quotes", "entities", "article_entities")
_ARTICLE_COLUMNS = ("id", "content_hash", "source", "url", "outlet", "title", "published", "language", "status",
                    "skip_reason", "text", "meta", "annotations", "ingested_at")

# Look-ups of many keys at once send the keys as one JSON array (one parameter): a query with
# hundreds of ``%s`` costs the client more to prepare (psycopg parses it anew each time, too
# long to cache) than the server to run.
_KNOWN_HASHES = "SELECT content_hash FROM articles WHERE content_hash = ANY(ARRAY(SELECT json_array_elements_text(?::json)))"
_KNOWN_ENTITIES = "SELECT id FROM entities WHERE id = ANY(ARRAY(SELECT json_array_elements_text(%s::json)))"


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

    def __init__(self, url: str) -> None:
        self.url = url
        self._dirty = False
        self._sql_cache: dict[str, str] = {}
        # Entities this connection has committed: later batches do not send them again.
        self._entities_stored: set[str] = set()
        self._entities_sent: list[str] = []
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
            # Session-local twins of the written tables, filled by COPY and emptied at commit.
            for table in _COPY_TABLES:
                self.conn.execute(f"CREATE TEMP TABLE {table}_incoming (LIKE {table}) ON COMMIT DELETE ROWS")
            self.conn.commit()
        except psycopg.Error as exc:
            raise StoreError(f"cannot migrate the PostgreSQL schema at {self.url.split('@')[-1]}: {exc}") from exc

    def _sql(self, sql: str) -> str:
        out = self._sql_cache.get(sql)
        if out is None:
            out = self._sql_cache[sql] = translate(sql)
        return out

    # -- plumbing: reads do not leave a transaction (and its locks) open ------
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
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
        self._dirty = True
        super()._many(sql, rows)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows = list(self._exec(sql, params).fetchall())
        if not self._dirty:
            self.conn.commit()
        return rows

    # -- bulk writes ---------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        return {r[0] for r in self._all(_KNOWN_HASHES, (json.dumps(list(hashes)),))}

    def put_articles(self, articles: Sequence[Article]) -> int:
        """As :meth:`SQLStore.put_articles`, but each article is serialised just before its
        row goes out on the ``COPY`` stream, so the server stores (and indexes) one article
        while this process serialises the next."""
        fresh = self.unstored(articles) if articles else {}
        if not fresh:
            return 0
        self._write((article_rows(fresh[h]) for h in sorted(fresh)), list(fresh))
        return len(fresh)

    def put_rows(self, rows: Sequence[ArticleRows]) -> int:
        fresh = self.unstored(rows) if rows else {}
        if not fresh:
            return 0
        self._write((fresh[h] for h in sorted(fresh)), list(fresh))
        return len(fresh)

    def _write(self, rows: Iterator[ArticleRows], batch_order: list[str]) -> None:
        """One transaction: :meth:`_write_sorted`, committed without waiting for the disk
        (see the module's docstring)."""
        try:
            self._dirty = True
            self.conn.execute("SET LOCAL synchronous_commit = off")
            self._write_sorted(rows, batch_order)
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        finally:
            sent, self._entities_sent = self._entities_sent, []
        if len(self._entities_stored) > _ENTITY_MEMORY:
            self._entities_stored.clear()
        self._entities_stored.update(sent)

    def _write_rows(self, fresh: Sequence[ArticleRows]) -> None:
        order: dict[str, int] = {}
        for r in fresh:
            order.setdefault(r.content_hash, len(order))
        self._write_sorted(iter(sorted(fresh, key=lambda r: r.content_hash)), list(order))

    def _write_sorted(self, rows: Iterator[ArticleRows], batch_order: list[str]) -> None:
        """COPY every table's new rows (see :meth:`_copy_insert`). ``rows`` come sorted by
        content hash, and every table's rows go in key order, so concurrent writers of
        overlapping batches wait for each other instead of deadlocking. Which duplicate
        wins is the base class's rule, in the batch's own order (``batch_order``: the
        content hashes as given): the first record of an event, quote or entity."""
        self._dirty = True
        stamp = now_iso()
        cur = self.conn.cursor()
        stored = self._entities_stored
        tables: dict[str, list[tuple[Any, ...]]] = {}

        def article_tuples() -> Iterator[tuple[Any, ...]]:
            done: list[ArticleRows] = []
            for r in rows:
                done.append(r)
                yield (*r.article, stamp)
            # The other tables' rows, made while the server still stores the last articles.
            position = {h: i for i, h in enumerate(batch_order)}
            done.sort(key=lambda r: position[r.content_hash])
            events: dict[str, tuple[Any, ...]] = {}
            quotes: dict[str, tuple[Any, ...]] = {}
            ents: dict[str, tuple[Any, ...]] = {}
            for r in done:
                for e in r.events:
                    events.setdefault(e[0], e)
                for q in r.quotes:
                    quotes.setdefault(q[0], q)
                for e in r.entities:  # the same entities come back often: those stored are not sent
                    if e[0] not in stored:
                        ents.setdefault(e[0], e)
            tables["events"] = [events[k] for k in sorted(events)]
            tables["quotes"] = [quotes[k] for k in sorted(quotes)]
            tables["entities"] = [ents[k] for k in sorted(ents)]
            tables["article_entities"] = sorted({(r.id, eid) for r in done for eid in r.entity_ids})

        self._copy_insert(cur, "articles", _ARTICLE_COLUMNS, article_tuples())
        self._copy_insert(cur, "events", ("id", "article_id", "cluster_id", "type", "kind", "date_start", "date_end",
                                          "data"), tables["events"])
        self._copy_insert(cur, "quotes", ("id", "article_id", "speaker", "data"), tables["quotes"])
        # Entities this connection stored, or finds stored, are not sent; the rest go by a
        # plain COPY (the savepoint covers a writer racing us).
        ents = tables["entities"]
        if ents:
            cur.execute(_KNOWN_ENTITIES, (json.dumps([e[0] for e in ents]),))
            found = {eid for (eid,) in cur.fetchall()}
            if found:
                stored.update(found)
                ents = [e for e in ents if e[0] not in found]
        self._entities_sent = [e[0] for e in ents]
        self._copy_insert(cur, "entities", ("id", "name", "label", "country", "sector", "data"), ents)
        self._copy_insert(cur, "article_entities", ("article_id", "entity_id"), tables["article_entities"])

    def _copy_insert(self, cur: psycopg.Cursor[Any], table: str, cols: Sequence[str],
                     rows: Iterable[Sequence[Any]]) -> None:
        """COPY ``rows`` into ``table``, under a savepoint. When some are stored already
        (another writer got there first), the rows take the slower way: COPY into the
        table's temporary twin, then INSERT … ON CONFLICT DO NOTHING."""
        if isinstance(rows, list) and not rows:
            return
        names = ", ".join(cols)
        it = iter(rows)
        sent: list[Sequence[Any]] = []
        cur.execute("SAVEPOINT linimasa_copy")
        try:
            with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in it:
                    sent.append(row)
                    copy.write_row(row)
            cur.execute("RELEASE SAVEPOINT linimasa_copy")
            return
        except psycopg.errors.UniqueViolation:
            cur.execute("ROLLBACK TO SAVEPOINT linimasa_copy")
        todo = sent + list(it)
        if not todo:
            return
        tmp = f"{table}_incoming"
        with cur.copy(f"COPY {tmp} ({names}) FROM STDIN") as copy:
            for row in todo:
                copy.write_row(row)
        cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {tmp} ON CONFLICT DO NOTHING")

    def flush_search_index(self) -> None:
        """Move the search index's pending entries into the index proper. GIN gathers new
        entries in a pending list and merges them in bulk when the list passes
        ``gin_pending_list_limit`` (4 MB by default): the writer that fills it pays, or
        autovacuum, or -- until then -- every search, which scans the list. A benchmark
        calls this after its writes so that the work the last batches left pending counts."""
        self.conn.execute("SELECT gin_clean_pending_list('articles_tsv'::regclass)")
        self.conn.commit()

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
