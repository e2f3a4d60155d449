"""Readers: txt, html, jsonl, warc, folders, stdin -> RawDocument (or a recorded Skip).

SCAFFOLD: minimal .txt reader; the ingest work replaces it with the full set of readers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..config import Settings
from ..model import RawDocument, Skip


def read_inputs(paths: Sequence[str], settings: Settings) -> Iterator[RawDocument | Skip]:
    for p in paths:
        path = Path(p)
        files = sorted(x for x in path.rglob("*") if x.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                yield RawDocument(source=str(f), kind="txt", text=f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                yield Skip(source=str(f), reason=str(exc))
