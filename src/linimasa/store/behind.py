"""Write-behind: batches handed to writer threads, which store them while the caller goes on.

The PostgreSQL server stores and indexes a batch in a process of its own, on another core;
with the write behind, this process meanwhile builds the next batch's rows (or, in a run,
analyses the next articles) instead of waiting for the server. :class:`WriteBehind` holds at
most ``depth`` batches handed over and not yet written (the caller waits for room) and gives
them, in the order they came, to up to ``writers`` threads (each with a connection, so each
with a server process of its own).

An error in a writer is kept and raised to the caller at its next call
(:meth:`~WriteBehind.submit`, :meth:`~WriteBehind.check` or :meth:`~WriteBehind.wait`); the
batches handed over after the failed one and not yet being written are dropped unwritten.

A thread is started when a batch is handed over and no writer is free, and ends as soon as
no batch waits: an idle store holds no thread, and an interpreter that exits waits for the
batches still pending (the threads are not daemons) instead of losing them.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class WriteBehind(Generic[T]):
    """``write(writer, batch)`` run on a writer thread for each batch handed to
    :meth:`submit`; ``writer`` (0 … ``writers`` - 1) names the thread, one batch at a time."""

    def __init__(self, write: Callable[[int, T], None], *, writers: int = 1, depth: int = 2,
                 name: str = "linimasa-writer") -> None:
        self._write = write
        self._depth = max(depth, writers)
        self._name = name
        self._cond = threading.Condition()
        self._waiting: deque[T] = deque()  # handed over, no writer has taken them yet
        self._undone: list[T] = []  # handed over and not yet written (nor dropped), in the order given
        self._running = [False] * writers
        self._idle = 0  # threads running that have not taken a batch (yet, or any more)
        self._error: BaseException | None = None

    def submit(self, batch: T) -> None:
        """Hand ``batch`` to the writers, after waiting while ``depth`` batches are pending.
        Raises (and forgets) the error of an earlier batch instead, leaving ``batch`` unwritten."""
        with self._cond:
            while True:
                self._raise_error()
                if len(self._undone) < self._depth:
                    break
                self._cond.wait()
            self._waiting.append(batch)
            self._undone.append(batch)
            if self._idle < len(self._waiting) and not all(self._running):
                writer = self._running.index(False)
                self._running[writer] = True
                self._idle += 1
                threading.Thread(target=self._run, args=(writer,), name=f"{self._name}-{writer}").start()

    def check(self) -> None:
        """Raises (and forgets) the error of a batch that failed, without waiting."""
        with self._cond:
            self._raise_error()

    def wait(self) -> None:
        """Until every batch handed over is written; then raises (and forgets) a writer's
        error, if one failed."""
        with self._cond:
            while self._undone:
                self._cond.wait()
            self._raise_error()

    def pending(self) -> list[T]:
        """The batches handed over and not yet written (nor dropped), in the order given."""
        with self._cond:
            return list(self._undone)

    def _raise_error(self) -> None:
        error, self._error = self._error, None
        if error is not None:
            raise error

    def _run(self, writer: int) -> None:
        while True:
            with self._cond:
                if not self._waiting:
                    self._running[writer] = False
                    self._idle -= 1
                    return
                batch = self._waiting.popleft()
                self._idle -= 1
            try:
                self._write(writer, batch)
            except BaseException as exc:  # noqa: BLE001 - kept for the caller's next call
                with self._cond:
                    dropped = len(self._waiting)
                    for b in self._waiting:
                        self._forget(b)
                    self._waiting.clear()
                    exc.add_note(f"(raised by a writer thread while storing a batch handed over earlier; that batch "
                                 f"and the {dropped} waiting after it were not stored)")
                    if self._error is None:
                        self._error = exc
                    self._done(batch)
                continue
            with self._cond:
                self._done(batch)

    def _done(self, batch: T) -> None:
        self._forget(batch)
        self._idle += 1
        self._cond.notify_all()

    def _forget(self, batch: T) -> None:
        self._undone = [b for b in self._undone if b is not batch]
