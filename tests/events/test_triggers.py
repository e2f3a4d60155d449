from __future__ import annotations

import pytest

from linimasa.events.triggers import find_triggers

from .conftest import view_of


def _triggers(text: str, res):  # type: ignore[no-untyped-def]
    v = view_of(text, res)
    return [(t.surface, t.sense.type, t.sense.mode, t.licensed)
            for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set())]


@pytest.mark.parametrize("text,expected", [
    ("Polisi menangkap tiga pemuda di pasar.", ("menangkap", "COERCE", "arrest", True)),
    ("Dua warga ditembak orang tak dikenal.", ("ditembak", "ASSAULT", "firearms", True)),
    ("Kelompok itu melakukan penyerangan terhadap pos polisi.", ("penyerangan", "ASSAULT", None, True)),
    ("Bentrokan meletus di perbatasan.", ("bentrokan", "ASSAULT", "clash", True)),
    ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR.", ("berunjuk rasa", "PROTEST", "demo", True)),
    ("Kedua pihak menyepakati gencatan senjata.", ("menyepakati", "AGREE", None, True)),
    ("Banjir bandang melanda tiga desa.", ("banjir bandang", "DISASTER", "flood", True)),
    ("Pasukan Israel menduduki kota itu.", ("menduduki", "ASSAULT", "territory", True)),
    ("Militer membebaskan tiga sandera.", ("membebaskan", "RETREAT", "release", True)),
    ("Pemerintah mengerahkan pasukan ke perbatasan.", ("mengerahkan", "MOBILIZE", "military", True)),
    # people moved to safety, an envoy called home, troops placed at a border
    ("Pemkab merelokasi para pengungsi ke gedung sekolah.", ("merelokasi", "AID", "evacuate", True)),
    ("Phnom Penh membalas dengan memanggil pulang duta besarnya.",
     ("memanggil pulang duta", "SANCTION", "diplomatic", True)),
    ("Kedua negara saling menempatkan tambahan pasukan di perbatasan.", ("menempatkan", "MOBILIZE", "military", True)),
])
def test_first_trigger(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert _triggers(text, res)[0] == expected


@pytest.mark.parametrize("text", [
    "Ia menarik perhatian warga.",  # "menarik" without troops is not a withdrawal
    "Menteri Pertahanan hadir dalam konferensi pers.",  # blocked phrase, look-alike noun
    "Ia menduduki posisi kedua.",  # no place object
    "Harga cabai naik di pasar.",
    "Panitia menempatkan kursi tamu di barisan depan.",  # things placed, no troops
])
def test_no_trigger(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert _triggers(text, res) == []


@pytest.mark.parametrize("text,surface", [
    ("Warga mengungsi di tengah pertempuran yang terus berlanjut.", "pertempuran"),
    ("Selama perang itu, harga naik.", "perang"),
    ("Tiga orang tewas dalam serangan itu.", "serangan"),
])
def test_nominal_reference_is_not_licensed(text: str, surface: str, res) -> None:  # type: ignore[no-untyped-def]
    found = {t[0]: t[3] for t in _triggers(text, res)}
    assert found.get(surface) is False


def test_nominal_modifier_of_trigger_is_dropped(res) -> None:  # type: ignore[no-untyped-def]
    got = _triggers("Mesir menggelar perundingan gencatan senjata di Kairo.", res)
    assert [t[0] for t in got] == ["perundingan"]


@pytest.mark.parametrize("text,agreement", [
    ("Pakistan menuduh India melakukan pelanggaran gencatan senjata di perbatasan.", False),
    ("Milisi itu dituding melanggar kesepakatan damai di wilayah utara.", False),
    ("Militer mencatat puluhan pelanggaran terhadap gencatan senjata sepanjang pekan.", False),
    ("Gencatan senjata mulai berlaku di kota itu pada Senin.", True),
])
def test_an_agreement_named_as_broken_is_no_agreement(text: str, agreement: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"pelanggaran gencatan senjata": the accord broken, made before, not one made in this story."""
    assert any(t[1] == "AGREE" for t in _triggers(text, res)) is agreement


@pytest.mark.parametrize("text,agreement", [
    ("Ia menjelaskan surat tertanggal 6 Mei yang ditandatangani Sekretaris Jenderal itu memuat tiga poin.", False),
    ("Presiden menandatangani perpres tentang pengadaan lahan.", False),
    ("Menteri meneken surat keputusan pencopotan kepala dinas itu.", False),
    ("Kedua negara menandatangani perjanjian ekstradisi di Jakarta.", True),
    ("Perjanjian itu ditandatangani kedua menteri di Jakarta.", True),
])
def test_a_paper_signed_by_one_side_is_no_agreement(text: str, agreement: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"surat ... yang ditandatangani Sekjen": a letter signed, not an accord between parties."""
    assert any(t[1] == "AGREE" for t in _triggers(text, res)) is agreement


@pytest.mark.parametrize("text,surface", [
    # the captives told as held before a place set off by commas: freed people, not a town taken
    ("Tujuh pekerja yang disandera KKB di Kabupaten Puncak, Papua Tengah, akhirnya dibebaskan pada Sabtu.", "dibebaskan"),
    # "melepaskan" people the group held: a release
    ("Kelompok itu melepaskan tujuh pekerja jembatan yang mereka sandera selama dua pekan.", "melepaskan"),
])
def test_people_held_then_let_go_are_a_release(text: str, surface: str, res) -> None:  # type: ignore[no-untyped-def]
    found = {t[0]: (t[1], t[2]) for t in _triggers(text, res)}
    assert found.get(surface) == ("RETREAT", "release"), found


@pytest.mark.parametrize("text,surface,licensed", [
    ("Pada hari yang sama, ribuan buruh di Cikande juga mogok kerja menuntut gaji.", "mogok kerja", True),
    ("Para sopir angkot kembali mogok kerja pada Senin.", "mogok kerja", True),
    ("Polisi juga penyerangan terhadap pos itu.", "penyerangan", False),  # a pe-...-an noun is no predicate
])
def test_a_bare_root_after_an_adverb_is_a_predicate(text: str, surface: str, licensed: bool, res) -> None:  # type: ignore[no-untyped-def]
    found = {t[0]: t[3] for t in _triggers(text, res)}
    assert found.get(surface) is licensed, found


@pytest.mark.parametrize("text,kept", [
    # the riot told with when it happened, its day named: news of its own beside the condemnation
    ("Menteri itu mengecam kericuhan suporter yang terjadi seusai pertandingan di Stadion Manahan pada Minggu malam.", True),
    ("Menteri itu mengecam kericuhan suporter yang terjadi itu.", False),  # pointed back: only what is condemned
    ("Menteri itu mengecam kericuhan suporter di stadion.", False),  # no telling of when: only what is condemned
])
def test_an_event_noun_told_with_when_it_happened_is_news(text: str, kept: bool, res) -> None:  # type: ignore[no-untyped-def]
    found = {t[0]: t[3] for t in _triggers(text, res)}
    assert (found.get("kericuhan") is True) is kept, found


@pytest.mark.parametrize("text,expected", [
    # a count of shots between the verb and its object: still "melepaskan tembakan"
    ("Pelaku, seorang pemuda berusia 19 tahun, melepaskan tiga kali tembakan dari jarak lima meter.",
     ("melepaskan tiga kali tembakan", "ASSAULT", "firearms", True)),
    ("Ia melepaskan 12 kali tembakan ke arah kerumunan.", ("melepaskan 12 kali tembakan", "ASSAULT", "firearms", True)),
    # an attacker overpowered without a shot told: held, an arrest
    ("Pengawal Velandia langsung melumpuhkan pelaku dan menyerahkannya kepada polisi.",
     ("melumpuhkan", "COERCE", "arrest", True)),
    ("Salah satu tersangka berinisial AF (34) terpaksa dilumpuhkan karena melawan petugas.",
     ("dilumpuhkan", "COERCE", "arrest", True)),
    # a crowd blocking a road: a protest
    ("Ribuan buruh pabrik elektronik memblokir ruas Tol Jakarta-Cikampek di Kilometer 31.",
     ("memblokir", "PROTEST", "blockade", True)),
    ("Warga memblokir jalan desa dengan batang pohon.", ("memblokir", "PROTEST", "blockade", True)),
])
def test_counted_shots_subdued_attackers_and_road_blockades(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triggers(text, res), _triggers(text, res)


@pytest.mark.parametrize("text", [
    "Polisi memblokir jalan menuju lokasi kejadian.",  # the police closing a road: no protest
    "Kominfo memblokir situs judi daring.",
    "Banjir melumpuhkan ekonomi kota itu.",  # paralysed, nobody subdued
])
def test_no_blockade_or_subduing_without_a_crowd_or_an_attacker(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert not [t for t in _triggers(text, res) if t[0] in ("memblokir", "melumpuhkan")], _triggers(text, res)


def test_a_terror_group_is_no_attack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"dilakukan oleh kelompok teror ISIS yang sedang melancarkan operasi global": the group named,
    no act of terror told."""
    from .conftest import run_text

    a = run_text(tmp_path, "Judul\n\nSenin, 3 Februari 2026 10:00 WIB\n\nPengamat terorisme mengatakan ciri-ciri serangan di "
                           "Terminal Kampung Rambutan menunjukkan aksi itu dilakukan oleh kelompok teror ISIS yang sedang "
                           "melancarkan operasi global. Polisi masih memburu pelaku.\n")
    assert not any(e.trigger == "teror" for e in a.events)


@pytest.mark.parametrize("text,licensed", [
    # an event noun opening a time clause as the subject of what it caused happened then
    ("Peristiwa serupa pernah terjadi pada 2024, ketika bentrokan antaranggota memicu perusakan warung.", True),
    ("Warga panik ketika bentrokan itu memicu kebakaran.", False),  # "itu" points back to one told before
])
def test_event_noun_opening_a_when_clause(text: str, licensed: bool, res) -> None:  # type: ignore[no-untyped-def]
    v = view_of(text, res)
    got = [t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface == "bentrokan"]
    assert got and got[0].licensed is licensed


@pytest.mark.parametrize("text,found", [
    ("\"Warga pesisir juga harus mewaspadai banjir rob, banjir kiriman, dan angin kencang,\" katanya.", False),
    ("Banjir kiriman merendam ratusan rumah di bantaran sungai pada Senin malam.", True),
])
def test_a_hazard_to_watch_for_is_no_event(text: str, found: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"harus mewaspadai banjir rob, banjir kiriman": hazards warned of (the whole list), none that struck."""
    assert any(s.lower() == "banjir" and lic for s, _, _, lic in _triggers(text, res)) is found


@pytest.mark.parametrize("text,found", [
    ("Dari rumah pelaku, petugas juga mengamankan 7 barang bukti berupa senjata tajam.", False),
    ("Polisi mengamankan 2 unit sepeda motor milik pelaku.", False),
    ("Polisi mengamankan 18 orang yang diduga terlibat tawuran.", True),
])
def test_things_secured_are_no_arrest(text: str, found: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"mengamankan 7 barang bukti": evidence secured, nobody arrested ("mengamankan 18 orang" is an arrest)."""
    assert any(s.lower() == "mengamankan" for s, _, _, _ in _triggers(text, res)) is found


def test_a_charge_named_is_no_event(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"ditahan ... atas dakwaan kriminal pembakaran yang menyebabkan kematian": the charge she is held on,
    no burning told (the detention is the event)."""
    from .conftest import run_text

    a = run_text(tmp_path, "Menurut jaksa, perempuan itu ditahan sejak Senin (3/4) atas dakwaan kriminal pembakaran yang "
                           "menyebabkan kematian.\n")
    assert [e.trigger for e in a.events] == ["ditahan"], [e.trigger for e in a.events]


@pytest.mark.parametrize("text,licensed", [
    ("Aksi itu merupakan lanjutan dari unjuk rasa ratusan mahasiswa di tempat yang sama pada Jumat (26/11/2027).", True),
    ("Aksi itu merupakan lanjutan dari unjuk rasa sebelumnya.", False),  # no day of its own: a pointer back
])
def test_the_event_continued_told_with_its_own_day_is_news(text: str, licensed: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"merupakan lanjutan dari unjuk rasa ... pada Jumat": the earlier protest, told with its day, is an
    event of its own (the one other outlets told that day)."""
    found = {t[0]: t[3] for t in _triggers(text, res)}
    assert found.get("unjuk rasa") is licensed, found


@pytest.mark.parametrize("text,protest", [
    ("Sekitar 150 warga mendatangi kantor Balai Besar Konservasi di Pekanbaru pada Minggu pagi.", True),
    ("Dua warga mendatangi kantor polisi di Pekanbaru pada Minggu pagi.", False),
])
def test_a_crowd_counted_in_digits_going_to_an_office_protests(text: str, protest: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"sekitar 150 warga mendatangi kantor": a crowd counted in digits is a crowd as "ratusan warga" is."""
    from .conftest import view_of
    v = view_of(text, res)
    ts = find_triggers(v, res.lexicon, res.multi, res.max_multi, set())
    assert any(t.sense.type == "PROTEST" for t in ts) is protest


@pytest.mark.parametrize("text,crush", [
    ("Jumlah korban meninggal akibat desak-desakan penonton di stadion itu bertambah menjadi sembilan orang.", True),
    ("Ribuan penumpang berdesak-desakan di peron stasiun menjelang libur panjang.", False),
])
def test_a_deadly_crowd_crush_is_a_disaster(text: str, crush: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"korban meninggal akibat desak-desakan": a crush with people dead or hurt is a disaster; a crowded platform none."""
    from .conftest import view_of
    v = view_of(text, res)
    ts = find_triggers(v, res.lexicon, res.multi, res.max_multi, set())
    assert any(t.sense.mode == "crush" for t in ts) is crush


@pytest.mark.parametrize("text", [
    "Gedung itu dibangun tahan gempa yang terjadi di jalur sesar aktif.",  # what a thing withstands
    "Uji ketahanan gempa dilakukan di laboratorium kampus itu.",
    "Para ahli memperkirakan gempa besar terjadi setiap 300 tahun sekali di jalur sesar itu.",  # a recurrence
])
def test_a_hazard_named_as_a_property_or_recurrence_is_no_event(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert all(not lic for surface, _, _, lic in _triggers(text, res) if surface == "gempa")
    assert any(surface == "gempa" for surface, _, _, _ in _triggers(text, res))


@pytest.mark.parametrize("text,attack", [
    ("Dua warga berhasil mengadang pelaku yang hendak kabur dari toko itu.", False),  # bystanders stop him
    ("Pelaku akhirnya diadang petugas parkir di depan pintu keluar.", False),
    ("Rombongan guru itu dihadang KKB di jalan menuju distrik.", True),  # an ambush among armed men
])
def test_stopping_an_attacker_is_no_ambush(text: str, attack: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert any(s in ("mengadang", "diadang", "dihadang") for s, _, _, _ in _triggers(text, res)) is attack


@pytest.mark.parametrize("text,aid", [
    ("Seorang tukang ojek ikut membantu menghadang penjambret di ujung gang.", False),  # a hand lent to stop him
    ("Warga membantu polisi meringkus tersangka di pasar.", False),
    ("Relawan membantu warga korban banjir di Kecamatan Baleendah.", True),
])
def test_helping_to_stop_someone_is_no_aid(text: str, aid: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert any(typ == "AID" for _, typ, _, _ in _triggers(text, res)) is aid
