"""The Dask executor on a real LocalCluster (2 worker processes) must store exactly what
the local executor stores, and a rerun must skip the partitions already finished."""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from linimasa import export
from linimasa.config import Settings
from linimasa.ingest import read_inputs
from linimasa.run.dask import execute, group_units, read_unit, split_inputs
from linimasa.store import open_store
from linimasa.store.base import SQLStore

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("articles", "events", "quotes", "entities", "clusters", "passages")

# Pieces of short fictional news reports, combined into many distinct articles.
PLACES = ["Kabupaten Sleman", "Kota Makassar", "Kabupaten Bogor", "Kota Pontianak", "Kabupaten Jember"]
LEADS = [
    "Banjir merendam ratusan rumah warga di {p} setelah hujan deras mengguyur sejak Minggu malam.",
    "Polisi membubarkan bentrokan antarwarga di {p} pada Senin dini hari. Dua orang luka-luka.",
    "Ratusan mahasiswa berunjuk rasa di depan kantor bupati di {p} menolak kenaikan tarif air.",
    "Angin puting beliung merusak 40 rumah dan sebuah sekolah dasar di {p}, Selasa sore.",
]
BODIES = [
    "Kepala Badan Penanggulangan Bencana Daerah setempat mengatakan petugas masih mendata kerugian.",
    "\"Kami sudah mengirim bantuan makanan dan selimut,\" kata camat setempat kepada wartawan.",
    "Warga diminta tetap waspada karena cuaca buruk diperkirakan berlangsung hingga akhir pekan.",
    "Aparat gabungan TNI dan Polri berjaga di lokasi untuk mencegah kericuhan susulan.",
]


def _jsonl_lines(n: int) -> list[str]:
    lines = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        body = [LEADS[i % len(LEADS)].format(p=place)]
        body += [BODIES[(i + k) % len(BODIES)] for k in range(1 + i % 3)]
        body.append(f"Peristiwa ini tercatat sebagai laporan ke-{i + 1} pekan ini.")
        lines.append(json.dumps({"url": f"https://kabardaerah.example/berita/{i}", "outlet": "Kabar Daerah",
                                 "title": f"Laporan warga {i + 1}", "published": f"2024-05-{1 + i % 28:02d}",
                                 "text": "\n\n".join(body)}, ensure_ascii=False))
    lines.insert(7, lines[3])  # the same page twice: the first copy wins
    lines.insert(12, '{"url": "https://kabardaerah.example/rusak", "text": "Baris ini terpot')  # broken line
    lines.insert(20, "")
    return lines


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled example pages plus a 45-line JSON-lines feed."""
    root = tmp_path / "input"
    shutil.copytree(ROOT / "examples" / "corpus", root / "contoh")
    (root / "feed.jsonl").write_text("\n".join(_jsonl_lines(43)) + "\n", encoding="utf-8")
    return root


def _exports(store: SQLStore) -> dict[str, str]:
    out = {}
    for kind in KINDS:
        buf = io.StringIO()
        export.export(store, kind, "jsonl", buf)
        out[kind] = buf.getvalue()
    return out


@pytest.mark.parametrize("target", [0, 500, 3000, 10**6])
def test_jsonl_ranges_cover_the_file_on_line_boundaries(tmp_path: Path, target: int) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(_jsonl_lines(43)) + "\n", encoding="utf-8")
    data = f.read_bytes()
    units, _ = split_inputs([str(f)], partition_bytes=max(target, 1))
    if target >= len(data):
        assert [(u.start, u.end) for u in units] == [(None, None)]
        return
    assert units[0].start == 0 and units[-1].end == len(data)
    for a, b in itertools.pairwise(units):
        assert a.end == b.start and data[b.start - 1:b.start] == b"\n"
        assert b.first_line == data[:b.start].count(b"\n") + 1
    settings = Settings()
    whole = list(read_inputs([str(f)], settings))
    pieces = [d for u in units for d in read_unit(u, settings)]
    assert pieces == whole  # same pages, same names (file:LINE), same skips


@pytest.mark.parametrize("block", [64, 700, 5000])
def test_jsonl_ranges_line_numbers_across_read_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       block: int) -> None:
    """The file is read in blocks; each newline is counted once, whichever block holds it
    and however many cuts that block has."""
    from linimasa.run import partitions

    monkeypatch.setattr(partitions, "_BLOCK", block)
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(_jsonl_lines(43)) + "\n", encoding="utf-8")
    data = f.read_bytes()
    units, _ = split_inputs([str(f)], partition_bytes=400)
    assert len(units) > 3 and units[0].start == 0 and units[-1].end == len(data)
    for a, b in itertools.pairwise(units):
        assert a.end == b.start and data[b.start - 1:b.start] == b"\n"
        assert b.first_line == data[:b.start].count(b"\n") + 1


def test_group_units_packs_consecutive_units(tmp_path: Path) -> None:
    for i in range(7):
        (tmp_path / f"{i}.txt").write_text("x" * 100, encoding="utf-8")
    units, _ = split_inputs([str(tmp_path)])
    groups = group_units(units, partition_bytes=250)
    assert [len(g) for g in groups] == [2, 2, 2, 1]
    assert [u for g in groups for u in g] == units


def test_group_units_shrink_as_the_input_runs_out(tmp_path: Path) -> None:
    """With the number of workers: big partitions first, then smaller ones (a short tail)."""
    for i in range(64):
        (tmp_path / f"{i:02d}.txt").write_text("x" * 1000, encoding="utf-8")
    units, _ = split_inputs([str(tmp_path)])
    groups = group_units(units, partition_bytes=1000, workers=2)
    assert [u for g in groups for u in g] == units
    sizes = [len(g) for g in groups]
    assert sizes[:3] == [16, 12, 9]  # a quarter of what is left, for 2 workers
    assert sizes == sorted(sizes, reverse=True) and sizes[-4:] == [1, 1, 1, 1]


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_worker_collector_keeps_what_survives_frozen_between_partitions() -> None:
    """A partition's collections walk only what is new: what survived stays frozen from
    one partition to the next; cyclic garbage lives one batch at most; once the frozen
    objects doubled, one full collection frees the cycles frozen while in use."""
    import gc
    import weakref

    from linimasa.run.dask import WorkerCollector

    col = WorkerCollector()
    was_enabled = gc.isenabled()
    try:
        with col.partition() as after_batch:
            assert not gc.isenabled()
            c = _Cycle()
            ref = weakref.ref(c)
            del c
            after_batch()
            assert ref() is None
            kept = _Cycle()
            after_batch()  # frozen while in use
        assert gc.isenabled() == was_enabled
        frozen = gc.get_freeze_count()
        assert frozen > 0
        ref = weakref.ref(kept)
        del kept  # frozen cyclic garbage now
        with col.partition():
            assert gc.get_freeze_count() >= frozen - 1  # not unfrozen
        assert ref() is not None
        col.limit = 1  # as if the frozen objects had doubled
        col.partitions = col.CHECK_EVERY - 1  # and the time to count them had come
        with col.partition():
            assert ref() is None
        assert col.limit > gc.get_freeze_count()
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def test_worker_store_is_kept_between_partitions(tmp_path: Path) -> None:
    """One connection per worker and store, no transaction left open between uses; a
    connection that failed, or a file replaced at the same path, is opened anew."""
    from linimasa.run.dask import worker_store

    db = str(tmp_path / "w.db")
    with worker_store(db) as a:
        a.known_hashes(["x"])
    with worker_store(db) as b:
        assert b is a
    assert not a.conn.in_transaction
    with pytest.raises(RuntimeError), worker_store(db) as c:
        raise RuntimeError("a failed write")
    with worker_store(db) as d:
        assert d is not c
    for f in tmp_path.glob("w.db*"):
        f.unlink()
    with worker_store(db) as e:
        assert e is not d and e.schema_version > 0


def test_worker_store_reads_and_writes_on_connections_of_their_own(tmp_path: Path) -> None:
    """A write waiting for its turn runs beside the worker's next partition, which reads
    the store: each keeps its own connection, so neither ends the other's transaction."""
    from linimasa.run.dask import worker_store

    db = str(tmp_path / "w.db")
    with worker_store(db) as r, worker_store(db, "write") as w:
        assert r is not w
    with worker_store(db, "write") as w2, worker_store(db) as r2:
        assert w2 is w and r2 is r


def test_write_turns_wake_the_next_writer_and_say_when_it_waits(tmp_path: Path) -> None:
    """Writers of one SQLite file take turns (the second waits until the first is done,
    and is told before it waits); writers of a URL store do not."""
    import threading
    import time

    from linimasa.run.dask_worker import end_turns, write_turn

    db = str(tmp_path / "t.db")
    order: list[str] = []
    told: list[str] = []

    def second() -> None:
        with write_turn(db, lambda: told.append("second")):
            order.append("second writes")

    with write_turn(db, lambda: told.append("first")):
        t = threading.Thread(target=second)
        t.start()
        time.sleep(0.3)
        assert told == ["second"] and order == []
        order.append("first writes")
    t.join(10)
    assert order == ["first writes", "second writes"] and told == ["second"]
    end_turns(db)
    with write_turn("postgresql://u@h/db", lambda: told.append("pg")), \
            write_turn("postgresql://u@h/db", lambda: told.append("pg")):
        pass
    assert told == ["second"]


def test_writes_that_wait_their_turn_store_what_the_others_store(corpus: Path, tmp_path: Path,
                                                                  scheduler: str) -> None:
    """While another writer holds the file's turn, the workers' writes wait (in threads of
    their own, the workers going on with their partitions) and store, once it is theirs,
    exactly what a run whose writes never waited stores."""
    import threading

    from linimasa.run.dask_worker import _turn_file, write_turn

    settings = Settings()
    with open_store(str(tmp_path / "free.db")) as store:
        want_run = execute(store, [str(corpus)], settings, scheduler=scheduler, partition_bytes=2000, link=False)
        want = _exports(store)
    db = str(tmp_path / "held.db")
    held, release = threading.Event(), threading.Event()

    def other_writer() -> None:
        with write_turn(os.path.abspath(db)):
            held.set()
            release.wait(30)

    t = threading.Thread(target=other_writer)
    t.start()
    held.wait(10)
    timer = threading.Timer(1.5, release.set)
    timer.start()
    try:
        with open_store(db) as store:
            run = execute(store, [str(corpus)], settings, scheduler=scheduler, partition_bytes=2000, link=False)
            got = _exports(store)
    finally:
        release.set()
        timer.cancel()
        t.join(10)
    assert run.counts["partitions_write_wait_ms"] >= 500  # they did wait for the other writer
    assert not os.path.exists(_turn_file(os.path.abspath(db)))  # nothing left in the temporary folder
    assert {k: v for k, v in run.counts.items() if not k.startswith("partitions")} == \
        {k: v for k, v in want_run.counts.items() if not k.startswith("partitions")}
    for kind in ("articles", "events", "quotes", "entities"):
        assert got[kind] == want[kind], kind


def test_warm_up_processes_pages_without_storing_them(corpus: Path) -> None:
    from linimasa.run.dask import warm_up

    assert warm_up(Settings(), inputs=[str(corpus / "feed.jsonl")]) == 1 + 44  # its own page, the feed's pages


def _local_reference(corpus: Path, db: Path, hash_seed: str) -> None:
    """The local executor on ``corpus`` in a fresh process with the workers' hash seed:
    Dask pins PYTHONHASHSEED on its workers, and a stage whose output hangs on set order
    must not make the two runs differ for that reason alone."""
    code = ("import sys; from linimasa.config import Settings; from linimasa.run import local; "
            "from linimasa.store import open_store; s = open_store(sys.argv[2]); "
            "local.execute(s, [sys.argv[1]], Settings()); s.close()")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-c", code, str(corpus), str(db)], env=env, check=True, capture_output=True)


@pytest.mark.parametrize(("backend", "workers_write"), [("sqlite", True), ("sqlite", False), ("postgres", True)])
def test_dask_run_equals_local_run(corpus: Path, tmp_path: Path, scheduler: str, backend: str, workers_write: bool,
                                   request: pytest.FixtureRequest) -> None:
    """The workers write the store (SQLite, PostgreSQL), or send the rows back and the client
    writes: either way the local run's articles, counts and skips. The feed holds a page twice,
    in two partitions (the first copy wins: its source is stored) and a broken line."""
    from dask.distributed import Client

    with Client(scheduler) as client:
        seeds = set(client.run(lambda: os.environ.get("PYTHONHASHSEED", "")).values())
    assert len(seeds) == 1
    _local_reference(corpus, tmp_path / "local.db", seeds.pop() or "0")
    with open_store(str(tmp_path / "local.db")) as ref:
        (want_run,) = ref.runs()
        want = _exports(ref)
    url = str(tmp_path / "dask.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    with open_store(url) as store:
        run = execute(store, [str(corpus)], Settings(), scheduler=scheduler, partition_bytes=2000,
                      workers_write=workers_write)
        got = _exports(store)
    assert run.counts["partitions"] > 3  # the feed was split
    counts = {k: v for k, v in run.counts.items() if not k.startswith("partitions")}
    assert counts == want_run.counts
    assert sorted((s.source, s.reason) for s in run.skips) == sorted((s.source, s.reason) for s in want_run.skips)
    for kind in KINDS:
        assert got[kind] == want[kind], kind
    assert want["articles"].count("\n") >= 50 and want["events"]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_rerun_skips_finished_partitions(corpus: Path, tmp_path: Path, scheduler: str, backend: str,
                                         request: pytest.FixtureRequest) -> None:
    settings = Settings()
    url = str(tmp_path / "dask.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    with open_store(url) as store:
        first = execute(store, [str(corpus)], settings, scheduler=scheduler, partition_bytes=2000, link=False)
        units, _ = split_inputs([str(corpus)], partition_bytes=2000)
        again = execute(store, [str(corpus)], settings, scheduler=scheduler, partition_bytes=2000, link=False)
        assert again.counts["partitions"] == 0
        assert again.counts["partitions_skipped"] == len(units)
        assert again.counts["new"] == 0
        assert again.counts["unchanged"] == first.counts["read"]
        (corpus / "tambahan.txt").write_text(
            "Tanah longsor menutup jalan provinsi di Kabupaten Garut, Rabu pagi. Petugas membersihkan material "
            "longsoran dengan alat berat dan arus lalu lintas dialihkan sementara.\n\nTidak ada korban jiwa dalam "
            "peristiwa itu, kata kepala dinas pekerjaan umum setempat.", encoding="utf-8")
        third = execute(store, [str(corpus)], settings, scheduler=scheduler, partition_bytes=2000, link=False)
        assert third.counts["partitions"] == 1 and third.counts["partitions_skipped"] == len(units)
        assert third.counts["new"] == 1
        assert store.count_articles() == first.counts["new"] + 1


def test_workers_write_only_a_store_they_reach(corpus: Path, tmp_path: Path, scheduler: str) -> None:
    """An in-memory SQLite database lives in the client: its rows come back to be written
    there (and asking the workers to write it is a clear error)."""
    from dask.distributed import Client

    from linimasa.errors import StoreError
    from linimasa.run.dask import _worker_db

    with Client(scheduler) as client, open_store(":memory:") as mem, open_store(str(tmp_path / "d.db")) as disk:
        assert _worker_db(client, mem) is None
        assert _worker_db(client, disk) == str(tmp_path / "d.db")
        with pytest.raises(StoreError, match="cannot reach"):
            execute(mem, [str(corpus)], Settings(), client=client, link=False, workers_write=True)
        run = execute(mem, [str(corpus)], Settings(), client=client, link=False, partition_bytes=20_000)
        assert run.counts["new"] == mem.count_articles() >= 50


def test_partitions_written_in_any_order_store_what_a_local_run_stores(corpus: Path, tmp_path: Path) -> None:
    """The client's decisions (pages an earlier partition holds, entities an earlier
    partition names) make the write order irrelevant: here the last partition is written
    first. Run in this process, without a cluster."""
    from linimasa.pipeline import STAGES
    from linimasa.run import local
    from linimasa.run.dask import Partition, _Accounts, run_partition, summarize, write_partition
    from linimasa.run.dask_worker import end_turns
    from linimasa.run.partitions import done_units

    settings = Settings()
    with open_store(str(tmp_path / "local.db")) as ref:
        want_run = local.execute(ref, [str(corpus)], settings, link=False)
        want = _exports(ref)
    db = str(tmp_path / "dask.db")
    units, _ = split_inputs([str(corpus)], partition_bytes=2000)
    parts = [Partition(i, g) for i, g in enumerate(group_units(units, 2000))]
    with open_store(db) as store:
        results = [run_partition(p, settings, STAGES, db) for p in parts]
        run = store.start_run([str(corpus)])
        done_units(store, [])  # creates the markers table, as execute() does
        acct = _Accounts(store, run)
        decisions = [acct.take_summary(summarize(r)) for r in results]
        assert any(drop for drop, _ in decisions)  # the feed's second copy of a page
        for part, result, (drop, own) in reversed(list(zip(parts, results, decisions))):
            write_partition(result, drop, own, db, run.id, [(u.key(STAGES), u.path) for u in part.units])
        end_turns(db)
        got = _exports(store)
    assert {k: run.counts[k] for k in ("read", "new", "unchanged", "skipped")} == \
        {k: want_run.counts[k] for k in ("read", "new", "unchanged", "skipped")}
    for kind in ("articles", "events", "quotes", "entities"):
        assert got[kind] == want[kind], kind
