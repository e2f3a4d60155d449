"""Time expressions: recognition spans and TimeML values against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from linimasa.nlp.timex import find_timexes

REF = "2020-11-25"  # a Wednesday


@pytest.mark.parametrize(
    "text, surface, type_, value, start, end",
    [
        ("Serangan terjadi Rabu (25/11/2020).", "Rabu (25/11/2020)", "DATE", "2020-11-25", "2020-11-25", "2020-11-25"),
        ("Pasukan masuk Sabtu (3/10/2020) pagi.", "Sabtu (3/10/2020) pagi", "TIME", "2020-10-03TMO", "2020-10-03", "2020-10-03"),
        ("Perang pecah Ahad (27/9/20) lalu.", "Ahad (27/9/20) lalu", "DATE", "2020-09-27", "2020-09-27", "2020-09-27"),
        ("Menurut dia, Selasa (24/11), pasukan mundur.", "Selasa (24/11)", "DATE", "2020-11-24", "2020-11-24", "2020-11-24"),
        ("Perjanjian diteken pada 10 November.", "10 November", "DATE", "2020-11-10", "2020-11-10", "2020-11-10"),
        ("Gencatan senjata berlaku 10 November 2020.", "10 November 2020", "DATE", "2020-11-10", None, None),
        ("Itu terjadi Rabu 30 September 2020.", "Rabu 30 September 2020", "DATE", "2020-09-30", None, None),
        ("Itu terjadi Senin, 5 Oktober 2020, di sana.", "Senin, 5 Oktober 2020", "DATE", "2020-10-05", None, None),
        ("Ledakan terdengar pukul 15.30 WIB.", "pukul 15.30 WIB", "TIME", "2020-11-25T15:30", None, None),
        ("Ia pergi pukul 7 malam.", "pukul 7 malam", "TIME", "2020-11-25T19:00", None, None),
        ("Polisi menangkapnya kemarin.", "kemarin", "DATE", "2020-11-24", None, None),
        ("Mereka menyerang Sabtu sore kemarin.", "Sabtu sore kemarin", "TIME", "2020-11-21TAF", None, None),
        ("Korban tewas tiga hari lalu.", "tiga hari lalu", "DATE", "2020-11-22", None, None),
        ("Ia datang pekan lalu.", "pekan lalu", "DATE", "2020-W47", "2020-11-16", "2020-11-22"),
        ("Api menyala sejak sepekan lalu.", "sepekan lalu", "DATE", "2020-11-18", "2020-11-18", "2020-11-18"),
        # the days from that long ago up to the page's day
        ("Polisi menangkap enam orang dalam sepekan terakhir.", "sepekan terakhir", "DATE", "2020-11-18", "2020-11-18",
         "2020-11-25"),
        ("Densus menangkap enam orang dalam dua hari terakhir.", "dua hari terakhir", "DATE", "2020-11-23", "2020-11-23",
         "2020-11-25"),
        ("Ia datang seminggu yang lalu.", "seminggu yang lalu", "DATE", "2020-11-18", None, None),
        ("Itu terjadi pada hari Selasa lalu.", "hari Selasa lalu", "DATE", "2020-11-24", None, None),
        ("Serangan meningkat awal bulan ini.", "awal bulan ini", "DATE", "2020-11", "2020-11-01", "2020-11-10"),
        ("Konflik memanas tahun lalu.", "tahun lalu", "DATE", "2019", "2019-01-01", "2019-12-31"),
        ("Wilayah itu dikuasai sejak 1991.", "1991", "DATE", "1991", "1991-01-01", "1991-12-31"),
        ("Perang terjadi pada 1992-1994.", "1992-1994", "DATE", "1992", "1992-01-01", "1994-12-31"),
        ("Pertempuran berlangsung selama 44 hari.", "44 hari", "DURATION", "P44D", None, None),
        ("Konflik itu sudah berumur 27 tahun.", "27 tahun", "DURATION", "P27Y", None, None),
        ("Pemilu digelar pada tahun 2016.", "tahun 2016", "DATE", "2016", "2016-01-01", "2016-12-31"),
        ("Pabrik dibuka Maret 2025.", "Maret 2025", "DATE", "2025-03", "2025-03-01", "2025-03-31"),
        ("Pertemuan digelar akhir pekan ini.", "akhir pekan ini", "DATE", "2020-W48-WE", "2020-11-28", "2020-11-29"),
        ("Ia tiba besok.", "besok", "DATE", "2020-11-26", None, None),
        ("Mereka bertemu lusa.", "lusa", "DATE", "2020-11-27", None, None),
        ("Pemilu digelar bulan depan.", "bulan depan", "DATE", "2020-12", "2020-12-01", "2020-12-31"),
        ("Hari ini ia datang.", "Hari ini", "DATE", "2020-11-25", None, None),
        ("Saat ini situasi tenang.", "Saat ini", "DATE", "PRESENT_REF", None, None),
        ("Kota itu sekarang aman.", "sekarang", "DATE", "PRESENT_REF", None, None),
        ("Ada patroli malam ini.", "malam ini", "TIME", "2020-11-25TNI", None, None),
        ("Serangan terjadi dini hari tadi.", "dini hari tadi", "TIME", "2020-11-25TMO", None, None),
        ("Ia bertugas selama dua jam.", "dua jam", "DURATION", "PT2H", None, None),
        ("Bantuan tiba setengah hari kemudian.", "setengah hari kemudian", "DATE", "2020-11-25", None, None),
        ("Mereka bertahan bertahun-tahun.", "bertahun-tahun", "DURATION", "PXY", None, None),
        ("Hujan turun sekitar tahun 1990-an.", "sekitar tahun 1990-an", "DATE", "199", "1990-01-01", "1999-12-31"),
        ("Sejak tahun 40-an desa itu ada.", "tahun 40-an", "DATE", "194", None, None),
        ("Perang berakhir pertengahan 2019.", "pertengahan 2019", "DATE", "2019", None, None),
        ("Cuaca buruk tiga hari ke depan.", "tiga hari ke depan", "DURATION", "P3D", None, None),
        ("Banjir datang pada musim hujan.", "musim hujan", "DATE", "2020-WI", None, None),
        ("Harga naik Juni lalu.", "Juni lalu", "DATE", "2020-06", None, None),
        ("Laporan bertanggal 2020-11-10 dirilis.", "2020-11-10", "DATE", "2020-11-10", None, None),
        ("Reuters melaporkan pada November 10, 2020 bahwa...", "November 10, 2020", "DATE", "2020-11-10", None, None),
    ],
)
def test_forms(text: str, surface: str, type_: str, value: str, start: str | None, end: str | None) -> None:
    found = find_timexes(text, REF)
    t = next((t for t in found if t.text == surface), None)
    assert t is not None, [x.text for x in found]
    assert text[t.start:t.end] == surface
    assert (t.type, t.value) == (type_, value)
    if start is not None:
        assert (t.date_start, t.date_end) == (start, end)


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # a weekday alone: nearest at/before the reference (same day counts) ...
        ("Polisi tiba di lokasi, Senin.", "Senin", "2020-11-23"),
        ("Kapal berlabuh, Rabu.", "Rabu", "2020-11-25"),
        # ... strictly before with "lalu", forward when the text speaks of the future
        ("Kapal berlabuh Rabu lalu.", "Rabu lalu", "2020-11-18"),
        ("Menteri akan datang Senin.", "Senin", "2020-11-30"),
        ("Pertemuan digelar Jumat depan.", "Jumat depan", "2020-11-27"),
        ("Pertemuan dijadwalkan pada Senin mendatang.", "Senin mendatang", "2020-11-30"),
        # Minggu: Sunday or week
        ("Pasukan tiba Minggu (22/11) pagi.", "Minggu (22/11) pagi", "2020-11-22TMO"),
        ("Pasukan tiba pada Minggu di Baku.", "Minggu", "2020-11-22"),
        ("Mereka pergi Minggu lalu ke Baku.", "Minggu lalu", "2020-11-22"),
        ("Ia tiba minggu lalu.", "minggu lalu", "2020-W47"),
        ("Minggu lalu ia tiba.", "Minggu lalu", "2020-W47"),
        ("Ia pulang minggu depan.", "minggu depan", "2020-W49"),
        ("Mereka bertahan dua minggu.", "dua minggu", "P2W"),
        # day/month without a year: the nearest occurrence, later ones counting thrice
        ("OPEC bertemu pada 27 November.", "27 November", "2020-11-27"),
        ("Kantor dibuka 5 Januari.", "5 Januari", "2021-01-05"),
        ("Kebakaran terjadi 9 Maret.", "9 Maret", "2020-03-09"),
        # a written weekday picks the year that fits it
        ("Banjir datang Senin (9/3).", "Senin (9/3)", "2020-03-09"),
        # anchored on the last date mentioned
        ("Pesawat jatuh 11 Februari 2014. Sehari kemudian tim tiba.", "Sehari kemudian", "2014-02-12"),
        ("Kapal tenggelam Minggu (28/12/2014). Pukul 07.55 kontak hilang.", "Pukul 07.55", "2014-12-28T07:55"),
        ("Ledakan terjadi Senin (23/11/2020). Pada hari itu listrik padam.", "hari itu", "2020-11-23"),
        ("Mereka berangkat Selasa malam.", "Selasa malam", "2020-11-24TNI"),
    ],
)
def test_resolution(text: str, surface: str, value: str) -> None:
    found = find_timexes(text, REF)
    t = next((t for t in found if t.text == surface), None)
    assert t is not None, [(x.text, x.value) for x in found]
    assert t.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("Para pengemudi sudah tiga kali turun ke jalan sejak awal tahun tanpa hasil.", "2026"),
    ("Harga beras terus naik hingga akhir bulan.", "2026-11"),
])
def test_a_period_governed_by_a_preposition_is_the_current_one(text: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, "2026-11-11")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Pesawat QZ8501 membawa 162 orang.",
        "Sebanyak 2000 orang mengungsi.",
        "Harga naik 0,22 persen menjadi Rp 2,4 miliar.",
        "Kita lihat dulu prosedurnya.",
        "Jam malam diberlakukan di kota.",
        "Keributan berawal di sebuah tempat hiburan malam.",
        "Polisi merazia pasar malam dan klub malam di kota itu.",
        "Ia tinggal di Pasar Minggu sejak kecil.",
        "Skor akhir 2-1 untuk tuan rumah.",
        "Pemerintah memberlakukan minggu tenang.",
        "Mobil berpelat nomor B 1937 UZQ itu terseret 50 meter.",  # a number plate, not a year
        "Sebuah truk DK 2019 AB terguling di tikungan.",
        "Gugatan itu menyoal UU Nomor 7 Tahun 2017 tentang Pemilu.",  # a statute's number and year
        "Aturan itu tertuang dalam PP 43 tahun 2018.",
        "Pelaku dijerat Pasal 81 UU RI No 35 / 2014 tentang Perlindungan Anak.",
    ],
)
def test_not_time(text: str) -> None:
    assert [t.text for t in find_timexes(text, REF)] == []


def test_mod_since_and_qualifier() -> None:
    (t,) = find_timexes("Daerah itu dikuasai sejak 1991.", REF)
    assert t.mod == "SINCE"
    (t,) = find_timexes("Kontak hilang sekitar pukul 06.14 WIB.", REF)
    assert (t.text, t.mod) == ("sekitar pukul 06.14 WIB", "APPROX")


def test_duration_range_splits_like_timeml() -> None:
    found = find_timexes("Koordinasi butuh 2-3 menit saja.", REF)
    assert [(t.text, t.value) for t in found] == [("2", "PT2M"), ("3 menit", "PT3M")]


def test_reference_forms_and_none() -> None:
    assert find_timexes("Ia datang kemarin.", date(2020, 11, 25))[0].value == "2020-11-24"
    assert find_timexes("Ia datang kemarin.", "2020-11-25T08:00:00+07:00")[0].value == "2020-11-24"
    (t,) = find_timexes("Ia datang kemarin.", None)
    assert t.value.startswith("XXXX") and t.date_start is None
    (t,) = find_timexes("Ia datang 10 November 2020.", None)
    assert t.value == "2020-11-10"


def test_offsets_into_longer_text() -> None:
    text = "JAKARTA - Hujan deras.\n\nBanjir merendam desa pada Selasa (24/11/2020) pukul 03.00 WIB."
    (t,) = find_timexes(text, REF)
    assert text[t.start:t.end] == t.text == "Selasa (24/11/2020) pukul 03.00 WIB"
    assert t.value == "2020-11-24T03:00"


@pytest.mark.parametrize(
    "text, surface, value, start, end",
    [
        ("Ia datang Senin pekan lalu.", "Senin pekan lalu", "2020-11-16", "2020-11-16", "2020-11-16"),
        ("Sidang digelar Jumat minggu depan.", "Jumat minggu depan", "2020-12-04", "2020-12-04", "2020-12-04"),
        ("Survei digelar tanggal 16 hingga 22 Januari 2018.", "tanggal 16 hingga 22 Januari 2018", "2018-01-16",
         "2018-01-16", "2018-01-22"),
        ("Turnamen pada 14-17 Desember 2017 di Jakarta.", "14-17 Desember 2017", "2017-12-14", "2017-12-14",
         "2017-12-17"),
        ("Pameran 28 Oktober - 2 November 2020 ditunda.", "28 Oktober - 2 November 2020", "2020-10-28",
         "2020-10-28", "2020-11-02"),
        ("Laba kuartal ketiga 2017 naik.", "kuartal ketiga 2017", "2017-Q3", "2017-07-01", "2017-09-30"),
        ("Target semester pertama tahun ini tercapai.", "semester pertama tahun ini", "2020-H1", "2020-01-01",
         "2020-06-30"),
    ],
)
def test_weeks_ranges_quarters(text: str, surface: str, value: str, start: str, end: str) -> None:
    t = next((t for t in find_timexes(text, REF) if t.text == surface), None)
    assert t is not None
    assert (t.value, t.date_start, t.date_end) == (value, start, end)


@pytest.mark.parametrize(
    "text, value",
    [("Serangan terjadi Selasa (24/11) pagi.", "XXXX-11-24TMO"), ("Perjanjian diteken 10 November.", "XXXX-11-10"),
     ("Ia tiba Rabu (25/11/2020).", "2020-11-25")],
)
def test_without_reference_keeps_what_is_written(text: str, value: str) -> None:
    (t,) = find_timexes(text, None)
    assert t.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Mirip ponsel 3310 tahun lalu, model baru ini dilengkapi 4G.",
        "Fosil itu diperkirakan berusia 250000 tahun lalu.",
        "Bangunan itu berdiri 99999 hari lalu menurut legenda.",
    ],
)
def test_impossible_relative_dates_are_not_dates_and_never_crash(text: str) -> None:
    for t in find_timexes(text, date(2020, 5, 1)):
        assert t.date_start is None or "0001" <= t.date_start <= "9999"


@pytest.mark.parametrize("text", ["Skor akhir Selasa (24/13) malam itu mengejutkan.", "Pada Rabu (0/5) tidak ada."])
def test_slash_numbers_that_cannot_be_a_day_and_month_are_not_dates(text: str) -> None:
    assert [t for t in find_timexes(text, date(2020, 5, 1)) if "/" in t.text] == []


@pytest.mark.parametrize("text,surface,value", [
    ("Pembunuhan itu terjadi Sabtu (13 / 8) di sebuah kebun.", "Sabtu (13 / 8)", "2020-08-13"),
    ("Ia ditangkap Jumat (9 / 2 / 2018) malam.", "Jumat (9 / 2 / 2018) malam", "2018-02-09TNI"),
])
def test_a_spaced_day_and_month_after_a_weekday(text: str, surface: str, value: str) -> None:
    """"Sabtu (13 / 8)": the date in brackets with spaces round the slash (as some copy and
    tokenised text write it) is that date, not the last Saturday before publication."""
    assert [(t.text, t.value) for t in find_timexes(text, REF)][:1] == [(surface, value)]


@pytest.mark.parametrize("text,ref,value", [
    # translated wire copy writing month/day: "Kamis (11/12)" two weeks before a report of 25 November
    ("Ledakan terjadi pada hari Kamis (11/12) di pusat kota.", REF, "2020-11-12"),
    ("Kebakaran terjadi Jumat (11/12) malam.", "2020-12-14", "2020-12-11TNI"),  # day/month fits: kept
    # a weekday slip in a date of the last days is that date, not one a year off that fits the weekday
    ("Tujuh tentara tewas pada Senin (13/11) dalam baku tembak.", "2016-11-18", "2016-11-13"),
])
def test_a_weekday_that_does_not_fit_the_date(text: str, ref: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, ref)][:1] == [value]
