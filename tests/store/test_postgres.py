"""PostgreSQL-only behaviour: SQL translation and query building (no server needed), and
the write path's fallback when rows are already there (needs the server)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
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


def test_reads_wait_for_the_batches_still_being_written(pg_url: str, build: Callable[..., Article],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """put_articles returns while the writer still stores the batch: the hash look-up counts
    it as stored at once, and every other call sees it written."""
    import threading

    from linimasa.store import postgres

    gate = threading.Event()
    copy_batch = postgres.copy_batch

    def held(*args: Any, **kwargs: Any) -> list[str]:
        assert gate.wait(10)
        return copy_batch(*args, **kwargs)

    monkeypatch.setattr(postgres, "copy_batch", held)
    store = PostgresStore(pg_url)
    arts = [build(i) for i in range(3)]
    assert store.put_articles(arts[:2]) == 2
    assert store.put_articles(arts) == 1  # the first two are on their way: counted as stored
    assert store.known_hashes([a.content_hash for a in arts]) == {a.content_hash for a in arts}
    assert len(store._writes.pending()) == 2
    threading.Timer(0.2, gate.set).start()
    assert store.count_articles() == 3  # waits for the writers
    assert {e.id for e in store.events()} == {a.events[0].id for a in arts}
    assert sorted(h["article_id"] for h in store.search("laporan")) == sorted(a.id for a in arts)
    store.close()


def test_close_waits_for_the_batches_still_being_written(pg_url: str, build: Callable[..., Article]) -> None:
    store = PostgresStore(pg_url)
    for i in range(0, 12, 3):
        store.put_articles([build(j) for j in range(i, i + 3)])
    store.close()
    again = PostgresStore(pg_url)
    assert again.count_articles() == 12
    again.close()


def test_an_error_in_the_writer_is_raised_at_the_next_call(pg_url: str, build: Callable[..., Article]) -> None:
    store = PostgresStore(pg_url)
    bad = build(0, text="Teks dengan karakter \x00 yang tidak boleh disimpan PostgreSQL.")
    assert store.put_articles([bad]) == 1  # handed over: the server refuses it later
    with pytest.raises(psycopg.Error) as err:
        store.count_articles()
    assert any("not stored" in note for note in getattr(err.value, "__notes__", []))
    assert store.count_articles() == 0  # raised once; nothing of the batch stored
    good = build(1)
    assert store.put_articles([good]) == 1
    assert [a.id for a in store.iter_articles()] == [good.id]
    store.close()


def test_an_error_while_making_the_rows_is_the_callers_alone(pg_url: str, build: Callable[..., Article],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller's own error aborts the batch it was making: raised there, the writer
    drops the batch and has nothing to raise later."""
    from linimasa.store import postgres_write

    arts = [build(i) for i in range(3)]
    last = max(a.content_hash for a in arts)  # rows are made in content-hash order
    real = postgres_write.article_rows

    def failing(a: Article) -> Any:
        if a.content_hash == last:
            raise ValueError("cannot serialise")
        return real(a)

    monkeypatch.setattr(postgres_write, "article_rows", failing)
    store = PostgresStore(pg_url)
    with pytest.raises(ValueError, match="cannot serialise"):
        store.put_articles(arts)
    assert store.count_articles() == 0
    monkeypatch.setattr(postgres_write, "article_rows", real)
    assert store.put_articles(arts) == 3
    assert store.count_articles() == 3
    store.close()
