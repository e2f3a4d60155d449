"""Bytes -> text: binary refusal and encoding detection.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised directly; anything else
goes to charset-normalizer on a sample, with cp1252 as the last resort. A page that is
UTF-8 apart from a few broken bytes stays UTF-8 (the broken bytes become U+FFFD) rather
than being misread as a single-byte code page.
"""

from __future__ import annotations

import codecs
import logging

from ..errors import InputError

log = logging.getLogger(__name__)

SAMPLE = 64 * 1024

# Magic numbers of formats that are never news pages.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (a one-line reason), or None when it may be text."""
    if bom_encoding(data):
        return None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({what}), expected a text, HTML, JSON-lines or WARC page"
    head = data[:SAMPLE]
    if b"\x00" in head:
        # UTF-16 without a BOM has NULs in every other byte; accept it only when the
        # NULs sit regularly (all even or all odd positions) over a mostly-ASCII text.
        if _looks_utf16(head) is None:
            return "binary file (NUL bytes), expected a text, HTML, JSON-lines or WARC page"
        return None
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and control / len(head) > 0.05:
        return "binary file (control bytes), expected a text, HTML, JSON-lines or WARC page"
    return None


def _looks_utf16(head: bytes) -> str | None:
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    even = head[0:n:2].count(0)
    odd = head[1:n:2].count(0)
    half = n // 2
    if odd > 0.4 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding name). Raises :class:`InputError` for
    binary data. ``declared`` is a charset named by the container (HTTP header, meta)."""
    reason = binary_reason(data)
    if reason:
        raise InputError(reason)
    enc = bom_encoding(data) or _looks_utf16(data[:SAMPLE])
    if enc:
        return data.decode(enc, errors="replace").lstrip("\ufeff"), enc.removesuffix("-sig")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            if declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
                return data.decode(declared, errors="replace"), declared.lower()
        except LookupError:
            log.debug("unknown declared charset %r", declared)
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    multibyte = sum(1 for ch in lossy if ord(ch) > 127 and ch != "\ufffd")
    # Mostly valid UTF-8 with a few broken bytes: keep UTF-8.
    if multibyte >= 1 and bad <= max(3, multibyte // 4):
        return lossy, "utf-8 (with invalid bytes replaced)"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE]).best()
    enc = best.encoding if best is not None else "cp1252"
    if enc in ("ascii", "utf_8"):
        enc = "cp1252"
    return data.decode(enc, errors="replace"), enc.replace("_", "-")


def cut_at_paragraph(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a paragraph (else line) break."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for sep in ("\n\n", "\n", ". "):
        pos = head.rfind(sep)
        if pos > limit // 2:
            return head[: pos + (1 if sep == ". " else 0)]
    return head
