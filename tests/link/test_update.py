"""The linking pass over a store: incremental runs equal one batch; timeline filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa import link
from linimasa.config import Settings
from linimasa.link.timeline import render_timeline, timeline_rows
from linimasa.model import Article, to_dict
from linimasa.store.sqlite import SQLiteStore

from .helpers import article, event
from .test_passages import WIRE, _edit_inserted

GROUP = (("kelompok bersenjata", None),)
INDEPENDENT = (
    "Warga Kecamatan Sukamaju masih bertahan di pengungsian setelah banjir bandang pekan ini.\n"
    "Menurut warga, empat orang tewas terseret arus dan belum semua jenazah ditemukan tim SAR.\n"
)
ELSEWHERE = (
    "Kontak tembak terjadi di Distrik Sugapa pada Senin (4/3) antara aparat dan kelompok bersenjata.\n"
    "Seorang prajurit dilaporkan terluka dan dievakuasi ke rumah sakit terdekat.\n"
)


def _with_event(a: Article, eid: str, needle: str, **kw: object) -> Article:
    start = a.text.index(needle)
    a.events.append(event(eid, a.id, sentence=needle, start=start, **kw))  # type: ignore[arg-type]
    return a


def _corpus() -> list[Article]:
    flood = {"type_": "DISASTER", "kind": "DISASTER", "place": "Sukamaju", "admin1": "Jawa Barat"}
    a = _with_event(article("a-wire", WIRE, outlet="kabarsatu", published="2024-03-05", wire=("antara",)),
                    "a-flood", "Banjir bandang menerjang tiga desa", fatalities=2, claimed_by="BPBD", **flood)
    b = _with_event(article("b-copy", _edit_inserted(WIRE), outlet="beritadua", published="2024-03-05",
                            wire=("antara",)),
                    "b-flood", "Banjir bandang menerjang tiga desa", fatalities=2, claimed_by="BPBD", **flood)
    c = _with_event(article("c-own", INDEPENDENT, outlet="warta", published="2024-03-06"),
                    "c-flood", "empat orang tewas terseret arus", fatalities=4, claimed_by="warga",
                    **{**flood, "date": "2024-03"}, precision="month")
    d = _with_event(article("d-else", ELSEWHERE, outlet="warta", published="2024-03-05"),
                    "d-clash", "Kontak tembak terjadi di Distrik Sugapa", place="Sugapa", admin1="Papua Tengah",
                    actors=GROUP)
    return [a, b, c, d]


def _state(store: SQLiteStore) -> tuple[object, ...]:
    return (to_dict(store.passages()), to_dict(store.families()), to_dict(store.clusters()),
            sorted((e.id, e.cluster_id) for e in store.events()))


@pytest.mark.parametrize("split", [[4], [1, 3], [2, 2], [3, 1], [1, 1, 1, 1]])
def test_incremental_equals_batch(tmp_path: Path, split: list[int]) -> None:
    batch = SQLiteStore(tmp_path / "batch.db")
    arts = _corpus()
    batch.put_articles(arts)
    counts = link.update(batch, [a.id for a in arts], Settings())
    assert counts["families"] == 1 and counts["passages"] >= 1
    inc = SQLiteStore(tmp_path / "inc.db")
    i = 0
    for n in split:
        part = _corpus()[i:i + n]
        inc.put_articles(part)
        link.update(inc, [a.id for a in part], Settings())
        i += n
    link.update(inc, [], Settings())  # a rerun with nothing new changes nothing
    assert _state(inc) == _state(batch)


def test_clusters_families_and_timeline(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "t.db")
    arts = _corpus()
    store.put_articles(arts)
    link.update(store, [a.id for a in arts], Settings())
    (fam,) = store.families()
    assert fam.article_ids == ["a-wire", "b-copy"] and fam.wire_source == "antara"
    events = store.events()
    assert all(e.cluster_id for e in events)
    flood = store.get_cluster(next(e.cluster_id for e in events if e.id == "a-flood") or "")
    assert flood is not None and set(flood.event_ids) == {"a-flood", "b-flood", "c-flood"}
    assert flood.independent_sources == 2  # the wire copies count once
    assert flood.figures[0].value == 2 and [c.field for c in flood.conflicts] == ["fatalities"]

    def ids(**kw: object) -> list[str]:
        return [r["type"] + "@" + (r["place"] or "") for r in timeline_rows(store, **kw)]  # type: ignore[arg-type]

    assert ids() == ["ASSAULT@Sugapa", "DISASTER@Sukamaju"] or ids() == ["DISASTER@Sukamaju", "ASSAULT@Sugapa"]
    assert ids(type_="disaster") == ["DISASTER@Sukamaju"]
    assert ids(place="sugapa") == ["ASSAULT@Sugapa"]
    assert ids(actor="kelompok") == ["ASSAULT@Sugapa"]
    assert ids(date_from="2024-03-05") == []
    assert len(ids(date_from="2024-03-04", date_to="2024-03-04")) == 2
    assert ids(date_to="2024-03-03") == []
    assert len(ids(limit=1)) == 1
    row = next(r for r in timeline_rows(store) if r["type"] == "DISASTER")
    assert row["conflict"] and row["independent_sources"] == 2 and "2 (2–4) tewas" in row["casualties"]
    render_timeline(store, type_="DISASTER")  # prints a table without error


def test_fast_event_decoding_equals_the_model(tmp_path: Path) -> None:
    from linimasa.link.load import load_events

    store = SQLiteStore(tmp_path / "d.db")
    store.put_articles(_corpus())
    assert sorted(load_events(store.event_records()), key=lambda e: e.id) == sorted(store.events(), key=lambda e: e.id)


def test_export_contract(tmp_path: Path) -> None:
    import io
    import json

    from linimasa.export import export

    store = SQLiteStore(tmp_path / "e.db")
    arts = _corpus()
    store.put_articles(arts)
    link.update(store, [a.id for a in arts], Settings())
    out = io.StringIO()
    export(store, "clusters", "jsonl", out)
    rec = json.loads(out.getvalue().splitlines()[0])
    for key in ("id", "type", "kind", "date_start", "date_end", "date_precision", "location", "actors", "targets",
                "event_ids", "article_ids", "independent_sources", "summary", "figures", "conflicts"):
        assert key in rec
    out = io.StringIO()
    export(store, "passages", "jsonl", out)
    p = json.loads(out.getvalue().splitlines()[0])
    assert set(p) == {"article_a", "start_a", "end_a", "text_a", "article_b", "start_b", "end_b", "text_b",
                      "similarity"}
    text = next(a.text for a in arts if a.id == p["article_a"])
    assert text[p["start_a"]:p["end_a"]] == p["text_a"]
