"""Article-level rules: sports pages, violence-free stories, pronoun sources (articles written
for these tests, through the whole pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.events import extract

from .conftest import article, run_text


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


_HEAD = "Judul Berita\n\nJumat, 6 Maret 2026 13:30 WIB\n\n"


def test_a_relative_clause_before_a_copula_refers_back(tmp_path: Path) -> None:
    text = (_HEAD + "Solo - Tim Densus 88 menangkap empat terduga pelaku teror di Kabupaten Klaten, Rabu (4/3/2026).\n\n"
            "Salah satu terduga yang ditangkap merupakan residivis kasus bom tahun 2012.\n\n"
            "Sepanjang tahun ini, Densus 88 telah menangkap 57 terduga teroris di seluruh Indonesia.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    assert [e.captured for e in arrests] == [4, 57], [(e.captured, e.date_start, e.sentence[:40]) for e in arrests]
    assert arrests[0].date_start == "2026-03-04"
    assert arrests[1].date_start == "2026-01-01" and arrests[1].date_precision == "year"  # the year of the tally


def test_a_passive_arrest_told_by_a_police_chief_is_his_units(tmp_path: Path) -> None:
    text = (_HEAD + "Kendari - Kapolresta Kendari Kombes Pol Edward Simanjuntak mengatakan sebanyak 14 pelajar "
            "diamankan karena terlibat tawuran di Jalan Ahmad Yani, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert [p.name for p in arrest.actors] == ["Polresta Kendari"] and arrest.captured == 14


def test_catching_fish_is_no_arrest(tmp_path: Path) -> None:
    text = (_HEAD + "Bitung - Dua nelayan hilang saat menangkap ikan di perairan Selat Lembeh, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    assert not [e for e in a.events if e.type == "COERCE"], [(e.trigger, e.type) for e in a.events]


def test_freed_hostages_are_the_targets_and_the_place_is_not_the_dateline(tmp_path: Path) -> None:
    text = (_HEAD + "JAKARTA, KOMPAS.com - Dua awak kapal WNI yang disandera kelompok bersenjata di Somalia "
            "akhirnya dibebaskan pada Rabu (4/3/2026).\n")
    a = run_text(tmp_path, text)
    rel = next(e for e in a.events if e.mode == "release")
    assert not rel.actors and rel.targets and "awak" in rel.targets[0].name
    assert rel.location is not None and rel.location.country == "SO", rel.location
    assert rel.date_start == "2026-03-04"


def test_an_unidentified_attacker_keeps_the_words_that_say_so(tmp_path: Path) -> None:
    text = (_HEAD + "Pamekasan - Rumah seorang kepala desa di Desa Bujur Barat, Kecamatan Batumarmar, Kabupaten "
            "Pamekasan, Jawa Timur, dibakar orang tak dikenal pada Kamis (5/3/2026) dini hari.\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.trigger == "dibakar")
    assert [p.name for p in e.actors] == ["orang tak dikenal"] and e.actors[0].sector == "unidentified"
    assert e.location is not None and e.location.name == "Bujur Barat", e.location  # the first of the address


def test_no_casualties_is_a_toll_of_zero(tmp_path: Path) -> None:
    text = (_HEAD + "Sumenep - Gudang milik seorang pengusaha tembakau di Desa Gapura Timur dibakar orang tak dikenal "
            "pada Kamis (5/3/2026) dini hari. Tidak ada korban jiwa dalam kejadian itu.\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.trigger == "dibakar")
    assert e.fatalities == 0 and any(f.value == 0 and f.raw.lower().startswith("tidak ada") for f in e.figures)


def test_a_crowd_coming_to_demand_is_a_protest(tmp_path: Path) -> None:
    text = (_HEAD + "Kendal - Ratusan petani mendatangi kantor bupati untuk menuntut ganti rugi lahan, Kamis (5/3/2026).\n\n"
            "Pemerintah daerah mendatangkan bantuan pupuk dari Semarang.\n")
    a = run_text(tmp_path, text)
    protests = [e for e in a.events if e.type == "PROTEST"]
    assert [e.trigger for e in protests] == ["mendatangi"] and protests[0].actors[0].name == "Ratusan petani"


def test_a_unit_named_with_its_parent_is_the_actor(tmp_path: Path) -> None:
    text = (_HEAD + "Bekasi - Detasemen Khusus (Densus) 88 Antiteror Polri menangkap tiga terduga teroris di Bekasi, "
            "Kamis (5/3/2026).\n\nSehari kemudian, Densus 88 Antiteror Polri menangkap dua orang lainnya di Depok.\n")
    a = run_text(tmp_path, text)
    acts = [[p.name for p in e.actors] for e in a.events if e.type == "COERCE"]
    assert acts[:2] == [["Detasemen Khusus (Densus) 88 Antiteror Polri"], ["Densus 88 Antiteror Polri"]], acts


def test_the_date_of_another_nouns_clause_is_not_the_events(tmp_path: Path) -> None:
    text = (_HEAD + "Ambon - Bentrokan antarwarga pecah di Desa Tulehu, Kamis (5/3/2026).\n\n"
            "Bentrokan dipicu sengketa batas tanah yang sudah berlangsung sejak 2015.\n")
    a = run_text(tmp_path, text)
    clashes = [e for e in a.events if e.type == "ASSAULT"]
    assert clashes and all(e.date_start == "2026-03-05" for e in clashes), [(e.date_start, e.sentence) for e in clashes]


def test_two_groups_arrested_together_are_summed(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Kejaksaan Agung menangkap seorang kepala dinas di Sumatera Utara dan tiga pengusaha "
            "dalam kasus suap proyek irigasi, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    assert next(e for e in a.events if e.type == "COERCE").captured == 4


def test_what_is_signed_in_that_meeting_happened_where_the_meeting_did(tmp_path: Path) -> None:
    text = (_HEAD + "Tokyo - Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Tokyo, Kamis (5/3/2026). "
            "Keduanya membahas keamanan di Laut China Selatan.\n\n"
            "Dalam pertemuan itu, kedua negara menandatangani perjanjian kerja sama pertahanan.\n")
    a = run_text(tmp_path, text)
    agree = next(e for e in a.events if e.type == "AGREE")
    assert agree.location is not None and agree.location.name == "Tokyo", agree.location


def test_a_governments_protest_is_a_diplomatic_accusation(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Kapal perang asing memasuki perairan Natuna pada Rabu (4/3/2026) dan memicu protes "
            "dari pemerintah Indonesia.\n\nManila juga menyampaikan protes keras kepada Beijing.\n")
    a = run_text(tmp_path, text)
    protests = [(e.type, e.mode, [p.name for p in e.actors]) for e in a.events if e.trigger.lower().endswith("protes")]
    assert protests == [("ACCUSE", "disapprove", ["pemerintah Indonesia"]), ("ACCUSE", "disapprove", ["Manila"])], protests


def test_a_missile_fired_into_the_sea_is_a_show_of_force(tmp_path: Path) -> None:
    text = (_HEAD + "Seoul - Korea Utara menembakkan dua rudal balistik ke arah laut lepas pantai timurnya pada "
            "Kamis (5/3/2026), kata militer Korea Selatan.\n\nMiliter Israel menembakkan rudal ke sebuah rumah di Gaza.\n")
    a = run_text(tmp_path, text)
    kinds = [(e.type, e.mode) for e in a.events if "rudal" in e.sentence]
    assert kinds[0] == ("MOBILIZE", "weapons_test") and kinds[-1][0] == "ASSAULT", kinds


def test_freezing_assets_is_a_sanction(tmp_path: Path) -> None:
    text = (_HEAD + "London - Inggris mengumumkan sanksi baru, Kamis (5/3/2026).\n\n"
            "London sebelumnya juga membekukan aset milik tiga pengusaha Rusia.\n\nWarga memblokir jalan desa.\n")
    a = run_text(tmp_path, text)
    freeze = [e for e in a.events if e.mode == "freeze"]
    assert len(freeze) == 1 and [p.country for p in freeze[0].actors] == ["GB"], [(e.type, e.trigger) for e in a.events]


def test_a_toll_update_and_the_day_named_later_join_the_first_telling(tmp_path: Path) -> None:
    text = ("Korban Bertambah\n\nSabtu, 7 Maret 2026 10:05 WIB\n\n"
            "Ambon - Jumlah korban tewas akibat ledakan bom di pasar Desa Hila, Maluku Tengah, bertambah menjadi "
            "empat orang.\n\nSementara itu, polisi menangkap dua terduga pelaku di Kota Ambon pada Jumat (6/3/2026).\n\n"
            "Bom yang meledak pada Kamis (5/3/2026) siang itu juga melukai sembilan pedagang.\n")
    a = run_text(tmp_path, text)
    blasts = [e for e in a.events if e.type == "ASSAULT"]
    assert len(blasts) == 1, [(e.trigger, e.date_start) for e in blasts]
    assert (blasts[0].fatalities, blasts[0].injured, blasts[0].date_start) == (4, 9, "2026-03-05")
    assert blasts[0].date_stated


def test_the_units_own_words_about_its_arrest_fold_into_it(tmp_path: Path) -> None:
    text = (_HEAD + "Palu - Satuan Reserse Narkoba Polresta Palu menangkap tiga pengedar sabu di Kecamatan Palu "
            "Selatan, Kamis (5/3/2026).\n\n\"Ketiganya kami tangkap saat hendak bertransaksi,\" ujar Kasat "
            "Resnarkoba Polresta Palu AKP Arief Hidayat.\n")
    a = run_text(tmp_path, text)
    assert len([e for e in a.events if e.type == "COERCE"]) == 1, [(e.trigger, e.actors) for e in a.events]


def test_the_killer_of_dalam_serangan_is_the_clauses_subject(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Kelompok bersenjata menewaskan tiga tentara dalam serangan terhadap sebuah pos di "
            "Kabupaten Puncak, Papua Tengah, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.type == "ASSAULT")
    assert [p.name for p in e.actors] == ["Kelompok bersenjata"] and e.fatalities == 3


def test_an_arrest_and_a_seizure_in_one_sentence_are_two_events(tmp_path: Path) -> None:
    text = (_HEAD + "Medan - Polisi menangkap dua kurir dan menyita 3 kilogram sabu di Kota Medan, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    assert sorted(e.mode or "" for e in a.events if e.type == "COERCE") == ["arrest", "seize"]


def test_the_wounded_taken_to_hospital_are_not_displaced(tmp_path: Path) -> None:
    text = (_HEAD + "Poso - Sebuah bom meledak di pos polisi di Kecamatan Poso Pesisir, Kamis (5/3/2026). Dua polisi "
            "tewas dan tiga lainnya dievakuasi ke RSUD Poso.\n\nSebanyak 40 warga dievakuasi ke balai desa.\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.type == "ASSAULT")
    assert e.fatalities == 2 and e.displaced in (None, 40), (e.displaced, [f.raw for f in e.figures])


def test_no_casualties_in_that_event_paragraphs_later(tmp_path: Path) -> None:
    text = (_HEAD + "Kendari - Kebakaran hebat melanda Pasar Sentral Kota Kendari, Rabu (4/3/2026) malam.\n\n"
            "Api diduga berasal dari korsleting listrik di salah satu kios.\n\n"
            "Tidak ada korban jiwa dalam kebakaran tersebut, namun kerugian ditaksir mencapai Rp 5 miliar.\n")
    a = run_text(tmp_path, text)
    fire = next(e for e in a.events if e.type == "DISASTER")
    assert fire.fatalities == 0


def test_a_similar_action_after_a_protest_is_a_protest(tmp_path: Path) -> None:
    text = (_HEAD + "Semarang - Ratusan buruh menggelar unjuk rasa di depan kantor gubernur, Kamis (5/3/2026).\n\n"
            "Pekan lalu, aksi serupa digelar buruh di Kabupaten Kendal.\n")
    a = run_text(tmp_path, text)
    assert [e.type for e in a.events if "serupa" in e.sentence] == ["PROTEST"]


def test_the_doers_of_an_operation_pointed_back_at(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Pasukan Israel menyerbu kota Nablus di Tepi Barat, Kamis (5/3/2026), menewaskan dua "
            "warga Palestina.\n\nMiliter Israel menyatakan operasi itu menargetkan \"sel teroris\" dan menangkap "
            "tujuh orang.\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert [p.name for p in arrest.actors] == ["Pasukan Israel"] and arrest.captured == 7


def test_where_people_were_evacuated_to_is_not_where_it_happened(tmp_path: Path) -> None:
    text = (_HEAD + "Manado - Gunung Karangetang di Kabupaten Kepulauan Sitaro, Sulawesi Utara, meletus pada Kamis "
            "(5/3/2026) pagi. Sebanyak 900 warga dievakuasi ke tempat pengungsian di Kecamatan Siau Barat dan Tagulandang.\n")
    a = run_text(tmp_path, text)
    for e in a.events:
        assert e.location is None or "Siau Barat" not in e.location.name and "Tagulandang" not in e.location.name


def test_a_step_back_into_the_past_does_not_date_what_follows(tmp_path: Path) -> None:
    text = (_HEAD + "Tokyo - Menteri Luar Negeri RI bertemu Menteri Luar Negeri Jepang di Tokyo, Kamis (5/3/2026).\n\n"
            "Sebelumnya, kapal patroli asing sempat memasuki perairan Natuna pada Januari lalu dan memicu protes "
            "dari pemerintah Indonesia.\n\nKunjungan Menlu Budi Santoso ke Tokyo merupakan bagian dari lawatan ke Asia Timur.\n")
    a = run_text(tmp_path, text)
    visit = next(e for e in a.events if e.sentence.startswith("Kunjungan"))
    assert visit.date_start == "2026-03-05", visit.date_start


def test_a_clash_between_residents_has_the_residents_as_actors(tmp_path: Path) -> None:
    text = (_HEAD + "Ambon - Dua orang tewas dalam bentrokan antarwarga di Kecamatan Leihitu, Kabupaten Maluku "
            "Tengah, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    clash = next(e for e in a.events if e.type == "ASSAULT")
    assert [p.name for p in clash.actors] == ["warga"] and clash.fatalities == 2


def test_a_public_advisory_is_no_request(tmp_path: Path) -> None:
    text = (_HEAD + "Bima - Banjir merendam ratusan rumah di Kecamatan Sape, Kabupaten Bima, Kamis (5/3/2026).\n\n"
            "Kepala BPBD meminta warga di bantaran sungai tetap waspada karena hujan masih turun.\n\n"
            "Kapolres mengimbau masyarakat agar tidak terpancing isu yang beredar.\n\n"
            "Ketua DPRD meminta pemerintah kabupaten segera membangun tanggul baru.\n")
    a = run_text(tmp_path, text)
    requests = [e for e in a.events if e.type == "REQUEST"]
    assert [e.sentence[:9] for e in requests] == ["Ketua DPR"]


def test_carrying_away_the_victims_is_part_of_the_disaster(tmp_path: Path) -> None:
    text = (_HEAD + "Bandung - Banjir merendam Kecamatan Dayeuhkolot, Kabupaten Bandung, Kamis (5/3/2026). Seorang "
            "warga lanjut usia meninggal dunia.\n\n\"Korban sudah dievakuasi petugas, tetapi nyawanya tidak "
            "tertolong,\" ujar camat.\n\nPetugas mengevakuasi 300 warga ke gedung olahraga.\n")
    a = run_text(tmp_path, text)
    assert [e.type for e in a.events if "Korban sudah" in e.sentence] == []
    assert [e.mode for e in a.events if e.sentence.startswith("Petugas")] == ["evacuate"]


def test_damage_done_by_a_hazard_is_no_attack(tmp_path: Path) -> None:
    text = (_HEAD + "Cianjur - Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Kamis (5/3/2026). "
            "Gempa itu merusak ratusan rumah warga.\n\nBanjir menerjang desa itu sebelum massa membakar kantor desa.\n")
    a = run_text(tmp_path, text)
    assert sorted(e.type for e in a.events) == ["COERCE", "DISASTER", "DISASTER"]
    assert [p.name for e in a.events if e.type == "COERCE" for p in e.actors] == ["massa"]


def test_an_official_named_with_others_counts_in_the_arrest(tmp_path: Path) -> None:
    text = (_HEAD + "Kendari - KPK menangkap Bupati Konawe Selatan beserta enam orang lainnya dalam operasi tangkap "
            "tangan di Kendari, Kamis (5/3/2026) malam.\n")
    a = run_text(tmp_path, text)
    assert [e.captured for e in a.events if e.type == "COERCE"] == [7]


def test_taking_to_the_streets_is_a_protest_by_the_protesters(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Ribuan pengunjuk rasa turun ke jalan di Dhaka, Bangladesh, Kamis (5/3/2026), menuntut "
            "pemilu ulang.\n\nKepolisian Dhaka menyatakan 42 orang ditangkap dalam kerusuhan tersebut.\n")
    a = run_text(tmp_path, text)
    protest = next(e for e in a.events if e.type == "PROTEST")
    assert [p.name for p in protest.actors] == ["Ribuan pengunjuk rasa"]
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert [p.name for p in arrest.actors] == ["Kepolisian Dhaka"] and arrest.captured == 42


def test_shoppers_storming_a_market_is_no_assault(tmp_path: Path) -> None:
    text = (_HEAD + "Balikpapan - Ribuan warga menyerbu pasar murah di Lapangan Merdeka, Kamis (5/3/2026).\n\n"
            "Puluhan pria bersenjata menyerbu pasar di Kabul dan menewaskan tiga orang, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    assert [e.sentence[:6] for e in a.events if e.type == "ASSAULT"] == ["Puluha"]


def test_a_toll_pointed_at_the_incident_skips_the_arrests_after_it(tmp_path: Path) -> None:
    text = (_HEAD + "Sorong - Kerusuhan pecah di Lapas Kelas IIB Sorong, Papua Barat Daya, Kamis (5/3/2026) malam.\n\n"
            "Dua narapidana sempat melarikan diri, namun berhasil ditangkap kembali keesokan harinya.\n\n"
            "Tidak ada korban jiwa dalam peristiwa tersebut, namun tiga petugas mengalami luka ringan.\n")
    a = run_text(tmp_path, text)
    riot = next(e for e in a.events if e.mode == "riot")
    assert (riot.fatalities, riot.injured) == (0, 3)
    assert all(e.fatalities is None and e.injured is None for e in a.events if e.mode == "arrest")


def test_a_group_claiming_an_attack_is_its_actor(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Sebuah bom bunuh diri meledak di sebuah masjid di Peshawar, Pakistan, Kamis (5/3/2026). "
            "Sedikitnya 27 orang tewas.\n\nKelompok Tehrik-i-Taliban Pakistan (TTP) mengklaim bertanggung jawab atas "
            "serangan tersebut.\n")
    a = run_text(tmp_path, text)
    bomb = next(e for e in a.events if e.type == "ASSAULT")
    assert [p.name for p in bomb.actors] == ["Kelompok Tehrik-i-Taliban Pakistan (TTP)"] and bomb.fatalities == 27


def test_a_brawl_between_students_has_the_students_as_actors(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Seorang siswa tewas setelah dibacok dalam tawuran antarpelajar di Kecamatan Duren Sawit, "
            "Jakarta Timur, Kamis (5/3/2026) sore.\n")
    a = run_text(tmp_path, text)
    assert [[p.name for p in e.actors] for e in a.events if e.type == "ASSAULT"] == [["pelajar"]]


def test_a_volcano_that_erupts_again_is_a_disaster(tmp_path: Path) -> None:
    text = (_HEAD + "Larantuka - Gunung Lewotobi Laki-laki di Kabupaten Flores Timur kembali erupsi pada Kamis "
            "(5/3/2026) dini hari. Enam warga meninggal dunia tertimpa material vulkanik.\n")
    a = run_text(tmp_path, text)
    assert [(e.mode, e.fatalities) for e in a.events] == [("eruption", 6)]


def test_the_arrests_of_a_raid_and_what_was_seized_there(tmp_path: Path) -> None:
    text = (_HEAD + "Batam - Bareskrim Polri menggerebek sebuah ruko di Kecamatan Batam Kota, Kota Batam, Kamis "
            "(5/3/2026). Sebanyak 12 orang ditangkap, lima di antaranya warga negara asing.\n\nDirektur Siber "
            "mengatakan jaringan itu menipu ratusan korban di Indonesia.\n\nDalam penggerebekan tersebut, polisi "
            "menyita 85 unit telepon genggam.\n")
    a = run_text(tmp_path, text)
    raid = next(e for e in a.events if e.mode == "raid")
    assert raid.captured == 12 and not any(e.mode == "arrest" for e in a.events)
    seize = next(e for e in a.events if e.mode == "seize")
    assert seize.location is not None and seize.location.country == "ID" and seize.location.precision != "country"


def test_a_home_desk_writing_about_abroad_is_not_the_place(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta, CNN Indonesia -- Thailand dan Kamboja sepakat memberlakukan gencatan senjata di "
            "sepanjang perbatasan mulai Kamis (5/3/2026), setelah bentrokan selama lima hari yang menewaskan "
            "sedikitnya 32 orang.\n")
    a = run_text(tmp_path, text)
    assert {e.location.country for e in a.events if e.location} == {"TH"}


def test_the_perpetrators_after_an_arrest_are_the_gang_not_the_police(tmp_path: Path) -> None:
    text = (_HEAD + "Bekasi - Polres Metro Bekasi menangkap empat anggota komplotan begal yang menewaskan seorang "
            "buruh pabrik. Dua di antaranya dihadiahi timah panas karena melawan.\n\n"
            "Korban, Ahmad (24), warga Desa Setiadarma, tewas setelah ditusuk para pelaku di Jalan Raya Mangunjaya, "
            "Minggu (1/3/2026) dini hari.\n")
    a = run_text(tmp_path, text)
    stab = next(e for e in a.events if e.sentence.startswith("Korban"))
    assert [p.name for p in stab.actors] == ["begal"] and stab.fatalities == 1, (stab.actors, stab.fatalities)


def test_the_militants_are_the_group_told_before(tmp_path: Path) -> None:
    text = (_HEAD + "Kinshasa - Milisi ADF menyerang sebuah desa di wilayah Beni, Kongo, pekan lalu.\n\n"
            "Juru bicara militer mengatakan 23 warga sipil tewas ketika para militan menyerbu Desa Mangodomu "
            "pada Sabtu (28/2) malam.\n")
    a = run_text(tmp_path, text)
    raid = next(e for e in a.events if "para militan" in e.sentence)
    assert [p.name for p in raid.actors] == ["Milisi ADF"], raid.actors


def test_a_nil_toll_put_on_a_hazard_named_bare_is_that_hazards(tmp_path: Path) -> None:
    text = (_HEAD + "Palangka Raya - Kebakaran hutan dan lahan di Kalimantan Tengah terus meluas sejak Senin (2/3/2026).\n\n"
            "Sementara itu, massa membakar pos jaga perusahaan sawit di Kapuas, Rabu (4/3/2026).\n\n"
            "Hingga kini tidak ada korban jiwa akibat karhutla.\n")
    a = run_text(tmp_path, text)
    assert [(e.type, e.fatalities) for e in a.events] == [("DISASTER", 0), ("COERCE", None)], [
        (e.type, e.fatalities, e.date_start) for e in a.events]


def test_units_told_with_bersama_all_act_and_a_unit_number_names_no_place(tmp_path: Path) -> None:
    text = (_HEAD + "Atambua - Bentrokan antarwarga pecah di perbatasan Kabupaten Belu, Sabtu (28/2/2026).\n\n"
            "Polres Malaka bersama Polres Belu dan Kodim 1605/Belu mengerahkan sekitar 250 personel gabungan.\n")
    a = run_text(tmp_path, text)
    sent = next(e for e in a.events if e.type == "MOBILIZE")
    names = [p.name for p in sent.actors]
    assert "Polres Malaka" in names and not any("Kabupaten" in n for n in names), names


def test_the_group_pointed_back_at_is_not_an_embassy(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Kelompok Houthi di Yaman membajak sebuah kapal kargo di Laut Merah, Kamis (5/3/2026).\n\n"
            "KBRI Muscat terus berkomunikasi dengan pihak-pihak terkait.\n\n"
            "Pada November 2023, kelompok itu juga membajak kapal Galaxy Leader dan menahan 25 awaknya.\n")
    a = run_text(tmp_path, text)
    old = [e for e in a.events if e.date_start and e.date_start.startswith("2023")]
    assert old and all(any("Houthi" in p.name for p in e.actors) for e in old), [
        (e.type, [p.name for p in e.actors]) for e in old]


def test_the_bare_defendant_who_killed_is_the_one_named_as_defendant(tmp_path: Path) -> None:
    text = (_HEAD + "Jember - Majelis hakim menjatuhkan vonis 17 tahun penjara kepada Rudi Hartono (31), terdakwa kasus "
            "pembunuhan seorang tukang ojek, Kamis (5/3/2026).\n\n"
            "Dalam persidangan terungkap, terdakwa menusuk korban dengan pisau di jalan desa pada 14 Agustus 2025.\n")
    a = run_text(tmp_path, text)
    stab = next(e for e in a.events if e.type == "ASSAULT")
    assert [p.name for p in stab.actors] == ["Rudi Hartono"], stab.actors


def test_a_chronology_over_days(tmp_path: Path) -> None:
    text = (_HEAD + "Bima - Bentrokan dua kelompok pemuda di Kota Bima berawal dari salah paham di sebuah acara hiburan "
            "malam pada Senin (2/3/2026).\n\nKeesokan harinya, puluhan warga dari kelurahan korban memblokade Jalan "
            "Lintas Sumbawa dengan membakar ban bekas.\n")
    a = run_text(tmp_path, text)
    clash = next(e for e in a.events if e.type == "ASSAULT")
    block = next(e for e in a.events if e.mode == "blockade")
    assert (clash.date_start, block.date_start) == ("2026-03-02", "2026-03-03")
    assert [p.name for p in block.actors] == ["puluhan warga"] and not block.targets
    assert block.location is not None and "Sumbawa" not in block.location.name


def test_everyone_saved_is_a_nil_toll_and_a_fire_set_off_is_no_disaster(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Kelompok Houthi menyerang sebuah kapal kargo di Laut Merah, Kamis (5/3/2026). Serangan "
            "itu memicu kebakaran di dek kapal, namun seluruh 22 awak selamat.\n")
    a = run_text(tmp_path, text)
    assert [(e.type, e.fatalities) for e in a.events] == [("ASSAULT", 0)]


def test_a_quake_abroad_its_magnitude_and_its_day_in_a_relative_clause(tmp_path: Path) -> None:
    text = (_HEAD + "KOMPAS.com - Jumlah korban tewas akibat gempa bermagnitudo 6,8 yang mengguncang Myanmar tengah "
            "pada Senin (2/3/2026) bertambah menjadi 25 orang, kata pejabat setempat.\n")
    a = run_text(tmp_path, text)
    quake = next(e for e in a.events if e.kind == "DISASTER")
    assert (quake.fatalities, quake.date_start) == (25, "2026-03-02")
    assert quake.location is not None and quake.location.country == "MM"


def test_what_protesters_demand_is_part_of_their_protest(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Ratusan pengemudi ojek online (ojol) berunjuk rasa di depan Istana Merdeka, Kamis "
            "(5/3/2026). Mereka menuntut pemerintah menurunkan potongan aplikasi.\n\nDi Surabaya, ratusan buruh "
            "menggelar aksi di depan kantor gubernur pada hari yang sama.\n")
    a = run_text(tmp_path, text)
    assert [e.type for e in a.events] == ["PROTEST", "PROTEST"]
    assert [p.name for p in a.events[0].actors] == ["Ratusan pengemudi ojek online (ojol)"]


def test_the_victim_pointed_back_at_is_the_same_shooting(tmp_path: Path) -> None:
    text = (_HEAD + "Timika - Seorang prajurit TNI gugur setelah ditembak KKB di Distrik Sugapa, Kabupaten Intan Jaya, "
            "Kamis (5/3/2026) pagi.\n\nKapendam mengatakan prajurit tersebut ditembak saat berjaga di pos.\n")
    a = run_text(tmp_path, text)
    assert [(e.type, e.fatalities) for e in a.events] == [("ASSAULT", 1)]


def test_a_hijacked_ship_off_a_foreign_coast(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Sekelompok bajak laut bersenjata membajak sebuah kapal tanker di lepas pantai Somalia, "
            "Kamis (5/3/2026).\n\nPetani di Kabupaten Karawang mulai membajak sawah pekan ini.\n")
    a = run_text(tmp_path, text)
    assert [(e.mode, [p.name for p in e.actors]) for e in a.events] == [
        ("abduct", ["Sekelompok bajak laut bersenjata"])]
    assert a.events[0].location is not None and a.events[0].location.country == "SO"


def test_a_bus_into_a_ravine_and_a_workers_hunger_strike(tmp_path: Path) -> None:
    text = (_HEAD + "Sumedang - Sebuah bus pariwisata terjun ke jurang di Kecamatan Pamulihan, Kabupaten Sumedang, Kamis "
            "(5/3/2026) sore. Sebanyak 12 penumpang tewas.\n\nDi Majalaya, puluhan buruh pabrik tekstil PT Sinar Jaya "
            "melakukan aksi mogok makan di depan gerbang pabrik.\n")
    a = run_text(tmp_path, text)
    assert [(e.mode, e.fatalities) for e in a.events if e.kind == "DISASTER"] == [("crash", 12)]
    strike = next(e for e in a.events if e.type == "PROTEST")
    assert [p.name for p in strike.actors] == ["puluhan buruh pabrik tekstil PT Sinar Jaya"]


def test_a_foiled_plot_the_arrest_dated_by_the_next_sentence(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Densus 88 Antiteror Polri menangkap tiga terduga teroris yang diduga merencanakan serangan "
            "bom bunuh diri ke sebuah gereja.\n\nKetiganya ditangkap di Kota Makassar pada Senin (2/3/2026).\n\n"
            "Serangan itu gagal dilakukan karena para pelaku lebih dulu ditangkap.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.mode == "arrest"]
    assert [(e.captured, e.date_start) for e in arrests] == [(3, "2026-03-02")]
    assert all(e.hypothetical or e.negated for e in a.events if e.type == "ASSAULT")


def test_a_refugee_camp_named_after_its_place_is_where_it_happened(tmp_path: Path) -> None:
    text = (_HEAD + "REPUBLIKA.CO.ID, RAMALLAH -- Pasukan Israel menyerbu kamp pengungsi Jenin di Tepi Barat utara, "
            "Kamis (5/3/2026), menewaskan sedikitnya lima warga Palestina.\n")
    a = run_text(tmp_path, text)
    raid = next(e for e in a.events if e.type == "ASSAULT")
    assert raid.location is not None and raid.location.name == "Jenin"


def test_a_missile_launch_told_three_times_is_one_weapons_test(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Korea Utara kembali menembakkan rudal balistik antarbenua pada Kamis (5/3/2026) pagi. "
            "Rudal itu terbang selama 70 menit sebelum jatuh di perairan zona ekonomi eksklusif Jepang.\n\n"
            "Kepala Staf Gabungan Korea Selatan menyebut rudal diluncurkan dari kawasan Pyongyang.\n")
    a = run_text(tmp_path, text)
    assert [(e.type, e.mode) for e in a.events] == [("MOBILIZE", "weapons_test")]


def test_a_toll_in_an_aside_a_nil_toll_pointed_at_a_flood_and_tariffs_as_weapons(tmp_path: Path) -> None:
    text = (_HEAD + "Palu - Kericuhan antara pekerja lokal dan pekerja asing pecah di Kecamatan Bahodopi, Kabupaten "
            "Morowali, Kamis (5/3/2026) malam. Dua pekerja, seorang warga negara Indonesia dan seorang warga negara "
            "China, tewas.\n\nBanjir merendam 32 RT di Jakarta Timur, Kamis (5/3/2026).\n\nHingga Jumat pagi, tidak ada "
            "korban jiwa akibat banjir tersebut.\n\nAmerika Serikat dan China saling menyerang dengan tarif impor.\n")
    a = run_text(tmp_path, text)
    assert [(e.mode, e.fatalities) for e in a.events] == [("riot", 2), ("flood", 0)]


def test_a_man_who_killed_his_wife(tmp_path: Path) -> None:
    text = (_HEAD + "Tangerang - Seorang pria berinisial HS (42) tega membunuh istrinya di rumah kontrakan mereka di "
            "Kecamatan Cikupa, Kabupaten Tangerang, Kamis (5/3/2026) malam.\n")
    a = run_text(tmp_path, text)
    kill = next(e for e in a.events if e.type == "ASSAULT")
    assert [p.name for p in kill.actors] == ["Seorang pria berinisial HS (42)"] and kill.fatalities == 1


def test_a_crowd_that_disbands_itself_and_a_shelling_told_as_an_accusation(tmp_path: Path) -> None:
    text = (_HEAD + "Yogyakarta - Ribuan mahasiswa menggelar aksi di Jalan Affandi, Kabupaten Sleman, Kamis (5/3/2026). "
            "Para mahasiswa membubarkan diri sekitar pukul 17.00 WIB.\n\nMiliter Pakistan menuduh pasukan India "
            "menembaki pos militer Pakistan di Kashmir, Kamis (5/3/2026). Dua tentara Pakistan tewas.\n")
    a = run_text(tmp_path, text)
    assert [e.mode for e in a.events if e.type == "COERCE"] == []
    shelling = next(e for e in a.events if e.type == "ASSAULT")
    assert shelling.claimed_by == "Militer Pakistan" and shelling.fatalities == 2


def test_any_request_to_the_public_is_an_advisory(tmp_path: Path) -> None:
    text = (_HEAD + "Malang - Angin kencang merobohkan puluhan pohon di Kota Malang, Kamis (5/3/2026).\n\n"
            "Wali kota mengimbau para orangtua untuk mengawasi anak-anaknya saat hujan deras.\n\n"
            "BPBD meminta warga memangkas dahan yang rawan patah.\n\n"
            "Ketua DPRD meminta dinas pertamanan mendata pohon tua di pinggir jalan.\n")
    a = run_text(tmp_path, text)
    assert [e.sentence[:9] for e in a.events if e.type == "REQUEST"] == ["Ketua DPR"]


def test_an_agency_named_in_full_holds_the_crew_its_officer_says_we_took(tmp_path: Path) -> None:
    text = (_HEAD + "Pontianak - Badan Keamanan Laut (Bakamla) RI menangkap sebuah kapal pukat berbendera Malaysia di "
            "perairan Kabupaten Kayong Utara, Kalimantan Barat, Kamis (5/3/2026).\n\n\"Seluruh 9 awak kapal kami "
            "amankan di pangkalan,\" kata Komandan KN Tanjung Datu Kolonel Bakamla Rudi Hartono, Jumat.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    assert len(arrests) == 1, [(e.trigger, e.sentence[:40]) for e in arrests]
    assert [p.name for p in arrests[0].actors] == ["Badan Keamanan Laut (Bakamla) RI"]
    assert arrests[0].actors[0].country == "ID" and arrests[0].captured == 9


def test_talks_are_placed_where_they_were_held_not_where_they_are_about(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Indonesia dan Filipina sepakat menuntaskan sengketa batas landas kontinen di Laut "
            "Sulawesi dan Laut Mindanao. Kesepakatan itu dicapai dalam pertemuan Menteri Pertahanan RI Budi Santoso "
            "dengan Menteri Pertahanan Filipina Carlos Reyes di Manila, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    agree = next(e for e in a.events if e.type == "AGREE")
    assert agree.location is not None and agree.location.name == "Manila", agree.location
    meeting = [e for e in a.events if e.type == "CONSULT"]
    assert [(e.trigger, e.date_start) for e in meeting] == [("pertemuan", "2026-03-05")]


def test_a_nil_toll_said_later_in_a_story_of_one_incident(tmp_path: Path) -> None:
    text = (_HEAD + "Surabaya - Kebakaran melanda sebuah gudang plastik di Kecamatan Tandes, Kota Surabaya, Kamis "
            "(5/3/2026) dini hari.\n\nSebanyak 12 mobil pemadam dikerahkan untuk menjinakkan api.\n\n\"Api padam "
            "setelah tiga jam. Tidak ada korban jiwa,\" kata Kepala Dinas Pemadam Kebakaran Surabaya.\n")
    a = run_text(tmp_path, text)
    fire = next(e for e in a.events if e.type == "DISASTER")
    assert fire.fatalities == 0


def test_a_quote_of_two_sentences_keeps_its_subjects_apart(tmp_path: Path) -> None:
    text = (_HEAD + "Tangerang - Bentrokan antarwarga pecah di Kecamatan Cipondoh, Kota Tangerang, Kamis (5/3/2026).\n\n"
            "\"Para korban sudah dirawat di puskesmas. Kami sudah mengamankan enam orang,\" ujar Kapolsek Cipondoh "
            "Kompol Dedi Kurnia.\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert arrest.captured == 6 and all("korban" not in p.name.lower() for p in arrest.actors), arrest.actors


def test_rockets_fired_across_a_border_land_in_the_target_country_with_no_one_hurt(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Militer Israel menyerang sebuah gudang senjata di dekat kota Tyre, Lebanon, Kamis "
            "(5/3/2026).\n\nHizbullah kemudian menembakkan belasan roket ke arah pos militer Israel di perbatasan "
            "utara. Militer Israel menyebut roket-roket itu jatuh di lahan kosong dan tidak ada korban.\n")
    a = run_text(tmp_path, text)
    rockets = next(e for e in a.events if any(p.name == "Hizbullah" for p in e.actors))
    assert rockets.location is not None and rockets.location.country == "IL" and rockets.fatalities == 0


def test_a_statement_is_dated_by_the_quote_that_follows_it(tmp_path: Path) -> None:
    text = ("Judul Berita\n\nSabtu, 7 Maret 2026 13:30 WIB\n\nJakarta - Inggris menjatuhkan sanksi kepada tiga "
            "perusahaan pelayaran Iran, Kamis (5/3/2026).\n\nPemerintah Iran mengecam keputusan tersebut. \"Ini "
            "pelanggaran hukum internasional,\" kata juru bicara Kementerian Luar Negeri Iran di Teheran, Jumat.\n")
    a = run_text(tmp_path, text)
    condemn = next(e for e in a.events if e.type == "ACCUSE")
    assert condemn.date_start == "2026-03-06"


def test_accomplices_are_counted(tmp_path: Path) -> None:
    text = (_HEAD + "Palembang - Polisi menembak seorang perampok di Kecamatan Ilir Timur, Kota Palembang, Kamis "
            "(5/3/2026) malam. Tiga kaki tangannya ditangkap di lokasi yang sama.\n")
    a = run_text(tmp_path, text)
    assert [e.captured for e in a.events if e.type == "COERCE"] == [3]


def test_a_column_keeps_only_the_dated_facts_it_cites(tmp_path: Path) -> None:
    text = ("Saatnya Diplomasi Pangan\n\nSabtu, 7 Maret 2026 12:00 WIB\n\nOleh: Rina Wulandari, Peneliti Pusat Kajian "
            "Pangan\n\nKrisis pangan dunia kembali memanas. Negara-negara besar saling menyerang dengan larangan ekspor.\n\n"
            "Pada 5 Maret 2026, India melarang ekspor beras ke seluruh negara.\n\nTulisan ini merupakan pendapat pribadi "
            "penulis.\n")
    a = run_text(tmp_path, text)
    assert all(e.date_stated for e in a.events), [(e.trigger, e.sentence[:40]) for e in a.events]
    assert not any("menyerang" in e.sentence for e in a.events)


def test_a_condemned_act_of_terror_is_the_bombing_and_helping_the_police_is_no_aid(tmp_path: Path) -> None:
    text = (_HEAD + "Medan - Sebuah bom meledak di depan Gereja Santo Yosef, Jalan Sutomo, Kota Medan, Kamis "
            "(5/3/2026) pagi. Seorang pelaku tewas.\n\nGubernur mengecam keras aksi teror tersebut.\n\n"
            "\"Polrestabes hanya membantu pengamanan di lokasi,\" kata Kapolrestabes Medan.\n")
    a = run_text(tmp_path, text)
    attacks = [e for e in a.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and not attacks[0].actors, [(e.trigger, [p.name for p in e.actors]) for e in attacks]
    assert all(p.name != "Yosef" for p in attacks[0].targets)
    assert [e for e in a.events if e.type == "AID"] == []


def test_a_threat_is_dated_when_made_not_when_it_would_happen(tmp_path: Path) -> None:
    text = (_HEAD + "Bekasi - Ribuan buruh berunjuk rasa di depan kantor Pemerintah Kota Bekasi, Kamis (5/3/2026).\n\n"
            "Serikat buruh mengancam menggelar mogok massal pada pekan depan jika tuntutan tidak dipenuhi.\n")
    a = run_text(tmp_path, text)
    threat = next(e for e in a.events if e.type == "THREATEN")
    assert threat.date_start is not None and threat.date_start <= "2026-03-06"


def test_an_arrest_told_again_gives_its_day_and_place_not_where_the_robber_used_to_strike(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Tim Resmob Polda Metro Jaya menangkap seorang pelaku jambret berinisial AS (27) yang "
            "kerap beraksi di wilayah Kebayoran Baru, Jakarta Selatan.\n\nPelaku ditangkap di rumah kosnya di Kota "
            "Depok, Rabu (4/3/2026) malam.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    assert len(arrests) == 1 and arrests[0].date_start == "2026-03-04"
    assert arrests[0].location is not None and "Depok" in arrests[0].location.name


def test_an_interior_ministry_holds_the_people_it_says_were_arrested(tmp_path: Path) -> None:
    text = (_HEAD + "Yerevan - Ribuan warga Armenia berunjuk rasa di pusat kota Yerevan, Kamis (5/3/2026). Kementerian "
            "Dalam Negeri Armenia menyatakan 18 orang ditangkap.\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert [p.name for p in arrest.actors] == ["Kementerian Dalam Negeri Armenia"] and arrest.captured == 18
    assert arrest.claimed_by == "Kementerian Dalam Negeri Armenia"


def test_a_nil_toll_opening_the_next_paragraph(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Serangan drone menghantam sebuah depot bahan bakar di wilayah Belgorod, Rusia, Kamis "
            "(5/3/2026), kata gubernur setempat.\n\n\"Tidak ada korban jiwa,\" tulis gubernur di Telegram.\n\n"
            "Militer Rusia menyatakan telah menembak jatuh 12 drone di atas wilayah itu.\n")
    a = run_text(tmp_path, text)
    strike = next(e for e in a.events if e.trigger.lower().startswith("serangan"))
    assert strike.fatalities == 0


def test_private_peoples_dealings_in_a_story_without_public_actors_are_no_events(tmp_path: Path) -> None:
    text = ("Penyanyi Rina Anggraini Bantu Biaya Sekolah Anak Yatim\n\nSabtu, 7 Maret 2026 10:00 WIB\n\nJakarta - "
            "Penyanyi Rina Anggraini membantu biaya sekolah 30 anak yatim di Bekasi. Rina juga menolak bicara soal "
            "rencana pernikahannya dengan aktor Dimas Pratama.\n\n\"Saya hanya ingin berbagi,\" kata Rina.\n")
    a = run_text(tmp_path, text)
    assert a.events == [], [(e.type, e.trigger) for e in a.events]
    text2 = (_HEAD + "Jakarta - Presiden Prabowo Subianto meminta Menteri Keuangan Sri Mulyani menambah anggaran "
             "bantuan sosial, Kamis (5/3/2026).\n")
    assert [e.type for e in run_text(tmp_path, text2).events] == ["REQUEST"]


# -- link batch5 (blind): generic actors, retold counts, embedded dates ------------------------

def test_an_active_causative_toll_is_its_subjects_not_the_damage_after_it(tmp_path: Path) -> None:
    text = (_HEAD + "Pinrang - Tawuran antarkampung di Kecamatan Suppa, Kabupaten Pinrang, Kamis (5/3/2026) malam "
            "menewaskan satu orang dan tiga rumah dirusak massa.\n\nSatu pemuda meninggal dunia akibat luka tusuk, "
            "kata Kapolres Pinrang.\n")
    a = run_text(tmp_path, text)
    fight = next(e for e in a.events if e.mode == "riot")
    assert fight.fatalities == 1
    assert all(e.fatalities is None for e in a.events if e.mode == "destroy"), [(e.trigger, e.fatalities) for e in a.events]


def test_damage_told_as_also_done_joins_the_violence_before_it(tmp_path: Path) -> None:
    text = (_HEAD + "Ambon - Bentrokan antara warga dua negeri di Pulau Haruku terjadi pada Rabu (4/3/2026) malam. "
            "Sejumlah kios ikut dibakar massa.\n")
    a = run_text(tmp_path, text)
    assert [e.mode for e in a.events if e.mode == "destroy"] == [], [(e.trigger, e.mode) for e in a.events]
    assert any(e.type == "ASSAULT" for e in a.events)


def test_a_police_quote_with_its_object_after_the_pronoun_passive(tmp_path: Path) -> None:
    text = (_HEAD + "Kendari - Polisi membubarkan massa yang memblokade jalan di depan kampus, Kamis (5/3/2026). "
            "Sebanyak sembilan orang diamankan dalam peristiwa itu.\n\n\"Kami amankan sembilan orang yang diduga "
            "menjadi provokator,\" kata Kapolresta Kendari Kombes Pol Aris Munandar.\n")
    a = run_text(tmp_path, text)
    held = [e for e in a.events if e.mode == "arrest"]
    assert len(held) == 1, [(e.trigger, e.actors) for e in held]  # the quote folds into the arrest
    assert held[0].captured == 9 and [p.name for p in held[0].actors] == ["Polisi"]


def test_a_branch_named_after_a_bracketed_short_name_is_one_actor(tmp_path: Path) -> None:
    text = (_HEAD + "Surabaya - Lembaga Bantuan Hukum (LBH) Surabaya meminta polisi segera membebaskan buruh yang "
            "ditangkap usai unjuk rasa di depan pabrik kemarin.\n")
    a = run_text(tmp_path, text)
    req = next(e for e in a.events if e.type == "REQUEST")
    assert [p.name for p in req.actors] == ["Lembaga Bantuan Hukum (LBH) Surabaya"]
    assert req.date_start == "2026-03-06"  # said today; "kemarin" is the protest's day
    freed = [e for e in a.events if e.mode == "release"]
    assert freed and all(e.hypothetical for e in freed)  # asked for, not done
    assert req.location is not None and req.location.name.endswith("Surabaya")


@pytest.mark.parametrize("text,mode", [
    ("Aktivis meminta Dewan Keamanan PBB menjatuhkan sanksi kepada junta.", "SANCTION"),
    ("Keluarga korban mendesak polisi segera menangkap pelaku penganiayaan.", "COERCE"),
])
def test_what_a_demand_asks_its_object_to_do_did_not_happen(text: str, mode: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == mode]
    assert evs and all(e.hypothetical for e in evs), [(e.type, e.trigger, e.hypothetical) for e in evs]


def test_a_promise_after_the_event_does_not_date_it(tmp_path: Path) -> None:
    text = (_HEAD + "Mamuju - Ratusan nelayan berunjuk rasa di kantor DPRD Sulawesi Barat, Kamis (5/3/2026). Ketua "
            "DPRD menemui massa dan berjanji pembahasan dimulai pekan depan.\n")
    a = run_text(tmp_path, text)
    met = next(e for e in a.events if e.type == "CONSULT")
    assert met.date_start == "2026-03-05", met.date_start


def test_burning_tyres_at_a_blockade_is_no_property_destruction(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Warga menutup jalan dengan batang pohon dan membakar ban bekas."), res)
    assert [e for e in evs if e.mode == "destroy"] == []


def test_an_attack_named_again_with_its_day_gives_the_first_mention_that_day(tmp_path: Path) -> None:
    text = ("Judul Berita\n\nKamis, 5 Maret 2026 08:00 WIB\n\nJumlah korban tewas akibat serangan udara di Provinsi "
            "Idlib, Suriah, bertambah menjadi 14 orang, kata petugas penyelamat, Rabu (4/3).\n\nSerangan udara pada "
            "Senin lalu itu menghantam sebuah pasar.\n")
    a = run_text(tmp_path, text)
    strikes = [e for e in a.events if e.type == "ASSAULT"]
    assert len(strikes) == 1 and strikes[0].date_start == "2026-03-02" and strikes[0].fatalities == 14, \
        [(e.trigger, e.date_start, e.fatalities) for e in strikes]


# -- link batch6 (blind): an earlier strike named in passing, landmarks, statements told later --------

def test_an_earlier_strike_named_in_passing_keeps_its_toll_and_todays_strike_is_told(tmp_path: Path) -> None:
    text = (_HEAD + "Kharkiv kembali menjadi sasaran serangan rudal Rusia pada Kamis (5/3/2026) malam, tiga hari setelah "
            "serangan sebelumnya menewaskan tujuh orang.\n\nDua warga tewas ketika rudal menghantam sebuah gudang, kata "
            "Gubernur Kharkiv.\n")
    a = run_text(tmp_path, text)
    strikes = [e for e in a.events if e.type == "ASSAULT"]
    assert len(strikes) == 1 and strikes[0].date_start == "2026-03-05" and strikes[0].fatalities == 2, \
        [(e.trigger, e.date_start, e.fatalities) for e in strikes]


def test_a_landmark_no_gazetteer_knows_lies_in_the_city_named_after_it(tmp_path: Path) -> None:
    text = (_HEAD + "Bandung - Ratusan guru honorer berunjuk rasa di kawasan Taman Cikapayang, Kota Bandung, Jumat "
            "(6/3/2026).\n")
    a = run_text(tmp_path, text)
    demo = next(e for e in a.events if e.type == "PROTEST")
    assert demo.location is not None and demo.location.name == "Taman Cikapayang"
    assert demo.location.admin1 == "Jawa Barat", demo.location


def test_a_demand_with_no_day_of_its_own_is_made_when_reported(tmp_path: Path) -> None:
    text = ("Judul Berita\n\nSabtu, 7 Maret 2026 09:00 WIB\n\nSerangan drone di kota itu pada Kamis (5/3) menewaskan "
            "dua orang.\n\nSerangan itu merusak sebuah sekolah.\n\nWali kota kembali mendesak pemerintah pusat "
            "mengirimkan bantuan pertahanan udara.\n")
    a = run_text(tmp_path, text)
    ask = next(e for e in a.events if e.type == "REQUEST")
    assert ask.date_start == "2026-03-07", ask.date_start


def test_who_is_said_to_have_done_it_in_a_relative_clause_acts(tmp_path: Path) -> None:
    text = (_HEAD + "Semarang - Polrestabes Semarang menangkap tiga suporter yang diduga merusak halte bus usai "
            "pertandingan, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    damage = next(e for e in a.events if e.mode == "destroy")
    assert [p.name for p in damage.actors] == ["tiga suporter"]


def test_an_office_named_data_is_no_tally(tmp_path: Path) -> None:
    text = (_HEAD + "Garut - Banjir bandang melanda Kecamatan Garut Kota, Kabupaten Garut, Kamis (5/3/2026).\n\n"
            "Kepala Pusat Data dan Informasi BNPB mengatakan, sebanyak 12 orang luka-luka.\n")
    a = run_text(tmp_path, text)
    floods = [e for e in a.events if e.kind == "DISASTER"]
    assert len(floods) == 1 and floods[0].injured == 12, [(e.trigger, e.injured) for e in floods]


def test_a_federal_state_abroad_places_the_attack(tmp_path: Path) -> None:
    """heldout22: "di Negara Bagian X" is a place (an ISO 3166-2 division the gazetteer holds without
    coordinates), not a government acting, and it wins over the desk's dateline."""
    text = (_HEAD + "REPUBLIKA.CO.ID, ABUJA -- Pria bersenjata menyerang sebuah masjid di Negara Bagian Zamfara, "
            "Nigeria, Kamis (5/3/2026), menewaskan tujuh orang.\n")
    a = run_text(tmp_path, text)
    attack = next(e for e in a.events if e.type == "ASSAULT")
    assert attack.location is not None and attack.location.name == "Zamfara" and attack.location.country == "NG"


def test_a_story_abroad_told_from_a_home_desk_places_its_unplaced_incidents_abroad(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta, Kompas.com - Polisi Meksiko menahan lima orang yang diduga mencuri data nasabah "
            "sebuah bank, Kamis (5/3/2026).\n\n"
            "Kelimanya diduga membobol sistem sebuah bank swasta. Kerugian bank ditaksir mencapai jutaan dolar. "
            "Penyelidikan masih terus berjalan.\n\n"
            "Kantor berita lokal memberitakan, dua orang lain yang terlibat juga ditangkap pada Jumat pagi.\n\n"
            "Kejaksaan di Meksiko menyebut para tersangka terancam hukuman 20 tahun penjara.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    assert len(arrests) == 2, [(e.trigger, e.type) for e in a.events]
    assert all(e.location is not None and e.location.country == "MX" for e in arrests), \
        [(e.trigger, e.location) for e in arrests]


def test_a_home_story_keeps_the_dateline_for_its_unplaced_incidents(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta, Kompas.com - Presiden mengecam penembakan di sebuah sekolah di Texas, Amerika "
            "Serikat, Kamis (5/3/2026).\n\n"
            "Di Jakarta, polisi menangkap dua orang yang diduga menyebarkan hoaks soal penembakan itu pada Jumat.\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    assert arrest.location is not None and arrest.location.country == "ID", arrest.location


@pytest.mark.parametrize("sentence,toll", [
    ("Pertempuran antara tentara dan milisi di perbatasan menelan nyawa 19 orang.", 19),
    ("Kerusuhan di penjara itu memakan nyawa tujuh narapidana.", 7),
])
def test_a_battle_that_swallows_lives_counts_its_dead(tmp_path: Path, sentence: str, toll: int) -> None:
    a = run_text(tmp_path, _HEAD + "Kinshasa - " + sentence + " Aparat keamanan masih berjaga di lokasi hingga "
                 "malam hari.\n")
    assert any(e.fatalities == toll for e in a.events), [(e.trigger, e.fatalities) for e in a.events]


def test_the_hurt_of_a_quote_after_a_seizure_belong_to_the_riot(tmp_path: Path) -> None:
    """A seizure told in between hurts nobody; the quote's attribution date ("kata X, Rabu (4/3)") is
    when it was said; its nil toll goes where its count of the hurt went."""
    text = (_HEAD + "Kupang - Kerusuhan pecah di Rumah Tahanan (Rutan) Kelas IIB Kupang, Nusa Tenggara Timur, Selasa "
            "(3/3/2026) malam. Puluhan tahanan mengamuk dan merusak pintu sel.\n\n"
            "Kepala rutan mengatakan kericuhan dipicu razia barang terlarang. Sejumlah tahanan menolak telepon "
            "genggam mereka disita.\n\n"
            "\"Tiga petugas kami terluka terkena lemparan batu. Tidak ada korban jiwa,\" kata Kepala Rutan Hendrik "
            "Manafe, Rabu (4/3/2026).\n")
    a = run_text(tmp_path, text)
    seized = [e for e in a.events if e.mode == "seize"]
    assert all(e.injured is None for e in seized)
    hurt = [e for e in a.events if e.injured == 3]
    assert len(hurt) == 1 and hurt[0].fatalities == 0 and "tahanan mengamuk" in hurt[0].sentence, \
        [(e.type, e.trigger, e.injured, e.fatalities) for e in a.events]
    assert not [e for e in a.events if "lemparan batu" in e.sentence]  # no event of its own


def test_a_village_no_gazetteer_knows_lies_in_the_story_province(tmp_path: Path) -> None:
    text = (_HEAD + "Palembang - Bentrokan antarwarga pecah di Kecamatan Tanjung Raja, Kabupaten Ogan Ilir, "
            "Sumatera Selatan, Selasa (3/3/2026) sore. Dua warga tewas.\n\n"
            "Massa juga membakar lima rumah di Desa Sungai Lebung Ulu.\n")
    a = run_text(tmp_path, text)
    burnt = next(e for e in a.events if e.mode == "destroy")
    assert burnt.location is not None and (burnt.location.name, burnt.location.admin1) == (
        "Sungai Lebung Ulu", "Sumatera Selatan"), burnt.location


@pytest.mark.parametrize("simile", ["Bunyinya seperti bom", "Suaranya bagai bom", "Getarannya mirip ledakan bom"])
def test_a_bomb_in_a_simile_keeps_a_warehouse_blast_an_accident(tmp_path: Path, simile: str) -> None:
    text = (_HEAD + "Kudus - Sebuah gudang penyimpanan petasan di Kecamatan Jati, Kabupaten Kudus, meledak pada Kamis "
            f"(5/3/2026) siang. Dua pekerja tewas.\n\n\"{simile}, kaca rumah saya pecah,\" kata seorang warga.\n")
    a = run_text(tmp_path, text)
    blast = next(e for e in a.events if e.trigger.lower() == "meledak")
    assert blast.type == "DISASTER" and blast.mode == "explosion", (blast.type, blast.mode)


@pytest.mark.parametrize("nil", ["\"Tidak ada korban jiwa. Para pelaku sudah kami periksa,\" kata Andi, Jumat (6/3/2026).",
                                 "\"Tidak ada yang meninggal dunia,\" kata Andi, Jumat (6/3/2026)."])
def test_a_nil_toll_after_one_days_incidents_goes_to_the_first_telling(tmp_path: Path, nil: str) -> None:
    text = (_HEAD + "Bone - Massa pendukung calon kepala desa yang kalah membakar lima rumah warga di Kecamatan "
            "Kajuara, Kabupaten Bone, Kamis (5/3/2026) malam.\n\nKerusuhan bermula saat panitia mengumumkan hasil "
            "penghitungan suara.\n\nKapolres Bone AKBP Andi Setiawan mengatakan pihaknya menangkap sembilan orang.\n\n"
            f"{nil}\n")
    a = run_text(tmp_path, text)
    first = a.events[0]
    assert (first.trigger, first.fatalities, first.claimed_by) == ("membakar", 0, "Andi"), \
        [(e.trigger, e.fatalities, e.claimed_by) for e in a.events]


def test_an_address_run_without_commas_stops_at_the_next_place_word(tmp_path: Path) -> None:
    text = (_HEAD + "Madiun - Tanah longsor menerjang permukiman warga di Desa Banaran Kecamatan Pulung Kabupaten "
            "Ponorogo pada Sabtu pagi. Tim SAR masih mencari warga yang tertimbun.\n")
    a = run_text(tmp_path, text)
    slide = next(e for e in a.events if e.kind == "DISASTER")
    assert slide.location is not None and "Kecamatan" not in slide.location.name, slide.location


@pytest.mark.parametrize("words", ["paling lambat", "selambat-lambatnya", "dengan batas waktu"])
def test_a_deadline_is_not_when_an_agreement_was_reached(tmp_path: Path, words: str) -> None:
    text = (_HEAD + "Batang - Ratusan petani memblokade gerbang tol di Kabupaten Batang, Kamis (5/3/2026).\n\n"
            f"Pengelola tol dan perwakilan petani sepakat ganti rugi lahan dibayar {words} 30 April 2026.\n")
    a = run_text(tmp_path, text)
    agree = next(e for e in a.events if e.type == "AGREE")
    assert agree.date_start == "2026-03-05", (agree.date_start, agree.sentence)


def test_an_arrests_count_of_hurt_officers_does_not_take_the_nil_toll(tmp_path: Path) -> None:
    text = (_HEAD + "Jember - Unjuk rasa ribuan mahasiswa di depan Gedung DPRD Jember, Kamis (5/3/2026), berakhir "
            "ricuh.\n\nSebagian demonstran melempari gedung dewan dengan batu, lalu membakar pos jaga.\n\nKapolres Jember AKBP Andi Setiawan "
            "mengatakan sebanyak 20 orang diamankan dalam kericuhan itu.\n\n\"Tidak ada korban jiwa. Ada lima "
            "anggota kami yang terluka,\" kata Andi, Jumat (6/3/2026).\n")
    a = run_text(tmp_path, text)
    first = a.events[0]
    assert (first.type, first.fatalities, first.claimed_by) == ("PROTEST", 0, "Andi"), \
        [(e.trigger, e.fatalities, e.claimed_by) for e in a.events]
    assert all(e.fatalities is None for e in a.events if e.mode == "arrest")


def test_a_death_dated_by_its_year_takes_the_month_told_later(tmp_path: Path) -> None:
    text = (_HEAD + "Sumedang - Polisi membongkar makam seorang ibu rumah tangga yang meninggal tujuh tahun lalu di "
            "Kecamatan Jatinangor, Kabupaten Sumedang, Kamis (5/3/2026).\n\nKorban, Euis (45), meninggal pada "
            "Juni 2019. Saat itu korban disebut terjatuh di kamar mandi.\n")
    a = run_text(tmp_path, text)
    death = next(e for e in a.events if e.fatalities == 1)
    assert (death.date_start, death.date_precision) == ("2019-06-01", "month"), (death.date_start, death.sentence)


def test_what_happened_on_the_night_of_the_incident_is_dated_as_the_incident(tmp_path: Path) -> None:
    text = (_HEAD + "Sumedang - Seorang ibu rumah tangga tewas dibunuh di Kecamatan Jatinangor, Kabupaten Sumedang, "
            "pada Juni 2019.\n\nKasus itu kembali diselidiki setelah adik korban melapor pada Januari lalu. Seorang "
            "saksi melihat korban dipukul dengan kayu oleh suaminya pada malam kejadian.\n")
    a = run_text(tmp_path, text)
    beaten = next(e for e in a.events if e.trigger == "dipukul")
    assert beaten.date_start == "2019-06-01", (beaten.date_start, beaten.sentence)


@pytest.mark.parametrize("place,area,admin1", [
    # a village name that is also a town elsewhere: the area after it says which
    ("Gedung DPR, Senayan", "Jakarta", "Daerah Khusus Ibukota Jakarta"),
    ("Gedung DPR, Senayan", "Jakarta Pusat", "Daerah Khusus Ibukota Jakarta"),
    # a kecamatan named in two provinces, read inside the kabupaten after it
    ("Kecamatan Cibadak", "Kabupaten Lebak", "Banten"),
    ("Kecamatan Cibadak", "Kabupaten Sukabumi", "Jawa Barat"),
])
def test_an_address_is_read_inside_the_area_named_after_it(tmp_path: Path, place: str, area: str,
                                                            admin1: str) -> None:
    text = (_HEAD + f"Jakarta - Ribuan buruh berunjuk rasa di {place}, {area}, Kamis (5/3/2026). Mereka menolak "
            "rencana kenaikan iuran jaminan sosial.\n")
    a = run_text(tmp_path, text)
    demo = next(e for e in a.events if e.type == "PROTEST")
    assert demo.location is not None and demo.location.admin1 == admin1, demo.location
    assert demo.location.lat is not None


def test_a_hamlet_whose_namesake_lies_far_off_takes_the_village_named_after_it(tmp_path: Path) -> None:
    """"Kampung Cibuntu, Desa Sugihmukti, Kecamatan Pasirjambu, Kabupaten Bandung": the gazetteer's only
    Cibuntu lies 120 km off in another regency of the same province, so the hamlet is placed at the
    village the address puts it in, not at its namesake (nor is the typed mention kept beside the bare one)."""
    text = (_HEAD + "Bandung - Tanah longsor menerjang permukiman warga di Kampung Cibuntu, Desa Sugihmukti, "
            "Kecamatan Pasirjambu, Kabupaten Bandung, Kamis (5/3/2026) dini hari. Tiga warga tewas.\n")
    a = run_text(tmp_path, text)
    slide = next(e for e in a.events if e.type == "DISASTER")
    loc = slide.location
    assert loc is not None and loc.admin1 == "Jawa Barat" and loc.lat is not None and loc.lon is not None, loc
    assert abs(loc.lat - -7.33) < 0.1 and abs(loc.lon - 107.54) < 0.1, loc  # Sugihmukti, Pasirjambu


def test_a_kecamatan_of_many_names_is_the_place_when_its_kabupaten_follows(tmp_path: Path) -> None:
    text = (_HEAD + "Serang - Banjir merendam ratusan rumah di Kecamatan Cibadak, Kabupaten Lebak, Kamis (5/3/2026). "
            "Petugas mengevakuasi warga ke tempat yang lebih tinggi.\n")
    a = run_text(tmp_path, text)
    flood = next(e for e in a.events if e.type == "DISASTER")
    assert flood.location is not None and flood.location.name == "Cibadak", flood.location
    assert flood.location.admin1 == "Banten" and flood.location.lat is not None, flood.location


def test_the_day_of_a_finding_is_not_the_day_of_the_landslide(tmp_path: Path) -> None:
    text = (_HEAD + "Padang (ANTARA) - Tim SAR gabungan kembali menemukan tiga jenazah penambang yang tertimbun longsor "
            "di lokasi tambang emas ilegal di Kecamatan Sangir, Kabupaten Solok Selatan, Sumatera Barat, Jumat, sehingga "
            "jumlah korban meninggal dunia bertambah menjadi sembilan orang.\n\nLongsor terjadi pada Selasa (3/3) "
            "sekitar pukul 16.00 WIB saat puluhan penambang bekerja di lubang galian.\n\nHujan deras mengguyur sejak "
            "siang.\n\nPetugas bekerja dengan hati-hati.\n\nSehari sebelumnya, Kamis (5/3), tim SAR menemukan enam "
            "penambang dalam keadaan meninggal dunia. Empat penambang lainnya masih hilang.\n")
    a = run_text(tmp_path, text)
    slides = [e for e in a.events if e.type == "DISASTER"]
    assert [(e.date_start, e.fatalities, e.missing) for e in slides] == [("2026-03-03", 9, 4)], \
        [(e.trigger, e.date_start, e.fatalities, e.sentence[:40]) for e in slides]


def test_a_part_of_an_arrest_and_the_same_day_date_the_whole(tmp_path: Path) -> None:
    text = (_HEAD + "Batam - Satresnarkoba Polresta Barelang membekuk tiga pria penyelundup sabu di dua lokasi "
            "berbeda di Kota Batam.\n\nPenangkapan pertama dilakukan di Pelabuhan Batam Centre, Selasa (3/3/2026) "
            "sekitar pukul 14.30 WIB.\n\n\"Gerak-geriknya mencurigakan,\" ujar Kasat Resnarkoba, Jumat (6/3/2026).\n\n"
            "Petugas kemudian melakukan pengembangan. Sekitar pukul 21.00 WIB di hari yang "
            "sama, polisi menangkap dua pria di sebuah hotel di Lubuk Baja.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    assert arrests and all(e.date_start == "2026-03-03" for e in arrests), \
        [(e.trigger, e.date_start, e.sentence[:40]) for e in arrests]
    assert arrests[0].captured == 3


def test_a_death_named_by_initials_is_the_beating_of_the_same_initials(tmp_path: Path) -> None:
    text = (_HEAD + "Medan - Polisi menetapkan lima mahasiswa senior sebagai tersangka kasus kematian seorang mahasiswa "
            "baru. Korban berinisial RAS (19) tewas setelah mengikuti pendidikan dasar organisasi kampusnya pekan "
            "lalu.\n\nDiksar itu digelar di Kecamatan Sibolangit, Kabupaten Deli Serdang, pada Jumat hingga Minggu "
            "(27/2-1/3).\n\nKasat Reskrim Kompol Rizky Tarigan mengatakan RAS dipukul dan ditendang berulang kali oleh "
            "sejumlah senior pada Sabtu (28/2) malam.\n")
    a = run_text(tmp_path, text)
    dead = [e for e in a.events if e.fatalities]
    assert [(e.type, e.trigger, e.fatalities, e.date_start) for e in dead] == [("ASSAULT", "dipukul", 1, "2026-02-28")], \
        [(e.type, e.trigger, e.fatalities, e.date_start) for e in a.events]


def test_a_speaker_brought_in_is_the_source_of_the_next_pronoun(tmp_path: Path) -> None:
    text = (_HEAD + "Timika - Perang antarkelompok warga pecah di Distrik Kwamki Narama, Kabupaten Mimika, Kamis "
            "(5/3/2026). \"Dua orang meninggal dunia,\" kata Kapolres Mimika AKBP Yosias Rumbiak.\n\nKeterangan berbeda "
            "disampaikan salah satu kepala suku dari kelompok bawah, Yance Magal. Menurutnya, korban meninggal dari "
            "pihaknya sudah empat orang.\n")
    a = run_text(tmp_path, text)
    four = [e for e in a.events if e.fatalities == 4]
    assert [e.claimed_by for e in four] == ["Yance Magal"], [(e.trigger, e.fatalities, e.claimed_by) for e in a.events]


def test_the_hurt_of_an_incident_named_again_are_its_own(tmp_path: Path) -> None:
    text = (_HEAD + "Jeneponto - Bentrokan antara massa pendukung dua pasangan calon bupati pecah di Kecamatan Binamu, "
            "Kabupaten Jeneponto, Kamis (5/3/2026) malam.\n\nAdu mulut berubah menjadi saling lempar batu. Sebuah mobil "
            "yang diparkir di depan rumah itu dibakar massa.\n\nKapolres Jeneponto AKBP Andi Saputra mengatakan lima "
            "orang luka-luka dalam bentrokan itu.\n")
    a = run_text(tmp_path, text)
    hurt = [(e.trigger, e.injured) for e in a.events if e.injured]
    assert hurt == [("Bentrokan", 5)], [(e.trigger, e.injured) for e in a.events]


def test_the_scene_a_story_sets_places_what_follows(tmp_path: Path) -> None:
    text = (_HEAD + "Medan - Seorang mahasiswa baru sebuah politeknik swasta di Medan tewas setelah mengikuti pendidikan "
            "dasar organisasi kampusnya.\n\nDiksar itu digelar di kawasan perkemahan di Kecamatan Sibolangit, Kabupaten "
            "Deli Serdang, pada Jumat hingga Minggu (27/2-1/3). Kegiatan itu tidak mengantongi izin dari kampus.\n\nMenurut polisi, korban dipukul dan ditendang "
            "berulang kali oleh sejumlah senior pada Sabtu (28/2) malam.\n")
    a = run_text(tmp_path, text)
    beaten = next(e for e in a.events if e.trigger == "dipukul")
    assert beaten.location is not None and beaten.location.name == "Sibolangit", beaten.location


@pytest.mark.parametrize("body,actor", [
    (("Perundingan damai antara pemerintah dan ELN dibekukan setelah kelompok itu melancarkan serangan mematikan "
      "di Catatumbo pada awal tahun lalu."), "ELN"),
    (("Pertempuran sengit antara militer Sudan dan Pasukan Dukungan Cepat (RSF) pecah di kota El Obeid pada Minggu. "
      "RSF memberikan versi yang sama sekali berbeda. Dalam pernyataan di Telegram, kelompok paramiliter pimpinan "
      "Mohamed Hamdan Dagalo itu mengklaim telah menguasai dua pangkalan militer."), "RSF"),
    (("Kelompok bersenjata menyerang sebuah pos polisi di dekat perbatasan pada Kamis malam dan membakar dua "
      "kendaraan patroli yang diparkir di halaman pos tersebut."), "Kelompok bersenjata"),  # no pointer back
])
def test_a_group_pointed_back_at_is_the_one_named_before(tmp_path: Path, body: str, actor: str) -> None:
    a = run_text(tmp_path, _HEAD + "Khartoum - " + body + "\n")
    e = next(e for e in a.events if e.type == "ASSAULT" and e.trigger != "Pertempuran")
    assert e.actors[0].name == actor
    if actor == "RSF":
        assert e.claimed_by == "RSF"  # who says so is the group too


def test_a_place_the_story_named_with_its_kind_is_a_place_later(tmp_path: Path) -> None:
    text = (_HEAD + "Bogota - Kelompok pemberontak ELN meminta pemerintah menghentikan operasi militer di seluruh "
            "wilayah Catatumbo.\n\nPada Senin, kelompok itu juga menyerang sebuah pos militer di Arauca dan menewaskan "
            "dua tentara.\n\nKepala ICRC di Kolombia mengatakan bantuan sudah dikirim ke Arauca.\n\n"
            "Perundingan dengan pemerintah sempat dibekukan setelah kelompok itu melancarkan "
            "serangan mematikan di Catatumbo pada awal tahun lalu.\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.type == "ASSAULT" and "Catatumbo" in e.sentence)
    assert e.location is not None and e.location.name == "Catatumbo"


def test_an_agreement_announced_there_was_made_there(tmp_path: Path) -> None:
    text = (_HEAD + "Bogota - Pemerintah Kolombia dan kelompok pemberontak ELN sepakat membebaskan 23 sandera yang "
            "ditahan di wilayah timur laut negara itu.\n\nKesepakatan itu diumumkan dalam pernyataan bersama yang "
            "dibacakan di Havana, Kuba, Rabu (4/3) waktu setempat.\n")
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if e.type == "AGREE")
    assert e.location is not None and e.location.name == "Havana"


def test_a_place_name_of_two_countries_is_the_one_the_story_is_in(tmp_path: Path) -> None:
    text = (_HEAD + "Jakarta - Serangan udara Israel menghantam sebuah rumah di Khan Younis pada Senin (2/3). "
            "Sedikitnya tujuh warga Palestina tewas, kata petugas medis.\n\nPada Selasa, tentara Israel menembak "
            "mati dua pemuda di Gaza, kata petugas medis.\n")  # the gazetteer's first "Gaza" is in Mozambique
    a = run_text(tmp_path, text)
    e = next(e for e in a.events if "di Gaza" in e.sentence)
    assert e.location is not None and e.location.country == "PS", e.location


def test_the_held_peoples_killing_keeps_its_own_time(tmp_path: Path) -> None:
    """The time told after the killing in the "yang" clause is the killing's; the arrest takes the day
    its pointed restatement gives ("Keduanya diciduk ..., Rabu malam")."""
    text = (_HEAD + "Bekasi - Polisi meringkus dua pemuda yang menewaskan seorang pelajar dengan celurit di Kecamatan "
            "Bekasi Timur, Kota Bekasi, akhir pekan lalu.\n\nKeduanya diciduk di tempat persembunyiannya di Cianjur, "
            "Jawa Barat, Rabu malam.\n\n\"Keduanya sempat berpindah-pindah tempat sebelum kami amankan,\" ujar Kasat "
            "Reskrim Polres Metro Bekasi Kota AKBP Hendra Gunawan, Kamis (5/3/2026).\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.type == "COERCE")
    killing = next(e for e in a.events if e.type == "ASSAULT")
    assert arrest.date_start == "2026-03-04" and [p.name for p in arrest.actors] == ["Polisi"], \
        (arrest.date_start, arrest.actors)
    assert killing.date_start is not None and killing.date_start < "2026-03-02" and killing.fatalities == 1, \
        (killing.date_start, killing.fatalities)


def test_the_two_told_of_restate_the_arrest_and_the_stabbing_with_their_days(tmp_path: Path) -> None:
    """"Kedua pelaku ... ditangkap ..., Rabu (4/3/2026)" and "X mengatakan kedua pelaku membacok korban
    ... pada Minggu (1/3/2026)" point back at the two of the lead: each dates the event told there; the
    stabbing "hingga tewas" killed the one struck."""
    text = (_HEAD + "Bekasi - Satreskrim Polres Metro Bekasi Kota menangkap dua pemuda yang membacok seorang pelajar "
            "hingga tewas di Kecamatan Bekasi Timur, Kota Bekasi.\n\nKedua pelaku, berinisial MR (19) dan FA (20), "
            "ditangkap di sebuah rumah kontrakan di Cianjur, Rabu (4/3/2026) malam.\n\nKasat Reskrim AKBP Hendra "
            "Gunawan mengatakan kedua pelaku membacok korban menggunakan celurit pada Minggu (1/3/2026) dini hari.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    stabs = [e for e in a.events if e.type == "ASSAULT"]
    assert [(e.date_start, e.captured) for e in arrests] == [("2026-03-04", 2)], [(e.date_start, e.sentence) for e in arrests]
    assert [(e.date_start, e.fatalities) for e in stabs] == [("2026-03-01", 1)], [(e.date_start, e.sentence) for e in stabs]


def test_the_quake_told_after_a_pointer_keeps_its_toll_and_its_day(tmp_path: Path) -> None:
    text = (_HEAD + "Majene - Gempa susulan bermagnitudo 5,3 kembali mengguncang Kabupaten Majene, Sulawesi Barat, "
            "Kamis (5/3/2026) malam.\n\nDua rumah ambruk, namun tidak ada korban jiwa.\n\n"
            "Gempa susulan itu terjadi sehari setelah gempa magnitudo 6,1 yang menewaskan 19 orang di Majene.\n")
    a = run_text(tmp_path, text)
    quakes = [(e.date_start, e.fatalities) for e in a.events if e.type == "DISASTER"]
    assert quakes == [("2026-03-05", 0), ("2026-03-04", 19)], quakes


def test_it_happened_on_a_day_told_next_dates_the_incident_before(tmp_path: Path) -> None:
    text = (_HEAD + "Bondowoso - Seorang petani tewas setelah dianiaya puluhan warga yang menuduhnya sebagai dukun santet "
            "di Kecamatan Tlogosari, Kabupaten Bondowoso.\n\nPeristiwa itu terjadi Rabu (4/3) malam sekitar pukul 21.00 WIB.\n")
    a = run_text(tmp_path, text)
    beaten = next(e for e in a.events if e.trigger == "dianiaya")
    assert beaten.date_start == "2026-03-04", (beaten.date_start, beaten.sentence)


@pytest.mark.parametrize("waylaid,day", [
    ("Kapal itu dicegat sekelompok pria bersenjata di dekat Pulau Bangkaru pada Selasa (3/3) dini hari.", "2026-03-03"),
    ("Kapal itu bersandar di dermaga Pulau Bangkaru pada Selasa (3/3) dini hari.", "2026-03-06"),  # no waylaying
])
def test_armed_men_waylaying_the_boat_told_next_date_the_abduction(tmp_path: Path, waylaid: str, day: str) -> None:
    text = (_HEAD + "Jakarta - Kementerian Luar Negeri membenarkan dua nelayan WNI diculik kelompok bersenjata di "
            "perairan Sabah, Malaysia.\n\n" + waylaid + "\n")
    a = run_text(tmp_path, text)
    taken = next(e for e in a.events if e.trigger == "diculik")
    assert taken.date_start == day, (taken.date_start, taken.sentence)


def test_a_group_with_a_common_noun_aside_and_its_short_form_acts(tmp_path: Path) -> None:
    """"X (Y), kelompok militan yang kerap melancarkan serangan ..., membantah": the named group
    denies, not the common noun of the aside (whose relative clause carries verbs of its own)."""
    text = (_HEAD + "Peshawar - Sebuah bom meledak di pasar kota itu pada Kamis.\n\nTehrik-e-Jihad (TJP), kelompok "
            "militan yang kerap melancarkan serangan di wilayah perbatasan, membantah terlibat dalam pengeboman itu.\n")
    a = run_text(tmp_path, text)
    deny = next(e for e in a.events if e.trigger == "membantah")
    assert [p.name for p in deny.actors] in (["Tehrik-e-Jihad"], ["TJP"], ["Tehrik-e-Jihad (TJP)"]), \
        [p.name for p in deny.actors]


def test_a_claim_of_responsibility_names_the_unnamed_bomber_and_its_retelling(tmp_path: Path) -> None:
    text = (_HEAD + "Peshawar - Seorang pelaku bom bunuh diri meledakkan diri di sebuah pasar di Peshawar, Jumat "
            "(6/3/2026).\n\nSedikitnya 12 orang tewas dalam ledakan itu, kata polisi.\n\nPelaku disebut meledakkan "
            "rompi berisi bahan peledak di dekat pintu masuk.\n\nKelompok Jundullah mengaku bertanggung jawab atas "
            "serangan itu melalui media sosial.\n")
    a = run_text(tmp_path, text)
    bombs = [e for e in a.events if e.type == "ASSAULT" and e.trigger == "meledakkan"]
    assert bombs and all([p.name for p in e.actors] == ["Kelompok Jundullah"] for e in bombs), \
        [(e.sentence, [p.name for p in e.actors]) for e in bombs]


def test_a_deployment_announced_on_a_day_told_after_the_subject_takes_it(tmp_path: Path) -> None:
    """"X pada Senin mengumumkan pengerahan ...": the day is the announcement's, and the announced
    deployment is that announcement (not the day of the clash told before)."""
    text = (_HEAD + "Wamena - Bentrokan antarwarga pecah di Wamena, Sabtu (28/2/2026).\n\n"
            "Gubernur Papua Pegunungan pada Senin mengumumkan pengerahan 200 personel ke Wamena.\n")
    a = run_text(tmp_path, text)
    dep = next(e for e in a.events if e.trigger == "pengerahan")
    assert dep.date_start == "2026-03-02", (dep.date_start, dep.sentence)


def test_narration_between_two_quotes_of_one_speaker_is_his(tmp_path: Path) -> None:
    text = ("Bea Cukai Cegat Kapal Sabu\n\nJumat, 19 Maret 2027 10:25 WIB\n\n"
            "Banda Aceh - Petugas Bea Cukai mencegat sebuah kapal nelayan di perairan Aceh Timur, Rabu (17/3/2027).\n\n"
            "Kepala Kanwil Bea Cukai Aceh, Safuadi Rahman, mengatakan kapal itu sudah diintai sejak berangkat.\n\n"
            "\"Saat hendak kami periksa, kapal mencoba kabur,\" kata Safuadi dalam konferensi pers, Kamis (18/3/2027).\n\n"
            "Petugas kemudian menangkap empat orang pria yang berada di kapal itu.\n\n"
            "\"Dengan pengungkapan ini, kami menyelamatkan ribuan jiwa,\" ujar Safuadi.\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.trigger == "menangkap")
    assert arrest.claimed_by == "Safuadi", [(e.trigger, e.claimed_by) for e in a.events]


def test_narration_right_before_a_quote_is_his_though_his_last_quote_is_further_up(tmp_path: Path) -> None:
    text = ("Pria Dianiaya Warga\n\nSenin, 11 Januari 2027 15:32 WIB\n\n"
            "Jember - Seorang pria tewas setelah dianiaya warga di Desa Sumberjati, Minggu (10/1) malam.\n\n"
            "Kasatreskrim Polres Jember AKP Budi Santoso menjelaskan, massa datang setelah salat isya.\n\n"
            "\"Korban dipukuli beramai-ramai,\" kata Budi saat dikonfirmasi, Senin (11/1/2027).\n\n"
            "Kaca jendela rumah korban hancur.\n\n"
            "Polisi tiba di lokasi sekitar satu jam kemudian.\n\n"
            "Hasilnya, tiga warga diamankan karena diduga berperan aktif dalam penganiayaan.\n\n"
            "\"Tiga pelaku sudah kami tetapkan sebagai tersangka,\" ujar Budi.\n")
    a = run_text(tmp_path, text)
    arrest = next(e for e in a.events if e.trigger == "diamankan")
    assert arrest.claimed_by == "Budi", [(e.trigger, e.claimed_by) for e in a.events]


def test_a_toll_right_after_a_speakers_report_before_his_quote_is_his(tmp_path: Path) -> None:
    text = ("Perahu Terbalik di Sungai\n\nRabu, 13 Januari 2027 17:05 WITA\n\n"
            "Samarinda - Sebuah perahu motor terbalik di Sungai Mahakam, Senin (11/1).\n\n"
            "Kepala Kantor SAR Balikpapan, Rudi Hartono, mengatakan 12 orang berhasil diselamatkan warga. "
            "Seorang penumpang ditemukan meninggal dunia tak jauh dari lokasi, Selasa (12/1) pagi.\n\n"
            "\"Dua penumpang lainnya masih dalam pencarian,\" kata Rudi, Rabu (13/1).\n")
    a = run_text(tmp_path, text)
    dead = next(e for e in a.events if e.fatalities)
    assert dead.claimed_by == "Rudi Hartono", [(e.trigger, e.fatalities, e.claimed_by) for e in a.events]


def test_ia_mengatakan_after_a_named_speakers_sentence_is_his(tmp_path: Path) -> None:
    text = ("Oknum Polisi Ditahan\n\nSabtu, 3 April 2027 10:00 WIB\n\n"
            "Palembang - Seorang pengemudi ojek online tewas ditembak seorang polisi di Palembang, Kamis (1/4/2027).\n\n"
            "\"Adik saya tidak melawan,\" kata kakak korban, Rina, kepada wartawan.\n\n"
            "Kabid Humas Polda Sumsel Kombes Pol Agus Salim membenarkan kejadian tersebut. "
            "Ia mengatakan polisi telah menahan Bripka RS di tempat khusus sejak Jumat.\n")
    a = run_text(tmp_path, text)
    held = next(e for e in a.events if e.trigger == "menahan")
    assert held.claimed_by is not None and "Agus Salim" in held.claimed_by, [(e.trigger, e.claimed_by) for e in a.events]


def test_kedua_pihak_sepakat_in_that_mediation_is_an_agreement_of_its_day(tmp_path: Path) -> None:
    text = ("Sengketa Masjid Dimediasi\n\nJumat, 2 April 2027 10:00 WIB\n\n"
            "Bogor - Sekelompok warga merusak pagar bangunan masjid di Desa Cibadak, Kamis (1/4/2027).\n\n"
            "Forkopimda Bogor menggelar mediasi antara pengurus masjid dan perwakilan warga di Pendopo Kabupaten Bogor, "
            "Senin (5/4/2027).\n\n"
            "Dalam mediasi itu, kedua pihak sepakat pembangunan dihentikan sementara sampai izin selesai diverifikasi.\n")
    a = run_text(tmp_path, text)
    agree = next(e for e in a.events if e.type == "AGREE")
    assert agree.date_start == "2027-04-05", [(e.trigger, e.type, e.date_start) for e in a.events]


def test_ia_opening_an_active_verb_is_the_one_who_acted_just_before(tmp_path: Path) -> None:
    text = ("Perang Suku di Hela\n\nSelasa, 16 Februari 2027 10:00 WIB\n\n"
            "Port Moresby - Bentrokan antarsuku pecah di Provinsi Hela, Papua Nugini, Sabtu (13/2/2027).\n\n"
            "Perdana Menteri James Marape pada Senin mengumumkan pengerahan 100 tentara ke Hela. "
            "Ia juga memberlakukan jam malam di distrik Tari.\n")
    a = run_text(tmp_path, text)
    curfew = next(e for e in a.events if e.type == "COERCE" and "jam malam" in e.sentence)
    assert [p.name for p in curfew.actors] and "Marape" in curfew.actors[0].name, [(e.trigger, e.actors) for e in a.events]


def test_yang_bersangkutan_held_counts_one(tmp_path: Path) -> None:
    text = ("Pelaku Carok Menyerahkan Diri\n\nMinggu, 4 April 2027 10:00 WIB\n\n"
            "Sampang - Seorang petani tewas dibacok di Desa Banyuates, Sabtu (3/4/2027).\n\n"
            "\"Pelaku datang sendiri ke polsek. Yang bersangkutan sekarang sudah kami tahan,\" kata Kapolres Sampang "
            "AKBP Budi Hartono, Minggu (4/4/2027).\n")
    a = run_text(tmp_path, text)
    held = next(e for e in a.events if e.trigger == "tahan")
    assert held.captured == 1, [(e.trigger, e.captured) for e in a.events]


def test_sehari_kemudian_is_the_day_after_the_story_day(tmp_path: Path) -> None:
    text = ("Kapal Sabu Dicegat\n\nJumat, 19 Maret 2027 10:25 WIB\n\n"
            "Banda Aceh - Petugas Bea Cukai menangkap tiga awak kapal pembawa sabu di perairan Aceh Timur, "
            "Rabu (17/3/2027) dini hari.\n\n"
            "\"Barang haram itu ditaksir bernilai Rp 100 miliar,\" kata Safuadi dalam konferensi pers, Kamis (18/3/2027).\n\n"
            "Berdasarkan pengembangan, tim gabungan menangkap dua pria penerima sabu itu di Lhokseumawe, sehari kemudian.\n")
    a = run_text(tmp_path, text)
    later = next(e for e in a.events if "sehari kemudian" in e.sentence)
    assert later.date_start == "2027-03-18", [(e.trigger, e.date_start) for e in a.events]


def test_an_attack_told_after_a_quote_of_next_month_takes_no_future_day(tmp_path: Path) -> None:
    text = ("Drone Hantam Kharkiv\n\nSenin, 22 Maret 2027 15:40 WIB\n\n"
            "Jakarta - Serangan drone Rusia menghantam gedung apartemen di kota Kharkiv, Ukraina, pada Minggu (21/3) malam.\n\n"
            "\"Kami butuh pertahanan udara sekarang, bukan bulan depan,\" kata Wali Kota Kharkiv dalam pidato malamnya.\n\n"
            "Serangan ke Kharkiv terjadi beberapa jam setelah Ukraina menyerang depot minyak di wilayah Belgorod, Rusia, "
            "dengan drone jarak jauh.\n")
    a = run_text(tmp_path, text)
    hit = next(e for e in a.events if e.trigger == "menyerang")
    assert hit.date_start == "2027-03-21", [(e.trigger, e.date_start) for e in a.events]


def test_the_attack_told_after_terjadi_setelah_is_placed_in_its_own_clause(tmp_path: Path) -> None:
    text = ("Drone Hantam Kharkiv\n\nSenin, 22 Maret 2027 15:40 WIB\n\n"
            "Jakarta - Serangan drone Rusia menghantam gedung apartemen di kota Kharkiv, Ukraina, pada Minggu (21/3) malam.\n\n"
            "Serangan ke Kharkiv terjadi beberapa jam setelah Ukraina menyerang depot minyak di wilayah Belgorod, Rusia, "
            "dengan drone jarak jauh. Gubernur Belgorod menyebut kebakaran di depot itu berhasil dipadamkan dan tidak ada korban.\n")
    a = run_text(tmp_path, text)
    hit = next(e for e in a.events if e.trigger == "menyerang")
    assert hit.location is not None and hit.location.country == "RU", hit.location
    assert hit.fatalities == 0, [(e.trigger, e.fatalities) for e in a.events]


def test_sehari_sebelumnya_opening_is_the_day_before_the_story_day(tmp_path: Path) -> None:
    text = ("Serangan di Niger\n\nSelasa, 23 Maret 2027 06:12 WIB\n\n"
            "NIAMEY - Kelompok bersenjata menyerang sebuah pos militer di dekat kota Tillaberi, Niger, pada Sabtu (20/3/2027).\n\n"
            "Militer mengatakan pihaknya melancarkan serangan udara balasan pada Minggu.\n\n"
            "Sehari sebelumnya, di Mali tengah, militan menyerang konvoi logistik tentara di dekat kota Douentza.\n")
    a = run_text(tmp_path, text)
    hit = next(e for e in a.events if "Sehari sebelumnya" in e.sentence)
    assert hit.date_start == "2027-03-19", [(e.trigger, e.date_start) for e in a.events]


def test_a_place_before_its_region_is_no_namesake_abroad(tmp_path: Path) -> None:
    text = ("Konvoi Diserang di Mali\n\nSelasa, 23 Maret 2027 06:12 WIB\n\n"
            "BAMAKO - Militan menyerang konvoi logistik tentara di dekat kota Boni, wilayah Mopti, Mali, pada Jumat (19/3/2027).\n")
    a = run_text(tmp_path, text)
    hit = next(e for e in a.events if e.trigger == "menyerang")
    assert hit.location is not None and hit.location.country == "ML", hit.location


def test_a_toll_beside_an_actorless_destruction_is_the_attacks(tmp_path: Path) -> None:
    text = ("Konvoi Diserang di Mali\n\nSelasa, 23 Maret 2027 06:12 WIB\n\n"
            "BAMAKO - Militan menyerang konvoi logistik tentara di dekat kota Douentza, Mali, pada Jumat (19/3/2027). "
            "Militer Mali mengatakan tujuh tentara tewas dan sejumlah kendaraan dibakar.\n")
    a = run_text(tmp_path, text)
    hit = next(e for e in a.events if e.trigger == "menyerang")
    assert hit.fatalities == 7 and hit.claimed_by == "Militer Mali", (hit.fatalities, hit.claimed_by)


def test_a_bare_militer_is_the_force_named_before_with_its_country(tmp_path: Path) -> None:
    text = ("Serangan di Niger\n\nSelasa, 23 Maret 2027 06:12 WIB\n\n"
            "NIAMEY - Kelompok bersenjata menyerang sebuah pos militer di dekat kota Tillaberi, Niger, pada Sabtu (20/3/2027). "
            "Militer Niger menyebut 14 tentara tewas dalam serangan tersebut.\n\n"
            "Militer mengatakan pihaknya melancarkan serangan udara balasan pada Minggu.\n")
    a = run_text(tmp_path, text)
    hit = next(e for e in a.events if "udara" in e.sentence and e.type == "ASSAULT")
    assert [p.country for p in hit.actors] == ["NE"], [(p.name, p.country) for p in hit.actors]


def test_a_claim_told_in_the_passive_names_the_attacker_of_a_group_named_by_its_kind(tmp_path: Path) -> None:
    text = ("Serangan di Djibo\n\nSelasa, 23 Maret 2027 06:12 WIB\n\n"
            "OUAGADOUGOU - Kelompok jihadis bersenjata menyerang sebuah pos militer di pinggiran kota Djibo, "
            "Burkina Faso, pada Sabtu (20/3/2027).\n\n"
            "Serangan itu diklaim oleh Jama'at Nusrat al-Islam wal-Muslimin (JNIM), kelompok yang berafiliasi "
            "dengan Al-Qaeda, melalui kanal propagandanya.\n")
    a = run_text(tmp_path, text)
    attack = next(e for e in a.events if e.trigger == "menyerang")
    assert any("JNIM" in p.name for p in attack.actors), [p.name for p in attack.actors]


def test_a_claim_leaves_a_group_with_a_short_form_as_it_is(tmp_path: Path) -> None:
    text = ("KKB Tembaki Pesawat\n\nSelasa, 27 Oktober 2026 10:00 WIB\n\n"
            "JAYAPURA - Kelompok kriminal bersenjata (KKB) menembaki sebuah pesawat perintis di Bandara Beoga, "
            "Kabupaten Puncak, Senin (26/10/2026) pagi.\n\n"
            "Juru bicara TPNPB Sebby Sambom mengklaim bertanggung jawab atas penembakan itu.\n")
    a = run_text(tmp_path, text)
    shot = next(e for e in a.events if e.trigger == "menembaki")
    assert any("KKB" in p.name for p in shot.actors), [p.name for p in shot.actors]


def test_no_claim_names_a_group_told_by_its_kind(tmp_path: Path) -> None:
    text = ("Penculikan di Kaduna\n\nSenin, 16 November 2026 10:00 WIB\n\n"
            "Jakarta - Kelompok bersenjata menculik sedikitnya 25 siswa dari sebuah sekolah asrama di negara bagian "
            "Kaduna, Nigeria utara, Minggu (15/11) dini hari.\n\n"
            "Belum ada kelompok yang mengaku bertanggung jawab atas penculikan itu.\n")
    a = run_text(tmp_path, text)
    kidnap = next(e for e in a.events if e.trigger == "menculik")
    assert [p.name for p in kidnap.actors] == ["Kelompok bersenjata"], [p.name for p in kidnap.actors]


def test_a_spoken_request_is_the_speakers_and_those_held_are_not_his(tmp_path: Path) -> None:
    text = ("Demo Ojol Ricuh\n\nKamis, 24 Juni 2027 08:15 WIB\n\n"
            "Surabaya - Ketua forum pengemudi, Slamet Hariyadi, menuding aparat bertindak berlebihan.\n\n"
            "\"Kami datang baik-baik. Kami minta teman-teman kami yang ditahan segera dibebaskan,\" ujar Slamet.\n")
    a = run_text(tmp_path, text)
    ask = next(e for e in a.events if e.type == "REQUEST")
    assert [p.name for p in ask.actors] == ["Slamet"], [p.name for p in ask.actors]
    held = [e for e in a.events if e.trigger == "ditahan"]
    assert all(not e.actors for e in held), [[p.name for p in e.actors] for e in held]


def test_the_held_named_by_a_list_of_initials_date_the_arrest_of_the_lead(tmp_path: Path) -> None:
    text = ("Penculik Pengusaha Ditangkap\n\nKamis, 17 Juni 2027 13:40 WIB\n\n"
            "MEDAN - Tim Ditreskrimum Polda Sumatera Utara menangkap empat pria yang menculik seorang pengusaha "
            "di Medan.\n\nPolisi langsung melacak nomor telepon yang dipakai pelaku. Keempat pelaku, berinisial RS (38), "
            "BT (41), JP (29) dan AM (35), ditangkap di Binjai pada Selasa (15/6) malam.\n")
    a = run_text(tmp_path, text)
    arrests = [e for e in a.events if e.type == "COERCE"]
    assert [(e.date_start, e.captured) for e in arrests] == [("2027-06-15", 4)], \
        [(e.trigger, e.date_start, e.captured) for e in arrests]


def test_an_undated_lead_takes_the_day_of_the_same_act_told_next(tmp_path: Path) -> None:
    text = ("Bentrok Antarwarga di Leihitu\n\nSenin, 7 Juni 2027 09:12 WIT\n\n"
            "AMBON - Bentrokan antarwarga kembali pecah di Kecamatan Leihitu, Kabupaten Maluku Tengah. Warga kedua "
            "negeri saling serang menggunakan panah, parang dan batu pada Sabtu (5/6/2027) malam.\n\n"
            "Dua warga tewas dalam bentrokan itu.\n")
    a = run_text(tmp_path, text)
    clashes = [e for e in a.events if e.type == "ASSAULT"]
    assert {e.date_start for e in clashes} == {"2027-06-05"} and any(e.fatalities == 2 for e in clashes), \
        [(e.trigger, e.date_start, e.fatalities) for e in clashes]


def test_the_units_of_a_joint_team_act_and_a_quote_by_their_director_is_his_polda(tmp_path: Path) -> None:
    text = ("Tim Gabungan Sikat PETI\n\nSabtu, 19 Juni 2027 10:05 WIB\n\n"
            "SINTANG - Tim gabungan Polda Kalimantan Barat, Kodam XII/Tanjungpura dan Balai Gakkum Kementerian "
            "Lingkungan Hidup dan Kehutanan (KLHK) menggerebek lokasi penambangan emas tanpa izin di Kecamatan "
            "Sepauk, Kabupaten Sintang, Kamis (17/6/2027).\n\n"
            "Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Kalbar Kombes Pol Arief Wicaksono mengatakan "
            "operasi melibatkan 240 personel gabungan.\n\n"
            "\"Ada 63 orang yang kami amankan di lokasi,\" kata Arief.\n")
    a = run_text(tmp_path, text)
    raid = next(e for e in a.events if e.trigger == "menggerebek")
    assert raid.actors and raid.actors[0].name == "Polda Kalimantan Barat", [p.name for p in raid.actors]
    held = next(e for e in a.events if e.trigger == "amankan")
    assert [p.name for p in held.actors] == ["Polda Kalbar"], [p.name for p in held.actors]


def test_a_landmark_near_a_town_is_no_place_of_its_events(tmp_path: Path) -> None:
    text = ("Bom Mobil di Suriah\n\nMinggu, 13 Juni 2027 06:41 WIB\n\n"
            "Beirut (ANTARA) - Sebuah bom mobil meledak di pasar di kota Azaz, Suriah utara, pada Sabtu, menewaskan "
            "sedikitnya 12 orang.\n\n"
            "Azaz, yang terletak dekat perbatasan Turki, kerap menjadi sasaran bom mobil. Pada Februari lalu, ledakan "
            "di sebuah pos pemeriksaan di kota itu menewaskan enam orang.\n")
    a = run_text(tmp_path, text)
    feb = next(e for e in a.events if e.fatalities == 6)
    assert feb.location is not None and feb.location.country != "TR", feb.location


def test_a_war_on_contraband_and_a_command_named_after_its_defence_area(tmp_path: Path) -> None:
    text = ("Industri Tekstil Tertekan\n\nSenin, 5 Juli 2027 16:20 WIB\n\n"
            "JAKARTA - Ketua asosiasi, Danang Hermawan, menilai impor ilegal terus meningkat.\n\n"
            "Danang berharap perang melawan barang selundupan tidak berhenti di pelabuhan.\n")
    assert not [e for e in run_text(tmp_path, text).events if e.type == "ASSAULT"]
    text = ("KKB Serang Kamp Pekerja\n\nRabu, 9 Juni 2027 14:20 WIB\n\n"
            "Jakarta, CNN Indonesia -- Kelompok Kriminal Bersenjata (KKB) menyerang kamp pekerja di Distrik Hitadipa, "
            "Kabupaten Intan Jaya, Senin (7/6) pagi.\n\n"
            "Kepala Penerangan Komando Gabungan Wilayah Pertahanan (Kapen Kogabwilhan) III Kolonel Inf Yohanes "
            "Wirawan mengatakan para pelaku juga membakar dua barak milik kontraktor.\n")
    a = run_text(tmp_path, text)
    assert all(e.location is not None and e.location.name != "Pertahanan" for e in a.events), \
        [(e.trigger, e.location) for e in a.events]


@pytest.mark.parametrize("lead,country", [
    ("Israel kembali menggempur Lebanon selatan.", "LB"),  # the country struck, one of its quarters named
    ("Rusia kembali menggempur Ukraina.", "UA"),
])
def test_a_country_struck_as_the_object_places_the_attack(tmp_path: Path, lead: str, country: str) -> None:
    """A home desk's lead naming only the country an attack struck ("Jakarta, CNN Indonesia -- Israel
    kembali menggempur Lebanon selatan."): it happened there, not in the attacker's country."""
    text = (f"Judul Berita\n\nSelasa, 2 Maret 2027 11:05 WIB\n\nJakarta, CNN Indonesia -- {lead}\n\n"
            "Belum ada keterangan resmi mengenai jumlah korban. Pemerintah setempat masih mendata kerusakan.\n")
    a = run_text(tmp_path, text)
    strike = next(e for e in a.events if e.type == "ASSAULT")
    assert strike.location is not None and strike.location.country == country, strike.location


def test_a_craft_lost_on_its_way_is_not_placed_where_it_set_off(tmp_path: Path) -> None:
    """"hilang kontak dalam penerbangan dari A menuju B, Kabupaten C": A is behind the craft (and here
    the desk's town too); the loss is placed on the way, where it flew to."""
    text = ("Pesawat Perintis Hilang Kontak\n\nKamis, 4 Maret 2027 16:10 WIB\n\n"
            "Nabire (ANTARA) - Sebuah pesawat jenis Cessna 208 milik PT Cendrawasih Air hilang kontak dalam "
            "penerbangan dari Nabire menuju Sugapa, Kabupaten Intan Jaya, Papua Tengah, Kamis.\n")
    lost = next(e for e in run_text(tmp_path, text).events if e.trigger == "hilang kontak")
    assert lost.location is not None and "Nabire" not in lost.location.name, lost.location


def test_the_wreck_of_a_craft_lost_found_tells_the_crash(tmp_path: Path) -> None:
    """"menemukan puing helikopter X yang hilang kontak sehari sebelumnya": the loss told as the crash it
    was, on the day before the finding; without a wreck, "yang hilang kontak" only names the craft."""
    text = ("Puing Helikopter Ditemukan\n\nRabu, 10 Maret 2027 13:20 WIB\n\n"
            "TIMIKA, KOMPAS.com - Tim SAR gabungan menemukan puing helikopter PK-LBA yang hilang kontak sehari "
            "sebelumnya di lereng bukit di Distrik Jila, Kabupaten Mimika, Rabu (10/3/2027) pagi.\n")
    crash = [e for e in run_text(tmp_path, text).events if e.trigger == "hilang kontak"]
    assert crash and crash[0].date_start == "2027-03-09", [(e.trigger, e.date_start) for e in crash]


def test_gaza_in_a_story_of_palestinians_and_israel_is_not_mozambiques(tmp_path: Path) -> None:
    """A dateline "GAZA --" and "di kamp pengungsi X, Gaza tengah" in a story naming Palestinians and
    Israel: the Gaza of a country the story names (Mozambique's province of that name is named by
    nothing else), and "Gaza tengah" is a part of Gaza."""
    text = ("Serangan Israel Hantam Sekolah\n\nAhad 17 Oct 2027 15:40 WIB\n\n"
            "REPUBLIKA.CO.ID, GAZA -- Sedikitnya 20 warga Palestina tewas ketika serangan udara Israel menghantam "
            "sebuah sekolah di kamp pengungsi Bureij, Gaza tengah, Ahad (17/10/2027) dini hari, kata Kementerian "
            "Kesehatan Gaza.\n\n"
            "Militer Israel mengatakan pihaknya menargetkan pusat komando Hamas di kompleks sekolah tersebut.\n")
    strike = next(e for e in run_text(tmp_path, text).events if e.type == "ASSAULT")
    assert strike.location is not None and strike.location.country == "PS", strike.location


def test_a_lead_saying_only_who_struck_where_takes_its_tolls_town_and_day(tmp_path: Path) -> None:
    """"Israel kembali menggempur Lebanon selatan. Sedikitnya tujuh orang ... tewas ketika serangan udara
    Israel menghantam ... di kota Nabatieh pada Senin (1/3) malam.": the lead took its toll from the next
    sentence, which tells the strike's town and day; the lead is that strike, there and then."""
    text = ("Israel Gempur Apartemen di Nabatieh\n\nSelasa, 02 Mar 2027 11:05 WIB\n\n"
            "Jakarta, CNN Indonesia -- Israel kembali menggempur Lebanon selatan. Sedikitnya tujuh orang tewas ketika "
            "serangan udara Israel menghantam sebuah bangunan apartemen di kota Nabatieh pada Senin (1/3) malam.\n")
    lead = run_text(tmp_path, text).events[0]
    assert lead.date_start == "2027-03-01", (lead.trigger, lead.date_start)
    assert lead.location is not None and lead.location.precision != "country", lead.location
