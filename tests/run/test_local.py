"""The local executor's collector policy: off while the stream runs, one collection per
batch, and the collector as it was afterwards."""

from __future__ import annotations

import gc
import weakref

from linimasa.run import local


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collect_per_batch_restores_the_collector() -> None:
    assert gc.isenabled()
    with local.collect_per_batch() as after_batch:
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0  # what was there before the stream is out of the way
        after_batch()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_cyclic_garbage_lives_one_batch_at_most() -> None:
    with local.collect_per_batch() as after_batch:
        c = _Cycle()
        ref = weakref.ref(c)
        del c
        assert ref() is not None  # no automatic collection inside a batch
        after_batch()
        assert ref() is None


def test_a_stream_of_skips_is_collected_too(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Pages that all become skips fill no batch to write; collections happen all the same."""
    from linimasa.model import RawDocument, RunRecord, Skip

    class NoStore:
        def known_hashes(self, hashes: list[str]) -> set[str]:
            return set()

        def put_articles(self, arts: list[object]) -> None:
            raise AssertionError("nothing to write")

    collect = gc.collect
    calls: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append(1) or collect(*a))
    monkeypatch.setattr(local, "BATCH", 3)
    monkeypatch.setattr(local, "process", lambda doc, res, **kw: Skip(source=doc.source, reason="test"))
    docs = [RawDocument(source=f"p{i}", kind="txt", text=f"page {i}") for i in range(7)]
    run = RunRecord(id="r", started="now", inputs=[])
    local.process_stream(NoStore(), docs, None, run)  # type: ignore[arg-type]
    assert run.counts["skipped"] == 7
    assert len(calls) == 2  # after pages 3 and 6 (on entry, what is there is frozen uncollected)
