"""Shared passages: copies with inserted words, changed dates, moved text are found."""

from __future__ import annotations

import pytest

from linimasa.link.passages import shared_passages

from .helpers import article

WIRE = (
    "Banjir bandang menerjang tiga desa di Kecamatan Sukamaju pada Senin (4/3) malam setelah hujan deras "
    "mengguyur kawasan hulu sungai selama enam jam.\n"
    "Kepala Badan Penanggulangan Bencana Daerah setempat mengatakan sedikitnya 120 rumah terendam dan "
    "dua jembatan desa putus diterjang arus.\n"
    "Petugas gabungan dari kepolisian, tentara dan relawan mengevakuasi warga lanjut usia serta anak-anak "
    "ke gedung sekolah yang berada di dataran tinggi.\n"
    "Pemerintah kabupaten telah menetapkan status tanggap darurat selama tujuh hari ke depan untuk "
    "mempercepat penyaluran bantuan logistik kepada para pengungsi.\n"
)

OTHER = (
    "Harga cabai rawit di pasar tradisional kota itu naik hampir dua kali lipat dalam sepekan terakhir.\n"
    "Para pedagang menyebut pasokan dari daerah sentra produksi berkurang karena gagal panen akibat cuaca.\n"
    "Dinas perdagangan berjanji menggelar operasi pasar mulai pekan depan untuk menekan harga.\n"
)


def _edit_inserted(text: str) -> str:
    return (text.replace("pada Senin (4/3) malam", "pada Senin, 4 Maret 2024, malam")
                .replace("sedikitnya 120 rumah", "sedikitnya 120 rumah warga")
                .replace("Petugas gabungan", "Sementara itu, petugas gabungan"))


def _reordered(text: str) -> str:
    lines = text.strip().split("\n")
    return "Laporan dari lokasi bencana menyebutkan situasi masih mencekam.\n" + "\n".join(reversed(lines)) + "\n"


def _clauses_swapped(text: str) -> str:
    return text.replace(
        "Banjir bandang menerjang tiga desa di Kecamatan Sukamaju pada Senin (4/3) malam setelah hujan deras "
        "mengguyur kawasan hulu sungai selama enam jam.",
        "Setelah hujan deras mengguyur kawasan hulu sungai selama enam jam, banjir bandang menerjang tiga desa "
        "di Kecamatan Sukamaju pada Senin (4/3) malam.")


@pytest.mark.parametrize(
    ("name", "make_b", "needles", "min_sim", "max_sim"),
    [
        ("exact copy", lambda t: t, ["status tanggap darurat", "banjir bandang menerjang"], 0.999, 1.0),
        ("inserted words and date", _edit_inserted, ["4 maret 2024", "rumah warga", "sementara itu"], 0.8, 0.99),
        ("reordered paragraphs", _reordered, ["banjir bandang", "status tanggap darurat", "petugas gabungan"],
         0.9, 1.0),
        ("clauses swapped", _clauses_swapped, ["setelah hujan deras mengguyur"], 0.5, 0.99),
        ("copy inside a longer article", lambda t: OTHER + t + OTHER, ["banjir bandang", "tanggap darurat"],
         0.999, 1.0),
    ],
)
def test_edited_copies_are_found(name: str, make_b, needles: list[str], min_sim: float, max_sim: float) -> None:  # type: ignore[no-untyped-def]
    a = article("a1", WIRE)
    b = article("b2", make_b(WIRE))
    found = shared_passages(a, b)
    assert found, name
    joined = " ".join(p.text_b.lower() for p in found)
    for needle in needles:
        assert needle in joined, (name, needle)
    edited = next(p for p in found if needles[0] in p.text_b.lower())
    assert min_sim <= edited.similarity <= max_sim, (name, edited.similarity)
    for p in found:
        assert a.text[p.start_a:p.end_a] == p.text_a and b.text[p.start_b:p.end_b] == p.text_b
    assert not any(w in joined for w in ("cabai", "mencekam")), name


def test_unrelated_articles_share_nothing() -> None:
    assert shared_passages(article("a1", WIRE), article("b2", OTHER)) == []


def test_pair_order_does_not_matter() -> None:
    a, b = article("zz", WIRE), article("aa", _edit_inserted(WIRE))
    one, two = shared_passages(a, b), shared_passages(b, a)
    assert one == two and one[0].article_a == "aa"


def test_a_copied_quote_wins_over_a_loose_rewrite_sharing_a_sentence_with_it() -> None:
    """A rewrite fuses two wire sentences into one ("Ledakan terjadi pada Jumat ... ketika pelaku
    meledakkan rompi ...") and copies the quote after them with a longer attribution naming the
    speaker the wire named in the sentence before: the wire's middle sentence aligns both ways.
    The closer copy (the quote) is the passage; the looser, longer rewrite gives way."""
    wire = ("Ledakan terjadi sekitar pukul 11.30 waktu setempat, ketika pasar sayur di pusat kota dipadati warga "
            "yang berbelanja menjelang salat Jumat.\n"
            "Kepala Kepolisian Distrik Bannu, Saleem Afridi, mengatakan pelaku berjalan kaki mendekati pos "
            "pemeriksaan sebelum meledakkan rompi berisi bahan peledak.\n"
            "\"Petugas kami mencoba menghentikannya, tetapi dia meledakkan diri di tengah kerumunan,\" kata Afridi "
            "kepada Reuters melalui telepon.\n")
    rewrite = ("Ledakan terjadi pada Jumat (12/11/2027) sekitar pukul 11.30 waktu setempat, ketika pelaku meledakkan "
               "rompi berisi bahan peledak di dekat pos pemeriksaan polisi di pasar sayur pusat kota.\n"
               "Pada Sabtu, ratusan warga mengiringi pemakaman para korban di pemakaman umum kota.\n"
               "\"Petugas kami mencoba menghentikannya, tetapi dia meledakkan diri di tengah kerumunan,\" kata Kepala "
               "Kepolisian Distrik Bannu, Saleem Afridi, sebagaimana dikutip Reuters.\n")
    found = shared_passages(article("a1", wire), article("b2", rewrite))
    assert any("menghentikannya" in p.text_a and "menghentikannya" in p.text_b for p in found), found
