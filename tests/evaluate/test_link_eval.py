"""``eval link`` scoring: passage recall/precision and pairwise cluster P/R/F1."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.config import Settings
from linimasa.evaluate.events import evaluate_events
from linimasa.evaluate.link import evaluate_link, score_clusters, score_passages
from linimasa.model import Article, Event, Passage

TEXT_A = "Banjir melanda desa. Tiga rumah hanyut terbawa arus sungai yang meluap pada Senin malam."
TEXT_B = "Hujan deras turun. Tiga rumah warga hanyut terbawa arus sungai yang meluap pada Senin malam."
A = Article(id="A", source="x/a.txt", text=TEXT_A, content_hash="a")
B = Article(id="B", source="x/b.txt", text=TEXT_B, content_hash="b")
DOCS = {"a.txt": A, "b.txt": B}
GOLD_P = [{"a": "a.txt", "a_match": "tiga rumah hanyut", "b": "b.txt", "b_match": "rumah warga hanyut"}]


def _p(sa: int, sb: int) -> Passage:
    return Passage("A", sa, len(TEXT_A), TEXT_A[sa:], "B", sb, len(TEXT_B), TEXT_B[sb:], 0.9)


@pytest.mark.parametrize(
    ("predicted", "recall", "precision"),
    [
        ([_p(21, 19)], 1.0, 1.0),
        ([_p(21, 19), _p(0, 0)], 1.0, 1.0),  # overlapping the gold span counts as right
        ([Passage("A", 0, 20, TEXT_A[:20], "B", 0, 18, TEXT_B[:18], 0.6)], 0.0, 0.0),
        ([], 0.0, 0.0),
    ],
)
def test_score_passages(predicted: list[Passage], recall: float, precision: float) -> None:
    got = score_passages(GOLD_P, DOCS, predicted)
    assert (got["recall"], got["precision"]) == (recall, precision)


def _ev(eid: str, art: Article, needle: str, cluster: str) -> Event:
    s = art.text.index(needle)
    return Event(id=eid, article_id=art.id, type="ASSAULT", sentence=needle, sentence_start=s,
                 sentence_end=s + len(needle), trigger=needle, trigger_start=s, trigger_end=s + 4, cluster_id=cluster)


GOLD_C = {
    "docs": {
        "a.txt": {"events": [{"id": "a1", "match": ["banjir melanda"]}, {"id": "a2", "match": ["tiga rumah"]}]},
        "b.txt": {"events": [{"id": "b1", "match": ["hujan deras"]}, {"id": "b2", "match": ["rumah warga"]}]},
    },
    "clusters": {"K1": ["a1", "b1"], "K2": ["a2", "b2"]},
}


@pytest.mark.parametrize(
    ("clusters", "p", "r"),
    [
        (("x", "y", "x", "y"), 1.0, 1.0),
        (("x", "x", "x", "x"), 2 / 6, 1.0),
        (("x", "y", "z", "w"), 1.0, 0.0),
        (("x", "y", "x", "x"), 1 / 3, 0.5),
    ],
)
def test_score_clusters(clusters: tuple[str, str, str, str], p: float, r: float) -> None:
    evs = [_ev("e1", A, "Banjir melanda", clusters[0]), _ev("e2", A, "Tiga rumah", clusters[1]),
           _ev("e3", B, "Hujan deras", clusters[2]), _ev("e4", B, "rumah warga", clusters[3])]
    got = score_clusters(GOLD_C, DOCS, evs)
    assert got["matched"] == 4 and got["precision"] == round(p, 4) and got["recall"] == round(r, 4)


def test_seed_pages_meet_the_targets(shared_dir: Path) -> None:
    got = evaluate_link(shared_dir / "gold" / "seeds.json", shared_dir / "seeds", Settings())
    assert got["passages"]["recall"] == 1.0 and got["passages"]["precision"] >= 0.9
    assert got["clusters"]["f1"] >= 0.8


def test_five_outlets_one_bombing_batch() -> None:
    """tests/fixtures/link/batch1: one bombing told by four outlets (a reused wire copy, a later toll,
    a translated wire), a follow-up arrest and an unrelated arrest the same day nearby. Measured
    once, blind: clusters P 0.67 R 0.33; then mended (stated dates keep their day, too-distant
    places cannot link, pointed-back mentions date the first telling, the unit's own restatement folds)."""
    from pathlib import Path

    from linimasa.config import Settings
    from linimasa.evaluate.link import evaluate_link

    root = Path(__file__).resolve().parent.parent / "fixtures" / "link" / "batch1"
    r = evaluate_link(root / "gold.json", root, Settings())
    assert r["clusters"]["f1"] >= 0.95 and r["passages"]["recall"] == 1.0 and r["passages"]["precision"] >= 0.9, r


def test_eight_articles_floods_a_clash_and_a_wire_story() -> None:
    """tests/fixtures/link/batch2: a flash flood told by three outlets (an Antara rewrite, a later
    toll 6 vs 4), an unrelated flood the same day far away, a communal clash told by two outlets
    with a follow-up arrest, a translated AFP drone strike in two outlets (12 vs 15 dead). Measured
    once, blind: passages 1.00 / 1.00, clusters P 0.71 R 0.71 (two false pairs were gold errors),
    events F1 0.91 (actor 0.50). Then mended: residents of "bentrokan antarwarga" act, advisories
    and victims' evacuations are no events, an unknown "BANDUNG, PRFMNEWS -" dateline is read.
    Still missed: the arson told "dalam bentrokan ... itu" stays its own incident (clusters R 0.78)."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "link" / "batch2"
    r = evaluate_link(root / "gold.json", root, Settings())
    assert r["clusters"]["precision"] == 1.0 and r["clusters"]["f1"] >= 0.85, r
    assert r["passages"]["recall"] == 1.0 and r["passages"]["precision"] >= 0.9, r
    ev = evaluate_events(root / "gold.json", root, Settings())
    assert ev["f1"] >= 0.95 and ev["actor"] == 1.0 and ev["numbers"] == 1.0, ev


def test_a_quake_abroad_two_protests_one_day_and_rival_tolls() -> None:
    """tests/fixtures/link/batch3: an earthquake abroad told by three outlets over four days (20, 25,
    60 dead; "pekan lalu"), two different protests in Jakarta the same day (one told twice), a soldier
    shot in Papua told by Antara and with the rebels' claim. Measured once, blind: passages R 0.00,
    clusters P 0.67 R 0.50, events F1 0.83. Then mended: a fraction is no head count ("bermagnitudo
    6,8"), a quake's own relative clause dates it, a disaster abroad is placed in the country it struck,
    protesters' demands and "menggelar aksi", "prajurit tersebut" points back, an unknown landmark
    ("kawasan Patung Kuda") does not keep two tellings apart. Still missed: the one copied sentence
    with an added clause (Jaccard ~0.5) is not an LSH candidate (4-row bands)."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "link" / "batch3"
    r = evaluate_link(root / "gold.json", root, Settings())
    assert r["clusters"]["precision"] == 1.0 and r["clusters"]["f1"] >= 0.95, r
    ev = evaluate_events(root / "gold.json", root, Settings())
    assert ev["f1"] >= 0.95 and ev["location"] >= 0.95 and ev["numbers"] >= 0.95, ev


@pytest.mark.parametrize("batch", ["batch4", "batch5", "batch6", "batch7", "batch8", "batch9", "batch10"])
def test_later_blind_link_batches(batch: str) -> None:
    """batch4 (a church bombing told three times, a market fire the same day, a protest told twice,
    two arrests the same day) and batch5 (generic actors -- police, residents, students -- in one
    city on one day, a retold arrest count, a clash retold with its arrests, an air strike from two
    wires) and batch6 (a strike retold the next day beside another strike on the same city two days
    later, one nationwide protest in two cities, arrests told the next day, a quake's rising toll)
    and batch7 (a wire story carried twice and followed up with a higher toll and a UN call, one
    police unit's arrests on two days, floods in two neighbouring regencies, a riot and its arrests
    told the next day) and batch8 (a wire attack retold as background beside a new attack, one protest
    with two counts, one minister's request in two reports beside another official's, two fires in
    one city on one day, a ship lost then sunk) and batch9 (a wire clash carried by three outlets with
    "sedikitnya 23" and "puluhan", a flood's toll rising over three days, drivers' and students'
    protests in one city on one day, one arrest told with initials and with "dua pemuda", a new
    bombing beside last year's told as background) and batch10 (a quake's toll rising from 7 to 19 over
    two days, its aftershock the next night, a minister's visit; two bombings in two cities of one
    country on one day, one outlet telling both; a riot told as "Jumat malam" and "Sabtu dini hari", and
    the arrests "terkait kerusuhan itu" the next day), written blind; their blind scores are in each
    gold's ``about``."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "link" / batch
    r = evaluate_link(root / "gold.json", root, Settings())
    assert r["clusters"]["precision"] == 1.0 and r["clusters"]["recall"] == 1.0, r
    ev = evaluate_events(root / "gold.json", root, Settings())
    assert ev["f1"] >= 0.95 and all(ev[k] is None or ev[k] >= 0.95 for k in ("date", "actor", "location", "numbers")), ev


def test_blind_link_batch11_holds_what_it_reached() -> None:
    """batch11 (a Reuters air strike carried by three outlets with edits, one protest told as "ribuan
    ... unjuk rasa" and "sekitar 500 ... aksi damai" beside another group's protest two days later, a
    landslide's toll rising 3 -> 7 -> 11, two drug raids on one day by the police of two neighbouring
    regencies, a verdict recalling a 2025 killing and its arrest), written blind. Not yet at the
    level of the batches above: some dates; this holds what the mended rules reached (its ``about``;
    the recalled killing is found since heldout32's "tusuk" rule: events F1 1.00; CNN's lead joins the
    strike since batch13's stop, a country struck as the object placing it: clusters R 1.00; since
    batch14's stop CNN's lead, which only says who struck where, takes the town and day of the next
    sentence that tells its toll: location .94 -> 1.00, date .82 -> .88)."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "link" / "batch11"
    r = evaluate_link(root / "gold.json", root, Settings())
    assert r["clusters"]["precision"] == 1.0 and r["clusters"]["recall"] == 1.0, r
    assert r["passages"]["recall"] == 1.0, r
    ev = evaluate_events(root / "gold.json", root, Settings())
    assert ev["precision"] == 1.0 and ev["recall"] == 1.0, ev
    assert ev["numbers"] >= 0.9 and ev["actor"] >= 0.92 and ev["location"] == 1.0 and ev["date"] >= 0.88, ev


def _assert_full_level(batch: str) -> None:
    """Clusters, passages and every event field of ``batch`` at 1.00: the level of the batches above."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "link" / batch
    r = evaluate_link(root / "gold.json", root, Settings())
    assert r["clusters"]["precision"] == 1.0 and r["clusters"]["recall"] == 1.0, r
    assert r["passages"]["recall"] == 1.0 and r["passages"]["precision"] == 1.0, r
    ev = evaluate_events(root / "gold.json", root, Settings())
    assert ev["precision"] == 1.0 and ev["recall"] == 1.0, ev
    assert all(ev[k] == 1.0 for k in ("type", "date", "actor", "location", "numbers", "claimed_by")), ev


def test_blind_link_batch12_reaches_the_level_of_the_batches_above() -> None:
    """batch12 (an AFP clash in Sennar, Sudan, datelined Khartoum, carried as "sedikitnya 40" and
    "puluhan" with the next day's displacement story recalling it; a supporters' brawl told as
    "bentrok suporter" and "kericuhan antarsuporter", the arrests the next day and the minister's
    condemnation in two outlets; a market fire and a house fire on one night in one city), written
    blind. Held below the batches above at its stop (clusters R .78, actor .60); since batch13's stop
    the wire copies' "Pertempuran pecah sejak Sabtu pagi ..." is their lead's fight told in detail,
    "Bentrok suporter" makes the supporters fight, "Badan PBB itu" is the IOM named before, "Menteri
    Pemuda dan Olahraga" is one office and Kompas's "mengecam kericuhan suporter yang terjadi ...
    Minggu (14/3/2027) malam" tells the brawl as news of its own (its ``about``)."""
    _assert_full_level("batch12")


def test_blind_link_batch13_reaches_the_level_of_the_batches_above() -> None:
    """batch13 (an ADF ambush on an army convoy in Ituri carried by Antara as "Sedikitnya 30" with "kata
    militer" and by CNN as "Puluhan" with the rebels' counter-claim, retold the next day as "serangan
    Selasa lalu" with the toll revised down to 26; seven workers held by a KKB freed, "dibebaskan" in one
    outlet and "melepaskan"/"dilepaskan" in another, both recalling the kidnapping; a strike told as
    "mogok kerja" and "aksi unjuk rasa buruh" beside steel workers' protest in another city the same day;
    two floods a week apart in one regency; a car-care piece with no event), written blind. Measured
    once, blind: clusters P 1.00 R .33, passages P .75, events F1 .90; then mended (its ``about``)."""
    _assert_full_level("batch13")


def test_blind_link_batch14_reaches_the_level_of_the_batches_above() -> None:
    """batch14 (a quake in Badghis, Afghanistan, its toll rising 12 -> 86 -> 214 over three days in three
    outlets, two carrying one Reuters copy, the last recalling the 2025 Kunar quake; a helicopter told
    as "hilang kontak" and the next day as wreckage found with five dead; a KPK sting (OTT) retold the
    next day as "menetapkan ... sebagai tersangka"; a concert brawl in Tegal and a supporters' clash in
    Semarang the same evening; an Israeli strike on a school in Nuseirat from Anadolu ("Sedikitnya 27")
    and from AFP ("Puluhan", the civil defence's 31 against the army's "12 militan") with the UN's
    condemnation and a separate strike in Khan Younis; a culinary piece naming the 2018 tsunami in
    passing), written blind. Measured once, blind: clusters P 1.00 R .20, passages P/R 1.00, events
    F1 .89; then mended (its ``about``)."""
    _assert_full_level("batch14")


def test_blind_link_batch15_reaches_the_level_of_the_batches_above() -> None:
    """batch15 (a suicide bombing in Bannu, Pakistan, told on its day from Reuters by Antara ("Sedikitnya
    17 ..., kata polisi", the TTP's claim) and from AFP by CNN Indonesia ("Puluhan", a hospital's 21, a
    faction's denial), and the next day by Okezone rewriting Antara's copy with the toll "bertambah
    menjadi 26 orang"; two quakes the same Sunday in Maluku and in NTB, the NTB story recalling the
    Maluku one; a prison riot in Sorong told as "Kerusuhan" and as "kericuhan" beside the recapture of
    six escapees the next day; Cyclone Arnab in Bangladesh from two wires, "1,2 juta" and "1.200.000"
    evacuated; a policy story recalling a 2024 terminal bombing in one sentence; a tyre-care piece with
    no event), written blind. Measured once, blind: clusters P .67 R .40, passages R .80 P .67, events
    F1 .938; then mended (its ``about``)."""
    _assert_full_level("batch15")


def test_a_gold_file_inside_the_inputs_is_no_page(tmp_path: Path) -> None:
    """The gold's match strings are the pages' own sentences: read as a page, the gold links with all."""
    from linimasa.evaluate.link import _pages

    (tmp_path / "a.txt").write_text("Gempa mengguncang Majene.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text('{"docs": {"a.txt": {"events": []}}}\n', encoding="utf-8")
    assert _pages(tmp_path / "gold.json", tmp_path) == [str(tmp_path / "a.txt")]
    assert _pages(tmp_path.parent / "elsewhere.json", tmp_path) == [str(tmp_path)]


def test_blind_link_batch16_reaches_the_level_of_the_batches_above() -> None:
    """batch16 (a mass shooting at a Houston mall from AP by Antara, "Sedikitnya delapan ..., kata polisi",
    one gunman, and from Reuters by CNN Indonesia, its lead the hunt for a second suspect; two peat fires
    the same week in Sumatera Selatan and Kalimantan Tengah, the latter with two residents held; a
    students' protest at the Myanmar embassy told as "aksi damai" and "berunjuk rasa", and the next day's
    larger protest there ("kembali berdemonstrasi") recalling it, five held; a tips piece with no event),
    written blind. Measured once, blind: clusters P .33 R .50, passages P/R 1.00, events F1 .947; then
    mended (its ``about``)."""
    _assert_full_level("batch16")
