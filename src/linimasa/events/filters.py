"""Which extracted events are reported: no shoppers storming a market, no public advisories, no
rescue of the victims, no damage done by a hazard read as an attack, only real violence in a
match report."""

from __future__ import annotations

import re
from typing import Final

from ..model import Event
from . import casualties, triggers
from .context import SentView
from .words import PUNCT_BOUNDARY, TALK, VERBAL, VIOLENT

_SPORTS_TERMS: Final = ("gol", "laga", "ronde", "tinju", "petinju", "petarung", "knockout", "ufc", "mma", "sabuk juara",
                 "pertandingan", "skor", "babak", "menit ke", "klub", "pelatih", "liga", "stadion", "kiper", "penalti",
                 "sundulan", "tendangan", "bek", "striker", "gelandang", "turnamen", "juara", "poin", "klasemen",
                 "wasit", "tim tamu", "tuan rumah", "pebulu ?tangkis", "petenis", "pembalap", "pebalap", "set pertama",
                 "gawang", "umpan", "sepak pojok", "kartu (?:kuning|merah)", "offside", "lapangan hijau",
                 "bursa transfer", "transfer", "kontrak", "la liga", "serie a", "bundesliga", "premier league",
                 "liga champions", "piala dunia", "timnas", "tes medis", "sirkuit", "grand prix", "latihan bebas",
                 "pole position", "motogp", "formula 1", "balapan", "pit stop")


def _by_first_letter(terms: tuple[str, ...]) -> str:
    """The terms (regexes that open with a letter) as one alternation per first letter,
    "g(?:ol|elandang|awang)|l(?:aga|iga|...)|...": at each word the regex engine passes over a
    whole group on its first letter instead of trying every term (3x fewer steps). It finds the
    same: terms of different first letters never match at one place (under IGNORECASE too), and
    each group keeps the terms in their order."""
    groups: dict[str, list[str]] = {}
    for t in terms:
        groups.setdefault(t[0], []).append(t[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


_SPORTS_WORDS: Final = r"\b(?:" + _by_first_letter(_SPORTS_TERMS) + r")\b"


_SPORTS: Final = re.compile(_SPORTS_WORDS, re.IGNORECASE)


# On lower-cased text the case-sensitive scan finds the same words 2.5x faster: lower() keeps every
# character one character and a word character or not, and no other character matches an ASCII
# letter under IGNORECASE, except these three (checked over all of Unicode).
_SPORTS_LOW: Final = re.compile(_SPORTS_WORDS)


_FOLDS_ODDLY: Final = ("ı", "ſ", "İ")


# outlets that publish nothing but sport
SPORTS_OUTLETS: Final = frozenset({"goal.com", "bola.com", "bola.net", "bolasport.com", "skor.id", "juara.net",
                             "bolaskor.com", "indosport.com", "superball.id", "sportstars.id"})


# ("ditangkap" alone is not one: a keeper catches a free kick; an arrest in a match report names the police)
_REAL_VIOLENCE: Final = frozenset({"polisi", "aparat", "tewas", "meninggal", "luka", "luka-luka", "terluka", "ricuh",
                            "kerusuhan", "kericuhan", "suporter", "bentrok", "dikeroyok",
                            "tawuran", "dibakar", "senjata"})


REACTIONS: Final = frozenset({"ACCUSE", "REQUEST"})


def is_sports(text: str, low: str | None = None) -> bool:
    """A match report: sports words of at least three kinds ("serangan balik" is not an attack).
    ``low``: ``text.lower()``, when the caller has it."""
    if any(c in text for c in _FOLDS_ODDLY):
        return len({m.group().lower() for m in _SPORTS.finditer(text)}) >= 3
    return len(set(_SPORTS_LOW.findall(text.lower() if low is None else low))) >= 3


# an opinion piece says so: "Tulisan ini merupakan pendapat pribadi penulis", "*) Penulis adalah dosen ...",
# or opens with a columnist's byline "Oleh: X, Ekonom Universitas Y"
_OPINION_NOTE: Final = re.compile(r"\b(?:tulisan|artikel|opini|kolom)\s+ini\s+(?:merupakan|adalah)\s+(?:pendapat|opini|pandangan)\s+"
                           r"pribadi\b|\bpenulis\s+adalah\s+(?:dosen|pengamat|peneliti|ekonom|guru\s+besar|mahasiswa|"
                           r"analis|direktur|ketua|anggota|pegiat|praktisi)\b|\bdi\s+luar\s+tanggung\s+jawab\s+redaksi\b",
                           re.IGNORECASE)
_OPINION_NOTE_LOW: Final = re.compile(_OPINION_NOTE.pattern)  # the same on lower-cased text (see _SPORTS_LOW), 2x faster
_COLUMNIST: Final = re.compile(r"^\s*oleh\s*:?\s+[^\n]{2,60}?,\s*(?:dosen|pengamat|peneliti|ekonom|guru\s+besar|mahasiswa|analis|"
                        r"direktur|ketua|pegiat|praktisi|kolumnis|wartawan\s+senior)\b", re.IGNORECASE)


# a word each of the disclaimers above holds: a text with none of them (lower-cased, see _FOLDS_ODDLY)
# holds no disclaimer, and most texts are ruled out without the whole-text scan ("redaksi", not the
# commoner "tanggung", for the third)
_OPINION_MUST: Final = ("pribadi", "penulis", "redaksi")


def is_opinion(text: str, removed: list[str], low: str | None = None) -> bool:
    """An opinion piece or column, by its disclaimer or its columnist's byline. ``low``:
    ``text.lower()``, when the caller has it."""
    if low is None:
        low = text.lower()
    if any(c in text for c in _FOLDS_ODDLY):
        if _OPINION_NOTE.search(text) is not None:
            return True
    elif any(w in low for w in _OPINION_MUST) and _OPINION_NOTE_LOW.search(low) is not None:
        return True
    return any(_COLUMNIST.match(line) for line in removed[:12])


# the editors' correction of the page itself: "Ralat: ...", "Sebelumnya tertulis ... 19 orang, yang benar sembilan"
_CORRECTION: Final = re.compile(r"^\W*(?:ralat|koreksi|catatan\s+redaksi|erratum)\s*:|\b(?:sebelumnya|semula)\s+"
                         r"(?:tertulis|ditulis|tercantum|disebutkan\s+dalam\s+berita)\b", re.IGNORECASE)


def correction_note(text: str) -> bool:
    """A sentence of the editors' correction note tells what the page once said, no event: its
    figures are the wrong ones ("Sebelumnya tertulis jumlah jemaah yang diamankan 19 orang")."""
    return _CORRECTION.search(text) is not None


# a review of a film, a series or a book says so in its headline: "Review Film \"X\": ...", "Resensi Novel X"
_REVIEW: Final = re.compile(r"\b(?:review|resensi|ulasan|sinopsis)\s+(?:film|serial|series|drama|dokumenter|buku|novel|"
                            r"komik|gim|game)\b", re.IGNORECASE)


def is_review(text: str) -> bool:
    """A review page: what it retells is the plot of a film or a book (battles, shellings, deaths),
    not news; its headline, in the page's opening lines, says it is a review."""
    return _REVIEW.search(text, 0, 400) is not None


def real_in_sports(e: Event) -> bool:
    """In a sports story keep only events with victims, arrests or police (supporters' riots)."""
    if (e.kind == "DISASTER" and e.mode != "crash") or e.figures:
        return True  # (a crash in a race is part of the sport unless someone died or was hurt)
    if e.mode == "arrest" and _SPORTS.search(e.sentence) is None:
        return True  # "Mereka ditangkap di sejumlah lokasi pada Senin (15/3)": the police's arrest, no catch in play
    # (a reaction to real violence, "Menpora mengecam kericuhan suporter", is news, not the sport)
    if e.type not in VIOLENT and e.type != "PROTEST" and e.type not in REACTIONS:
        return False  # (told before its sentence's words are read: most events are none of these)
    return bool(set(_WORD_RUNS.findall(e.sentence.lower())) & _REAL_VIOLENCE)


_WORD_RUNS: Final = re.compile(r"[\w-]+")


_CAUSATIVE: Final = frozenset({"memicu", "menyebabkan", "mengakibatkan", "menimbulkan"})


def caused(v: SentView, t: triggers.Trigger, found: list[triggers.Trigger]) -> bool:
    """"Serangan itu memicu kebakaran di dek kapal": a fire set off by an event told before (in
    this sentence or pointed back at) is part of that event."""
    if t.sense.kind != "DISASTER" or t.i == 0 or v.low[t.i - 1] not in _CAUSATIVE:
        return False
    return any(x.j <= t.i for x in found if x is not t) or casualties.opens_pointed(v.sent.text)


def war_named(v: SentView, t: triggers.Trigger) -> bool:
    """"korban perang", "kejahatan perang": a war named in a compound, none fought here; dropped
    before the sentence's figures are handed out, so that a toll beside it ("... yang memantau
    korban perang, mengatakan 27 warga tewas akibat tembakan artileri") goes to the real attack."""
    if v.low[t.i] not in ("perang", "perangnya") or t.i == 0:
        return False
    before = v.sent.text[:v.toks[t.i].start - v.sent.start]
    return _NOT_A_WAR.search(before, max(0, len(before) - 20)) is not None


def instrument(v: SentView, t: triggers.Trigger, found: list[triggers.Trigger]) -> bool:
    """"Rusia balik menggempur fasilitas energi ... dengan rudal dan drone": the arms an attack told
    by its verb was made with are that attack, not one of their own (whose subject would be the
    last name before them)."""
    if t.sense.type != "ASSAULT" or t.voice not in ("stative", "nominal"):
        return False
    k = t.i - 1
    while k >= 0 and k >= t.i - 5 and v.low[k] != "dengan":
        if v.low[k] in PUNCT_BOUNDARY and v.low[k] != ",":
            return False
        k -= 1
    if k < 0 or v.low[k] != "dengan" or not all(
            any(x.i <= m < x.j for x in found) or v.low[m] in ("dan", "serta", ",") for m in range(k + 1, t.i)):
        return False
    return any(x.j <= k and x.sense.type == "ASSAULT" and x.voice == "active" for x in found)


def hazard_damage(t: triggers.Trigger, found: list[triggers.Trigger], starts: set[int]) -> bool:
    """"Banjir bandang ... itu juga merusak 42 rumah": damage done by a hazard told as the subject
    of the verb is part of that disaster, not an attack by someone."""
    if t.voice != "active" or t.sense.type not in ("COERCE", "ASSAULT"):
        return False
    before = [x for x in found if x.j <= t.i]
    return bool(before) and before[-1].sense.kind == "DISASTER" and not any(before[-1].j <= k < t.i for k in starts)


# "saling menyerang dengan tarif impor": words, money or laws as the weapon are a metaphor
_FIGURATIVE: Final = re.compile(r"\s+(?:\w+\s+){0,2}?dengan\s+(?:tarif|kritik|kritikan|pernyataan|kebijakan|argumen|komentar|"
                         r"kata-kata|sindiran|hinaan|tuduhan|sanksi|pajak|bea)\b", re.IGNORECASE)


# goods or prices as the agent of a passive attack: "digempur produk impor", "diserbu barang murah"
_GOODS_AGENT: Final = re.compile(r"\s+(?:oleh\s+)?(?:produk|barang|impor|pakaian|harga|produk-produk|barang-barang|"
                          r"komoditas|merek|aplikasi|toko\s+daring|e-commerce)\b", re.IGNORECASE)
# a war on a vice or a thing: "perang melawan narkoba", "perang terhadap barang selundupan"
_WAR_ON: Final = re.compile(r"\s+(?:melawan|terhadap|menghadapi)\s+(?:\w+\s+)?(?:narkoba|narkotika|korupsi|hoaks|hoax|"
                     r"kemiskinan|penyelundupan|selundupan|barang|inflasi|pandemi|covid|virus|sampah|stunting|judi|"
                     r"perjudian|pungli|radikalisme|kebodohan|penyakit|rokok|plastik|harga)\b", re.IGNORECASE)
_SCARE_QUOTED: Final = re.compile(r"[\"“][\w-]+[\"”]")


# where only words are thrown: "saling serang di media sosial", "menyerang petahana dalam debat kandidat"
_IN_TALK: Final = re.compile(r"\s+(?:\w+\s+){0,3}?(?:di|lewat|melalui|dalam)\s+(?:media\s+sosial|medsos|debat|diskusi|"
                      r"talk\s?show|podcast|siaran|acara\s+televisi|linimasa|kolom\s+komentar|twitter|instagram|"
                      r"tiktok|facebook|youtube)\b", re.IGNORECASE)


_RANKING_BEFORE: Final = re.compile(r"\b(?:klasemen|daftar|pasar|pangsa\s+pasar|tangga\s+lagu|puncak|perolehan)\b(?:\s+\S+){0,4}?\s+"
                             r"(?:masih\s+|kini\s+|sudah\s+|telah\s+)?$", re.IGNORECASE)
_LEGAL: Final = re.compile(r"\b(?:perppu|perpu|undang-undang|undang\s*-\s*undang|peraturan|badan\s+hukum|status\s+hukum|"
                    r"keputusan\s+menteri|putusan\s+pengadilan)\b", re.IGNORECASE)
_LIKENED: Final = re.compile(r"\b(?:ibarat|ibaratkan|diibaratkan|mengibaratkan|bagaikan|laksana|analogi)\b", re.IGNORECASE)
_WORDS_ATTACK: Final = re.compile(r"\b(?:ungkapan|nyanyian|lagu|lirik|pernyataan|kritik|tulisan|artikel|cuitan|twit|unggahan|"
                           r"komentar|pidato|kampanye)\b(?:\s+\S+){0,5}?\s+(?:yang\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_SWAMP: Final = r"sampah|banjir|asap|limbah|lumpur|debu|genangan|air"  # what a place can be swamped by
_SWAMPED: Final = re.compile(r"\s+(?:oleh\s+)?(?:" + _SWAMP + r"|api|kemacetan|macet|utang|masalah|tumpukan|penyakit|rasa)\b",
                      re.IGNORECASE)
# fire engines, ambulances and search gear sent out ("mengerahkan dua alat berat" to dig for the buried)
_RESCUE: Final = r"pemadam|damkar|ambulans|alat\s+berat|ekskavator|eskavator|perahu\s+karet|anjing\s+pelacak"
_RUBBISH: Final = (r"(?:sampah|jerami|dedaunan|daun\s+kering|rumput|ranting|kertas|dupa|lilin|kemenyan|sate|ikan|jagung|ban\s+bekas|"
            r"limbah|uang)")
_RESCUE_GEAR_BEFORE: Final = re.compile(r"\b(?:unit\s+)?(?:mobil\s+)?(?:" + _RESCUE + r")\b(?:\s+\S+){0,4}?\s+"
                                 r"(?:langsung\s+|segera\s+|sudah\s+|telah\s+)?$", re.IGNORECASE)
_SWAMPING: Final = re.compile(r"\b(?:" + _SWAMP + r")\b(?:\s+\S+){0,5}?\s+$", re.IGNORECASE)
_RESCUE_GEAR: Final = re.compile(r"\s+(?:\S+\s+){0,3}?(?:unit\s+)?(?:mobil\s+)?(?:" + _RESCUE + r"|tangki\s+air)\b",
                          re.IGNORECASE)
_BURNT_STUFF: Final = re.compile(r"\b" + _RUBBISH + r"\s+(?:\w+\s+){0,2}?(?:yang\s+)?(?:sudah\s+|telah\s+)?$", re.IGNORECASE)
# "ketan berisi ikan yang dibungkus daun pisang lalu dibakar": wrapped and grilled, a dish cooked
_WRAPPED_THEN: Final = re.compile(r"\b(?:dibungkus|dibalut|dililit|dibumbui|diolesi|ditusuk)\s+(?:\S+\s+){0,4}?"
                                  r"(?:lalu|kemudian|dan|sebelum)\s+$", re.IGNORECASE)
_BURNT_STUFF_AFTER: Final = re.compile(r"\s+(?:tumpukan\s+)?" + _RUBBISH + r"\b", re.IGNORECASE)
_NOT_A_WAR: Final = re.compile(r"\b(?:retorika|propaganda|genderang|wacana|isu|film|gim|game|permainan|simulasi|kapal|pesawat|"
                        r"kejahatan|penjahat|tawanan|veteran|museum|korban|pahlawan|perlengkapan|alat|mesin|tank|"
                        r"pampasan|zona\s+bebas|sisa|membiayai|mendanai|biaya|anggaran|dana|selain)\s+$", re.IGNORECASE)
_ANTI: Final = re.compile(r"\banti\s*-?\s*$", re.IGNORECASE)
# "gempa vulkanik", "gempa embusan", "gempa tektonik lokal": a volcano's tremors read on the seismograph
# (a status report of the monitoring post), no earthquake that struck
_VOLCANIC_QUAKE: Final = re.compile(r"\s+(?:vulkanik|vulkanis|embusan|hembusan|tremor|tektonik\s+lokal|frekuensi\s+rendah|"
                                    r"low\s+frequency|guguran|letusan)\b", re.IGNORECASE)
_VOLCANIC_QUAKE_SOON: Final = re.compile(r"\bgempa" + _VOLCANIC_QUAKE.pattern, re.IGNORECASE)
# "melancarkan serangan selama tiga tahun terakhir": many events summed over a span, no one event
_OVER_A_SPAN: Final = re.compile(r"^\W*(?:\w+\s+){0,4}?(?:dalam|selama|sepanjang)\s+(?:\w+\s+)?(?:tahun|bulan|dekade|"
                                 r"pekan|minggu)\s+(?:terakhir|belakangan)\b", re.IGNORECASE)
# "sudah bertahun-tahun dilanda konflik", "perang yang berlangsung bertahun-tahun": a standing conflict
# years long, no fighting told on a day
_YEARS_LONG: Final = re.compile(r"\b(?:bertahun-tahun|berpuluh-puluh\s+tahun|berdekade-dekade)\b", re.IGNORECASE)
_YEARS_LONG_AFTER: Final = re.compile(r"\s+(?:\w+\s+){0,3}?(?:berlangsung|berkecamuk|berjalan)\s+(?:selama\s+)?"
                                      r"(?:bertahun-tahun|berpuluh-puluh\s+tahun)\b", re.IGNORECASE)
# ("serangan paling mematikan dalam dua tahun terakhir" compares one event with the span: kept)
_MOST: Final = re.compile(r"\b(?:paling|ter(?:besar|parah|buruk|banyak|kuat)|pertama)\b", re.IGNORECASE)
# "menguji rudal balistik", "uji coba rudal", "mengembangkan rudal jarak jauh": a weapon tried out
# or built up, nobody attacked
_TESTED: Final = re.compile(r"\b(?:menguji|diuji|pengujian|uji(?:\s+coba)?|ujicoba|mengembangkan|dikembangkan|"
                            r"pengembangan|memproduksi|produksi)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WEAPONS: Final = frozenset({"bom", "rudal", "roket", "misil", "nuklir", "senjata"})
# "propaganda terornya", "paham kekerasan": the word names what is preached, no act told
_PREACHED: Final = re.compile(r"\b(?:propaganda|ideologi|paham|doktrin|retorika|narasi|konten)\s+$", re.IGNORECASE)
_HELD_BY: Final = re.compile(r"\byang\s+(?:masih\s+|kini\s+|sudah\s+|telah\s+)?$", re.IGNORECASE)
_SENTENCE_ASKED: Final = re.compile(r"\s+(?:hukuman\s+)?(?:\w+\s+){0,3}?(?:tahun|bulan)\s+(?:penjara|kurungan|bui)\b", re.IGNORECASE)
_COURT_DEMAND: Final = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:membayar|denda|uang\s+pengganti|hukuman|pidana|penjara|"
                                  r"kurungan|dihukum)\b", re.IGNORECASE)
_PROSECUTOR: Final = re.compile(r"\b(?:jaksa|JPU|penuntut)\b", re.IGNORECASE)
_IN_COURT: Final = re.compile(r"\b(?:jaksa|JPU|penuntut|terdakwa|vonis|majelis\s+hakim|persidangan|lokasi\s+sidang)\b",
                              re.IGNORECASE)


# what a party in a trial asks of the judges ("meminta majelis hakim mengesampingkan keterangan saksi",
# "memohon kepada hakim membebaskan terdakwa") is pleading, not a request between parties
_PLEA_VERBS: Final = frozenset({"meminta", "minta", "memohon", "memohonkan"})
_TO_THE_BENCH: Final = re.compile(r"\s+(?:kepada\s+|agar\s+|supaya\s+)?(?:majelis\s+)?hakim\b", re.IGNORECASE)


def _prosecutors_demand(e: Event, before: int, after: int) -> bool:
    """A prosecutor's demand in court, no request between parties: "dituntut membayar denda",
    "jaksa juga menuntut X membayar uang pengganti", "menganggap tuntutan (jaksa) terlalu ringan"
    in a trial story."""
    t = e.trigger.lower()
    if t.startswith("dituntut"):
        return _COURT_DEMAND.match(e.sentence, after) is not None
    if t.startswith("menuntut"):
        return _PROSECUTOR.search(e.sentence, max(0, before - 40), before) is not None \
            and _COURT_DEMAND.match(e.sentence, after) is not None
    if t in _PLEA_VERBS and _TO_THE_BENCH.match(e.sentence, after) is not None:
        return True  # "JPU meminta majelis hakim menolak nota pembelaan": a plea to the court
    return t.startswith("tuntutan") and _IN_COURT.search(e.sentence) is not None


_RANKING: Final = re.compile(r"\s+(?:\w+\s+)?(?:daftar|pasar|pangsa|klasemen|tangga\s+lagu|box\s+office|perolehan|puncak|"
                      r"nominasi|penjualan|bahasa|materi|teknik|ilmu|saham|panggung|layar|jagat|media\s+sosial|"
                      r"percakapan|pemberitaan|lini\s+masa|trending|jalannya\s+(?:laga|pertandingan)|permainan|"
                      r"lapangan\s+tengah|bola)\b", re.IGNORECASE)
_ECONOMY: Final = re.compile(r"\b(?:ekonomi|industri|sektor|pasar|bisnis|usaha|harga|saham|rupiah|penjualan|kinerja|pendapatan|"
                      r"pariwisata|ekspor|impor|perdagangan|daya\s+beli|perekonomian)\b(?:\s+\S+){0,3}?\s+(?:ikut\s+|turut\s+|"
                      r"sangat\s+|cukup\s+)?$", re.IGNORECASE)
_STAGE: Final = re.compile(r"\s+(?:\w+\s+)?(?:seri|sekuel|babak|tahap|tahapan|fase|usia|umur|musim|era|masa|periode|"
                    r"tahun|bulan|pekan|minggu|hari|jam|putaran|edisi|episode|dekade|abad|pasar|dunia)\b", re.IGNORECASE)
_BURNT_OFF: Final = re.compile(r"\b(?:kalori|lemak)\s+(?:\w+\s+){0,2}?(?:yang\s+)?$", re.IGNORECASE)
_LAND: Final = re.compile(r"\b(?:lahan|tanah|bidang|hektare|hektar|persil|kawasan)\s+(?:\w+\s+){0,2}?(?:yang\s+)?(?:sudah\s+|telah\s+|belum\s+)?$",
                   re.IGNORECASE)
_ONCE: Final = re.compile(r"\bpernah\s+(?:\w+\s+)?$", re.IGNORECASE)
_DEGREE: Final = re.compile(r"\b(?:sangat|amat|begitu|sungguh|terlalu|paling)\s+$", re.IGNORECASE)
_SHARE: Final = re.compile(r"(?:\bpersen|%|\bresponden)\s+(?:[\w-]+\s+){0,3}?(?:juga\s+|justru\s+|masih\s+)?$", re.IGNORECASE)
_SHOWCASE: Final = re.compile(r"\s+(?:memasak|masak|produk|aplikasi|alat|cara|membuat|pembuatan|membatik|kuliner|"
                       r"teknologi|fitur|senam|tari|menari|mesin)\b", re.IGNORECASE)


# "pemerintah federal Somalia yang didukung internasional", "milisi yang disokong Iran": who backs
# whom, said of a party in passing, is a standing tie, not a SUPPORT told as done
_BACKED: Final = re.compile(r"\byang\s+(?:selama\s+ini\s+|juga\s+)?$", re.IGNORECASE)
_BACKING: Final = frozenset({"didukung", "disokong", "dibekingi", "dibeking", "disponsori"})
_HABITUAL: Final = re.compile(r"\b(?:sering|kerap|acap\s+kali|seringkali|sering\s+kali|selalu|biasanya)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)


_STILL: Final = re.compile(r"\b(?:masih|tetap|terus)\s+$", re.IGNORECASE)
# a force of nature as the subject of an attack verb: "Gelombang dari mobil lain juga bisa menyerang
# bagian depan mobil kita", "angin kencang menyerang ..." (a hazard's own verbs are DISASTER triggers)
_NATURE_DOER: Final = re.compile(r"\b(?:gelombang|ombak|angin|arus|air|hujan|panas|hawa|dingin|cuaca|sinar|radiasi|rayap)"
                          r"(?:\s+[\w-]+){0,4}\s+(?:(?:juga|pun|bisa|dapat|akan|kerap|sering|langsung)\s+)*$",
                          re.IGNORECASE)
# a hazard as the subject of a verb of wrecking: "angin kencang yang menghancurkan rumah-rumah",
# "banjir bandang itu juga merusak jembatan" (the hazard is the disaster event, its damage no COERCE)
_NATURE_WRECKS: Final = re.compile(r"\b(?:angin|badai|topan|siklon|puting\s+beliung|gelombang|ombak|tsunami|banjir|gempa|"
                            r"longsor(?:an)?|lahar|lava|awan\s+panas|abu\s+vulkanik|hujan|arus)"
                            r"(?:\s+(?:kencang|besar|tinggi|deras|lebat|bandang|pasang|kuat|susulan|panas|bumi|"
                            r"vulkanik|dingin|itu|tersebut|ini))*\s+(?:yang\s+)?(?:(?:juga|pun|turut|ikut|telah|sudah|"
                            r"bahkan|sempat)\s+)*$", re.IGNORECASE)
# what starts a fire, as the subject of "membakar": "puntung rokok yang dibuang lalu membakar dinding",
# "api cepat membakar atap": a fire spreading, nobody's arson
_FIRE_STARTS: Final = re.compile(r"\b(?:api|bara(?:\s+api)?|batu\s+bara|percikan(?:\s+api)?|korsleting(?:\s+listrik)?|"
                                 r"arus\s+pendek|puntung\s+rokok|lilin|kompor|obat\s+nyamuk)"
                                 r"(?:\s+(?:itu|tersebut|ini|cepat|langsung))*\s+(?:yang\s+)?(?:\w+\s+(?:dan|lalu|kemudian)\s+)?"
                                 r"(?:(?:juga|pun|ikut|turut|telah|sudah|sempat|cepat|langsung)\s+)*$", re.IGNORECASE)
# a hazard named as one of a kind: "menerobos genangan atau banjir", "rawan banjir atau longsor"
_EITHER_HAZARD: Final = re.compile(r"\batau\s+$", re.IGNORECASE)
_HAZARD_OR: Final = re.compile(r"\s+atau\b", re.IGNORECASE)


# what a word or a fact means, not what happened: "untuk menyiratkan teroris itu menyerah, terbunuh atau
# tertangkap", "yang berarti Washington bisa menyerang pihak yang menyerang Tokyo"
_MEANS: Final = re.compile(r"\b(?:menyiratkan|berarti|artinya|bermakna|maksudnya|didefinisikan|diartikan)\b[^.;:]*$",
                           re.IGNORECASE)
# what is usual or general: "Penjahat siber biasanya mengirim surel ancaman kepada pejabat", "Keletihan ...
# umumnya menjadi penyebab utama pendaki yang tewas" (not "seperti biasanya", "lebih besar dari biasanya": this time)
_USUALLY: Final = re.compile(r"\b(?:biasanya|umumnya|lazimnya|galibnya)\b", re.IGNORECASE)
_AS_USUAL: Final = re.compile(r"\b(?:seperti|dari|daripada|ketimbang|pada)\s+$", re.IGNORECASE)
_WHEN_OPENS: Final = re.compile(r"\W*(?:ketika|saat|bila|jika|kalau|apabila|setiap\s+kali)\b", re.IGNORECASE)


def _generic_statement(sentence: str, before: int, after: int) -> bool:
    """The event is told as what usually happens: "biasanya"/"umumnya" before it in its sentence, or
    after it when it is in a "Ketika ..." clause opening the sentence ("Ketika mereka menyerang orang
    di industri hiburan, mereka biasanya menyerang siapa saja")."""
    for m in _USUALLY.finditer(sentence):
        if _AS_USUAL.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        if m.start() < before or (m.start() >= after and _WHEN_OPENS.match(sentence)):
            return True
    return False


def reportable(e: Event) -> bool:
    """Verbal-interaction events with no participant at all are generic ("meminta pertolongan");
    a public advisory ("meminta warga tetap waspada") is no request between actors."""
    before, after = e.trigger_start - e.sentence_start, e.trigger_end - e.sentence_start  # in the sentence
    if e.type == "REQUEST" and _ADVISORY.match(e.sentence, after):
        return False
    if e.type == "SUPPORT" and e.trigger.lower() in _BACKING and _BACKED.search(e.sentence, max(0, before - 20), before):
        return False  # "pemerintah yang didukung internasional": a party's standing backer, no event
    if _HABITUAL.search(e.sentence, max(0, before - 30), before):
        return False  # "dirinya masih sering mengunjungi X", "kelompok itu kerap menyerang": no one event
        # ("sempat rutin mengadakan pembicaraan" is a series of talks that did happen: kept)
    if not e.date_stated and _MEANS.search(e.sentence, max(0, before - 100), before):
        return False  # "kata 'ditaklukkan' untuk menyiratkan teroris itu menyerah, terbunuh atau tertangkap": a gloss
    if not e.date_stated and _generic_statement(e.sentence, before, after):
        return False  # "Penjahat siber biasanya mengirim surel ancaman ...": what usually happens, no one event
    if not e.date_stated and _ONCE.search(e.sentence, max(0, before - 20), before):
        return False  # "perahu yang pernah tenggelam di danau itu": some time, never told when
    if e.type not in VERBAL and _DEGREE.search(e.sentence, max(0, before - 12), before):
        return False  # "Itu sangat menghancurkan": how something felt, not what was done
        # (what people say keeps it: "Kami sangat mendukung langkah itu" is support)
    if e.type in VERBAL and _SHARE.search(e.sentence, max(0, before - 40), before):
        return False  # "54 persen warga Inggris menolak referendum ulang": a poll, not a party acting
    if e.type == "MOBILIZE" and (_RESCUE_GEAR.match(e.sentence, after)
                                 or _RESCUE_GEAR_BEFORE.search(e.sentence, max(0, before - 50), before)) \
            and not _TO_SAVE_PEOPLE.search(e.sentence, after):
        return False  # "Sudin Damkar mengerahkan 20 unit mobil pemadam": fire engines, not troops
        # (gear sent "untuk mengevakuasi warga" is a rescue of people: the deployment is kept)
    if _DECLARED_HOAX.search(e.sentence, 0, max(0, before)) and _HOAX_VERDICT.search(e.sentence, after, after + 150):
        return False  # "Video yang menyebut ... menculik tiga anak ... dipastikan hoaks": a claim found false
    if e.mode == "siege" and (_SWAMPED.match(e.sentence, after) or _SWAMPING.search(e.sentence, max(0, before - 40), before)):
        return False  # "dikepung sampah", "dikepung banjir": swamped, not besieged
    if e.mode == "destroy" and (_BURNT_STUFF.search(e.sentence, max(0, before - 30), before)
                                or _BURNT_STUFF_AFTER.match(e.sentence, after)
                                or _WRAPPED_THEN.search(e.sentence, max(0, before - 50), before)):
        return False  # "sampah yang dibakar", "membakar jerami": burning rubbish is no attack on property
        # (nor is grilling a dish: "ketan yang dibungkus daun pisang lalu dibakar")
    if e.trigger.lower() in ("perang", "perangnya") and _NOT_A_WAR.search(e.sentence, max(0, before - 20), before):
        return False  # "retorika perang", "kejahatan perang", "tawanan perang": a war named, none fought
    if _ANTI.search(e.sentence, max(0, before - 8), before):
        return False  # "penyidik anti-teror", "penyidik anti - teror", "sistem pertahanan anti rudal": against it
    if e.mode == "earthquake" and (_VOLCANIC_QUAKE.match(e.sentence, after) or _VOLCANIC_QUAKE_SOON.search(
            e.sentence, after, after + 40)):
        return False  # "Pos pengamatan merekam 52 kali gempa embusan": tremors counted, no quake
        # (and "gempa yang tercatat didominasi gempa vulkanik dangkal": the same reading)
    if e.type == "ASSAULT" and e.mode == "clash" and (_YEARS_LONG.search(e.sentence, max(0, before - 30), before)
                                                     or _YEARS_LONG_AFTER.match(e.sentence, after)):
        return False  # "sudah bertahun-tahun dilanda konflik bersenjata": years of war, not a clash on a day
    if e.type in ("ASSAULT", "PROTEST", "COERCE") and (m := _OVER_A_SPAN.search(e.sentence[after:])) \
            and not _MOST.search(m.group(0)):
        return False  # "kelompok itu ... melancarkan serangan selama tiga tahun terakhir": a tally
    if e.type == "ASSAULT" and e.trigger.lower() in _WEAPONS and _TESTED.search(e.sentence, max(0, before - 25), before):
        return False  # "telah menguji rudal balistik jarak menengah": a weapons test (or programme), no attack
    if _PREACHED.search(e.sentence, max(0, before - 14), before):
        return False  # "rekaman propaganda terornya masih beredar": a message, no attack
    if e.mode == "territory" and _STILL.search(e.sentence, max(0, before - 12), before):
        return False  # "Kelompok itu masih menguasai sebagian besar wilayah pedesaan": a standing hold, no taking
    if e.mode == "territory" and e.trigger.lower() in ("dikuasai", "diduduki") \
            and _HELD_BY.search(e.sentence, max(0, before - 16), before):
        return False  # "daerah yang dikuasai gerilyawan": who holds a place, not a taking
    if e.type == "REQUEST" and e.trigger.lower() == "menuntut" and not e.actors and not e.date_stated \
            and e.sentence[:before].strip(" \"\u201c"):
        return False  # "Jalanan yang basah dan licin menuntut pengemudi lebih ...": a thing requires, nobody demands
    if e.type == "REQUEST" and "tuntut" in e.trigger.lower() and _SENTENCE_ASKED.match(e.sentence, after):
        return False  # "dituntut lima tahun penjara": a prosecutor's sentencing demand
    if e.type == "REQUEST" and _prosecutors_demand(e, before, after):
        return False  # "dituntut membayar denda", "jaksa menuntut X membayar uang pengganti": the same, in court
    if e.mode == "territory" and (_RANKING.match(e.sentence, after)
                                  or (e.trigger.lower() == "dikuasai" and _RANKING_BEFORE.search(e.sentence, 0, before))):
        return False  # "menguasai daftar nominasi", "menguasai pasar ponsel": leading, not holding ground
    if e.trigger.lower() == "terpukul" and _ECONOMY.search(e.sentence, max(0, before - 40), before):
        return False  # "ekonomi Indonesia terpukul": hard hit, nobody struck
    if e.mode == "enter" and _STAGE.match(e.sentence, after):
        return False  # "kisah itu kini telah memasuki seri kelima": a stage reached, not troops moving in
    if e.mode == "fire" and _BURNT_OFF.search(e.sentence, max(0, before - 25), before):
        return False  # "kalori yang terbakar": burnt off, not a fire
    if e.type == "PROTEST" and e.trigger.lower() in ("demo", "demonstrasi") and _SHOWCASE.match(e.sentence, after):
        return False  # "undangan demo memasak": a demonstration of a craft, not a protest
    if e.type == "ASSAULT" and _FIGURATIVE.match(e.sentence, after):
        return False
    if e.type == "ASSAULT" and _IN_TALK.match(e.sentence, after):
        return False  # "kedua kubu saling serang di media sosial", "menyerang lawannya dalam debat": words
    if e.type == "ASSAULT" and e.trigger.lower().startswith("di") and _GOODS_AGENT.match(e.sentence, after):
        return False  # "industri tekstil digempur produk impor murah": goods compete, nobody is struck
    if e.trigger.lower() in ("perang", "berperang") and _WAR_ON.match(e.sentence, after):
        return False  # "perang melawan barang selundupan", "perang terhadap narkoba": a campaign
    if e.kind == "DISASTER" and _SCARE_QUOTED.search(e.sentence, max(0, before - 2), min(len(e.sentence), after + 2)):
        return False  # 'membuka pintu bagi "tsunami" produk asing': a hazard word in scare quotes
    if e.type == "AID" and e.trigger.lower() in ("membantu", "dibantu") and _POLICE_WORK.match(e.sentence, after):
        return False  # "Polresta hanya membantu pengamanan": a hand in police work, not aid
    if e.type == "AID" and e.trigger.lower() == "dibantu" and _HELPER_THEN_VERB.match(e.sentence, after):
        return False  # "Satpol PP dibantu aparat kepolisian merobohkan ...": the helper takes part in X's act
    if e.mode == "disperse" and (_BODIES.search(e.sentence) or _LEGAL.search(e.sentence)) \
            and not _CROWDS.search(e.sentence):
        return False  # "meminta agar dua komisi itu dibubarkan": dissolving a body, not a crowd
    if e.type == "REQUEST" and e.trigger.lower() in ("diminta", "diimbau", "dihimbau", "dituntut") \
            and _PUBLIC_BEFORE.search(e.sentence, 0, max(0, before)):
        return False  # "Masyarakat diminta untuk bersabar": the public told what to do
    if e.mode == "destroy" and _SOFT_DAMAGE.match(e.sentence, after):
        return False  # "merusak kesehatan sperma", "membakar semangat penonton", "membakar kalori"
    if e.type == "ASSAULT" and _CYBER.search(e.sentence):
        return False  # "kerentanan ... sebelum diserang peretas": a cyber attack, no violence
    if e.mode == "arrest" and e.trigger.lower() == "tertangkap" and _CAMERA.match(e.sentence, after):
        return False  # "tertangkap kamera", "seperti yang tertangkap fotografer"
    if e.type == "ASSAULT" and _LIKENED.search(e.sentence, max(0, before - 60), before):
        return False  # "kesepakatan yang ia ibaratkan sebagai pemerkosaan": a metaphor
    if e.type == "ASSAULT" and _WORDS_ATTACK.search(e.sentence, max(0, before - 40), before):
        return False  # "ungkapan paling terbuka yang menyerang Trump": words attack, nobody is hurt
    if e.type == "ASSAULT" and e.sentence[max(0, before - 8):before].lower().rstrip().endswith("seperti"):
        return False  # "penonton seperti terlempar ke masa lalu": a simile
    if e.type == "ASSAULT" and not e.actors and _NATURE_DOER.search(e.sentence, max(0, before - 50), before):
        return False  # "Gelombang dari mobil lain juga bisa menyerang bagian depan mobil": water, not a foe
    if e.mode == "destroy" and _NATURE_WRECKS.search(e.sentence, max(0, before - 50), before):
        return False  # "angin kencang yang menghancurkan rumah-rumah": the storm's damage, nobody's deed
    if e.mode == "destroy" and "bakar" in e.trigger.lower() and _FIRE_STARTS.search(e.sentence, max(0, before - 50), before):
        return False  # "puntung rokok yang dibuang lalu membakar dinding warung": the fire's spread, no arson
    if e.kind == "DISASTER" and not e.figures and (_EITHER_HAZARD.search(e.sentence, max(0, before - 8), before)
                                                   or _HAZARD_OR.match(e.sentence, after)):
        return False  # "terpaksa menerobos genangan atau banjir": a kind of hazard, none that struck
    if (e.type == "ASSAULT" or e.mode == "destroy") and _DISEASE.search(e.sentence[max(0, before - 30):after + 25]):
        return False  # "Kanker yang menyerang getah bening", "diserang virus"
    if e.mode == "visit" and any(p.name.lower().split()[-1] in _VISITORS for p in e.actors + e.targets if p.name.split()):
        return False  # "kunjungan wisatawan mancanegara naik": tourism, not a visit between parties
    if e.mode == "accident" and e.trigger.lower() in ("cedera", "terluka") and _PLAYERS.search(e.sentence):
        return False  # "beberapa pemain yang kini tengah mengalami cedera": a sports injury, no accident
    if e.mode == "release" and _LAND.search(e.sentence, max(0, before - 30), before):
        return False  # "lahan yang dibebaskan": land acquired, nobody set free
    if e.type in ("SUPPORT", "AID", "COOPERATE", "THREATEN") and _PURPOSE.search(e.sentence, 0, max(0, before)):
        return False  # "digalakkan untuk mendukung ekonomi nasional": an aim, not an act of support
    if e.type in ("SUPPORT", "COOPERATE") and _TECH.search(e.sentence):
        return False  # "printer yang mendukung konektivitas Wi-Fi", "didukung oleh prosesor Snapdragon"
    if e.mode == "disperse" and e.sentence[after:].lstrip().startswith("diri"):
        return False  # "Para mahasiswa membubarkan diri": the crowd went home
    if ("serbu" in e.trigger.lower() or "nyerbu" in e.trigger.lower()) and _CROWDED.search(e.sentence) and not any(
            p.sector in ("police", "military", "rebel") for p in e.actors):
        return False  # "Ribuan warga menyerbu pasar murah": shoppers, not an assault
    if e.mode == "arrest" and _BALL.search(e.sentence):
        return False  # "sepakannya dapat diamankan kiper X", "mudah ditangkap Dwi": a keeper's save, no arrest
    if e.mode == "evacuate" and (_THINGS_MOVED.match(e.sentence, after)
                                 or _THINGS_MOVED_BEFORE.search(e.sentence, max(0, before - 50), before)):
        return False  # "mengevakuasi material longsoran", "bangkai mobil itu dievakuasi": things cleared, nobody saved
    if e.mode == "explosives" and e.trigger.lower() in _DEVICES and _FOUND.search(e.sentence, max(0, before - 40), before):
        return False  # "polisi menemukan pipa diduga bom": a device found, none set off
    if e.mode == "evacuate" and e.targets and all(_VICTIMS.intersection(p.name.lower().split()) for p in e.targets):
        return False  # "Korban sudah dievakuasi petugas": the rescue of the dead or hurt is part of their incident
    if e.type == "THREATEN" and _BOMB_THREAT.match(e.sentence, after) and (
            _THREAT_REACHED.search(e.sentence, after) or _THREAT_RECEIVED.search(e.sentence, max(0, before - 25), before)):
        return True  # "ancaman bom ... menyasar sebuah sekolah": an incident, whoever sent it
        # ("mewaspadai ancaman bom menjelang Natal" reaches nobody: no event)
    return e.type not in TALK or bool(e.actors or e.targets or e.figures) or _goods_handed_out(e)


def _goods_handed_out(e: Event) -> bool:
    """Aid goods handed out in the passive, the giver left unsaid ("Bantuan berupa beras ... mulai
    didistribusikan ke posko"): the goods are told, so it is one concrete act, not a generic one
    (the trigger passed the rule that wants aid words around it; "dibantu" is help, no goods)."""
    t = e.trigger.lower()
    return e.type == "AID" and e.mode is None and t.startswith("di") and not t.startswith("dibantu")


_VISITORS: Final = frozenset({"wisatawan", "turis", "pengunjung", "penonton", "pelanggan", "pembeli", "jemaah", "peziarah",
                       "pemudik", "penumpang"})
_PUBLIC_SECTORS: Final = frozenset({"government", "military", "police", "rebel", "igo", "party"})


def private_dealings(events: list[Event]) -> list[Event]:
    """In a story with no violence and no public actor (a singer, a company, a footballer), the
    verbal events between private people: "Adele menolak bicara", "Nicki membantu 30 siswa"."""
    if any(e.type in VIOLENT or e.type == "PROTEST" for e in events) or any(
            p.sector in _PUBLIC_SECTORS for e in events for p in e.actors + e.targets):
        return []
    return [e for e in events if e.type in VERBAL and (e.actors or e.targets) and all(
        (p.entity_id or "").startswith("PER:") and not p.country for p in e.actors + e.targets)]


_VICTIMS: Final = frozenset({"korban", "jenazah", "jasad", "mayat"})
_THING: Final = (r"(?:material|longsoran|tanah|lumpur|puing(?:-puing)?|reruntuhan|bangkai|rangka|kendaraan|mobil|truk|bus|"
                 r"sepeda\s+motor|motor|kapal|perahu|pesawat|helikopter|pohon|batang|kayu|batu|barang|sampah|kontainer)")
_THINGS_MOVED: Final = re.compile(r"\s+(?:(?:sebuah|satu|dua|tiga|seluruh|semua|sisa|tumpukan)\s+)?" + _THING + r"\b",
                                  re.IGNORECASE)
_THINGS_MOVED_BEFORE: Final = re.compile(r"(?:^|[,;]\s*|\b(?:dan|lalu|kemudian|setelah)\s+)(?:[A-Z]\w*\s+)?" + _THING + r"\b(?:\s+[\w-]+){0,3}\s+(?:berhasil\s+|sudah\s+|telah\s+|"
                                         r"segera\s+)?$", re.IGNORECASE)
# what a goalkeeper catches or holds: a ball, a shot, a header, a cross, or the keeper himself named
_BALL: Final = re.compile(r"\b(?:bola|sepakan(?:nya)?|tendangan(?:nya)?|sundulan(?:nya)?|umpan(?:nya)?|"
                          r"kiper|penjaga\s+gawang|gawang)\b", re.IGNORECASE)
_DEVICES: Final = frozenset({"bom", "granat", "ranjau", "bahan peledak"})
# a device found, seized or carried: "menemukan pipa diduga bom", "menyita dua granat", "membawa bom rakitan"
_FOUND: Final = re.compile(r"\b(?:menemukan|ditemukan|temuan|menyita|disita|mengamankan|diamankan|membawa|dibawa|"
                           r"menyimpan|disimpan|merakit|dirakit|memiliki|menjinakkan|dijinakkan)\b(?:\s+[\w-]+){0,4}\s+$",
                           re.IGNORECASE)
_BODIES: Final = re.compile(r"\b(?:lembaga|komisi|organisasi|partai|badan|kementerian|kabinet|parlemen|satgas|yayasan|"
                     r"perusahaan|kpk|komnas|dprd?|ormas|grup(?:nya)?|band(?:nya)?|boyband|girlband|"
                     r"koalisi|kelompok\s+musik|duo|trio)\b", re.IGNORECASE)
_CROWDS: Final = re.compile(r"\b(?:massa|demonstran|pendemo|pengunjuk\s+rasa|kerumunan|aksi|unjuk\s+rasa|demo|"
                     r"demonstrasi|warga|mahasiswa|buruh|peserta|pendukung|simpatisan|anggota)\b", re.IGNORECASE)
# the public, told what to do: advisories, not requests between actors
_PUBLIC: Final = (r"warga|masyarakat|publik|penduduk|pengendara|pengguna\s+jalan|wisatawan|pengunjung|nelayan|orang\s*tua|"
           r"semua\s+orang|setiap\s+orang|guru|para\s+guru|kita")
_PUBLIC_BEFORE: Final = re.compile(r"\b(?:" + _PUBLIC + r"|para\s+orangtua)\b(?:\s+\S+){0,4}?\s+(?:juga\s+|pun\s+)?$",
                            re.IGNORECASE)
_SOFT_DAMAGE: Final = re.compile(r"\s+(?:\w+\s+)?(?:kesehatan|gigi|enamel|kulit|rambut|organ|jantung|paru-paru|ginjal|hati|"
                          r"semangat|kalori|lemak|citra|reputasi|nama\s+baik|suasana|mood|mental|moral|hubungan|"
                          r"kepercayaan|persatuan|demokrasi|ekosistem|lingkungan|tatanan|sistem|pasar|harga|ban|rencana|karier|karir|"
                          r"peluang|kesempatan|mimpi|impian|masa\s+depan|bukti|barang\s+bukti|dokumen)\b", re.IGNORECASE)
_PURPOSE: Final = re.compile(r"\b(?:untuk|guna|demi|agar|supaya|dalam\s+rangka|diharapkan|diharapkan\s+dapat|bisa|dapat|mampu)\s+"
                      r"(?:ikut\s+|turut\s+|terus\s+|lebih\s+)?(?:memberikan\s+|memberi\s+|menyalurkan\s+|menjalin\s+)?$",
                      re.IGNORECASE)
# a rescue of people, not the deployment of gear alone: "mengerahkan 12 perahu karet untuk mengevakuasi warga"
_TO_SAVE_PEOPLE: Final = re.compile(r"\s+(?:\S+\s+){0,6}?(?:untuk|guna)\s+(?:mengevakuasi|menyelamatkan|mencari|menolong)\s+"
                             r"(?:para\s+|ratusan\s+|ribuan\s+|puluhan\s+)?(?:warga|korban|pengungsi|penumpang|"
                             r"penduduk|nelayan|pendaki|santri|siswa|anak-anak)\b", re.IGNORECASE)
# the content of a claim ("video yang menyebut ...", "kabar soal ...") later found false ("dipastikan hoaks")
_DECLARED_HOAX: Final = re.compile(r"\b(?:menyebut|menyebutkan|mengabarkan|berisi|bernarasi|soal|tentang|terkait|bahwa)\b",
                            re.IGNORECASE)
_HOAX_VERDICT: Final = re.compile(r"\b(?:dipastikan|dinyatakan|ternyata|adalah|merupakan|disebut|hanyalah|hanya)\s+(?:sebagai\s+)?"
                           r"(?:hoaks|hoax|bohong|kabar\s+bohong|berita\s+bohong|disinformasi|tidak\s+benar)\b",
                           re.IGNORECASE)
# a threat of a bomb (or of shooting) is an incident even when nobody is named behind it
_BOMB_THREAT: Final = re.compile(r"\s+(?:\w+\s+)?(?:bom|peledak|bahan\s+peledak|penembakan|teror)\b", re.IGNORECASE)
_THREAT_REACHED: Final = re.compile(r"\b(?:menyasar|ditujukan|dikirim|dikirimkan|diterima|masuk|dilayangkan|disebar)\b", re.IGNORECASE)
_THREAT_RECEIVED: Final = re.compile(r"\b(?:menerima|mendapat|mendapatkan|mendapati)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CYBER: Final = re.compile(r"\b(?:kerentanan|peretas|hacker|siber|malware|ransomware|phishing|celah\s+keamanan|bug|"
                    r"serangan\s+ddos|ddos)\b", re.IGNORECASE)
_PLAYERS: Final = re.compile(r"\b(?:pemain|pemainnya|atlet|atletnya|pebalap|petinju|pesepak\s?bola|striker|kiper|gelandang|"
                      r"bek|skuad|pebulu\s?tangkis|petenis|pegulat|pesenam|perenang)\b", re.IGNORECASE)
_CAMERA: Final = re.compile(r"\s+(?:oleh\s+)?(?:kamera|fotografer|lensa|cctv|paparazi|paparazzi|mata|basah)\b", re.IGNORECASE)
_DISEASE: Final = re.compile(r"\b(?:kanker|sel\s+kanker|tumor|virus|penyakit|wabah|hama|bakteri|jamur|kuman|flu|demam|infeksi|stroke|"
                      r"asma|alergi|migrain|panik|kecemasan|"
                      r"diabetes|covid(?:-19)?|corona|malaria|rabies|cacar|difteri|campak|tbc|hiv|aids)\b", re.IGNORECASE)
_TECH: Final = re.compile(r"\b(?:konektivitas|prosesor|chipset|baterai|resolusi|layar|fitur|sistem\s+operasi|wi-?\s?fi|"
                   r"bluetooth|jaringan\s+(?:4g|5g|lte)|4g|5g|lte|ram|memori|kamera|aplikasi|perangkat|format|"
                   r"sensor|teknologi|industri\s+sinyal|android|ios)\b", re.IGNORECASE)
# "dibantu aparat kepolisian merobohkan": the helper (a few words), then the helped one's verb
_HELPER_THEN_VERB: Final = re.compile(r"\s+(?:oleh\s+)?(?:[\w.-]+\s+){1,5}?(?:me|ber)\w{4,}\b")
_POLICE_WORK: Final = re.compile(r"\s+(?:dalam\s+)?(?:proses\s+)?(?:pengamanan|penyelidikan|penyidikan|pemeriksaan|pengejaran|"
                          r"penangkapan|pengawasan|penjagaan|pengaturan\s+lalu\s+lintas|penegakan\s+hukum|penggeledahan)\b",
                          re.IGNORECASE)


# places people crowd into to buy or to watch, not to attack
_CROWDED: Final = re.compile(r"\b(?:pasar murah|bazar|bazaar|toko|mal|swalayan|minimarket|supermarket|gerai|stan|promo|diskon|"
                      r"obral|tiket|konser|pameran|festival|pantai|tempat wisata|objek wisata|lokasi wisata|"
                      r"pusat perbelanjaan|sembako|minyak goreng)\b", re.IGNORECASE)


# the public told what to do: "meminta warga di bantaran sungai tetap waspada", "mengimbau
# masyarakat agar tidak terpancing isu", "mengimbau para orangtua mengawasi anak-anaknya", "meminta
# warga memangkas pohon yang rawan tumbang"
_ADVISORY: Final = re.compile(r"\s+(?:kepada\s+)?(?:para\s+|seluruh\s+|semua\s+)?(?:" + _PUBLIC + r")\b"
                       r"(?!\s+(?:korban|yang\s+(?:ditahan|ditangkap)))", re.IGNORECASE)
