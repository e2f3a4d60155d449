"""Every reader and every bad input: a RawDocument, or a Skip with a one-line reason."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import time
from pathlib import Path

import pytest

from linimasa.config import Settings
from linimasa.ingest import iter_files, read_inputs, read_stream
from linimasa.ingest.decode import binary_reason, decode
from linimasa.model import RawDocument, Skip

PAGE = ("JAKARTA - Polisi menangkap tiga orang yang diduga terlibat dalam perampokan toko emas di pasar.\n\n"
        "Kepala kepolisian mengatakan para pelaku sudah lama diincar karena beraksi di beberapa kota.\n")
SETTINGS = Settings()


def _read(*paths: Path | str, settings: Settings = SETTINGS) -> list[RawDocument | Skip]:
    return list(read_inputs([str(p) for p in paths], settings))


def _one(path: Path, settings: Settings = SETTINGS) -> RawDocument | Skip:
    (got,) = _read(path, settings=settings)
    return got


@pytest.mark.parametrize(
    "name,payload,encoding",
    [
        ("utf8.txt", PAGE.encode("utf-8"), "utf-8"),
        ("bom.txt", codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8"),
        ("utf16.txt", PAGE.encode("utf-16"), "utf-16"),  # with a BOM
        ("utf16be.txt", codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_text_encodings(tmp_path: Path, name: str, payload: bytes, encoding: str) -> None:
    p = tmp_path / name
    p.write_bytes(payload)
    doc = _one(p)
    assert isinstance(doc, RawDocument) and doc.kind == "txt"
    assert doc.text == PAGE and doc.encoding is not None and doc.encoding.startswith(encoding[:6])


def test_cp1252_page(tmp_path: Path) -> None:
    text = ("Café di Jakarta ditutup setelah razia. Pemiliknya, José, mengatakan « kami kecewa » kepada "
            "wartawan. Harga kopi naik 10 % tahun ini dan pelanggan berkurang drastis sejak Januari.\n") * 3
    p = tmp_path / "latin.txt"
    p.write_bytes(text.encode("cp1252"))
    doc = _one(p)
    assert isinstance(doc, RawDocument)
    assert "Café" in (doc.text or "") and "José" in (doc.text or "")


def test_invalid_utf8_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(("Berita ini memuat kata “penting” dan sebuah byte rusak: ").encode() + b"\xff\xfe\xfa" + PAGE.encode())
    doc = _one(p)
    assert isinstance(doc, RawDocument)
    assert "“penting”" in (doc.text or "") and "\ufffd" in (doc.text or "")


@pytest.mark.parametrize(
    "payload,what",
    [
        (b"%PDF-1.7\n%binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x7fELF\x02\x01", "executable"),
        (b"abc\x00\x01\x02\x00\x00\xff" * 20, "NUL"),
    ],
)
def test_binary_files_refused(tmp_path: Path, payload: bytes, what: str) -> None:
    p = tmp_path / "file.txt"
    p.write_bytes(payload)
    doc = _one(p)
    assert isinstance(doc, Skip)
    assert doc.reason.startswith("binary file") and what in doc.reason and "\n" not in doc.reason


@pytest.mark.parametrize("payload", [b"", b"   \n\n\t  \n"])
def test_empty_file(tmp_path: Path, payload: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(payload)
    doc = _one(p)
    assert isinstance(doc, Skip) and doc.reason.startswith("empty")


def test_missing_path(tmp_path: Path) -> None:
    doc = _one(tmp_path / "nope.txt")
    assert isinstance(doc, Skip) and doc.reason == "no such file or folder"


def test_broken_symlink_and_unreadable_file(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert isinstance(_one(link), Skip)
    p = tmp_path / "locked.txt"
    p.write_text(PAGE, encoding="utf-8")
    p.chmod(0)
    try:
        doc = _one(p)
        if os.geteuid() != 0:  # root reads anything
            assert isinstance(doc, Skip) and doc.reason.startswith("cannot read")
    finally:
        p.chmod(0o644)


def test_html_reader(tmp_path: Path) -> None:
    p = tmp_path / "page.htm"
    p.write_text("<html><head><meta charset='utf-8'></head><body><p>" + PAGE + "</p></body></html>", encoding="utf-8")
    doc = _one(p)
    assert isinstance(doc, RawDocument) and doc.kind == "html" and doc.text is None and "<p>" in (doc.html or "")


def test_html_declared_charset(tmp_path: Path) -> None:
    p = tmp_path / "old.html"
    p.write_bytes(b'<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 Jos\xe9 ditutup.</p></body></html>')
    doc = _one(p)
    assert isinstance(doc, RawDocument) and "Café José" in (doc.html or "")


def test_jsonl_reader_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": PAGE, "url": "https://contoh.com/2025/01/02/a", "title": "Judul", "published": "2025-01-02",
                    "outlet": "Contoh.com"}),
        "",
        json.dumps({"html": "<p>" + PAGE + "</p>"}),
        '{"text": "Polisi menangkap tiga orang yang',  # truncated
        json.dumps({"title": "no body"}),
        json.dumps(["not", "an", "object"]),
    ]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    got = _read(p)
    assert [type(g).__name__ for g in got] == ["RawDocument", "RawDocument", "Skip", "Skip", "Skip"]
    first = got[0]
    assert isinstance(first, RawDocument)
    assert (first.source, first.kind, first.url, first.title, first.published, first.outlet) == (
        f"{p}:1", "jsonl", "https://contoh.com/2025/01/02/a", "Judul", "2025-01-02", "Contoh.com")
    assert isinstance(got[1], RawDocument) and got[1].html and got[1].text is None
    bad = got[2]
    assert isinstance(bad, Skip) and bad.source == f"{p}:4" and bad.reason.startswith("invalid JSON line")
    assert isinstance(got[3], Skip) and "no 'text' or 'html'" in got[3].reason


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record("x.warc.gz", {"software": "test"}))
        for uri, ctype, body in [
            ("https://contoh.com/berita/1", "text/html; charset=utf-8", ("<html><body><p>" + PAGE + "</p></body></html>").encode()),
            ("https://contoh.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://contoh.com/app.js", "application/javascript", b"var x = 1;"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        w.write_record(w.create_warc_record("https://contoh.com/berita/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_reader_counts_non_html_records(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    _warc(p)
    got = _read(p)
    docs = [g for g in got if isinstance(g, RawDocument)]
    skips = [g for g in got if isinstance(g, Skip)]
    assert len(docs) == 1 and docs[0].kind == "warc" and docs[0].url == "https://contoh.com/berita/1"
    assert "Polisi menangkap" in (docs[0].html or "")
    assert len(skips) == 1 and skips[0].reason.startswith("4 non-HTML WARC records skipped")
    assert "image/png" in skips[0].reason and "warcinfo" in skips[0].reason


def test_broken_warc(tmp_path: Path) -> None:
    p = tmp_path / "bad.warc"
    p.write_bytes(b"WARC/1.0\r\nthis is not a warc at all\r\n\r\n")
    got = _read(p)
    assert got and all(isinstance(g, Skip) for g in got)
    assert any("WARC" in g.reason for g in got if isinstance(g, Skip))


def test_directory_is_recursive_sorted_and_skips_docs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>" + PAGE + "</p>", encoding="utf-8")
    (tmp_path / "README.md").write_text("# about", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PAGE, encoding="utf-8")
    got = _read(tmp_path)
    assert [Path(g.source).relative_to(tmp_path).as_posix() for g in got] == ["a.txt", "b/2.txt", "c.html"]
    assert list(iter_files(tmp_path)) == list(iter_files(tmp_path))


def test_empty_directory(tmp_path: Path) -> None:
    (got,) = _read(tmp_path)
    assert isinstance(got, Skip) and got.reason == "folder holds no files"


@pytest.mark.parametrize(
    "payload,kind",
    [(PAGE.encode(), "txt"), (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
     ((json.dumps({"text": PAGE}) + "\n").encode(), "jsonl")],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, payload: bytes, kind: str) -> None:
    p = tmp_path / "page.dat"
    p.write_bytes(payload)
    doc = _read(p)[0]
    assert isinstance(doc, RawDocument) and doc.kind == kind


def test_gzip_warc_without_extension_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    _warc(p)
    q = tmp_path / "crawl.bin"
    q.write_bytes(p.read_bytes())
    assert any(isinstance(g, RawDocument) and g.kind == "warc" for g in _read(q))


def test_stdin_stream() -> None:
    got = list(read_stream("-", io.BytesIO(PAGE.encode()), SETTINGS))
    assert len(got) == 1 and isinstance(got[0], RawDocument) and got[0].source == "-" and got[0].text == PAGE
    lines = (json.dumps({"text": PAGE}) + "\n" + json.dumps({"text": PAGE + "x"}) + "\n").encode()
    assert [g.source for g in read_stream("-", io.BytesIO(lines), SETTINGS)] == ["-:1", "-:2"]


def test_dash_reads_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(PAGE.encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    (doc,) = _read("-")
    assert isinstance(doc, RawDocument) and doc.text == PAGE


def test_50_mb_text_file_is_cut_fast(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    para = (PAGE * 4).encode()
    with p.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(para) + 1):
            fh.write(para)
    settings = Settings(max_file_bytes=2 * 1024 * 1024)
    t = time.perf_counter()
    doc = _one(p, settings)
    assert time.perf_counter() - t < 5
    assert isinstance(doc, RawDocument)
    text = doc.text or ""
    assert len(text) <= settings.max_file_bytes and text.endswith((".", "kota.\n"))


def test_decode_and_binary_helpers() -> None:
    assert binary_reason(b"plain text") is None
    assert binary_reason("teks".encode("utf-16")) is None
    assert decode(gzip.compress(b"x")[:0] + b"abc") == ("abc", "utf-8")
    with pytest.raises(Exception, match="binary"):
        decode(b"%PDF-1.4")


def test_a_big_jsonl_file_is_streamed_whole_with_true_line_numbers(tmp_path: Path) -> None:
    body = "Polisi menangkap tersangka pencurian di pasar pada Senin malam, kata Kapolsek setempat. " * 3
    lines = [json.dumps({"text": f"{i}. {body}", "url": f"https://contoh.id/{i}"}) for i in range(1, 61)]
    lines[29] = '{"text": "broken'  # line 30 is truncated
    lines.insert(10, "")  # a blank line 11
    p = tmp_path / "big.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings(max_file_bytes=2_000)
    assert p.stat().st_size > 5 * settings.max_file_bytes
    out = list(read_inputs([str(p)], settings))
    docs = [d for d in out if not hasattr(d, "reason")]
    skips = [d for d in out if hasattr(d, "reason")]
    assert len(docs) == 59
    assert [s.source for s in skips] == [f"{p}:31"]
    assert docs[-1].source == f"{p}:61" and docs[-1].url == "https://contoh.id/60"
    assert docs[0].source == f"{p}:1" and docs[10].source == f"{p}:12"
