from __future__ import annotations

import pytest

from linimasa.events.lexicon import build_lexicon, build_multi, derive, nasal_prefix


@pytest.mark.parametrize("root,expected", [
    ("serang", ["menyerang", "diserang", "terserang", "menyerangkan"]),
    ("tembak", ["menembak", "ditembak", "tertembak", "tembak-menembak"]),
    ("pukul", ["memukul", "dipukul"]),
    ("kepung", ["mengepung", "dikepung"]),
    ("bakar", ["membakar", "dibakar"]),
    ("usir", ["mengusir", "diusir"]),
    ("gerebek", ["menggerebek", "digerebek"]),
    ("rebut", ["merebut", "direbut"]),
    ("bom", ["membom", "mengebom", "dibom"]),
    ("protes", ["memprotes"]),
    ("kritik", ["mengkritik"]),
])
def test_me_di_ter_forms(root: str, expected: list[str]) -> None:
    forms = derive(root, "me")
    for f in expected:
        assert f in forms, f


@pytest.mark.parametrize("root,classes,form,nominal", [
    ("serang", "pe", "penyerangan", True),
    ("serang", "an", "serangan", True),
    ("tangkap", "pe", "penangkapan", True),
    ("bom", "pe", "pengeboman", True),
    ("tempur", "per", "pertempuran", True),
    ("runding", "per", "perundingan", True),
    ("tempur", "ber", "bertempur", False),
    ("runding", "ber", "berunding", False),
    ("rusuh", "kean", "kerusuhan", True),
    ("sepakat", "kean", "kesepakatan", True),
])
def test_nominalisations_and_ber(root: str, classes: str, form: str, nominal: bool) -> None:
    forms = derive(root, classes)
    assert form in forms
    assert forms[form][1] is nominal


@pytest.mark.parametrize("root,base,expected", [
    ("serang", "me", "menyerang"), ("tembak", "me", "menembak"), ("pukul", "me", "memukul"),
    ("kirim", "me", "mengirim"), ("bantu", "me", "membantu"), ("duduk", "me", "menduduk"),
    ("cari", "me", "mencari"), ("rampas", "me", "merampas"), ("ancam", "me", "mengancam"),
    ("hancur", "me", "menghancur"), ("tarik", "pe", "penarik"), ("sita", "pe", "penyita"),
])
def test_nasal_assimilation(root: str, base: str, expected: str) -> None:
    assert expected in nasal_prefix(root, base)


@pytest.mark.parametrize("word,type_,mode", [
    ("menyerang", "ASSAULT", None), ("diserang", "ASSAULT", None), ("penyerangan", "ASSAULT", None),
    ("serangan", "ASSAULT", None), ("terserang", "ASSAULT", None),
    ("ditembak", "ASSAULT", "firearms"), ("pengeboman", "ASSAULT", "explosives"),
    ("ditangkap", "COERCE", "arrest"), ("penangkapan", "COERCE", "arrest"),
    ("kerusuhan", "PROTEST", "riot"), ("berdemo", "PROTEST", "demo"),
    ("perjanjian", "AGREE", None), ("kesepakatan", "AGREE", None),
    ("perundingan", "CONSULT", None), ("mengecam", "ACCUSE", None), ("menolak", "REJECT", None),
    ("mengerahkan", "MOBILIZE", "military"), ("kebakaran", "DISASTER", "fire"),
    ("banjir", "DISASTER", "flood"), ("menyerah", "CONCEDE", "surrender"),
])
def test_lexicon_types(word: str, type_: str, mode: str | None) -> None:
    form = build_lexicon()[word]
    assert (form.sense.type, form.sense.mode) == (type_, mode)


@pytest.mark.parametrize("word", ["pertahanan", "penduduk", "tahanan", "termasuk", "pendukung", "bertahan"])
def test_lookalikes_are_not_triggers(word: str) -> None:
    assert word not in build_lexicon()


@pytest.mark.parametrize("phrase,type_", [
    ("gencatan senjata", "AGREE"), ("unjuk rasa", "PROTEST"), ("baku tembak", "ASSAULT"),
    ("tanah longsor", "DISASTER"), ("konferensi pers", None), ("medan perang", None),
])
def test_multiword(phrase: str, type_: str | None) -> None:
    sense = build_multi()[tuple(phrase.split())]
    assert (sense.type if sense else None) == type_
