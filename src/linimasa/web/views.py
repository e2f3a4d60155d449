"""View models for the cluster, article and sources pages: plain data assembled from the
store, ready for the templates (which escape every string)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..model import Article, Event, EventCluster, Family
from ..store.base import SQLStore
from .highlight import article_spans, event_title, render, sentence_markup
from .query import article_meta, casualty_text, place_name
from .security import safe_href


@dataclass
class Evidence:
    event: Event
    sentence: Markup
    title: str
    claimants: list[str]
    figures: list[tuple[str, Any, bool]]  # (kind, value, in conflict)


@dataclass
class Report:
    article: Article
    href: str | None
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[tuple[str, Any]] = field(default_factory=list)


@dataclass
class Group:
    family: Family | None
    reports: list[Report]
    wire: str | None = None


def claimants(a: Article | None, e: Event) -> list[str]:
    """Who claims the event: its attribution, else speakers quoted in its sentence."""
    out = []
    if e.claimed_by:
        out.append(e.claimed_by)
    if a is not None:
        for q in a.quotes:
            if q.speaker and q.start < e.sentence_end and e.sentence_start < q.end and q.speaker not in out:
                out.append(q.speaker)
    return out


_FIG_KINDS = ("fatalities", "injured", "missing", "captured", "displaced")


def cluster_view(store: SQLStore, c: EventCluster) -> dict[str, Any]:
    events = store.events(cluster_id=c.id)
    by_article: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_article[e.article_id].append(e)
    articles = {aid: a for aid in c.article_ids if (a := store.get_article(aid)) is not None}
    conflict_fields = {cf.field for cf in c.conflicts}
    reports: dict[str, Report] = {}
    for aid in c.article_ids:
        a = articles.get(aid)
        if a is None:
            continue
        rep = Report(article=a, href=safe_href(a.url))
        for e in by_article.get(aid, []):
            figs = [(k, getattr(e, k), k in conflict_fields) for k in _FIG_KINDS if getattr(e, k) is not None]
            rep.evidence.append(Evidence(event=e, sentence=sentence_markup(a, e), title=event_title(e),
                                         claimants=claimants(a, e), figures=figs))
        for cf in c.conflicts:
            for cv in cf.values:
                if aid in cv.article_ids:
                    rep.conflicts.append((cf.field, cv.value))
        reports[aid] = rep
    groups: list[Group] = []
    placed: set[str] = set()
    for fam in store.families():
        members = [reports[a] for a in fam.article_ids if a in reports and a not in placed]
        if len(members) < 2:
            continue
        members.sort(key=lambda r: (r.article.id != fam.origin_article_id, r.article.published or ""))
        placed.update(r.article.id for r in members)
        groups.append(Group(family=fam, reports=members, wire=fam.wire_source))
    for aid, rep in reports.items():
        if aid not in placed:
            groups.append(Group(family=None, reports=[rep]))
    order = {aid: i for i, aid in enumerate(c.article_ids)}
    groups.sort(key=lambda g: min(order[r.article.id] for r in g.reports))
    outlet_of = {aid: a.outlet or "?" for aid, a in articles.items()}
    conflicts = [
        (cf.field, [(cv.value, [outlet_of.get(x, x) for x in cv.article_ids], cv.claimed_by) for cv in cf.values])
        for cf in c.conflicts
    ]
    return {"cluster": c, "groups": groups, "conflicts": conflicts, "place": place_name(c),
            "casualties": casualty_text(c), "outlet_of": outlet_of, "missing_articles": [a for a in c.article_ids if a not in articles]}


def article_view(store: SQLStore, a: Article) -> dict[str, Any]:
    body = render(a.text, article_spans(a))
    cluster_of = {e.id: e.cluster_id for e in store.events(article_id=a.id) if e.cluster_id}
    cluster_ids = sorted(set(cluster_of.values()))
    fams = [f for f in store.families() if a.id in f.article_ids]
    related = article_meta(store, [x for f in fams for x in f.article_ids if x != a.id])
    passages = store.passages(article_id=a.id, limit=50)
    counts = Counter({
        "entities": len(a.mentions), "time expressions": len(a.timexes), "numbers": len(a.quantities),
        "quotes": len(a.quotes), "events": len(a.events), "sentences": len(a.sentences),
    })
    return {"article": a, "body": body, "href": safe_href(a.url), "cluster_ids": cluster_ids, "cluster_of": cluster_of,
            "families": fams, "related": related, "passages": passages, "counts": counts}


def sources_view(store: SQLStore) -> dict[str, Any]:
    arts = list(store.iter_articles(annotations=False))
    by_id = {a.id: a for a in arts}
    families = store.families()
    outlets: dict[str, dict[str, Any]] = {}
    for a in arts:
        o = outlets.setdefault(a.outlet or "?", {"articles": 0, "copies": Counter(), "families": 0, "origins": 0})
        o["articles"] += 1
        for w in a.wire_sources:
            o["copies"][w] += 1
    fam_rows = []
    for f in families:
        members = [by_id[x] for x in f.article_ids if x in by_id]
        for m in members:
            o = outlets[m.outlet or "?"]
            o["families"] += 1
            if m.id == f.origin_article_id:
                o["origins"] += 1
            elif f.wire_source and f.wire_source.casefold() not in {w.casefold() for w in m.wire_sources}:
                o["copies"][f.wire_source] += 1
        origin = by_id.get(f.origin_article_id or "")
        fam_rows.append({"family": f, "origin": origin, "members": members})
    table = sorted(outlets.items(), key=lambda kv: (-kv[1]["articles"], kv[0]))
    return {"outlets": table, "families": fam_rows, "article_count": len(arts)}
