"""Article-level rules: sports pages, violence-free stories, pronoun sources (articles written
for these tests, through the whole pipeline)."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_text


def test_a_match_report_has_no_arrests(tmp_path: Path) -> None:
    text = ("Persib Tahan Imbang Persija\n\nSenin, 2 Oktober 2023 21:00 WIB\n\n"
            "Bandung, Goal.com - Persib Bandung ditahan imbang Persija Jakarta 1-1 di Stadion Gelora Bandung "
            "Lautan Api, Senin (2/10/2023).\n\nTendangan bebas Marc Klok masih bisa ditangkap dengan baik oleh "
            "kiper Persija.\n\nDi sepuluh menit terakhir, Persija memperkuat pertahanan untuk mengamankan satu poin.\n")
    a = run_text(tmp_path, text)
    assert not [e for e in a.events if e.type == "COERCE"], [(e.trigger, e.sentence[:50]) for e in a.events]


def test_the_dead_of_a_violence_free_story_are_an_accident(tmp_path: Path) -> None:
    text = ("Empat Pendaki Ditemukan Meninggal di Gunung Rinjani\n\nKamis, 5 Oktober 2023 10:00 WIB\n\n"
            "Mataram, Antara - Tim SAR menemukan empat pendaki meninggal dunia di jalur pendakian Gunung Rinjani, "
            "Lombok Timur, Rabu (4/10/2023). Para pendaki diduga mengalami hipotermia setelah tersesat.\n")
    a = run_text(tmp_path, text)
    dead = [e for e in a.events if e.fatalities]
    assert dead and all(e.type == "DISASTER" and e.mode == "accident" for e in dead)
    assert dead[0].fatalities == 4


def test_a_pronoun_source_is_the_one_named_before(tmp_path: Path) -> None:
    text = ("Polisi Tangkap Dua Pencuri Motor\n\nKamis, 5 Oktober 2023 10:00 WIB\n\n"
            "Semarang, Antara - Kapolsek Tembalang Kompol Andi Susanto mengatakan pihaknya menangkap dua pencuri "
            "sepeda motor, Rabu (4/10/2023).\n\nDia mengatakan polisi juga menyita tiga sepeda motor curian dari "
            "rumah tersangka.\n")
    a = run_text(tmp_path, text)
    sources = [e.claimed_by for e in a.events]
    assert sources and all(s and "Andi" in s for s in sources), sources
