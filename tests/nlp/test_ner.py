"""Named entities: the CRF model, the fast decoder, and the country/group rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.config import load_settings
from linimasa.model import Article, Mention
from linimasa.nlp import ner_crf
from linimasa.nlp.ner import NerResources, _model_spans, find_mentions, load_ner
from linimasa.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def res() -> NerResources:
    return load_ner(load_settings())


def _mentions(text: str, res: NerResources) -> list[Mention]:
    art = Article(id="a", source="t", text=text, content_hash="h")
    mentions, _ = find_mentions(art, split_sentences(text), res)
    return mentions


def _found(text: str, res: NerResources) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in _mentions(text, res)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Presiden Joko Widodo meninjau lokasi banjir di Kabupaten Bogor, Jawa Barat, pada Senin pagi.",
     {("Joko Widodo", "PER"), ("Jawa Barat", "LOC")}),
    ("Komisi Pemberantasan Korupsi menahan Bupati Kudus Hartopo di Jakarta.",
     {("Komisi Pemberantasan Korupsi", "ORG"), ("Jakarta", "LOC")}),
    ("Kementerian Pertahanan Azerbaijan menyatakan pasukannya merebut kota Shusha di Nagorno-Karabakh.",
     {("Kementerian Pertahanan Azerbaijan", "ORG"), ("Nagorno-Karabakh", "LOC")}),
])
def test_model_finds_names_in_news_sentences(text: str, expected: set[tuple[str, str]], res: NerResources) -> None:
    assert expected <= _found(text, res)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a country glued to a person by the model is split off
    ("Sementara itu, Rusia Vladimir Putin meminta kedua pihak menahan diri.",
     {("Rusia", "LOC"), ("Vladimir Putin", "PER")}, {("Rusia Vladimir Putin", "PER")}),
    # group and state mentions with a country
    ("Dua warga Armenia tewas ketika tentara Azerbaijan menembaki desa itu.",
     {("warga Armenia", "NORP"), ("tentara Azerbaijan", "ORG")}, set()),
    ("Ratusan orang-orang Papua berunjuk rasa di depan kantor gubernur.",
     {("orang-orang Papua", "NORP")}, set()),
    # short forms of countries
    ("AS dan Korsel menggelar latihan militer, sementara Korut meluncurkan rudal.",
     {("AS", "LOC"), ("Korsel", "LOC"), ("Korut", "LOC")}, set()),
    # institutions by abbreviation (any case) with their country / region, titles left out
    ("Sebelumnya, kemenhan Azerbaijan membantah laporan itu.",
     {("kemenhan Azerbaijan", "ORG")}, {("Azerbaijan", "LOC")}),
    ("Kabid Humas Polda Metro Jaya Kombes Yusri Yunus mengatakan Densus 88 menangkap dua orang.",
     {("Polda Metro Jaya", "ORG"), ("Yusri Yunus", "PER"), ("Densus 88", "ORG")},
     {("Polda Metro Jaya Kombes", "ORG")}),
    # a place named by its kind and a word that is also a title keeps that word
    ("Gunung Ibu di Kabupaten Halmahera Barat kembali meletus pada Senin pagi.",
     set(), {("Gunung", "LOC")}),
    # "<office> <region> <name>": the region a regional head leads is a place, not part of the name
    ("Camat Dayeuhkolot Hendra Gunawan mengatakan air mulai naik sejak pagi.",
     {("Dayeuhkolot", "LOC"), ("Hendra Gunawan", "PER")}, {("Dayeuhkolot Hendra Gunawan", "PER")}),
    ("Bupati Bima Indah Lestari meninjau lokasi banjir bersama Wali Kota Surabaya Eko Prasetyo.",
     {("Bima", "LOC"), ("Indah Lestari", "PER"), ("Surabaya", "LOC"), ("Eko Prasetyo", "PER")},
     {("Bima Indah Lestari", "LOC"), ("Surabaya Eko Prasetyo", "PER")}),
    # hyphenated names stay whole
    ("Pertempuran di Nagorno-Karabakh berlanjut sepanjang malam.",
     {("Nagorno-Karabakh", "LOC")}, {("Nagorno", "LOC")}),
])
def test_rules(text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]], res: NerResources) -> None:
    found = _found(text, res)
    assert expected <= found
    assert not (absent & found)


def test_mentions_carry_offsets_and_entities(res: NerResources) -> None:
    text = ("Kemenhan Azerbaijan menyebut dua warga Armenia tewas.\n"
            "Presiden Azerbaijan Ilham Aliyev berbicara di Baku. Kemudian Aliyev menelepon Rusia.")
    art = Article(id="a", source="t", text=text, content_hash="h")
    mentions, entities = find_mentions(art, split_sentences(text), res)
    by_id = {e.id: e for e in entities}
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.entity_id in by_id
    ids = {m.text: m.entity_id for m in mentions}
    assert ids["Aliyev"] == ids["Ilham Aliyev"] == "PER:ilham aliyev"
    assert by_id["PER:ilham aliyev"].country == "AZ"
    assert by_id[ids["warga Armenia"]].country == "AM"
    assert by_id[ids["Kemenhan Azerbaijan"]].sector == "government"
    rusia = by_id[ids["Rusia"]]
    assert (rusia.id, rusia.geo_precision) == ("LOC:RU", "country")
    assert rusia.lat is not None


def test_entity_ids_are_stable_across_articles(res: NerResources) -> None:
    a = _mentions("Kementerian Pertahanan Azerbaijan merilis video serangan itu.", res)
    b = _mentions("Sebelumnya, kemenhan Azerbaijan membantah laporan tersebut.", res)
    ida = {m.entity_id for m in a if m.label == "ORG"}
    idb = {m.entity_id for m in b if m.label == "ORG"}
    assert ida == idb == {"ORG:kementerian pertahanan|AZ"}


@pytest.mark.parametrize(("tags", "expected"), [
    (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
    (["I-LOC", "O", "B-ORG", "B-ORG"], [(0, 1, "LOC"), (2, 3, "ORG"), (3, 4, "ORG")]),
    (["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),
])
def test_model_spans(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert [(s.start, s.end, s.label) for s in _model_spans(tags)] == expected


def test_empty_article(res: NerResources) -> None:
    assert find_mentions(Article(id="a", source="t", text="", content_hash="h"), [], res) == ([], [])


def _crfsuite_tags(tokens: list[list[str]], res: NerResources) -> list[list[str]]:
    import importlib.resources

    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with importlib.resources.as_file(importlib.resources.files("linimasa.resources") / "ner" / "ner.crfsuite") as p:
        tagger.open(str(p))
    out = [list(tagger.tag(res.scorer.feat.sequence(t))) for t in tokens]
    tagger.close()
    return out


_DECODER_TEXT = ("Juru bicara Polda Metro Jaya Kombes Yusri Yunus mengatakan tersangka ditangkap di Bekasi. "
                 "Sekjen PBB Antonio Guterres menyerukan gencatan senjata di Gaza.\n"
                 "Harga beras naik di Pasar Induk Cipinang.\n"
                 "Rusia Vladimir Putin dan Presiden Azerbaijan Ilham Aliyev bertemu di Moskwa, kata Kremlin.")


@pytest.fixture(params=["compiled", "numpy"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both decoders: the compiled loops (when numba is installed) and the numpy batches."""
    if request.param == "numpy":
        monkeypatch.setattr(ner_crf, "_kernels", None)
    elif ner_crf._kernels is None:
        pytest.skip("numba is not installed: only the numpy decoder runs")
    return str(request.param)


def test_fast_decoder_matches_crfsuite(decoder: str, res: NerResources) -> None:
    tokens = [[t.text for t in s.tokens] for s in split_sentences(_DECODER_TEXT)]
    assert res.scorer.tag_many(tokens) == _crfsuite_tags(tokens, res)


def test_decoders_give_the_same_scores(res: NerResources, monkeypatch: pytest.MonkeyPatch) -> None:
    if ner_crf._kernels is None:
        pytest.skip("numba is not installed: only the numpy decoder runs")
    tokens = [[t.text for t in s.tokens] for s in split_sentences(_DECODER_TEXT)]
    compiled = res.scorer.emissions(tokens)
    monkeypatch.setattr(ner_crf, "_kernels", None)
    assert (res.scorer.emissions(tokens) == compiled).all()  # the same sums in the same order


def _fresh_scorer(res: NerResources) -> ner_crf.CrfScorer:
    import importlib.resources

    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with importlib.resources.as_file(importlib.resources.files("linimasa.resources") / "ner" / "ner.crfsuite") as p:
        tagger.open(str(p))
    scorer = ner_crf.CrfScorer(tagger, res.scorer.feat)
    tagger.close()
    return scorer


def test_new_words_score_the_same_compiled_and_numpy(res: NerResources, monkeypatch: pytest.MonkeyPatch) -> None:
    if ner_crf._kernels is None:
        pytest.skip("numba is not installed: only the numpy decoder runs")
    tokens = [[t.text for t in s.tokens] for s in split_sentences(_DECODER_TEXT)]
    compiled = _fresh_scorer(res).emissions(tokens)  # every word new: scored by the compiled sums
    monkeypatch.setattr(ner_crf, "_kernels", None)
    assert _fresh_scorer(res).emissions(tokens).tobytes() == compiled.tobytes()


def test_word_table_starts_again_when_full(decoder: str, res: NerResources, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner_crf, "_MAX_ROWS", 40)  # a few sentences fill it
    tokens = [[t.text for t in s.tokens] for s in split_sentences(_DECODER_TEXT)]
    for _ in range(2):
        for sent in tokens:
            assert res.scorer.tag_many([sent]) == _crfsuite_tags([sent], res)
            assert res.scorer._used <= 40


@pytest.mark.shared
def test_fast_decoder_matches_crfsuite_on_dev_data(decoder: str, shared_dir: Path, res: NerResources) -> None:
    from linimasa.evaluate.ner import read_bio

    sents, _ = read_bio(shared_dir / "data" / "ner" / "idner_news_2k" / "dev.txt")
    tokens = [[w for w, _ in s] for s in sents[:300]]
    assert res.scorer.tag_many(tokens) == _crfsuite_tags(tokens, res)


def _toks(text: str) -> list:  # type: ignore[type-arg]
    return split_sentences(text)[0].tokens


@pytest.mark.parametrize(("text", "model", "expected"), [
    # a name stops at a colon or a spaced dash
    ("KALBAJAR - Tentara itu tiba.", [(0, 3, "LOC")], [(0, 1, "LOC")]),
    ("Johnson Panjaitan Wafat: Advokat itu dikenang.", [(0, 5, "PER")], [(0, 3, "PER")]),
    # titles are cut off names
    ("Presiden Joko Widodo tiba.", [(0, 3, "PER")], [(1, 3, "PER")]),
    ("Polda Metro Jaya Kombes Yusri tiba.", [(0, 4, "ORG"), (4, 5, "PER")], [(0, 3, "ORG"), (4, 5, "PER")]),
    # a regional office ("Kantor Wilayah", a Kanwil) is no place
    ("Kepala Kantor Wilayah Direktorat Jenderal Pajak Jawa Barat tiba.", [(2, 9, "LOC")], [(1, 9, "ORG")]),
    ("Kantor Cabang Bank Sumut Medan tutup.", [(0, 5, "LOC")], [(0, 5, "ORG")]),
])
def test_rule_corrections(text: str, model: list[tuple[int, int, str]], expected: list[tuple[int, int, str]],
                          res: NerResources) -> None:
    from linimasa.nlp.ner_rules import Span, apply_rules

    out = apply_rules(_toks(text), [Span(a, b, lab) for a, b, lab in model], res.names)
    assert [(s.start, s.end, s.label) for s in out] == expected


def test_sentence_initial_common_word_is_dropped(res: NerResources) -> None:
    from linimasa.nlp.ner_rules import Span, apply_rules

    toks = _toks("Banjir merendam desa itu.")
    kept = apply_rules(toks, [Span(0, 1, "PER")], res.names)
    dropped = apply_rules(toks, [Span(0, 1, "PER")], res.names, {"banjir": "NN|lo"})
    assert [(s.start, s.end) for s in kept] == [(0, 1)] and dropped == []


@pytest.mark.parametrize("text,names", [
    ("Badan Keamanan Laut (Bakamla) menggelar patroli.", [("Badan Keamanan Laut", "ORG"), ("Bakamla", "ORG")]),
    ("Ia bekerja di Lembaga Penjamin Simpanan (LPS) sejak 2019.", [("Lembaga Penjamin Simpanan", "ORG"), ("LPS", "ORG")]),
    ("Kementerian Komunikasi dan Digital (Komdigi) memblokir situs itu.",
     [("Kementerian Komunikasi dan Digital", "ORG"), ("Komdigi", "ORG")]),
])
def test_an_institution_defined_with_its_abbreviation(text: str, names: list[tuple[str, str]],
                                                      res: NerResources) -> None:
    got = _found(text, res)
    for name in names:
        assert name in got, got


@pytest.mark.parametrize("text,place", [
    ("Bom meledak di depan Gereja Katedral Hati Yesus pada Minggu pagi.", "Gereja Katedral Hati Yesus"),
    ("Warga berkumpul di Masjid Raya Al-Falah usai salat Jumat.", "Masjid Raya Al-Falah"),
])
def test_a_named_house_of_worship_is_one_place(text: str, place: str, res: NerResources) -> None:
    assert (place, "LOC") in _found(text, res)


@pytest.mark.parametrize("text", [
    "Polisi menangkap seorang pria berinisial AS di rumahnya.",
    "Tersangka RI (35) dan AS (27) ditahan di Mapolres.",
])
def test_initials_are_no_country(text: str, res: NerResources) -> None:
    assert not {m for m in _found(text, res) if m[0] in ("AS", "RI")}, _found(text, res)


def test_a_place_ends_before_a_common_lower_case_word(res: NerResources) -> None:
    from linimasa.nlp.ner_rules import Span, apply_rules

    toks = _toks("Kondisi korban di Jayapura stabil hari ini.")  # "Jayapura stabil": the model ran on
    lex = {"stabil": "JJ|lo"}
    cut = apply_rules(toks, [Span(3, 5, "LOC")], res.names, lex)
    kept = apply_rules(toks, [Span(3, 5, "PER")], res.names, lex)  # only places are cut this way
    assert [(s.start, s.end) for s in cut] == [(3, 4)] and [(s.start, s.end) for s in kept] == [(3, 5)]
    toks = _toks("Ia tiba di Jawa tengah kemarin.")  # a compass word ends a place name in any case
    whole = apply_rules(toks, [Span(3, 5, "LOC")], res.names, {"tengah": "NN|lo"})
    assert [(s.start, s.end) for s in whole] == [(3, 5)]


def test_a_name_after_a_rank_is_a_person_and_speaks_as_one(res: NerResources) -> None:
    from linimasa.nlp.ner_rules import Span, apply_rules

    toks = _toks("Kabid Humas Polda Riau Kombes Pol Guntur Aryo tiba.")
    out = apply_rules(toks, [Span(2, 8, "ORG")], res.names)  # the model ran the unit into the officer
    assert [(s.start, s.end, s.label) for s in out] == [(2, 4, "ORG"), (6, 8, "PER")]
    text = ("Kabid Humas Polda Riau Kombes Pol Guntur Aryo membenarkan penangkapan itu. "
            "Guntur mengatakan para tersangka ditangkap di jalan.")  # a word that is also a town's name
    found = [(m.label, text[m.start:m.end]) for m in _mentions(text, res)]
    assert ("PER", "Guntur") in found and ("LOC", "Guntur") not in found, found


def test_a_crowd_noun_opening_a_sentence_is_no_name(res: NerResources) -> None:
    from linimasa.nlp.ner_rules import Span, apply_rules

    toks = _toks("Massa aksi bergerak ke Balai Kota.")  # the first-pass tags took "Massa" for the Italian town
    assert apply_rules(toks, [Span(0, 1, "LOC")], res.names, {"massa": "Se=1|St=LOC"}) == []
    kept = apply_rules(toks, [Span(0, 1, "LOC")], res.names)  # (no word table given: the model's span stands)
    assert [(s.start, s.end) for s in kept] == [(0, 1)]


def test_an_organisations_short_form_is_a_name_everywhere(res: NerResources) -> None:
    text = ("Pertempuran sengit antara militer Sudan dan Pasukan Dukungan Cepat (RSF) pecah di kota El Obeid pada "
            "Minggu. Warga mengatakan RSF menembaki pasar pada Senin. Tembakan artileri RSF menghantam sebuah sekolah.")
    found = [(m.label, m.text) for m in _mentions(text, res)]
    assert found.count(("ORG", "RSF")) == 3, found


def test_a_known_place_after_di_is_no_person(res: NerResources) -> None:
    from linimasa.nlp.ner_rules import Span, apply_rules

    toks = _toks("Serangan udara menghantam sebuah sekolah di Khan Younis pada Senin.")
    out = apply_rules(toks, [Span(6, 8, "PER")], res.names)  # the model read the town as a person
    assert [(s.start, s.end, s.label) for s in out] == [(6, 8, "LOC")]
    toks = _toks("Ia bertemu di Joko Widodo Center pada Senin.")
    kept = apply_rules(toks, [Span(3, 5, "PER")], res.names)
    assert [(s.start, s.end, s.label) for s in kept] == [(3, 5, "PER")]


def test_an_untagged_region_or_city_after_a_place_preposition_is_a_place(res: NerResources) -> None:
    from linimasa.nlp.ner_rules import apply_rules

    lex = res.scorer.feat.lex
    toks = _toks("Pemerintah mengirim 1.000 personel Garda Nasional ke Sinaloa pekan lalu.")
    out = apply_rules(toks, [], res.names, lex)  # the model left the Mexican state untagged
    assert [(s.start, s.end, s.label) for s in out] == [(7, 8, "LOC")]
    toks = _toks("Upacara digelar di Cordoba pada Minggu.")
    assert [(s.start, s.end, s.label) for s in apply_rules(toks, [], res.names, lex)] == [(3, 4, "LOC")]
    for text in ("Kabar itu dilansir dari Marca pada Senin.",  # "dari": a source, not a place
                 "Ia tampil di TV pada Senin.",  # a short form
                 "Ia pergi ke Kantor pada Senin.",  # a village named like a common word
                 "Polisi terlibat baku tembak di Baku pada Senin."):  # a word written lower-case in running text
        assert [s for s in apply_rules(_toks(text), [], res.names, lex) if s.label == "LOC"] == [], text


def test_a_one_word_place_tagged_a_person_elsewhere_in_the_article_is_a_place(res: NerResources) -> None:
    text = ("Liputan6.com, Majene - Menteri Sosial Ratna Kusumawati meninjau lokasi gempa di Kecamatan Malunda, "
            "Kabupaten Majene, Sulawesi Barat. Ia didampingi Bupati Majene Fahmi Massiara.\n\n"
            "Sebelumnya, gempa magnitudo 6,1 mengguncang Majene pada Rabu (3/2/2027) dini hari.")
    late = [m for m in _mentions(text, res) if m.text == "Majene" and m.start > text.index("Sebelumnya")]
    assert late and late[0].label == "LOC", late


def test_span_keeps_its_dataclass_defaults() -> None:
    """Span writes its ``__init__`` out (so mypyc compiles it): defaults, equality and repr stay."""
    from linimasa.nlp.ner_rules import Span

    assert Span(0, 2, "PER") == Span(0, 2, "PER", "model", None, None)
    assert repr(Span(1, 2, "LOC", country="ID")) == \
        "Span(start=1, end=2, label='LOC', source='model', country='ID', head=None)"
