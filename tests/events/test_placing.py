"""Where each event happened (whole pipeline, gazetteer on): sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_text


def test_a_suspects_origin_is_not_the_place(tmp_path: Path) -> None:
    """"pria asal Medan, Sumatera Utara dibekuk ... di Provinsi Riau": where the man comes from,
    not where he was caught."""
    a = run_text(tmp_path, "Seorang pria asal Medan, Sumatera Utara dibekuk polisi di Provinsi Riau karena "
                           "membawa dua kilogram sabu.\n")
    arrest = next(e for e in a.events if e.trigger == "dibekuk")
    assert arrest.location is not None and arrest.location.admin1 == "Riau"


def test_a_treaty_named_after_a_city_is_not_the_place(tmp_path: Path) -> None:
    """"melanggar Konvensi Wina": the treaty signed in Vienna, not a place of the expulsion."""
    a = run_text(tmp_path, "Pemerintah Malaysia mengusir dua diplomat Korea Utara yang dituduh melanggar Konvensi "
                           "Wina tentang hubungan diplomatik.\n")
    expel = next(e for e in a.events if e.trigger == "mengusir")
    assert expel.location is None or expel.location.name != "Wina"


def test_a_currency_named_by_its_country_is_not_the_place(tmp_path: Path) -> None:
    """"menyita ... dolar Amerika Serikat": money seized in Jambi, not in America."""
    a = run_text(tmp_path, "KPK menggeledah rumah dinas gubernur di Kota Jambi, Selasa (6/2). Dalam penggeledahan "
                           "itu, KPK menyita dokumen serta uang dalam pecahan rupiah dan dolar Amerika Serikat.\n")
    seizure = next(e for e in a.events if e.trigger == "menyita")
    assert seizure.location is not None and seizure.location.country == "ID"


def test_a_birthplace_is_not_the_place(tmp_path: Path) -> None:
    """"Pria yang lahir di Aceh itu diduga membunuh tetangganya": where he was born, not where the
    killing (told in Medan) happened."""
    a = run_text(tmp_path, "Judul\n\nSabtu, 12 September 2026 10:00 WIB\n\nPolisi menangkap seorang pria di Medan, "
                           "Jumat (11/9). Pria yang lahir di Aceh itu diduga membunuh tetangganya.\n")
    kill = next(e for e in a.events if e.trigger == "membunuh")
    assert kill.location is None or kill.location.admin1 != "Aceh", kill.location


def test_where_a_trip_began_is_not_the_place(tmp_path: Path) -> None:
    """"Rudi dan Anton ditangkap saat dalam perjalanan pulang dari Bandung": the trip began in
    Bandung, the arrest did not happen there."""
    a = run_text(tmp_path, "Judul\n\nRabu, 12 Juli 2026 10:00 WIB\n\nPolisi menangkap dua pria yang mengeroyok seorang "
                           "pengendara. Keduanya diketahui bekerja sebagai penagih utang.\n\nRudi dan Anton ditangkap saat "
                           "dalam perjalanan pulang dari Bandung.\n")
    held = [e for e in a.events if e.trigger == "ditangkap"]
    assert held and all(e.location is None or e.location.name != "Kota Bandung" for e in held), [e.location for e in held]


def test_where_a_suspect_comes_from_is_not_the_place(tmp_path: Path) -> None:
    """"Buronan ... berasal dari Medan, Sumatera Utara, dan baru ditahan di Riau": his origin, not where he was held."""
    a = run_text(tmp_path, "Buronan kasus penipuan itu berasal dari Medan, Sumatera Utara, dan baru ditahan di Provinsi "
                           "Riau pada Kamis (6/4).\n")
    held = next(e for e in a.events if e.trigger == "ditahan")
    assert held.location is not None and held.location.admin1 == "Riau", held.location
