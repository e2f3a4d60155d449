"""Cluster fields from members: dates, figures (most conservative), sources, conflicts."""

from __future__ import annotations

import pytest

from linimasa.link.conflicts import compatible, date_conflict
from linimasa.link.consensus import build_cluster
from linimasa.link.families import ArticleInfo
from linimasa.model import Claim

from .helpers import event

INFO = {
    "a": ArticleInfo("a", 1000, "2024-03-05", "kabarsatu", ("antara",)),
    "b": ArticleInfo("b", 1000, "2024-03-05", "beritadua", ("antara",)),
    "c": ArticleInfo("c", 1000, "2024-03-06", "kabarsatu"),
    "d": ArticleInfo("d", 1000, "2024-03-06", "warta"),
}
GROUP = (("kelompok bersenjata", None),)


def _claim(value: int, qualifier: str | None = None) -> Claim:
    return Claim(value=value, qualifier=qualifier, claimed_by=None, article_id="a", event_id="e")


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (_claim(3), _claim(3), True),
        (_claim(3), _claim(5), False),
        (_claim(2000, "more_than"), _claim(2500), True),
        (_claim(2000, "more_than"), _claim(1500), False),
        (_claim(100, "approx"), _claim(105), True),
        (_claim(100, "approx"), _claim(150), False),
        (_claim(10, "at_most"), _claim(8), True),
    ],
)
def test_figure_compatibility(a: Claim, b: Claim, ok: bool) -> None:
    assert compatible(a, b) is ok and compatible(b, a) is ok


def test_figures_take_the_most_conservative_value_and_list_conflicting_claims() -> None:
    evs = [
        event("a-1", "a", place="Intan Jaya", fatalities=3, claimed_by="polisi", actors=GROUP),
        event("b-1", "b", place="Intan Jaya", fatalities=5, claimed_by="kelompok bersenjata", actors=GROUP),
        event("d-1", "d", place="Intan Jaya", fatalities=3, actors=GROUP, precision="day"),
    ]
    c = build_cluster(evs, INFO, {})
    (fig,) = c.figures
    assert (fig.kind, fig.value, fig.min, fig.max) == ("fatalities", 3, 3, 5)
    assert [(x.value, x.claimed_by, x.article_id) for x in fig.claims] == [
        (3, "polisi", "a"), (5, "kelompok bersenjata", "b"), (3, None, "d")]
    (conf,) = c.conflicts
    assert conf.field == "fatalities"
    assert [(v.value, v.article_ids, v.claimed_by) for v in conf.values] == [
        (3, ["a", "d"], ["polisi"]), (5, ["b"], ["kelompok bersenjata"])]
    assert "3 (3–5) tewas" in c.summary and "Intan Jaya" in c.summary


@pytest.mark.parametrize(
    ("family", "expected"),
    [
        ({}, 3),  # a and c share an outlet: kabarsatu, beritadua, warta
        ({"a": "F1", "b": "F1"}, 2),  # a and b are copies of one wire story
        ({"b": "F1", "d": "F1"}, 2),
    ],
)
def test_independent_sources_count_families_and_outlets_once(family: dict[str, str], expected: int) -> None:
    evs = [event(f"{x}-1", x, place="Intan Jaya", actors=GROUP) for x in "abcd"]
    assert build_cluster(evs, INFO, family).independent_sources == expected


def test_dates_come_from_the_most_precise_members() -> None:
    evs = [event("a-1", "a", date="2024-03", precision="month"), event("b-1", "b", date="2024-03-04"),
           event("c-1", "c", date="2024-03-04")]
    c = build_cluster(evs, INFO, {})
    assert (c.date_start, c.date_end, c.date_precision) == ("2024-03-04", None, "day")
    assert c.conflicts == []  # compared at month level: no disagreement


@pytest.mark.parametrize(
    ("dates", "conflict"),
    [
        ([("1991", "year"), ("1993", "year")], ["1991", "1993"]),  # "sejak 1991" vs "27 tahun" said in 2020
        ([("1991", "year"), ("1991-05-02", "day")], None),
        ([("2024-03-04", "day"), ("2024-03-05", "day")], ["2024-03-04", "2024-03-05"]),
        ([("2024-03-04", "day"), ("2024-03", "month")], None),
    ],
)
def test_date_conflicts_compare_at_the_coarsest_precision(dates: list[tuple[str, str]],
                                                          conflict: list[str] | None) -> None:
    evs = [event(f"e{i}", "abcd"[i], date=d, precision=p) for i, (d, p) in enumerate(dates)]
    got = date_conflict(evs)
    assert (got and [v.value for v in got.values]) == (conflict or None)


def test_who_did_it_conflict() -> None:
    evs = [event("a-1", "a", actors=(("TNI", "ID"),), claimed_by="kelompok bersenjata"),
           event("b-1", "b", actors=(("kelompok bersenjata", None),), claimed_by="TNI")]
    c = build_cluster(evs, INFO, {})
    actors = [x for x in c.conflicts if x.field == "actors"]
    assert actors and [(v.value, v.claimed_by) for v in actors[0].values] == [
        ("TNI", ["kelompok bersenjata"]), ("kelompok bersenjata", ["TNI"])]
