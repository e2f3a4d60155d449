"""Tests of events.accident: crashes driven on purpose are attacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_text


@pytest.mark.parametrize("text,attack", [
    ("Pengemudi itu menabrakkan minibusnya ke kerumunan penonton karnaval di Kota Malang, Senin (3/4), menewaskan 5 orang.\n",
     True),
    ("Pengemudi itu menabrakkan minibusnya ke pagar rumah warga di Kota Malang, Senin (3/4), menewaskan 2 orang.\n", False),
])
def test_driving_a_vehicle_into_people_is_an_attack(tmp_path: Path, text: str, attack: bool) -> None:
    """"menabrakkan minibusnya ke kerumunan penonton": the driver aims it at people, an attack; into a fence, a crash."""
    a = run_text(tmp_path, text)
    assert [e.type for e in a.events] == ["ASSAULT" if attack else "DISASTER"], [(e.type, e.trigger) for e in a.events]


def test_the_fire_after_an_arson_is_that_arson(tmp_path: Path) -> None:
    """"Sebuah pura ... dibakar orang tak dikenal ... Api menghanguskan bale kulkul ... Tidak ada korban jiwa": the
    fire is the arson told again (its nil toll the arson's), no hazard of its own."""
    a = run_text(tmp_path, "Sebuah pura di Kecamatan Seputih Raman, Lampung Tengah, dibakar orang tak dikenal pada Rabu "
                           "(1/9/2027) dini hari.\n\nApi menghanguskan bale kulkul dan sebagian bangunan utama pura. Tidak "
                           "ada korban jiwa dalam kejadian itu.\n")
    assert [(e.type, e.fatalities) for e in a.events] == [("COERCE", 0)], [(e.type, e.trigger) for e in a.events]


def test_a_named_thing_that_blew_up_is_no_bomber(tmp_path: Path) -> None:
    """"Sebuah tabung las merek Sinar Jaya meledak di bengkel": the brand is the subject of the
    intransitive verb, the thing that exploded; with no attack in the story it is an accident."""
    a = run_text(tmp_path, "Sebuah tabung las bermerek Sinar Jaya meledak di bengkel kapal di Kota Batam, Senin (3/4). "
                           "Dua pekerja mengalami luka bakar.\n")
    blast = next(e for e in a.events if e.trigger == "meledak")
    assert blast.type == "DISASTER" and blast.actors == []
