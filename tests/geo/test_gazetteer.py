"""Gazetteer lookups, disambiguation and country/demonym helpers on Indonesian news forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.config import Settings
from linimasa.evaluate.events import run_pipeline
from linimasa.geo import Gazetteer, Place, load_gazetteer, to_location


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "feature", "country", "admin1"),
    [
        ("Rusia", "country", "RU", None),
        ("Federasi Rusia", "country", "RU", None),
        ("AS", "country", "US", None),
        ("Amerika Serikat", "country", "US", None),
        ("Korut", "country", "KP", None),
        ("Korsel", "country", "KR", None),
        ("Tiongkok", "country", "CN", None),
        ("RRT", "country", "CN", None),
        ("Prancis", "country", "FR", None),
        ("Inggris", "country", "GB", None),
        ("Timor-Leste", "country", "TL", None),
        ("Selandia Baru", "country", "NZ", None),
        ("Türkiye", "country", "TR", None),
        ("Jawa Barat", "admin1", "ID", "Jawa Barat"),
        ("jabar", "admin1", "ID", "Jawa Barat"),
        ("Provinsi Papua Pegunungan", "admin1", "ID", "Papua Pegunungan"),
        ("Kabupaten Bogor", "admin2", "ID", "Jawa Barat"),
        ("Kab. Bogor", "admin2", "ID", "Jawa Barat"),
        ("Kota Bandung", "admin2", "ID", "Jawa Barat"),
        ("Nduga", "admin2", "ID", "Papua Pegunungan"),
        ("Tepi Barat", "region", "PS", None),
        ("Krimea", "region", "UA", None),
        ("Nagorno-Karabakh", "region", "AZ", None),
        ("nagorno karabakh", "region", "AZ", None),
        ("Moskow", "city", "RU", None),
        ("Den Haag", "city", "NL", None),
    ],
)
def test_lookup_best_candidate(gaz: Gazetteer, name: str, feature: str, country: str, admin1: str | None) -> None:
    best = gaz.lookup(name)[0]
    assert (best.feature, best.country) == (feature, country)
    if admin1 is not None:
        assert best.admin1 == admin1
    assert best.lat is not None and best.lon is not None


@pytest.mark.parametrize(
    ("name", "expected_name"),
    [("Kota Bandung", "Kota Bandung"), ("Kabupaten Bandung", "Kabupaten Bandung"), ("Bandung", "Kota Bandung"),
     ("KOTA  bandung", "Kota Bandung"), ("Kabupaten Bogor", "Kabupaten Bogor")],
)
def test_kota_kabupaten_prefixes(gaz: Gazetteer, name: str, expected_name: str) -> None:
    assert gaz.lookup(name)[0].name == expected_name


def test_kabupaten_and_kota_of_one_name_are_placed_apart(gaz: Gazetteer) -> None:
    kab, kota = gaz.resolve("Kabupaten Bogor"), gaz.resolve("Kota Bogor")
    assert kab is not None and kota is not None
    assert (kab.lat, kab.lon) != (kota.lat, kota.lon)


def test_candidates_are_ranked_country_before_admin_before_town(gaz: Gazetteer) -> None:
    order = {"country": 0, "admin1": 1, "region": 2, "admin2": 3}
    for name in ("Papua", "Gaza", "Bandung", "Georgia"):
        # a division abroad named like another place ranks after it (see the tests at the end)
        ranks = [order.get(p.feature, 9) for p in gaz.lookup(name) if p.feature != "admin1" or p.country == "ID"]
        assert ranks[0] == min(ranks), name


@pytest.mark.parametrize(
    ("name", "kwargs", "country", "admin1"),
    [
        ("Georgia", {}, "GE", None),
        ("Bandung", {"admin_hint": "Jawa Timur"}, "ID", "Jawa Timur"),
        ("Sukamaju", {"admin_hint": "Kabupaten Bogor"}, "ID", "Jawa Barat"),
        ("Tripoli", {"country_hint": "LB"}, "LB", None),
        ("Tripoli", {}, "LY", None),
    ],
)
def test_resolve_with_hints(gaz: Gazetteer, name: str, kwargs: dict[str, str], country: str,
                            admin1: str | None) -> None:
    place = gaz.resolve(name, **kwargs)
    assert place is not None
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1


def test_village_found_within_its_kabupaten(gaz: Gazetteer) -> None:
    place = gaz.resolve("Desa Sukamaju", admin_hint="Bogor")
    assert place is not None and place.feature == "village"
    assert place.admin2 == "Kabupaten Bogor"


@pytest.mark.parametrize("kabupaten,near,km", [
    ("Kabupaten Bekasi", "Kota Bekasi", 40),  # no town of its name: around its namesake kota
    ("Kabupaten Alor", "Kalabahi", 60),  # no town of its name: where its desa are, not its province's middle
])
def test_a_kabupaten_without_a_namesake_town_is_placed_where_it_lies(gaz: Gazetteer, kabupaten: str, near: str,
                                                                     km: float) -> None:
    import math
    a, b = gaz.lookup(kabupaten)[0], gaz.lookup(near)[0]
    assert a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None
    d = 111 * math.hypot(a.lat - b.lat, (a.lon - b.lon) * math.cos(math.radians(a.lat)))
    assert d < km, (a, b, d)


def test_a_village_named_with_its_kind_word_is_found_whole(gaz: Gazetteer) -> None:
    """"Kampung Melayu" is a kelurahan's whole name, not a kampung called Melayu."""
    found = gaz.lookup("Kampung Melayu")
    assert any(p.feature == "village" and p.name == "Kampung Melayu" and p.admin1 == "Daerah Khusus Ibukota Jakarta"
               for p in found), [(p.name, p.admin1) for p in found]


def test_bare_village_name_repeated_across_indonesia_is_not_guessed(gaz: Gazetteer) -> None:
    only_villages = [p for p in gaz.lookup("Sukamaju", villages=True) if p.feature == "village"]
    assert len(only_villages) > 5


@pytest.mark.parametrize("name", ["", "   ", "Xyzzyqwerty", "-"])
def test_unknown_names(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) == []
    assert gaz.resolve(name) is None


@pytest.mark.parametrize(
    ("word", "iso2"),
    [("Armenia", "AM"), ("Azerbaijan", "AZ"), ("AS", "US"), ("Amerika", "US"), ("Arab", "SA"),
     ("Inggris", "GB"), ("Korut", "KP"), ("Moskow", "RU"), ("Papua", "ID"), ("Israeli", "IL"),
     ("Tepi Barat", "PS"), ("Kremlin", None), ("Budi", None)],
)
def test_country_of_modifier(gaz: Gazetteer, word: str, iso2: str | None) -> None:
    assert gaz.country_of(word) == iso2


@pytest.mark.parametrize(
    ("query", "iso2"),
    [("ID", "ID"), ("IDN", "ID"), ("Indonesia", "ID"), ("RI", "ID"), ("Korea Selatan", "KR"),
     ("Jawa Barat", None), ("Moskow", None)],
)
def test_country(gaz: Gazetteer, query: str, iso2: str | None) -> None:
    place = gaz.country(query)
    assert (place.country if place else None) == iso2


@pytest.mark.parametrize(
    ("token", "expected"),
    [("Rusia", True), ("Korea", True), ("Amerika", True), ("armenia", True), ("Bandung", False),
     ("kemarin", False)],
)
def test_is_country_token(gaz: Gazetteer, token: str, expected: bool) -> None:
    assert gaz.is_country_token(token) is expected


def test_provinces_list(gaz: Gazetteer) -> None:
    assert len(gaz.provinces) == 38
    for p in gaz.provinces:
        place = gaz.resolve(p)
        assert place is not None and place.feature == "admin1" and place.lat is not None


def test_to_location_keeps_offsets_and_precision(gaz: Gazetteer) -> None:
    place = gaz.resolve("Kabupaten Nduga")
    assert isinstance(place, Place)
    loc = to_location(place, 10, 25, "sentence")
    assert (loc.name, loc.country, loc.admin1, loc.precision) == ("Kabupaten Nduga", "ID", "Papua Pegunungan",
                                                                   "admin")
    assert (loc.start, loc.end, loc.source) == (10, 25, "sentence")
    assert loc.lat == place.lat
    country = gaz.resolve("Rusia")
    assert country is not None and to_location(country).precision == "country"


@pytest.mark.parametrize("name", ["Timur Tengah", "Laut China Selatan", "Asia Tenggara"])
def test_multi_country_regions_have_no_country(gaz: Gazetteer, name: str) -> None:
    best = gaz.lookup(name)[0]
    assert best.feature == "region" and best.country is None
    assert gaz.country_of(name) is None


def test_small_foreign_town_is_found_by_lookup_not_by_scan(gaz: Gazetteer) -> None:
    small = [p for p in gaz.lookup("Lerik") if p.country == "AZ"]
    assert small and small[0].population < 250_000
    assert gaz.scan("Warga kembali ke Lerik pekan lalu") == []


def test_iso_codes_are_lookup_only(gaz: Gazetteer) -> None:
    place = gaz.country("PM")
    assert place is not None and place.country == "PM"
    assert gaz.scan("Kata PM Pashinyan") == []


@pytest.mark.parametrize(
    ("name", "hint", "admin2"),
    [
        ("Sukajaya", "Kabupaten Bogor", "Kabupaten Bogor"),
        ("Sukajaya", ["Jawa Barat", "Bogor"], "Kabupaten Bogor"),
        ("Sukajaya", "Sabang", "Kota Sabang"),
        ("Kecamatan Tanah Abang", "Jakarta Pusat", "Kota Administrasi Jakarta Pusat"),
    ],
)
def test_namesake_kecamatan_told_apart_by_hint(gaz: Gazetteer, name: str, hint: str | list[str],
                                               admin2: str) -> None:
    place = gaz.resolve(name, admin_hint=hint)
    assert place is not None and place.admin2 == admin2


def test_namesake_kecamatan_without_hint_is_not_guessed(gaz: Gazetteer) -> None:
    assert gaz.is_ambiguous("Sukajaya")
    assert gaz.resolve("Sukajaya") is None
    assert not gaz.is_ambiguous("Kabupaten Nduga")


def test_kecamatan_placed_near_its_kabupaten(gaz: Gazetteer) -> None:
    kab = gaz.resolve("Kabupaten Bogor")
    kec = gaz.resolve("Sukajaya", admin_hint="Kabupaten Bogor")
    assert kab is not None and kec is not None and kab.lat is not None and kec.lat is not None
    assert abs(kab.lat - kec.lat) < 0.7 and abs(kab.lon - kec.lon) < 0.7  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "official"),
    [("Solo", "Kota Surakarta"), ("Jaksel", "Kota Administrasi Jakarta Selatan"), ("Tangsel", "Kota Tangerang Selatan"),
     ("Kota Tebing Tinggi", "Kota Tebing Tinggi"), ("Jakarta Selatan", "Kota Administrasi Jakarta Selatan")],
)
def test_everyday_names_of_kabupaten_kota(gaz: Gazetteer, name: str, official: str) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.name == official and place.lat is not None


@pytest.mark.parametrize(("form", "expected"), [("jawa barat", True), ("jabar", True), ("dki jakarta", True),
                                               ("ntt", True), ("bandung", False), ("rusia", False)])
def test_province_names(gaz: Gazetteer, form: str, expected: bool) -> None:
    assert (form in gaz.province_names) is expected


# ---- first-level divisions abroad (states, provinces, regions)

@pytest.mark.parametrize(
    ("name", "official", "country"),
    [("Tennessee", "Tennessee", "US"), ("Texas", "Texas", "US"), ("Ohio", "Ohio", "US"),
     ("Kalifornia", "California", "US"), ("Carolina Utara", "North Carolina", "US"),
     ("Virginia Barat", "West Virginia", "US"), ("Sichuan", "Sichuan", "CN"), ("Darfur Utara", "North Darfur", "SD")],
)
def test_first_level_division_abroad_by_its_news_name(gaz: Gazetteer, name: str, official: str, country: str) -> None:
    best = gaz.lookup(name)[0]
    assert (best.name, best.feature, best.country, best.admin1, best.precision) == (
        official, "admin1", country, official, "admin")


def test_us_state_lies_at_its_towns(gaz: Gazetteer) -> None:
    tennessee = gaz.lookup("Tennessee")[0]
    nashville = gaz.lookup("Nashville")[0]
    assert tennessee.lat is not None and tennessee.lon is not None
    assert abs(tennessee.lat - nashville.lat) < 1.5 and abs(tennessee.lon - nashville.lon) < 2.5  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "official", "country"),
    [("negara bagian Texas", "Texas", "US"), ("Negara Bagian New York", "New York", "US"),
     ("Negara Bagian Borno", "Borno", "NG"), ("provinsi Punjab", "Punjab", "IN"),
     ("Provinsi Sichuan", "Sichuan", "CN"), ("wilayah Idlib", "Idlib", "SY"), ("region Idlib", "Idlib", "SY"),
     ("wilayah Darfur Utara", "North Darfur", "SD")],
)
def test_kind_word_before_a_division_abroad_resolves_to_it(gaz: Gazetteer, name: str, official: str,
                                                            country: str) -> None:
    place = gaz.resolve(name)
    assert place is not None
    assert (place.name, place.feature, place.country) == (official, "admin1", country)


@pytest.mark.parametrize(
    ("name", "feature", "country"),
    [("Washington", "city", "US"), ("New York", "city", "US"), ("Georgia", "country", "GE"),
     ("Idlib", "city", "SY"), ("Xinjiang", "region", "CN"), ("Lagos", "city", "NG")],
)
def test_division_named_like_a_town_country_or_region_does_not_take_its_place(gaz: Gazetteer, name: str,
                                                                               feature: str, country: str) -> None:
    best = gaz.lookup(name)[0]
    assert (best.feature, best.country) == (feature, country)
    assert next(p.country for _, _, p in gaz.scan(f"Ledakan terjadi di {name} kemarin")) == country


def test_us_state_is_found_in_running_text(gaz: Gazetteer) -> None:
    found = [(p.name, p.feature, p.country) for _, _, p in
             gaz.scan("Penembakan terjadi di sebuah sekolah di Nashville, Tennessee, pada Senin siang.")]
    assert found == [("Nashville", "city", "US"), ("Tennessee", "admin1", "US")]
    found = [(p.name, p.country) for _, _, p in gaz.scan("Banjir melanda Negara Bagian Borno, Nigeria.")]
    assert found[0] == ("Borno", "NG")


def test_division_abroad_not_found_alone_outside_the_us(gaz: Gazetteer) -> None:
    """Only US states are scanned bare: thousands of other divisions share names with words and towns."""
    assert [p.name for _, _, p in gaz.scan("Ia bekerja di Delta sejak tahun lalu")] != ["Delta"]
    assert gaz.scan("Banjir di Sichuan") == []


TENNESSEE_STORY = """Pria Bersenjata Tembak Mati Dua Jemaat Gereja di Tennessee

COLUMBUS, KOMPAS.com - Pemerintah negara bagian Ohio, Amerika Serikat, memperketat pengamanan rumah ibadah setelah serangkaian penembakan dalam sebulan terakhir.

Pekan lalu, seorang pria bersenjata menembak mati dua jemaat di sebuah gereja di Tennessee sebelum ditangkap polisi.

Kepolisian setempat belum mengungkap motif pelaku.
"""


def test_event_in_a_us_state_is_placed_there_not_at_the_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TENNESSEE_STORY, encoding="utf-8")
    art = run_pipeline(tmp_path, ["a.txt"], Settings())["a.txt"]
    shots = [e for e in art.events if e.type == "ASSAULT"]
    assert art.dateline == "Columbus"
    assert shots and all(e.location is not None and (e.location.name, e.location.country)
                         == ("Tennessee", "US") for e in shots)


@pytest.mark.parametrize("name,expected", [
    ("Pelabuhan Sorong", "Kota Sorong"),  # a port named after its town lies in it
    ("Stasiun Gambir", "Gambir"),
    ("Bandara internasional Port Sudan", "Port Sudan"),  # a qualifier between the head and the town
    ("Pelabuhan Laut Sorong", "Kota Sorong"),
])
def test_a_facility_named_after_its_town_resolves_to_the_town(gaz: Gazetteer, name: str, expected: str) -> None:
    p = gaz.resolve(name)
    assert p is not None and p.name == expected, p


def test_a_facility_with_an_unknown_name_stays_unresolved(gaz: Gazetteer) -> None:
    assert gaz.resolve("Bandara Domine") is None
