"""General vocabulary of Indonesian (and English) news-site boilerplate and prose.

Nothing here comes from a particular page: these are the words every Indonesian news
site uses for its navigation, link lists, credits and comment forms, and the function
words that make a line read as prose.
"""

from __future__ import annotations

import re

# Function words: a line of prose has many, a headline or a menu few.
STOPWORDS_ID = frozenset(["yang", "di", "dan", "ini", "itu", "dengan", "untuk", "dari", "ke", "pada", "dalam", "tidak", "akan", "telah", "sudah", "juga", "oleh", "karena", "bahwa", "sebagai", "atau", "ada", "adalah", "mereka", "kami", "kita", "ia", "dia", "saat", "setelah", "sejak", "tersebut", "para", "bagi", "namun", "tetapi", "hanya", "masih", "lebih", "pun", "agar", "bisa", "dapat", "seperti", "antara", "hingga", "sebuah", "seorang", "sebelum", "ketika", "jika", "kalau", "maka", "serta", "yaitu", "yakni", "tak", "belum", "sangat", "saja", "lagi", "kini", "sementara", "menurut", "kata", "ujar", "ungkap", "kepada", "terhadap", "tentang", "selama", "sampai", "atas", "bawah", "secara", "sehingga", "meski", "meskipun", "walaupun", "bila", "apabila", "dia", "beliau", "nya", "pula", "sedang", "tengah", "bahkan", "begitu", "demikian", "pernah", "harus", "ingin", "mau", "tapi", "apa", "siapa", "mengapa", "bagaimana", "kapan", "mana", "yang", "sebagian", "semua", "setiap", "tiap", "beberapa", "banyak"])

STOPWORDS_EN = frozenset(["the", "of", "and", "to", "in", "a", "an", "is", "are", "was", "were", "that", "for", "on", "with", "by", "as", "at", "from", "it", "its", "this", "be", "been", "has", "have", "had", "not", "but", "or", "said", "says", "will", "would", "after", "before", "which", "who", "their", "they", "he", "she", "his", "her", "than", "into", "over", "about", "also", "more", "said", "when", "while", "during", "since"])

STOPWORDS = STOPWORDS_ID | STOPWORDS_EN

# Words that head a link list ("Berita Terkait", "Terpopuler", "Pilihan Redaksi", ...).
SECTION_WORDS = frozenset(["dibaca", "terkait", "terpopuler", "populer", "terkini", "terbaru", "pilihan", "rekomendasi", "trending", "lainnya", "menarik", "unggulan", "sebelumnya", "selanjutnya", "indeks", "headline", "highlight", "sorotan", "related", "popular", "latest", "recommended", "topik", "tag", "tags", "label", "kategori"])
# Words allowed around a section word in a header line.
SECTION_FILLER = frozenset(["berita", "artikel", "video", "foto", "news", "stories", "articles", "story", "redaksi", "editor", "hari", "ini", "untuk", "anda", "juga", "baca", "paling", "banyak", "dibaca", "yang", "lain", "dan", "more", "most", "top", "lifestyle", "terhangat", "konten", "infografis", "galeri", "populer", "terkini", "lainnya", "pekan", "minggu"])

_A = re.IGNORECASE

CROSSLINK = re.compile(
    r"^[(\[]?\s*(?:baca|lihat|simak)\s*(?:juga|pula|lagi|selengkapnya|berita|artikel|:)"
    r"|^(?:berita|artikel)\s+ini\s+(?:telah|sudah|pernah)?\s*(?:tayang|terbit|dimuat)"
    r"|^(?:tonton|saksikan|simak)\s+(?:juga\s+)?(?:video|berita|live|siaran)"
    r"|^\[\s*gambas\s*:"
    r"|^(?:ikuti|follow|dapatkan|download|unduh|gabung|join|klik|subscribe|berlangganan|langganan|"
    r"update|simak|pilih\s+saluran|mari\s+bergabung)\b.{0,80}\b(?:berita|google\s*news|whatsapp|telegram|"
    r"channel|aplikasi|app|newsletter|di\s*sini|disini|update|instagram|youtube|tiktok|kanal|saluran)"
    r"|^baca\s+berita\s+dengan"
    r"|^(?:related|read\s+more|read\s+also|see\s+also|also\s+read|more\s+on)\b"
    r"|^(?:scroll|gulir)\s+(?:to|ke|untuk)\b"
    r"|^(?:advertisement|iklan|sponsored|konten\s+sponsor)\b",
    _A,
)
# An inline cross-link glued to the end of a paragraph: "... pesawat. Baca juga: ...".
INLINE_CROSSLINK = re.compile(r"(?<=[.!?\"”'’)])\s*(?:baca|lihat|simak)\s+(?:juga|pula)\s*:.*$", _A)

COMMENT_FORM = re.compile(
    r"tinggalkan\s+(?:balasan|komentar|a\s+reply)|alamat\s+email\s+anda|ruas\s+yang\s+wajib|"
    r"kolom\s+yang\s+wajib|^(?:nama|email|e-mail|situs\s*web|website|komentar|comment|name|url)\s*\*?\s*:?$|"
    r"kirim\s+komentar|posting\s+komentar|simpan\s+nama|beri\s+komentar|tulis\s+komentar|"
    r"silakan\s+(?:login|masuk)|login\s+untuk|masuk\s+untuk\s+(?:berkomentar|mengirim)|"
    r"leave\s+a\s+(?:reply|comment)|email\s+address\s+will\s+not|required\s+fields|post\s+comment|"
    r"komentar\s+(?:anda|di\s+bawah)|belum\s+ada\s+komentar|isi\s+komentar|"
    r"^captcha|kode\s+keamanan|ketik\s+kode",
    _A,
)
# A word (lower case) that every match of COMMENT_FORM holds: a line with none of them is not searched.
COMMENT_FORM_WORDS = ("tinggalkan", "alamat", "wajib", "nama", "name", "mail", "web", "komentar", "comment", "url",
                      "silakan", "login", "masuk", "leave", "required", "captcha", "kode")
CAPTCHA = re.compile(r"^\s*\d{1,3}\s*[-+x×*/:]\s*\d{1,3}\s*=\s*[?._]*\s*$")
COPYRIGHT = re.compile(r"^(?:copyright|hak\s+cipta|\(c\))|©|all\s+rights\s+reserved|dilarang\s+mengutip", _A)
COPYRIGHT_WORDS = ("copyright", "hak", "(c)", "©", "rights", "dilarang")  # as COMMENT_FORM_WORDS
CREDIT = re.compile(
    r"^(?P<label>penulis|editor|reporter|pewarta|kontributor|redaktur|penyunting|rep|red|wartawan|"
    r"fotografer|foto|sumber|source|sumber\s+foto|pilihan\s+editor|author|writer|penerjemah|"
    r"editing\s+by|reporting\s+by|laporan\s+wartawan|laporan\s+reporter|laporan)\b\s*(?:[:|]|\s(?=\S))",
    _A,
)
BULLET_ONLY = re.compile(r"^[-–—•·*>|»›#=_~.]+$|^\d{1,3}[.)]?$")
INITIALS_ONLY = re.compile(r"^[\(\[\{]\s*[\w*/.,&\s-]{1,24}[\)\]\}]$")
HASHTAGS = re.compile(r"^(?:#\w+[\s,]*)+$")
BRACKETED = re.compile(r"^\[[^\]]*\]$")
BREADCRUMB = re.compile(r"[»›]|\s>\s|\s/\s")
SHARE_WORDS = frozenset(["share", "bagikan", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "line", "email", "copy", "link", "salin", "tautan", "print", "cetak", "x", "pinterest", "reddit", "tweet", "kirim"])
PROMO = re.compile(
    r"^(?:hide\s+ads|show\s+more|load\s+more|muat\s+lebih|lihat\s+semua|selengkapnya|tampilkan|"
    r"halaman\s+(?:selanjutnya|berikutnya)|next\s+page|subscribe|newsletter)\b",
    _A,
)

# An outlet describing itself or inviting the reader, closing every page: "X.id adalah portal berita
# startup ... Kamu bisa menjadi member ...", "Anda bisa berlangganan ...".
OUTLET_BLURB = re.compile(
    r"^[\w.-]+(?:\s+[\w.-]+){0,3}\s+(?:adalah|merupakan)\s+(?:portal|situs|media|kanal)\s+(?:berita|informasi|media)\b"
    r"|^(?:kamu|anda)\s+(?:juga\s+)?(?:bisa|dapat)\s+(?:\w+\s+){0,8}?(?:mengunduh|unduh|download|berlangganan|bergabung|"
    r"menjadi\s+member|mengikuti|follow|subscribe)\b",
    _A,
)
OUTLET_BLURB_WORDS = ("adalah", "merupakan", "kamu", "anda")  # as COMMENT_FORM_WORDS

# "TAGS: gempa maluku bmkg", "Topik: Banjir, Agam", "Kata kunci: ...": the page's tag list.
TAG_LIST = re.compile(r"(?:tags?|topik|kata kunci|keywords?|label)\s*:\s*\S", re.IGNORECASE)
