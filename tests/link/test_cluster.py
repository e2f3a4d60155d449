"""Event coreference: same event across reports merges, distinct events stay apart."""

from __future__ import annotations

import pytest

from linimasa.link.cluster import cluster_events, event_info, score
from linimasa.model import Event, Passage

from .helpers import event

ARMY = ("TNI", "ID")
GROUP = ("kelompok bersenjata", None)
CIV = ("warga sipil", None)


def _groups(events: list[Event], passages: list[Passage] | None = None) -> set[frozenset[str]]:
    infos = [event_info(e) for e in events]
    return {frozenset(events[i].id for i in g) for g in cluster_events(infos, passages or [], 0.5)}


def test_same_clash_reported_by_three_outlets_merges() -> None:
    evs = [
        event("a-1", "a", place="Intan Jaya", admin1="Papua Tengah", actors=(GROUP,), targets=(ARMY,)),
        event("b-1", "b", place="Intan Jaya", admin1="Papua Tengah", actors=(GROUP,), targets=(ARMY,)),
        event("c-1", "c", place="Intan Jaya", admin1="Papua Tengah", actors=(GROUP,), date="2024-03-05"),
    ]
    assert _groups(evs) == {frozenset({"a-1", "b-1", "c-1"})}


@pytest.mark.parametrize(
    ("place_a", "admin_a", "place_b", "admin_b", "merged"),
    [
        ("Intan Jaya", "Papua Tengah", "Puncak Jaya", "Papua Tengah", False),  # two towns, one province
        ("Intan Jaya", "Papua Tengah", "Nduga", "Papua Pegunungan", False),  # two provinces
        ("Intan Jaya", None, "Sugapa", None, False),  # two places, no province known
        ("Intan Jaya", "Papua Tengah", "Intan Jaya", "Papua Tengah", True),
        ("Kabupaten Intan Jaya", None, "Intan Jaya", None, True),  # one name inside the other
    ],
)
def test_same_day_clashes_in_different_places_stay_apart(place_a: str, admin_a: str | None, place_b: str,
                                                         admin_b: str | None, merged: bool) -> None:
    evs = [
        event("a-1", "a", place=place_a, admin1=admin_a, actors=(GROUP,), targets=(ARMY,)),
        event("b-1", "b", place=place_b, admin1=admin_b, actors=(GROUP,), targets=(ARMY,)),
    ]
    assert (len(_groups(evs)) == 1) is merged


@pytest.mark.parametrize(
    ("date_a", "prec_a", "date_b", "prec_b", "merged"),
    [
        ("2024-03-04", "day", "2024-03-04", "day", True),
        ("2024-03-04", "day", "2024-03-05", "day", True),  # one day of slack (reported next day)
        ("2024-03-04", "day", "2024-03-09", "day", False),
        ("2024-03", "month", "2024-03-04", "day", True),  # "awal Maret" vs an exact day
        ("2024-02", "month", "2024-03-04", "day", False),
    ],
)
def test_date_window_follows_precision(date_a: str, prec_a: str, date_b: str, prec_b: str, merged: bool) -> None:
    evs = [
        event("a-1", "a", date=date_a, precision=prec_a, place="Intan Jaya", actors=(GROUP,)),
        event("b-1", "b", date=date_b, precision=prec_b, place="Intan Jaya", actors=(GROUP,)),
    ]
    assert (len(_groups(evs)) == 1) is merged


def test_different_types_and_opposite_actors_stay_apart() -> None:
    evs = [
        event("a-1", "a", "ASSAULT", actors=(("Israel", "IL"),), targets=(CIV,), place="Gaza", country="PS"),
        event("b-1", "b", "AGREE", actors=(("Israel", "IL"),), place="Gaza", country="PS"),
        event("c-1", "c", "ASSAULT", actors=(("Hamas", "PS"),), targets=(("tentara Israel", "IL"),),
              place="Gaza", country="PS"),
    ]
    assert len(_groups(evs)) == 3


def test_historical_background_events_merge() -> None:
    common = {"date": "1999", "precision": "year", "place": "Timor Timur", "country": "TL", "historical": True}
    evs = [
        event("a-h", "a", "AGREE", actors=(("PBB", None),), **common),  # type: ignore[arg-type]
        event("b-h", "b", "AGREE", actors=(("PBB", None),), **common),  # type: ignore[arg-type]
        event("c-h", "c", "AGREE", actors=(("PBB", None),), **{**common, "date": "1975"}),  # type: ignore[arg-type]
        event("a-now", "a", "AGREE", actors=(("PBB", None),), place="Timor Timur", country="TL"),
    ]
    assert _groups(evs) == {frozenset({"a-h", "b-h"}), frozenset({"c-h"}), frozenset({"a-now"})}


def test_near_years_merge_only_with_full_agreement() -> None:
    base = {"precision": "year", "place": "Aceh", "admin1": "Aceh", "historical": True}
    same = [event("a", "a", "ASSAULT", date="1989", actors=(ARMY,), **base),  # type: ignore[arg-type]
            event("b", "b", "ASSAULT", date="1990", actors=(ARMY,), **base)]  # type: ignore[arg-type]
    other_actor = [same[0], event("c", "c", "ASSAULT", date="1990", actors=(GROUP,), **base)]  # type: ignore[arg-type]
    assert len(_groups(same)) == 1
    assert len(_groups(other_actor)) == 2


def test_copies_of_one_wire_sentence_merge_despite_dates() -> None:
    text = "Pasukan keamanan menembak mati dua anggota kelompok bersenjata di Sugapa"
    a = event("a-1", "a", date="2024-03-04", place="Sugapa", actors=(ARMY,), sentence=text, start=10)
    b = event("b-1", "b", date="2023-03-04", place="Sugapa", actors=(ARMY,), sentence=text, start=40)
    assert score(event_info(a), event_info(b)) is None  # dates alone forbid it ...
    p = Passage("a", 0, 200, "", "b", 30, 230, "", 0.9)
    assert _groups([a, b], [p]) == {frozenset({"a-1", "b-1"})}  # ... the shared passage overrides


def test_average_link_respects_cannot_link() -> None:
    # a month-level report bridges two same-day clashes in different towns: it may join one, never both
    evs = [
        event("a-1", "a", place="Intan Jaya", admin1="Papua Tengah", actors=(GROUP,)),
        event("b-1", "b", place="Puncak", admin1="Papua Tengah", actors=(GROUP,)),
        event("c-1", "c", date="2024-03", precision="month", actors=(GROUP,), place=None),
    ]
    groups = _groups(evs)
    assert not any({"a-1", "b-1"} <= g for g in groups)
    assert sum(len(g) for g in groups) == 3


def test_crowded_blocks_compare_only_events_sharing_an_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    from linimasa.link import cluster

    monkeypatch.setattr(cluster, "BLOCK_MAX", 2)
    evs = [event("a", "a", place="Sugapa", actors=(GROUP,)), event("b", "b", place="Sugapa"),
           event("c", "c", place="Dekai"), event("d", "d", place="Wamena", actors=(GROUP,))]
    pairs = cluster.candidate_pairs([event_info(e) for e in evs])
    assert pairs == {(0, 1), (0, 3)}


def _placed(eid: str, aid: str, name: str, lat: float, lon: float) -> Event:
    e = event(eid, aid, type_="COERCE", place=name, admin1="Sulawesi Tengah", actors=(("Satgas Madago Raya", None),))
    assert e.location is not None
    e.location.lat, e.location.lon, e.location.precision = lat, lon, "admin"
    return e


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        (("Kota Palu", -0.90, 119.87), ("Lage", -1.40, 120.75), False),  # a city and a district ~110 km apart
        (("Kabupaten Poso", -1.65, 120.50), ("Tambarana", -1.18, 120.55), True),  # a village in its regency
        (("Palu Selatan", -0.93, 119.89), ("Tatura Utara", -0.91, 119.88), True),  # two neighbourhoods of a town
    ],
)
def test_places_too_far_apart_cannot_be_one_incident(a: tuple[str, float, float], b: tuple[str, float, float],
                                                     merged: bool) -> None:
    evs = [_placed("a-1", "a", *a), _placed("b-1", "b", *b)]
    assert (len(_groups(evs)) == 1) is merged


def test_a_stated_publication_day_is_not_widened_to_the_report_window() -> None:
    told = event("a-1", "a", date="2024-03-05")
    told.date_stated = True
    fallback = event("b-1", "b", date="2024-03-05")
    assert event_info(told, "2024-03-05").precision == 0  # "Selasa (5/3)" in its own clause: that day
    assert event_info(fallback, "2024-03-05").precision == 1  # undated, so dated by publication: that week


def test_a_landmark_no_gazetteer_knows_does_not_keep_two_tellings_apart() -> None:
    known = event("a-1", "a", place="Kota Administrasi Jakarta Pusat", admin1="DKI Jakarta", actors=(CIV,))
    assert known.location is not None
    known.location.lat, known.location.lon = -6.21, 106.85
    landmark = event("b-1", "b", place="Patung Kuda", actors=(CIV,))
    assert _groups([known, landmark]) == {frozenset({"a-1", "b-1"})}


def test_events_of_two_kinds_in_one_city_merge_only_when_they_share_someone() -> None:
    bomb = event("a-1", "a", "ASSAULT", place="Makassar", fatalities=2)
    trucks = event("b-1", "b", "MOBILIZE", place="Makassar")  # fire engines sent to a market fire
    assert score(event_info(bomb), event_info(trucks)) is None
    raid = event("c-1", "c", "ASSAULT", actors=(("Densus 88", "ID"),), place="Makassar")
    arrest = event("d-1", "d", "COERCE", actors=(("Densus 88", "ID"),), place="Makassar")
    assert score(event_info(raid), event_info(arrest)) is not None


def test_events_placed_only_by_their_desk_and_sharing_nobody_stay_apart() -> None:
    from linimasa.model import Location
    a = event("a-1", "a", "DISASTER", place="Jakarta", kind="DISASTER")
    b = event("b-1", "b", "DISASTER", place="Jakarta", kind="DISASTER")
    for e in (a, b):
        assert e.location is not None
        e.location = Location(name="Jakarta", country="ID", precision="place", source="dateline")
    assert score(event_info(a), event_info(b)) is None
    b.location = Location(name="Jakarta", country="ID", precision="place", source="sentence")
    assert score(event_info(a), event_info(b)) is not None


def _with_sector(e: Event, sector: str) -> Event:
    for p in e.actors:
        p.sector = sector
    return e


def test_sharing_only_a_sector_says_less_than_sharing_a_name() -> None:
    """Two reports whose actors are only "warga" and "massa" (civilians) agree less than two naming
    one party: generic actors alone must not pull unrelated incidents of one town together."""
    named = score(event_info(_with_sector(event("a-1", "a", place="Sigi", actors=(("warga Desa Bora", None),)), "civilian")),
                  event_info(_with_sector(event("b-1", "b", place="Sigi", actors=(("warga Desa Bora", None),)), "civilian")))
    generic = score(event_info(_with_sector(event("a-1", "a", place="Sigi", actors=(("warga", None),)), "civilian")),
                    event_info(_with_sector(event("b-1", "b", place="Sigi", actors=(("massa", None),)), "civilian")))
    assert named is not None and generic is not None and named > generic > 0.5


@pytest.mark.parametrize(("dead_a", "dead_b", "agree"), [(1, 1, True), (20, 21, True), (5, 40, False), (None, 3, False)])
def test_close_tolls_add_to_the_agreement_and_far_ones_take_nothing(dead_a: int | None, dead_b: int | None,
                                                                   agree: bool) -> None:
    junta = (("militer Myanmar", "MM"),)
    base = score(event_info(event("a-1", "a", place="Sagaing", country="MM", actors=junta)),
                 event_info(event("b-1", "b", place="Sagaing", country="MM", actors=junta)))
    s = score(event_info(event("a-1", "a", place="Sagaing", country="MM", actors=junta, fatalities=dead_a)),
              event_info(event("b-1", "b", place="Sagaing", country="MM", actors=junta, fatalities=dead_b)))
    assert base is not None and s is not None
    assert (s > base) is agree and s >= base


def test_a_retold_clash_joins_the_clash_not_the_arson_told_beside_it() -> None:
    """Article a tells a village clash (one dead) and the houses burned in it as two events; b retells
    the clash. With only civilians acting, the toll decides which of a's events b's clash is."""
    a_clash = _with_sector(event("a-1", "a", place="Watu", admin1="Sulawesi Tengah", fatalities=1,
                                 actors=(("antarwarga Desa Watu", None),)), "civilian")  # the village
    a_fire = _with_sector(event("a-2", "a", "COERCE", place="Dolo", admin1="Sulawesi Tengah",
                                actors=(("massa", None),)), "civilian")  # its district
    b_clash = _with_sector(event("b-1", "b", place="Dolo", admin1="Sulawesi Tengah", actors=(("warga", None),),
                                 fatalities=1), "civilian")
    a_fire.mode = "destroy"
    for e in (a_clash, a_fire, b_clash):
        assert e.location is not None
        e.location.precision = "admin"
    assert frozenset({"a-1", "b-1"}) in _groups([a_clash, a_fire, b_clash])


def test_reports_sharing_nobody_need_a_toll_in_common() -> None:
    """Two arrests in one city on one day with no party in common are two arrests; two unclaimed
    blasts there with the same toll may be one."""
    arrests = [event("a-1", "a", "COERCE", place="Medan"), event("b-1", "b", "COERCE", place="Medan")]
    assert score(event_info(arrests[0]), event_info(arrests[1])) is None
    blasts = [event("a-1", "a", place="Medan", fatalities=3), event("b-1", "b", place="Medan", fatalities=3)]
    assert score(event_info(blasts[0]), event_info(blasts[1])) is not None


def test_a_demand_is_one_across_reports_only_when_one_party_makes_it() -> None:
    a = event("a-1", "a", "REQUEST", place="Jakarta", actors=(("Polda Metro Jaya", None),))
    b = event("b-1", "b", "REQUEST", place="Jakarta", actors=(("KPU", None),))
    c = event("c-1", "c", "REQUEST", place="Jakarta", actors=(("Polda Metro Jaya", None),))
    assert score(event_info(a), event_info(b)) is None and score(event_info(a), event_info(c)) is not None


def test_generic_parties_with_different_targets_are_two_incidents() -> None:
    a = event("a-1", "a", "COERCE", place="Medan", actors=(("Polisi", None),), targets=(("dua pelaku", None),))
    b = event("b-1", "b", "COERCE", place="Medan", actors=(("Polisi", None),), targets=(("seorang sopir", None),))
    for e in (a, b):
        e.actors[0].sector = "police"
    assert score(event_info(a), event_info(b)) is None


def test_two_hazards_no_telling_confuses_stay_apart() -> None:
    fire = event("a-1", "a", "DISASTER", place="Bogor", kind="DISASTER")
    flood = event("b-1", "b", "DISASTER", place="Bogor", kind="DISASTER")
    slide = event("c-1", "c", "DISASTER", place="Bogor", kind="DISASTER")
    fire.mode, flood.mode, slide.mode = "fire", "flood", "landslide"
    assert score(event_info(fire), event_info(flood)) is None
    assert score(event_info(flood), event_info(slide)) is not None


def test_sharing_only_a_kind_of_victim_needs_a_place_below_the_country() -> None:
    """"seorang ibu yang disandera" somewhere in Indonesia and "lima orang ditemukan tewas" in a
    Medan neighbourhood on the same day: the same kind of victims, but nothing else in common."""
    somewhere = event("a-1", "a", place="Indonesia", targets=(CIV,))
    assert somewhere.location is not None
    somewhere.location.precision = "country"
    there = event("b-1", "b", place="Mabar", admin1="Sumatera Utara", targets=(CIV,))
    assert _groups([somewhere, there]) == {frozenset({"a-1"}), frozenset({"b-1"})}
    again = event("c-1", "c", place="Mabar", admin1="Sumatera Utara", targets=(CIV,))  # one place: one incident
    assert _groups([there, again]) == {frozenset({"b-1", "c-1"})}


@pytest.mark.parametrize(
    ("date_b", "stated_b", "held_b", "apart"),
    [
        ("2024-03-05", True, 3, True),  # next day, told with its own day, three held instead of two: another arrest
        ("2024-03-05", True, 2, False),  # the same two held: one arrest told a day apart may stay one
        ("2024-03-04", True, 3, False),  # the same day: a count revised
        ("2024-03-05", False, 3, False),  # dated only by its report: may be the same arrest
    ],
)
def test_one_units_arrests_on_two_stated_days_with_two_counts_stay_apart(date_b: str, stated_b: bool, held_b: int,
                                                                         apart: bool) -> None:
    unit = (("Satreskrim Polresta Jambi", None),)
    a = event("a-1", "a", "COERCE", place="Jambi", actors=unit, targets=(("dua pria", None),))
    b = event("b-1", "b", "COERCE", place="Jambi", actors=unit, targets=(("tiga pelaku", None),), date=date_b)
    for e, held, stated in ((a, 2, True), (b, held_b, stated_b)):
        e.mode, e.captured, e.date_stated = "arrest", held, stated
    assert (score(event_info(a), event_info(b)) is None) is apart


@pytest.mark.parametrize(("sent_b", "apart"), [
    ("Rumah itu terbakar di Kelurahan Sungai Jingah, Kecamatan Banjarmasin Utara, Selasa malam.", True),
    ("Api menghanguskan kios-kios di pasar di Kecamatan Banjarmasin Barat, Selasa pagi.", False),  # the same kecamatan
    ("Api menghanguskan kios-kios di pasar itu, Selasa pagi.", False),  # no kecamatan told: the other rules decide
])
def test_two_fires_told_in_two_kecamatan_of_one_city_stay_apart(sent_b: str, apart: bool) -> None:
    sent_a = "Kebakaran melanda pasar di Kecamatan Banjarmasin Barat, Kota Banjarmasin, Selasa pagi."
    a = event("a-1", "a", "DISASTER", place="Kota Banjarmasin", sentence=sent_a, kind="DISASTER")
    b = event("b-1", "b", "DISASTER", place="Kota Banjarmasin", sentence=sent_b, kind="DISASTER")
    for e in (a, b):
        e.mode, e.date_stated = "fire", True
    assert (score(event_info(a), event_info(b)) is None) is apart


@pytest.mark.parametrize(("actor_b", "apart"), [
    ("Ratusan pengemudi ojek online", True),  # workers and drivers: two bodies
    ("Ribuan mahasiswa", True),
    ("Massa aksi", False),  # a crowd word may be either: the other rules decide
    ("Ribuan pekerja pabrik", False),  # another word for the same kind
])
def test_two_kinds_of_crowd_in_one_city_on_one_day_stay_apart(actor_b: str, apart: bool) -> None:
    from linimasa.model import Location
    a = event("a-1", "a", "PROTEST", place="Senayan", actors=(("Ribuan buruh", None),))
    b = event("b-1", "b", "PROTEST", place="Senayan", actors=((actor_b, None),))
    for e in (a, b):
        e.location = Location(name="Senayan", country="ID", admin1="Daerah Khusus Ibukota Jakarta", precision="admin")
        e.actors[0].sector = "civilian"
    assert (score(event_info(a), event_info(b)) is None) is apart


def test_a_region_holds_its_towns() -> None:
    """A town and the first-level region told as "wilayah X" (its own admin1), 80 km apart, may
    hold one attack; two towns that far apart may not."""
    from linimasa.model import Location
    town = Location(name="Ayorou", country="NE", lat=14.73, lon=0.92, precision="place")
    region = Location(name="Tillabéri", country="NE", admin1="Tillabéri", lat=14.21, lon=1.45, precision="admin")
    other_town = Location(name="Tillabéri", country="NE", lat=14.21, lon=1.45, precision="place")
    gunmen = (("Jama'at Nusrat al-Islam", None),)
    a = event("a-1", "a", place="Ayorou", country="NE", actors=gunmen)
    b = event("b-1", "b", place="Tillabéri", country="NE", actors=gunmen)
    a.location, b.location = town, region
    assert score(event_info(a), event_info(b)) is not None
    b.location = other_town
    assert score(event_info(a), event_info(b)) is None


@pytest.mark.parametrize(("crowd_b", "apart"), [
    ("Puluhan mahasiswa Universitas Negeri", True),  # drivers and students: two protests
    ("ratusan sopir", False),  # the same kind of crowd, counted otherwise
    ("Massa", False),  # a crowd of no kind may be anyone's
    ("Ribuan sopir dan mahasiswa", False),  # a joint protest holds both
])
def test_two_kinds_of_crowd_protesting_in_one_city_on_one_day_stay_apart(crowd_b: str, apart: bool) -> None:
    a = event("a-1", "a", "PROTEST", place="Kota Makassar", admin1="Sulawesi Selatan",
              actors=(("Ratusan sopir angkutan kota", None),))
    b = event("b-1", "b", "PROTEST", place="Kota Makassar", admin1="Sulawesi Selatan", actors=((crowd_b, None),))
    for e in (a, b):
        e.actors[0].sector = "civilian"
        e.date_stated = True
        assert e.location is not None
        e.location.source = "sentence"
    assert (_groups([a, b]) == {frozenset({"a-1"}), frozenset({"b-1"})}) is apart


def test_one_institution_named_in_two_ways_is_one_target() -> None:
    """"di depan Kantor DPRD Sulawesi Selatan" and "di depan Kantor DPRD Sulsel": one target, the
    building standing for the institution and the province written out."""
    from linimasa.link.parties import institution_key
    assert institution_key("Kantor DPRD Sulawesi Selatan") == institution_key("DPRD Sulsel") \
        == "inst:dewan perwakilan rakyat daerah sulawesi selatan"
    assert institution_key("DPRD Jatim") != institution_key("DPRD Sulsel")
    drivers = (("Ratusan sopir", None),)
    a = event("a-1", "a", "PROTEST", place="Kota Makassar", admin1="Sulawesi Selatan", actors=drivers,
              targets=(("Kantor DPRD Sulawesi Selatan", None),))
    b = event("b-1", "b", "PROTEST", place="Kota Makassar", admin1="Sulawesi Selatan", actors=drivers,
              targets=(("DPRD Sulsel", None),))
    a.targets[0].entity_id, b.targets[0].entity_id = "LOC:kantor dprd sulawesi selatan|", "ORG:dprd sulsel|"
    for e in (a, b):
        e.actors[0].sector = "civilian"
    assert _groups([a, b]) == {frozenset({"a-1", "b-1"})}


@pytest.mark.parametrize(("sent_b", "apart"), [
    ("Gempa susulan bermagnitudo 5,3 kembali mengguncang Kabupaten Majene, Kamis malam.", True),
    ("Gempa bermagnitudo 6,1 yang mengguncang Kabupaten Majene merusak ratusan rumah.", False),  # the main quake retold
])
def test_a_quake_and_its_aftershock_stay_apart(sent_b: str, apart: bool) -> None:
    sent_a = "Gempa bermagnitudo 6,1 mengguncang Kabupaten Majene, Rabu dini hari, menewaskan tujuh warga."
    a = event("a-1", "a", "DISASTER", place="Kabupaten Majene", sentence=sent_a, kind="DISASTER")
    b = event("b-1", "b", "DISASTER", place="Kabupaten Majene", sentence=sent_b, kind="DISASTER", date="2024-03-05")
    for e in (a, b):
        e.mode, e.date_stated, e.trigger, e.trigger_end = "earthquake", True, "Gempa", e.trigger_start + 5
    assert (score(event_info(a), event_info(b)) is None) is apart


@pytest.mark.parametrize(("unit_b", "apart"), [
    ("Satresnarkoba Polres Lumajang", True),  # the police of the next regency: another raid
    ("Satresnarkoba Polres Jember", False),  # the same unit: one raid told twice
    ("Polda Jawa Timur", False),  # the province's police may announce its Polres's raid
    ("Polisi", False),  # an unnamed police: the other rules decide
])
def test_two_territorial_units_of_one_rank_are_two_operations(unit_b: str, apart: bool) -> None:
    """Two drug raids on one day in two villages ~15 km apart across a regency border: the
    places and the sector agree, only the units tell them apart."""
    a = event("a-1", "a", "COERCE", place="Padomasan", admin1="Jawa Timur",
              actors=(("Satresnarkoba Polres Jember", None),))
    b = event("b-1", "b", "COERCE", place="Krai", admin1="Jawa Timur", actors=((unit_b, None),))
    from linimasa.model import Location
    for e, (name, lat, lon) in ((a, ("Padomasan", -8.26, 113.40)), (b, ("Krai", -8.24, 113.28))):
        e.location = Location(name=name, country="ID", admin1="Jawa Timur", lat=lat, lon=lon, precision="admin")
        e.mode, e.date_stated = "arrest", True
        e.actors[0].sector = "police"
    assert (score(event_info(a), event_info(b)) is None) is apart


def test_a_riot_told_as_a_protest_and_as_a_clash_is_one() -> None:
    a = event("a-1", "a", "PROTEST", place="Solo", actors=(("suporter", None),))
    b = event("b-1", "b", "ASSAULT", place="Solo", targets=(("suporter", None),))
    c = event("c-1", "c", "ASSAULT", place="Solo", actors=(("mahasiswa", None),))
    b.mode = c.mode = "clash"
    assert score(event_info(a), event_info(b)) is not None
    assert _groups([a, b]) == {frozenset({"a-1", "b-1"})}
    assert score(event_info(a), event_info(c)) is None  # students clashing: another crowd


def test_an_office_and_its_holder_named_are_one_party() -> None:
    a = event("a-1", "a", "ACCUSE", place="Solo", actors=(("Arif Wicaksana", None),),
              sentence="Menteri Pemuda dan Olahraga (Menpora) Arif Wicaksana mengecam kericuhan itu.")
    b = event("b-1", "b", "ACCUSE", place="Solo", actors=(("Menteri Pemuda", None),),
              sentence="Sebelumnya, Menteri Pemuda dan Olahraga mengecam kericuhan tersebut.")
    c = event("c-1", "c", "ACCUSE", place="Solo", actors=(("Budi Santoso", None),),
              sentence="Menteri Perhubungan Budi Santoso mengecam kericuhan itu.")
    assert score(event_info(a), event_info(b)) is not None
    assert score(event_info(a), event_info(c)) is None and score(event_info(b), event_info(c)) is None


@pytest.mark.parametrize(("crowd_b", "apart"), [
    ("Ratusan pekerja PT Krakatau Baja Mandiri", True),  # another company's workers, another city
    ("Ratusan buruh PT Sinar Garmen Abadi", False),  # the same company's strike told again
    ("Ribuan buruh PT Sinar Garmen", False),  # its name written short
    ("ribuan buruh pabrik garmen", False),  # no company named: the other rules decide
])
def test_workers_of_two_named_companies_are_two_protests(crowd_b: str, apart: bool) -> None:
    """A strike in Cikande and steel workers' protest in Cilegon on one day in one province:
    both crowds are workers, both places regencies of Banten; only the companies tell them apart."""
    a = event("a-1", "a", "PROTEST", place="Cikande", admin1="Banten", actors=(("Ribuan buruh PT Sinar Garmen Abadi", None),))
    b = event("b-1", "b", "PROTEST", place="Cilegon", admin1="Banten", actors=((crowd_b, None),))
    from linimasa.model import Location
    for e, (name, lat, lon) in ((a, ("Cikande", -6.20, 106.34)), (b, ("Cilegon", -6.00, 106.05))):
        e.location = Location(name=name, country="ID", admin1="Banten", lat=lat, lon=lon, precision="admin")
    assert (score(event_info(a), event_info(b)) is None) is apart


@pytest.mark.parametrize("on_province_point,apart", [(True, False), (False, True)])
def test_a_regency_on_its_provinces_point_tells_no_distance(on_province_point: bool, apart: bool) -> None:
    """"OTT di Kabupaten Lamandau" and "ditangkap dalam OTT di Nanga Bulik" (its capital): the
    gazetteer has no point of the regency's own and stands it on its province's, some 290 km from
    the town; that is no distance. A regency with its own point that far off is too far."""
    from linimasa.geo import load_gazetteer
    from linimasa.model import Location

    prov = next(p for p in load_gazetteer().lookup("Kalimantan Tengah") if p.feature == "admin1")
    lat, lon = (prov.lat, prov.lon) if on_province_point else (-2.59, 114.10)
    a = event("a-1", "a", "COERCE", place="Kabupaten Lamandau", admin1="Kalimantan Tengah",
              targets=(("Hendra Saputra", None),))
    b = event("b-1", "b", "COERCE", place="Nanga Bulik", admin1="Kalimantan Tengah", targets=(("Hendra Saputra", None),))
    a.location = Location(name="Kabupaten Lamandau", country="ID", admin1="Kalimantan Tengah", lat=lat, lon=lon,
                          precision="admin")
    b.location = Location(name="Nanga Bulik", country="ID", admin1="Kalimantan Tengah", lat=-2.1624, lon=111.4885,
                          precision="place")
    assert (score(event_info(a), event_info(b)) is None) is apart


@pytest.mark.parametrize(("crowd_b", "apart"), [
    ("Dua kelompok penonton", True),  # a concert's crowd and a match's supporters: two brawls
    ("Ratusan suporter tuan rumah", False),
])
def test_spectators_and_supporters_brawling_in_one_province_on_one_evening_stay_apart(crowd_b: str, apart: bool) -> None:
    a = event("a-1", "a", "ASSAULT", place="Jawa Tengah", admin1="Jawa Tengah", actors=(("Suporter tim tuan rumah", None),))
    b = event("b-1", "b", "ASSAULT", place="Jawa Tengah", admin1="Jawa Tengah", actors=((crowd_b, None),))
    for e in (a, b):
        e.actors[0].sector = "civilian"
        e.date_stated = True
        assert e.location is not None
        e.location.source = "sentence"
    assert (_groups([a, b]) == {frozenset({"a-1"}), frozenset({"b-1"})}) is apart


@pytest.mark.parametrize(("held_b", "joined"), [
    ("Hendra Saputra", True),  # the regent named in both: one arrest, though one counts eight held and one the man
    ("Rudi Hartono", False),  # another man held in the province that week
])
def test_one_person_named_in_two_arrests_is_one_arrest(held_b: str, joined: bool) -> None:
    from linimasa.model import Location

    a = event("a-1", "a", "COERCE", date="2027-10-13", actors=(("KPK", None),), targets=(("Hendra Saputra", None),),
              sentence="Bupati Lamandau, Hendra Saputra, ikut diamankan dalam operasi senyap tersebut.")
    b = event("b-1", "b", "COERCE", date="2027-10-13", targets=((held_b, None),),
              sentence=f"{held_b} ditangkap dalam operasi tangkap tangan di Nanga Bulik, sehari sebelumnya.")
    a.actors[0].sector = "police"
    a.captured, b.captured = 8, 1
    for e in (a, b):
        e.targets[0].entity_id = "PER:" + e.targets[0].name.lower()
    a.location = Location(name="Kabupaten Lamandau", country="ID", admin1="Kalimantan Tengah", precision="admin",
                          source="context")
    b.location = Location(name="Nanga Bulik", country="ID", admin1="Kalimantan Tengah", precision="place",
                          source="sentence")
    b.date_stated = True
    got = score(event_info(a, "2027-10-13"), event_info(b, "2027-10-14"))
    assert (got is not None and got >= 0.5) is joined, got


@pytest.mark.parametrize(("sentence_b", "published_b", "merged"), [
    ("Jumlah korban tewas akibat serangan bom di Kota Bannu bertambah menjadi 26 orang, kata polisi.", "2024-03-05", True),
    ("Sedikitnya 26 orang tewas dalam serangan bom di Kota Bannu, kata polisi.", "2024-03-05", False),  # no rise told
    ("Jumlah korban tewas akibat serangan bom di Kota Bannu bertambah menjadi 26 orang, kata polisi.", "2024-03-03", False),
])
def test_a_toll_told_as_rising_agrees_with_the_smaller_count_reported_before(sentence_b: str, published_b: str,
                                                                             merged: bool) -> None:
    """"Sedikitnya 17 orang tewas" on the day, "bertambah menjadi 26 orang" the next: one bombing
    told as its toll grew, though the counts lie too far apart to be two outlets' drift; a report
    published before the smaller count cannot have seen it rise from it."""
    a = event("a-1", "a", place="Bannu", country="PK", fatalities=17,
              sentence="Sedikitnya 17 orang tewas ketika seorang pelaku bom bunuh diri meledakkan diri di Kota Bannu.")
    b = event("b-1", "b", place="Bannu", country="PK", fatalities=26, sentence=sentence_b)
    for e in (a, b):
        assert e.location is not None
        e.location.source = "sentence"
    got = score(event_info(a, "2024-03-04"), event_info(b, published_b))
    assert (got is not None) is merged


def test_one_riot_at_one_place_on_one_stated_day_though_nobody_is_named() -> None:
    """"Kerusuhan pecah di Lapas ... Sorong, Selasa (16/11) malam" and "Kericuhan terjadi pada Selasa
    (16/11) malam, saat puluhan warga binaan ...": a riot names nobody as rioting, yet one place
    sees one riot a day; two protests so told stay apart."""
    def riot(eid: str, art: str, mode: str, date: str = "2024-03-04") -> Event:
        e = event(eid, art, "PROTEST", place="Kota Sorong", admin1="Papua Barat Daya", date=date)
        e.mode, e.date_stated = mode, True
        assert e.location is not None
        e.location.source = "sentence"
        return e
    assert score(event_info(riot("a-1", "a", "riot")), event_info(riot("b-1", "b", "riot"))) is not None
    assert score(event_info(riot("a-1", "a", "riot")), event_info(riot("b-1", "b", "riot", "2024-03-05"))) is None
    assert score(event_info(riot("a-1", "a", "protest")), event_info(riot("b-1", "b", "protest"))) is None


@pytest.mark.parametrize(("sentence_b", "apart"), [
    ("Ribuan orang kembali berdemonstrasi di depan Kedutaan Besar Myanmar, Sabtu (27/11/2027).", True),
    ("Ribuan orang berdemonstrasi di depan Kedutaan Besar Myanmar, Sabtu (27/11/2027).", False),  # a day's drift
])
def test_a_crowd_back_again_on_the_next_stated_day_is_a_second_protest(sentence_b: str, apart: bool) -> None:
    """"Ratusan mahasiswa berunjuk rasa di depan Kedubes X, Jumat" and "Ribuan orang ... kembali
    berdemonstrasi di depan Kedubes X, Sabtu": the crowd came back, two protests, though one place and
    days a day apart (without "kembali" outlets' days may drift by one)."""
    a = event("a-1", "a", "PROTEST", date="2027-11-26", place="Jakarta Pusat", admin1="DKI Jakarta",
              actors=(("Ratusan mahasiswa", None),),
              sentence="Ratusan mahasiswa berunjuk rasa di depan Kedutaan Besar Myanmar, Jumat (26/11/2027).")
    b = event("b-1", "b", "PROTEST", date="2027-11-27", place="Jakarta Pusat", admin1="DKI Jakarta",
              actors=(("mahasiswa", None),), sentence=sentence_b)
    trig = "berdemonstrasi"
    b.trigger, b.trigger_start = trig, sentence_b.index(trig)
    b.trigger_end = b.trigger_start + len(trig)
    for e in (a, b):
        e.actors[0].sector = "civilian"
        e.date_stated = True
        assert e.location is not None
        e.location.source = "sentence"
    assert (_groups([a, b]) == {frozenset({"a-1"}), frozenset({"b-1"})}) is apart
