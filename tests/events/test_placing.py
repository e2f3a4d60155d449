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


def test_a_facilitys_class_before_its_town_leaves_the_town(tmp_path: Path) -> None:
    """"Kerusuhan pecah di Lembaga Pemasyarakatan (Lapas) Kelas IIB Sorong": the tagger reads "IIB
    Sorong" as a place; the class is the prison's, the town is Sorong."""
    a = run_text(tmp_path, "JAKARTA - Kerusuhan pecah di Lembaga Pemasyarakatan (Lapas) Kelas IIB Sorong, Selasa "
                           "(16/11/2027) malam.\n")
    riot = next(e for e in a.events if e.trigger == "Kerusuhan")
    assert riot.location is not None and "Sorong" in riot.location.name and riot.location.source == "sentence"


def test_a_stretch_of_a_country_is_not_its_capital_on_the_dateline(tmp_path: Path) -> None:
    """"Dhaka (ANTARA) - Siklon ... menerjang pesisir selatan Bangladesh": the coast it struck, not the
    desk's city; a country named alone in a story datelined in its city is that city."""
    a = run_text(tmp_path, "Dhaka (ANTARA) - Siklon tropis Arnab menerjang pesisir selatan Bangladesh pada Kamis "
                           "malam dan menewaskan sedikitnya sembilan orang.\n")
    storm = next(e for e in a.events if e.kind == "DISASTER")
    assert storm.location is not None and storm.location.name == "Bangladesh"
    b = run_text(tmp_path, "Dhaka (ANTARA) - Siklon tropis Arnab menerjang Bangladesh pada Kamis malam dan "
                           "menewaskan sedikitnya sembilan orang.\n")
    storm = next(e for e in b.events if e.kind == "DISASTER")
    assert storm.location is not None and storm.location.name == "Dhaka"


def test_a_craft_lost_on_its_way_is_placed_where_it_was_last_heard_from(tmp_path: Path) -> None:
    """"hilang kontak dalam penerbangan dari Tanjung Selor menuju Long Apung, Kabupaten Malinau ...
    Kontak terakhir ... terjadi pukul 09.52 Wita di atas wilayah Kecamatan Kayan Selatan": lost over
    Kayan Selatan, not at the route's end."""
    a = run_text(tmp_path, "Helikopter hilang kontak\n\nTanjung Selor - Sebuah helikopter Bell 407 hilang kontak dalam "
                           "penerbangan dari Tanjung Selor menuju Long Apung, Kabupaten Malinau, Kalimantan Utara, Senin "
                           "(11/10/2027).\n\nKepala Basarnas Tarakan mengatakan helikopter itu membawa lima orang.\n\n"
                           "\"Kontak terakhir dengan menara pengawas terjadi pukul 09.52 Wita di atas wilayah Kecamatan "
                           "Kayan Selatan,\" katanya.\n")
    lost = next(e for e in a.events if e.trigger == "hilang kontak")
    assert lost.location is not None and lost.location.name == "Kayan Selatan"
