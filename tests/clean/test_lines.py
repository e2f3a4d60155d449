"""Boilerplate rules, table-driven on fixture pages the team wrote (tests/fixtures/pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linimasa.clean import vocab
from linimasa.clean.lines import _may_hold, classify, is_section_header, logical_lines, segment

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

# page, lines (substrings) that must be kept, lines that must be removed
CASES = [
    (
        "okezone_kebakaran.txt",
        ["TANGERANG - Kebakaran hebat", "api diduga berasal dari korsleting listrik di lantai dua.",
         "Sebanyak 14 unit mobil pemadam", "Kedua korban ditemukan"],
        ["Okezone", "Megapolitan", "Reporter: Rina", "(ram)", "Follow Berita", "Berita Terkait",
         "Pasar Induk Terbakar", "Damkar Depok"],
    ),
    (
        "liputan6_gempa.txt",
        ["Liputan6.com, Ambon - Gempa", "tidur di tenda", "tidak berpotensi tsunami", "Warga diimbau"],
        ["#gempa", "Tinggalkan Balasan", "Alamat email", "Nama *", "3 + 5 =", "Kirim Komentar",
         "12 Feb 2025, 09:10 WIB", "Penulis:"],
    ),
    (
        "merdeka_wire.txt",
        ["Merdeka.com - Serangan", "dilansir dari Al Jazeera", "Petugas kesehatan", "Konflik di Sudan pecah"],
        ["Baca juga:", "Bantuan Pangan untuk Sudan", "PBB Serukan Gencatan"],
    ),
    (
        "jpnn_hardwrap.txt",
        ["JPNN.com, BANDUNG", "organisasi kemasyarakatan", "(8/2/2025) malam.", "sosial yang berlanjut",
         "Barang Bukti", "sepeda motor dari lokasi", "dia."],
        ["Pilihan Redaksi", "Warga Cicadas Gelar Ronda", "Wali Kota Bandung Minta"],
    ),
]


def _decisions(name: str) -> list:
    return segment((PAGES / name).read_text(encoding="utf-8")).decisions


@pytest.mark.parametrize("name,keep,remove", CASES)
def test_page_lines(name: str, keep: list[str], remove: list[str]) -> None:
    decisions = _decisions(name)
    for frag in keep:
        hits = [d for d in decisions if frag in d.text]
        assert hits, f"{frag!r} not in {name}"
        assert all(d.keep for d in hits), f"{name}: body line removed: {frag!r} ({hits[0].reason})"
    for frag in remove:
        hits = [d for d in decisions if frag in d.text]
        assert hits, f"{frag!r} not in {name}"
        assert not any(d.keep for d in hits), f"{name}: boilerplate kept: {frag!r}"


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_body_keeps_order_and_paragraphs(name: str) -> None:
    raw = (PAGES / name).read_text(encoding="utf-8")
    seg = segment(raw)
    flat = " ".join(raw.split())
    pos = 0
    for para in seg.paragraphs:
        i = flat.find(" ".join(para.split()[:4]), pos)
        assert i >= pos, f"paragraph out of order: {para[:40]!r}"
        pos = i
    assert len(seg.paragraphs) >= 4


def test_inline_crosslink_cut_from_paragraph_end() -> None:
    seg = segment((PAGES / "okezone_kebakaran.txt").read_text(encoding="utf-8"))
    assert any(p.endswith("di lantai dua.") for p in seg.paragraphs)
    assert "Baca juga: Polisi Usut Kebakaran Pabrik Kimia di Cikupa" in seg.removed


def test_trailing_initials_stripped_from_last_line() -> None:
    seg = segment((PAGES / "merdeka_wire.txt").read_text(encoding="utf-8"))
    assert seg.paragraphs[-1].endswith("terburuk di dunia.")
    assert "(mdk/ded)" in seg.removed


def test_boilerplate_only_page_has_no_body() -> None:
    seg = segment((PAGES / "menu_only.txt").read_text(encoding="utf-8"))
    assert seg.paragraphs == []
    assert not any(d.keep for d in seg.decisions)


def test_hard_wrapped_paragraph_is_one_logical_line() -> None:
    lines = ["Polisi menyita dua bilah senjata tajam, satu tongkat besi, dan tiga", "sepeda motor dari lokasi."]
    assert logical_lines(lines) == [([1, 2], " ".join(lines))]
    assert len(logical_lines(["Judul Berita Pendek", "Judul Lain"])) == 2


@pytest.mark.parametrize(
    "line,kind,reason",
    [
        ("Baca juga: Polisi Tangkap Dua Pelaku Begal di Bekasi", "hard", "crosslink"),
        ("BACA JUGA: Harga Beras Naik", "hard", "crosslink"),
        ("[Baca juga: Gubernur Tinjau Lokasi Banjir]", "hard", "crosslink"),
        ("Simak Video \"Detik-detik Evakuasi Korban\"", "hard", "crosslink"),
        ("Artikel ini telah tayang di Contoh.com dengan judul Banjir Rendam Kota", "hard", "crosslink"),
        (("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
         "berita Contoh.com WhatsApp Channel : https://www.whatsapp.com/channel/0029"), "hard", "crosslink"),
        ("Dapatkan update berita pilihan dan breaking news setiap hari dari Contoh.com.", "hard", "crosslink"),
        ("https://contoh.com/berita/123", "hard", "crosslink"),
        ("Informasi cuaca dapat dilihat di laman www.bmkg.go.id yang diperbarui setiap jam oleh petugas.",
         "strong", ""),
        ("Tinggalkan Balasan", "hard", "comment-form"),
        ("Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *", "hard", "comment-form"),
        ("4 + 4 =", "hard", "captcha"),
        ("12 x 3 = ?", "hard", "captcha"),
        ("Penulis: Budi Santoso | Editor: Ani Lestari", "hard", "credit"),
        ("Sumber: Reuters", "hard", "credit"),
        ("Senin, 10 Maret 2025 | 07:15 WIB", "hard", "datestamp"),
        ("Rabu, 12 Mar 2025 14:20 WIB", "hard", "datestamp"),
        ("COPYRIGHT © ANTARA 2025", "hard", "copyright"),
        ("-", "hard", "bullet"),
        ("3", "hard", "bullet"),
        ("(*)", "hard", "initials"),
        ("(abc/def)", "hard", "initials"),
        ("#banjir #jakarta", "hard", "hashtags"),
        ("TAGS: gempa maluku bmkg", "hard", "hashtags"),
        ("Topik: Banjir Bandang, Sumatera Barat", "hard", "hashtags"),
        ("Label: harga beras naik di pasar tradisional kata pedagang.", "strong", ""),  # a sentence stays
        ("Home » Nasional » Hukum", "hard", "breadcrumb"),
        ("Facebook", "hard", "share"),
        ("Video", "label", ""),
        ("Internasional", "label", ""),
        ("Harga Emas Hari Ini Turun Tipis, Cek Daftarnya", "head", ""),
        ("Siapa Juara Liga Tahun Ini, Tim Besar Atau Kuda Hitam?", "head", ""),
        ("Polisi menangkap tiga orang yang diduga terlibat dalam perampokan toko emas itu.", "strong", ""),
        ("Ia menolak berkomentar.", "weak", ""),
    ],
)
def test_line_shapes(line: str, kind: str, reason: str) -> None:
    info = classify(1, line)
    assert (info.kind, info.reason) == (kind, reason)


@pytest.mark.parametrize(
    "line,expected",
    [("Berita Terkait", True), ("TERPOPULER", True), ("Pilihan Redaksi", True), ("Artikel Lainnya", True),
     ("Tag:", True), ("Related Articles", True), ("Paling Banyak Dibaca", True),
     ("Berita terkait penangkapan itu beredar luas.", False), ("Polisi Terkait", False)],
)
def test_section_headers(line: str, expected: bool) -> None:
    assert is_section_header(line) is expected


def test_an_outlet_blurb_closing_every_page_is_boilerplate() -> None:
    text = ("Startup pembayaran digital asal Bandung mendapat pendanaan seri A senilai 10 juta dolar AS dari dua "
            "investor modal ventura.\n\nDana itu akan dipakai untuk memperluas layanan ke Sumatera dan Kalimantan.\n\n"
            "TeknoKini.id adalah portal berita teknologi dan bisnis digital. Kamu bisa menjadi member komunitas "
            "TeknoKini.id, mengunduh laporan riset secara cuma-cuma, dan mengikuti berita terbaru.\n")
    seg = segment(text)
    assert seg.paragraphs[-1].startswith("Dana itu")
    assert any(r.startswith("TeknoKini.id adalah portal berita") for r in seg.removed)


def test_a_dateline_on_its_own_line_opens_the_body() -> None:
    """A wire page's standfirst and byline come before a dateline written alone in capitals;
    the body starts at the lead after it, and the standfirst (a summary of the lead) is header."""
    page = ("Judul Berita Tentang Bentrokan di Somalia\n\n"
            "Sedikitnya 23 militan tewas dan 7 tentara terluka dalam pertempuran di dekat kota itu, kata pejabat militer\n\n"
            "Mohamed Dhaysane | 12.01.2027 - Update : 12.01.2027\n\nMOGADISHU\n\n"
            "Sedikitnya 23 militan tewas dalam bentrokan dengan pasukan pemerintah di dekat kota Bulo Burte pada Senin, "
            "kata seorang pejabat militer.\n\nKomandan pasukan mengatakan pertempuran pecah sebelum fajar di desa itu.\n")
    seg = segment(page)
    assert seg.paragraphs[0].startswith("Sedikitnya 23 militan tewas dalam bentrokan"), seg.paragraphs
    assert "MOGADISHU" in seg.removed and not any(p.startswith("Mohamed") for p in seg.paragraphs)


# Lines that each alternative of the searched patterns matches, in the case they come in on pages.
_SEARCHED = [
    (vocab.COMMENT_FORM, vocab.COMMENT_FORM_WORDS, [
        "Tinggalkan Komentar", "TINGGALKAN A REPLY", "Alamat email Anda tidak akan dipublikasikan",
        "Ruas yang wajib ditandai *", "Kolom yang wajib diisi", "Nama *", "E-mail:", "Situs Web", "Website", "URL",
        "Komentar", "Comment *", "Name", "Kirim Komentar", "Posting Komentar", "Simpan nama saya di peramban ini",
        "Beri Komentar", "Tulis komentar", "Silakan login untuk berkomentar", "Silakan masuk", "Masuk untuk berkomentar",
        "Leave a Reply", "Your email address will not be published", "Required fields are marked *",
        "Post Comment", "Komentar Anda", "Komentar di bawah", "Belum ada komentar", "Isi komentar",
        "CAPTCHA", "Kode keamanan", "Ketik kode di atas",
    ]),
    (vocab.COPYRIGHT, vocab.COPYRIGHT_WORDS, [
        "Copyright 2025 Contoh Media", "Hak Cipta dilindungi", "(C) 2025 Contoh", "© Contoh 2025",
        "All Rights Reserved", "Dilarang mengutip tanpa izin",
    ]),
    (vocab.OUTLET_BLURB, vocab.OUTLET_BLURB_WORDS, [
        "Contoh.id adalah portal berita ekonomi dan bisnis", "Kabar Kita merupakan situs berita daerah",
        "Kamu juga bisa mengunduh aplikasi kami", "Anda dapat berlangganan buletin kami",
    ]),
]


@pytest.mark.parametrize("pattern,words,lines", _SEARCHED)
def test_each_searched_match_holds_one_of_its_words(pattern: re.Pattern[str], words: tuple[str, ...],
                                                    lines: list[str]) -> None:
    for line in lines:
        assert pattern.search(line), line
        assert _may_hold(line.lower(), False, words), line


def test_a_line_whose_letters_fold_oddly_is_searched_all_the_same() -> None:
    line = "Ruas yang wajıb diisi"  # dotless ı: IGNORECASE matches it to "i", lower() keeps it
    assert classify(1, line).reason == "comment-form"
    assert not _may_hold(line.lower(), False, vocab.COMMENT_FORM_WORDS)


def test_caption_with_photo_credit_is_prose() -> None:
    """A gallery caption closes with the agency and the photographer after its last stop; the
    credit is no part of the prose, so a caption thick with names still opens the body."""
    cap = ("Mahasiswa dan pengemudi ojek daring berunjuk rasa menolak kenaikan harga BBM di depan Kampus "
           "Universitas Negeri Makassar, Jalan AP Pettarani, Makassar, Minggu (28/11) sore. Pemerintah menaikkan "
           "harga Pertalite menjadi Rp 13.500 per liter sejak Sabtu lalu. TEMPO/Iqbal Lubis")
    assert classify(1, cap).kind == "strong"
    seg = segment("FOTO: Malam Ricuh di Makassar\n\nFoto 1/8\n" + cap + "\n\nFoto 2/8\n"
                  "Massa membakar ban bekas dan memblokir jalan hingga lalu lintas lumpuh. ANTARA FOTO/Adeng Bustomi\n")
    assert seg.paragraphs[0].startswith("Mahasiswa dan pengemudi")
