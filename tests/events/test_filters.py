"""Event filters, through the whole pipeline (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_text


@pytest.mark.parametrize("text,kept", [
    ("Petugas mengevakuasi bangkai mobil yang terperosok ke jurang di Kecamatan Cikalong, Senin.\n", False),
    (("Sebuah mobil terjun ke Sungai Cimanuk di Kecamatan Cikalong, Minggu malam. Bangkai mobil itu berhasil "
     "dievakuasi petugas dari dasar sungai pada Senin.\n"), False),
    (("Banjir merendam tiga desa di Kabupaten Bandung pada Senin. Tim SAR mengevakuasi 20 warga yang "
     "terjebak banjir.\n"), True),
])
def test_things_cleared_are_no_evacuation(tmp_path: Path, text: str, kept: bool) -> None:
    """"mengevakuasi bangkai mobil": wreckage or soil moved, nobody taken to safety."""
    a = run_text(tmp_path, text)
    assert any(e.mode == "evacuate" for e in a.events) is kept


def test_a_device_found_is_no_bombing(tmp_path: Path) -> None:
    """"polisi menemukan pipa diduga bom": a device found, none set off."""
    a = run_text(tmp_path, "Saat menggeledah rumah pelaku di Kecamatan Cilodong, Depok, Selasa, polisi menemukan "
                           "pipa diduga bom.\n")
    assert not any(e.mode == "explosives" for e in a.events)


def test_operations_other_than_war_are_no_war(tmp_path: Path) -> None:
    """"operasi militer selain perang": the army's non-combat tasks, no fighting."""
    a = run_text(tmp_path, "Tugas pokok TNI dalam operasi militer selain perang antara lain membantu penanganan "
                           "bencana, kata Panglima di Jakarta, Rabu.\n")
    assert not any(e.trigger.lower() == "perang" for e in a.events)


@pytest.mark.parametrize("text,kept", [
    (("Persebaya menekan sejak menit awal di Stadion Gelora Bung Tomo, Surabaya. Namun bola sepakannya dapat "
     "diamankan kiper Arema.\n"), False),
    (("Tim tamu terus menekan di babak kedua. Sayang, tendangan Rudi kali ini masih pelan sehingga mudah ditangkap "
     "Andi.\n"), False),
    ("Usai melepaskan tembakan ke udara di Pasar Minggu, Jakarta Selatan, pelaku diamankan polisi.\n", True),
])
def test_a_keepers_save_is_no_arrest(tmp_path: Path, text: str, kept: bool) -> None:
    """"bola sepakannya dapat diamankan kiper": football, nobody held."""
    a = run_text(tmp_path, text)
    assert any(e.mode == "arrest" for e in a.events) is kept


@pytest.mark.parametrize("text,kept", [
    (("Sidang kasus korupsi dana hibah itu digelar di Pengadilan Tipikor Surabaya, Selasa (4/7). Terdakwa juga "
     "dituntut membayar denda Rp 200 juta subsider tiga bulan kurungan.\n"), False),
    (("Sidang kasus korupsi dana hibah itu digelar di Pengadilan Tipikor Surabaya, Selasa (4/7). Selain itu, jaksa "
     "juga menuntut terdakwa membayar uang pengganti Rp 1 miliar.\n"), False),
    (("Sidang kasus penodaan agama digelar di Jakarta Selatan, Kamis (20/4). Massa di luar lokasi sidang menganggap "
     "tuntutan itu terlalu ringan.\n"), False),
    (("Banjir lumpur merendam dua desa di Kecamatan Porong, Sidoarjo, Selasa (4/7). Warga menuntut perusahaan itu "
     "membayar ganti rugi atas rumah mereka.\n"), True),
    (("Jaksa Penuntut Umum (JPU) meminta majelis hakim menolak nota pembelaan terdakwa dalam sidang kasus suap di "
      "Pengadilan Tipikor Bandung, Kamis (10/9).\n"), False),
    ("\"Kami memohon kepada hakim membebaskan klien kami dari segala dakwaan,\" kata kuasa hukum terdakwa.\n", False),
    ("Gubernur meminta Kementerian Perhubungan memperbaiki jalan nasional yang rusak di Kabupaten Garut.\n", True),
])
def test_a_prosecutors_demand_is_no_request(tmp_path: Path, text: str, kept: bool) -> None:
    """"dituntut membayar denda", "jaksa menuntut terdakwa membayar uang pengganti": the court's
    business, not a party asking another."""
    a = run_text(tmp_path, text)
    assert any(e.type == "REQUEST" for e in a.events) is kept


@pytest.mark.parametrize("text,kept", [
    (("Badai menghantam pesisir Kabupaten Sikka, Selasa (28/3), dengan angin kencang yang menghancurkan puluhan "
      "rumah warga.\n"), False),
    ("Puting beliung melanda Kecamatan Sukaraja, Jumat (11/9). Angin kencang itu juga merusak atap sekolah.\n", False),
    (("Massa yang marah menghancurkan pos polisi di Kecamatan Sukaraja, Jumat (11/9). Mereka menuntut pelaku "
      "penganiayaan warga segera ditangkap.\n"), True),
])
def test_a_storms_damage_is_nobodys_deed(tmp_path: Path, text: str, kept: bool) -> None:
    """"angin kencang yang menghancurkan rumah-rumah": damage by the storm, no COERCE by a party."""
    a = run_text(tmp_path, text)
    assert any(e.mode == "destroy" for e in a.events) is kept


@pytest.mark.parametrize("text,kept", [
    (("Peneliti keamanan itu menjelaskan modus kejahatan siber di Asia. Penjahat siber biasanya mengirim surel ancaman "
      "kepada pejabat militer.\n"), False),
    (("Peneliti itu menjelaskan modus para peretas. \"Ketika mereka menyerang perusahaan hiburan, mereka biasanya "
      "mengincar data pelanggan,\" ujarnya.\n"), False),
    (("Tidak seperti biasanya, ratusan warga menyerang pos polisi di Kecamatan Alak, Kota Kupang. Mereka menuntut "
      "pelaku penganiayaan ditangkap.\n"), True),
])
def test_what_usually_happens_is_no_event(tmp_path: Path, text: str, kept: bool) -> None:
    """"Penjahat siber biasanya mengirim surel ancaman": a habit told in general, no one event
    ("tidak seperti biasanya, ratusan warga menyerang pos polisi": this time, it happened)."""
    a = run_text(tmp_path, text)
    assert any(e.type in ("THREATEN", "ASSAULT", "COERCE") for e in a.events) is kept, [(e.type, e.trigger) for e in a.events]


@pytest.mark.parametrize("text,kept", [
    (("Militer menyebut 300 anggota milisi telah dilumpuhkan sejak operasi dimulai. Militer sering memakai kata "
      "dilumpuhkan untuk menyiratkan anggota milisi itu menyerah, terbunuh atau tertangkap.\n"), False),
    (("Militer menyebut 300 anggota milisi telah dilumpuhkan sejak operasi dimulai. Sebanyak 40 anggota milisi "
      "tertangkap di perbatasan, Senin (3/2).\n"), True),
])
def test_a_gloss_is_no_event(tmp_path: Path, text: str, kept: bool) -> None:
    """"untuk menyiratkan ... menyerah, terbunuh atau tertangkap": what a word means, no event."""
    a = run_text(tmp_path, text)
    assert any(e.trigger in ("menyerah", "terbunuh", "tertangkap") for e in a.events) is kept, [e.trigger for e in a.events]


@pytest.mark.parametrize("text,kept", [
    ("Musim hujan sudah tiba. Jalanan yang basah dan licin menuntut pengemudi lebih memperhatikan kondisi ban.\n", False),
    (("Sopir angkot tolak taksi daring\n\nKetua Organda Bogor menuntut pemerintah kota mencabut izin taksi daring "
      "yang beroperasi di terminal.\n"), True),
])
def test_a_thing_that_requires_care_is_no_demand(tmp_path: Path, text: str, kept: bool) -> None:
    """"Jalanan yang basah dan licin menuntut pengemudi lebih memperhatikan ...": a road requires it;
    nobody demands anything of anyone."""
    a = run_text(tmp_path, text)
    assert any(e.type == "REQUEST" for e in a.events) is kept
