"""Sentences and tokens: offsets, abbreviations, numbers, dates, quotes, headlines."""

from __future__ import annotations

import pytest

from linimasa.nlp.sentences import split_sentences, tokenize


@pytest.mark.parametrize(
    "text, token",
    [
        ("Serangan di Nagorno-Karabakh meluas.", "Nagorno-Karabakh"),
        ("Orang-orang berlarian ke luar.", "Orang-orang"),
        ("Sebanyak 2.000 warga mengungsi.", "2.000"),
        ("Inflasi naik 0,22 persen.", "0,22"),
        ("Ledakan terjadi Rabu (25/11/2020) malam.", "25/11/2020"),
        ("Kantornya di Jl. Sudirman No. 5 ditutup.", "Jl."),
        ("Kantornya di Jl. Sudirman No. 5 ditutup.", "No."),
        ("Pasien dirawat dr. Sari di rumah sakit.", "dr."),
        ("Kapolres AKBP Budi bersama Brigjen Pol. Ahmad datang.", "Pol."),
        ("Gelar Budi Santoso, S.H. diumumkan kemarin.", "S.H."),
        ("Surat itu a.n. kepala desa.", "a.n."),
        ("Pesawat jatuh pada hari ke-12 operasi.", "ke-12"),
        ("Dia dipimpin H. Rahmat yang juga kepala desa.", "H."),
        ("Seperti dikutip Kompas.com, banjir surut.", "Kompas.com"),
        ("TEMPO.CO, Jakarta - Banjir surut.", "TEMPO.CO"),
    ],
)
def test_one_token(text: str, token: str) -> None:
    toks = tokenize(text)
    assert token in [t.text for t in toks]
    for t in toks:  # offsets point back into the text
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations and titles do not end a sentence
        ("Ia tinggal di Jl. Merdeka No. 10. Rumahnya terbakar.",
         ["Ia tinggal di Jl. Merdeka No. 10.", "Rumahnya terbakar."]),
        ("Prof. Budi dan dr. Sari hadir. Mereka berbicara.", ["Prof. Budi dan dr. Sari hadir.", "Mereka berbicara."]),
        ("Kemenhan menyebut Brigjen Pol. Ahmad tewas. Polisi menyelidiki.",
         ["Kemenhan menyebut Brigjen Pol. Ahmad tewas.", "Polisi menyelidiki."]),
        ("Harga naik Rp 2.000 per kilo. Warga mengeluh.", ["Harga naik Rp 2.000 per kilo.", "Warga mengeluh."]),
        # a list ender closes a sentence before a capital
        ("Mereka membawa beras, gula, dll. Bantuan tiba siang.",
         ["Mereka membawa beras, gula, dll.", "Bantuan tiba siang."]),
        # decimals do not split
        ("Ekonomi tumbuh 5,2 persen. Ekspor turun 0,22 persen.",
         ["Ekonomi tumbuh 5,2 persen.", "Ekspor turun 0,22 persen."]),
        # a quote spanning sentences stays whole with its attribution
        ('"Kami siap. Kami tidak takut," kata komandan itu. Pasukan bergerak.',
         ['"Kami siap. Kami tidak takut," kata komandan itu.', "Pasukan bergerak."]),
        ("“Situasi tegang. Warga diminta tenang,” ujar Camat. Jalan ditutup.",
         ["“Situasi tegang. Warga diminta tenang,” ujar Camat.", "Jalan ditutup."]),
        # a sentence ending inside a quote closes after the quote mark
        ('Ia berkata, "Kami menolak." Rapat bubar.', ['Ia berkata, "Kami menolak."', "Rapat bubar."]),
        # a headline without final punctuation is its own sentence
        ("Banjir Rendam Tiga Desa\nHujan deras turun sejak pagi. Warga mengungsi.",
         ["Banjir Rendam Tiga Desa", "Hujan deras turun sejak pagi.", "Warga mengungsi."]),
        ("Apa yang terjadi? Tidak ada yang tahu!", ["Apa yang terjadi?", "Tidak ada yang tahu!"]),
        # a site name in a dateline is not a sentence end
        ("JAKARTA, KOMPAS.com - Banjir surut. Warga pulang.", ["JAKARTA, KOMPAS.com - Banjir surut.", "Warga pulang."]),
        ("TEMPO.CO, Jakarta - Banjir surut. Warga pulang.", ["TEMPO.CO, Jakarta - Banjir surut.", "Warga pulang."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert text[s.start:s.end] == s.text
        assert s.tokens and s.tokens[0].start == s.start and s.tokens[-1].end == s.end


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Rp2,4 miliar dan Rp 5.000", ["Rp", "2,4", "miliar", "dan", "Rp", "5.000"]),
        ("lihat https://kompas.com/a/b. www.detik.com!", ["lihat", "https://kompas.com/a/b", ".", "www.detik.com", "!"]),
        ("tahun 2020an, x2 (3) 12/5", ["tahun", "2020", "an", ",", "x2", "(", "3", ")", "12/5"]),
        ("Jokowi’s dan ke-12: data@bnpb.go.id", ["Jokowi’s", "dan", "ke-12", ":", "data@bnpb.go.id"]),
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    """The shortcut branches of the token pattern leave these to the full ones."""
    assert [t.text for t in tokenize(text)] == tokens


def test_blank_lines_are_no_paragraphs() -> None:
    sents = split_sentences("\n \nSatu dua.\n\t\n \nTiga empat")
    assert [(s.paragraph, s.text) for s in sents] == [(0, "Satu dua."), (1, "Tiga empat")]


def test_paragraph_index_and_unclosed_quote() -> None:
    text = 'Judul Berita\n\n"Kami menolak. Ini tidak adil\n\nParagraf baru. Kalimat kedua.'
    sents = split_sentences(text)
    assert [s.paragraph for s in sents] == [0, 1, 2, 2]
    # the open quote ends with its paragraph
    assert sents[1].text == '"Kami menolak. Ini tidak adil'


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, CNN Indonesia -- Warga naïve; café “Halo,” katanya (ya)! Benarkah? Dia pergi.",
        "Kantornya di Jl. Sudirman No.5, dll. Lalu S.H. dan a.n. kepala desa datang\u00a0lagi.",
        "Harga Rp2,4 miliar (25/11/2020) di www.kompas.com. Hubungi humas@polri.go.id kata\tdia\n\nBaru",
        "ke-12 orang-orang x\u00b2 kata' “kata” Kompas.com, TEMPO.CO ...…  ",
    ],
)
def test_pieces_tokenise_as_the_whole_text(text: str) -> None:
    # tokens are found per whitespace piece (plain words without the pattern): the same tokens
    # the pattern finds run over the whole text, also from any start offset
    from linimasa.nlp.sentences import _CHUNK

    def whole(start: int) -> list[tuple[int, int, str]]:
        out, end = [], start
        for chunk in _CHUNK.findall(text, start):
            end += len(chunk)
            out.append((end - len(chunk.lstrip()), end, chunk.lstrip()))
        return out

    for start in range(len(text)):
        assert [(t.start, t.end, t.text) for t in tokenize(text, start)] == whole(start)
