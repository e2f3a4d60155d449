from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.config import Settings
from linimasa.evaluate.events import evaluate_events, field_checks, score
from linimasa.model import Event, Location, Participant

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "events"


def _ev(sentence: str, **kw) -> Event:  # type: ignore[no-untyped-def]
    return Event(id="x", article_id="a", type=kw.pop("type", "ASSAULT"), sentence=sentence, sentence_start=0,
                 sentence_end=len(sentence), trigger="t", trigger_start=0, trigger_end=1, **kw)


def test_score_matching_rules() -> None:
    gold = {"d": {"events": [
        {"id": "g1", "core": True, "match": ["menyerang pos"], "types": ["ASSAULT"], "date": ["2024-03", "2024-03"],
         "actor": "rusia", "fatalities": 2},
        {"id": "g2", "core": False, "match": ["akan pindah"]},
        {"id": "g3", "core": True, "match": ["menandatangani"], "types": ["AGREE"]},
    ]}}
    preds = {"d": [
        _ev("Tentara Rusia menyerang pos itu.", date_start="2024-03-05", fatalities=2,
            actors=[Participant("tentara", country="RU")]),
        _ev("Warga akan pindah."),  # neutral: matches only a non-core event
        _ev("Harga naik."),  # false positive
    ]}
    r = score(gold, preds, {"RU": ["Rusia"]})
    assert (r["precision"], r["recall"]) == (0.5, 0.5)
    assert (r["type"], r["date"], r["actor"], r["numbers"]) == (1.0, 1.0, 1.0, 1.0)
    assert r["docs"]["d"]["missed"] == ["g3"]


@pytest.mark.parametrize("rng,value,ok", [
    (["1991", "1991-12-31"], "1991-06-01", True), (["2020-09", "2020-09"], "2020-10-01", False),
    (["2020-11-24", "2020-11-25"], "2020-11-25", True),
])
def test_date_ranges(rng: list[str], value: str, ok: bool) -> None:
    assert field_checks({"date": rng}, _ev("s", date_start=value), {})["date"] is ok


def test_a_place_matches_its_gold_name_without_diacritics() -> None:
    loc = Location(name="Culiacán", country="MX")
    assert field_checks({"location": ["culiacan"]}, _ev("s", location=loc), {})["location"] is True


def test_fixture_dev_set_through_the_pipeline() -> None:
    """The team-written dev set (riots, arrests, bombing, floods, protests, diplomacy...)."""
    r = evaluate_events(FIXTURES / "gold.json", FIXTURES, Settings())
    assert r["f1"] >= 0.75, r
    assert r["type"] >= 0.8 and r["date"] >= 0.8, r


def test_seed_pages(shared_dir: Path) -> None:
    r = evaluate_events(shared_dir / "gold" / "seeds.json", shared_dir / "seeds", Settings())
    assert r["f1"] >= 0.9 and r["type"] >= 0.9 and r["date"] >= 0.9 and r["numbers"] >= 0.9 and r["location"] >= 0.9, r


def test_heldout_set_through_the_pipeline() -> None:
    """Second batch, written after tuning on the first (measured once before changes: F1 1.0,
    numbers 0.40; kept here so later changes cannot regress it)."""
    r = evaluate_events(FIXTURES / "heldout" / "gold.json", FIXTURES / "heldout", Settings())
    assert r["f1"] >= 0.75 and r["numbers"] >= 0.8, r


def test_third_batch_through_the_pipeline() -> None:
    """Third batch, written after all tuning (measured once: P 1.0, R 0.944, F1 0.971)."""
    r = evaluate_events(FIXTURES / "heldout2" / "gold.json", FIXTURES / "heldout2", Settings())
    assert r["f1"] >= 0.75 and r["type"] >= 0.8, r


def test_fifth_batch_through_the_pipeline() -> None:
    """heldout4, written blind and measured once (P 0.80, R 0.90, F1 0.85; claimed_by 0.40); its
    misses then fixed by general rules (tests/events/test_corefer.py and the rules tests)."""
    r = evaluate_events(FIXTURES / "heldout4" / "gold.json", FIXTURES / "heldout4", Settings())
    assert r["f1"] >= 0.95 and r["numbers"] >= 0.9 and r["claimed_by"] >= 0.75 and r["location"] >= 0.9, r


def test_sixth_batch_through_the_pipeline() -> None:
    """heldout5, written blind after the heldout4 rules and measured once (P 0.97, R 0.92, F1 0.947;
    actor 0.76, location 0.83, numbers 0.70); then the pronoun passive, the speaker's office,
    as-of dates and street names were added as general rules."""
    r = evaluate_events(FIXTURES / "heldout5" / "gold.json", FIXTURES / "heldout5", Settings())
    assert r["f1"] >= 0.95 and r["location"] >= 0.9 and r["actor"] >= 0.85, r


def test_seventh_batch_through_the_pipeline() -> None:
    """heldout6, written blind and measured once at the end of the session, after every other rule
    (P 0.96, R 0.91, F1 0.937; actor 1.00, location 0.87, numbers 0.60): kept as measured, no tuning."""
    r = evaluate_events(FIXTURES / "heldout6" / "gold.json", FIXTURES / "heldout6", Settings())
    assert r["f1"] >= 0.9 and r["type"] >= 0.9 and r["date"] >= 0.9 and r["actor"] >= 0.9, r


def test_eighth_batch_through_the_pipeline() -> None:
    """heldout7, written blind (gold before the first run) and measured once: P/R/F1 1.00; type
    0.86, date 0.94, actor 0.73, location 0.94, numbers 0.88. Its field misses were then mended by
    general rules (passive arrests told by a police chief, unidentified actors, address chains,
    released hostages, year tallies)."""
    r = evaluate_events(FIXTURES / "heldout7" / "gold.json", FIXTURES / "heldout7", Settings())
    assert r["f1"] >= 0.95 and r["date"] >= 0.95 and r["actor"] >= 0.9 and r["location"] >= 0.95, r


def test_ninth_batch_through_the_pipeline() -> None:
    """heldout8 (precision on news with few events: a rate decision, a football match told with war
    words, a vaccination drive; plus a sting, a meeting, a missile test, sanctions, a brawl), written
    blind and measured once: P 1.00, R 0.91, F1 0.952; location 0.67, numbers 0.67. Then mended by
    general rules (summed groups, meeting places, diplomatic protests, test launches, asset freezes)."""
    r = evaluate_events(FIXTURES / "heldout8" / "gold.json", FIXTURES / "heldout8", Settings())
    assert r["precision"] >= 0.95 and r["f1"] >= 0.95 and r["location"] >= 0.9 and r["numbers"] >= 0.9, r


def test_tenth_batch_through_the_pipeline() -> None:
    """heldout9 (rival claims, English-style separators, two-digit years, relative dates, a far nil
    toll, a protest 'pekan lalu', a sinking, a raid told by both sides), written blind and measured
    once: P 1.00, R 0.92, F1 0.957; date 0.86, actor 0.86, numbers 0.83. Then mended by general rules."""
    r = evaluate_events(FIXTURES / "heldout9" / "gold.json", FIXTURES / "heldout9", Settings())
    assert r["f1"] >= 0.95 and r["date"] >= 0.95 and r["actor"] >= 0.95 and r["numbers"] >= 0.95, r


def test_eleventh_batch_through_the_pipeline() -> None:
    """heldout10 (a KPK sting, a shooting with a claim of responsibility, forest fires over days, a
    sinking, a foreign protest crushed by police, a prison riot with a nil toll, an eviction turning
    violent, a no-event 'Warga Serbu Pasar Murah'), written blind and measured once: P 0.857, R 1.00,
    F1 0.923; actor 0.71, numbers 0.50. Then mended by general rules. Still missed: the fires' start
    ('Selasa lalu', the as-of 'Hingga Kamis') and the count of a recapture told across 'namun'."""
    r = evaluate_events(FIXTURES / "heldout10" / "gold.json", FIXTURES / "heldout10", Settings())
    assert r["precision"] == 1.0 and r["f1"] >= 0.95 and r["actor"] >= 0.95 and r["numbers"] >= 0.85, r


def test_twelfth_batch_through_the_pipeline() -> None:
    """heldout11 (a bombing abroad claimed by a group, a student brawl, an air strike on a school, a
    volcanic eruption, a raid on a fraud ring, a peaceful labour rally, a ceasefire abroad, a no-event
    market report in war words), written blind and measured once: P 1.00, R 0.89, F1 0.941; actor
    0.71, location 0.75, numbers 0.83. Then mended by general rules."""
    r = evaluate_events(FIXTURES / "heldout11" / "gold.json", FIXTURES / "heldout11", Settings())
    assert r["precision"] == 1.0 and r["f1"] >= 0.95 and r["actor"] >= 0.95 and r["location"] >= 0.95, r


def test_thirteenth_batch_through_the_pipeline() -> None:
    """heldout12 (a chronology over three days, a court verdict with a scuffle outside, a mass
    kidnapping abroad, a mass shooting abroad, a village-election riot, a diplomatic expulsion, a drone
    attack on a ship on a page full of boilerplate), written blind and measured once: P/R/F1 1.00;
    date 0.80, actor 0.80, location 0.80, numbers 0.83. Then mended by general rules."""
    r = evaluate_events(FIXTURES / "heldout12" / "gold.json", FIXTURES / "heldout12", Settings())
    assert r["f1"] >= 0.95 and r["date"] >= 0.95 and r["actor"] >= 0.95 and r["location"] >= 0.95, r


def test_fourteenth_batch_through_the_pipeline() -> None:
    """heldout13 (a hijacked ship, a flood and landslide, a clash of election supporters, a hunger
    strike, a raid abroad, a foiled plot, a bus into a ravine, a no-event museum feature), written
    blind and measured once: P 0.89, R 0.75, F1 0.814; location 0.67. Then mended by general rules."""
    r = evaluate_events(FIXTURES / "heldout13" / "gold.json", FIXTURES / "heldout13", Settings())
    assert r["precision"] == 1.0 and r["f1"] >= 0.95 and r["actor"] >= 0.95 and r["location"] >= 0.95, r


def test_fifteenth_batch_through_the_pipeline() -> None:
    """heldout14 (a rebel attack on road workers on a page with boilerplate between paragraphs, a
    murder and an arrest told days later, an ICBM launch with a diplomatic protest, a riot between
    workers, a flood with a nil toll, a no-event opinion piece), written blind and measured once:
    P 0.67, R 1.00, F1 0.80; actor 0.86, numbers 0.33. Then mended by general rules. Still missed:
    "Perang dagang ... kembali memanas" in an opinion piece is a SANCTION event, and "Pelaku kami
    tangkap" has no count."""
    r = evaluate_events(FIXTURES / "heldout14" / "gold.json", FIXTURES / "heldout14", Settings())
    assert r["recall"] == 1.0 and r["f1"] >= 0.9 and r["actor"] >= 0.95 and r["numbers"] >= 0.8, r


def test_sixteenth_batch_through_the_pipeline() -> None:
    """heldout15 (a mine landslide, a dealer shot dead during an arrest, a militant attack abroad, a
    peaceful rally that disbands itself, a ceasefire violation told as an accusation), written blind
    and measured once: P 0.89, R 1.00, F1 0.941; numbers 0.80, claimed_by 0.50. Then mended by
    general rules. Still missed: "Dua kaki tangannya ditangkap" is no head count."""
    r = evaluate_events(FIXTURES / "heldout15" / "gold.json", FIXTURES / "heldout15", Settings())
    assert r["precision"] == 1.0 and r["f1"] >= 0.95 and r["claimed_by"] == 1.0, r


@pytest.mark.parametrize("batch", ["heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                                   "heldout22", "heldout23", "heldout24", "heldout25", "heldout26",
                                   "heldout27", "heldout28", "heldout30", "heldout33"])
def test_later_blind_batches_through_the_pipeline(batch: str) -> None:
    """heldout16-28, heldout30 and heldout33, each written blind and measured once (the blind scores are in each gold's
    ``about``), then mended by general rules: every field at 0.95 or above from here on."""
    r = evaluate_events(FIXTURES / batch / "gold.json", FIXTURES / batch, Settings())
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, r
    assert all(r[k] is None or r[k] >= 0.95 for k in ("type", "date", "actor", "location", "numbers", "claimed_by")), r


def test_thirty_fifth_batch_through_the_pipeline() -> None:
    """heldout34 (a land clash told by two sides, a Densus sweep counted in words, an air strike abroad with rival
    tolls, a detention-centre riot with escapees recaptured, a no-event food poisoning, a student protest held and
    released, a boat sunk with dead and missing, a verdict on an old attack in page boilerplate), written blind and
    measured once: P 1.00, R .879, F1 .935; type .93, date .91, actor .76, location 1.00, numbers .67, claimed_by .86.
    Then mended by general rules: P, R 1.00, type .97, every other field 1.00."""
    r = evaluate_events(FIXTURES / "heldout34" / "gold.json", FIXTURES / "heldout34", Settings())
    assert r["precision"] == 1.0 and r["recall"] == 1.0, r
    assert all(r[k] is None or r[k] >= 0.95 for k in ("type", "date", "actor", "location", "numbers", "claimed_by")), r


def test_thirty_sixth_batch_through_the_pipeline() -> None:
    """heldout35 (a hoax page with the spreader held, a bomb threat that emptied a mall, a school shooting abroad
    retold from AFP, market thugs held, a police clash with a congregation over a building on a page opening with a
    correction note, a forest ranger shot by poachers, a flood live-blog, a ransomware attack with a leak threat),
    written blind and measured once: P .95, R .929, F1 .939; type 1.00, date .913, actor .818, location .85,
    numbers .909, claimed_by 1.00. Then mended by general rules: P, R 1.00; type, date, numbers, claimed_by 1.00,
    actor .913, location .955."""
    r = evaluate_events(FIXTURES / "heldout35" / "gold.json", FIXTURES / "heldout35", Settings())
    assert r["precision"] == 1.0 and r["recall"] == 1.0, r
    assert all(r[k] is None or r[k] >= 0.95 for k in ("type", "date", "location", "numbers", "claimed_by")), r
    assert r["actor"] >= 0.9, r


def test_thirty_seventh_batch_through_the_pipeline() -> None:
    """heldout36 (a maritime water-cannon standoff told by two governments, a volcano abroad with evacuation and a
    flight ban, a KPU office burnt after a re-vote on a page with a related-articles box, a layoff protest blocking a
    toll road, an assassination attempt abroad with the attacker subdued, a train collision with its toll revised, an
    interview page), written blind and measured once: P 1.00, R .897, F1 .946; type 1.00, date 1.00, actor .80,
    location .947, numbers .75, claimed_by 0 (of 1). Then mended by general rules: P, R and every field 1.00."""
    r = evaluate_events(FIXTURES / "heldout36" / "gold.json", FIXTURES / "heldout36", Settings())
    assert r["precision"] == 1.0 and r["recall"] == 1.0, r
    assert all(r[k] is None or r[k] >= 0.95 for k in ("type", "date", "actor", "location", "numbers", "claimed_by")), r


def test_thirty_eighth_batch_through_the_pipeline() -> None:
    """heldout37 (a clash between soldiers and police with a post stoned, Rohingya refugees landing and residents
    protesting, artillery on the Thailand-Cambodia border told by both armies, a jade-mine landslide abroad with a
    rising toll on a Jakarta-desk page, a mass grave exhumed, a drone attack on an airport abroad, a photo gallery of a
    fuel-price riot in two cities), written blind and measured once: P 1.00, R .90, F1 .947; type .963, date .833,
    actor .90, location .722, numbers .857, claimed_by none stated. Then mended by general rules: P, R and every
    field 1.00."""
    r = evaluate_events(FIXTURES / "heldout37" / "gold.json", FIXTURES / "heldout37", Settings())
    assert r["precision"] == 1.0 and r["recall"] == 1.0, r
    assert all(r[k] is None or r[k] >= 0.95 for k in ("type", "date", "actor", "location", "numbers", "claimed_by")), r


def test_heldout38_events() -> None:
    """heldout38 (an armed raid on a prison abroad with guards killed and inmates escaped, villagers trampled by wild
    elephants, a temple burnt with three held, a drone shot down over Kashmir told by one side, a stadium crush with a
    rising toll, a no-event film review on a battle), written blind and measured once: P .913, R .812, F1 .86;
    type .846, date .846, actor .875, location 1.00, numbers .833, claimed_by 1.00. Then mended by general rules:
    P, R and every field 1.00."""
    r = evaluate_events(FIXTURES / "heldout38" / "gold.json", FIXTURES / "heldout38", Settings())
    assert r["precision"] == 1.0 and r["recall"] == 1.0, r
    assert all(r[k] is None or r[k] >= 0.95 for k in ("type", "date", "actor", "location", "numbers", "claimed_by")), r
