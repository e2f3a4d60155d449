"""General Indonesian rules for triggers, dates, casualties and roles (sentences written for
these tests, table-driven)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.events import extract
from linimasa.events.triggers import find_triggers
from linimasa.model import TimeExpr

from .conftest import article, run_text, view_of, year_timex


def _senses(text: str, res):  # type: ignore[no-untyped-def]
    v = view_of(text, res)
    return [(t.surface, t.sense.type, t.sense.mode)
            for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set())]


@pytest.mark.parametrize("text,expected", [
    ("Gunung Merapi kembali meletus pada Kamis sore.", ("meletus", "DISASTER", "eruption")),
    ("Kawah itu memuntahkan abu setinggi dua kilometer.", ("memuntahkan abu", "DISASTER", "eruption")),
    ("Ratusan warga mengungsi akibat banjir yang merendam kampung mereka.",
     ("mengungsi", "DISASTER", "displacement")),
    ("Sebanyak 400 jiwa dievakuasi setelah gempa mengguncang kota itu.", ("dievakuasi", "AID", "evacuate")),
    ("Pasukan perbatasan membalas tembakan dari seberang sungai.", ("membalas tembakan", "ASSAULT", "firearms")),
])
def test_hazard_and_return_fire_triggers(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text,surface", [
    ("Bentrokan antarwarga meletus di alun-alun.", "meletus"),  # no volcano: a predicate, not an eruption
    ("Keluarga itu mengungsi ke rumah kerabat karena utang.", "mengungsi"),  # no hazard
    ("Warga mengungsi di tengah pertempuran.", "mengungsi"),  # fleeing fighting: a casualty figure
])
def test_no_hazard_no_disaster(text: str, surface: str, res) -> None:  # type: ignore[no-untyped-def]
    assert all(s[0] != surface or s[1] != "DISASTER" for s in _senses(text, res))


@pytest.mark.parametrize("text,expected", [
    ("Korban tewas setelah ditusuk para pelaku di pinggir jalan.", ("ditusuk", "ASSAULT", "blade")),
    ("Salah satu pelaku menusukkan pisau ke dada korban.", ("menusukkan", "ASSAULT", "blade")),
    ("Amerika Serikat mengutuk pembajakan kapal itu.", ("mengutuk", "ACCUSE", None)),
])
def test_stabbing_and_condemning_triggers(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text", [
    "Keduanya sepakat pilar batas tidak diubah sampai ada keputusan kementerian.",
    "Kedua belah pihak akhirnya sepakat menghentikan pembangunan.",
])
def test_the_two_parties_agreeing_is_an_agreement(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in extract(article(text), res)] == ["AGREE"]


def test_nil_toll_told_subject_first(res) -> None:  # type: ignore[no-untyped-def]
    text = 'Bentrokan antarwarga pecah di desa itu. "Korban jiwa tidak ada," kata Kapolres.'
    assert [(e.type, e.fatalities) for e in extract(article(text), res)] == [("ASSAULT", 0)]


def test_fire_told_after_an_arson_is_that_arson(res) -> None:  # type: ignore[no-untyped-def]
    text = ('Sedikitnya 14 rumah warga dibakar massa di dusun itu. "Empat belas rumah hangus terbakar. '
            'Korban jiwa tidak ada," kata Kapolres.')
    evs = extract(article(text), res)
    assert [(e.type, e.fatalities, e.claimed_by) for e in evs] == [("COERCE", 0, "Kapolres")]


def test_the_held_told_with_a_part_in_an_aside_are_the_hijackings(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Kelompok bersenjata membajak sebuah kapal kargo di Laut Merah. Seluruh 22 awak kapal, termasuk tiga "
            "warga negara Indonesia, kini disandera.")
    assert [(e.type, e.captured) for e in extract(article(text), res)] == [("ASSAULT", 22)]


@pytest.mark.parametrize("text,dead", [
    ("Terdakwa terbukti melakukan penusukan yang menewaskan Slamet Riyadi (52), tukang ojek asal desa itu.", 1),
    ("Ledakan itu menewaskan Ahmad (30) dan Budi (28).", None),  # two named: not one
])
def test_one_named_with_his_age_after_a_killing_verb_counts_one(text: str, dead, res) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in extract(article(text), res)] == [dead]


def test_displacement_after_a_told_disaster_is_a_disaster(res) -> None:  # type: ignore[no-untyped-def]
    text = "Tanah longsor menimbun dua rumah di lereng bukit.\n\nSebanyak 90 warga mengungsi ke balai desa."
    evs = extract(article(text), res)
    assert any(e.trigger == "mengungsi" and e.type == "DISASTER" for e in evs) or (
        len(evs) == 1 and evs[0].type == "DISASTER")


@pytest.mark.parametrize("text,is_event", [
    ("Banjir rob bukan hal baru bagi warga pesisir utara.", False),
    ("Tawuran pelajar adalah masalah lama di kota itu.", False),
    ("Kebakaran lahan bukan lagi sesuatu yang asing di provinsi ini.", False),
    ("Kebakaran melanda sebuah gudang di pinggir kota.", True),
])
def test_generic_statement_is_no_event(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event


def _roles(text: str, res):  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    return [p.name for p in e.actors], [p.name for p in e.targets]


@pytest.mark.parametrize("text,actor,target", [
    # the agent after "oleh" keeps its head words ("anggota", "para")
    ("Pos ronda itu dilempar bom molotov oleh anggota kelompok bersenjata.", "kelompok bersenjata", None),
    # "X dari UNIT dikerahkan": the unit deploys
    ("Sebanyak 300 personel dari Polres Bantul segera dikerahkan ke desa itu.", "Polres Bantul", None),
    # an acronym subject with a PP between it and the verb
    ("GMK melalui siaran pers menolak tuduhan pemerintah daerah.", "GMK", None),
    # a light verb governs both coordinated nominal triggers (an adverb between subject and verb)
    ("Militer juga melakukan patroli kota dan penyerangan terhadap pos polisi.", "Militer", "polisi"),
    # victims of a casualty cue are targets, never actors
    ("Sedikitnya enam petani meninggal dunia di lokasi itu.", None, "enam petani"),
    ("Tiga petugas tewas di tempat.", None, "Tiga petugas"),
])
def test_roles(text: str, actor: str | None, target: str | None, res) -> None:  # type: ignore[no-untyped-def]
    actors, targets = _roles(text, res)
    assert actors == ([actor] if actor else [])
    if target:
        assert targets == [target]


def _day(text: str, word: str, iso: str) -> TimeExpr:
    s = text.index(word)
    return TimeExpr(s, s + len(word), word, "DATE", iso, "day", iso, iso)


@pytest.mark.parametrize("text,dates", [
    # a later paragraph without a date takes the narrative anchor, not the publication date
    ("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\nWarga kemudian membakar dua sepeda motor.",
     ["2024-03-09", "2024-03-09"]),
    # "keesokan harinya": the day after
    ("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\nKeesokan harinya polisi menangkap lima orang.",
     ["2024-03-09", "2024-03-10"]),
    # two events of one "keesokan harinya" sentence are both the day after (not shifted twice)
    (("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\n"
     "Keesokan harinya polisi menggerebek sebuah rumah, sementara massa membakar dua mobil."),
     ["2024-03-09", "2024-03-10", "2024-03-10"]),
    # the previous sentence's attribution date is a statement date, not the next event's
    (("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\n"
     "\"Situasi sudah terkendali,\" kata Kapolsek, Kamis. Dua rumah juga dibakar massa."),
     ["2024-03-09", "2024-03-09"]),
    # a sourcing preamble's date is when the outlet read the source
    ("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\nDikutip dari Antara, Kamis, polisi menangkap lima orang.",
     ["2024-03-09", "2024-03-09"]),
    # a post-posed attribution's date is the statement's, not the attack's
    ("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\n\"Dua rumah dibakar,\" kata Kapolsek, Kamis.",
     ["2024-03-09", "2024-03-09"]),
])
def test_narrative_dates(text: str, dates: list[str], res) -> None:  # type: ignore[no-untyped-def]
    txs = [_day(text, "Sabtu", "2024-03-09")]
    if "Kamis" in text:
        txs.append(_day(text, "Kamis", "2024-03-14"))
    evs = extract(article(text, published="2024-03-14", timexes=txs), res)
    assert [e.date_start for e in evs] == dates


def test_aside_year_does_not_leak_into_a_statement(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Kedua kota pernah menandatangani perjanjian serupa pada 2015.\n"
            "Sejumlah anggota DPRD meminta pemerintah kota meninjau isi perjanjian itu.")
    s = text.index("2015")
    tx = TimeExpr(s, s + 4, "2015", "DATE", "2015", "year", "2015-01-01", "2015-12-31")
    evs = extract(article(text, published="2024-03-14", timexes=[tx]), res)
    req = next(e for e in evs if e.type == "REQUEST")
    assert (req.date_start, req.historical) == ("2024-03-14", False)


@pytest.mark.parametrize("text,trigger,date", [
    # the main clause's date does not belong to an event referenced in a relative clause
    (("Berdasarkan perjanjian yang ditandatangani oleh kedua menteri, pasukan asing harus meninggalkan "
      "wilayah itu pada Sabtu."), "ditandatangani", None),
    # a date inside the relative clause is its own
    ("Tiga pemuda yang ditangkap pada Sabtu akan segera diadili.", "ditangkap", "2024-03-09"),
    # an ordinary main-clause trigger keeps the sentence's date
    ("Polisi menangkap tiga pemuda pada Sabtu.", "menangkap", "2024-03-09"),
])
def test_time_expression_belongs_to_its_clause(text: str, trigger: str, date: str | None,
                                               res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text, published="2024-03-14", timexes=[_day(text, "Sabtu", "2024-03-09")]), res)
    e = next(e for e in evs if e.trigger == trigger)
    assert e.date_start == date


@pytest.mark.parametrize("text,n_events,fatalities", [
    # the casualty paragraph right after the incident belongs to it
    (("Bentrokan antarwarga pecah di Jalan Merdeka pada Sabtu malam.\n\n"
     "Tiga pemuda tewas di lokasi kejadian akibat luka tusuk."), 1, 3),
    # a cumulative toll is its own figure
    (("Bentrokan antarwarga pecah di Jalan Merdeka pada Sabtu malam.\n\n"
     "Sejauh ini sudah 40 orang tewas dalam konflik antarkampung itu."), 2, None),
    # a casualty sentence with its own date is another incident
    (("Bentrokan antarwarga pecah di Jalan Merdeka pada Sabtu malam.\n\n"
     "Pada Kamis, tiga pemuda tewas di desa tetangga."), 2, None),
])
def test_casualties_attach_across_a_paragraph(text: str, n_events: int, fatalities: int | None,
                                              res) -> None:  # type: ignore[no-untyped-def]
    txs = [_day(text, "Sabtu", "2024-03-09")]
    if "Kamis" in text:
        txs.append(_day(text, "Kamis", "2024-03-14"))
    evs = extract(article(text, published="2024-03-14", timexes=txs), res)
    assert len(evs) == n_events
    if fatalities is not None:
        assert evs[0].fatalities == fatalities


def test_bare_part_of_day_and_sourcing_context_take_the_narrative_day(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Massa menyerang kantor desa pada Sabtu malam. Suasana kampung itu kini sepi.\n\n"
            "Dikutip dari Antara, Kamis, polisi berjaga di desa itu sejak pagi hari.\n\n"
            "Aparat kemudian menangkap lima orang.")
    s = text.index("pagi hari")
    txs = [_day(text, "Sabtu", "2024-03-09"), _day(text, "Kamis", "2024-03-14"),
           TimeExpr(s, s + 9, "pagi hari", "TIME", "2024-03-14", "time", "2024-03-14", "2024-03-14")]
    evs = extract(article(text, published="2024-03-14", timexes=txs), res)
    assert [e.date_start for e in evs if e.type in ("ASSAULT", "COERCE")] == ["2024-03-09", "2024-03-09"]


@pytest.mark.parametrize("text,expected", [
    ("Topan Haiyan menerjang kota Tacloban dan menewaskan ribuan orang.", ("Topan", "DISASTER", "storm")),
    ("Badai salju melumpuhkan jalan-jalan di kota itu sejak Senin.", ("Badai", "DISASTER", "storm")),
])
def test_storms_are_disasters_even_when_named(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert [(e.trigger, e.type, e.mode) for e in evs][:1] == [expected]


@pytest.mark.parametrize("text", [
    "Negeri itu dilanda sekitar 20 badai setiap tahun.",
    "Banjir rob melanda kawasan pesisir itu tiap tahun.",
    "Perusahaan itu dihantam badai PHK sejak awal tahun.",
])
def test_what_happens_every_year_or_a_storm_of_layoffs_is_no_event(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == []


@pytest.mark.parametrize("text", [
    "Aturan itu melarang penangkapan dan perdagangan pari manta di seluruh perairan Indonesia.",
    "Saksi yang melihat kejadian itu akan dimintai keterangan oleh penyidik.",
    "Kegiatan itu digelar untuk mencegah remaja terjerumus ke hal-hal negatif seperti narkoba dan tawuran.",
])
def test_catching_fish_a_witness_statement_and_a_kind_of_trouble_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == []


@pytest.mark.parametrize("text", [
    "Politikus itu meminta agar kedua komisi tersebut dibubarkan.",
    "Kanker yang menyerang kelenjar getah bening terbagi atas dua jenis.",
    "Penulis itu terkenal karena novel misteri pembunuhan yang ditulisnya.",
    "Printer tersebut mendukung konektivitas Wi-Fi dan Bluetooth.",
])
def test_dissolving_a_body_a_disease_a_genre_and_a_gadget_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == []


def test_police_dispersing_a_crowd_at_a_party_office_stays(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Polisi membubarkan massa yang berunjuk rasa di depan kantor partai itu."), res)
    assert any(e.mode == "disperse" for e in evs)


@pytest.mark.parametrize("text,captured", [
    ("Manajer itu meminta para pemainnya mengamankan enam poin pada enam pertandingan berikutnya.", None),
    ("Polisi mengamankan enam pejalan kaki yang membawa senjata tajam.", 6),
    ("Petugas mengamankan tiga penumpang yang membawa sabu.", 3),
])
def test_a_pe_an_thing_is_no_head_count(text: str, captured: int | None, res) -> None:  # type: ignore[no-untyped-def]
    assert [e.captured for e in extract(article(text), res) if e.type == "COERCE"][:1] == ([captured] if captured else [])


@pytest.mark.parametrize("text", [
    "Everton berhasil menahan imbang Chelsea 0-0 di Goodison Park, Sabtu malam.",
    "Masyarakat diminta untuk bersabar hingga proses evakuasi selesai dilakukan.",
    "Sel kanker itu akhirnya akan merusak dirinya sendiri.",
])
def test_a_draw_a_plea_to_the_public_and_a_cancer_cell_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == []


@pytest.mark.parametrize("text", [
    "Lagu itu langsung menduduki posisi pertama di tangga lagu Korea Selatan.",
    "Ponsel murah itu butuh keberuntungan untuk merebut pasar di kelas bawah.",
    "Kurang tidur bisa merusak kesehatan sperma, menurut sebuah studi.",
    "Musik panggung yang meriah membakar semangat penonton.",
    "Perusahaan itu ingin menutup kerentanan sebelum diserang peretas.",
    "Momen itu tertangkap kamera fotografer saat sang pangeran tertawa.",
    "Penonton seperti terlempar ke masa lalu saat lagu itu dimainkan.",
])
def test_charts_markets_health_spirits_hackers_cameras_and_similes_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == []


def test_a_crash_in_a_race_is_part_of_the_sport_unless_someone_is_hurt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import run_text
    text = ("Rossi Juara di Mugello\n\nMinggu, 4 Juni 2017 21:00 WIB\n\nMugello - Pembalap Yamaha itu juara di sirkuit "
            "Mugello setelah Marquez mengalami kecelakaan di lap kedelapan. Marquez kini turun ke posisi ketiga klasemen "
            "sementara, tertinggal 12 poin dari pemimpin klasemen.\n")
    a = run_text(tmp_path, text)
    assert [e for e in a.events if e.mode == "crash"] == []


@pytest.mark.parametrize("text,kept", [
    ("Industri kecil terus digalakkan pemerintah untuk mendukung ekonomi nasional.", False),
    ("Pemerintah Jepang mengirim bantuan untuk membantu korban gempa di Turki.", True),  # the sending stays
])
def test_support_as_an_aim_is_no_event(text: str, kept: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert bool([e for e in evs if e.type in ("SUPPORT", "AID")]) is kept, [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text,expected", [
    ("Penculik itu kemudian membebaskannya di dekat Konsulat Inggris di Milan.", [("RETREAT", "release")]),
    ("Aturan itu melarang menangkap gajah dari alam untuk dijinakkan.", []),
])
def test_freeing_someone_told_of_and_catching_elephants(text: str, expected: list, res) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.mode) for e in extract(article(text), res)] == expected


def test_tourist_visits_are_no_visit_events(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Kunjungan wisatawan mancanegara ke Bali naik 12 persen pada Juni."), res)
    assert [e for e in evs if e.type == "CONSULT"] == []


# -- heldout21 (blind): mob justice, water cannon, a ministry's detentions, a strike's subject -------

@pytest.mark.parametrize("text,expected", [
    ("Pria itu tewas setelah dihakimi massa di pasar.", [("ASSAULT", "beat", ["massa"])]),
    ("Warga memukuli RN hingga pingsan.", [("ASSAULT", "beat", ["Warga"])]),
    ("Kita tidak boleh menghakimi orang lain.", []),  # judging in words
    ("Polisi menembakkan meriam air ke arah demonstran.", [("COERCE", "disperse", ["Polisi"])]),
])
def test_mob_justice_and_water_cannon(text: str, expected: list, res) -> None:  # type: ignore[no-untyped-def]
    got = [(e.type, e.mode, [p.name for p in e.actors]) for e in extract(article(text), res)]
    assert got == expected


def test_detentions_told_by_the_interior_ministry_are_its_own(res) -> None:  # type: ignore[no-untyped-def]
    text = "Puluhan orang ditahan, kata Kementerian Dalam Negeri Armenia."
    held = next(e for e in extract(article(text), res) if e.mode == "arrest")
    assert held.claimed_by == "Kementerian Dalam Negeri Armenia"
    assert [p.name for p in held.actors] == ["Kementerian Dalam Negeri Armenia"] and held.captured == 12


@pytest.mark.parametrize("text,actor", [
    ("Ratusan sopir angkot di Terminal Amplas, Medan, Sumatera Utara, mogok kerja sejak Senin.", ["Ratusan sopir angkot"]),
    ("Ketua serikat mengatakan mogok kerja akan berlanjut.", []),  # a verb between: the noun is no predicate
])
def test_a_protest_noun_right_after_its_subject_is_its_predicate(text: str, actor: list, res) -> None:  # type: ignore[no-untyped-def]
    strike = next(e for e in extract(article(text), res) if e.mode == "strike")
    assert [p.name for p in strike.actors] == actor


def test_everyone_reported_safe_is_a_nil_toll(res) -> None:  # type: ignore[no-untyped-def]
    text = "Kapal nelayan itu ditembaki kapal patroli asing. Seluruh awak kapal dilaporkan selamat."
    shot = next(e for e in extract(article(text), res) if e.type == "ASSAULT")
    assert shot.fatalities == 0


def test_refugees_a_camp_houses_are_no_new_flight(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Kebakaran melanda kamp pengungsi itu pada Selasa. Api cepat menyebar karena angin kencang. Dua ratus "
            "hunian hangus. Petugas memadamkan api dua jam kemudian. Kamp itu menampung lebih dari 30.000 pengungsi.")
    fires = [e for e in extract(article(text), res) if e.kind == "DISASTER"]
    assert len(fires) == 1, [(e.trigger, e.sentence) for e in fires]


# -- heldout22 (blind): firefights, soldiers' tolls, units as agents, shooting a suspect ---------------

@pytest.mark.parametrize("text,expected", [
    ("Pasukan kedua negara terlibat baku tembak di perbatasan.", [("ASSAULT", "firearms")]),
    ("Dua pemuda yang diduga terlibat pembakaran itu ditangkap.", [("COERCE", "arrest")]),  # a charge, not news
    ("Polisi melumpuhkan pelaku dengan tembakan di kaki.", [("ASSAULT", "firearms")]),
    ("Pelaku dilumpuhkan dengan timah panas.", [("ASSAULT", "firearms")]),
    ("Mogok nasional itu melumpuhkan perekonomian kota.", [("PROTEST", "strike")]),  # no shooting
])
def test_firefights_and_shooting_a_suspect(text: str, expected: list, res) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.mode) for e in extract(article(text), res)] == expected


def test_a_unit_named_after_its_unit_word_is_the_passive_agent(res) -> None:  # type: ignore[no-untyped-def]
    shot = next(e for e in extract(article("Seorang buronan tewas ditembak Tim Densus 88 Antiteror."), res)
                if e.type == "ASSAULT")
    assert [p.name for p in shot.actors] and "Densus" in shot.actors[0].name


def test_soldiers_counted_with_a_possessive_are_people(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Pasukan kedua negara terlibat baku tembak. Militer menyebut tiga prajuritnya tewas."), res)
    assert [e.fatalities for e in evs if e.type == "ASSAULT"] == [3]


# -- real IndoSum pages read by hand (no text copied): figurative and habitual event words ----------

@pytest.mark.parametrize("text", [
    "Ada upaya pembunuhan karakter terhadap saya dan keluarga.",
    "Toko baru itu mulai menyita perhatian warga.",
    "Presiden menandatangani prasasti peresmian jalan tol.",
    "Mantan manajernya masih sering mengunjungi pembalap itu di rumahnya.",
    "Kelompok itu kerap menyerang pos polisi di wilayah tersebut.",
])
def test_figurative_and_habitual_event_words_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger) for e in extract(article(text), res)] == []


def test_a_series_of_talks_that_happened_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import run_text
    text = ("Judul\n\nJumat, 6 Maret 2026 13:30 WIB\n\nMenteri Luar Negeri Malaysia dan Menteri Luar Negeri "
            "Thailand sempat rutin mengadakan pembicaraan melalui sambungan konferensi video tentang perbatasan. "
            "Namun, sejak bulan lalu komunikasi itu terhenti karena ketegangan yang meningkat di sepanjang perbatasan "
            "kedua negara.\n")
    assert "CONSULT" in [e.type for e in run_text(tmp_path, text).events]


def test_a_market_held_is_no_territory(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Mobil itu ingin menikmati pasar yang sebelumnya dikuasai oleh merek Jerman."), res)
    assert [e for e in evs if e.type == "ASSAULT"] == []


def test_an_event_dated_after_its_article_is_planned(res) -> None:  # type: ignore[no-untyped-def]
    text = "Diharapkan, pada pertengahan 2025, pemerintah telah melakukan penandatanganan kontrak dengan investor."
    tx = year_timex(text, "2025")
    evs = extract(article(text, published="2024-03-14", timexes=[tx]), res)
    signed = [e for e in evs if e.type == "AGREE"]
    assert signed and all(e.hypothetical for e in signed), [(e.trigger, e.date_start, e.hypothetical) for e in signed]


@pytest.mark.parametrize("text,event", [
    ("Manajer tim itu mengungkapkan kondisi beberapa pemain yang kini tengah mengalami cedera.", False),
    ("Dua pekerja bangunan mengalami cedera setelah tertimpa perancah di lantai tiga.", True),
])
def test_players_injured_are_no_accident(text: str, event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert any(e.mode == "accident" for e in extract(article(text), res)) is event


@pytest.mark.parametrize("text", [
    "Sensor kedalaman itu memungkinkan ponsel menangkap efek bokeh yang halus.",
    "Lensa sudut lebar ponsel ini mampu menangkap detail gedung dari jarak jauh.",
])
def test_a_camera_catching_an_image_is_no_arrest(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in extract(article(text), res) if e.mode == "arrest"]


@pytest.mark.parametrize("text,held", [
    ("Emosi masih bisa ditahan.", False),  # a feeling held back
    ("Terdakwa dituntut hukuman empat tahun penjara.", False),  # a prosecutor's demand in court
    ("Tiga pelaku ditahan di Polres Bogor.", True),
])
def test_holding_back_feelings_and_sentencing_demands_are_no_arrests(text: str, held: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert bool([e for e in evs if e.type in ("COERCE", "REQUEST")]) is held, [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text", [
    "Polisi kemudian mengamankan TKP dengan pita kuning dari ratusan warga.",  # a crime scene secured
    "Berdasarkan data yang ditangkap oleh situs itu, jumlah pengguna naik.",  # data caught
    "Para pemrotes menangkap ucapan tersebut dan menuliskannya di spanduk.",  # words caught
])
def test_securing_a_scene_and_catching_words_are_no_arrests(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger, e.captured) for e in extract(article(text), res) if e.type == "COERCE"] == []


@pytest.mark.parametrize("text,hyp", [
    ("Petugas sudah dikerahkan untuk memburu para pelaku dan membebaskan korban yang diculik.", True),
    ("Polisi menangkap dua pelaku dan membebaskan tiga sandera.", False),
])
def test_a_verb_joined_to_a_purpose_is_not_done_yet(text: str, hyp: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    freed = [e for e in evs if e.mode == "release"]
    assert freed and all(e.hypothetical is hyp for e in freed)
    assert all(not e.hypothetical for e in evs if e.mode == "abduct")  # "korban yang diculik" was taken


@pytest.mark.parametrize("text,is_event", [
    ("Kabar itu sangat menghancurkan bagi keluarga korban.", False),  # a feeling, not destruction
    ("Perahu nelayan yang pernah tenggelam di danau itu kini jadi tontonan.", False),  # some time, never told when
    ("Perahu nelayan tenggelam di danau itu pada Selasa pagi.", True),
    ("Hasil survei menunjukkan 54 persen warga menolak rencana pemindahan ibu kota.", False),  # a poll
    ("Koki itu mendapat undangan demo memasak dari sebuah stasiun televisi.", False),  # a showcase
    ("Ratusan buruh menggelar demo di depan kantor gubernur.", True),
    ("Perangkat baru ini juga mampu membantu pemulihan pasien pascaoperasi.", False),  # what a thing can do
])
def test_feelings_polls_showcases_and_some_time_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


def test_support_said_with_feeling_is_still_support(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Partai Hijau sangat mendukung langkah pemerintah menutup tambang itu."), res)
    assert [e.type for e in evs] == ["SUPPORT"]


@pytest.mark.parametrize("text,type_", [
    ("Pengemudi itu diduga sengaja menabrak kerumunan warga dengan mobilnya.", "ASSAULT"),  # on purpose: an attack
    ("Pengemudi itu menabrak kerumunan warga setelah remnya blong.", "DISASTER"),
])
def test_a_crash_driven_on_purpose_is_an_attack(text: str, type_: str, res) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in extract(article(text), res)] == [type_]


@pytest.mark.parametrize("text,aid", [
    # the aid is the subject before a passive verb; the giver may be left unsaid
    ("Bantuan berupa beras, selimut, dan obat-obatan mulai didistribusikan ke posko pengungsian.", True),
    ("Pemerintah daerah mendistribusikan bantuan logistik kepada warga terdampak.", True),
    ("Dana itu kemudian disalurkan ke rekening pribadi tersangka.", False),  # money moved, no aid
    ("Perusahaan itu mendistribusikan produk ke seluruh Jawa.", False),  # trade, no aid
])
def test_aid_goods_handed_out(text: str, aid: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert any(e.type == "AID" for e in evs) is aid, [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text,actors", [
    # "geng motor" is one noun; "petugas lapas dan polisi" two coordinated parties
    ("Segerombolan geng motor menyerang dua pemuda di depan minimarket.", ["Segerombolan geng motor"]),
    ("Petugas lapas dan polisi menangkap kembali lima narapidana.", ["Petugas lapas", "polisi"]),
    ("Petugas pemadam kebakaran dan polisi mengamankan lima orang.", ["Petugas pemadam kebakaran", "polisi"]),
])
def test_noun_tails_keep_coordinated_parties_apart(text: str, actors: list[str], res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == actors


def test_a_protest_in_a_purpose_clause_is_the_summoners(res) -> None:  # type: ignore[no-untyped-def]
    text = "Kementerian Luar Negeri Malaysia memanggil duta besar Filipina untuk menyampaikan protes keras."
    e = next(e for e in extract(article(text), res) if e.type == "ACCUSE")
    assert [p.name for p in e.actors] == ["Kementerian Luar Negeri Malaysia"]
    assert e.claimed_by == "linimasa"  # "untuk menyampaikan" is what is to be said, no attribution


@pytest.mark.parametrize("aside", ["sebagian besar perempuan dan anak-anak", "kebanyakan petani",
                                   "mayoritas warga sipil", "umumnya pelajar",
                                   "termasuk dua anak-anak", "termasuk 10 perempuan"])  # a count in the aside is a part
def test_a_count_before_an_aside_on_who_they_were(aside: str, res) -> None:  # type: ignore[no-untyped-def]
    text = f"Serangan udara menghantam pasar kota itu. Sedikitnya 23 orang, {aside}, tewas."
    evs = extract(article(text), res)
    assert [e.fatalities for e in evs if e.type == "ASSAULT"] == [23]


def test_a_source_pointed_back_at_is_the_one_named_before(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Juru bicara militer Ryan Daulay mengatakan pasukan menyerang pos pemberontak di perbatasan.\n\n"
            "Menurut juru bicara tersebut, pasukan juga menghancurkan dua gudang senjata.")
    evs = extract(article(text), res)
    assert [e.claimed_by for e in evs] == ["Juru bicara militer Ryan Daulay"] * 2, [e.claimed_by for e in evs]


def test_a_toll_taken_into_a_merged_event_brings_its_source(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Banjir bandang dan tanah longsor menerjang tiga desa di kaki gunung itu.\n\n"
            "Kepala BPBD setempat, Rudi Hartono, mengatakan enam orang meninggal dunia.")
    evs = [e for e in extract(article(text), res) if e.kind == "DISASTER"]
    assert [(e.fatalities, e.claimed_by) for e in evs] == [(6, "Rudi Hartono")], \
        [(e.trigger, e.fatalities, e.claimed_by) for e in evs]


@pytest.mark.parametrize("text,is_event", [
    ("Film tentang pasukan khusus tentara itu kini telah memasuki seri kelima.", False),  # a stage reached
    ("Pasukan militer memasuki kota itu pada Senin pagi.", True),
    ("Jam tangan pintar itu mencatat kalori yang terbakar saat berolahraga.", False),  # burnt off
    ("Serangan asma bisa datang tiba-tiba pada malam hari.", False),  # an illness
    ("Skandal itu juga merusak rencana rilis film terbarunya.", False),  # plans are not property
])
def test_stages_calories_illness_and_plans_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,is_event", [
    ("Tersangka diancam hukuman penjara paling lama 15 tahun.", False),  # the law's penalty, no threat
    ("Atas perbuatannya, pelaku diancam dengan Pasal 340 KUHP.", False),
    ("Kelompok itu mengancam akan menyerang pos polisi.", True),
    ("Kasir itu diancam dengan senjata tajam oleh dua perampok.", True),  # a real threat with a weapon
    ("Sekitar 40 persen lahan yang dibebaskan untuk jalan tol itu masih bersengketa.", False),  # land acquired
    ("Kelompok bersenjata itu membebaskan tiga sandera pada Senin.", True),
    ("Para pejabat itu menghancurkan barang bukti sebelum diperiksa.", False),  # evidence, not property
    ("Pasal karet itu bisa mengancam kebebasan berpendapat warga.", False),  # what a law could do
])
def test_penalties_land_acquired_evidence_and_could_threaten_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,is_event", [
    ("Dua film itu sama-sama menguasai daftar nominasi festival tahun ini.", False),  # leading a list
    ("Kelompok bersenjata itu menguasai markas militer di pinggir kota.", True),
    ("Penurunan kinerja ekonomi global membuat ekonomi Indonesia terpukul.", False),  # hard hit
])
def test_leading_a_list_and_a_hard_hit_economy_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]



@pytest.mark.parametrize("text,expected", [
    ("Rombongan patroli prajurit TNI dihadang kelompok kriminal bersenjata di jalan itu.", ("dihadang", "ASSAULT")),
    ("Kelompok bersenjata mengadang truk logistik tentara di tepi hutan.", ("mengadang", "ASSAULT")),
    ("Penghadangan terjadi saat 12 prajurit berjalan kaki menuju pos.", ("penghadangan", "ASSAULT")),
    ("Polisi menghadang massa yang hendak menuju gedung DPRD.", None),  # no armed men: a blockade
])
def test_an_ambush_among_armed_men(text: str, expected: tuple | None, res) -> None:  # type: ignore[no-untyped-def]
    got = [(s, t) for s, t, _ in _senses(text, res) if "adang" in s.lower()]
    assert got == ([expected] if expected else []), got

@pytest.mark.parametrize("after,source", [
    ("Kabar itu disampaikan Kantor Ombudsman Peru, seperti dilansir Reuters.", "Kantor Ombudsman Peru"),
    ("Informasi tersebut dikonfirmasi oleh Kepala BPBD Garut Asep Saepudin.", "Kepala BPBD Garut Asep Saepudin"),
    ("Data itu dirilis Kementerian Kesehatan pada Senin.", "Kementerian Kesehatan"),
])
def test_a_source_named_in_the_next_sentence_is_the_tolls(after: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    text = f"Tiga orang tewas ketika polisi membubarkan ribuan demonstran di pusat kota. {after}"
    evs = [e for e in extract(article(text), res) if e.fatalities]
    assert [(e.fatalities, e.claimed_by) for e in evs] == [(3, source)], [(e.trigger, e.claimed_by) for e in evs]


@pytest.mark.parametrize("later,source", [
    ("\"Dua prajurit kami gugur di tempat. Pasukan sempat membalas tembakan,\" kata Herman.", "Herman"),
    ("Kepala Penerangan Kodam, Herman, mengatakan dua prajurit tewas tertembak dalam serangan itu.", "Herman"),
    ("Kelompok itu mengklaim empat prajurit tewas dalam serangan itu.", None),  # another toll: not the same telling
])
def test_a_toll_told_again_by_a_named_source_is_that_sources(later: str, source: str | None, res) -> None:  # type: ignore[no-untyped-def]
    text = f"Dua prajurit TNI gugur setelah rombongan mereka diserang kelompok bersenjata di Distrik Kenyam.\n\n{later}"
    first = extract(article(text), res)[0]
    assert first.fatalities == 2 and first.claimed_by == (source or "linimasa"), (first.trigger, first.claimed_by)


@pytest.mark.parametrize("text,types", [
    ("Polisi membubarkan ribuan demonstran yang menuntut presiden mundur di pusat kota.", ["COERCE", "PROTEST"]),
    ("Para pengunjuk rasa menuntut pemerintah membatalkan kenaikan harga bahan bakar.", ["PROTEST"]),
    ("Gubernur menuntut pemerintah pusat menambah anggaran daerah.", ["REQUEST"]),  # no protesters: a request
])
def test_protesters_demanding_are_a_protest(text: str, types: list[str], res) -> None:  # type: ignore[no-untyped-def]
    got = [e.type for e in extract(article(text), res)]
    assert got == types, [(e.trigger, e.type, [a.name for a in e.actors]) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,is_event", [
    ("Kota kecil itu seakan sedang dikepung sampah.", False),  # swamped, not besieged
    ("Pos tentara itu dikepung oleh milisi selama tiga hari.", True),
    ("Warga terbiasa membakar sampah di tepi jalan desa.", False),  # burning rubbish
    ("Massa membakar pos polisi di tengah jalan.", True),
    ("Pyongyang kembali meningkatkan retorika perang terhadap Seoul.", False),  # a war named, none fought
    ("Negara itu memasang sistem pertahanan anti rudal di perbatasan.", False),  # against missiles
    ("Terdakwa sebelumnya dituntut lima tahun penjara oleh jaksa.", False),  # a sentencing demand
])
def test_swamped_rubbish_war_words_anti_and_sentencing_demands_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


def test_a_toll_taken_by_who_holds_a_place_goes_to_the_attack(res) -> None:  # type: ignore[no-untyped-def]
    text = "Sebanyak 1.400 orang tewas ketika daerah yang dikuasai gerilyawan di pinggir kota itu diserang."
    evs = extract(article(text), res)
    assert [(e.trigger, e.fatalities) for e in evs] == [("diserang", 1400)], [(e.trigger, e.type, e.fatalities) for e in evs]


def test_sports_words_include_boxing() -> None:
    from linimasa.events.filters import is_sports

    assert is_sports("Petinju itu menang KO di ronde keenam dan merebut sabuk juara kelas bulu.")


@pytest.mark.parametrize("text,source", [
    ("Kapolres Bantul AKBP Dodi Prasetyo di Bantul, Kamis, mengatakan dua pelaku ditangkap.",
     "Kapolres Bantul AKBP Dodi Prasetyo"),
    ("Kapolda Jambi Irjen Rusdi Hartono, Senin (8/6), menyebut tiga orang ditahan.",
     "Kapolda Jambi Irjen Rusdi Hartono"),
])
def test_a_day_set_off_before_the_speech_verb_is_not_the_speaker(text: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert [e.claimed_by for e in evs if e.type == "COERCE"] == [source], [(e.trigger, e.claimed_by) for e in evs]


@pytest.mark.parametrize("text,sector", [
    ("Satuan Reserse Narkoba Polres Kediri menangkap seorang pengedar sabu.", "police"),
    ("Satuan Reserse Kriminal Polresta Bogor menggerebek sebuah gudang.", "police"),
    ("Satuan tugas TNI menyerang markas kelompok bersenjata itu.", "military"),
])
def test_a_unit_of_the_police_is_police(text: str, sector: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert [p.sector for p in evs[0].actors] == [sector], [(p.name, p.sector) for p in evs[0].actors]


@pytest.mark.parametrize("text,hypothetical", [
    ("Pengacara itu akan mendampingi lima warga yang ditangkap.", False),  # the arrest happened
    ("Polisi akan menangkap para pelaku yang melarikan diri.", True),
])
def test_a_modal_does_not_reach_into_a_passive_relative_clause(text: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "COERCE"]
    assert [e.hypothetical for e in evs] == [hypothetical], [(e.trigger, e.hypothetical) for e in evs]


@pytest.mark.parametrize("text,held", [
    ('Polda Metro Jaya menggelar rapat koordinasi guna mengamankan aksi "299" di depan Gedung DPR.', None),
    ("Sebanyak 1.200 personel Polres Bekasi mengamankan jalannya pertandingan 12 klub itu.", None),
    ("Polisi mengamankan 15 orang yang diduga menjadi provokator kericuhan.", 15),
])
def test_guarding_an_event_is_no_arrest(text: str, held: int | None, res) -> None:  # type: ignore[no-untyped-def]
    arrests = [e for e in extract(article(text), res) if e.mode == "arrest"]
    assert [e.captured for e in arrests] == ([held] if held else []), [(e.trigger, e.captured) for e in arrests]


@pytest.mark.parametrize("text,event", [
    ("Penyanyi itu masih sering tampil di televisi meski grupnya telah dibubarkan dua tahun lalu.", False),
    ("Band rock asal Bandung itu dibubarkan oleh manajemennya pada 2019.", False),
    ("Polisi membubarkan massa yang memblokade jalan di depan kantor bupati.", True),
])
def test_a_band_disbanded_is_no_crowd_dispersed(text: str, event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert any(e.mode == "disperse" for e in extract(article(text), res)) is event


@pytest.mark.parametrize("text,hypothetical", [
    ("Para petani akan bertahan di gerbang tol sampai ada kesepakatan dengan pengelola jalan tol.", True),
    ("Ratusan buruh PT Sinar Jaya mogok kerja hingga ada kesepakatan dengan manajemen perusahaan.", True),
    ("Perwakilan petani dan pengelola tol mencapai kesepakatan pada Kamis malam.", False),
])
def test_an_agreement_awaited_until_there_is_one_is_not_made(text: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "AGREE"]
    assert [e.hypothetical for e in evs] == [hypothetical], [(e.trigger, e.hypothetical) for e in evs]


@pytest.mark.parametrize("text", [
    "Tentara mengatakan pasukannya berhasil memukul mundur serangan kelompok bersenjata itu.",
    "Serangan pemberontak ke pos itu dipukul mundur oleh tentara.",
])
def test_repelling_an_attack_is_fighting_not_retreating(text: str, res) -> None:  # type: ignore[no-untyped-def]
    senses = _senses(text, res)
    assert any(s[1:] == ("ASSAULT", "clash") for s in senses) and all(s[1] != "RETREAT" for s in senses), senses


@pytest.mark.parametrize("text,is_event", [
    ("Pebalap itu kehilangan kendali motor pada tikungan kedua.", False),  # a vehicle, not ground
    ("Klasemen sementara masih dikuasai pebalap tim pabrikan itu.", False),  # leading a table
    ("Pembubaran organisasi itu dilakukan berdasarkan Peraturan Pemerintah Pengganti Undang-undang.", False),
    ("Polisi membubarkan massa yang memblokade jalan.", True),
    ("Untuk kalangan bawah, pemerintah bisa memberikan bantuan tunai kepada warga miskin.", False),  # could give
    ("Puluhan warga melakukan penandatanganan petisi di alun-alun kota.", False),  # a petition, no agreement
])
def test_vehicles_tables_dissolutions_could_give_and_petitions_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,expected", [
    ("Tamimi ditangkap di sebuah desa di Tepi Barat yang diduduki Israel.", ["ditangkap"]),  # who holds it
    ("Pelaku seharusnya ditangkap sejak pekan lalu.", []),  # ought to: not done
])
def test_occupied_places_and_oughts(text: str, expected: list[str], res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if not e.hypothetical]
    assert [e.trigger for e in evs] == expected, [(e.trigger, e.type, e.hypothetical) for e in evs]


@pytest.mark.parametrize("text,is_event", [
    ("Band itu membawakan nyanyian paling terbuka yang menyerang presiden terpilih.", False),  # words attack
    ("Ia menyebut kesepakatan itu ibarat pemerkosaan terhadap negaranya.", False),  # a metaphor
    ("Penyimpangan di lapangan itu jelas menabrak aturan yang ada.", False),  # breaking a rule
    ("Kelompok bersenjata menyerang pos polisi pada Senin malam.", True),
])
def test_words_that_attack_likenesses_and_rules_broken_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


def test_motor_racing_words_mark_a_sports_story() -> None:
    from linimasa.events.filters import is_sports

    assert is_sports("Pebalap itu keluar jalur saat latihan bebas di sirkuit Suzuka jelang balapan Grand Prix Jepang.")


@pytest.mark.parametrize("text,captured", [
    ("Suami korban, berinisial AS (51), ditangkap di rumahnya.", 1),
    ("Tiga pemuda, berinisial RK (24) dan AS (27), ditangkap polisi.", 3),
])
def test_initials_set_off_by_commas_name_whom_the_count_is(text: str, captured: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "COERCE"]
    assert [e.captured for e in evs] == [captured], [(e.trigger, e.captured) for e in evs]


@pytest.mark.parametrize("text,mob", [
    ("Pria itu tewas dihakimi dan dibakar massa di pinggir jalan.", True),
    ("Pencuri itu dihakimi lalu diarak warga keliling kampung.", True),
    ("Ia dihakimi dan dihukum oleh pengadilan adat.", False),  # judged, by a court
])
def test_mob_justice_in_coordinated_passives(text: str, mob: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert (("dihakimi", "ASSAULT", "beat") in _senses(text, res)) is mob, _senses(text, res)


@pytest.mark.parametrize("text,trigger,actor", [
    ("Pria itu tewas dihakimi dan dibakar massa di pinggir jalan.", "dihakimi", "massa"),
    ("Dua pemuda ditangkap dan diperiksa polisi.", "ditangkap", "polisi"),
    ("Pos itu diserang dan dibakar oleh kelompok bersenjata.", "diserang", "kelompok bersenjata"),
])
def test_coordinated_passives_share_the_agent_after_the_last(text: str, trigger: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    e = next(e for e in extract(article(text), res) if e.trigger == trigger)
    assert [p.name for p in e.actors] == [actor], [p.name for p in e.actors]


@pytest.mark.parametrize("text,actor", [
    ("Rusia, sekutu kedua negara, meminta Bishkek dan Dushanbe menahan diri.", "Rusia"),
    ("Amerika Serikat, mitra dagang utama Jepang, mengecam Korea Utara.", "Amerika Serikat"),
    # a name set off after a title is who acts
    ("Juru bicara junta, Mayor Jenderal Zaw Min Tun, membantah militer menyasar warga sipil.",
     "Mayor Jenderal Zaw Min Tun"),
])
def test_a_common_noun_aside_before_the_verb_leaves_the_subject_before_it(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == [actor], [p.name for p in e.actors]


@pytest.mark.parametrize("text,mode", [
    ("Unjuk rasa ribuan mahasiswa di depan Gedung DPRD berakhir ricuh.", "riot"),
    ("Unjuk rasa ribuan mahasiswa di depan Gedung DPRD berlangsung damai.", "demo"),
])
def test_a_protest_its_clause_says_turned_riotous_is_a_riot(text: str, mode: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "PROTEST"]
    assert [e.mode for e in evs] == [mode], [(e.trigger, e.mode) for e in evs]


@pytest.mark.parametrize("text,is_event", [
    ("Guru dituntut berkemampuan menjelaskan toleransi kepada siswa.", False),  # an obligation, not a demand
    ("Sampah sudah mengepung pulau kecil itu sejak awal tahun.", False),  # swamped
    ("Sudin Damkar Jakarta Barat mengerahkan 20 unit mobil pemadam ke lokasi kebakaran.", False),  # fire engines
    ("Sebanyak 20 unit mobil pemadam dikerahkan ke lokasi kebakaran.", False),
    ("Pencarian dilanjutkan Jumat pagi dengan mengerahkan dua alat berat.", False),  # search gear
    ("BPBD mengerahkan tiga ekskavator untuk membuka jalan yang tertimbun.", False),
    ("TNI mengerahkan 300 personel ke perbatasan.", True),
    ("Merokok sama saja dengan membakar uang setiap hari.", False),  # money wasted
    ("Cobalah lemang, yakni beras ketan yang dibungkus daun pisang lalu dibakar di dalam bambu.", False),  # cooked
    ("Rumah itu dikunci dari luar lalu dibakar oleh massa.", True),  # locked, then burnt: arson
])
def test_obligations_rubbish_fire_engines_and_money_burnt_are_no_events(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert bool(extract(article(text), res)) is is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,done", [
    ("Ratusan mahasiswa menuntut rektor mundur dari jabatannya.", False),  # asked of the rector
    ("Menteri itu akhirnya mundur dari jabatannya.", True),
])
def test_a_bare_verb_asked_of_someone_is_not_done(text: str, done: bool, res) -> None:  # type: ignore[no-untyped-def]
    quits = [e for e in extract(article(text), res) if e.trigger == "mundur"]
    assert quits and (not quits[0].hypothetical) is done, [(e.trigger, e.hypothetical) for e in quits]


@pytest.mark.parametrize(("text", "precision"), [
    ("Pria bersenjata menyerang pos militer di wilayah Tillaberi pada Senin.", "admin"),  # the region (no province known)
    ("Pria bersenjata menyerang pos militer di kota Tillaberi pada Senin.", "place"),  # the town
])
def test_a_name_after_an_area_word_is_the_region(text: str, precision: str, res) -> None:  # type: ignore[no-untyped-def]
    from linimasa.events.where import Cand, candidates
    from linimasa.model import Location
    v = view_of(text, res)
    s = text.index("Tillaberi")
    town = Cand(s, s + 9, Location(name="Tillabéri", country="NE", lat=14.2, lon=1.45, precision="place"))
    got = candidates(v, None, {}, [], None, places=[town])
    assert [(c.loc.precision, c.loc.admin1) for c in got if c.start == s] == [
        (precision, "Tillabéri" if precision == "admin" else None)]


@pytest.mark.parametrize("text,expected", [
    ("Api menghanguskan puluhan kios di pasar itu.", ("api menghanguskan", "DISASTER", "fire")),
    ("Api melalap tiga rumah warga pada Senin dini hari.", ("api melalap", "DISASTER", "fire")),
    ("Gudang itu dilalap api sejak pukul 02.00.", ("dilalap api", "DISASTER", "fire")),
])
def test_the_fire_as_subject_or_agent_is_a_fire(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text,lost", [
    ("Kapal motor KM Sinar Jaya hilang kontak di perairan Pulau Obi, Selasa malam.", True),
    ("Pesawat perintis itu hilang kontak sesaat setelah lepas landas.", True),
    ("Keluarga sempat hilang kontak dengan korban selama dua hari.", False),  # people out of touch
    ("KM Sinar Jaya yang hilang kontak sejak Selasa dipastikan tenggelam.", False),  # only names the ship
    # a wire's lead names the craft with its type, owner and registration long before the verb
    (("Sebuah helikopter jenis Bell 407 milik PT Langit Biru Air dengan nomor registrasi PK-LBA hilang kontak "
      "dalam penerbangan menuju Long Bawan."), True),
])
def test_a_craft_lost_is_an_accident(text: str, lost: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert (("hilang kontak", "DISASTER", "accident") in _senses(text, res)) is lost


@pytest.mark.parametrize("text,captured", [
    ("Petugas juga mengamankan istri MR untuk dimintai keterangan.", 1),
    ("Polisi menangkap suami korban di rumahnya.", 1),
    ("Polisi menangkap dua kerabat korban di rumahnya.", 2),
])
def test_a_kin_noun_is_a_person_held(text: str, captured: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "COERCE"]
    assert [e.captured for e in evs] == [captured], [(e.trigger, e.captured) for e in evs]


@pytest.mark.parametrize("text,kind,count", [
    # the subject's count before a "yang" clause
    ("Kelima tersangka yang merupakan mahasiswa tingkat akhir dan panitia diksar itu langsung ditahan.",
     "captured", 5),
    # one person named by initials: after "berinisial", or alone as the subject
    ("Korban berinisial RAS (19) tewas setelah mengikuti pendidikan dasar kampusnya.", "fatalities", 1),
    ("Menurut Kapolres, MR tewas di lokasi kejadian setelah baku tembak.", "fatalities", 1),
])
def test_counts_across_a_clause_and_by_initials(text: str, kind: str, count: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert [getattr(e, kind) for e in evs if getattr(e, kind) is not None] == [count], \
        [(e.trigger, e.fatalities, e.captured) for e in evs]


@pytest.mark.parametrize("text,actor", [
    ("RAS dipukul dan ditendang berulang kali oleh sejumlah senior pada Sabtu malam.", "sejumlah senior"),
    ("Tiga senior menganiaya juniornya di asrama.", "Tiga senior"),
    # the side whose fire felled the subject of a firefight
    ("Seorang terduga teroris tewas setelah terlibat baku tembak dengan Detasemen Khusus atau Densus 88 di Bima.",
     "Densus"),
    ("Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Intan Jaya.", "KKB"),
    ("Polisi terlibat baku tembak dengan kawanan perampok di jalan tol.", "Polisi"),
])
def test_seniors_and_the_other_side_of_a_firefight_act(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [a.name for a in e.actors] == [actor], ([a.name for a in e.actors], [t.name for t in e.targets])


def test_a_plan_of_an_attack_is_no_attack(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Ia diduga terlibat dalam perencanaan serangan terhadap pos polisi di wilayah itu."), res)
    assert evs and all(e.hypothetical for e in evs)


@pytest.mark.parametrize("text,dead", [
    # a count does not reach back past a full stop inside a quote, and a predicate after it is no unit
    ("\"Total yang berhasil dievakuasi 214 orang. Dua ditemukan meninggal dunia, enam masih kami cari,\" kata Fatur.", 2),
    ("Dua ditemukan tewas di tepi sungai.", 2),
    ("\"Tim sudah mengevakuasi 214 orang. Penumpang yang meninggal dunia masih kami data,\" kata Fatur.", None),
])
def test_the_dead_are_the_count_of_their_own_clause(text: str, dead: int | None, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    got = [e.fatalities for e in evs if e.fatalities is not None]
    assert got == ([dead] if dead is not None else []), [(e.trigger, e.fatalities) for e in evs]


@pytest.mark.parametrize("text,hypothetical", [
    ("\"Kalau terbukti, sanksinya bisa sampai diskualifikasi,\" ujarnya.", True),
    ("\"Jika mereka menolak, kami akan menyerang pos itu,\" kata komandan.", True),
    ("Jika dibandingkan tahun lalu, polisi menangkap lebih banyak pengedar.", False),  # a comparison
])
def test_a_clause_after_an_opening_condition_is_not_done(text: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert evs and all(e.hypothetical is hypothetical for e in evs), [(e.trigger, e.hypothetical) for e in evs]


def test_a_war_named_in_a_compound_leaves_the_toll_to_the_attack(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Jaringan Dokter Sudan, kelompok medis yang memantau korban perang, mengatakan sedikitnya 27 warga "
            "sipil tewas dan 60 lainnya luka-luka akibat tembakan artileri RSF yang menghantam pasar utama kota pada Senin.")
    evs = extract(article(text), res)
    assert [(e.trigger, e.fatalities, e.claimed_by) for e in evs] == [("tembakan", 27, "Jaringan Dokter Sudan")]


@pytest.mark.parametrize("text,own", [
    ("Tiga warga tewas akibat serangan drone yang menghantam sebuah rumah di pinggir kota.", True),
    ("Tiga warga tewas akibat serangan yang menghantam rumah itu.", False),  # points back at one told before
    ("Tiga warga tewas akibat serangan tersebut.", False),
])
def test_an_attack_told_with_what_it_hit_is_news_of_its_own(text: str, own: bool, res) -> None:  # type: ignore[no-untyped-def]
    from linimasa.events.triggers import licensed
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.startswith("serangan"))
    assert licensed(v, t, set()) is own


@pytest.mark.parametrize("text,actors", [
    ("Pertempuran sengit antara militer Sudan dan kelompok RSF pecah di kota itu pada Minggu.",
     ["militer Sudan", "kelompok RSF"]),
    ("Bentrokan antara warga dan aparat pecah di depan kantor bupati.", ["warga", "aparat"]),
])
def test_a_fight_between_two_sides_however_hard(text: str, actors: list[str], res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == actors


def test_the_arm_between_an_attack_and_whose_it_is(res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article("Tembakan artileri Rusia menghantam sebuah sekolah di Kharkiv pada Senin."), res)[0]
    assert [p.name for p in e.actors] == ["Rusia"]


@pytest.mark.parametrize("text,source", [
    ("Kedua pihak sama-sama mengklaim berhasil memukul mundur lawannya dalam pertempuran itu.", "linimasa"),
    ("Komnas HAM, lembaga yang memantau kasus itu, mengatakan tiga orang tewas ditembak.", "Komnas HAM"),
    ("Juru bicara polisi, Kombes Budi Santoso, mengatakan tiga orang tewas ditembak.", "Kombes Budi Santoso"),
    ("Tiga orang tewas ditembak, kata juru bicara pemerintah provinsi itu, Ahmad Yani Saputra, kepada wartawan.",
     "Ahmad Yani Saputra"),
    ("Polisi menangkap dua tersangka, kata Kepala Kepolisian Daerah Papua, Inspektur Jenderal Mathius Fakhiri.",
     "Inspektur Jenderal Mathius Fakhiri"),
    ("Tiga orang tewas ditembak, kata juru bicara polisi, Senin.", "juru bicara polisi"),
])
def test_who_says_so_past_asides_and_both_sides(text: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res)[0].claimed_by == source


def test_a_toll_told_by_him_is_the_speakers_before(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Pertempuran pecah di pinggir kota pada Minggu.\n\nJuru bicara militer, Brigadir Jenderal Nabil "
            "Abdallah, mengatakan pasukannya bertahan di pos-pos mereka. Menurut dia, lebih dari 80 anggota milisi "
            "tewas dalam pertempuran itu.")
    e = extract(article(text), res)[0]
    assert (e.fatalities, e.claimed_by) == (80, "Brigadir Jenderal Nabil Abdallah")


@pytest.mark.parametrize("text,actor", [
    ("Menteri Dalam Negeri Serbia, Ivica Dacic, mengatakan ratusan orang ditangkap dalam kerusuhan itu.",
     "Kementerian Dalam Negeri Serbia"),
    ("Ivica Dacic mengatakan ratusan orang ditangkap dalam kerusuhan itu.", None),  # no title told
])
def test_arrests_counted_by_an_interior_minister_are_his_ministrys(text: str, actor, res) -> None:  # type: ignore[no-untyped-def]
    e = next(e for e in extract(article(text), res) if e.trigger == "ditangkap")
    assert (e.actors[0].name if e.actors else None) == actor


@pytest.mark.parametrize("text,actor", [
    ("Dua warga Palestina ditembak mati pasukan Israel di dekat Jabalia pada Selasa dini hari.", "pasukan Israel"),
    ("Sebagian besar sandera diculik dalam serangkaian serangan kelompok bersenjata di perbatasan sejak Agustus.",
     "kelompok bersenjata"),
])
def test_the_agent_of_a_passive_past_mati_or_in_its_raids(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == [actor]


@pytest.mark.parametrize("text,captured", [
    ("Kelompok bersenjata menculik 22 warga desa pada Selasa malam.", 22),
    ("Sebanyak 18 awak kapal disandera bajak laut di lepas pantai Somalia.", 18),
])
def test_the_kidnapped_are_counted_as_held(text: str, captured: int, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res)[0].captured == captured


def test_the_perpetrators_are_those_of_the_attack_told_before(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Geng bersenjata menyerbu sebuah permukiman di pinggir kota pada Selasa malam.\n\n"
            "Para pelaku juga menculik 22 warga lalu membawa mereka ke arah pegunungan.")
    e = next(e for e in extract(article(text), res) if e.trigger == "menculik")
    assert [p.name for p in e.actors] == ["Geng bersenjata"]


def test_the_agent_of_a_relative_clause_is_not_the_subject(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Polisi bersama personel Misi Dukungan Keamanan Multinasional (MSS) yang dipimpin Kenya dikerahkan ke "
            "lokasi pada Rabu pagi.")
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == ["Polisi"]


@pytest.mark.parametrize("second,actor", [
    ("Mereka terlibat baku tembak dengan anggota geng selama beberapa jam.", "Polisi"),
    ("Mereka menuntut kenaikan upah sebesar 10 persen.", None),  # a demand, not a fight: nobody taken over
])
def test_mereka_fighting_are_the_ones_told_just_before(second: str, actor, res) -> None:  # type: ignore[no-untyped-def]
    text = "Polisi dikerahkan ke lokasi pada Rabu pagi. " + second
    evs = [e for e in extract(article(text), res) if e.sentence.startswith("Mereka")]
    assert [p.name for e in evs for p in e.actors][:1] == ([actor] if actor else [])


def test_the_arms_of_an_attack_are_that_attack(res) -> None:  # type: ignore[no-untyped-def]
    text = "Rusia balik menggempur fasilitas energi di wilayah Odessa, Ukraina selatan, dengan rudal dan drone."
    evs = extract(article(text), res)
    assert [(e.trigger, [p.name for p in e.actors]) for e in evs] == [("menggempur", ["Rusia"])]


def test_a_war_funded_is_no_fighting(res) -> None:  # type: ignore[no-untyped-def]
    text = "\"Ini upaya mengurangi kemampuan Rusia membiayai perangnya,\" ujar sumber tersebut."
    assert not extract(article(text), res)


@pytest.mark.parametrize("text,collapse", [
    ("Protes melanda Serbia sejak runtuhnya kanopi beton di stasiun kereta Novi Sad yang menewaskan 16 orang.", True),
    ("Atap gedung sekolah itu ambruk saat hujan deras pada Senin siang.", True),
    ("Gedung itu runtuh setelah dihantam rudal pada Senin.", False),  # a strike's damage
    ("Pertahanan lawan runtuh di babak kedua.", False),  # no building
])
def test_a_building_that_fell_down_is_an_accident(text: str, collapse: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert any(s[1:] == ("DISASTER", "collapse") for s in _senses(text, res)) is collapse


def test_whether_it_happened_is_not_known(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Kapolres mengatakan polisi menangkap dua tersangka penculikan. Ia tidak menyebutkan apakah para penculik "
            "telah meminta uang tebusan.")
    e = next(e for e in extract(article(text), res) if e.type == "REQUEST")
    assert e.hypothetical
    assert e.claimed_by == "Kapolres"  # "Ia tidak menyebutkan": he, not "Ia tidak"


@pytest.mark.parametrize("text,expected", [
    # the held killed someone: their killing is its own event, with its dead, and the arrest holds none
    ("Polisi meringkus dua pemuda yang menewaskan seorang pelajar dengan celurit di Bekasi, Minggu.",
     [("COERCE", ["Polisi"], ["dua pemuda"], None), ("ASSAULT", ["dua pemuda"], ["seorang pelajar"], 1)]),
    # an attack told before its toll keeps it
    ("Kelompok bersenjata menyerang desa itu dan menewaskan tiga warga.",
     [("ASSAULT", ["Kelompok bersenjata"], ["tiga warga"], 3)]),
])
def test_a_killing_told_of_the_held_is_its_own_event(text: str, expected: list, res) -> None:  # type: ignore[no-untyped-def]
    got = [(e.type, [p.name for p in e.actors], [p.name for p in e.targets], e.fatalities)
           for e in extract(article(text), res)]
    assert got == expected, got


@pytest.mark.parametrize("text,is_event", [
    ("Al-Shabaab memerangi pemerintah federal Somalia yang didukung internasional.", False),  # a standing backer
    ("Milisi yang disokong Iran itu menguasai perbatasan.", False),
    ("Rencana gencatan senjata itu didukung Jepang dan Korea Selatan pada Senin.", True),  # backing given
])
def test_a_party_backed_by_another_in_passing_is_no_support(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    backs = [e for e in extract(article(text), res) if e.type == "SUPPORT"]
    assert bool(backs) is is_event, [(e.trigger, e.type) for e in backs]


@pytest.mark.parametrize("text,actors", [
    # the dead's side and the side they fought both fought the clash
    ("Sedikitnya 23 militan Al-Shabaab tewas dalam bentrokan dengan pasukan pemerintah pada Senin.",
     ["23 militan Al-Shabaab", "pasukan pemerintah"]),
    ("Bentrokan antara pasukan pemerintah dan militan pecah pada Senin.", ["pasukan pemerintah", "militan"]),
])
def test_the_dead_of_a_clash_with_another_side_and_that_side_fought_it(text: str, actors: list, res) -> None:  # type: ignore[no-untyped-def]
    clash = [e for e in extract(article(text), res) if e.mode == "clash"]
    assert clash and [p.name for p in clash[0].actors] == actors, [(e.trigger, e.actors) for e in clash]


@pytest.mark.parametrize("text,dead,hurt", [
    # the bomber killed is one; those hurt after "dan melukai" are not the dead
    ("Bom bunuh diri meledak di halaman markas polisi, menewaskan pelaku dan melukai lima polisi.", 1, 5),
    ("Bom itu meledak di pasar, menewaskan seorang pedagang dan melukai lima warga.", 1, 5),
    # struck "hingga tewas": the one struck died, not the attackers
    ("Dua pria membacok seorang pelajar hingga tewas di Bekasi pada Minggu.", 1, None),
    ("Massa memukuli tiga pencuri hingga luka-luka di pasar itu pada Minggu.", None, 3),
])
def test_whose_death_a_toll_tells(text: str, dead: int | None, hurt: int | None, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.fatalities is not None or e.injured is not None]
    assert [(e.fatalities, e.injured) for e in evs] == [(dead, hurt)], [(e.trigger, e.fatalities, e.injured) for e in evs]


@pytest.mark.parametrize("later,types", [
    ("Massa menuntut pencabutan izin tambang di kecamatan itu.", ["PROTEST"]),  # the crowd's demand: the protest's
    ("Mereka menuntut kenaikan upah minimum tahun depan.", ["PROTEST"]),
    ("Bupati menuntut perusahaan memulihkan sungai yang tercemar.", ["PROTEST", "REQUEST"]),  # another's demand
])
def test_the_crowd_named_demanding_right_after_a_protest_is_that_protest(later: str, types: list[str], res) -> None:  # type: ignore[no-untyped-def]
    text = f"Ratusan mahasiswa menggelar unjuk rasa di depan kantor gubernur, Selasa (12/1).\n\n{later}"
    got = [e.type for e in extract(article(text), res)]
    assert got == types, [(e.trigger, e.type, [a.name for a in e.actors]) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,meets", [
    ("Sekitar pukul 14.00, sepuluh perwakilan massa akhirnya diterima wakil gubernur di ruang rapat.", True),
    ("Delegasi petani diterima bupati di pendopo kabupaten.", True),
    ("Laporan warga itu sudah diterima polisi sejak pekan lalu.", False),  # a report received
    ("Bantuan beras diterima warga korban banjir.", False),
])
def test_a_delegation_received_is_a_meeting(text: str, meets: bool, res) -> None:  # type: ignore[no-untyped-def]
    got = [e.type for e in extract(article(text), res)]
    assert ("CONSULT" in got) == meets, got


@pytest.mark.parametrize("text,dead", [
    (("Seorang kakek berinisial SM (67), warga Desa Suka Maju, Kecamatan Tlogo, Kabupaten Bondowoso, tewas setelah "
      "dianiaya puluhan warga."), 1),
    ("Dua petani, warga Desa Suka Maju, Kecamatan Tlogo, tewas tersambar petir di sawah.", 2),
])
def test_a_residence_aside_leaves_the_count_before_it(text: str, dead: int, res) -> None:  # type: ignore[no-untyped-def]
    got = [e.fatalities for e in extract(article(text), res)]
    assert dead in got, got


@pytest.mark.parametrize("text,expected", [
    ("Petugas menggusur puluhan lapak pedagang di tepi sungai.", ("menggusur", "COERCE", "destroy")),
    ("Penggusuran permukiman warga di bantaran rel berakhir ricuh.", ("penggusuran", "COERCE", "destroy")),
])
def test_eviction_is_destruction(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text,expected,absent", [
    ("Pasukan kedua negara terlibat saling tembak artileri di perbatasan pada Rabu dini hari.",
     ("saling tembak", "ASSAULT", "firearms"), None),
    ("Perdana menteri juga memberlakukan jam malam di distrik itu.",
     ("memberlakukan jam malam", "COERCE", "curfew"), None),
    ("Pada Februari 2024, sedikitnya 49 orang tewas dalam sebuah penyergapan di provinsi itu.",
     ("penyergapan", "ASSAULT", None), None),
    ("Polisi menyergap tersangka di rumahnya.", None, "menyergap"),
    ("Presiden mengirim tambahan 1.000 personel Garda Nasional ke negara bagian itu.",
     ("mengirim", "MOBILIZE", "military"), None),
    ("Kementerian mengirim personel medis ke lokasi banjir.", None, "mengirim"),
])
def test_crossfire_curfew_ambush_and_forces_sent(text: str, expected: tuple | None, absent: str | None,
                                                 res) -> None:  # type: ignore[no-untyped-def]
    got = _senses(text, res)
    if expected is not None:
        assert expected in got
    if absent is not None:
        assert all(s != absent or ty not in ("ASSAULT", "MOBILIZE") for s, ty, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("Petugas gabungan merobohkan puluhan rumah semi permanen di bantaran sungai.",
     ("merobohkan", "COERCE", "destroy")),
    ("Massa sempat mencoba merobohkan pagar kantor bupati.", None),  # a fence pushed in a protest
    ("Aksi memanas ketika massa mencoba merobohkan pagar gedung dewan.", None),  # the fence, not the building
])
def test_homes_torn_down_are_destruction(text: str, expected: tuple | None, res) -> None:  # type: ignore[no-untyped-def]
    got = _senses(text, res)
    if expected is not None:
        assert expected in got
    else:
        assert all(s[0] != "merobohkan" for s in got), got


@pytest.mark.parametrize("text", [
    "Ratusan personel Satpol PP dibantu aparat kepolisian merobohkan sedikitnya 80 rumah warga di Kampung Baru.",
    "Tim SAR gabungan dibantu warga setempat mengevakuasi korban banjir di Desa Sukamaju.",
])
def test_the_helped_one_acts_the_helper_is_no_aid(text: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert all(e.type != "AID" or e.trigger.lower() != "dibantu" for e in evs), [(e.type, e.trigger) for e in evs]
    acting = [e for e in evs if e.trigger.lower() == "merobohkan"]
    assert "merobohkan" not in text or acting and all("warga" not in p.name.lower() and "kepolisian" not in p.name.lower()
                          for e in acting for p in e.actors), [(e.trigger, [p.name for p in e.actors]) for e in acting]


def test_a_named_group_past_an_aside_with_a_relative_clause_acts(res) -> None:  # type: ignore[no-untyped-def]
    text = "Jamaah Ansharut Daulah, kelompok militan yang kerap melancarkan serangan, membantah terlibat dalam pengeboman itu."
    e = next(e for e in extract(article(text), res) if e.trigger == "membantah")
    assert [p.name for p in e.actors] == ["Jamaah Ansharut Daulah"]


@pytest.mark.parametrize("text,expected", [
    ("Petugas Bea Cukai menggagalkan penyelundupan 75 kilogram sabu dari Malaysia di perairan Aceh Timur.",
     ("menggagalkan penyelundupan", "COERCE", "seize")),
    ("BNN menggagalkan upaya penyelundupan 20 ribu butir ekstasi lewat pelabuhan.",
     ("menggagalkan upaya penyelundupan", "COERCE", "seize")),
])
def test_a_smuggling_run_stopped_is_a_seizure(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text", [
    "Ayah korban, Suhendar (48), mengaku terpukul atas kematian anaknya.",
    "Keluarga merasa terpukul dengan kepergian almarhum.",
    "Namun, seorang pejabat setempat yang meminta namanya tidak disebutkan mengatakan jumlah korban jauh lebih besar.",
])
def test_grief_and_a_source_unnamed_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == []


@pytest.mark.parametrize("text,actor", [
    (("Seorang pelajar SMK tewas setelah ditusuk senjata tajam dalam tawuran antara dua geng pelajar di Jalan Raya "
      "Siliwangi, Sabtu malam."), "dua geng pelajar"),
    ("Bentrokan pecah antara ratusan petani dan petugas keamanan perusahaan di Desa Marga Mulya.", "ratusan petani"),
])
def test_the_sides_after_antara_act(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert actor in [p.name for p in e.actors], [p.name for p in e.actors]


def test_a_company_denies(res) -> None:  # type: ignore[no-untyped-def]
    e = next(e for e in extract(article("Pihak perusahaan membantah petugas keamanannya menggunakan kekerasan."), res)
             if e.type == "REJECT")
    assert [p.name for p in e.actors] == ["perusahaan"]


@pytest.mark.parametrize("text,kind,n", [
    # one told with a "yang" clause before the predicate
    (("Seorang penumpang yang merupakan tenaga kesehatan Puskesmas Ilaga tewas di tempat terkena tembakan di bagian "
      "kepala, sementara seorang petugas bandara terluka di lengan kanan."), "fatalities", 1),
    # a craft's one pilot taken
    ("Kelompok bersenjata itu menyandera pilot pesawat tersebut.", "captured", 1),
    ("Para perompak menculik nakhodanya.", "captured", 1),
    # one person named with "bernama", past a residence aside
    ("Tahanan bernama Darmawan (27), warga Desa Labuhan Ratu, ditangkap atas dugaan pencurian.", "captured", 1),
])
def test_one_person_counts(text: str, kind: str, n: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert any(getattr(e, kind) == n for e in evs), [(e.trigger, getattr(e, kind)) for e in evs]


def test_a_haul_stopped_is_no_operations_doer(res) -> None:  # type: ignore[no-untyped-def]
    text = ("BNN menggagalkan penyelundupan sabu seberat 5,2 kilogram di perairan Tanjung Balai. "
            "Dalam operasi itu, petugas menangkap tiga kurir.")
    e = next(e for e in extract(article(text), res) if e.trigger == "menangkap")
    assert [p.name for p in e.actors] == ["petugas"]


@pytest.mark.parametrize("text", [
    "\"Polisi yang menyiksa harus ditangkap dan dipecat, jangan dilindungi,\" teriak salah seorang warga.",
    "Menurut keluarga, semua pelaku harus segera ditangkap.",
])
def test_an_arrest_that_must_be_made_is_a_demand(text: str, res) -> None:  # type: ignore[no-untyped-def]
    arrests = [e for e in extract(article(text), res) if e.type == "COERCE"]
    assert all(e.demanded and e.hypothetical for e in arrests), [(e.trigger, e.demanded) for e in arrests]
    assert arrests


@pytest.mark.parametrize("text,n", [
    (("Kapal penumpang itu terbakar di perairan Pulau Mangoli. Dua penumpang ditemukan meninggal dunia, "
      "sementara enam lainnya hingga kini belum ditemukan."), 6),
    ("Banjir bandang melanda Desa Sukamaju, Senin. Tiga warga sampai saat ini belum ditemukan.", 3),
])
def test_the_missing_past_an_until_now(text: str, n: int, res) -> None:  # type: ignore[no-untyped-def]
    assert any(e.missing == n for e in extract(article(text), res)), [(e.trigger, e.missing) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,actor", [
    ("Kelompok bandit bersenjata menyerbu sebuah sekolah menengah di Kaura Namoda.", "Kelompok bandit bersenjata"),
    ("Kelompok kartel bersenjata menyerang patroli polisi di pinggiran kota.", "Kelompok kartel bersenjata"),
])
def test_a_group_named_by_its_kind_keeps_its_name(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == [actor]


@pytest.mark.parametrize("text,expected", [
    # a Madurese sickle duel is an attack with a blade
    ("Dua warga terlibat carok di pematang ladang.", ("carok", "ASSAULT", "blade")),
    # a rank before a name or initials is a person held
    ("Propam menahan Bripka AS di tempat khusus sejak Jumat.", ("menahan", "COERCE", "arrest")),
])
def test_a_duel_and_an_officer_held(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text,kind,n", [
    # one told with where he lives after "di", its parts set off by commas
    ("Seorang petani di Desa Sukamaju, Kecamatan Cibeber, tewas setelah dibacok tetangganya.", "fatalities", 1),
    # one officer named by his rank
    ("Propam Polda Sumsel telah menahan Bripka AS di tempat khusus sejak Jumat.", "captured", 1),
    # prison guards are people counted
    ("Di tengah kekacauan, para narapidana juga menyandera tujuh sipir.", "captured", 7),
])
def test_people_counted_by_residence_rank_and_trade(text: str, kind: str, n: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert any(getattr(e, kind) == n for e in evs), [(e.trigger, getattr(e, kind)) for e in evs]


@pytest.mark.parametrize("text,expected", [
    # the spoken bare verb after a pronoun asks ("Kami minta ...")
    ('"Kami minta teman-teman kami yang ditahan segera dibebaskan," ujar Slamet.', ("minta", "REQUEST", None)),
    # a captive let go is a release
    ("Korban kemudian dilepaskan pelaku di pinggir jalan pada Senin dini hari.", ("dilepaskan", "RETREAT", "release")),
    ("Kelompok itu akhirnya melepaskan sandera terakhir pada Senin.", ("melepaskan", "RETREAT", "release")),
])
def test_a_spoken_request_and_a_captive_let_go(text: str, expected: tuple, res) -> None:  # type: ignore[no-untyped-def]
    assert expected in _senses(text, res)


@pytest.mark.parametrize("text,surface", [
    ("Itu yang kami minta sejak awal.", "minta"),  # what was asked for, no request told
    ("Sebanyak 1.090 prajurit dilepas Panglima TNI di Jakarta.", "dilepas"),  # troops sent off
    ("Panglima TNI melepas 1.090 prajurit Garuda ke Lebanon.", "melepas"),
    ("Ratusan tukik dilepas ke laut oleh relawan.", "dilepas"),  # animals
])
def test_no_request_or_release_in_these(text: str, surface: str, res) -> None:  # type: ignore[no-untyped-def]
    assert all(s[0] != surface for s in _senses(text, res)), _senses(text, res)


@pytest.mark.parametrize("text,kind,n", [
    # a list of initials, each with its age, set off after the count's noun
    ("Keempat pelaku, berinisial RS (38), BT (41), JP (29) dan AM (35), ditangkap di dua lokasi berbeda.",
     "captured", 4),
    # one victim named with his age after "Korban," who was kidnapped
    ("Korban, HS (54), diculik di depan rumahnya di Jalan Setia Budi.", "captured", 1),
    # one told with a noun of two words before a "yang" clause
    (("Seorang prajurit TNI yang bertugas sebagai pasukan penjaga perdamaian PBB di Kongo gugur setelah konvoinya "
      "diserang kelompok bersenjata."), "fatalities", 1),
])
def test_people_counted_by_initials_named_victim_and_long_subject(text: str, kind: str, n: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert any(getattr(e, kind) == n for e in evs), [(e.trigger, getattr(e, kind)) for e in evs]


def test_fighting_each_other_is_an_assault_but_not_in_words(res) -> None:  # type: ignore[no-untyped-def]
    assert ("saling serang", "ASSAULT", "clash") in _senses(
        "Warga kedua desa saling serang menggunakan panah, parang dan batu.", res)
    text = "Para politikus kedua kubu saling serang di media sosial. Mereka juga menyerang petahana dalam debat kandidat."
    assert not [e for e in extract(article(text), res) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,actor,sector", [
    # a task force is a party (the army's when it names a battalion)
    ("Satgas Damai Cartenz mengerahkan dua SSK Brimob ke Hitadipa.", "Satgas Damai Cartenz", "police"),
    ("Satgas Pamtas Yonif 642 menangkap dua pelintas batas ilegal.", "Satgas Pamtas Yonif 642", "military"),
    # the subject of a clause before "tetapi" asks too
    ("Direktur Walhi Kalbar, Yohanes Sapto, mengapresiasi operasi itu tetapi meminta aparat tidak berhenti.",
     "Direktur Walhi Kalbar", None),
])
def test_task_forces_and_a_subject_shared_past_but(text: str, actor: str, sector: str | None, res) -> None:  # type: ignore[no-untyped-def]
    e = extract(article(text), res)[0]
    assert [p.name for p in e.actors] == [actor], [(p.name, p.sector) for p in e.actors]
    assert sector is None or e.actors[0].sector == sector


@pytest.mark.parametrize("text", [
    "Industri tekstil nasional kian babak belur digempur produk impor murah.",  # goods compete
    'Kebijakan itu membuka pintu bagi "tsunami" produk asing yang membunuh usaha kecil.',  # scare quotes
])
def test_goods_a_war_on_a_thing_and_a_quoted_hazard_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in extract(article(text), res) if e.type in ("ASSAULT", "DISASTER")], \
        [(e.trigger, e.type) for e in extract(article(text), res)]



def test_a_reaction_to_a_riot_and_the_arrests_stay_in_a_sports_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import run_text
    text = ("Menpora Kecam Kericuhan di Stadion\n\nSelasa, 16 Maret 2027 14:30 WIB\n\nJAKARTA - Menteri Pemuda dan Olahraga "
            "mengecam kericuhan suporter seusai laga Liga 1 di stadion itu. Ia meminta klub dan pelatih menjaga "
            "suporter. Polisi menangkap sembilan orang terkait kericuhan itu. Mereka ditangkap di Sukoharjo pada "
            "Senin (15/3). Skor akhir pertandingan 2-2.\n")
    a = run_text(tmp_path, text)
    assert "ACCUSE" in {e.type for e in a.events}, [(e.type, e.trigger) for e in a.events]
    arrest = next(e for e in a.events if e.mode == "arrest")
    assert arrest.date_start == "2027-03-15", arrest.date_start


def test_a_recap_of_the_news_is_no_example(res) -> None:  # type: ignore[no-untyped-def]
    text = "Seperti diketahui, bentrok antarsuporter pecah usai laga di stadion itu pada Minggu malam."
    assert [e.type for e in extract(article(text), res)] == ["ASSAULT"]
    text = "Polisi mengimbau pelajar menjauhi hal negatif seperti tawuran dan narkoba."
    assert not [e for e in extract(article(text), res) if e.type == "ASSAULT"]


def test_the_sides_of_a_fight_after_its_day(res) -> None:  # type: ignore[no-untyped-def]
    text = "Ribuan warga mengungsi setelah pertempuran Sabtu lalu antara tentara dan pasukan RSF di kota itu."
    e = next(e for e in extract(article(text), res) if e.type == "ASSAULT")
    assert [p.name for p in e.actors] == ["tentara", "pasukan RSF"], [p.name for p in e.actors]


def test_a_fire_that_also_struck_elsewhere_is_a_second_fire(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Sebuah rumah di Kecamatan Medan Tembung terbakar pada Rabu malam. Pada malam yang sama, kebakaran juga "
            "melanda Pasar Sambu di Kecamatan Medan Timur.")
    assert len([e for e in extract(article(text), res) if e.mode == "fire"]) == 2


@pytest.mark.parametrize("text,meets", [
    # the active names the delegation after the verb
    ("Ketua DPRD Sultra, La Ode Tariala, akhirnya menerima tujuh perwakilan mahasiswa di ruang rapat.", True),
    ("Bupati menerima delegasi petani di pendopo kabupaten.", True),
    ("Warga menerima bantuan beras dari pemerintah daerah.", False),
    ("Polisi menerima laporan warga sejak pekan lalu.", False),
])
def test_receiving_a_delegation_is_a_meeting_active_too(text: str, meets: bool, res) -> None:  # type: ignore[no-untyped-def]
    got = [e.type for e in extract(article(text), res)]
    assert ("CONSULT" in got) == meets, got


@pytest.mark.parametrize("text,expected", [
    # a brawl both ways, a fight, a deployment "diterjunkan", an overturned craft
    ("Puluhan sekuriti dan ratusan warga terlibat saling pukul dan saling lempar batu di kebun.", "ASSAULT"),
    ("Sepekan lalu, dua tahanan juga terlibat perkelahian di blok A hingga salah satunya luka tusuk.", "ASSAULT"),
    ("Kapolres mengatakan pihaknya langsung menerjunkan 120 personel gabungan ke lokasi.", "MOBILIZE"),
])
def test_brawls_fights_deployments_and_overturned_craft(text: str, expected: str, res) -> None:  # type: ignore[no-untyped-def]
    got = [e.type for e in extract(article(text), res)]
    assert expected in got, got


def test_an_overturned_craft_is_an_accident(res) -> None:  # type: ignore[no-untyped-def]
    assert ("terbalik", "DISASTER", "crash") in _senses(
        "Pada Maret 2026, sebuah speedboat terbalik di dekat Pulau Binongko.", res)


@pytest.mark.parametrize("text", [
    "Hasil survei itu terbalik dari perkiraan para pengamat.",  # no craft: the other way round
    "Atlet itu terjun bebas dari ketinggian 4.000 meter.",  # a jump, not troops sent
])
def test_no_craft_no_overturning_and_no_troops_no_deployment(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert not extract(article(text), res)


def test_detainees_are_a_party(res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article("Ratusan tahanan mengamuk, merusak pintu sel dan membakar ruang registrasi."), res)
    assert any(a.name == "Ratusan tahanan" for e in evs for a in e.actors), [(e.trigger, e.actors) for e in evs]


def test_a_toll_in_narration_repeated_in_a_quote_is_the_speakers(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Sebuah kapal motor kayu tenggelam di perairan Kaledupa, Senin dini hari. Empat penumpang ditemukan "
            "meninggal dunia.\n\nKepala Basarnas Kendari Muhammad Arafah mengatakan kapal itu mengangkut 41 orang.\n\n"
            "\"Dari 41 orang, 29 ditemukan selamat dan empat meninggal dunia,\" kata Arafah.")
    evs = [e for e in extract(article(text, published="2027-08-31"), res) if e.fatalities == 4]
    assert evs and evs[0].claimed_by == "Arafah", [(e.trigger, e.claimed_by) for e in evs]


def test_a_nil_toll_goes_to_a_story_of_one_day_past_an_undated_opening(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The opening dated only by the page's day is no other day than the clash told next with its day."""
    from .conftest import run_text
    text = ("Bentrok di Kebun Sawit\n\nKamis, 5 Agustus 2027\n\nRENGAT - Sengketa lahan antara warga dan perusahaan "
            "berujung bentrok. Puluhan sekuriti dan ratusan warga saling serang di kebun, Rabu (4/8/2027) pagi."
            "\n\nTujuh orang luka dalam kejadian itu. Tidak ada korban jiwa.\n\n"
            "Pada Februari 2027, warga juga memblokade jalan perusahaan.")
    a = run_text(tmp_path, text)
    assert any(e.fatalities == 0 for e in a.events), [(e.trigger, e.date_start, e.fatalities) for e in a.events]


@pytest.mark.parametrize("text,kind,n", [
    # one counted, then named in an aside with his rank
    ("Seorang anggota Polrestabes Semarang, Bripka Agus Salim, tewas dengan luka bacok di leher.", "fatalities", 1),
    # a list of initials with ages does not use up the window back to the count
    ("Empat tersangka berinisial RS (22), AD (19), MF (21) dan YP (27) ditangkap di tiga lokasi berbeda.", "captured", 4),
    # the count after a nominal arrest
    ("Penangkapan ini merupakan pengembangan dari penangkapan tiga terduga teroris di Lampung Selatan.", "captured", 3),
])
def test_named_asides_listed_initials_and_nominal_arrests_count(text: str, kind: str, n: int, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert any(getattr(e, kind) == n for e in evs), [(e.trigger, getattr(e, kind)) for e in evs]


def test_one_person_named_opening_the_sentence_is_one_held(res) -> None:  # type: ignore[no-untyped-def]
    from linimasa.model import Mention
    text = "Sugeng ditangkap warga dan petugas beberapa menit setelah serangan."
    a = article(text)
    a.mentions = [Mention(0, 6, "Sugeng", "PER")]
    evs = [e for e in extract(a, res) if e.type == "COERCE"]
    assert evs and evs[0].captured == 1, [(e.trigger, e.captured) for e in evs]


def test_an_arrest_right_after_the_attack_takes_its_day(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Majelis hakim menjatuhkan vonis seumur hidup kepada Sugeng, Rabu (1/9/2027). Sugeng dinyatakan terbukti "
            "melakukan pembunuhan berencana.\n\n"
            "Dalam dakwaan, Sugeng menyerang pos polisi itu dengan parang pada Jumat (16/10/2026) malam. Seorang "
            "anggota Polrestabes Semarang, Bripka Agus Salim, tewas dengan luka bacok di leher.\n\n"
            "Sugeng ditangkap warga dan petugas beberapa menit setelah serangan.")
    s, r = text.index("Jumat (16/10/2026)"), text.index("Rabu (1/9/2027)")
    txs = [TimeExpr(r, r + 15, "Rabu (1/9/2027)", "DATE", "2027-09-01", "day", "2027-09-01", "2027-09-01"),
           TimeExpr(s, s + 18, "Jumat (16/10/2026)", "DATE", "2026-10-16", "day", "2026-10-16", "2026-10-16")]
    evs = [e for e in extract(article(text, published="2027-09-01", timexes=txs), res) if e.type == "COERCE"]
    assert evs and evs[0].date_start == "2026-10-16", [(e.trigger, e.date_start) for e in evs]


def test_an_agentless_arrest_told_again_is_the_arresting_forces(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Tim Densus 88 Antiteror Polri menangkap belasan terduga teroris di Jawa Barat.\n\n"
            "Karopenmas mengatakan jaringan itu merencanakan serangan.\n\n"
            "\"Total ada 13 orang yang diamankan,\" kata Trunoyudo.")
    evs = extract(article(text), res)
    lead, again = evs[0], next(e for e in evs if e.captured == 13)
    assert lead.actors and [a.name for a in again.actors] == [a.name for a in lead.actors], [(e.trigger, e.actors) for e in evs]


@pytest.mark.parametrize("text", [
    # the crime a court judges, told in the verdict: no news of its own
    "Sugeng dinyatakan terbukti melakukan tindak pidana terorisme dan pembunuhan berencana.",
    "Terdakwa didakwa melakukan penganiayaan berat terhadap korban.",
    # a standing hold, not a taking
    "Kelompok itu masih menguasai sebagian besar wilayah pedesaan di selatan dan tengah negeri itu.",
    # struck by an illness
    "Salah seorang korban mengaku diserang sakit perut hebat setelah pulang dari hajatan.",
])
def test_court_charges_standing_holds_and_illness_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert not evs, [(e.trigger, e.type) for e in evs]


def test_who_struck_first_is_no_past_narrative(res) -> None:  # type: ignore[no-untyped-def]
    """"lebih dulu" is who went first, not "formerly": the year of a claim told before does not date it."""
    text = ("Jumadi mengatakan warga memanen sawit di atas tanah ulayat yang mereka klaim sejak 2014. "
            "Menurut dia, petugas keamanan perusahaan lebih dulu menghadang dan memukul warga.")
    evs = [e for e in extract(article(text, published="2027-08-05", timexes=[year_timex(text, "2014")]), res)
           if e.type == "ASSAULT"]
    assert evs and not evs[0].historical and evs[0].date_start != "2014-01-01", [(e.trigger, e.date_start) for e in evs]


@pytest.mark.parametrize("text", [
    "Gelombang dari mobil lain juga bisa menyerang bagian depan mobil kita.",
    "Musim hujan membuat banyak pengemudi terpaksa menerobos genangan atau banjir.",
    "Warga yang tinggal di lereng bukit rawan banjir atau longsor.",
])
def test_water_striking_a_car_and_a_hazard_named_as_one_of_a_kind_are_no_events(text: str, res) -> None:  # type: ignore[no-untyped-def]
    assert extract(article(text), res) == [], [(e.trigger, e.type) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,type_", [
    ("Banjir bandang menerjang Kecamatan Hantakan pada Rabu sore.", "DISASTER"),
    ("Kelompok bersenjata menyerang pos polisi di Distrik Gome.", "ASSAULT"),
])
def test_a_flood_and_an_attack_told_plainly_stay(text: str, type_: str, res) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in extract(article(text), res)][:1] == [type_]


@pytest.mark.parametrize("text,dead", [
    ("Banjir bandang menerjang Kecamatan Hantakan. Seorang warga Desa Alat, Mahrani (61), meninggal dunia terseret arus.", 1),
    ("Longsor menimbun rumah di Desa Alat. Seorang nenek, Siti Aminah (72), meninggal dunia tertimbun.", 1),
])
def test_one_counted_then_named_with_an_age_between_commas(text: str, dead: int | None, res) -> None:  # type: ignore[no-untyped-def]
    """"Seorang warga Desa X, Mahrani (61), meninggal dunia": the aside names the one counted."""
    assert [e.fatalities for e in extract(article(text), res) if e.type == "DISASTER"][:1] == [dead]


@pytest.mark.parametrize("text,source", [
    (("Kelompok bersenjata melepaskan tujuh pekerja yang mereka sandera di Distrik Gome.\n\n"
      "Kasatgas Humas Operasi Damai Cartenz, Kombes Pol Yusuf Sutejo, membenarkan kabar tersebut."),
     "Kasatgas Humas Operasi Damai Cartenz, Kombes Pol Yusuf Sutejo"),
    ("Militer Republik Demokratik Kongo merevisi jumlah korban tewas dalam serangan Selasa lalu menjadi 26 orang.",
     "Militer Republik Demokratik Kongo"),
])
def test_who_confirms_the_news_or_revises_the_toll_is_its_source(text: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    evs = extract(article(text), res)
    assert evs and evs[0].claimed_by == source, [(e.trigger, e.claimed_by) for e in evs]


def test_bodies_counted_before_do_not_take_the_hurt_counted_after(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Pertempuran pecah di kota itu pada Sabtu. \"Kami menerima 40 jenazah dan lebih dari 70 orang "
            "luka-luka,\" kata seorang dokter.")
    evs = [e for e in extract(article(text), res) if e.type == "ASSAULT"]
    assert [(e.fatalities, e.injured) for e in evs] == [(None, 70)], [(e.trigger, e.fatalities, e.injured) for e in evs]


@pytest.mark.parametrize("after,source", [
    ("Kapolres Puncak AKBP Daniel Sitorus di Ilaga, Minggu, mengatakan ketujuh pekerja itu diserahkan kepada tim negosiator.",
     "Kapolres Puncak AKBP Daniel Sitorus"),
    ("Kapolres Puncak AKBP Daniel Sitorus mengatakan ketujuh kendaraan itu diserahkan kepada polisi.", "linimasa"),  # other things
])
def test_who_tells_of_the_people_just_told_of_is_the_source(after: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    text = f"Tujuh pekerja yang disandera kelompok bersenjata di Kabupaten Puncak akhirnya dibebaskan pada Sabtu. {after}"
    evs = [e for e in extract(article(text), res) if e.type == "RETREAT"]
    assert [e.claimed_by for e in evs] == [source], [(e.trigger, e.claimed_by) for e in evs]


def test_a_claim_declared_a_hoax_is_no_event(res) -> None:  # type: ignore[no-untyped-def]
    """What a video or a rumour "menyebut" happened, then "dipastikan hoaks", did not happen; the arrest
    of who spread it did."""
    text = ("Video yang menyebut sekelompok orang bermobil hitam menculik tiga anak di Cikupa dipastikan hoaks. "
            "Polisi menangkap seorang pria yang menyebarkan video itu.")
    evs = extract(article(text), res)
    assert [e.type for e in evs] == ["COERCE"], [(e.trigger, e.type) for e in evs]


def test_the_editors_correction_note_is_no_event(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Ralat: Berita ini telah diperbarui. Sebelumnya tertulis jumlah jemaah yang diamankan 19 orang, "
            "yang benar sembilan orang.")
    evs = extract(article(text), res)
    assert not evs, [(e.trigger, e.type, e.captured) for e in evs]


@pytest.mark.parametrize("text,is_event", [
    ("Pekan lalu, ancaman bom palsu lewat surel juga menyasar sebuah sekolah internasional di Surabaya.", True),
    ("Sekolah itu menerima ancaman bom lewat surel pada Senin pagi.", True),
    ("Warga diminta mewaspadai ancaman bom menjelang perayaan Natal.", False),  # a threat that reaches nobody
])
def test_a_bomb_threat_is_an_event_whoever_sent_it(text: str, is_event: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "THREATEN"]
    assert bool(evs) == is_event, [(e.trigger, e.type) for e in extract(article(text), res)]


@pytest.mark.parametrize("text,kept", [
    ("Tim SAR gabungan mengerahkan 12 perahu karet untuk mengevakuasi warga di Kecamatan Sungai Pinang.", True),
    ("Sudin Damkar mengerahkan 20 unit mobil pemadam ke lokasi kebakaran.", False),
])
def test_rescue_gear_sent_to_save_people_is_a_deployment(text: str, kept: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in extract(article(text), res) if e.type == "MOBILIZE"]
    assert bool(evs) == kept, [(e.trigger, e.type) for e in evs]
    if kept:  # the rescue service is the party that deploys
        assert any("SAR" in a.name for a in evs[0].actors), evs[0].actors


def test_one_named_victim_shot_dead_counts_one(res) -> None:  # type: ignore[no-untyped-def]
    text = "Korban, Suparman (44), tewas tertembak senapan rakitan di bagian dada saat berpatroli."
    evs = [e for e in extract(article(text), res) if e.fatalities]
    assert evs and evs[0].fatalities == 1, [(e.trigger, e.fatalities) for e in extract(article(text), res)]


def test_poachers_are_a_party(res) -> None:  # type: ignore[no-untyped-def]
    text = "Pada 2024, dua petugas taman nasional dianiaya pemburu saat membongkar jerat."
    evs = [e for e in extract(article(text), res) if e.type == "ASSAULT"]
    assert evs and any("pemburu" in a.name.lower() for a in evs[0].actors), [(e.trigger, e.actors) for e in evs]


def test_a_date_inside_a_clause_of_the_same_time_dates_the_event(tmp_path: Path) -> None:
    """"tewas tertembak ketika memergoki pemburu yang memasang jerat ... pada Senin": the "yang" clause
    sits inside "ketika", so its day is the shooting's day too."""
    text = ("Polhut Tewas Ditembak Pemburu\n\nSelasa, 6 April 2027 14:22 WIB\n\n"
            "SUKADANA, KOMPAS.com - Polisi menangkap dua pria di Labuhan Ratu, Lampung Timur, pada Minggu (4/4/2027).\n\n"
            "Korban, Suparman (44), tewas tertembak senapan rakitan ketika memergoki kelompok pemburu yang memasang "
            "jerat di kawasan Rawa Kadut pada Senin (29/3/2027) sore.\n")
    a = run_text(tmp_path, text)
    dead = [e for e in a.events if e.fatalities]
    assert dead and dead[0].date_start == "2027-03-29", [(e.trigger, e.date_start) for e in a.events]


def test_a_span_after_a_denial_is_what_is_denied(tmp_path: Path) -> None:
    text = ("Polisi Bantah Ada Penculikan\n\nKamis, 9 September 2027 11:20 WIB\n\n"
            "TANGERANG, KOMPAS.com - Kapolresta Tangerang Kombes Pol Bambang Wiryawan membantah adanya laporan anak "
            "hilang di wilayah hukumnya dalam sepekan terakhir.\n")
    a = run_text(tmp_path, text)
    deny = [e for e in a.events if e.type == "REJECT"]
    assert deny and deny[0].date_start == "2027-09-09", [(e.trigger, e.date_start) for e in a.events]


def test_his_side_is_the_office_named_with_him_before(tmp_path: Path) -> None:
    text = ("Ricuh di Bima\n\nMinggu, 19 Sep 2027 08:30 WITA\n\n"
            "BIMA, KOMPAS.com - Massa melempari petugas dengan batu, kata Kapolres Bima Kota AKBP Yusuf Hamdani.\n\n"
            "Yusuf mengatakan pihaknya mengamankan sembilan jemaah yang diduga menjadi provokator.\n")
    a = run_text(tmp_path, text)
    held = [e for e in a.events if e.captured == 9]
    assert held and [p.name for p in held[0].actors] == ["Polres Bima Kota"], [(e.trigger, e.actors) for e in a.events]


def test_the_dateline_after_a_note_the_cleaner_kept(tmp_path: Path) -> None:
    text = ("Ricuh Pengosongan Gedung di Bima\n\nMinggu, 19 Sep 2027 08:30 WITA\n\n"
            "Ralat: Berita ini telah diperbarui pada Minggu pukul 10.15 WITA. Redaksi mohon maaf atas kekeliruan tersebut.\n\n"
            "Bima - Upaya pengosongan gedung sebuah yayasan berujung ricuh, Sabtu (18/9/2027).\n\n"
            "Juru sita hendak membacakan putusan eksekusi sekitar pukul 09.00 WITA.\n\n"
            "Gedung itu dipakai untuk pengajian.\n\n"
            "Polisi lalu menembakkan gas air mata untuk membubarkan massa.\n")
    a = run_text(tmp_path, text)
    gas = [e for e in a.events if "gas air mata" in e.sentence]
    assert gas and gas[0].location is not None and "Bima" in gas[0].location.name, [(e.trigger, e.location) for e in a.events]


def test_a_crowd_of_spectators_is_a_party(res) -> None:  # type: ignore[no-untyped-def]
    """"Dua kelompok penonton terlibat perkelahian massal": the groups are of spectators (a concert's
    crowd, a kind of party apart from a match's supporters), not bare "Dua kelompok"."""
    evs = extract(article("Dua kelompok penonton terlibat perkelahian massal di depan panggung konser.", published="2027-10-17"), res)
    assert evs and [p.name for p in evs[0].actors] == ["Dua kelompok penonton"], [(e.trigger, e.actors) for e in evs]


def test_a_body_pointed_back_at_by_its_head_noun_is_the_one_named_before(res) -> None:  # type: ignore[no-untyped-def]
    """"Angka tersebut disampaikan Kementerian Penanggulangan Bencana Afghanistan. Menurut kementerian itu,
    ...": the lead's toll, which took "kementerian itu" as its source, is the ministry's."""
    text = ("Korban tewas gempa bumi di Provinsi Herat bertambah menjadi 120 orang. Angka tersebut disampaikan "
            "Kementerian Penanggulangan Bencana Afghanistan. Menurut kementerian itu, lebih dari 300 orang terluka.")
    evs = [e for e in extract(article(text), res) if e.type == "DISASTER"]
    assert evs and evs[0].claimed_by == "Kementerian Penanggulangan Bencana Afghanistan", [(e.trigger, e.claimed_by) for e in evs]


@pytest.mark.parametrize("text,held", [
    ("Polisi menangkap para pelaku. Salah satu pelaku yang ditangkap adalah residivis.", None),  # one of them
    ("Polisi menangkap satu pelaku pencurian.", 1),
])
def test_one_of_those_held_is_no_count_of_them(text: str, held: int | None, res) -> None:  # type: ignore[no-untyped-def]
    """"Salah satu pihak yang diamankan adalah kepala daerah": one of those held, not one held."""
    assert [e.captured for e in extract(article(text), res) if e.type == "COERCE"][:1] == [held]


def test_a_count_found_in_a_state_of_death(res) -> None:  # type: ignore[no-untyped-def]
    """"Lima orang ... ditemukan dalam keadaan meninggal dunia": "dalam keadaan" is the state they were
    found in and takes none of the room between the count and its cue."""
    text = ("Tim SAR menemukan puing helikopter PK-LBA yang hilang kontak sehari sebelumnya di Distrik Jila. Lima orang "
            "di dalam helikopter ditemukan dalam keadaan meninggal dunia.")
    assert [e.fatalities for e in extract(article(text), res) if e.type == "DISASTER"][:1] == [5]


@pytest.mark.parametrize("after,dead", [
    ("Badan pertahanan sipil menyebut 31 orang tewas dalam serangan tersebut.", 31),  # how many the tens were
    ("Militer mengatakan serangan itu menewaskan 12 militan.", 12),  # no tens: the lead's vague count stands
])
def test_an_exact_count_told_after_a_vague_one_sharpens_it(after: str, dead: int, res) -> None:  # type: ignore[no-untyped-def]
    """"Puluhan orang tewas dalam serangan udara ..." and then a source's "31 orang tewas dalam serangan
    tersebut": the exact count within the vague word's span says how many the tens were."""
    text = f"Puluhan orang tewas dalam serangan udara yang menghantam sebuah sekolah di Nuseirat. {after}"
    assert [e.fatalities for e in extract(article(text), res) if e.type == "ASSAULT"][:1] == [dead]


@pytest.mark.parametrize("aside", ["yakni pilot, teknisi, dan tiga pegawai dinas kesehatan", "yakni pilot dan teknisi"])
def test_a_count_before_an_aside_listing_who_they_were(aside: str, res) -> None:  # type: ignore[no-untyped-def]
    """"Kelima orang di dalam helikopter, yakni pilot, teknisi, dan tiga pegawai ..., ditemukan meninggal
    dunia": the list's own commas lie inside the aside "yakni" opens; the count is the one before it."""
    text = ("Tim SAR menemukan puing helikopter PK-LBA yang hilang kontak sehari sebelumnya di Distrik Jila. Kelima "
            f"orang di dalam helikopter, {aside}, ditemukan meninggal dunia.")
    assert [e.fatalities for e in extract(article(text), res) if e.type == "DISASTER"][:1] == [5]
