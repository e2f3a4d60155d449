"""Quotes: direct (straight/curly marks, missing opening mark), indirect, speakers and their entities."""

from __future__ import annotations

import re

import pytest

from linimasa.model import Article, Entity, Mention
from linimasa.nlp.quotes import find_quotes
from linimasa.nlp.sentences import split_sentences

# name -> (label, sector); mentions are placed wherever the name occurs in a case's text
PEOPLE = {
    "Arif Santoso": ("PER", "military"), "Hendra Wijaya": ("PER", "police"), "Lestari Handayani": ("PER", "government"),
    "Nur Hidayat": ("PER", "government"), "Siti Rahma": ("PER", None), "Ahmad Fauzi": ("PER", None),
    "Budi Hartono": ("PER", "military"), "Rina Marlina": ("PER", "government"), "Sugeng Riyadi": ("PER", "police"),
    "Joko Susilo": ("PER", None), "Dedi Kurniawan": ("PER", "government"), "Andi Saputra": ("PER", None),
    "Zakir Hasanov": ("PER", "government"), "Reuters": ("ORG", "media"), "BNPB": ("ORG", "government"),
    "Bima": ("LOC", None),
}


def _article(text: str) -> tuple[Article, list[Mention], list[Entity]]:
    mentions, entities = [], {}
    for name, (label, sector) in PEOPLE.items():
        eid = f"{label}:{name.lower()}"
        for m in re.finditer(re.escape(name), text):
            mentions.append(Mention(m.start(), m.end(), name, label, eid))
            entities[eid] = Entity(eid, name, label, sector=sector)
    mentions.sort(key=lambda m: m.start)
    return Article(id="art1", source="t", text=text, content_hash="h"), mentions, list(entities.values())


def _quotes(text: str):  # type: ignore[no-untyped-def]
    art, mentions, entities = _article(text)
    return find_quotes(art, split_sentences(text), mentions, entities)


CASES = [
    # (text, quote text, speaker entity id, cue, direct)
    ('"Kami akan terus bertahan di garis depan," kata Kolonel Arif Santoso kepada wartawan.',
     "Kami akan terus bertahan di garis depan", "PER:arif santoso", "kata", True),
    ("“Situasi di lapangan sudah terkendali,” ujar Kapolres Bima AKBP Hendra Wijaya, Senin.",
     "Situasi di lapangan sudah terkendali", "PER:hendra wijaya", "ujar", True),
    ('Bantuan logistik sudah kami kirim ke tiga kecamatan," kata Bupati Lestari Handayani.',
     "Bantuan logistik sudah kami kirim ke tiga kecamatan", "PER:lestari handayani", "kata", True),
    ('Juru bicara BNPB Nur Hidayat mengatakan kepada wartawan: "Ada dua belas rumah rusak berat."',
     "Ada dua belas rumah rusak berat.", "PER:nur hidayat", "mengatakan", True),
    ('Menurut Siti Rahma, "warga belum menerima bantuan sama sekali sejak kemarin."',
     "warga belum menerima bantuan sama sekali sejak kemarin.", "PER:siti rahma", "menurut", True),
    ('Ahmad Fauzi meninjau lokasi banjir di desa itu.\n"Kami sangat prihatin atas kejadian ini," ujarnya.',
     "Kami sangat prihatin atas kejadian ini", "PER:ahmad fauzi", "ujarnya", True),
    ('Ahmad Fauzi tiba sore hari.\n"Tidak ada korban jiwa dalam kejadian ini," kata dia.',
     "Tidak ada korban jiwa dalam kejadian ini", "PER:ahmad fauzi", "kata", True),
    (('Kolonel Budi Hartono memimpin operasi. Wali Kota Rina Marlina ikut hadir.\n'
     '"Pasukan kami mundur ke pos semula," kata komandan itu.'),
     "Pasukan kami mundur ke pos semula", "PER:budi hartono", "kata", True),
    ('"Kami butuh air bersih dan selimut," Andi Saputra menambahkan.',
     "Kami butuh air bersih dan selimut", "PER:andi saputra", "menambahkan", True),
    ('"Kami tidak akan mundur," kata Menteri Pertahanan Zakir Hasanov seperti dikutip Reuters.',
     "Kami tidak akan mundur", "PER:zakir hasanov", "kata", True),
    ("Kapolda Irjen Sugeng Riyadi mengatakan bahwa pelaku sudah ditangkap di rumahnya.",
     "pelaku sudah ditangkap di rumahnya", "PER:sugeng riyadi", "mengatakan", False),
    ("Ketua RT Joko Susilo menuturkan kalau air mulai naik sejak subuh.",
     "air mulai naik sejak subuh", "PER:joko susilo", "menuturkan", False),
    ("Tiga rumah hanyut terbawa arus sungai, kata Camat Dedi Kurniawan.",
     "Tiga rumah hanyut terbawa arus sungai", "PER:dedi kurniawan", "kata", False),
    ("Menurut Siti Rahma, bantuan baru tiba pada hari ketiga.",
     "bantuan baru tiba pada hari ketiga", "PER:siti rahma", "menurut", False),
    ("Zakir Hasanov mengatakan pasukannya telah menguasai jalan utama.",
     "pasukannya telah menguasai jalan utama", "PER:zakir hasanov", "mengatakan", False),
    ("Seperti dilansir Reuters, dua kapal tenggelam di selat itu.",
     "dua kapal tenggelam di selat itu", "ORG:reuters", "dilansir", False),
    ("Dua kapal tenggelam di selat itu, seperti dikutip Reuters.",
     "Dua kapal tenggelam di selat itu", "ORG:reuters", "dikutip", False),
]


@pytest.mark.parametrize(("text", "quote", "speaker_id", "cue", "direct"), CASES)
def test_quote_and_speaker(text: str, quote: str, speaker_id: str, cue: str, direct: bool) -> None:
    (q,) = _quotes(text)
    assert q.text == quote
    assert text[q.start:q.end] == quote
    assert q.speaker_entity_id == speaker_id
    assert (q.cue, q.direct) == (cue, direct)
    assert q.id == "art1-q1" and q.article_id == "art1"


def test_speaker_span_points_at_the_name() -> None:
    text = '"Kami akan terus bertahan di garis depan," kata Kolonel Arif Santoso kepada wartawan.'
    (q,) = _quotes(text)
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start:q.speaker_end] == "Arif Santoso"


@pytest.mark.parametrize("text", [
    'Polisi menyebut kelompok itu sebagai "sel tidur" di wilayah tersebut.',
    "Hujan deras mengguyur kota sejak pagi dan warga memilih tinggal di rumah.",
    "Menurut kesepakatan itu, pasukan kedua negara harus mundur dari perbatasan.",
    "Laporan itu mengatakan banjir merendam tiga desa di hilir sungai.",
])
def test_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_quote_spanning_paragraphs_and_ids_in_text_order() -> None:
    text = ('Kolonel Budi Hartono memberi keterangan pers.\n'
            '"Kami sudah mengamankan jalur logistik di sepanjang sungai.\n'
            '"Operasi akan berlanjut sampai situasi benar-benar aman," kata Budi Hartono.')
    qs = _quotes(text)
    assert [q.id for q in qs] == ["art1-q1", "art1-q2"]
    assert qs[0].text.startswith("Kami sudah mengamankan")
    assert qs[1].speaker_entity_id == "PER:budi hartono"


def test_katanya_is_the_one_told_speaking_not_the_one_spoken_of() -> None:
    """A person only spoken of, named after the speaker ("menyebut kematian Siti Rahma ..."), does not
    take the speaker's "katanya"."""
    text = ("Kepala balai, Ahmad Fauzi, menyebut kematian Siti Rahma sebagai pukulan berat. Siti Rahma telah "
            "bertugas selama 19 tahun.\n\"Kami kehilangan salah satu petugas terbaik,\" katanya.")
    qs = [q for q in _quotes(text) if q.text.startswith("Kami")]
    assert qs and qs[0].speaker == "Ahmad Fauzi", [(q.text, q.speaker) for q in _quotes(text)]
