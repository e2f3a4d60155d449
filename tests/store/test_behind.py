"""The write-behind queue: order, room, errors kept for the caller's next call, threads
that end when idle (no server needed)."""

from __future__ import annotations

import threading
import time

import pytest

from linimasa.store.behind import WriteBehind


def _wait_for(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.005)


def _writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("test-writer")]


def test_one_writer_writes_every_batch_in_order() -> None:
    written: list[int] = []
    behind: WriteBehind[int] = WriteBehind(lambda _w, b: written.append(b), writers=1, depth=2, name="test-writer")
    for b in range(20):
        behind.submit(b)
    behind.wait()
    assert written == list(range(20))
    assert behind.pending() == []
    _wait_for(lambda: not _writer_threads())  # nothing pending: no thread left


def test_submit_waits_for_room_and_pending_lists_what_is_not_written() -> None:
    gate = threading.Event()
    started: list[int] = []

    def write(_writer: int, batch: int) -> None:
        started.append(batch)
        gate.wait()

    behind: WriteBehind[int] = WriteBehind(write, writers=1, depth=2, name="test-writer")
    behind.submit(1)
    behind.submit(2)
    third = threading.Thread(target=behind.submit, args=(3,))
    third.start()
    time.sleep(0.05)
    assert third.is_alive()  # two batches pending: the third waits for room
    assert behind.pending() == [1, 2]
    gate.set()
    third.join(5)
    behind.wait()
    assert started == [1, 2, 3] and behind.pending() == []


def test_two_writers_write_at_once() -> None:
    both = threading.Barrier(2, timeout=5)  # passes only when two batches are being written together
    written: list[int] = []

    def write(writer: int, batch: int) -> None:
        both.wait()
        written.append(batch)

    behind: WriteBehind[int] = WriteBehind(write, writers=2, depth=2, name="test-writer")
    behind.submit(1)
    behind.submit(2)
    behind.wait()
    assert sorted(written) == [1, 2]


def test_an_error_in_the_writer_is_raised_at_the_next_call_and_later_batches_are_dropped() -> None:
    gate = threading.Event()
    written: list[int] = []

    def write(_writer: int, batch: int) -> None:
        gate.wait()
        if batch == 1:
            raise ValueError("the server said no")
        written.append(batch)

    behind: WriteBehind[int] = WriteBehind(write, writers=1, depth=3, name="test-writer")
    behind.submit(0)
    behind.submit(1)
    behind.submit(2)  # waits behind the failing batch: dropped with it
    gate.set()
    _wait_for(lambda: not behind.pending())
    with pytest.raises(ValueError, match="the server said no") as err:
        behind.submit(3)  # the next call raises, and its own batch is not taken
    assert any("not stored" in note for note in getattr(err.value, "__notes__", []))
    behind.wait()  # raised once, then forgotten
    assert written == [0]
    behind.submit(4)
    behind.wait()
    assert written == [0, 4]


@pytest.mark.parametrize("call", ["wait", "check"])
def test_wait_and_check_raise_the_writer_error(call: str) -> None:
    def write(_writer: int, _batch: int) -> None:
        raise RuntimeError("disk full")

    behind: WriteBehind[int] = WriteBehind(write, name="test-writer")
    behind.submit(1)
    _wait_for(lambda: not behind.pending())
    with pytest.raises(RuntimeError, match="disk full"):
        getattr(behind, call)()
    behind.check()  # forgotten once raised
