"""Where the members of a cluster disagree: a casualty figure, the date, or who did it.

Each conflict lists every distinct value with the articles that state it and who the
articles say claims it. Figures: two claims conflict unless equal or compatible by their
qualifiers ("lebih dari 2.000" and "2.500"; "sekitar 100" and "105", within 10 %).
Dates: members' start dates are compared at the coarsest precision any member has, so
"sejak 1991" and "27 tahun pendudukan" said in 2020 (1993) conflict on the year while
"27 September" and "27 September 2020" do not. Actors: two members whose actors share
neither an entity nor a country.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ..model import Claim, Conflict, ConflictValue, Event

_AT_LEAST = {"more_than", "at_least"}
_AT_MOST = {"less_than", "at_most", "almost"}


def compatible(a: Claim, b: Claim) -> bool:
    if a.value == b.value:
        return True
    lo, hi = (a, b) if a.value < b.value else (b, a)
    if lo.qualifier in _AT_LEAST or hi.qualifier in _AT_MOST:
        return True
    if "approx" in (a.qualifier, b.qualifier):
        return hi.value - lo.value <= 0.1 * hi.value
    return False


def _values(pairs: Sequence[tuple[Any, str, str | None]]) -> list[ConflictValue]:
    arts: dict[Any, list[str]] = defaultdict(list)
    who: dict[Any, list[str]] = defaultdict(list)
    for value, article_id, claimed_by in pairs:
        if article_id not in arts[value]:
            arts[value].append(article_id)
        if claimed_by and claimed_by not in who[value]:
            who[value].append(claimed_by)
    return [ConflictValue(value=v, article_ids=sorted(arts[v]), claimed_by=who[v]) for v in sorted(arts, key=str)]


def figure_conflicts(kind: str, claims: Sequence[Claim]) -> Conflict | None:
    if all(compatible(a, b) for i, a in enumerate(claims) for b in claims[i + 1:]):
        return None
    return Conflict(field=kind, values=_values([(c.value, c.article_id, c.claimed_by) for c in claims]))


_CUT = {"time": 10, "day": 10, "week": 7, "month": 7, "year": 4}


def date_conflict(events: Sequence[Event]) -> Conflict | None:
    dated = [e for e in events if e.date_start]
    if len(dated) < 2:
        return None
    cut = min(_CUT.get(e.date_precision or "", len(e.date_start or "")) for e in dated)
    cut = min([cut] + [len(e.date_start or "") for e in dated])
    keys = {(e.date_start or "")[:cut] for e in dated}
    if len(keys) < 2:
        return None
    return Conflict(field="date", values=_values([((e.date_start or "")[:cut], e.article_id, e.claimed_by)
                                                   for e in dated]))


def _actor_label(e: Event) -> str:
    return ", ".join(sorted({p.name for p in e.actors}))


def _actor_keys(e: Event) -> set[str]:
    return {p.entity_id or p.name.lower() for p in e.actors} | {"c:" + p.country for p in e.actors if p.country}


def actor_conflict(events: Sequence[Event]) -> Conflict | None:
    with_actors = [e for e in events if e.actors]
    clash = any(not (_actor_keys(a) & _actor_keys(b)) for i, a in enumerate(with_actors) for b in with_actors[i + 1:])
    if not clash:
        return None
    return Conflict(field="actors", values=_values([(_actor_label(e), e.article_id, e.claimed_by)
                                                     for e in with_actors]))


def find_conflicts(events: Sequence[Event], claims_by_kind: dict[str, list[Claim]]) -> list[Conflict]:
    out = [c for kind in sorted(claims_by_kind) if (c := figure_conflicts(kind, claims_by_kind[kind]))]
    for fn in (date_conflict, actor_conflict):
        c = fn(events)
        if c is not None:
            out.append(c)
    return out
