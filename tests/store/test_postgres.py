"""PostgreSQL-only behaviour: SQL translation and query building (no server needed), and
the write path's fallback when rows are already there (needs the server)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from linimasa.model import Article
from linimasa.store.base import article_rows
from linimasa.store.postgres import PostgresStore, translate, tsquery_text


@pytest.mark.parametrize(
    "sql, expected",
    [
        ("SELECT data FROM t WHERE id = ?", "SELECT data FROM t WHERE id = %s"),
        ("SELECT COALESCE(x, '?') FROM t WHERE a = ?", "SELECT COALESCE(x, '?') FROM t WHERE a = %s"),
        ("SELECT 1 FROM t WHERE s LIKE '%a'", "SELECT 1 FROM t WHERE s LIKE '%%a'"),
        ("SELECT a FROM t ORDER BY published, id LIMIT 5",
         "SELECT a FROM t ORDER BY published NULLS FIRST, id NULLS FIRST LIMIT 5"),
        ("SELECT a FROM t ORDER BY started DESC, id", "SELECT a FROM t ORDER BY started DESC NULLS LAST, id NULLS FIRST"),
        ("SELECT a FROM t ORDER BY 2 DESC", "SELECT a FROM t ORDER BY 2 DESC NULLS LAST"),
        ("INSERT INTO t SELECT a FROM u ORDER BY a ON CONFLICT DO NOTHING",
         "INSERT INTO t SELECT a FROM u ORDER BY a NULLS FIRST ON CONFLICT DO NOTHING"),
    ],
)
def test_translate(sql: str, expected: str) -> None:
    assert translate(sql) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("banjir", "banjir:*"),
        ("Banjir Garut", "banjir:* & garut:*"),
        ('"upah minimum" buruh', "(upah <-> minimum) & buruh:*"),
        ("Nagorno-Karabakh", "(nagorno <-> karabakh)"),
        ("'); DROP TABLE articles; --", "drop:* & table:* & articles:*"),
        ("a:* & !b | (c", "a:* & b:* & c:*"),
        ("snake_case", "snake:* & case:*"),
        ("", ""),
        ("!!! ***", ""),
    ],
)
def test_tsquery_text_keeps_only_words(query: str, expected: str) -> None:
    assert tsquery_text(query) == expected


def test_writer_that_lost_a_race_still_stores_its_other_articles(pg_url: str, build: Callable[..., Article]) -> None:
    store = PostgresStore(pg_url)
    a, b = build(0), build(1)
    assert store.put_articles([a]) == 1
    store._write_rows([article_rows(a), article_rows(b)])  # as if ``a`` was stored between the hash check and the write
    store.conn.commit()
    assert store.count_articles() == 2
    assert {e.id for e in store.events()} == {a.events[0].id, b.events[0].id}
    assert sorted(h["article_id"] for h in store.search("laporan")) == sorted([a.id, b.id])
    store.close()


def test_migration_3_moves_search_into_the_articles_table(pg_url: str, build: Callable[..., Article]) -> None:
    """A store written before version 3 (a separate search table) is searchable after it."""
    store = PostgresStore(pg_url)
    a = build(0)
    store.put_articles([a])
    store._exec("DROP INDEX articles_tsv")
    store._exec("ALTER TABLE articles DROP COLUMN tsv")
    store._exec("CREATE TABLE articles_fts (article_id TEXT PRIMARY KEY, tsv TSVECTOR NOT NULL)")
    store._exec("UPDATE schema_version SET version = 2")
    store.conn.commit()
    store.close()
    again = PostgresStore(pg_url)
    assert again.schema_version == 3
    assert [h["article_id"] for h in again.search("laporan")] == [a.id]
    assert not again._all("SELECT 1 FROM pg_tables WHERE tablename = 'articles_fts' AND schemaname = current_schema()")
    again.close()


def test_flush_search_index_leaves_search_unchanged(pg_url: str, build: Callable[..., Article]) -> None:
    store = PostgresStore(pg_url)
    arts = [build(i) for i in range(3)]
    store.put_articles(arts)
    before = sorted(h["article_id"] for h in store.search("laporan"))
    store.flush_search_index()  # the pending entries merged into the index: the same hits
    assert sorted(h["article_id"] for h in store.search("laporan")) == before == sorted(a.id for a in arts)
    store.close()
