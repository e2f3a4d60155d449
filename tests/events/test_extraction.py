"""End-to-end extraction on small articles (language layer fallbacks: sentences, numbers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.events import extract
from linimasa.model import TimeExpr

from .conftest import article, run_text, year_timex


def _one(text: str, res, **kw):  # type: ignore[no-untyped-def]
    evs = extract(article(text, **kw), res)
    assert evs, f"no event in {text!r}"
    return evs


def test_ids_are_stable_and_ordered(res) -> None:  # type: ignore[no-untyped-def]
    text = "Polisi menangkap dua pencuri. Massa membakar sebuah mobil."
    a = extract(article(text), res)
    b = extract(article(text), res)
    assert [e.id for e in a] == ["t-e0", "t-e1"] == [e.id for e in b]
    assert all(text[e.trigger_start:e.trigger_end] == e.trigger for e in a)
    assert all(text[e.sentence_start:e.sentence_end] == e.sentence for e in a)


@pytest.mark.parametrize("text,kind,value,qualifier", [
    ("Ledakan bom di pasar itu menewaskan 12 orang.", "fatalities", 12, None),
    ("Serangan itu melukai sedikitnya 30 warga.", "injured", 30, "at_least"),
    ("Polisi menangkap tujuh tersangka.", "captured", 7, None),
    ("Banjir bandang melanda desa itu dan lebih dari 2.400 warga mengungsi.", "displaced", 2400, "more_than"),
])
def test_casualty_figures(text: str, kind: str, value: int, qualifier: str | None, res) -> None:  # type: ignore[no-untyped-def]
    e = _one(text, res)[0]
    assert getattr(e, kind) == value
    fig = next(f for f in e.figures if f.kind == kind)
    assert fig.qualifier == qualifier
    assert text[fig.start:fig.end] == fig.raw


def test_casualty_sentence_attaches_to_preceding_event(res) -> None:  # type: ignore[no-untyped-def]
    text = "Kelompok bersenjata menyerang pos polisi di Poso. Dua polisi tewas di lokasi."
    evs = _one(text, res)
    assert len(evs) == 1
    assert evs[0].type == "ASSAULT" and evs[0].fatalities == 2


def test_casualty_sentence_without_event_becomes_one(res) -> None:  # type: ignore[no-untyped-def]
    text = "Harga beras naik.\nSebanyak 15 pasukan yang gugur dimakamkan hari ini."
    evs = _one(text, res)
    assert evs[0].type == "ASSAULT" and evs[0].fatalities == 15
    assert "gugur" in evs[0].trigger


def test_disaster_convention(res) -> None:  # type: ignore[no-untyped-def]
    e = _one("Tanah longsor menimbun lima rumah di Sumedang.", res)[0]
    assert (e.type, e.kind, e.mode) == ("DISASTER", "DISASTER", "landslide")
    assert e.actors == [] and e.acled_event_type is None


@pytest.mark.parametrize("text,source", [
    ("Tiga orang ditangkap dalam operasi itu, kata Kapolres Bogor AKBP Rio.", "Kapolres Bogor AKBP Rio"),
    ("Menurut data tak resmi, 40 orang tewas dalam serangan itu.", "data tak resmi"),
    ("Interfax melaporkan pasukan Rusia menyerang kota itu.", "Interfax"),
    ("Pasukan Rusia menyerang kota itu, lansir Reuters.", "Reuters"),
    ("Pasukan Rusia menyerang kota itu.", "linimasa"),
])
def test_claimed_by(text: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    assert _one(text, res)[0].claimed_by == source


@pytest.mark.parametrize("text,negated,hypothetical,demanded", [
    ("Polisi menangkap dua pelaku.", False, False, False),
    ("Polisi tidak menangkap siapa pun.", True, False, False),
    ("Militer membantah menyerang warga sipil.", True, False, False),
    ("Buruh akan menggelar mogok nasional pekan depan.", False, True, False),
    ("Serikat pekerja berencana berunjuk rasa di Jakarta.", False, True, False),
    ("Kelompok itu mengancam akan menyerang kantor polisi.", False, True, False),
    ("Presiden mendesak agar militer menarik pasukan dari perbatasan.", False, True, True),
])
def test_factuality(text: str, negated: bool, hypothetical: bool, demanded: bool, res) -> None:  # type: ignore[no-untyped-def]
    evs = _one(text, res)
    e = next(x for x in evs if x.type not in ("REQUEST", "THREATEN", "REJECT") or len(evs) == 1)
    if text.startswith("Militer membantah"):
        e = next(x for x in evs if x.type == "ASSAULT")
    assert (e.negated, e.hypothetical, e.demanded) == (negated, hypothetical, demanded)


def test_dialogue_in_quotes_is_not_an_event(res) -> None:  # type: ignore[no-untyped-def]
    text = 'Komandan itu berkata: "Kami telah membantu Anda sebelumnya."'
    assert extract(article(text), res) == []


def test_historical_date_from_sentence(res) -> None:  # type: ignore[no-untyped-def]
    text = "Hubungan kedua negara memburuk sejak 1991 ketika militer Armenia menduduki wilayah itu."
    e = _one(text, res, published="2020-11-25", timexes=[year_timex(text, "1991")])[0]
    assert (e.date_start, e.date_end, e.date_precision, e.historical) == ("1991-01-01", "1991-12-31", "year", True)


def test_date_from_context_then_publication(res) -> None:  # type: ignore[no-untyped-def]
    text = "Pada 2019 terjadi bentrokan di desa itu. Polisi menangkap dua orang.\nHarga beras naik.\nMassa membakar mobil."
    evs = _one(text, res, published="2024-03-14", timexes=[year_timex(text, "2019")])
    assert [e.date_start for e in evs] == ["2019-01-01", "2019-01-01", "2024-03-14"]
    assert [e.historical for e in evs] == [True, True, False]


def test_first_person_in_a_quote_acts_for_the_speaker(res) -> None:  # type: ignore[no-untyped-def]
    from linimasa.model import Quote

    text = '"Kami sudah menangkap tiga orang," kata Kapolsek Sukajadi.'
    art = article(text)
    art.quotes = [Quote("t-q0", "t", text[1:33], 1, 33, speaker="Kapolsek Sukajadi")]
    e = extract(art, res)[0]
    assert (e.type, e.captured, e.actors[0].name, e.claimed_by) == ("COERCE", 3, "Kapolsek Sukajadi", "Kapolsek Sukajadi")


def test_match_report_is_not_a_war(res) -> None:  # type: ignore[no-untyped-def]
    text = ("Persib menang 2-0 atas Persija dalam laga Liga 1 di Stadion GBLA. Serangan Persib terus "
            "menekan sejak babak pertama. Pelatih memuji kiper yang menepis penalti di menit ke-80.")
    assert [e.type for e in extract(article(text), res)] == []


@pytest.mark.parametrize("text,captured", [
    ("Polisi menangkap KNR (40), pedagang yang mengedarkan kupon judi.", None),
    ("Polisi menangkap 40 pedagang yang mengedarkan kupon judi.", 40),
])
def test_ages_are_not_counts(text: str, captured: int | None, res) -> None:  # type: ignore[no-untyped-def]
    assert _one(text, res)[0].captured == captured


def test_an_event_told_in_the_time_clause_after_a_pointer_is_its_own(res) -> None:  # type: ignore[no-untyped-def]
    """"Serangan itu terjadi dua hari setelah X menyerang ...": the pointer's sentence tells
    another, earlier attack, whose doer is X (not the doer of the attack told before)."""
    text = ("Seorang pelaku bom bunuh diri meledakkan diri di tengah pasar ternak di kota Ouallam, pada Rabu, "
            "menewaskan sembilan warga sipil.\n\nSerangan itu terjadi dua hari setelah sekelompok pria bersenjata "
            "menyerang sebuah pos militer di dekat Ayorou, yang menewaskan 12 tentara.")
    evs = extract(article(text, published="2026-12-17"), res)
    old = [e for e in evs if e.fatalities == 12]
    assert len(old) == 1 and old[0].trigger == "menyerang", evs
    assert [a.name for a in old[0].actors] == ["sekelompok pria bersenjata"]


def test_a_fire_told_in_the_time_clause_after_a_pointer_is_its_own(res) -> None:  # type: ignore[no-untyped-def]
    """"Kebakaran di rumah itu terjadi beberapa jam setelah api menghanguskan puluhan kios ...":
    the house fire told before, and another fire, not folded into it."""
    text = ("Seorang warga tewas dalam kebakaran yang menghanguskan rumahnya di Kelurahan Sungai Jingah pada Selasa "
            "(15/12/2026) malam.\n\nKebakaran di rumah itu terjadi hanya beberapa jam setelah api menghanguskan "
            "puluhan kios di Pasar Sentra, pada Selasa (15/12/2026) pagi.")
    s = text.index("Selasa (15/12/2026) malam")
    e2 = text.index("Selasa (15/12/2026) pagi")
    tx = [TimeExpr(s, s + 19, "Selasa (15/12/2026)", "DATE", "2026-12-15", "day", "2026-12-15", "2026-12-15"),
          TimeExpr(e2, e2 + 19, "Selasa (15/12/2026)", "DATE", "2026-12-15", "day", "2026-12-15", "2026-12-15")]
    fires = [e for e in extract(article(text, published="2026-12-16", timexes=tx), res) if e.mode == "fire"]
    assert [e.trigger for e in fires] == ["kebakaran", "api menghanguskan"], fires


def test_a_saying_is_dated_by_its_speakers_quote_after(res) -> None:  # type: ignore[no-untyped-def]
    """"Menteri X meminta ... . "Kami minta ...," kata X di Jakarta, Selasa (15/12).": said on Tuesday,
    not on the publication day; a quote by somebody else dates nothing."""
    for speaker, day in (("Rudiyanto", "2026-12-15"), ("Apindo", "2026-12-16")):
        text = ("Menteri Ketenagakerjaan Rudiyanto Halim meminta pengusaha tidak melakukan pemutusan hubungan kerja."
                f"\n\n\"Kami minta pengusaha menahan diri,\" kata {speaker} di Jakarta, Selasa (15/12).")
        s = text.index("Selasa (15/12)")
        tx = [TimeExpr(s, s + 14, "Selasa (15/12)", "DATE", "2026-12-15", "day", "2026-12-15", "2026-12-15")]
        evs = [e for e in extract(article(text, published="2026-12-16", timexes=tx), res) if e.type == "REQUEST"]
        assert evs[0].date_start == day, (speaker, evs)


@pytest.mark.parametrize("quote,trigger,speaker", [
    (("\"Tim penyidik juga menyita sejumlah dokumen dan uang dalam pecahan rupiah dalam kegiatan penggeledahan,\" "
     "kata Wakil Ketua KPK Budi Santoso di Jakarta."), "menyita", "Budi Santoso"),
    (("\"Karyawan membakar kantor terminal itu. Tidak ada bus yang terbakar,\" ujar salah seorang anggota Polres "
     "Mimika."), "membakar", "Polres Mimika"),
])
def test_the_speaker_after_a_quote_is_no_party(tmp_path: Path, quote: str, trigger: str, speaker: str) -> None:
    """'"... menyita sejumlah dokumen ...," kata Wakil Ketua KPK X': X told of the seizure, nothing
    was taken from X."""
    a = run_text(tmp_path, f"KPK menggeledah rumah dinas gubernur di Kota Jambi, Selasa (6/2).\n\n{quote}\n")
    e = next(e for e in a.events if e.trigger == trigger)
    assert all(speaker not in p.name for p in e.targets + e.actors)


def test_an_agency_pointed_back_at_is_the_one_named_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Badan PBB itu mendesak ...": the UN agency whose spokesman spoke just before (past the wire
    that reported him), not the UN itself."""
    from .conftest import run_text

    text = ("Ribuan Warga Mengungsi dari Sennar\n\nSenin, 15 Maret 2027 10:00 WIB\n\n"
            "KHARTOUM - Organisasi Internasional untuk Migrasi (IOM) mencatat ribuan warga mengungsi dari kota Sennar.\n\n"
            "\"Mereka membutuhkan air dan makanan,\" kata juru bicara IOM, seperti dilansir AFP.\n\n"
            "Badan PBB itu mendesak kedua pihak yang bertikai membuka jalur aman bagi warga sipil.\n")
    a = run_text(tmp_path, text)
    asks = [e for e in a.events if e.type == "REQUEST"]
    assert asks and [p.name for p in asks[0].actors] == ["IOM"], [(e.trigger, [p.name for p in e.actors]) for e in asks]


@pytest.mark.parametrize("after,day", [
    ("dua hari setelah gempa magnitudo 6,0 mengguncang wilayah itu", "2027-05-11"),  # the count's day, two days on
    ("saat tim SAR mencapai desa-desa terpencil", "2027-05-13"),  # nothing counts back: the clause's own day
])
def test_a_day_n_days_after_the_event_counts_back(after: str, day: str, res) -> None:  # type: ignore[no-untyped-def]
    """"Korban tewas gempa ... bertambah menjadi 90 orang pada Kamis (13/5/2027), dua hari setelah gempa
    ... mengguncang": the Thursday is when the toll stood at 90; the quake came two days before it."""
    text = f"Korban tewas gempa bumi di Provinsi Herat bertambah menjadi 90 orang pada Kamis (13/5/2027), {after}."
    s = text.index("Kamis (13/5/2027)")
    txs = [TimeExpr(s, s + 17, "Kamis (13/5/2027)", "DATE", "2027-05-13", "day", "2027-05-13", "2027-05-13")]
    evs = [e for e in extract(article(text, published="2027-05-13", timexes=txs), res) if e.type == "DISASTER"]
    assert evs and evs[0].date_start == day, [(e.trigger, e.date_start) for e in evs]


def test_a_new_attack_days_after_an_earlier_one_keeps_its_day(res) -> None:  # type: ignore[no-untyped-def]
    """"Kyiv kembali menjadi sasaran serangan drone pada Minggu (22/11/2026), dua hari setelah serangan
    sebelumnya": no toll stands on that Sunday; it is the new attack's own day."""
    text = ("Kyiv kembali menjadi sasaran serangan drone Rusia pada Minggu (22/11/2026) dini hari, dua hari setelah "
            "serangan sebelumnya menewaskan empat orang.")
    s = text.index("Minggu (22/11/2026) dini hari")
    txs = [TimeExpr(s, s + 29, "Minggu (22/11/2026) dini hari", "DATE", "2026-11-22", "day", "2026-11-22", "2026-11-22")]
    evs = extract(article(text, published="2026-11-22", timexes=txs), res)
    assert evs and evs[0].date_start == "2026-11-22", [(e.trigger, e.date_start) for e in evs]


def test_a_record_set_since_a_past_event_tells_that_event(res) -> None:  # type: ignore[no-untyped-def]
    """"Gempa ini menjadi yang paling mematikan di Afghanistan sejak gempa di Provinsi Kunar yang menewaskan
    lebih dari 2.000 orang pada 2025": "Gempa ini" is the quake told before; the one after "sejak" is a
    past quake of its own, dated by its year."""
    text = ("Gempa magnitudo 6,2 mengguncang Provinsi Herat pada Selasa. Gempa ini menjadi yang paling mematikan di "
            "Afghanistan sejak gempa di Provinsi Kunar yang menewaskan lebih dari 2.000 orang pada 2025.")
    txs = [year_timex(text, "2025")]
    evs = [e for e in extract(article(text, published="2027-10-07", timexes=txs), res) if e.type == "DISASTER"]
    assert any((e.date_start or "")[:4] == "2025" for e in evs), [(e.trigger, e.date_start) for e in evs]


def test_the_dead_told_after_an_arrest_are_the_shootings(tmp_path: Path) -> None:
    """"... pelaku telah ditahan. Seorang pendukung ... terkena peluru dan meninggal": the dead of the
    shooting told before, not of the arrest."""
    a = run_text(tmp_path, "Kandidat Ditembak\n\nSenin, 19 Jul 2027 08:15 WIB\n\n"
                           "BOGOTA - Seorang calon presiden ditembak saat berkampanye di kota Cali pada Minggu sore.\n\n"
                           "Pelaku, seorang pemuda berusia 19 tahun, melepaskan tiga kali tembakan dari jarak lima meter.\n\n"
                           "Polisi menyatakan pelaku telah ditahan. Seorang pendukung yang berdiri di dekat panggung "
                           "juga terkena peluru dan meninggal dunia di rumah sakit.\n")
    dead = [e for e in a.events if e.fatalities == 1]
    assert dead and all(e.type == "ASSAULT" for e in dead), [(e.trigger, e.type, e.fatalities) for e in a.events]


def test_the_hurt_by_a_throw_after_an_arrest_are_that_attacks(tmp_path: Path) -> None:
    """"Delapan buruh ditangkap ... Dua polisi luka ringan terkena lemparan botol": an attack of its own."""
    a = run_text(tmp_path, "Buruh Blokir Tol\n\nSelasa, 20 Jul 2027 18:30 WIB\n\n"
                           "BEKASI, KOMPAS.com - Polisi membubarkan massa buruh dengan gas air mata di Cikarang, "
                           "Selasa (20/7/2027).\n\n"
                           "Sebanyak delapan buruh ditangkap karena diduga memprovokasi massa. Dua polisi luka ringan "
                           "terkena lemparan botol.\n")
    throw = [e for e in a.events if "lemparan botol" in e.sentence and e.type == "ASSAULT"]
    assert throw, [(e.trigger, e.type, e.sentence) for e in a.events]


INTERVIEW = """Kapolda: Senjata Masuk Lewat Laut

Kamis, 22 Juli 2027 | 11:30 WIT

Jubi mewawancarai Kapolda Papua Barat, Irjen Pol Yohanis Mandowen, di Manokwari, Rabu (21/7/2027). Berikut petikannya.

Dari mana senjata itu masuk?

Sebagian besar lewat jalur laut.

Apa yang sudah dilakukan Polda?

Pekan lalu kami menangkap tiga orang penyelundup senjata di Pelabuhan Sorong.
"""


def test_we_in_an_interviews_answer_is_the_interviewees_office(tmp_path: Path) -> None:
    a = run_text(tmp_path, INTERVIEW)
    held = [e for e in a.events if e.captured == 3]
    assert held and [p.name for p in held[0].actors] == ["Polda Papua Barat"], [(e.trigger, e.actors) for e in a.events]
    assert held[0].location is not None and held[0].location.name == "Kota Sorong", held[0].location


def test_a_budget_year_is_no_date_of_the_arrest(tmp_path: Path) -> None:
    """"... korupsi pengadaan bus tahun anggaran 2026": the year of the money, not of the detention
    (told in the same sentence or the quote after it)."""
    text = ("Judul\n\nKamis, 10 September 2026 13:30 WIB\n\nJakarta - Kejaksaan Tinggi menahan Kepala Dinas "
            "Perhubungan Kabupaten Sigi setelah ia diperiksa sebagai tersangka kasus korupsi pengadaan bus sekolah "
            "tahun anggaran 2026.\n\n\"Kami menahannya selama 20 hari,\" kata Kepala Kejati.\n")
    evs = [e for e in run_text(tmp_path, text).events if e.type == "COERCE"]
    assert evs and all(e.date_start == "2026-09-10" for e in evs), [(e.trigger, e.date_start) for e in evs]


def test_rising_toll_lead_is_the_hazard(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A story opening on a hazard's rising toll ("Jumlah korban tewas akibat tanah longsor di X terus
    bertambah") names its event there, with no earlier telling to point back to; the bodies found
    next are its toll."""
    a = run_text(tmp_path, "Jumat, 05 November 2027 14:22 WIB\n\nJakarta - Jumlah korban tewas akibat tanah "
                 "longsor di kawasan tambang Hpakant, Myanmar utara, terus bertambah. Hingga Jumat (5/11), "
                 "tim penyelamat telah menemukan 71 jenazah.\n")
    assert [(e.type, e.fatalities) for e in a.events] == [("DISASTER", 71)]
    assert a.events[0].sentence.startswith("Jakarta - Jumlah korban tewas")


def test_a_toll_told_with_a_past_year_is_not_this_events(res) -> None:  # type: ignore[no-untyped-def]
    """"Pada 2005, 40 santri tewas dalam kebakaran yang melalap pesantren lain": a past fire's toll,
    told for comparison, is not the toll of the fire the story reports (nor lost: its own event)."""
    text = ("Sebuah pondok pesantren di Kabupaten Garut terbakar pada Sabtu (2/9) dan menewaskan 6 santri.\n\n"
            "Kebakaran pesantren di provinsi itu bukan yang pertama. Pada 2005, 40 santri tewas dalam kebakaran yang melalap "
            "sebuah pesantren di Tasikmalaya.")
    s = text.index("Sabtu (2/9)")
    tx = [TimeExpr(s, s + 11, "Sabtu (2/9)", "DATE", "2017-09-02", "day", "2017-09-02", "2017-09-02"),
          year_timex(text, "2005")]
    evs = extract(article(text, published="2017-09-03", timexes=tx), res)
    got = [(e.trigger, e.fatalities, e.historical) for e in evs]
    assert all(e.fatalities != 40 for e in evs if not e.historical), got
    assert any(e.historical and e.fatalities == 40 for e in evs), got  # the past fire, its own event


def test_a_toll_summed_over_a_span_is_not_the_last_attacks(tmp_path: Path) -> None:
    """"Berbagai aksi itu sudah menewaskan lebih dari 120 orang selama tiga tahun terakhir": a tally over
    many attacks, not the toll of the attack told just before."""
    text = ("Sebuah bom meledak di depan pos polisi di Kota Medan, Senin (3/4), dan melukai dua petugas. Kota itu "
            "sudah berulang kali menjadi sasaran kelompok bersenjata. Berbagai aksi itu sudah menewaskan lebih dari "
            "120 orang selama tiga tahun terakhir.\n")
    a = run_text(tmp_path, text)
    assert all(e.fatalities != 120 for e in a.events), [(e.trigger, e.fatalities) for e in a.events]


def test_a_toll_compared_with_a_span_is_kept(tmp_path: Path) -> None:
    """"Sedikitnya 40 orang tewas dalam bentrokan ..., yang paling mematikan ... dalam lima tahun terakhir":
    one clash compared with the span, its toll kept."""
    text = ("Sedikitnya 40 orang tewas dalam bentrokan antarkampung di Kabupaten Mimika pada Senin (3/4), yang "
            "paling mematikan di daerah itu dalam lima tahun terakhir.\n")
    a = run_text(tmp_path, text)
    assert [e.fatalities for e in a.events] == [40], [(e.trigger, e.fatalities) for e in a.events]


def test_who_hunts_the_suspect_in_an_attack_did_not_attack(tmp_path: Path) -> None:
    """"Polisi ... memburu seorang tersangka kedua dalam penembakan di ...": the police hunt the
    shooter; the subject of the verb before "dalam <attack>" is its doer only when the verb's object
    is no suspect ("Kelompok militan menewaskan dua polisi dalam serangan bom")."""
    a = run_text(tmp_path, "Polisi di Houston, Texas, memburu seorang tersangka kedua dalam penembakan di pusat "
                           "perbelanjaan yang menewaskan delapan orang pada Sabtu (20/11).\n")
    e = next(e for e in a.events if e.trigger == "penembakan")
    assert not any("Polisi" in p.name for p in e.actors), e.actors


@pytest.mark.parametrize("text,kind", [
    (("Dua warga Desa Sungai Pinang tewas diinjak kawanan gajah liar saat menjaga kebun di Kabupaten Siak, Riau, "
      "Jumat (12/11/2027) malam.\n"), "DISASTER"),
    ("Seorang petani di Kecamatan Pinggir, Bengkalis, tewas diterkam harimau saat menyadap karet, Senin (3/5/2027).\n",
     "DISASTER"),
])
def test_the_dead_killed_by_an_animal_are_a_disaster(tmp_path: Path, text: str, kind: str) -> None:
    """"tewas diinjak kawanan gajah liar": nobody's attack but a hazard, no ASSAULT with no actor."""
    from .conftest import run_text
    a = run_text(tmp_path, text)
    assert [(e.type, e.mode) for e in a.events] == [(kind, "animal")], [(e.type, e.trigger) for e in a.events]


def test_the_day_an_incident_happened_past_a_sentence_on_its_toll(tmp_path: Path) -> None:
    """"Jumlah korban ... bertambah menjadi sembilan. Dua korban ... meninggal pada Senin. Peristiwa itu terjadi
    ... Sabtu (20/11/2027) malam": the day the incident happened, not the day of the later deaths; "Insiden itu
    disebut terjadi pada Jumat" dates it too."""
    from .conftest import run_text
    a = run_text(tmp_path, "KUPANG - Jumlah korban meninggal dunia akibat desak-desakan penonton di Stadion Merdeka, "
                           "Kota Kupang, bertambah menjadi sembilan orang. Dua korban yang sebelumnya dirawat meninggal "
                           "pada Senin (22/11/2027) pagi.\n\nPeristiwa itu terjadi seusai laga final, Sabtu (20/11/2027) "
                           "malam.\n")
    assert [(e.type, e.date_start, e.fatalities) for e in a.events][:1] == [("DISASTER", "2027-11-20", 9)], \
        [(e.type, e.date_start, e.sentence) for e in a.events]
    b = run_text(tmp_path, "Pakistan Klaim Tembak Jatuh Drone India\n\nSabtu, 20 Nov 2027 09:12 WIB\n\nIslamabad - Militer "
                           "Pakistan mengklaim telah menembak jatuh sebuah drone milik India di wilayah Kashmir. Insiden "
                           "itu disebut terjadi pada Jumat (19/11) pagi waktu setempat.\n\nKementerian Luar Negeri "
                           "Pakistan memanggil kuasa usaha India di Islamabad.\n")
    assert [e.date_start for e in b.events][:1] == ["2027-11-19"], [(e.date_start, e.sentence) for e in b.events]


def test_a_reaction_to_deaths_at_a_match_is_news(tmp_path: Path) -> None:
    """At a match where people died, "Gubernur meminta PSSI menghentikan pertandingan" reacts to the deaths; a
    sports page drops reactions told with no violence, not these."""
    from .conftest import run_text
    a = run_text(tmp_path, "KUPANG - Sembilan penonton tewas terinjak-injak seusai laga final turnamen sepak bola di "
                           "Stadion Merdeka, Kupang, Sabtu (20/11/2027) malam. Gol tunggal dicetak pada babak kedua, dan "
                           "wasit meniup peluit panjang ketika listrik padam.\n\nGubernur NTT meminta Asprov PSSI NTT "
                           "menghentikan sementara seluruh pertandingan di stadion itu.\n")
    assert "REQUEST" in [e.type for e in a.events], [(e.type, e.sentence) for e in a.events]


def test_a_film_review_tells_no_events(tmp_path: Path) -> None:
    """A review retells a film's plot (shelling, deaths): no events, but for a dated fact it cites."""
    from .conftest import run_text
    a = run_text(tmp_path, "Review Film \"Bandung Lautan Api\": Kota yang Dibakar Sendiri\n\nFilm ini tayang di bioskop "
                           "sejak Rabu (10/11). Tentara Sekutu menembaki kampung-kampung dari kapal perang, sementara "
                           "para pejuang menyerbu pos-pos Inggris.\n")
    assert [e.sentence for e in a.events if e.type == "ASSAULT" and not e.historical] == []


def test_a_clock_time_told_before_its_day_dates_the_event(tmp_path: Path) -> None:
    """"sekitar pukul 04.10 WITA, Kamis (10/9)": the clock time alone has no day of its own, the day
    told right after it is the event's (as in "Kamis (10/9) pukul 04.10"), not the publication day."""
    a = run_text(tmp_path, "Judul\n\nRabu, 16 September 2026 10:00 WIB\n\nGempa bermagnitudo 5,1 mengguncang "
                           "Kabupaten Sigi, Sulawesi Tengah, sekitar pukul 04.10 WITA, Kamis (10/9). Warga sempat "
                           "berhamburan keluar rumah.\n")
    quake = next(e for e in a.events if e.mode == "earthquake")
    assert quake.date_start == "2026-09-10"
