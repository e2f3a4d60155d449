"""Closed-class Indonesian word lists the event stages share (general language, no topic)."""

from __future__ import annotations

from typing import Final

CLITICS: Final = ("nya", "lah", "kah", "pun")

# Clause boundaries: subordinators / coordinators that start a new clause.
SUBORDINATORS: Final = frozenset({
    "setelah", "sebelum", "ketika", "saat", "sejak", "karena", "sehingga", "bahwa", "namun",
    "tetapi", "tapi", "sedangkan", "sementara", "agar", "supaya", "sesudah", "seusai",
    "usai", "hingga", "sampai", "meski", "meskipun", "walaupun", "walau", "jika", "apabila",
    "kalau", "sambil", "selagi", "tatkala", "manakala", "padahal",
})
PUNCT_BOUNDARY: Final = frozenset({",", ";", ":", "(", ")", "\"", "“", "”", "–", "—", "-"})

PREPOSITIONS: Final = frozenset({
    "di", "ke", "dari", "dalam", "selama", "sejak", "akibat", "karena", "untuk", "tentang",
    "atas", "terhadap", "pasca", "usai", "setelah", "sebelum", "sesudah", "menjelang",
    "saat", "ketika", "tengah", "tengah-tengah", "melalui", "dengan", "soal", "terkait",
    "mengenai", "kepada", "pada", "oleh", "bagi", "antara", "seperti", "sebagai",
    "perihal", "menurut", "sesuai", "berdasarkan", "lewat", "guna", "demi", "sekitar", "hingga", "sampai", "seusai",
})
# Light verbs that make a following nominal trigger an event ("melakukan penyerangan").
LIGHT_VERBS: Final = frozenset({
    "melakukan", "melancarkan", "menggelar", "mengadakan", "melaksanakan", "menjatuhkan",
    "memberikan", "memberi", "menyalurkan", "mengirimkan", "mengirim", "mengajukan",
    "terjadi", "ada", "terlibat", "memicu", "mengalami", "dilanda", "diguncang", "diterjang",
    "dihantam", "menggencarkan", "meluncurkan", "memulai", "mulai", "memimpin", "menggelorakan",
    "menyatakan", "mengumumkan", "menyepakati", "menandatangani", "meneken", "melanjutkan",
    "menyampaikan", "mencapai", "menjalin", "menggelontorkan", "menerima", "menjalani",
    "adalah", "merupakan", "yakni", "yaitu", "berupa", "menuntut", "melayangkan",
    "merencanakan", "menyiapkan", "mempersiapkan", "mengancam", "menyerukan", "menghadiri",
})
# Predicates that make a preceding nominal trigger an event ("bentrokan meletus").
PREDICATES: Final = frozenset({
    "terjadi", "meletus", "pecah", "berkecamuk", "berlangsung", "berlanjut", "dilakukan",
    "dilancarkan", "digelar", "diadakan", "dilaksanakan", "menewaskan", "melukai", "menelan",
    "melanda", "menerjang", "menghantam", "merendam", "mengguncang", "menimpa", "menyebabkan",
    "mengakibatkan", "dimulai", "disepakati", "ditandatangani", "dijatuhkan", "diberikan",
    "disalurkan", "dikirim", "mengenai", "menyasar", "menargetkan", "menghancurkan",
    "merusak", "meluluhlantakkan", "mengepung", "berhasil", "berakhir", "tewaskan",
    "menggulung", "memakan", "merenggut", "terjang", "landa", "kembali", "terus", "masih",
    "telah", "sudah", "sempat", "diserukan", "dijadwalkan", "dihadiri", "diikuti", "dipimpin",
})
VOLCANO_WORDS: Final = frozenset({
    "gunung", "vulkanik", "vulkanologi", "kawah", "lava", "lahar", "magma", "erupsi", "abu", "gunungapi",
})
HAZARD_WORDS: Final = frozenset({
    "banjir", "longsor", "gempa", "tsunami", "erupsi", "kebakaran", "bencana", "puting", "badai",
    "abrasi", "rob", "likuefaksi", "siklon", "topan", "meletus",
})
DETERMINERS: Final = frozenset({
    "sebuah", "suatu", "aksi", "insiden", "peristiwa", "kasus", "para", "seorang", "rangkaian",
    "gelombang", "serangkaian", "kejadian", "bencana", "musibah",
})
COPULAS: Final = frozenset({"adalah", "merupakan", "yakni", "yaitu", "ialah", "bahwa"})

NEGATIONS: Final = frozenset({"tidak", "tak", "belum", "bukan", "tanpa", "batal", "gagal", "urung", "enggan",
                             "jangan"})  # a prohibition: "jangan main hakim sendiri", nothing done
DENIALS: Final = frozenset({"membantah", "menyangkal", "membantahnya", "menepis", "dibantah"})
HYPOTHETICAL: Final = frozenset({
    "akan", "bakal", "hendak", "berencana", "rencana", "merencanakan", "direncanakan", "perencanaan",
    "jika", "apabila", "kalau", "seandainya", "andai", "ingin", "mau", "berniat", "bermaksud",
    "siap", "mengancam", "berpotensi", "kemungkinan", "mungkin", "diperkirakan", "terancam", "dijadwalkan",
    "rawan", "rentan", "potensi", "risiko",  # "daerah rawan bentrok": a risk, not an incident
    "berupaya", "berusaha", "mencoba", "upaya",
    "berharap", "mengharapkan", "diharapkan", "menginginkan",  # "berharap pemerintah segera memberikan bantuan": a wish
    "perlu", "sebaiknya", "seharusnya", "semestinya", "sepatutnya", "wajib", "harusnya", "mestinya",  # ought to
})
PURPOSE: Final = frozenset({"untuk", "guna", "demi"})
DEMAND_MARKERS: Final = frozenset({"agar", "supaya"})
DEMAND_VERBS: Final = frozenset({"mendesak", "meminta", "menuntut", "menyerukan", "mengimbau", "memohon",
                           "minta", "tolong"})  # spoken: "minta bantuan", "Tolong dibantu"

# Speech and report verbs (the subject is the source).
REPORT_VERBS: Final = frozenset({
    "mengatakan", "menyatakan", "menyebutkan", "menyebut", "melaporkan", "mengklaim",
    "mengungkapkan", "menjelaskan", "menuturkan", "menegaskan", "membenarkan", "mengonfirmasi",
    "mengumumkan", "memberitakan", "mencatat", "merilis", "mengakui", "menambahkan",
    "menerangkan", "memaparkan", "menyampaikan", "melansir", "mewartakan", "mengutip",
    "menyadur", "dilaporkan", "dikabarkan", "disebutkan", "diberitakan", "menuduh", "menuding",
})
# Post-posed attribution verbs: ", kata X" / ", ujar X".
POSTPOSED: Final = frozenset({
    "kata", "ujar", "ungkap", "jelas", "tutur", "ucap", "imbuh", "tambah", "lanjut", "sebut",
    "tegas", "terang", "papar", "katanya", "ujarnya", "tuturnya", "ungkapnya", "jelasnya",
    "lapor", "tulis", "klaim", "demikian",
})
SOURCE_PREPS: Final = frozenset({"menurut", "lansir", "dilansir", "mengutip", "dikutip", "menyadur",
                          "melansir", "sumber"})

# Nouns that head a participant phrase, by sector.
SECTOR_NOUNS: dict[str, str] = {}
for _w in ("junta", "tentara", "pasukan", "militer", "prajurit", "serdadu", "tni", "angkatan", "marinir",
           "kopassus", "kostrad", "komandan", "jenderal", "panglima", "laskar", "satuan", "batalyon",
           "kemenhan", "pentagon",
           # the army's military police and territorial commands: "empat prajurit ... diamankan Subdenpom"
           "denpom", "subdenpom", "pomdam", "puspom", "puspomad", "kodim", "korem", "kodam", "koramil",
           "dandim", "danrem", "pangdam"):
    SECTOR_NOUNS[_w] = "military"
for _w in ("polisi", "polri", "kepolisian", "aparat", "densus", "brimob", "polda", "polres", "polsek",
           "kapolda", "kapolres", "kapolsek", "kapolri", "petugas", "penyidik", "satpol", "bareskrim",
           "jaksa", "kejaksaan", "kpk", "bnn", "imigrasi", "sipir",  # "menyandera tujuh sipir": prison guards
           "satgas"):  # "Satgas Damai Cartenz mengerahkan ...": a task force (the army's when it names a battalion)
    SECTOR_NOUNS[_w] = "police"
for _w in ("pemimpin", "pimpinan", "otoritas", "pemerintah", "kementerian", "menteri", "menlu", "kemenlu", "presiden", "perdana", "pm",
           "raja", "gubernur", "bupati", "walikota", "wali", "pejabat", "istana", "parlemen", "dpr",
           "diplomat", "dubes", "kedutaan", "kemlu", "pemprov", "pemkab", "pemkot", "pemda",
           "delegasi", "bnpb", "bpbd", "basarnas", "kabinet", "negara", "kanselir", "wapres",
           "camat", "lurah", "kades", "sar"):  # "Tim SAR gabungan mengerahkan ...": the rescue service
    SECTOR_NOUNS[_w] = "government"
for _w in ("pemberontak", "milisi", "gerilyawan", "separatis", "kkb", "opm", "teroris", "militan",
           "jihadis", "kombatan", "geng", "begal", "pelaku", "tersangka", "terduga", "gerombolan",
           "sindikat", "perampok", "penembak", "penyerang", "perompak", "bajak",
           "bandit", "kartel", "preman", "penjahat", "gangster", "ekstremis",
           "pemburu", "peretas", "hacker"):  # poachers ("dianiaya pemburu"), hackers  # "Kelompok bandit bersenjata"
    SECTOR_NOUNS[_w] = "rebel"
for _w in ("pendukung", "simpatisan", "pengikut", "warga", "penduduk", "masyarakat", "pengungsi", "orang-orang", "orang", "petani",
           "nelayan", "pelajar", "mahasiswa", "demonstran", "pengunjuk", "buruh", "jurnalis",
           "wartawan", "anak-anak", "wanita", "perempuan", "pemuda", "sipil", "pekerja", "massa",
           "suporter", "penumpang", "pengemudi", "santri", "guru", "siswa", "relawan", "korban",
           "jemaah", "pedagang", "pengendara", "umat", "ibu", "bocah", "remaja", "lansia",
           "ojol", "pemukim", "sandera", "tawanan", "narapidana", "napi", "tahanan", "pengacara", "advokat", "kuasa",
           "awak", "abk", "pelaut", "nakhoda", "kru", "turis", "wisatawan", "pendaki", "jamaah", "sopir",
           "dokter", "perawat", "bidan", "pasien", "balita", "karyawan", "pegawai", "pengusaha", "kontraktor", "tukang",
           "pria", "lelaki", "laki-laki", "penonton",
           "pengawal",  # bodyguards: "Pengawal Velandia langsung melumpuhkan pelaku"
           "pemenangan",  # a campaign team: "Tim pemenangan pasangan calon nomor urut 2 membantah terlibat"
           "perusahaan", "maskapai", "manajemen", "pengelola"):  # "Pihak perusahaan membantah ..."
    SECTOR_NOUNS[_w] = "civilian"
for _w in ("pbb", "nato", "asean", "osce", "unhcr", "icrc", "unicef", "who", "interpol",
           "eropa", "ue", "oki", "au"):
    SECTOR_NOUNS[_w] = "igo"
del _w

# Person nouns (for sense rules: "a person is the object").
PERSON_WORDS: Final = frozenset({w for w, s in SECTOR_NOUNS.items() if s != "igo"} | {
    "orang", "pria", "laki-laki", "seseorang", "pemuda", "anggota", "tahanan", "sandera",
    "narapidana", "napi", "tawanan", "wni", "wna", "aktivis", "tokoh", "pimpinan", "bandar",
    "kurir", "pengedar", "terdakwa", "buronan", "dpo", "oknum",
    # kin, the one a suspect's family is told by: "Petugas juga mengamankan istri MR"
    "istri", "suami", "ayah", "adik", "kakak", "anak", "putra", "putri", "paman", "bibi", "kerabat",
    "menantu", "mertua", "keponakan", "cucu", "kekasih", "pacar",
})
# Things caught that are not people: "menangkap ikan" is fishing, not an arrest.
CAUGHT_THINGS: Final = frozenset({
    "ikan", "udang", "kepiting", "cumi", "cumi-cumi", "lobster", "belut", "hewan", "satwa", "binatang", "burung",
    "ular", "buaya", "monyet", "harimau", "babi", "anjing", "kucing", "tikus", "nyamuk", "lalat", "serangga",
    "sinyal", "peluang", "kesempatan", "momen", "momentum", "pesan", "makna", "maksud", "gambar", "cahaya",
    "suara", "bola", "aspirasi", "keluhan", "hujan", "air", "data", "ucapan", "layar", "foto", "kamera", "isyarat",
    "gajah", "orangutan", "beruang", "rusa", "kera", "badak", "komodo", "kijang",
    "pari", "hiu", "penyu", "paus", "lumba-lumba", "kerapu", "tuna", "teripang", "benur", "kura-kura", "trenggiling",
    "efek", "detail", "warna", "video", "citra", "gelombang", "frekuensi", "panas", "energi", "emosi", "nuansa",
    "perhatian", "hati", "semangat", "esensi", "tren", "selera",
})
PLACE_WORDS: Final = frozenset({
    "wilayah", "kota", "desa", "daerah", "kawasan", "pos", "markas", "gedung", "kantor", "bandara",
    "pelabuhan", "pangkalan", "distrik", "provinsi", "ibu", "kabupaten", "kecamatan", "pemukiman",
    "permukiman", "kelurahan", "dusun", "kamp", "benteng", "kampung", "lokasi", "jalan", "pulau", "perbatasan",
    "kompleks", "basis", "area", "zona", "negara", "tanah", "lahan", "rumah", "sekolah",
    "masjid", "gereja", "pasar", "jembatan", "bukit", "lembah", "ladang", "kilang",
})
MILITARY_WORDS: Final = frozenset({w for w, s in SECTOR_NOUNS.items() if s in ("military", "rebel")} | {
    "bersenjata", "senjata", "perang", "tank", "artileri", "rudal", "roket", "pertempuran",
    "militernya", "pasukannya", "tentaranya", "mortir", "jet", "drone", "front", "garis",
})
WEAPON_WORDS: Final = frozenset({"bom", "peledak", "ranjau", "granat", "senjata", "amunisi", "mortir",
                          "rudal", "roket", "bahan", "detonator", "tatp"})
AID_WORDS: Final = frozenset({"bantuan", "logistik", "sembako", "obat-obatan", "obat", "makanan",
                       "beras", "selimut", "tenda", "air"})
# Place-type nouns that introduce a name ("desa Sukamaju" -> a place even when not in the gazetteer).
PLACE_TYPES: Final[dict[str, str]] = {
    "desa": "place", "kampung": "place", "kelurahan": "place", "dusun": "place",
    "gampong": "place", "nagari": "place", "kecamatan": "admin", "distrik": "admin",
    "kabupaten": "admin", "kota": "place", "provinsi": "admin", "kawasan": "place",
    "jalan": "place", "jl.": "place", "pulau": "place", "wilayah": "admin", "daerah": "admin",
    "perairan": "place", "kampus": "place",
}
# police and military ranks below officer, which stand before a person's name or initials: "menahan Bripka AS"
NCO_RANKS: Final = frozenset({
    "bripka", "brigpol", "brigadir", "briptu", "bripda", "aipda", "aiptu", "bharada", "bharatu", "bharaka",
    "serda", "sertu", "serka", "serma", "pelda", "peltu", "prada", "pratu", "praka", "kopda", "koptu", "kopka",
})
TITLE_WORDS: Final = frozenset({
    "presiden", "menteri", "perdana", "raja", "gubernur", "bupati", "walikota", "juru", "kepala",
    "komandan", "jenderal", "panglima", "kapolda", "kapolres", "kapolri", "kapolsek", "ketua",
    "direktur", "sekretaris", "dubes", "duta", "kanselir", "pm", "wakil", "kombes", "ajun",
    "brigjen", "irjen", "kolonel", "letkol", "mayor", "kapten", "aipda", "bripka", "akbp",
    "iptu", "ipda", "akp", "mayjen", "letjen", "kasat", "kasatreskrim", "kabid", "kapendam",
    "pangdam", "danrem", "dandim", "kadiv", "kabag", "jubir", "sekjen", "menlu",
})
DISCOURSE: Final = frozenset({"sayangnya", "sebenarnya", "rupanya", "ternyata", "selanjutnya", "sedangkan",
                       "hanya", "saja", "namun", "sementara", "itu", "adapun", "sebelumnya",
                       "selain", "bahkan", "lebih", "lanjut", "kemudian", "perlu", "diketahui"})
PRONOUNS_12: Final = frozenset({"saya", "aku", "kami", "kita", "anda", "kamu", "engkau", "kalian", "mu", "ku"})

# "Kapolres X mengatakan pihaknya menangkap ...": the words by which a speaker says his own side acted
SIDE_WORDS: Final = frozenset({"pihaknya", "jajarannya", "anggotanya", "timnya", "kami", "petugasnya", "personelnya",
                        "pejuangnya"})  # "Hizbullah mengatakan para pejuangnya menembakkan roket"

# COERCE modes that hold people or things (an arrest, a detention, a seizure)
HELD_MODES: Final = frozenset({"arrest", "seize", "detain"})
# Streets: never a government, and an unknown one gives way to the place around it
STREETS: Final = frozenset({"jalan", "jl", "jln", "gang", "gg"})

# Verbal-interaction types and the violent ones (events.extraction, events.filters).
TALK: Final = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "AID", "CONCEDE", "THREATEN", "REJECT", "CONSULT",
                  "COOPERATE"})
VIOLENT: Final = frozenset({"ASSAULT", "COERCE", "DISASTER"})
VERBAL: Final = TALK | {"AGREE"}  # what parties say or agree to one another

# What the police "mengamankan" without holding anyone: an event or a place they guard
GUARDED: Final = frozenset({"aksi", "acara", "kegiatan", "lokasi", "tkp", "wilayah", "situasi", "pertandingan", "laga",
                     "jalan", "jalannya", "perayaan", "pelaksanaan", "ibadah", "kunjungan", "perhelatan", "agenda", "unjuk",
                     "demo", "demonstrasi", "konser", "pemilu", "pilkada", "arus", "jalur", "kawasan", "area",
                     "perbatasan", "rangkaian", "malam", "objek", "obyek", "gedung", "rute", "sidang", "upacara"})
