"""Casualty figures (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_text


@pytest.mark.parametrize("text,hurt", [
    (("Longsor menimbun dua rumah di Desa Sukamaju, Kabupaten Garut, Jumat (10/3). Akibatnya dua orang luka "
     "berat dan tiga orang luka ringan.\n"), 5),
    (("Banjir bandang melanda Kabupaten Garut pada Selasa (20/9). Tercatat empat orang mengalami luka berat, "
     "27 orang luka ringan, dan 15 orang hilang.\n"), 31),
    ("Bus itu terguling di jalan tol Cipularang, Senin (6/5). Sebanyak tujuh penumpang luka berat.\n", 7),
])
def test_the_hurt_counted_by_grade_are_summed(tmp_path: Path, text: str, hurt: int) -> None:
    """"dua orang luka berat dan tiga orang luka ringan": five injured, not the first grade's two."""
    a = run_text(tmp_path, text)
    assert [e.injured for e in a.events if e.injured is not None] == [hurt]


@pytest.mark.parametrize("text,hurt", [
    # the count told in a sentence of its own, with no event word
    (("Seorang pria melepaskan tembakan di sebuah pusat perbelanjaan di Kota Chicago, Amerika Serikat, Senin "
      "(13/11), menewaskan seorang pria dan melukai sejumlah orang.\n\nSedikitnya enam orang terluka. Dua korban "
      "di antaranya dalam kondisi kritis.\n"), 6),
    # a part of the hurt is no sharper count of them all
    (("Seorang pria melepaskan tembakan di sebuah pusat perbelanjaan di Kota Chicago, Amerika Serikat, Senin "
      "(13/11), dan melukai sejumlah orang.\n\nDua korban di antaranya dalam kondisi kritis akibat luka tembak.\n"), 3),
])
def test_a_count_after_a_vague_one_replaces_it(tmp_path: Path, text: str, hurt: int) -> None:
    """"melukai sejumlah orang" ... "Sedikitnya enam orang terluka": six hurt, not the vague word's three."""
    a = run_text(tmp_path, text)
    assert [e.injured for e in a.events if e.injured is not None] == [hurt]


@pytest.mark.parametrize("text,held", [
    ("Tiga remaja diciduk anggota Polsek Kebayoran Baru di Jakarta Selatan, Jumat (9/2), setelah tawuran.\n", 3),
    (("Polisi menciduk empat pengedar sabu di Kecamatan Medan Area, Kota Medan, Kamis (8/2). Dari tangan mereka, "
     "petugas menyita 50 gram sabu.\n"), 4),
])
def test_colloquial_arrest_verbs_count_the_held(tmp_path: Path, text: str, held: int) -> None:
    """"diciduk", "menciduk": police-news words for an arrest; their count is of the held."""
    a = run_text(tmp_path, text)
    assert [e.captured for e in a.events if e.captured is not None] == [held]


def test_an_age_without_years_is_no_count(tmp_path: Path) -> None:
    """"remaja ... berusia 15 hingga tewas": his age, not fifteen dead."""
    a = run_text(tmp_path, "Seorang remaja Palestina berusia 15 hingga tewas ditembak tentara Israel di Tepi Barat "
                           "pada Jumat (15/12).\n\nTentara menyebut remaja itu melempar batu.\n")
    assert all(e.fatalities in (None, 1) for e in a.events)


def test_a_bare_attacker_subdued_counts_one_held(tmp_path: Path) -> None:
    """"melumpuhkan pelaku": the one attacker overpowered and held."""
    a = run_text(tmp_path, "Kandidat Ditembak\n\nSenin, 19 Jul 2027 08:15 WIB\n\n"
                           "BOGOTA - Seorang calon presiden ditembak saat berkampanye di kota Cali pada Minggu sore.\n\n"
                           "Pengawal kandidat itu langsung melumpuhkan pelaku dan menyerahkannya kepada polisi.\n")
    held = [e for e in a.events if e.trigger == "melumpuhkan"]
    assert held and held[0].captured == 1, [(e.trigger, e.captured) for e in a.events]


def test_the_total_a_toll_stands_at_over_the_part_told_first(tmp_path: Path) -> None:
    """"Dua korban ... meninggal semalam. Total korban meninggal menjadi lima": five, the total."""
    a = run_text(tmp_path, "Tabrakan Kereta\n\nRabu, 14 Juli 2027 07:10 WIB\n\n"
                           "TEMPO.CO, Indramayu - Dua kereta api bertabrakan di Indramayu pada Selasa, 13 Juli 2027.\n\n"
                           "\"Dua korban yang sempat dirawat di RSUD Indramayu meninggal semalam. Total korban meninggal "
                           "menjadi lima, yakni tiga petugas kereta dan dua penumpang,\" kata juru bicara KAI, Ratna "
                           "Puspitasari, Rabu (14/7/2027).\n")
    tolls = [e.fatalities for e in a.events if e.fatalities is not None]
    assert tolls and tolls[-1] == 5 and 2 not in tolls, [(e.trigger, e.fatalities) for e in a.events]


@pytest.mark.parametrize("old,new,sharper", [
    (("sejumlah orang", 3), ("enam orang", 6), True),  # "sejumlah": any count from its value up
    (("puluhan orang", 12), ("31 orang", 31), True),  # within the tens
    (("puluhan orang", 12), ("15 anak", 15), False),  # below the tens: a part of them
    (("puluhan orang", 12), ("140 orang", 140), False),  # past them: another count
    (("ratusan warga", 100), ("350 warga", 350), True),
    (("ratusan warga", 100), ("150 warga", 150), False),
    (("puluhan ribu warga", 10000), ("45.000 warga", 45000), True),  # a multiplier: from its value up
    (("puluhan orang", 12), ("ratusan orang", 100), False),  # vague again
])
def test_an_exact_count_sharpens_the_vague_one_it_falls_within(old: tuple[str, int], new: tuple[str, int],
                                                                sharper: bool) -> None:
    from linimasa.events.casualties import sharper as is_sharper
    from linimasa.model import Figure

    assert is_sharper(Figure("fatalities", old[1], raw=old[0]), Figure("fatalities", new[1], raw=new[0])) is sharper
    assert not is_sharper(Figure("injured", old[1], raw=old[0]), Figure("fatalities", new[1], raw=new[0]))


def test_sex_and_age_in_brackets_are_no_count(tmp_path: Path) -> None:
    """"Rina (perempuan, 17) luka bakar 40 persen": her sex and age, not seventeen hurt."""
    a = run_text(tmp_path, "Sebanyak 14 pekerja korban ledakan gudang petasan di Kecamatan Cisoka masih dirawat di rumah "
                           "sakit. Rinciannya, Wati (perempuan, 19 tahun) luka bakar 70 persen, Rina (perempuan, 17) luka "
                           "bakar 40 persen.\n")
    assert all(e.injured in (None, 14) for e in a.events), [(e.trigger, e.injured) for e in a.events]


@pytest.mark.parametrize("text", [
    ("Korban meninggal dunia akibat kecelakaan truk di Sitinjau Lauik, Padang, bertambah. Setelah korban tewas sempat "
     "dilaporkan berjumlah 9 orang, pihak rumah sakit menyatakan korban meninggal dunia menjadi 13 orang.\n"),
    ("Bus terperosok ke jurang di Kabupaten Sumedang, Jumat (11/9). Korban tewas yang semula 9 orang kini bertambah "
     "menjadi 13 orang.\n"),
])
def test_a_toll_that_rose_counts_what_it_became(tmp_path: Path, text: str) -> None:
    """"Setelah korban tewas dikabarkan berjumlah 9 orang, ... menjadi 13 orang": thirteen dead, the
    nine was the toll before it rose."""
    a = run_text(tmp_path, text)
    assert [e.fatalities for e in a.events if e.fatalities is not None] == [13]


@pytest.mark.parametrize("text,dead", [
    (("Kebakaran melanda pabrik kembang api di Kecamatan Cisoka, Kabupaten Tangerang, Kamis (10/9). Dari hasil "
      "evakuasi didapatkan 47 korban tewas dengan kondisi mengenaskan.\n"), 47),
    (("Kebakaran melanda pabrik kembang api di Kecamatan Cisoka, Kabupaten Tangerang, Kamis (10/9). Petugas "
      "menemukan 3 korban tewas di gudang belakang.\n"), 3),
])
def test_a_count_before_the_victims_is_the_toll(tmp_path: Path, text: str, dead: int) -> None:
    """"didapatkan 47 korban tewas": the count stands before "korban tewas", not after it."""
    a = run_text(tmp_path, text)
    assert [e.fatalities for e in a.events if e.fatalities is not None] == [dead]


def test_killed_with_a_count_is_a_toll(tmp_path: Path) -> None:
    """"Penembakan ini setidaknya telah membunuh 19 warga sipil": nineteen dead."""
    a = run_text(tmp_path, "Pasukan pemerintah melakukan penembakan di pinggiran kota Idlib pada Jumat (17/11). Penembakan ini "
                           "setidaknya telah membunuh 19 warga sipil.\n")
    assert [e.fatalities for e in a.events if e.fatalities is not None] == [19]


def test_bodies_found_count_before(tmp_path: Path) -> None:
    """"menemukan 71 jenazah": the count before the bodies found is the toll; bodies merely told of
    ("empat jenazah yang semula dihitung sebagai korban") count nothing."""
    a = run_text(tmp_path, "Sabtu, 06 November 2027 10:00 WIB\n\nBanjir bandang menerjang Desa Sukamaju, "
                 "Kabupaten Garut, Jumat (5/11) malam. Tim SAR gabungan telah menemukan 14 jenazah.\n")
    assert [e.fatalities for e in a.events if e.type == "DISASTER"] == [14]


@pytest.mark.parametrize("text,dead", [
    ("Polisi menetapkan 9 tersangka kasus pengeroyokan hingga tewas terhadap seorang mahasiswa di Bogor, Senin (3/4).\n", 1),
    ("Polisi menetapkan 5 tersangka kasus penganiayaan hingga tewas terhadap dua santri di Bogor, Senin (3/4).\n", 2),
])
def test_the_suspects_counted_before_a_fatal_case_are_not_the_dead(tmp_path: Path, text: str, dead: int) -> None:
    """"menetapkan 9 tersangka kasus pengeroyokan hingga tewas terhadap seorang mahasiswa": nine
    suspects, one dead (the victim after "terhadap")."""
    a = run_text(tmp_path, text)
    assert [e.fatalities for e in a.events if e.type == "ASSAULT"] == [dead], [(e.trigger, e.fatalities) for e in a.events]


def test_a_count_of_schoolgirls_is_a_toll(tmp_path: Path) -> None:
    """"menewaskan 6 siswi": the feminine form counts people as "siswa" does."""
    a = run_text(tmp_path, "Gedung asrama SMA putri di Kota Kupang terbakar pada Sabtu (2/9) dini hari dan menewaskan 6 siswi.\n")
    assert [e.fatalities for e in a.events] == [6], [(e.trigger, e.fatalities) for e in a.events]


@pytest.mark.parametrize("text", [
    ("Tiga nelayan Kabupaten Sikka, Nusa Tenggara Timur diduga tewas setelah perahu mereka diterjang badai pada "
     "Selasa (7/3).\n"),
    "Tiga nelayan Kabupaten Sikka, Nusa Tenggara Timur tewas setelah perahu mereka diterjang badai pada Selasa (7/3).\n",
])
def test_a_count_before_a_town_and_its_province_is_the_toll(tmp_path: Path, text: str) -> None:
    """"Tiga nelayan Kabupaten Sikka, Nusa Tenggara Timur tewas": the comma joins a regency and its province,
    the count before it is the dead's."""
    a = run_text(tmp_path, text)
    assert [e.fatalities for e in a.events] == [3], [(e.trigger, e.fatalities) for e in a.events]


def test_a_count_before_an_address_of_units(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Dua warga Desa A, Kecamatan B, Kabupaten C, Riau, tewas": the units of the address between the count
    and the cue are no clause boundary; the two died."""
    from .conftest import run_text
    a = run_text(tmp_path, "BENGKALIS - Dua warga Desa Tasik Serai, Kecamatan Talang Muandau, Kabupaten Bengkalis, "
                           "Riau, tewas diinjak kawanan gajah liar saat menjaga kebun sawit, Jumat (12/11/2027) malam.\n")
    assert [e.fatalities for e in a.events] == [2], [(e.type, e.fatalities, e.sentence) for e in a.events]
