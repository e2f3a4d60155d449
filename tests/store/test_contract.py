"""One contract, every backend: each test runs on SQLite and on PostgreSQL (see conftest)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from linimasa.model import Article, EventCluster, Family, Passage, Skip
from linimasa.store import open_store
from linimasa.store.base import SQLStore

MakeArticle = Callable[..., Article]


@pytest.fixture
def store(store_url: str) -> Iterator[SQLStore]:
    s = open_store(store_url)
    yield s
    s.close()


def test_migrations_are_idempotent(store_url: str, build: MakeArticle) -> None:
    first = open_store(store_url)
    version = first.schema_version
    assert version == len(first._migrations()) >= 1
    first.put_articles([build(0)])
    first.close()
    again = open_store(store_url)
    assert again.schema_version == version
    assert again._all("SELECT COUNT(*) FROM schema_version")[0][0] == 1
    assert again.count_articles() == 1
    again.close()


def test_concurrent_openers_migrate_once(store_url: str) -> None:
    errors: list[BaseException] = []
    versions: list[int] = []
    gate = threading.Barrier(3)

    def opener() -> None:
        try:
            gate.wait()
            s = open_store(store_url)
            versions.append(s.schema_version)
            s.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(versions)) == 1


def test_article_round_trip_keeps_every_annotation(store: SQLStore, build: MakeArticle) -> None:
    art = build(0)
    assert store.put_articles([art]) == 1
    back = store.get_article(art.id)
    assert back == art
    assert back is not None and back.events[0].location is not None
    assert back.events[0].location.lat == pytest.approx(-7.2)
    assert store.get_article("0000000000000000") is None
    assert store.has_hash(art.content_hash) and not store.has_hash("f" * 64)


def test_round_trip_of_sentences_whose_text_is_not_a_slice(store: SQLStore, build: MakeArticle) -> None:
    """Sentences are stored as offsets into the text; one whose text is not the slice its
    offsets name (hand-made data) is stored as it is, and still comes back equal."""
    art = build(0)
    assert art.sentences and art.sentences[0].tokens
    odd = build(1)
    odd.sentences[0].tokens[0].text = "Lain"
    assert store.put_articles([art, odd]) == 2
    assert store.get_article(art.id) == art
    assert store.get_article(odd.id) == odd
    assert [a.sentences for a in store.iter_articles(ids=[art.id, odd.id])] == [
        x.sentences for x in sorted((art, odd), key=lambda a: (a.published or "", a.id))]


def test_articles_stored_in_the_earlier_annotation_form_still_read(store: SQLStore, build: MakeArticle) -> None:
    """Before the compact form (token gaps, annotation rows), annotations held token
    offsets (``sentence_spans``) and a JSON object per quantity, time expression and
    mention; articles stored that way read back the same."""
    import json

    from linimasa.model import to_dict

    art = build(0)
    assert art.quantities and art.timexes and art.mentions
    store.put_articles([art])
    spans = [[s.start, s.end, s.paragraph, [x for t in s.tokens for x in (t.start, t.end)]] for s in art.sentences]
    old = {"sentence_spans": spans, **{k: to_dict(getattr(art, k)) for k in
           ("quantities", "timexes", "mentions", "entities", "quotes", "events")}}
    store._exec("UPDATE articles SET annotations = ? WHERE id = ?", (json.dumps(old), art.id))
    store.conn.commit()
    assert store.get_article(art.id) == art


def test_reput_is_idempotent(store: SQLStore, build: MakeArticle) -> None:
    a, b, c = build(0), build(1), build(2)
    assert store.put_articles([a, b]) == 2
    assert store.put_articles([a, b, c, c]) == 1
    assert store.put_articles([a]) == 0
    assert store.count_articles() == 3
    assert len(store.events()) == 3
    assert len(store.quotes()) == 3
    assert {e.id for e in store.entities()} == {e.id for x in (a, b, c) for e in x.entities}
    assert [r["article_id"] for r in store.search("Laporan nomor", limit=50)].count(a.id) == 1


def _corpus(build: MakeArticle) -> list:  # type: ignore[type-arg]
    return [
        build(0, published="2024-03-12", outlet="kabarnusa.id"),
        build(1, published="2024-03-10", outlet="warta.co.id"),
        build(2, published=None, outlet="kabarnusa.id"),
        build(3, published="2024-03-11", outlet="warta.co.id", status="skipped"),
        build(4, published="2024-03-12", outlet="warta.co.id"),
    ]


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({}, [2, 1, 3, "2024-03-12"]),
        ({"status": "ok"}, [2, 1, "2024-03-12"]),
        ({"status": "skipped"}, [3]),
        ({"outlet": "warta.co.id"}, [1, 3, 4]),
        ({"outlet": "warta.co.id", "status": "ok"}, [1, 4]),
        ({"limit": 2}, [2, 1]),
        ({"limit": 2, "offset": 1}, [1, 3]),
        ({"offset": 3}, ["2024-03-12"]),
        ({"ids": []}, []),
    ],
)
def test_iter_articles_filters_order_and_pages(store: SQLStore, build: MakeArticle, kwargs: dict,  # type: ignore[type-arg]
                                               expected: list) -> None:  # type: ignore[type-arg]
    arts = _corpus(build)
    store.put_articles(arts)
    # NULL dates sort first, then by date, then by id: "2024-03-12" stands for both articles of that day.
    same_day = sorted(a.id for a in arts if a.published == "2024-03-12")
    want: list[str] = []
    for x in expected:
        want.extend(same_day if x == "2024-03-12" else [arts[x].id])
    got = [a.id for a in store.iter_articles(**kwargs)]
    assert got == want


def test_iter_articles_by_ids_and_without_annotations(store: SQLStore, build: MakeArticle) -> None:
    arts = _corpus(build)
    store.put_articles(arts)
    got = list(store.iter_articles(ids=[arts[4].id, arts[1].id], annotations=False))
    assert [a.id for a in got] == [arts[1].id, arts[4].id]
    assert all(a.events == [] and a.sentences == [] for a in got)
    assert got[0].text == arts[1].text and got[0].authors == arts[1].authors


@pytest.mark.parametrize("status, expected", [(None, 5), ("ok", 4), ("skipped", 1), ("gone", 0)])
def test_count_articles(store: SQLStore, build: MakeArticle, status: str | None, expected: int) -> None:
    store.put_articles(_corpus(build))
    assert store.count_articles(status=status) == expected


def test_events_quotes_entities_queries(store: SQLStore, build: MakeArticle) -> None:
    arts = _corpus(build)
    arts[1].events[0].type = "PROTEST"
    arts[1].events[0].date_start = "2024-03-01"
    store.put_articles(arts)
    ok = [a for a in arts if a.status == "ok"]
    assert {e.id for e in store.events()} == {a.events[0].id for a in ok}
    assert [e.id for e in store.events(type="PROTEST")] == [arts[1].events[0].id]
    assert [e.id for e in store.events(article_id=arts[0].id)] == [arts[0].events[0].id]
    assert store.events()[0].id == arts[1].events[0].id  # earliest date first
    assert len(store.events(limit=2)) == 2 and len(store.events(limit=2, offset=3)) == 1
    assert store.events(article_id=arts[0].id)[0] == arts[0].events[0]
    assert [q.id for q in store.quotes(article_id=arts[2].id)] == [arts[2].quotes[0].id]
    assert len(store.quotes()) == 5 and len(store.quotes(offset=4)) == 1
    locs = store.entities(label="LOC")
    assert [e.id for e in locs] == ["ent-garut"] and locs[0].admin1 == "Jawa Barat"
    assert len(store.entities(label="PER")) == 5
    names = [e.name for e in store.entities()]
    assert names == sorted(names)


def test_an_entity_keeps_its_first_stored_record(store: SQLStore, build: MakeArticle) -> None:
    """The first record of an entity wins, within a batch as across batches: what is stored
    does not hang on where batch boundaries fall (the Dask workers write other batches than
    the local executor)."""
    a, b, c = build(0), build(1), build(2)
    for art, alias in ((a, "Garut A"), (b, "Garut B"), (c, "Garut C")):
        next(e for e in art.entities if e.id == "ent-garut").aliases = [alias]
    store.put_articles([b, a])
    store.put_articles([c])
    (garut,) = [e for e in store.entities(label="LOC")]
    assert garut.aliases == ["Garut B"]


def test_passages_are_idempotent_and_queryable(store: SQLStore, build: MakeArticle) -> None:
    a, b, c = build(0), build(1), build(2)
    store.put_articles([a, b, c])
    ps = [
        Passage(article_a=a.id, start_a=0, end_a=40, text_a=a.text[:40], article_b=b.id, start_b=5, end_b=45,
                text_b=b.text[5:45], similarity=0.8),
        Passage(article_a=b.id, start_a=0, end_a=30, text_a=b.text[:30], article_b=c.id, start_b=0, end_b=30,
                text_b=c.text[:30], similarity=0.6),
    ]
    store.put_passages(ps)
    store.put_passages(ps)
    assert sorted(store.passages(), key=lambda p: p.article_a) == sorted(ps, key=lambda p: p.article_a)
    assert store.passages(article_id=a.id) == [ps[0]]
    assert len(store.passages(article_id=b.id)) == 2
    assert len(store.passages(limit=1, offset=1)) == 1


def test_families_are_replaced(store: SQLStore) -> None:
    store.replace_families([Family(id="f1", article_ids=["a", "b"], origin_article_id="a", wire_source="Antara")])
    store.replace_families([Family(id="f2", article_ids=["c", "d"]), Family(id="f3", article_ids=["e"])])
    assert [f.id for f in store.families()] == ["f2", "f3"]
    assert store.families()[0].article_ids == ["c", "d"]


def test_clusters_replace_and_set_event_cluster_ids(store: SQLStore, build: MakeArticle) -> None:
    a, b, c = build(0), build(1), build(2)
    store.put_articles([a, b, c])
    ea, eb, ec = (x.events[0].id for x in (a, b, c))
    store.replace_clusters([
        EventCluster(id="k1", type="ASSAULT", event_ids=[ea, eb], article_ids=[a.id, b.id], date_start="2024-03-12",
                     independent_sources=2, summary="Banjir di Garut"),
        EventCluster(id="k2", type="ASSAULT", event_ids=[ec], article_ids=[c.id], date_start="2024-03-01"),
    ])
    assert [k.id for k in store.clusters()] == ["k2", "k1"]
    assert {e.id for e in store.events(cluster_id="k1")} == {ea, eb}
    got = store.get_cluster("k1")
    assert got is not None and got.summary == "Banjir di Garut" and got.independent_sources == 2
    store.replace_clusters([EventCluster(id="k3", type="ASSAULT", event_ids=[ec], article_ids=[c.id])])
    assert [k.id for k in store.clusters()] == ["k3"]
    assert store.get_cluster("k1") is None
    assert {e.id: e.cluster_id for e in store.events()} == {ea: None, eb: None, ec: "k3"}
    store.set_event_clusters({ea: "k3"})
    assert {e.id for e in store.events(cluster_id="k3")} == {ea, ec}


def _search_corpus(build: MakeArticle, texts: list[str]) -> list:  # type: ignore[type-arg]
    arts = [build(i, text=t, title=f"Berita {i}") for i, t in enumerate(texts)]
    arts.append(build(9, text="Banjir besar melanda kota tetangga. Ini halaman berbahasa lain.", status="skipped"))
    return arts


@pytest.mark.parametrize(
    "query, expected",
    [
        ("banjir", [0]),
        ("BANJIR Garut", [0]),
        ("gemp", [3]),  # prefix: "gemp" finds "gempa"
        ("menangkap pelaku", [1]),
        ('"upah minimum"', [2]),
        ('"minimum upah"', []),
        ("Jawa-Barat", [0]),
        ("tenda darurat", [3]),
        ("rumah", [0, 3]),
        ("kata-kata yang tidak ada", []),
        ("", []),
    ],
)
def test_search_finds_indonesian_words(store: SQLStore, build: MakeArticle, texts: list[str], query: str, expected: list) -> None:  # type: ignore[type-arg]
    arts = _search_corpus(build, texts)
    store.put_articles(arts)
    hits = store.search(query, limit=10)
    assert sorted(h["article_id"] for h in hits) == sorted(arts[i].id for i in expected)
    for h in hits:
        assert set(h) == {"article_id", "title", "outlet", "published", "snippet", "score"}
        assert "[" in h["snippet"] and "]" in h["snippet"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


@pytest.mark.parametrize("query", ['" OR 1=1; --', "NEAR(a b", "*", "a:* & !b | (c", "'); DROP TABLE articles; --",
                                   "^banjir", "banjir\\", "\x00"])
def test_search_is_safe_against_any_text(store: SQLStore, build: MakeArticle, texts: list[str], query: str) -> None:
    store.put_articles(_search_corpus(build, texts))
    assert isinstance(store.search(query), list)
    assert store.count_articles() == 5


def test_search_pages(store: SQLStore, build: MakeArticle) -> None:
    store.put_articles([build(i) for i in range(6)])
    all_hits = [h["article_id"] for h in store.search("laporan", limit=10)]
    assert len(all_hits) == 6
    pages = [h["article_id"] for off in (0, 2, 4) for h in store.search("laporan", limit=2, offset=off)]
    assert sorted(pages) == sorted(all_hits)


def test_stats(store: SQLStore, build: MakeArticle) -> None:
    store.put_articles(_corpus(build))
    store.replace_clusters([EventCluster(id="k1", type="ASSAULT", event_ids=[], article_ids=[])])
    st = store.stats()
    assert (st["articles"], st["articles_ok"], st["articles_skipped"]) == (5, 4, 1)
    assert (st["events"], st["quotes"], st["clusters"], st["passages"], st["runs"]) == (4, 5, 1, 0, 0)
    assert st["by_outlet"] == {"warta.co.id": 3, "kabarnusa.id": 2}
    assert st["by_language"] == {"id": 5}
    assert st["events_by_type"] == {"ASSAULT": 4}


def test_runs_and_skips(store: SQLStore) -> None:
    run = store.start_run(["feed/a.jsonl", "feed/b.warc.gz"])
    run.counts.update({"read": 3, "new": 2})
    run.skips.append(Skip(source="feed/b.warc.gz#2", reason="binary content", stage="ingest"))
    store.finish_run(run)
    store.finish_run(run)  # finishing twice keeps one copy of the skips
    (back,) = store.runs()
    assert back.id == run.id and back.finished and back.counts == {"read": 3, "new": 2}
    assert back.inputs == ["feed/a.jsonl", "feed/b.warc.gz"]
    assert [s.reason for s in store.skips()] == ["binary content"]
    second = store.start_run(["x"])
    assert {r.id for r in store.runs()} == {run.id, second.id}
    assert len(store.runs(limit=1)) == 1


def test_concurrent_writers_store_each_article_once(store_url: str, build: MakeArticle) -> None:
    open_store(store_url).close()  # migrate first; concurrent migration has its own test
    arts = [build(i) for i in range(60)]
    batches = [arts[0:40], arts[20:60]]  # 20 articles in both
    errors: list[BaseException] = []
    gate = threading.Barrier(len(batches))
    written: list[int] = []

    def writer(batch: list) -> None:  # type: ignore[type-arg]
        try:
            s = open_store(store_url)
            gate.wait()
            for i in range(0, len(batch), 10):
                written.append(s.put_articles(batch[i:i + 10]))
            s.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    s = open_store(store_url)
    assert s.count_articles() == 60
    assert len(s.events()) == 60 and len(s.quotes()) == 60
    hits = [h["article_id"] for h in s.search("laporan", limit=200)]
    assert sorted(hits) == sorted(a.id for a in arts)
    s.close()
