"""Same-article references: an undated mention of an event its own article dates elsewhere.

"kesepakatan trilateral yang ditandatangani di Moskow" is a relative clause, so extraction
leaves it undated rather than give it the main clause's day (see :mod:`linimasa.events.when`);
it names the agreement the same article dates as "Pada 10 November 2020, kedua negara
menandatangani ...". Clustering never joins two events of one article (the extractor's call),
so afterwards the reference joins the cluster of its sibling: the nearest earlier event of its
article with the same type family and a date, else the nearest later one. Only a reference
that was clustered alone moves; one that other articles' events joined keeps its cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import EventCluster
from .cluster import family_of_type

Head = tuple[str, str, str, str | None, str | None]  # event id, article id, type, kind, date_start


def _number(event_id: str) -> int:
    """The event's position in its article (ids are ``{article_id}-e{n}`` in text order)."""
    tail = event_id.rsplit("-e", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _sibling(ref: Head, heads: Sequence[Head]) -> str | None:
    fam = family_of_type(ref[2], ref[3])
    n = _number(ref[0])
    dated = [h for h in heads if h[0] != ref[0] and h[4] is not None and family_of_type(h[2], h[3]) == fam]
    before = [h for h in dated if _number(h[0]) < n]
    if before:
        return max(before, key=lambda h: _number(h[0]))[0]
    return min(dated, key=lambda h: _number(h[0]))[0] if dated else None


def attach_references(clusters: Sequence[EventCluster], heads: Iterable[Head]) -> list[EventCluster]:
    """``clusters`` with each lone undated reference moved into its sibling's cluster.
    ``heads``: every event of each article that has an undated event."""
    by_article: dict[str, list[Head]] = {}
    for h in heads:
        by_article.setdefault(h[1], []).append(h)
    of_event = {eid: c for c in clusters for eid in c.event_ids}
    gone: set[str] = set()
    for hs in by_article.values():
        for ref in sorted(hs, key=lambda h: _number(h[0])):
            own = of_event.get(ref[0])
            if ref[4] is not None or own is None or len(own.event_ids) != 1:
                continue
            sib = _sibling(ref, hs)
            target = of_event.get(sib) if sib else None
            if target is None or target is own:
                continue
            target.event_ids.append(ref[0])
            of_event[ref[0]] = target
            gone.add(own.id)
    return [c for c in clusters if c.id not in gone]
