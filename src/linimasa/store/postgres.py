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
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

import psycopg
from psycopg import pq
from psycopg.copy import LibpqWriter

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
_EVENT_COLUMNS = ("id", "article_id", "cluster_id", "type", "kind", "date_start", "date_end", "data")
_QUOTE_COLUMNS = ("id", "article_id", "speaker", "data")
_ENTITY_COLUMNS = ("id", "name", "label", "country", "sector", "data")

# Look-ups of many keys at once: the keys go as one JSON array (one parameter), not as
# hundreds of ``%s`` that the client would parse in every query.
_KNOWN_HASHES = "SELECT content_hash FROM articles WHERE content_hash = ANY(ARRAY(SELECT json_array_elements_text(?::json)))"
_KNOWN_ENTITIES = "SELECT id FROM entities WHERE id = ANY(ARRAY(SELECT json_array_elements_text(%s::json)))"

# A batch goes in _CHUNKS chunks of at least _CHUNK articles (PostgresStore._stream); while
# the server finishes a chunk, _AHEAD articles of the next are serialised.
_CHUNKS = 4
_CHUNK = 25
_AHEAD = 4


class _Owners:
    """Which article writes the record of each event, quote and entity id in a batch: the
    first to have it in the batch's own order (``batch_order``: content hashes)."""

    __slots__ = ("entity", "event", "quote")

    def __init__(self, items: Sequence[Article | ArticleRows], batch_order: Sequence[str]) -> None:
        position = {h: i for i, h in enumerate(batch_order)}
        self.event: dict[str, str] = {}
        self.quote: dict[str, str] = {}
        self.entity: dict[str, str] = {}
        for x in sorted(items, key=lambda x: position[x.content_hash]):
            h = x.content_hash
            if isinstance(x, ArticleRows):
                ids = ([e[0] for e in x.events], [q[0] for q in x.quotes], [e[0] for e in x.entities])
            else:
                ids = ([e.id for e in x.events], [q.id for q in x.quotes], [e.id for e in x.entities])
            for owner, keys in zip((self.event, self.quote, self.entity), ids):
                for k in keys:
                    owner.setdefault(k, h)


def _as_they_are(rows: ArticleRows) -> ArticleRows:
    return rows


def _copy_field(v: Any) -> str:
    if v is None:
        return "\\N"
    v = v if isinstance(v, str) else str(v)
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _copy_text(rows: Iterable[Sequence[Any]]) -> str:
    """``rows`` in COPY's text format (NULL as ``\\N``; backslash, newline, carriage return
    and tab escaped)."""
    return "".join(["\t".join(map(_copy_field, row)) + "\n" for row in rows])


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
        """As :meth:`SQLStore.known_hashes`, the hashes sent as one JSON array: a query
        with hundreds of ``%s`` costs the client more to prepare than the server to run."""
        if not hashes:
            return set()
        return {r[0] for r in self._all(_KNOWN_HASHES, (json.dumps(list(hashes)),))}

    def put_articles(self, articles: Sequence[Article]) -> int:
        """As :meth:`SQLStore.put_articles`, but each article is serialised while the server
        stores the ones before it (see :meth:`_write_sorted`)."""
        fresh = self.unstored(articles) if articles else {}
        if not fresh:
            return 0
        self._write([fresh[h] for h in sorted(fresh)], list(fresh), article_rows)
        return len(fresh)

    def put_rows(self, rows: Sequence[ArticleRows]) -> int:
        fresh = self.unstored(rows) if rows else {}
        if not fresh:
            return 0
        self._write([fresh[h] for h in sorted(fresh)], list(fresh), _as_they_are)
        return len(fresh)

    def _write(self, items: Sequence[Article | ArticleRows], batch_order: list[str],
               serialise: Callable[[Any], ArticleRows]) -> None:
        """One transaction: :meth:`_write_sorted`, committed without waiting for the disk
        (see the module's docstring)."""
        try:
            self._dirty = True
            self._write_sorted(items, batch_order, serialise)
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
        self._write_sorted(sorted(fresh, key=lambda r: r.content_hash), list(order), _as_they_are)

    def _write_sorted(self, items: Sequence[Article | ArticleRows], batch_order: list[str],
                      serialise: Callable[[Any], ArticleRows]) -> None:
        """Every table's new rows, in the transaction open on this connection. ``items``
        (articles, or rows already serialised: ``serialise`` makes them rows) come sorted by
        content hash, and every table's rows go in key order, so concurrent writers of
        overlapping batches wait for each other instead of deadlocking. Which duplicate
        wins is the base class's rule, in the batch's own order (``batch_order``: the
        content hashes as given): the first record of an event, quote or entity.

        The rows go by ``COPY`` (:meth:`_stream`). When some are stored already (another
        writer got there first), the transaction starts again and every table takes the
        slower way (:meth:`_upsert`)."""
        owners = _Owners(items, batch_order)
        serialised: list[ArticleRows] = []
        self.conn.execute("SET LOCAL synchronous_commit = off")
        try:
            self._stream(items, serialise, owners, serialised)
        except psycopg.errors.UniqueViolation:
            self.conn.rollback()
            self.conn.execute("SET LOCAL synchronous_commit = off")
            serialised += map(serialise, items[len(serialised):])
            self._upsert(serialised, owners)

    def _stream(self, items: Sequence[Article | ArticleRows], serialise: Callable[[Any], ArticleRows],
                owners: _Owners, serialised: list[ArticleRows]) -> None:
        """COPY the batch in a few chunks of articles: each chunk's articles, then their
        events, quotes and article-entity links, the entities of the whole batch last.

        One ``COPY`` at a time goes through a connection, and each ends by waiting for the
        server to finish it. So the server is kept busy: each article is serialised just
        before its row is sent (the server stores one while this process serialises the
        next), and while the server stores the last rows of a chunk and the small tables
        after them, this process serialises the next chunk's first articles instead of
        waiting."""
        cur = self.conn.cursor()
        pgconn = self.conn.pgconn
        stamp = now_iso()
        todo = iter(items)
        ready: list[ArticleRows] = []

        def ahead(n: int) -> None:
            """Serialise up to ``n`` more articles for the next chunk."""
            for x in islice(todo, n):
                r = serialise(x)
                serialised.append(r)
                ready.append(r)

        stored = self._entities_stored
        wanted = [e for e in owners.entity if e not in stored]
        if wanted:  # entities another batch or writer stored are not sent again
            for (eid,) in cur.execute(_KNOWN_ENTITIES, (json.dumps(wanted),)).fetchall():
                stored.add(eid)
        ents: dict[str, tuple[Any, ...]] = {}
        left = len(items)
        while left:
            size = min(left, max(_CHUNK, -(-len(items) // _CHUNKS)))
            left -= size
            chunk: list[ArticleRows] = []
            with cur.copy(f"COPY articles ({', '.join(_ARTICLE_COLUMNS)}) FROM STDIN") as copy:
                for _ in range(size):
                    if not ready:
                        ahead(1)
                    r = ready.pop(0)
                    chunk.append(r)
                    copy.write(_copy_text(((*r.article, stamp),)))
                    pgconn.flush()  # without waiting: what the socket takes now
                ahead(_AHEAD if left else 0)
            n = len(chunk)
            step = (n + 15) // 16 if left else 0
            self._copy(cur, "events", _EVENT_COLUMNS, sorted(
                e for r in chunk for e in r.events if owners.event[e[0]] == r.content_hash), ahead, step)
            self._copy(cur, "quotes", _QUOTE_COLUMNS, sorted(
                q for r in chunk for q in r.quotes if owners.quote[q[0]] == r.content_hash), ahead, step)
            self._copy(cur, "article_entities", ("article_id", "entity_id"), sorted(
                {(r.id, eid) for r in chunk for eid in r.entity_ids}), ahead, step)
            for r in chunk:
                for e in r.entities:
                    if e[0] not in stored and owners.entity[e[0]] == r.content_hash:
                        ents[e[0]] = e
        self._entities_sent = list(ents)
        self._copy_insert(cur, "entities", _ENTITY_COLUMNS, [ents[k] for k in sorted(ents)])

    @staticmethod
    def _copy(cur: psycopg.Cursor[Any], table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]],
              ahead: Callable[[int], None], n: int) -> None:
        """COPY ``rows`` into ``table``, all sent at once, then ``ahead(n)``: this
        process's work while the server stores them."""
        if not rows:
            return
        with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN", writer=LibpqWriter(cur, flush_threshold=0)) as copy:
            copy.write(_copy_text(rows))
            ahead(n)

    def _upsert(self, rows: Sequence[ArticleRows], owners: _Owners) -> None:
        """Every table's rows by way of its temporary twin and ``INSERT … ON CONFLICT DO
        NOTHING``: rows another writer stored first are left as they are."""
        cur = self.conn.cursor()
        stamp = now_iso()
        ents = {e[0]: e for r in rows for e in r.entities if owners.entity[e[0]] == r.content_hash}
        self._entities_sent = list(ents)
        for table, cols, table_rows in (
            ("articles", _ARTICLE_COLUMNS, [(*r.article, stamp) for r in rows]),
            ("events", _EVENT_COLUMNS, sorted(e for r in rows for e in r.events if owners.event[e[0]] == r.content_hash)),
            ("quotes", _QUOTE_COLUMNS, sorted(q for r in rows for q in r.quotes if owners.quote[q[0]] == r.content_hash)),
            ("entities", _ENTITY_COLUMNS, [ents[k] for k in sorted(ents)]),
            ("article_entities", ("article_id", "entity_id"), sorted({(r.id, eid) for r in rows for eid in r.entity_ids})),
        ):
            self._insert_new(cur, table, cols, table_rows)

    @staticmethod
    def _insert_new(cur: psycopg.Cursor[Any], table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """COPY ``rows`` into ``table``'s temporary twin, then INSERT … ON CONFLICT DO NOTHING."""
        if not rows:
            return
        names = ", ".join(cols)
        with cur.copy(f"COPY {table}_incoming ({names}) FROM STDIN") as copy:
            copy.write(_copy_text(rows))
        cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {table}_incoming ON CONFLICT DO NOTHING")

    def _copy_insert(self, cur: psycopg.Cursor[Any], table: str, cols: Sequence[str],
                     rows: Sequence[Sequence[Any]]) -> None:
        """COPY ``rows`` into ``table``, under a savepoint; when some are stored already
        (another writer got there first), by :meth:`_insert_new` instead."""
        if not rows:
            return
        cur.execute("SAVEPOINT linimasa_copy")
        try:
            with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                copy.write(_copy_text(rows))
            cur.execute("RELEASE SAVEPOINT linimasa_copy")
            return
        except psycopg.errors.UniqueViolation:
            cur.execute("ROLLBACK TO SAVEPOINT linimasa_copy")
        self._insert_new(cur, table, cols, rows)

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
