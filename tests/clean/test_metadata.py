"""Metadata forms: leads, outlet names, dates, credits, wire sources, titles."""

from __future__ import annotations

import pytest

from linimasa.clean.dates import find_dates, is_datestamp, normalise_date, url_date
from linimasa.clean.metadata import (
    early_date,
    header_title,
    outlet_name,
    parse_credits,
    parse_lead,
    trailing_initials,
    trailing_outlet_tag,
    wire_sources,
)

REST = " Polisi menangkap tiga orang pelaku pencurian di pasar."


@pytest.mark.parametrize(
    "lead,outlet,place",
    [
        ("Contoh.com -", "Contoh.com", None),
        ("KABARKITA.COM, MERAUKE -", "Kabarkita.com", "Merauke"),
        ("JAYAPURA, KOMPAS.com -", "Kompas.com", "Jayapura"),
        ("Kupang (ANTARA) -", "Antara", "Kupang"),
        ("Jakarta, CNN Indonesia --", "CNN Indonesia", "Jakarta"),
        ("REPUBLIKA.CO.ID, SORONG --", "Republika.co.id", "Sorong"),
        ("TEMPO.CO, Jakarta -", "Tempo.co", "Jakarta"),
        ("Berita9.id-Sulawesi.", "Berita9.id", "Sulawesi"),
        ("MEDAN -", None, "Medan"),
        ("VIVA –", "VIVA", None),
        ("Jakarta, IDN Times -", "IDN Times", "Jakarta"),
        ("TRIBUN-MEDAN.com, MEDAN -", "Tribun-medan.com", "Medan"),
        ("Bisnis.com, JAKARTA —", "Bisnis.com", "Jakarta"),
        ("Makassar –", None, "Makassar"),
        ("SORONG, Radar Sorong -", "Radar Sorong", "Sorong"),  # an outlet not in the list, after an upper-case dateline
        ("BANDUNG, PRFMNEWS -", "Prfmnews", "Bandung"),  # a news word glued into one upper-case name
        ("MEDAN, SUMUTPOS -", "Sumutpos", "Medan"),
    ],
)
def test_lead_forms(lead: str, outlet: str | None, place: str | None) -> None:
    got = parse_lead(lead + REST)
    assert got is not None
    assert (got.outlet, got.place) == (outlet, place)
    assert (lead + REST)[got.end:].startswith("Polisi")


@pytest.mark.parametrize(
    "line",
    ["Jakarta, Jawa Barat - Polisi menangkap tiga orang pelaku pencurian.",
     "BANDUNG, Jawa Barat - Polisi menangkap tiga orang pelaku pencurian.",
     "SLEMAN, YOGYAKARTA - Polisi menangkap tiga orang pelaku pencurian.",
     "PALU, POSO - Polisi menangkap tiga orang pelaku pencurian.",  # 'pos' inside a place name is no news word
     "VIDEO - Detik-detik Banjir",  # a headline, too short after the dash
     "Polisi menangkap tiga orang pelaku pencurian di pasar."],
)
def test_not_a_lead(line: str) -> None:
    assert parse_lead(line) is None


@pytest.mark.parametrize(
    "token,name",
    [("SERAMBINEWS.COM", "Serambinews.com"), ("Suara.com", "Suara.com"), ("viva", "VIVA"),
     ("https://www.detik.com/news/berita/123", "Detik.com"), ("cnnindonesia.com", "CNN Indonesia"),
     ("ANTARA News", "Antara"), ("Republika Online", "Republika.co.id"), ("Tribun-Papua.com", "Tribun-papua.com"),
     ("beritaku.co.id", "Beritaku.co.id")],
)
def test_outlet_names(token: str, name: str) -> None:
    assert outlet_name(token) == name


@pytest.mark.parametrize(
    "text,iso,weekday",
    [
        ("Rabu (25/11/2020) warga", "2020-11-25", True),
        ("Senin, 29 Desember 2014 | 07:00 WIB", "2014-12-29", True),
        ("Rabu 30 September 2020, tentara", "2020-09-30", True),
        ("pada 27 September 2020 pagi", "2020-09-27", False),
        ("12 Mar 2025 14:20 WIB", "2025-03-12", False),
        ("Kompas.com - 10/03/2025, 07:15 WIB", "2025-03-10", False),
        ("March 16, 2025 | 8:45 am", "2025-03-16", False),
        ("2025-03-20T19:05:12+07:00", "2025-03-20", False),
    ],
)
def test_dates(text: str, iso: str, weekday: bool) -> None:
    hits = find_dates(text)
    assert hits and (hits[0].iso, hits[0].weekday) == (iso, weekday)


@pytest.mark.parametrize("text", ["sejak 1991", "pada 27 September", "Rabu (12/3) malam", "31/02/2024"])
def test_no_full_date(text: str) -> None:
    assert find_dates(text) == []


def test_early_date_prefers_weekday_forms_in_first_paragraphs() -> None:
    paras = ["Konflik pecah pada 27 September 2020 di wilayah itu.", "Dalam video yang didapat redaksi, Rabu 30 September 2020, tentara terlihat.",
             "Pada Kamis, 1 Oktober 2020, warga mengungsi."]
    assert early_date(paras) == "2020-09-30"
    late = ["Paragraf."] * 8 + ["Pada Rabu (1/1/2020) ada rapat."]
    assert early_date(late) is None


@pytest.mark.parametrize(
    "url,iso",
    [("https://x.com/read/2020/11/25/123/judul", "2020-11-25"),
     ("https://x.com/nasional/20250320190512-20-1210001/judul", "2025-03-20"), ("https://x.com/a/b", None)],
)
def test_url_dates(url: str, iso: str | None) -> None:
    assert url_date(url) == iso


def test_datestamp_and_normalise() -> None:
    assert is_datestamp("Senin, 10 Maret 2025 | 07:15 WIB")
    assert not is_datestamp("Pada Senin, 10 Maret 2025 polisi menangkap tiga orang pelaku.")
    # a byline set off by "|" or "·" before the stamp, and "Update :" beside a second date
    assert is_datestamp("Mohamed Abdi Dhaysane | 12.01.2027 - Update : 12.01.2027")
    assert is_datestamp("Erha Aprili Ramadhoni, Jurnalis · Selasa 12 Januari 2027 14:02 WIB")
    assert not is_datestamp("Kata Kapolres | polisi menangkap tiga orang pada 12.01.2027")
    # an outlet's domain and a rubric set off by "|": the domain is one name, not two words
    assert is_datestamp("Tempo.co | Foto | Senin, 29 November 2027 07:15 WIB")
    assert normalise_date("2025-03-19T08:20:00+07:00") == "2025-03-19"
    assert normalise_date("bukan tanggal") is None


@pytest.mark.parametrize(
    "line,authors,editors,wires",
    [
        ("Penulis: Budi Santoso | Editor: Ani Lestari", ["Budi Santoso"], ["Ani Lestari"], []),
        ("Reporter: Dewi Sartika", ["Dewi Sartika"], [], []),
        ("Rep: Rahmat Hidayat/ Red: Siti Aminah", ["Rahmat Hidayat"], ["Siti Aminah"], []),
        ("Rep: Antara Red: Siti Aminah", [], ["Siti Aminah"], ["Antara"]),
        ("Pewarta: Yusuf Kalla", ["Yusuf Kalla"], [], []),
        ("Laporan Wartawan Contoh.com, Maria Ulfa", ["Maria Ulfa"], [], []),
        ("Sumber: Anadolu Agency", [], [], ["Anadolu Agency"]),
        ("Sumber: Reuters, AFP", [], [], ["Reuters", "AFP"]),
    ],
)
def test_credits(line: str, authors: list[str], editors: list[str], wires: list[str]) -> None:
    c = parse_credits(line)
    assert (c.authors, c.editors, sorted(c.wires)) == (authors, editors, sorted(wires))


@pytest.mark.parametrize(
    "text,wires",
    [
        ("Menyadur Anadolu Agency, Rabu (25/11/2020) warga pergi.", ["Anadolu Agency"]),
        ("Seperti dilansir Reuters, serangan terjadi pagi.", ["Reuters"]),
        ("Dikutip dari AFP, Senin, korban bertambah.", ["AFP"]),
        ("seperti diberitakan Antara, banjir surut.", ["Antara"]),
        ("Hal itu dilansir dari The Hindu Times pada Senin.", ["The Hindu Times"]),
        ("kata seorang warga kepada Reuters melalui telepon.", ["Reuters"]),
        ("mengutip Xinhua, pejabat itu berkata.", ["Xinhua"]),
        ("lansir Anadolu News Agency, pasukan mundur.", ["Anadolu Agency"]),
        ("Kerja sama antara kedua negara disepakati kepada warga.", []),
        ("Ia mengutip pernyataan presiden.", []),
    ],
)
def test_wire_cues(text: str, wires: list[str]) -> None:
    assert wire_sources(text) == wires


def test_trailing_initials_and_tags() -> None:
    assert trailing_initials("Polisi masih menyelidiki. (abc/def)") == (["abc"], ["def"])
    assert trailing_initials("Polisi masih menyelidiki.") == ([], [])
    assert trailing_outlet_tag("Proses negosiasi tidak berlangsung. {viva}") == "VIVA"


def test_header_title_skips_labels_stamps_and_credits() -> None:
    header = ["Video", "Senin, 10 Maret 2025 | 07:15 WIB", "Penulis: A | Editor: B",
              "Banjir Bandang Terjang Tiga Desa di Garut, Ratusan Warga Mengungsi"]
    assert header_title(header) == header[-1]
    assert header_title(["News", "Nasional"]) is None


def test_early_date_ignores_a_wrong_weekday() -> None:
    # 14 December 2014 was a Sunday, not a Wednesday: a typo, not evidence.
    assert early_date(["Harga minyak turun pada Rabu (14/12/2014) waktu setempat.",
                       "Pada Kamis (11/12/2014) harga naik."]) == "2014-12-11"


@pytest.mark.parametrize("lead", ["JAKARTA, KOMPAS.com \ufffd", "JAKARTA, KOMPAS. com -"])
def test_garbled_leads(lead: str) -> None:
    got = parse_lead(lead + REST)
    assert got is not None and (got.outlet, got.place) == ("Kompas.com", "Jakarta")
