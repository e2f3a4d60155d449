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


def test_toll_lead_names_the_scene(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A desk in Jakarta opens on a hazard's toll at a place abroad; the hazard told next with no place
    of its own happened there, not at the desk."""
    a = run_text(tmp_path, "Jumat, 05 November 2027 14:22 WIB\n\nJakarta - Jumlah korban tewas akibat banjir "
                 "di kawasan Hpakant, Negara Bagian Kachin, belum diketahui. Tim penyelamat masih bekerja.\n\n"
                 "Banjir terjadi pada Rabu (3/11) dini hari, ketika sebuah bendungan jebol dan menerjang "
                 "puluhan rumah.\n")
    placed = [e.location.name for e in a.events if e.location is not None]
    assert placed and all(p == "Kachin" for p in placed), placed


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


def test_where_a_suspect_comes_from_is_not_the_place(tmp_path: Path) -> None:
    """"Buronan ... berasal dari Medan, Sumatera Utara, dan baru ditahan di Riau": his origin, not where he was held."""
    a = run_text(tmp_path, "Buronan kasus penipuan itu berasal dari Medan, Sumatera Utara, dan baru ditahan di Provinsi "
                           "Riau pada Kamis (6/4).\n")
    held = next(e for e in a.events if e.trigger == "ditahan")
    assert held.location is not None and held.location.admin1 == "Riau", held.location


def test_the_speakers_place_before_the_speech_verb_is_not_the_place(tmp_path: Path) -> None:
    """"Kepala Dinas ... di Kupang, menjelaskan kebakaran itu ...": where the official spoke, not
    where the fire (on the island named before) burned."""
    a = run_text(tmp_path, "Judul\n\nSabtu, 12 September 2026 10:00 WIB\n\nTim gabungan masih berjaga di Pulau "
                           "Flores sejak awal pekan. Kepala Dinas Kehutanan Yosef Lado di Kupang, menjelaskan kebakaran "
                           "hutan melanda lereng bukit sejak Senin (7/9) sore.\n")
    fire = next(e for e in a.events if e.mode == "fire")
    assert fire.location is None or fire.location.name != "Kota Kupang"


def test_a_city_then_its_country_without_a_comma_is_the_place(tmp_path: Path) -> None:
    """"di Lyon Prancis" (the comma left out, one name to the tagger): the city in France, not the
    Jakarta dateline."""
    a = run_text(tmp_path, "Judul\n\nSabtu, 12 September 2026 10:00 WIB\n\nJakarta, CNN Indonesia -- Seorang pria menikam "
                           "empat penumpang bus di sebuah terminal di Lyon Prancis, Jumat (11/9).\n")
    stab = next(e for e in a.events if e.trigger == "menikam")
    assert stab.location is not None and stab.location.country == "FR"
