from __future__ import annotations

import pytest

from linimasa.events import roles
from linimasa.events.triggers import find_triggers

from .conftest import view_of


def _roles(text: str, res, prev_country: str | None = None):  # type: ignore[no-untyped-def]
    v = view_of(text, res)
    spans = roles.find_participants(v, {}, res.country_names, prev_country)
    t = find_triggers(v, res.lexicon, res.multi, res.max_multi, {s.i for s in spans})[0]
    actors, targets = roles.assign(v, spans, t.i, t.j, t.voice, t.sense.type)
    return [(p.name, p.country, p.sector) for p in actors], [(p.name, p.country, p.sector) for p in targets]


@pytest.mark.parametrize("text,actor,target", [
    # active
    ("Polisi menangkap tiga pemuda di Bekasi.", "Polisi", "tiga pemuda"),
    ("Tentara Myanmar menyerang warga sipil di desa itu.", "Tentara Myanmar", "warga sipil"),
    # passive with and without "oleh"
    ("Tiga warga ditembak oleh pasukan Israel.", "pasukan Israel", "Tiga warga"),
    ("Dua petani ditangkap polisi.", "polisi", "Dua petani"),
    # agentless passive: target only
    ("Sebanyak 12 demonstran ditangkap.", None, "12 demonstran"),
    # nominal with light verb
    ("Tentara Armenia melancarkan serangan terhadap warga sipil.", "Tentara Armenia", "warga sipil"),
    # relative clause between subject and verb
    ("Warga Rohingya yang tinggal di kamp itu membakar ban.", "Warga Rohingya", None),
])
def test_actor_and_target(text: str, actor: str | None, target: str | None, res) -> None:  # type: ignore[no-untyped-def]
    actors, targets = _roles(text, res)
    assert (actors[0][0] if actors else None) == actor
    assert (targets[0][0] if targets else None) == target


def test_country_and_sector(res) -> None:  # type: ignore[no-untyped-def]
    actors, targets = _roles("Tentara Rusia menyerang warga Ukraina.", res)
    assert actors == [("Tentara Rusia", "RU", "military")]
    assert targets == [("warga Ukraina", "UA", "civilian")]


def test_possessive_resolves_to_previous_country(res) -> None:  # type: ignore[no-untyped-def]
    actors, _ = _roles("Setelah itu, militernya telah ditarik.", res, prev_country="AM")
    assert actors[0][1] == "AM" and actors[0][2] == "military"


def test_coordinated_actors(res) -> None:  # type: ignore[no-untyped-def]
    actors, _ = _roles("Militer Sudan dan Chad melakukan penyerangan di perbatasan.", res)
    assert [a[1] for a in actors] == ["SD", "TD"]


@pytest.mark.parametrize("text,actor", [
    ("Sekitar 3.000 buruh menggelar aksi di depan gedung parlemen, Selasa.", "Sekitar 3.000 buruh"),
    ("Hampir 200 warga berunjuk rasa di depan kantor bupati, Senin.", "Hampir 200 warga"),
])
def test_an_approximate_count_opens_the_subject(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    """"Sekitar 3.000 buruh": about that many people, not a place phrase ("di sekitar Monas")."""
    from linimasa.events import extract

    from .conftest import article
    evs = extract(article(text, published="2026-12-15"), res)
    assert [a.name for a in evs[0].actors] == [actor], evs


@pytest.mark.parametrize("text,country", [
    ("Tiga orang tewas dalam penembakan di sebuah gereja di Texas, Amerika Serikat, Senin.", "US"),
    ("Bom meledak di distrik Karrada, Baghdad, Irak, pada Minggu malam.", "IQ"),
    ("Lima orang tewas saat bom meledak di sebuah pasar di ibukota Irak pada Senin.", "IQ"),
])
def test_a_country_closing_an_address_is_a_place(text: str, country: str, res) -> None:  # type: ignore[no-untyped-def]
    """"di Texas, Amerika Serikat", "di ibukota Irak": the country the place lies in, no party to
    the event (a party would keep the place finder from reading it)."""
    spans = roles.find_participants(view_of(text, res), {}, res.country_names, None)
    assert all(sp.part.country != country for sp in spans)


def test_a_country_after_a_comma_opening_a_clause_is_a_party(res) -> None:  # type: ignore[no-untyped-def]
    spans = roles.find_participants(view_of("Setelah pertemuan itu, Amerika Serikat menyerang Irak.", res),
                                    {}, res.country_names, None)
    assert any(sp.part.country == "US" for sp in spans)


def test_a_country_of_origin_is_part_of_who_the_people_are(res) -> None:  # type: ignore[no-untyped-def]
    """"warga asal Nigeria": the people, from Nigeria; the country is no party of its own."""
    actors, targets = _roles("Seorang warga asal Nigeria dibekuk polisi karena menipu.", res)
    assert actors[0][0] == "polisi"
    assert [t[0] for t in targets] == ["Seorang warga asal Nigeria"] and targets[0][1] == "NG"


def test_a_claim_naming_its_own_attack_leaves_the_one_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"ISIS mengaku bertanggung jawab atas serangan bom mobil ... di Kabul": the claimant is the
    actor of the attack the claim names, not of the bombing told before it."""
    from .conftest import run_text
    a = run_text(tmp_path, "Sebuah bom meledak di sebuah pasar di Kota Kandahar, Afghanistan, pada Jumat (10/11), "
                           "menewaskan enam orang.\n\nKelompok ISIS mengaku bertanggung jawab atas serangan bom mobil "
                           "yang menewaskan 12 orang di Kabul pada Senin (6/11).\n")
    actors = {e.fatalities: [p.name for p in e.actors] for e in a.events}
    assert actors == {6: [], 12: ["Kelompok ISIS"]}


def test_a_claim_of_the_attack_told_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import run_text
    a = run_text(tmp_path, "Sebuah bom meledak di sebuah pasar di Kota Kandahar, Afghanistan, pada Jumat (10/11), "
                           "menewaskan enam orang.\n\nKelompok ISIS mengaku bertanggung jawab atas serangan tersebut.\n")
    assert [[p.name for p in e.actors] for e in a.events] == [["Kelompok ISIS"]]


@pytest.mark.parametrize("text,country", [
    ("Penyidik menyita uang dalam pecahan rupiah dan dolar Amerika Serikat dari rumah tersangka.", "US"),
    ("Sebuah meriam buatan Rusia meledak saat latihan di Natuna.", "RU"),
])
def test_a_currency_or_a_maker_is_no_party(text: str, country: str, res) -> None:  # type: ignore[no-untyped-def]
    """"dolar Amerika Serikat", "meriam buatan Rusia": a currency, a maker; no party to the event."""
    spans = roles.find_participants(view_of(text, res), {}, res.country_names, None)
    assert all(sp.part.country != country for sp in spans)


@pytest.mark.parametrize("text,actor", [
    # a name the tagger missed heads the sentence: itself, or after a lower-case description
    ("Rektor Universitas Halu Oleo meminta polisi mengusut dugaan kekerasan terhadap mahasiswanya.",
     "Rektor Universitas Halu Oleo"),
    ("Organisasi hak asasi manusia Amnesty International meminta militer membuka hasil investigasi.",
     "Amnesty International"),
    # the units of a joint team told with what it is made of
    ("Tim SAR gabungan yang terdiri atas Basarnas, TNI AL dan nelayan mengerahkan empat kapal.", "Basarnas"),
])
def test_untagged_names_and_teams_made_of_units_act(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    actors, _ = _roles(text, res)
    assert actors and actors[0][0] == actor, actors


def test_a_place_short_form_is_no_party(res) -> None:  # type: ignore[no-untyped-def]
    """"Kabupaten Indragiri Hulu (Inhu) menerjunkan ...": the tagger may take "Inhu" for the person
    "Kapolres Inhu AKBP X" named later; in brackets after a place it is that place's short name."""
    from linimasa.events.context import make_view
    from linimasa.model import Mention, Sentence

    text = "Warga di Kabupaten Indragiri Hulu (Inhu) menyerang pos perusahaan."
    at = text.index("Kabupaten")
    ments = [Mention(at, at + 24, "Kabupaten Indragiri Hulu", "LOC"),
             Mention(text.index("Inhu)"), text.index("Inhu)") + 4, "Inhu", "PER")]
    v = make_view(Sentence(0, len(text), text), 0, res.countries, ments)
    spans = roles.find_participants(v, {}, res.country_names, None)
    assert [sp.part.name for sp in spans] == ["Warga", "perusahaan"], [sp.part.name for sp in spans]


def test_a_group_named_with_its_leader_is_one_party(res) -> None:  # type: ignore[no-untyped-def]
    """"Kelompok kriminal bersenjata (KKB) pimpinan Yanus Murib melepaskan ...": the group led by him
    acts, not "pimpinan Yanus Murib" cut off after its short name."""
    actors, _ = _roles("Kelompok kriminal bersenjata (KKB) pimpinan Yanus Murib menyerang pos itu.", res)
    assert actors and actors[0][0] == "Kelompok kriminal bersenjata (KKB) pimpinan Yanus Murib", actors


@pytest.mark.parametrize("text,sides", [
    ("Bentrok suporter pecah usai laga di Stadion Manahan.", ["suporter"]),
    ("Bentrok warga dan aparat terjadi di desa itu.", ["warga", "aparat"]),
])
def test_the_crowd_named_after_a_clash_fights_in_it(text: str, sides: list[str], res) -> None:  # type: ignore[no-untyped-def]
    """"Bentrok suporter pecah": in a clash told with its sides after it, they act; nobody is struck."""
    v = view_of(text, res)
    spans = roles.find_participants(v, {}, res.country_names, None)
    t = find_triggers(v, res.lexicon, res.multi, res.max_multi, {s.i for s in spans})[0]
    actors, targets = roles.assign(v, spans, t.i, t.j, t.voice, t.sense.type, t.sense.mode)
    assert [a.name for a in actors] == sides and targets == [], (actors, targets)


def test_a_party_in_a_place_phrase_is_no_subject(res) -> None:  # type: ignore[no-untyped-def]
    """"X menyatakan prihatin atas serangan di timur negara itu dan menyerukan ...": "negara itu" is
    where, not who; the one who calls is the clause's subject before the comma."""
    text = ("Misi perdamaian itu, Polisi PBB, menyatakan prihatin atas serangan di timur negara itu "
            "dan menyerukan perlindungan bagi warga sipil.")
    v = view_of(text, res)
    spans = roles.find_participants(v, {}, res.country_names, None)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, {s.i for s in spans})
             if t.surface == "menyerukan")
    actors, _ = roles.assign(v, spans, t.i, t.j, t.voice, t.sense.type, t.sense.mode)
    assert [a.name for a in actors] == ["Polisi PBB"], [a.name for a in actors]


@pytest.mark.parametrize("text,actors", [
    ("Sebelumnya, Menteri Pemuda dan Olahraga mengecam kericuhan tersebut.", ["Menteri Pemuda dan Olahraga"]),
    ("Kementerian Kelautan dan Perikanan menangkap dua kapal asing.", ["Kementerian Kelautan dan Perikanan"]),
    # two offices joined: two parties
    ("Menteri Luar Negeri dan Menteri Pertahanan Jepang mengecam serangan itu.",
     ["Menteri Luar Negeri", "Menteri Pertahanan Jepang"]),
])
def test_a_ministry_named_with_two_fields_is_one_office(text: str, actors: list[str], res) -> None:  # type: ignore[no-untyped-def]
    got, _ = _roles(text, res)
    assert [a[0] for a in got] == actors, got


@pytest.mark.parametrize("text,actor", [
    # what an authority governs belongs to its name: not "sipil Italia" (civilians)
    ("Otoritas perlindungan sipil Italia mengevakuasi sekitar 800 warga dari dua desa.",
     "Otoritas perlindungan sipil Italia"),
    # bodyguards and a campaign team are parties
    ("Pengawal Velandia langsung melumpuhkan pelaku dan menyerahkannya kepada polisi.", "Pengawal Velandia"),
    ("Tim pemenangan pasangan calon nomor urut 2 membantah terlibat.", "pemenangan"),
])
def test_authorities_bodyguards_and_campaign_teams_act(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    got, _ = _roles(text, res)
    assert got and got[0][0] == actor, got


@pytest.mark.parametrize("text,actor", [
    (("Mabes Polri menyatakan serangan bom di Terminal Kampung Rambutan, Jakarta Timur, diduga dilakukan oleh "
      "kelompok bersenjata yang berafiliasi dengan ISIS."), "kelompok bersenjata"),
    ("Kelompok itu melakukan serangan bom di Terminal Kampung Rambutan.", "Kelompok"),
])
def test_the_speaker_is_no_doer_of_an_attack_done_by_another(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    """"Mabes Polri menyatakan serangan bom ... diduga dilakukan oleh kelompok X": the police
    tell of the bombing; the group after "dilakukan oleh" did it."""
    actors, _ = _roles(text, res)
    assert [a[0] for a in actors][:1] == [actor]


@pytest.mark.parametrize("text,actor,target", [
    ("Wartawan itu menerima sejumlah ancaman dari kelompok tak dikenal.", "kelompok tak dikenal", "Wartawan"),
    ("Warga korban banjir menerima bantuan dari Pemerintah Kabupaten Garut.", "Pemerintah Kabupaten Garut", "Warga korban"),
])
def test_who_receives_is_the_target(text: str, actor: str, target: str, res) -> None:  # type: ignore[no-untyped-def]
    """"X menerima ancaman dari Y": Y threatened X, not X anyone."""
    v = view_of(text, res)
    spans = roles.find_participants(v, {}, res.country_names, None)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, {s.i for s in spans})
             if t.surface in ("ancaman", "bantuan"))
    actors, targets = roles.assign(v, spans, t.i, t.j, t.voice, t.sense.type)
    assert ([p.name for p in actors][:1], [p.name for p in targets][:1]) == ([actor], [target])


@pytest.mark.parametrize("text,target", [
    ("Rezim itu menghancurkan demonstrasi anti - pemerintah secara brutal.", None),
    ("Milisi pro pemerintah menyerang desa itu pada malam hari.", None),
    ("Milisi itu menyerang kantor pemerintah pada malam hari.", "pemerintah"),
])
def test_what_a_side_is_against_is_no_party(text: str, target: str | None, res) -> None:  # type: ignore[no-untyped-def]
    """"demonstrasi anti pemerintah", "milisi pro pemerintah": a stance, the government is no target."""
    _, targets = _roles(text, res)
    assert (targets[0][0] if targets else None) == target


def test_a_member_named_after_his_body_is_the_target(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"KPK menahan anggota Komisi V DPR dari fraksi PAN Budi Santoso": Budi is held, not the House."""
    from .conftest import run_text

    a = run_text(tmp_path, "Judul\n\nKamis, 10 September 2026 13:30 WIB\n\nJakarta - KPK akhirnya menahan anggota Komisi V "
                           "DPR dari fraksi Partai Amanat Nasional (PAN) Budi Santoso setelah ia diperiksa sebagai tersangka "
                           "kasus suap proyek jalan. Ia ditahan di Rutan KPK selama 20 hari pertama.\n")
    held = next(e for e in a.events if e.trigger == "menahan")
    assert [p.name for p in held.targets] == ["Budi Santoso"]


def test_who_waits_on_news_of_a_death_is_no_victim(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"PSSI menunggu keputusan FIFA terkait tewasnya seorang suporter": the death is the topic;
    the federation is no victim of it."""
    from .conftest import run_text

    a = run_text(tmp_path, "Judul\n\nRabu, 6 September 2026 10:00 WIB\n\nJakarta - Persatuan Sepak Bola Seluruh Indonesia "
                           "(PSSI) menunggu keputusan FIFA terkait tewasnya seorang suporter seusai laga persahabatan di "
                           "Stadion Patriot, Bekasi, Sabtu (2/9) lalu. Pelaku sudah ditangkap polisi.\n")
    death = next(e for e in a.events if e.trigger == "tewasnya")
    assert [p.name for p in death.targets] == ["seorang suporter"]


@pytest.mark.parametrize("text,actor", [
    ("Sementara itu, Kapolda ketika ditanyai wartawan, meminta agar publik menunggu hasil penyelidikan.", "Kapolda"),
    ("Polisi, setelah menerima laporan warga, menangkap dua pemuda di pasar.", "Polisi"),
])
def test_a_time_clause_aside_is_not_the_subject(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    """"Kapolda ketika ditanyai wartawan, meminta ...": the reporters asked; the Kapolda makes the request."""
    actors, _ = _roles(text, res)
    assert [a[0] for a in actors][:1] == [actor]


@pytest.mark.parametrize("text,actor", [
    # the army's military police and territorial commands act: "diamankan Subdenpom", "Kodim mengerahkan ..."
    ("Empat prajurit yang diduga terlibat telah diamankan Subdenpom untuk diperiksa.", "Subdenpom"),
    ("Kodim mengerahkan 200 personel ke lokasi banjir.", "Kodim"),
])
def test_military_police_and_commands_are_parties(text: str, actor: str, res) -> None:  # type: ignore[no-untyped-def]
    actors, _ = _roles(text, res)
    assert [a[0] for a in actors] == [actor] and actors[0][2] == "military", actors


def test_the_one_blamed_behind_an_attack_is_its_actor(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"menuding Pasukan Dukungan Cepat (RSF) berada di balik serangan itu": the one an accuser blames is
    the actor of the attack told before, and of the accuser's own retelling that names it by its kind."""
    from .conftest import run_text
    a = run_text(tmp_path, "Kamis, 11 November 2027 20:15 WIB\n\nSebuah pangkalan militer di Kota Kosti, Sudan, diserang sejumlah drone pada Kamis (11/11) "
                           "dini hari.\n\nJuru bicara militer, Brigjen Nabil Abdallah, menuding Pasukan Dukungan Cepat "
                           "(RSF) berada di balik serangan itu.\n\n\"Milisi pemberontak kembali menyerang. Dua prajurit "
                           "tewas,\" kata Nabil.\n")
    attacks = [[p.name for p in e.actors] for e in a.events if e.type == "ASSAULT"]
    assert attacks and all(x == ["Pasukan Dukungan Cepat (RSF)"] for x in attacks), attacks


def test_a_group_named_after_its_country_claims_as_itself(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Tehrik-i-Taliban Pakistan (TTP) mengaku bertanggung jawab": the group, not the state of Pakistan."""
    from .conftest import run_text
    a = run_text(tmp_path, "Seorang pelaku bom bunuh diri meledakkan diri di sebuah pasar di Kota Bannu, Pakistan, "
                           "pada Jumat (12/11), menewaskan 17 orang.\n\nTehrik-i-Taliban Pakistan (TTP) mengaku "
                           "bertanggung jawab atas serangan itu.\n")
    assert [[p.name for p in e.actors] for e in a.events if e.type == "ASSAULT"] == [["Tehrik-i-Taliban Pakistan (TTP)"]]


def test_those_struck_by_a_throw_are_its_targets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Dua penumpang dan seorang sopir terluka terkena lemparan botol": the hit, not the throwers."""
    from .conftest import run_text

    a = run_text(tmp_path, "Suporter yang kecewa melempari bus tim tamu dengan botol di luar stadion, Minggu (3/4). Dua "
                           "penumpang dan seorang sopir mengalami luka terkena lemparan botol.\n")
    e = next(e for e in a.events if e.trigger == "lemparan")
    assert ([p.name for p in e.actors], [p.name for p in e.targets]) == ([], ["Dua penumpang", "seorang sopir"])


def test_the_doers_of_the_event_continued_follow_it(res) -> None:  # type: ignore[no-untyped-def]
    """"Aksi itu merupakan lanjutan dari unjuk rasa ratusan mahasiswa ...": "merupakan" governs the new
    action, not the protest after "dari", whose doers follow it."""
    actors, _ = _roles("Aksi itu merupakan lanjutan dari unjuk rasa ratusan mahasiswa di tempat yang sama.", res)
    assert actors and actors[0][0] == "ratusan mahasiswa", actors


def test_a_claim_names_the_armed_men_and_keeps_its_region(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Puluhan pria bersenjata menyerbu penjara ... Kelompok Negara Islam di Sahel (ISSahel) mengklaim bertanggung
    jawab": men told only by their arms are an unnamed attacker the claim names, with its region and short form."""
    from .conftest import run_text
    a = run_text(tmp_path, "Puluhan pria bersenjata menyerbu sebuah penjara di dekat Niamey, Niger, pada Selasa (6/7/2027) "
                           "malam, menewaskan tiga sipir.\n\nKelompok Negara Islam di Sahel (ISSahel) mengklaim "
                           "bertanggung jawab atas serangan itu.\n")
    assert [[p.name for p in e.actors] for e in a.events if e.type == "ASSAULT"] == \
        [["Kelompok Negara Islam di Sahel (ISSahel)"]]
