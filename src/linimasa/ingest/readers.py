"""One reader per container format. Each yields RawDocument or Skip, never raises for a
bad input: the reason is recorded and the run goes on."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from ..errors import InputError
from ..model import RawDocument, Skip
from .decode import cut_at_paragraph, decode

log = logging.getLogger(__name__)

_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<title|<article|<div|<p[ >])", re.IGNORECASE)
_CHARSET = re.compile(r"charset=[\"']?([\w-]+)", re.IGNORECASE)


def sniff_kind(head: bytes) -> str:
    """Guess a container format from the first bytes: warc | html | jsonl | txt."""
    if head.startswith((b"\x1f\x8b", b"WARC/")):
        return "warc"
    text = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(text):
        return "html"
    first = text.lstrip().split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and first.endswith(b"}"):
        return "jsonl"
    return "txt"


def text_document(source: str, data: bytes, kind: str, truncated: bool) -> RawDocument | Skip:
    """A .txt or .html page from its bytes."""
    try:
        text, enc = decode(data, _declared_charset(data) if kind == "html" else None)
    except InputError as exc:
        return Skip(source=source, reason=str(exc))
    if truncated:
        text = cut_at_paragraph(text, max(len(text) - 1, 1))
    if not text.strip():
        return Skip(source=source, reason="empty file (nothing but whitespace)")
    if kind == "html":
        if "<" not in text:
            return RawDocument(source=source, kind="txt", text=text, encoding=enc)
        return RawDocument(source=source, kind="html", html=text, encoding=enc)
    return RawDocument(source=source, kind=kind, text=text, encoding=enc)


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096].decode("ascii", errors="replace"))
    return m.group(1) if m else None


def jsonl_documents(source: str, data: bytes, first_line: int = 1) -> Iterator[RawDocument | Skip]:
    """One article per line; a bad line is a Skip naming ``file:line``. ``data`` may be a
    line-aligned block of a bigger file whose first line is number ``first_line``. Lines
    are split at ``\n`` only: JSON allows a raw U+2028 inside a string."""
    try:
        text, enc = decode(data)
    except InputError as exc:
        yield Skip(source=source, reason=str(exc))
        return
    found = False
    for lineno, line in enumerate(text.split("\n"), first_line):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        found = True
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(source=where, reason=f"invalid JSON line (truncated or broken): {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Skip(source=where, reason=f"expected a JSON object per line, got {type(obj).__name__}")
            continue
        doc = _from_json(where, obj, enc)
        yield doc
    if not found:
        yield Skip(source=source, reason="empty file (no JSON lines)")


def _str(obj: dict[str, Any], key: str) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


def _from_json(where: str, obj: dict[str, Any], enc: str) -> RawDocument | Skip:
    text, html = _str(obj, "text"), _str(obj, "html")
    if not (text and text.strip()) and not (html and html.strip()):
        return Skip(source=where, reason="JSON line has no 'text' or 'html' field with content")
    return RawDocument(
        source=where, kind="jsonl", text=text if text and text.strip() else None,
        html=html if html and html.strip() else None, url=_str(obj, "url"), title=_str(obj, "title"),
        published=_str(obj, "published"), outlet=_str(obj, "outlet"), encoding=enc,
    )


def warc_documents(source: str, stream: IO[bytes], max_bytes: int) -> Iterator[RawDocument | Skip]:
    """HTML response records of a WARC (gzip or not). Other records are counted and
    reported in one Skip line."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    other: Counter[str] = Counter()
    n_html = 0
    try:
        for i, rec in enumerate(ArchiveIterator(stream), 1):
            if rec.rec_type != "response":
                other[rec.rec_type] += 1
                continue
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or ""
            if "html" not in ctype.lower():
                other[f"response {ctype.split(';')[0].strip() or 'without type'}"] += 1
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{i}"
            data = rec.content_stream().read(max_bytes)
            m = _CHARSET.search(ctype)
            doc = text_document(where, data, "html", truncated=False)
            if isinstance(doc, RawDocument):
                if m and doc.html is not None and doc.encoding != m.group(1).lower():
                    try:
                        doc.html, doc.encoding = decode(data, m.group(1))
                    except InputError:
                        pass
                doc.kind, doc.url = "warc", uri
                n_html += 1
            yield doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Skip(source=source, reason=f"broken WARC archive: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
        return
    if other:
        what = ", ".join(f"{k} {v}" for k, v in sorted(other.items()))
        yield Skip(source=source, reason=f"{sum(other.values())} non-HTML WARC records skipped ({what})")
    if n_html == 0 and not other:
        yield Skip(source=source, reason="WARC archive holds no records")
