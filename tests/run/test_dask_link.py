"""Linking on a real LocalCluster (2 worker processes) stores exactly what the local
linking pass stores: the same passages, families, clusters, consensus figures and
conflicts, whether the articles arrive at once or in several runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa import link
from linimasa.config import Settings
from linimasa.model import Article, to_dict
from linimasa.run import dask_link
from linimasa.store.sqlite import SQLiteStore

from ..link.helpers import article, event

# A wire story (ANTARA), two outlets' edited copies of it, an independent report with a
# different death toll, a clash told twice with two tolls, a protest, and a clash elsewhere.
WIRE = (
    "CIANJUR (ANTARA) - Tanah longsor menimbun empat rumah warga di Desa Cibeber, Kecamatan Cibeber, "
    "Kabupaten Cianjur, pada Selasa (12/3) dini hari setelah hujan deras mengguyur sejak sore.\n"
    "Kepala Pelaksana BPBD Cianjur mengatakan tiga warga meninggal dunia tertimbun material longsor dan "
    "dua orang lainnya masih dalam pencarian tim gabungan.\n"
    "Petugas gabungan dari Basarnas, TNI, Polri dan relawan menggunakan alat berat untuk membersihkan "
    "material tanah yang menutup akses jalan desa sepanjang seratus meter.\n"
    "Sebanyak 45 kepala keluarga yang tinggal di sekitar tebing diungsikan ke balai desa karena "
    "dikhawatirkan terjadi longsor susulan jika hujan kembali turun.\n"
)
COPY = (WIRE.replace("CIANJUR (ANTARA) - ", "")
        .replace("pada Selasa (12/3) dini hari", "pada Selasa, 12 Maret 2024, dini hari")
        .replace("Petugas gabungan", "Hingga siang ini, petugas gabungan")
        .replace("balai desa", "balai desa terdekat"))
EMBEDDED = (
    "Bencana hidrometeorologi melanda sejumlah daerah di Jawa Barat sepanjang pekan ini.\n"
    "Di Sukabumi, banjir merendam puluhan rumah di bantaran sungai.\n" + WIRE
    + "Gubernur meminta seluruh kepala daerah meningkatkan kesiapsiagaan menghadapi puncak musim hujan.\n"
)
OWN = (
    "Warga Desa Cibeber masih berduka setelah longsor menerjang permukiman mereka pada Selasa dini hari.\n"
    "Menurut keterangan kepala desa, lima orang tewas dalam peristiwa itu, termasuk dua anak-anak.\n"
    "Warga menyebut retakan tanah di atas tebing sudah terlihat sejak sepekan sebelumnya.\n"
)
CLASH_A = (
    "Kontak tembak antara prajurit TNI dan kelompok bersenjata terjadi di Distrik Sugapa, Kabupaten Intan Jaya, "
    "pada Senin (11/3) siang.\n"
    "Kepala Penerangan Kodam menyebut dua prajurit gugur dalam baku tembak yang berlangsung sekitar satu jam.\n"
)
CLASH_B = (
    "Juru bicara kelompok bersenjata mengklaim bertanggung jawab atas serangan di Sugapa, Intan Jaya, Senin "
    "kemarin.\n"
    "Dalam pernyataannya, kelompok itu menyebut empat prajurit tewas, angka yang dibantah aparat keamanan.\n"
)
PROTEST = (
    "Ratusan mahasiswa berunjuk rasa di depan Kantor DPRD Sulawesi Selatan, Makassar, pada Rabu (13/3) "
    "menolak rencana kenaikan uang kuliah tunggal.\n"
    "Aksi yang berlangsung sejak pukul 10.00 Wita itu sempat diwarnai aksi saling dorong dengan aparat.\n"
)
PROTEST_B = (
    "Aksi unjuk rasa mahasiswa di Makassar menolak kenaikan uang kuliah tunggal berlangsung hingga sore hari.\n"
    "Polisi menurunkan 300 personel untuk mengamankan jalannya demonstrasi di depan gedung dewan.\n"
)
PUNCAK = (
    "Sebuah pos keamanan di Distrik Ilaga, Kabupaten Puncak, ditembaki orang tak dikenal pada Jumat (8/3) malam.\n"
    "Tidak ada korban jiwa dalam peristiwa tersebut, namun satu kendaraan dinas rusak terkena tembakan.\n"
)

SLIDE = {"type_": "DISASTER", "kind": "DISASTER", "place": "Cibeber", "admin1": "Jawa Barat",
         "date": "2024-03-12"}
CLASH = {"place": "Sugapa", "admin1": "Papua Tengah", "date": "2024-03-11",
         "actors": (("kelompok bersenjata", None),), "targets": (("TNI", "ID"),)}
DEMO = {"type_": "PROTEST", "place": "Makassar", "admin1": "Sulawesi Selatan", "date": "2024-03-13",
        "actors": (("mahasiswa", None),)}


def _art(aid: str, text: str, outlet: str, published: str, wire: tuple[str, ...] = (),
         events: tuple[tuple[str, str, dict[str, object]], ...] = ()) -> Article:
    a = article(aid, text, outlet=outlet, published=published, wire=wire)
    for eid, needle, kw in events:
        a.events.append(event(eid, aid, sentence=needle, start=text.index(needle), **kw))  # type: ignore[arg-type]
    return a


def corpus() -> list[Article]:
    three = "tiga warga meninggal dunia"
    arts = [
        _art("a-antara", WIRE, "antaranews", "2024-03-12", ("antara",),
             (("a-longsor", three, SLIDE | {"fatalities": 3, "claimed_by": "BPBD Cianjur"}),)),
        _art("b-priangan", COPY, "wartapriangan", "2024-03-12", ("antara",),
             (("b-longsor", three, SLIDE | {"fatalities": 3, "claimed_by": "BPBD Cianjur"}),)),
        _art("c-jabar", EMBEDDED, "kabarjabar", "2024-03-13", (),
             (("c-longsor", three, SLIDE | {"fatalities": 3, "claimed_by": "BPBD Cianjur"}),
              ("c-banjir", "banjir merendam puluhan rumah", SLIDE | {"place": "Sukabumi", "date": "2024-03"}))),
        _art("d-radar", OWN, "radarcianjur", "2024-03-13", (),
             (("d-longsor", "lima orang tewas", SLIDE | {"fatalities": 5, "claimed_by": "kepala desa"}),)),
        _art("e-papua", CLASH_A, "suarapapua", "2024-03-11", (),
             (("e-kontak", "Kontak tembak", CLASH | {"fatalities": 2, "claimed_by": "Kodam"}),)),
        _art("f-papua", CLASH_B, "jubi", "2024-03-12", (),
             (("f-serangan", "atas serangan di Sugapa", CLASH | {"fatalities": 4, "claimed_by": "kelompok bersenjata"}),)),
        _art("g-demo", PROTEST, "tribuntimur", "2024-03-13", (), (("g-demo", "berunjuk rasa", DEMO),)),
        _art("h-demo", PROTEST_B, "fajar", "2024-03-13", (), (("h-demo", "Aksi unjuk rasa", DEMO),)),
        _art("i-ilaga", PUNCAK, "suarapapua", "2024-03-09", (),
             (("i-pos", "ditembaki orang tak dikenal", {"place": "Ilaga", "admin1": "Papua Tengah",
                                                          "date": "2024-03-08"}),)),
    ]
    # A crowded day: 160 short reports of shootings in one town (blocks over BLOCK_MAX,
    # one component over FULL_SCORING_MAX), a few in another town.
    for k in range(160):
        town = "Jayapura" if k % 8 else "Sentani"
        text = f"{town} {k}: penembakan terjadi.\n"  # too short to fingerprint
        arts.append(_art(f"z-{k:03d}", text, f"portal{k % 9}", "2024-03-14", (),
                         ((f"z-{k:03d}-e", "penembakan terjadi", {"place": town, "admin1": "Papua", "date": "2024-03-14",
                                                                 "actors": (("orang tak dikenal", None),),
                                                                 "fatalities": k % 3}),)))
    return arts


def _state(store: SQLiteStore) -> tuple[object, ...]:
    return (to_dict(store.passages()), to_dict(store.families()), to_dict(store.clusters()),
            sorted((e.id, e.cluster_id) for e in store.events()))


@pytest.fixture
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny chunks, so that even this corpus spreads over many tasks, shards and batches."""
    monkeypatch.setattr(dask_link, "TEXT_CHUNK", 8)
    monkeypatch.setattr(dask_link, "PAIR_BATCH", 4)
    monkeypatch.setattr(dask_link, "EVENT_CHUNK", 40)


@pytest.mark.parametrize("split", [[1000], [4, 1000], [2, 3, 1000]])
def test_dask_linking_equals_local(tmp_path: Path, scheduler: str, small_tasks: None, split: list[int]) -> None:
    from dask.distributed import Client

    arts = corpus()
    local = SQLiteStore(tmp_path / "local.db")
    local.put_articles(arts)
    want = link.update(local, [a.id for a in arts], Settings())
    store = SQLiteStore(tmp_path / "dask.db")
    with Client(scheduler) as client:
        i = 0
        for n in split:  # several runs: each links its articles with everything stored before
            part = corpus()[i:i + n]
            store.put_articles(part)
            got = dask_link.update(client, store, [a.id for a in part], Settings())
            i += n
    assert _state(store) == _state(local)
    assert got["families"] == want["families"] and got["clusters"] == want["clusters"]

    # and the state is the one the corpus was written for
    fams = {tuple(f.article_ids) for f in store.families()}
    assert ("a-antara", "b-priangan", "c-jabar") in fams
    clusters = {tuple(c.event_ids): c for c in store.clusters()}
    slide = clusters[("a-longsor", "b-longsor", "c-longsor", "d-longsor")]
    assert slide.figures[0].value == 3 and (slide.figures[0].min, slide.figures[0].max) == (3, 5)
    assert [c.field for c in slide.conflicts] == ["fatalities"] and slide.independent_sources == 2
    clash = clusters[("e-kontak", "f-serangan")]
    assert clash.figures[0].value == 2 and clash.conflicts
    assert ("g-demo", "h-demo") in clusters and ("i-pos",) in clusters
    assert max(len(c.event_ids) for c in store.clusters()) > 100  # the crowded day


def test_dask_linking_equals_local_on_generated_articles(tmp_path: Path, scheduler: str, small_tasks: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """300 generated articles, a fifth of them edited copies: many passages and clusters."""
    from bench.bench_link import generate
    from dask.distributed import Client

    monkeypatch.setattr(dask_link, "TEXT_CHUNK", 40)
    monkeypatch.setattr(dask_link, "PAIR_BATCH", 25)
    monkeypatch.setattr(dask_link, "EVENT_CHUNK", 150)
    arts = generate(300)
    local = SQLiteStore(tmp_path / "local.db")
    local.put_articles(arts)
    want = link.update(local, [a.id for a in arts], Settings())
    store = SQLiteStore(tmp_path / "dask.db")
    store.put_articles(arts)
    with Client(scheduler) as client:
        got = dask_link.update(client, store, [a.id for a in arts], Settings())
    assert got == want and want["passages"] > 50
    assert _state(store) == _state(local)
