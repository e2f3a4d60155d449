"""clean_document end to end: ids, skips, language, HTML, hints."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import BOILERPLATE_ONLY, clean_document, load_resources
from linimasa.config import Settings
from linimasa.model import Article, RawDocument, Skip, article_id_for, raw_hash

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def res():  # type: ignore[no-untyped-def]
    return load_resources(Settings())


def _raw(name: str) -> RawDocument:
    return RawDocument(source=name, kind="txt", text=(PAGES / name).read_text(encoding="utf-8"))


def test_article_fields_from_a_text_page(res) -> None:  # type: ignore[no-untyped-def]
    raw = _raw("liputan6_gempa.txt")
    art = clean_document(raw, res)
    assert isinstance(art, Article)
    assert art.content_hash == raw_hash(raw) and art.id == article_id_for(raw_hash(raw))
    assert (art.outlet, art.dateline, art.published) == ("Liputan6.com", "Ambon", "2025-02-12")
    assert art.title == "Gempa Magnitudo 5,8 Guncang Seram, Puluhan Rumah Rusak"
    assert (art.authors, art.editors) == (["Hanz Jimenez Salim"], ["Nila Chrisna Yulika"])
    assert art.language == "id" and art.status == "ok"
    assert "\n\n" in art.text and "Tinggalkan Balasan" in art.removed


def test_wire_page(res) -> None:  # type: ignore[no-untyped-def]
    art = clean_document(_raw("merdeka_wire.txt"), res)
    assert isinstance(art, Article)
    assert (art.outlet, art.wire_sources, art.published) == ("Merdeka.com", ["Al Jazeera"], "2025-02-04")
    assert (art.authors, art.editors) == (["mdk"], ["ded"])


def test_boilerplate_only_is_a_clean_skip(res) -> None:  # type: ignore[no-untyped-def]
    got = clean_document(_raw("menu_only.txt"), res)
    assert isinstance(got, Skip) and got.stage == "clean" and got.reason == BOILERPLATE_ONLY


def test_english_page_is_stored_as_skipped(res) -> None:  # type: ignore[no-untyped-def]
    text = ("World\n\nJakarta. Police arrested three people suspected of robbing a gold shop in the city market "
            "on Monday, officials said.\n\nThe suspects had been wanted for months, the police chief said in a "
            "statement to reporters on Tuesday evening.")
    art = clean_document(RawDocument(source="en.txt", kind="txt", text=text), res)
    assert isinstance(art, Article)
    assert art.status == "skipped" and art.language == "en"
    assert art.skip_reason == "language: en (not Indonesian)"


HTML = """<html><head><title>Banjir Rendam Ratusan Rumah di Kudus | Berita Contoh</title>
<meta property="og:site_name" content="Berita Contoh"><meta property="article:published_time" content="2025-01-21T10:00:00+07:00">
<meta name="author" content="Sri Wahyuni"></head><body><nav><a href="/">Beranda</a> <a href="/n">Nasional</a></nav>
<article><h1>Banjir Rendam Ratusan Rumah di Kudus</h1>
<p>KUDUS, BERITACONTOH.COM - Banjir merendam ratusan rumah di Kecamatan Jati, Kabupaten Kudus, Senin (20/1/2025). Ketinggian air mencapai satu meter.</p>
<p>Kepala BPBD Kudus mengatakan sebanyak 420 warga terpaksa mengungsi ke balai desa dan masjid terdekat.</p>
<p>"Kami sudah mendirikan dapur umum untuk para pengungsi," kata dia.</p>
<p>Baca juga: Jalur Pantura Kudus Tergenang</p></article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a">Warga Demak Mengungsi</a></li></ul></aside></body></html>"""


def test_html_page(res) -> None:  # type: ignore[no-untyped-def]
    art = clean_document(RawDocument(source="p.html", kind="html", html=HTML), res)
    assert isinstance(art, Article)
    assert art.title == "Banjir Rendam Ratusan Rumah di Kudus"
    assert (art.published, art.dateline, art.authors) == ("2025-01-21", "Kudus", ["Sri Wahyuni"])
    assert art.outlet == "Beritacontoh.com"
    assert art.text.startswith("KUDUS, BERITACONTOH.COM - Banjir")
    assert "Baca juga" not in art.text and "Beranda" not in art.text


def test_container_hints_win(res) -> None:  # type: ignore[no-untyped-def]
    raw = _raw("okezone_kebakaran.txt")
    raw.outlet, raw.published, raw.title = "okezone.com", "2025-02-05", "Judul dari JSON"
    art = clean_document(raw, res)
    assert isinstance(art, Article)
    assert (art.outlet, art.published, art.title) == ("Okezone.com", "2025-02-05", "Judul dari JSON")


def test_broken_html_does_not_raise(res) -> None:  # type: ignore[no-untyped-def]
    got = clean_document(RawDocument(source="b.html", kind="html", html="<html><body><p>Hai <b>du"), res)
    assert isinstance(got, Skip)


def test_long_page_is_cut_at_a_paragraph(res) -> None:  # type: ignore[no-untyped-def]
    para = "Polisi menangkap tiga orang yang diduga terlibat dalam perampokan toko emas di pasar kota itu."
    text = "JAKARTA - " + "\n\n".join([para] * 5000)
    art = clean_document(RawDocument(source="big.txt", kind="txt", text=text), load_resources(Settings(max_article_chars=5000)))
    assert isinstance(art, Article)
    assert len(art.text) <= 5000 and art.text.endswith("itu.")
