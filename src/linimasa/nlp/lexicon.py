"""Shared Indonesian word lists: months, weekdays, number words, units, abbreviations.

Plain data, imported by the sentence splitter, the number and time-expression finders and
any other stage that needs them. Keys are lower case.
"""

from __future__ import annotations


def words(s: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(s.split())


MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "febuari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}

# Monday = 0, as ``date.weekday()``.
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}

UNITS_0_9: dict[str, int] = {
    "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
}

# Words that stand for a number by themselves.
NUMBER_WORDS: dict[str, int] = {
    **{k: v for k, v in UNITS_0_9.items() if k != "se"},
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1_000_000,
    "setengah": 0, "separuh": 0,
}

MULTIPLIERS: dict[str, int] = {
    "belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
}

ORDINAL_WORDS: dict[str, int] = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
    "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11,
    "keseratus": 100, "keseribu": 1000,
}

# Abbreviations that end in a period but do not end a sentence (lower case, without the dot).
ABBREVIATIONS: frozenset[str] = words("""
jl jln no dr drs dra ir prof h hj kh st sh mh msi mt mpd spd skom ssos sp
pol brigjen irjen komjen kombes kompol akbp akp iptu ipda aiptu aipda bripka brigpol briptu bripda
mayjen letjen jend kol letkol kapt lettu letda serka sertu pratu prada marsma marsda marsdya laksma laksda laksdya
bpk sdr sdri tn ny nn yth kab kec kel ds prov rt rw tlp telp hp fax
dll dsb dst dkk tsb yg dgn utk krn sbg pd vs a.n u.p sda
mr mrs ms co inc ltd corp jr sr gen lt col capt sgt rp
""")

# Nouns that commonly follow a count: the ``unit`` of a quantity.
COUNT_NOUNS: frozenset[str] = words("""
orang warga korban tentara prajurit personel personil anggota polisi aparat pasukan militan
pejuang pemberontak demonstran pengunjuk pendemo massa mahasiswa pelajar siswa anak balita bayi
pria wanita perempuan laki-laki penduduk jiwa kepala keluarga kk pengungsi jenazah mayat tewas
penumpang awak kru pilot dokter petugas pekerja buruh karyawan pegawai pasien tahanan napi
narapidana sandera tersangka pelaku pendukung relawan jurnalis wartawan nelayan petani
rumah bangunan gedung unit kendaraan mobil motor truk bus kapal pesawat helikopter tank drone
rudal roket peluru bom granat senjata pucuk butir buah ekor kali desa kampung kota titik lokasi
pos sekolah masjid gereja fasilitas hektare hektar ha kilometer km meter m kilogram kg ton liter
persen dolar rupiah euro poin suara kursi kasus negara provinsi kabupaten kecamatan
""")

# Expressions of future time that send a bare weekday/month forward.
FUTURE_CUES: frozenset[str] = words(
    "akan depan mendatang nanti besok rencananya dijadwalkan direncanakan hendak bakal"
)

# A few frequent function words (a small stop list for the other stages).
STOP_WORDS: frozenset[str] = words("""
yang dan di ke dari pada untuk dengan dalam itu ini adalah tidak akan sudah telah juga karena
oleh atau bahwa saat para bagi tersebut serta seperti sebagai ada masih lebih hingga sampai
antara tak belum bisa dapat harus kata ujar menurut ia dia mereka kami kita saya anda nya pun
""")
