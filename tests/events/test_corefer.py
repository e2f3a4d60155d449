"""Within-article references, accidental explosions, datelines and counts, through the whole
pipeline (articles written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_text

FLOOD = """Banjir Rendam Dua Kecamatan di Kabupaten Sigi

Senin, 3 Maret 2025 10:00 WIB

Palu, Antara - Banjir merendam dua kecamatan di Kabupaten Sigi, Sulawesi Tengah, Sabtu (1/3/2025) malam. Tiga warga meninggal dunia terseret arus.

Kepala BPBD Sigi, Asrul Hamid, mengatakan banjir dipicu hujan deras sejak sore.

Menurut data BPBD, sebanyak 640 warga mengungsi ke gedung sekolah.

Banjir tidak berpotensi meluas ke kecamatan lain, kata Asrul.
"""


def test_restating_sentences_fold_into_the_first_telling(tmp_path: Path) -> None:
    a = run_text(tmp_path, FLOOD)
    floods = [e for e in a.events if e.type == "DISASTER"]
    assert len(floods) == 1, [(e.trigger, e.sentence[:40]) for e in a.events]
    e = floods[0]
    assert e.fatalities == 3 and e.displaced == 640  # the later sentence's figure joined it
    assert e.date_start == "2025-03-01"
    assert e.claimed_by and "Asrul" in e.claimed_by  # a named source replaces the outlet
    assert "Sigi" in (e.location.name if e.location else "")  # the story's place, not the dateline's


def test_a_second_incident_with_its_own_date_stays_apart(tmp_path: Path) -> None:
    text = FLOOD + "\nPada Januari 2023, banjir di kawasan yang sama menewaskan lima orang.\n"
    a = run_text(tmp_path, text)
    floods = [e for e in a.events if e.type == "DISASTER"]
    assert len(floods) == 2 and floods[1].fatalities == 5 and floods[1].date_start.startswith("2023-01")


BLAST = """Tabung Gas di Rumah Makan Meledak, Dua Pekerja Tewas

Selasa, 8 April 2025 09:00 WIB

Medan (ANTARA) - Sebuah tabung gas di rumah makan di Kecamatan Medan Baru, Kota Medan, meledak pada Senin malam. Dua pekerja tewas dan lima lainnya luka bakar.

Ledakan terjadi sekitar pukul 21.00 WIB, kata Kapolsek Medan Baru Kompol Rudi Hartono.

Polisi telah menangkap pemilik rumah makan berinisial JS (45) pada Selasa pagi.
"""


def test_an_explosion_without_attacker_is_an_accident(tmp_path: Path) -> None:
    a = run_text(tmp_path, BLAST)
    blasts = [e for e in a.events if e.mode == "explosion"]
    assert len(blasts) == 1 and blasts[0].type == "DISASTER" and blasts[0].kind == "DISASTER"
    assert blasts[0].fatalities == 2 and blasts[0].injured == 5
    assert not any(p.name.upper() == "ANTARA" for e in a.events for p in e.actors)  # the dateline is no actor
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert arrest.captured == 1  # "berinisial JS (45)": one person, the age no count


def test_a_bombing_stays_an_attack(tmp_path: Path) -> None:
    text = BLAST.replace("Sebuah tabung gas", "Sebuah bom rakitan").replace("Tabung Gas", "Bom")
    a = run_text(tmp_path, text)
    assert any(e.type == "ASSAULT" for e in a.events)
    assert not any(e.mode == "explosion" for e in a.events)


@pytest.mark.parametrize("phrase,captured", [
    ("menangkap seorang kepala desa beserta empat orang lainnya", 5),
    ("menangkap seorang kepala desa", 1),
    ("menangkap tiga orang", 3),
])
def test_counts_joined_as_one_group(tmp_path: Path, phrase: str, captured: int) -> None:
    text = ("Polisi Tangkap Kepala Desa\n\nKamis, 6 Maret 2025 08:00 WIB\n\n"
            f"Kendari, Antara - Polisi {phrase} dalam operasi di Kabupaten Konawe, Rabu (5/3/2025).\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert arrest.captured == captured


def test_hazard_word_inside_an_agency_name_is_no_event(tmp_path: Path) -> None:
    text = ("Gempa Guncang Halmahera\n\nRabu, 9 April 2025 08:00 WIB\n\n"
            "Ternate - Gempa bermagnitudo 5,8 mengguncang Kabupaten Halmahera Barat, Rabu (9/4/2025) pagi.\n\n"
            "\"Gempa ini akibat sesar aktif,\" kata Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono.\n")
    a = run_text(tmp_path, text)
    assert [e.mode for e in a.events if e.type == "DISASTER"] == ["earthquake"]


@pytest.mark.parametrize("lead,actor", [
    ("Kapolres Sleman AKBP Yuswanto Ardi mengatakan pihaknya menangkap tiga orang", "Polres Sleman"),
    ("Kapolda Metro Jaya Irjen Karyoto mengatakan jajarannya menangkap tiga orang", "Polda Metro Jaya"),
    ("Kepala BNN Provinsi Bali Brigjen Rudy Ahmad mengatakan pihaknya menangkap tiga orang", "BNN Provinsi Bali"),
    ("Yuswanto Ardi mengatakan pihaknya menangkap tiga orang", "Yuswanto Ardi"),  # no office: the person
])
def test_his_side_acted_means_his_office(tmp_path: Path, lead: str, actor: str) -> None:
    text = ("Polisi Tangkap Tiga Pengedar\n\nKamis, 6 Maret 2025 08:00 WIB\n\n"
            f"Yogyakarta, Antara - {lead} yang diduga mengedarkan sabu, Rabu (5/3/2025).\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert [p.name for p in arrest.actors] == [actor]


@pytest.mark.parametrize("sentence,actor", [
    ("Pemerintah Thailand menuduh pasukan Kamboja menembaki patroli militer Thailand", "pasukan Kamboja"),
    ("Militer Filipina menyatakan telah mengerahkan pasukan ke Pulau Jolo", "Militer Filipina"),
])
def test_the_subject_of_a_reported_clause(tmp_path: Path, sentence: str, actor: str) -> None:
    text = ("Ketegangan di Perbatasan\n\nSelasa, 5 Agustus 2025 08:00 WIB\n\n"
            f"Bangkok - {sentence} pada Minggu (3/8/2025).\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.type in ("ASSAULT", "MOBILIZE"))
    assert [p.name for p in e.actors] == [actor]


def test_pointed_back_mention_names_the_attacker_and_a_clock_time_keeps_the_day(tmp_path: Path) -> None:
    text = ("Granat Dilempar ke Pos Polisi\n\nSenin, 9 Juni 2025 12:30 WIB\n\n"
            "Suara.com - Dua polisi terluka setelah sebuah granat dilemparkan ke pos polisi di Kota Pattani, "
            "dua hari lalu.\n\nMenyadur Bangkok Post, Senin (9/6/2025), serangan terjadi sekitar pukul 22.00 "
            "waktu setempat.\n\nKolonel Somchai mengatakan granat itu dilempar oleh anggota kelompok bersenjata "
            "Barisan Revolusi Nasional (BRN).\n")
    a = run_text(tmp_path, text)
    attacks = [e for e in a.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.trigger, e.date_start) for e in attacks]
    assert attacks[0].date_start == "2025-06-07" and attacks[0].injured == 2
    assert "Barisan Revolusi Nasional" in attacks[0].actors[0].name


def test_pronoun_passive_of_a_police_quote(tmp_path: Path) -> None:
    text = ("Polisi Amankan Pelaku Pembacokan\n\nSelasa, 3 November 2026 10:15 WIB\n\n"
            "BEKASI, iNews.id - Kapolres Metro Bekasi Kota Kombes Pol Kusumo Wahyu Bintoro menjelaskan, bentrokan "
            "dua kelompok pecah di Jalan Raya Narogong, Kecamatan Bantargebang, Minggu (1/11/2026) malam.\n\n"
            "\"Sebanyak 16 orang sudah kami amankan,\" ujar Kusumo, Senin (2/11/2026).\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert arrest.captured == 16
    assert [p.name for p in arrest.actors] == ["Polres Metro Bekasi Kota"]
    clash = next(e for e in a.events if e.type == "ASSAULT")
    assert clash.location is not None and "Bantargebang" in clash.location.name  # not the street


def test_a_toll_as_of_a_later_day_stays_with_the_event(tmp_path: Path) -> None:
    text = ("Longsor di Tambang Emas\n\nKamis, 9 April 2026 08:30 WIB\n\n"
            "Gorontalo - Tanah longsor menimbun puluhan penambang di Kabupaten Bone Bolango, Selasa (7/4/2026) sore.\n\n"
            "Hingga Rabu malam, tim SAR gabungan telah mengevakuasi 12 penambang dalam kondisi meninggal dunia.\n")
    a = run_text(tmp_path, text)
    slides = [e for e in a.events if e.type == "DISASTER"]
    assert len(slides) == 1 and slides[0].fatalities == 12 and slides[0].date_start == "2026-04-07"


def test_the_source_of_a_preamble_is_no_participant(tmp_path: Path) -> None:
    text = ("Dua Perampok Ditembak\n\nKamis, 29 Desember 2016 10:00 WIB\n\n"
            "Jakarta, Antara - Polisi menangkap dua perampok di Bekasi, Rabu (28/12/2016).\n\n"
            "Menurut Awi, keduanya ditembak di bagian kaki.\n")
    a = run_text(tmp_path, text)
    shot = next(e for e in a.events if e.trigger == "ditembak")
    assert all("Awi" not in p.name for p in shot.targets + shot.actors)
    assert shot.claimed_by == "Awi"


@pytest.mark.parametrize("sentence,kind,value", [
    ("Seorang pria berinisial AS (41) tewas setelah ditikam tetangganya", "fatalities", 1),
    ("Pelaku berinisial JS (38) ditangkap saat bersembunyi di rumah kerabatnya", "captured", 1),
    ("Dua pelaku berinisial RB dan ES ditangkap di rumah kontrakan", "captured", 2),
])
def test_one_named_person_counts_one(tmp_path: Path, sentence: str, kind: str, value: int) -> None:
    text = ("Pria Tewas Ditikam Tetangga\n\nRabu, 11 November 2026 08:45 WIB\n\n"
            f"Medan - {sentence} di Kecamatan Medan Perjuangan, Kota Medan, Senin (9/11/2026) malam.\n")
    a = run_text(tmp_path, text)
    assert any(getattr(e, kind) == value for e in a.events), [(e.trigger, e.figures) for e in a.events]


@pytest.mark.parametrize("then,dead", [
    ("Seorang terduga teroris tewas setelah terlibat baku tembak dengan petugas.", 1),
    ("Dua terduga teroris tewas dalam baku tembak yang berlangsung sekitar 15 menit.", 2),
])
def test_a_raids_firefight_and_its_dead_are_the_raids(tmp_path: Path, then: str, dead: int) -> None:
    text = ("Judul Berita\n\nJumat, 6 Maret 2026 13:30 WIB\n\nSolo - Densus 88 Antiteror Polri menggerebek sebuah "
            f"rumah di Kecamatan Kartasura, Kabupaten Sukoharjo, Kamis (5/3/2026) dini hari. {then}\n")
    a = run_text(tmp_path, text)
    raid = next(e for e in a.events if e.mode == "raid")
    assert raid.fatalities == dead and "Densus" in raid.actors[0].name, [(e.trigger, e.fatalities) for e in a.events]
    assert not [e for e in a.events if e.type == "ASSAULT" and not e.actors], [e.trigger for e in a.events]


ARREST = """Polisi Tangkap Tiga Pencuri Kabel di Kota Jambi

Jumat, 12 Juni 2026 13:00 WIB

Jambi (ANTARA) - Satuan Reserse Kriminal Polresta Jambi menangkap tiga pelaku pencurian kabel milik perusahaan listrik di Kecamatan Telanaipura, Kota Jambi, Rabu (10/6).

Kasat Reskrim Polresta Jambi Kompol Bayu Santoso di Jambi, Jumat, mengatakan ketiga pelaku ditangkap di sebuah gudang setelah polisi memeriksa rekaman kamera pengawas.

"Mereka sudah mencuri kabel di sedikitnya enam lokasi sejak Maret," kata Bayu.

Polisi menyita sebuah mobil bak terbuka yang digunakan pelaku dan 200 meter kabel tembaga.

Pengacara keluarga, Rina Marpaung, mengatakan pihaknya akan mendampingi ketiga pria yang ditangkap itu.
"""


def test_an_arrest_told_again_keeps_its_day_its_haul_and_its_source(tmp_path: Path) -> None:
    """The day set off before "mengatakan" is when the speaker spoke ("di Jambi, Jumat, mengatakan
    ketiga pelaku ditangkap"), and who spoke is the one named before it, not the day; a "sejak Maret"
    in a quote dates no later sentence; the haul seized from "pelaku" by "Polisi" is the unit's
    arrest again; "ketiga pria yang ditangkap itu" after "akan mendampingi" names the arrest told
    before (a modal does not reach into a "yang" clause): one arrest in all."""
    a = run_text(tmp_path, ARREST)
    held = [e for e in a.events if e.type == "COERCE"]
    assert len(held) == 1, [(e.trigger, e.mode, e.date_start, e.sentence[:50]) for e in held]
    e = held[0]
    assert (e.date_start, e.captured) == ("2026-06-10", 3)
    assert e.claimed_by == "Kasat Reskrim Polresta Jambi Kompol Bayu Santoso", e.claimed_by
    assert [p.sector for p in e.actors] == ["police"]  # "Satuan ... Polresta Jambi" is a police unit


def test_initials_set_off_after_a_noun_are_not_the_target(tmp_path: Path) -> None:
    text = ("Polisi Bekuk Dua Penadah Motor\n\nSelasa, 16 Juni 2026 10:00 WIB\n\n"
            "Jambi - Satuan Reserse Kriminal Polresta Jambi menangkap dua pria yang diduga mencuri sepeda motor di Kecamatan Kotabaru, Senin (15/6/2026).\n\n"
            "Kasat Reskrim Polresta Jambi Kompol Bayu Santoso mengatakan kedua pelaku, berinisial RK (31) dan AS (40), ditangkap saat hendak menjual motor itu.\n")
    a = run_text(tmp_path, text)
    held = [e for e in a.events if e.type == "COERCE"]
    assert len(held) == 1 and held[0].captured == 2, [(e.trigger, [p.name for p in e.targets]) for e in held]


def _story(body: str) -> str:
    return "Judul Berita\n\nJumat, 12 Juni 2026 13:00 WIB\n\nJambi (ANTARA) - " + body


@pytest.mark.parametrize("body,date", [
    # the day before "mengatakan" is when it was said; the arrest keeps the lead's day
    (("Polisi menangkap tiga pencuri kabel di Kota Jambi, Rabu (10/6).\n\n"
     "Kapolresta Jambi di Jambi, Jumat, mengatakan para pelaku ditangkap di sebuah gudang.\n"), "2026-06-10"),
    # "sejak Maret" says when a series began, not when the next sentence's seizure happened
    (("Polisi menangkap tiga pencuri kabel di Kota Jambi, Rabu (10/6).\n\n"
     "\"Mereka mencuri kabel sejak Maret,\" kata Kapolresta.\n\nPolisi menggerebek gudang para pelaku.\n"), "2026-06-10"),
])
def test_days_that_belong_to_the_saying_or_to_a_series(tmp_path: Path, body: str, date: str) -> None:
    a = run_text(tmp_path, _story(body))
    assert {e.date_start for e in a.events if e.type == "COERCE"} == {date}, \
        [(e.trigger, e.date_start, e.sentence[:40]) for e in a.events]


@pytest.mark.parametrize("body,n", [
    (("Polresta Jambi menangkap dua penadah motor di Kota Jambi, Rabu (10/6).\n\n"
     "Polisi menyita tiga sepeda motor dari tangan pelaku.\n"), 1),  # the arrest's haul
    (("Polresta Jambi menangkap dua penadah motor di Kota Jambi, Rabu (10/6).\n\n"
     "Petugas bea cukai menyita 40 ton gula selundupan di pelabuhan.\n"), 2),  # another seizure
    (("Polres Sarolangun menangkap tujuh warga di Kota Jambi, Rabu (10/6).\n\n"
     "Kuasa hukum warga mengatakan akan mendampingi ketujuh warga yang ditangkap.\n"), 1),  # "ketujuh": the seven told
])
def test_a_haul_and_a_collective_numeral_point_back_at_the_arrest(tmp_path: Path, body: str, n: int) -> None:
    a = run_text(tmp_path, _story(body))
    held = [e for e in a.events if e.type == "COERCE"]
    assert len(held) == n, [(e.trigger, e.mode, [p.name for p in e.targets]) for e in held]


def test_the_day_a_hazard_happened_skips_a_search_told_with_its_own_day(tmp_path: Path) -> None:
    """A toll's lead with no day, a quote dating a finding ("Hari ini tim SAR menemukan ..."), then
    "Longsor terjadi pada Jumat (6/3)": the day is the landslide's, told of the lead, not another landslide."""
    text = ("Korban Longsor Bertambah\n\nSabtu, 7 Maret 2026 17:40 WIB\n\n"
            "Kabupaten Bandung (ANTARA) - Jumlah korban meninggal dunia akibat tanah longsor di Desa Sugihmukti, "
            "Kecamatan Pasirjambu, Kabupaten Bandung, Jawa Barat, bertambah menjadi tujuh orang.\n\n"
            "\"Hari ini tim SAR gabungan menemukan empat jenazah lagi, sehingga total korban meninggal tujuh orang,\" "
            "kata Kepala Kantor SAR Bandung Arif Setiadi di Pasirjambu, Sabtu.\n\n"
            "Longsor terjadi pada Jumat (6/3) sekitar pukul 02.30 WIB setelah hujan deras mengguyur kawasan itu.\n")
    a = run_text(tmp_path, text)
    lead = next(e for e in a.events if e.type == "DISASTER")
    assert lead.date_start == "2026-03-06" and lead.fatalities == 7, (lead.date_start, lead.sentence[:60])
    assert not [e for e in a.events if e.type == "DISASTER" and e.sentence.startswith("Longsor terjadi")]


def test_the_speakers_fighters_acting_are_the_speakers_side(tmp_path: Path) -> None:
    text = ("Hizbullah Balas Serangan\n\nSelasa, 2 Maret 2027 11:05 WIB\n\n"
            "Beirut (ANTARA) - Hizbullah mengatakan para pejuangnya menembakkan roket ke sebuah pangkalan militer "
            "di Israel utara pada Selasa dini hari.\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.type == "ASSAULT")
    assert [p.name for p in e.actors] == ["Hizbullah"], [p.name for p in e.actors]


def test_a_retelling_with_a_count_sharpens_a_vague_one(tmp_path: Path) -> None:
    """"melukai sejumlah orang" ... "Sedikitnya enam orang terluka dalam insiden penembakan itu": the
    retelling's count replaces the vague word's."""
    a = run_text(tmp_path, "Seorang pria melepaskan tembakan di sebuah pusat perbelanjaan di Kota Chicago, Amerika "
                           "Serikat, Senin (13/11), menewaskan seorang pria dan melukai sejumlah orang.\n\nPelaku "
                           "kemudian menembak dirinya sendiri di lantai dua gedung itu.\n\nSedikitnya enam orang "
                           "terluka dalam insiden penembakan itu.\n")
    assert [e.injured for e in a.events if e.injured is not None] == [6]


STRIKE = """Ribuan Buruh Garmen Mogok Kerja

Senin, 14 Juni 2027 13:07 WIB

SERANG - Ribuan buruh PT Sinar Garmen Abadi di Kecamatan Cikande, Kabupaten Serang, mogok kerja pada Senin (14/6/2027).

Ketua serikat pekerja di pabrik itu, Rohaeni, mengatakan sekitar 2.100 buruh ikut mogok.
"""


def test_those_who_joined_a_protest_are_its_head_count(tmp_path: Path) -> None:
    a = run_text(tmp_path, STRIKE)
    protests = [e for e in a.events if e.type == "PROTEST"]
    assert len(protests) == 1, [(e.trigger, e.sentence[:50]) for e in protests]


RELEASE = """KKB Lepaskan Tujuh Pekerja

Kompas.com - 13/06/2027, 14:32 WIB

TIMIKA, KOMPAS.com - Kelompok kriminal bersenjata (KKB) melepaskan tujuh pekerja jembatan yang mereka sandera di Distrik Gome, Kabupaten Puncak, Papua Tengah.

Ketujuh sandera dilepaskan di Kampung Wako pada Sabtu (12/6/2027) siang dan langsung dijemput tim gabungan.

Mereka disandera sejak Sabtu (29/5/2027) ketika sedang mengecor fondasi jembatan.
"""


def test_the_held_told_again_date_the_release_and_are_the_kidnappings_targets(tmp_path: Path) -> None:
    """"Ketujuh sandera dilepaskan ... pada Sabtu (12/6/2027)" restates the release and gives its day;
    "Mereka disandera sejak ..." tells what was done to the workers just told of."""
    a = run_text(tmp_path, RELEASE)
    releases = [e for e in a.events if e.type == "RETREAT"]
    assert len(releases) == 1 and releases[0].date_start == "2027-06-12", [(e.trigger, e.date_start) for e in releases]
    held = [e for e in a.events if e.type == "ASSAULT" and e.trigger.lower() == "disandera" and e.sentence.startswith("Mereka")]
    assert held and held[0].date_start == "2027-05-29" and held[0].targets, \
        [(e.trigger, [p.name for p in e.targets]) for e in a.events]


def test_who_revises_a_toll_did_not_make_the_attack(tmp_path: Path) -> None:
    text = """Militer Kongo Revisi Korban

Kamis 10 Jun 2027 09:05 WIB

KINSHASA -- Militer Republik Demokratik Kongo merevisi jumlah korban tewas dalam serangan Selasa lalu terhadap konvoi tentara di provinsi Ituri menjadi 26 orang.
"""
    a = run_text(tmp_path, text)
    attack = [e for e in a.events if e.type == "ASSAULT"]
    assert attack and attack[0].fatalities == 26 and not attack[0].actors, [(e.trigger, [p.name for p in e.actors]) for e in attack]


CLASH = """Sedikitnya 40 Tewas dalam Pertempuran di Sennar

Minggu, 14 Maret 2027 09:12 WIB

KHARTOUM, AFP - Sedikitnya 40 orang tewas dalam pertempuran antara tentara Sudan dan pasukan paramiliter RSF di kota Sennar, Sudan, pada Sabtu, kata sumber medis.

Pertempuran pecah sejak Sabtu pagi ketika pasukan RSF menyerbu pos-pos militer di pinggiran selatan kota Sennar.
"""


def test_the_fight_said_to_break_out_is_the_fight_told_before(tmp_path: Path) -> None:
    """"Pertempuran pecah sejak Sabtu pagi ketika ...": the lead's fight in detail, not a second one."""
    a = run_text(tmp_path, CLASH)
    fights = [e for e in a.events if e.type == "ASSAULT"]
    assert len(fights) == 1 and fights[0].fatalities == 40, [(e.trigger, e.sentence[:40]) for e in fights]


def test_an_undated_toll_lead_takes_the_day_its_event_is_told_to_have_happened(tmp_path: Path) -> None:
    """"Jumlah korban tewas akibat serangan bom ... bertambah menjadi 26 orang, kata polisi pada Sabtu"
    then, after a sentence on the wounded who died, "Ledakan terjadi pada Jumat (12/11/2027) ...": the
    lead's bombing, told with its day (not a second blast, nor the day the police spoke)."""
    a = run_text(tmp_path, "Korban bom Bannu bertambah\n\nSabtu, 13 November 2027 14:10 WIB\n\nISLAMABAD - Jumlah "
                           "korban tewas akibat serangan bom bunuh diri di sebuah pasar di Kota Bannu, Pakistan, bertambah "
                           "menjadi 26 orang, kata polisi pada Sabtu (13/11/2027).\n\nSembilan korban luka meninggal "
                           "dunia saat menjalani perawatan di rumah sakit pada Jumat malam.\n\nLedakan terjadi pada "
                           "Jumat (12/11/2027) sekitar pukul 11.30 waktu setempat di dekat pos pemeriksaan polisi.\n")
    lead = next(e for e in a.events if e.fatalities == 26)
    assert lead.date_start == "2027-11-12"
    assert not any(e.trigger == "Ledakan" for e in a.events)


def test_a_quake_that_also_shook_another_place_is_another_quake(tmp_path: Path) -> None:
    """"Pada hari yang sama, gempa bermagnitudo 5,8 juga mengguncang Kabupaten Seram Bagian Barat": a
    second quake, not the first told again."""
    a = run_text(tmp_path, "Gempa guncang Lombok Timur\n\nLombok Timur - Gempa bumi bermagnitudo 5,2 mengguncang "
                           "Kabupaten Lombok Timur, Nusa Tenggara Barat, Minggu (14/11/2027) sore.\n\nPada hari yang sama, gempa bermagnitudo 5,8 juga mengguncang "
                           "Kabupaten Seram Bagian Barat, Maluku.\n")
    assert len([e for e in a.events if e.kind == "DISASTER"]) == 2


def test_an_attack_on_a_place_said_to_happen_amid_its_circumstances_is_the_one_told(tmp_path: Path) -> None:
    """"Serangan di Nuseirat terjadi ketika Israel meningkatkan operasinya ... sejak gencatan senjata
    runtuh pada September lalu": the strike on Nuseirat told in the lead, set among its circumstances
    (September is the truce's), not a strike of its own."""
    a = run_text(tmp_path, "Puluhan tewas di sekolah Gaza\n\nGAZA - Puluhan orang tewas dalam serangan udara Israel yang "
                           "menghantam sebuah sekolah di kamp pengungsi Nuseirat, Gaza tengah, pada Minggu (17/10/2027) "
                           "dini hari.\n\nSerangan di Nuseirat terjadi ketika Israel meningkatkan operasi militernya di "
                           "Gaza tengah sejak gencatan senjata runtuh pada September lalu.\n")
    assert len([e for e in a.events if e.type == "ASSAULT"]) == 1


def test_the_unit_named_in_a_quote_is_the_same_arrest(tmp_path: Path) -> None:
    """"polisi menangkap 12 pemuda" then ""Ada 12 orang yang diamankan Polsek Cibinong," kata Kapolres":
    the same arrest, the police unit named; one event, not two."""
    a = run_text(tmp_path, "Senin (3/4) dini hari, polisi menangkap 12 pemuda yang hendak tawuran di dekat Stasiun "
                           "Bojonggede, Bogor. \"Ada 12 orang yang diamankan Polsek Cibinong,\" kata Kapolres Bogor.\n")
    assert [e.captured for e in a.events if e.mode == "arrest"] == [12], [(e.trigger, e.captured) for e in a.events]


def test_the_first_of_a_counted_series_is_the_leads_event(tmp_path: Path) -> None:
    """"Stasiun geofisika merekam belasan gempa di X. Gempa pertama terjadi ... Kamis (10/9)": the first
    quake of the run the lead counted, told with its day, is the lead's quake."""
    a = run_text(tmp_path, "Judul\n\nRabu, 16 September 2026 10:00 WIB\n\nStasiun geofisika merekam belasan gempa "
                           "di Kabupaten Sigi, Sulawesi Tengah. Gempa pertama terjadi dengan magnitudo 5,1 sekitar "
                           "pukul 04.10 WITA, Kamis (10/9).\n")
    quakes = [e for e in a.events if e.mode == "earthquake"]
    assert [q.date_start for q in quakes] == ["2026-09-10"], [(q.trigger, q.date_start) for q in quakes]
