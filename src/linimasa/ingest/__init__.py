"""Readers: txt, html, jsonl, warc, folders, stdin -> RawDocument (or a recorded Skip).

:func:`read_inputs` walks the given paths in a deterministic order and dispatches every
file on its extension (unknown extensions are sniffed). A file that cannot become a page
(missing, unreadable, binary, empty, broken) comes back as a :class:`Skip` with a one-line
reason; nothing here raises for bad input.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from ..config import Settings
from ..model import RawDocument, Skip
from .readers import jsonl_documents, sniff_kind, text_document, warc_documents

log = logging.getLogger(__name__)

__all__ = ["iter_files", "read_file", "read_inputs", "read_stream"]

KINDS = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc",
}
# Files a folder walk leaves alone: documentation next to the pages, not pages.
_NOT_PAGES = ("readme", "license", "licence", "changelog", "notice")


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".warc.gz", ".warc.gzip")):
        return "warc"
    return KINDS.get(path.suffix.lower())


def iter_files(path: Path) -> Iterator[Path]:
    """Files under a folder, recursively, in sorted path order; hidden entries and
    README/LICENSE-style documentation files are left out."""
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or name.lower().split(".")[0] in _NOT_PAGES:
                log.debug("not a page, left out: %s", Path(root) / name)
                continue
            found.append(Path(root) / name)
    yield from sorted(found, key=lambda p: p.relative_to(path).parts)


def read_inputs(paths: Sequence[str], settings: Settings) -> Iterator[RawDocument | Skip]:
    """Every page under ``paths`` (files, folders, ``-`` for standard input)."""
    for p in paths:
        if p == "-":
            yield from read_stream("-", sys.stdin.buffer, settings)
            continue
        path = Path(p)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield Skip(source=p, reason=f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            n = 0
            for f in iter_files(path):
                n += 1
                yield from read_file(f, settings)
            if n == 0:
                yield Skip(source=p, reason="folder holds no files")
        else:
            yield from read_file(path, settings)


def read_file(path: Path, settings: Settings) -> Iterator[RawDocument | Skip]:
    source = str(path)
    try:
        if not path.exists():
            yield Skip(source=source, reason="no such file or folder")
            return
        if not path.is_file():
            yield Skip(source=source, reason="not a regular file")
            return
        size = path.stat().st_size
        kind = _kind_of(path)
        if kind == "warc":
            with path.open("rb") as fh:
                yield from warc_documents(source, fh, settings.max_file_bytes)
            return
        if kind == "jsonl" and size > settings.max_file_bytes:
            # A big JSON-lines file is a stream of pages, not one page: read it in
            # line-aligned blocks; the size limit applies per block, never cuts the file.
            with path.open("rb") as fh:
                for first_line, block in line_blocks(fh, settings.max_file_bytes):
                    yield from jsonl_documents(source, block, first_line)
            return
        with path.open("rb") as fh:
            data = fh.read(settings.max_file_bytes)
    except OSError as exc:
        yield Skip(source=source, reason=f"cannot read: {exc.strerror or exc}")
        return
    yield from _dispatch(source, data, kind, size, settings)


def line_blocks(fh: IO[bytes], block: int) -> Iterator[tuple[int, bytes]]:
    """``(first line number, bytes)`` blocks of about ``block`` bytes that end at a line end."""
    lineno, rest = 1, b""
    while chunk := fh.read(block):
        buf = rest + chunk
        cut = buf.rfind(b"\n") + 1
        if cut == 0:  # one line longer than a block: keep reading
            rest = buf
            continue
        yield lineno, buf[:cut]
        lineno += buf.count(b"\n", 0, cut)
        rest = buf[cut:]
    if rest.strip():
        yield lineno, rest


def read_stream(source: str, stream: IO[bytes], settings: Settings) -> Iterator[RawDocument | Skip]:
    """A page (or JSON lines, or a WARC) from a binary stream such as standard input."""
    try:
        data = stream.read(settings.max_file_bytes + 1)
    except OSError as exc:
        yield Skip(source=source, reason=f"cannot read: {exc.strerror or exc}")
        return
    size = len(data)
    data = data[: settings.max_file_bytes]
    yield from _dispatch(source, data, None, size, settings)


def _dispatch(source: str, data: bytes, kind: str | None, size: int, settings: Settings) -> Iterator[RawDocument | Skip]:
    if not data.strip():
        yield Skip(source=source, reason="empty file")
        return
    kind = kind or sniff_kind(data[:4096])
    truncated = size > len(data)
    if truncated:
        log.warning("%s: %.1f MB, read the first %.1f MB only (cut at a paragraph)",
                    source, size / 1e6, len(data) / 1e6)
    if kind == "warc":
        yield from warc_documents(source, io.BytesIO(data), settings.max_file_bytes)
    elif kind == "jsonl":
        yield from jsonl_documents(source, data)
    else:
        yield text_document(source, data, kind, truncated)
