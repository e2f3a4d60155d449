"""Numbers and quantities: separators, words, vague amounts, qualifiers, kinds."""

from __future__ import annotations

import pytest

from linimasa.nlp.numbers import find_quantities, parse_number
from linimasa.nlp.sentences import split_sentences


@pytest.mark.parametrize(
    "s, value",
    [
        ("2.000", 2000), ("0,22", 0.22), ("1,5 juta", 1_500_000), ("Rp 2,4 miliar", 2.4e9),
        ("6,500", 6500), ("12,345,678", 12_345_678), ("2.500,75", 2500.75), ("0,225", 0.225),
        ("3.5", 3.5), ("dua belas", 12), ("tiga puluh", 30), ("seratus", 100), ("dua ribu", 2000),
        ("sebelas", 11), ("seribu", 1000), ("satu setengah", 1.5), ("seratus dua puluh lima", 125),
        ("dua ribu lima ratus", 2500), ("setengah juta", 500_000), ("puluhan", 12), ("ratusan", 100),
        ("ribuan", 1000), ("belasan", 11), ("puluhan ribu", 10_000), ("sejumlah", 3),
        ("tidak", None), ("", None),
    ],
)
def test_parse_number(s: str, value: float | None) -> None:
    got = parse_number(s)
    if value is None:
        assert got is None
    else:
        assert got == pytest.approx(value)


def _q(text: str) -> list:  # type: ignore[type-arg]
    return find_quantities(text, split_sentences(text))


@pytest.mark.parametrize(
    "text, surface, value, kind, qualifier, unit",
    [
        ("Sedikitnya 6,500 orang mengungsi.", "6,500", 6500, "cardinal", "at_least", "orang"),
        ("Sekitar 1,5 juta warga terdampak banjir.", "1,5 juta", 1_500_000, "cardinal", "approx", "warga"),
        ("Harga naik 0,22 persen bulan ini.", "0,22 persen", 0.22, "percent", None, "persen"),
        ("Inflasi tercatat 3% tahun lalu.", "3%", 3, "percent", None, "persen"),
        ("Kerugian mencapai Rp 2,4 miliar.", "Rp 2,4 miliar", 2.4e9, "money", None, "IDR"),
        ("Kerugian mencapai Rp2,4 miliar.", "Rp2,4 miliar", 2.4e9, "money", None, "IDR"),
        ("Bantuan US$ 5 juta dikirim.", "US$ 5 juta", 5e6, "money", None, "USD"),
        ("Puluhan tentara tewas.", "Puluhan", 12, "vague", None, "tentara"),
        ("Ratusan korban dirawat.", "Ratusan", 100, "vague", None, "korban"),
        ("Ribuan warga berunjuk rasa.", "Ribuan", 1000, "vague", None, "warga"),
        ("Belasan rumah rusak.", "Belasan", 11, "vague", None, "rumah"),
        ("Beberapa polisi terluka.", "Beberapa", 3, "vague", None, "polisi"),
        ("Hampir dua belas polisi terluka.", "dua belas", 12, "cardinal", "almost", "polisi"),
        ("Lebih dari 40 orang tewas.", "40", 40, "cardinal", "more_than", "orang"),
        ("Setidaknya tiga puluh warga hilang.", "tiga puluh", 30, "cardinal", "at_least", "warga"),
        ("Kurang dari 10 korban selamat.", "10", 10, "cardinal", "less_than", "korban"),
        ("Maksimal 50 orang boleh masuk.", "50", 50, "cardinal", "at_most", "orang"),
        ("Kira-kira 200 tentara dikerahkan.", "200", 200, "cardinal", "approx", "tentara"),
        ("Sebanyak 100 orang lebih hadir.", "100", 100, "cardinal", "more_than", "orang"),
        ("Seribu tentara dikirim.", "Seribu", 1000, "cardinal", None, "tentara"),
        ("Sebelas warga ditahan.", "Sebelas", 11, "cardinal", None, "warga"),
        ("Itu hari ke-12 pertempuran.", "ke-12", 12, "ordinal", None, None),
        ("Ini serangan kedua dalam sepekan.", "kedua", 2, "ordinal", None, None),
        ("Ketiganya ditangkap di rumahnya.", "Ketiganya", 3, "cardinal", None, None),  # all three of them
        ("\"Kelimanya sudah kami tahan,\" ujarnya.", "Kelimanya", 5, "cardinal", None, None),
        ("Ia juara pertama.", "pertama", 1, "ordinal", None, None),
        ("Wilayah itu dikuasai sejak 1991.", "1991", 1991, "year", None, None),
        ("Pada tahun 2016 perang pecah.", "2016", 2016, "year", None, None),
        ("Sebanyak 2000 orang hadir.", "2000", 2000, "cardinal", None, "orang"),
    ],
)
def test_quantity(text: str, surface: str, value: float, kind: str, qualifier: str | None,
                  unit: str | None) -> None:
    qs = _q(text)
    q = next(q for q in qs if q.text == surface)
    assert text[q.start:q.end] == surface
    assert q.value == pytest.approx(value)
    assert (q.kind, q.qualifier, q.unit) == (kind, qualifier, unit)


@pytest.mark.parametrize(
    "text, surface, lo, hi, unit",
    [
        ("Perang berlangsung 1992-1994 di sana.", "1992-1994", 1992, 1994, None),
        ("Sebanyak 10-15 orang luka.", "10-15", 10, 15, "orang"),
        ("Antara 10 hingga 20 rumah rusak.", "Antara 10 hingga 20", 10, 20, "rumah"),
    ],
)
def test_range(text: str, surface: str, lo: float, hi: float, unit: str | None) -> None:
    q = next(q for q in _q(text) if q.text == surface)
    assert (q.kind, q.value, q.value_max, q.unit) == ("range", lo, hi, unit)


@pytest.mark.parametrize(
    "text",
    ["Ledakan terjadi pukul 15.30 WIB.", "Serangan pada Rabu (25/11/2020) itu.",
     "Gencatan senjata disepakati 10 November lalu.", "Laporan bertanggal 2020-11-10 dirilis."],
)
def test_times_and_dates_are_not_quantities(text: str) -> None:
    assert _q(text) == []


def test_english_date_keeps_only_its_year() -> None:
    assert [(q.text, q.kind) for q in _q("Reuters melaporkan pada November 10, 2020.")] == [("2020", "year")]


def test_without_sentences_same_offsets() -> None:
    text = "Sedikitnya 12 orang tewas. Ratusan lainnya luka."
    assert [(q.start, q.end) for q in find_quantities(text)] == [(q.start, q.end) for q in _q(text)]
