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
])
def test_a_prosecutors_demand_is_no_request(tmp_path: Path, text: str, kept: bool) -> None:
    """"dituntut membayar denda", "jaksa menuntut terdakwa membayar uang pengganti": the court's
    business, not a party asking another."""
    a = run_text(tmp_path, text)
    assert any(e.type == "REQUEST" for e in a.events) is kept


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
