"""A cluster's fields, derived from its member events.

- ``type``/``kind``: the most frequent among members (ties: alphabetical).
- dates: the members with the finest date precision decide; ``date_start`` is their
  earliest start, ``date_end`` their latest end.
- ``location``: the most precise (place > admin > country), then most frequent, name.
- ``actors``/``targets``: every distinct participant (entity id, else name), most
  mentioned first.
- ``figures``: per kind (fatalities, injured, ...) every claim (value, qualifier,
  claimed_by, article, event); the consensus ``value`` follows ACLED's rule, the most
  conservative (lowest) reported figure; ``min``/``max`` give the range.
- ``independent_sources``: the cluster's articles grouped so that copies of one
  syndication family, and articles of one outlet, count once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import Claim, ClusterFigure, Event, EventCluster, Location, Participant
from .cluster import PRECISION_RANK, cluster_id
from .conflicts import find_conflicts
from .families import ArticleInfo, UnionFind
from .summary import summarize

FIGURE_KINDS = ("fatalities", "injured", "captured", "missing", "displaced")
_LOC_RANK = {"place": 0, "admin": 1, "country": 2}


def _majority(values: Sequence[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    return min(c, key=lambda v: (-c[v], v)) if c else None


def _dates(events: Sequence[Event]) -> tuple[str | None, str | None, str | None]:
    dated = [e for e in events if e.date_start]
    if not dated:
        return None, None, None
    best = min(PRECISION_RANK.get(e.date_precision or "", 3) for e in dated)
    top = [e for e in dated if PRECISION_RANK.get(e.date_precision or "", 3) == best]
    start = min(e.date_start or "" for e in top)
    end = max((e.date_end or e.date_start or "") for e in top)
    precision = _majority([e.date_precision for e in top])
    return start, (end if end != start else None) if end else None, precision


def _location(events: Sequence[Event]) -> Location | None:
    locs = [e.location for e in events if e.location is not None and e.location.name]
    if not locs:
        return None
    best = min(_LOC_RANK.get(x.precision or "", 3) for x in locs)
    top = [x for x in locs if _LOC_RANK.get(x.precision or "", 3) == best]
    name = _majority([x.name for x in top])
    return next(x for x in top if x.name == name)


def _participants(groups: Sequence[Sequence[Participant]]) -> list[Participant]:
    count: Counter[str] = Counter()
    first: dict[str, Participant] = {}
    for ps in groups:
        for p in ps:
            key = p.entity_id or p.name.lower()
            count[key] += 1
            first.setdefault(key, p)
    return [Participant(name=first[k].name, entity_id=first[k].entity_id, country=first[k].country,
                        sector=first[k].sector) for k in sorted(count, key=lambda k: (-count[k], k))]


def claims_of(e: Event) -> dict[str, list[Claim]]:
    """One claim per event and figure kind (the event's figures, else its number fields)."""
    out: dict[str, list[Claim]] = {}
    for f in e.figures:
        if f.kind not in out:
            out[f.kind] = [Claim(value=f.value, qualifier=f.qualifier, claimed_by=e.claimed_by,
                                 article_id=e.article_id, event_id=e.id)]
    for kind in FIGURE_KINDS:
        v = getattr(e, kind)
        if v is not None and kind not in out:
            out[kind] = [Claim(value=v, qualifier=None, claimed_by=e.claimed_by, article_id=e.article_id, event_id=e.id)]
    return out


def independent_sources(article_ids: Sequence[str], info: Mapping[str, ArticleInfo],
                        family_of: Mapping[str, str]) -> int:
    uf = UnionFind()
    for a in article_ids:
        uf.find(a)
        if a in family_of:
            uf.union(a, "family:" + family_of[a])
        outlet = info[a].outlet if a in info else None
        if outlet:
            uf.union(a, "outlet:" + outlet.lower())
    return len({uf.find(a) for a in article_ids})


def build_cluster(events: Sequence[Event], info: Mapping[str, ArticleInfo], family_of: Mapping[str, str],
                  lang: str = "id") -> EventCluster:
    events = sorted(events, key=lambda e: e.id)
    article_ids = sorted({e.article_id for e in events})
    claims: dict[str, list[Claim]] = {}
    for e in events:
        for kind, cs in claims_of(e).items():
            claims.setdefault(kind, []).extend(cs)
    figures = [ClusterFigure(kind=k, value=min(c.value for c in cs), min=min(c.value for c in cs),
                             max=max(c.value for c in cs), claims=cs)
               for k in FIGURE_KINDS if (cs := claims.get(k, []))]
    start, end, precision = _dates(events)
    c = EventCluster(
        id=cluster_id(e.id for e in events), type=_majority([e.type for e in events]) or events[0].type,
        event_ids=[e.id for e in events], article_ids=article_ids, kind=_majority([e.kind for e in events]),
        date_start=start, date_end=end, date_precision=precision, location=_location(events),
        actors=_participants([e.actors for e in events]), targets=_participants([e.targets for e in events]),
        independent_sources=independent_sources(article_ids, info, family_of),
        historical=sum(e.historical for e in events) * 2 > len(events),
        figures=figures, conflicts=find_conflicts(events, claims),
    )
    c.summary = summarize(c, lang)
    return c
