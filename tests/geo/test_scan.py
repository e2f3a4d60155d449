"""Scanning running Indonesian news text for place names: offsets, longest match, capitalisation."""

from __future__ import annotations

import time

import pytest

from linimasa.geo import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


ARTICLE = (
    "SEMARANG, Suara Warta - Banjir bandang menerjang tiga kecamatan di Kabupaten Demak, Jawa Tengah, "
    "Senin (4/3/2024). Sedikitnya 2.000 warga mengungsi ke Kota Semarang. Sementara itu, Menteri Luar "
    "Negeri bertolak ke Den Haag untuk membahas situasi di Jalur Gaza dan Tepi Barat bersama mitranya dari "
    "Uni Emirat Arab dan AS.\n"
    "Baru kemarin, pasukan Rusia menembaki Kharkiv. Batu besar menutup jalan menuju Kab. Nduga."
)


@pytest.mark.parametrize(
    ("surface", "country", "feature"),
    [
        ("SEMARANG", "ID", "admin2"),
        ("Kabupaten Demak", "ID", "admin2"),
        ("Jawa Tengah", "ID", "admin1"),
        ("Kota Semarang", "ID", "admin2"),
        ("Den Haag", "NL", "city"),
        ("Jalur Gaza", "PS", "region"),
        ("Tepi Barat", "PS", "region"),
        ("Uni Emirat Arab", "AE", "country"),
        ("AS", "US", "country"),
        ("Rusia", "RU", "country"),
        ("Kharkiv", "UA", "city"),
        ("Kab. Nduga", "ID", "admin2"),
    ],
)
def test_scan_finds_places_with_offsets(gaz: Gazetteer, surface: str, country: str, feature: str) -> None:
    found = {ARTICLE[s:e]: p for s, e, p in gaz.scan(ARTICLE)}
    assert surface in found, sorted(found)
    assert (found[surface].country, found[surface].feature) == (country, feature)
    start = ARTICLE.index(surface)
    assert (start, start + len(surface)) in {(s, e) for s, e, _ in gaz.scan(ARTICLE)}


@pytest.mark.parametrize("surface", ["Baru", "Batu", "Senin", "Menteri", "Arab", "Negeri", "Luar"])
def test_scan_skips_common_words_and_partial_names(gaz: Gazetteer, surface: str) -> None:
    spans = {ARTICLE[s:e] for s, e, _ in gaz.scan(ARTICLE)}
    assert surface not in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ledakan terjadi di korea utara kemarin", []),  # lower case is not a name
        ("Ledakan terjadi di Korea Utara kemarin", ["Korea Utara"]),  # longest match wins over "Korea"
        ("Warga Nagorno-Karabakh mengungsi", ["Nagorno-Karabakh"]),
        ("Pertemuan di Washington DC berlangsung", ["Washington DC"]),
        ("Ia menyebut as sebagai poros", []),  # the acronym only in capitals
        ("Kota Bandung\n\nJawa Barat", ["Kota Bandung", "Jawa Barat"]),  # no match across paragraphs
        ("Rapat digelar pada 17 Juli di Jalan Merdeka Raya", []),  # months and street-name words
        ("Petugas KAI dan PM menyebut SIM baru", []),  # short all-caps words that are no place acronym
        ("Pasukan Rusia tiba di Kota Medan", ["Rusia", "Kota Medan"]),
        ("Harga cabai di Medan naik", ["Medan"]),  # a kota whose name is also a common word, mid-sentence
        ("Medan perang itu sunyi", []),  # ... but not opening a sentence
        ("TEMPO.CO, Jakarta - Baku tembak pecah di Culiacan", ["Jakarta", "Culiacan"]),  # nor the lead after a dateline
        ("SRINAGAR -- Baku tembak pecah", ["SRINAGAR"]),
        ("Rute Jakarta-Baku dibuka", ["Jakarta", "Baku"]),  # a dash without spaces joins names
        ("Konflik di Timur Tengah meluas", ["Timur Tengah"]),
    ],
)
def test_scan_cases(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in gaz.scan(text)] == expected


def test_scan_is_fast(gaz: Gazetteer) -> None:
    text = (ARTICLE * 8)[:3000]
    gaz.scan(text)
    runs = 50
    t0 = time.process_time()
    for _ in range(runs):
        gaz.scan(text)
    per_call = (time.process_time() - t0) / runs
    assert per_call < 0.005  # budget 1 ms; generous here for shared CI machines


def test_scan_picks_namesake_kecamatan_from_areas_in_the_same_text(gaz: Gazetteer) -> None:
    text = "Longsor menimbun rumah di Kecamatan Sukajaya, Kabupaten Bogor, Jawa Barat, Kamis dini hari."
    found = {text[s:e]: p for s, e, p in gaz.scan(text)}
    assert found["Kecamatan Sukajaya"].admin2 == "Kabupaten Bogor"
    other = "Warga Kecamatan Sukajaya di Kota Sabang memperingati hari jadi."
    found = {other[s:e]: p for s, e, p in gaz.scan(other)}
    assert found["Kecamatan Sukajaya"].admin2 == "Kota Sabang"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pernyataan Warren dikutip media", []),  # a one-word foreign town that is more often a name
        ("Serangan drone menghantam Bakhmut dan Kramatorsk", ["Bakhmut", "Kramatorsk"]),  # towns in the news
        ("Ia terbang dari Los Angeles ke Tokyo", ["Los Angeles", "Tokyo"]),
    ],
)
def test_scan_foreign_towns(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in gaz.scan(text)] == expected
