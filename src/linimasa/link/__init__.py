"""Across articles: shared passages, syndication families, event clusters, conflicts.

:func:`update` is what the executors call after new articles are stored. Passes:

1. passages -- the new articles' sentences are fingerprinted (MinHash, LSH band keys kept
   in the store) and every candidate pair involving a new article is verified by token
   alignment (:mod:`.index`, :mod:`.passages`); old pairs are never looked at again;
2. families -- connected components of articles sharing enough passage text
   (:mod:`.families`), rebuilt from the stored passages;
3. clusters -- every event's cross-document coreference group (:mod:`.cluster`) with the
   fields, figures and conflicts derived from its members (:mod:`.consensus`); an undated
   same-article reference then joins its dated sibling's cluster (:mod:`.references`).

Families and clusters are functions of everything stored, so any order of arrival gives the
same result as processing everything at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from ..config import Settings
from ..model import EventCluster, Family, Passage
from ..store.base import SQLStore
from .cluster import cluster_events, event_info
from .consensus import build_cluster
from .families import ArticleInfo, build_families, family_of
from .index import index_and_verify
from .load import load_events
from .minhash import make_hasher
from .references import attach_references

log = logging.getLogger(__name__)


def article_infos(store: SQLStore) -> dict[str, ArticleInfo]:
    return {aid: ArticleInfo(id=aid, length=n, published=pub, outlet=outlet, wire_sources=tuple(wires))
            for aid, n, pub, outlet, wires in store.article_summaries()}


def stored_passages(store: SQLStore) -> list[Passage]:
    """Stored passages without their text (families and clusters need only the spans)."""
    return [Passage(article_a=a, start_a=sa, end_a=ea, text_a="", article_b=b, start_b=sb, end_b=eb, text_b="",
                    similarity=float(sim)) for a, sa, ea, b, sb, eb, sim in store.passage_spans()]


def link_clusters(store: SQLStore, passages: Sequence[Passage], families: Sequence[Family],
                  info: dict[str, ArticleInfo], threshold: float) -> list[EventCluster]:
    events = [e for e in load_events(store.event_records()) if e.article_id in info]
    infos = [event_info(e, info[e.article_id].published) for e in events]
    fam = family_of(families)
    groups = cluster_events(infos, passages, threshold)
    return [build_cluster([events[i] for i in g], info, fam) for g in groups]


def update(store: SQLStore, new_ids: Sequence[str], settings: Settings) -> dict[str, int]:
    """Link ``new_ids`` (and any stored article not linked yet) with everything stored.

    Returns counts: ``passages`` found now, ``families`` and ``clusters`` in total."""
    t0 = time.process_time()
    todo = sorted(set(store.unlinked_article_ids()))
    hasher = make_hasher(settings.minhash_perm, extra_bands=settings.minhash_extra_bands)
    found = index_and_verify(store, todo, hasher, settings.passage_threshold) if todo else 0
    if not todo and new_ids:
        log.debug("linking: %d new ids were already indexed", len(new_ids))
    t1 = time.process_time()
    info = article_infos(store)
    passages = stored_passages(store)
    families = build_families(passages, info)
    store.replace_families(families)
    t2 = time.process_time()
    clusters = attach_references(link_clusters(store, passages, families, info, settings.cluster_threshold),
                                 store.undated_siblings())
    t3 = time.process_time()
    store.replace_clusters(clusters)
    log.info("linking CPU s: passages %.1f, families %.1f, clusters %.1f, writing clusters %.1f",
             t1 - t0, t2 - t1, t3 - t2, time.process_time() - t3)
    return {"passages": found, "families": len(families), "clusters": len(clusters)}
