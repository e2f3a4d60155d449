"""Incremental near-duplicate search: LSH band keys kept in the store.

Articles are indexed in chunks. For each chunk, the band keys of its sentences are looked
up among the keys already stored (every article indexed before, in this run or an earlier
one) and among the chunk's own keys; each article pair that shares a key is a candidate,
verified by :func:`~linimasa.link.passages.shared_passages`. Then the chunk's keys are
stored. A pair is therefore examined exactly once, when its later article is indexed, and
the set of pairs examined -- hence the passages found -- is the same whether articles
arrive in one batch or many.

Cost: O(keys of the new articles) lookups plus one alignment per candidate pair; nothing
already indexed is read again except the articles a new one is paired with.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence

from ..model import Passage
from ..store.base import SQLStore
from .minhash import Hasher, band_keys
from .passages import Units, align, units_of

log = logging.getLogger(__name__)

CHUNK = 1000
# A band key shared by more articles than this is boilerplate (a footer, a disclaimer, a standard
# closing line), not copied news: it pairs nobody. This also bounds the pairs one key can make
# (without it, a footer in 100,000 pages would make 5 billion candidate pairs). Pairs a key made
# while it was still rarer stay.
BOILERPLATE_ARTICLES = 50


def article_keys(units: Units, hasher: Hasher) -> set[int]:
    keys: set[int] = set()
    for ks in band_keys(units.toks, units.spans, hasher):
        keys.update(ks)
    return keys


def candidate_pairs(new_keys: dict[str, set[int]], stored: Sequence[tuple[int, str]]) -> list[tuple[str, str]]:
    """Article pairs sharing a band key: new x stored and new x new (ordered by id)."""
    old: dict[int, list[str]] = defaultdict(list)
    for key, aid in stored:
        if aid not in new_keys:
            old[key].append(aid)
    new: dict[int, list[str]] = defaultdict(list)
    for aid in sorted(new_keys):
        for key in new_keys[aid]:
            new[key].append(aid)
    pairs: set[tuple[str, str]] = set()
    for key, ids in new.items():
        olds = old.get(key)
        if len(ids) == 1 and not olds:
            continue  # the common case: a key nobody else has
        members = sorted(set(ids) | set(olds or ()))
        if len(members) > BOILERPLATE_ARTICLES:
            continue
        fresh = set(ids)
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if x in fresh or y in fresh:
                    pairs.add((x, y))
    return sorted(pairs)


def _chunks(ids: Sequence[str], n: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def index_and_verify(store: SQLStore, ids: Sequence[str], hasher: Hasher, threshold: float,
                     chunk: int = CHUNK) -> int:
    """Index ``ids`` (not yet indexed) and store every passage they share with any
    indexed article. Returns how many passages were stored."""
    total = 0
    for part in _chunks(sorted(ids), chunk):
        arts = {a.id: a for a in store.iter_articles(ids=list(part), annotations=False) if a.status == "ok"}
        units = {aid: units_of(a) for aid, a in arts.items()}
        new_keys = {aid: article_keys(u, hasher) for aid, u in units.items()}
        stored = store.link_key_matches([k for ks in new_keys.values() for k in ks])
        pairs = candidate_pairs(new_keys, stored)
        others = sorted({x for p in pairs for x in p} - set(units))
        for a in store.iter_articles(ids=others, annotations=False):
            units[a.id] = units_of(a)
        found: list[Passage] = []
        for a_id, b_id in pairs:
            found.extend(align(units[a_id], units[b_id], threshold))
        store.put_passages(found)
        # in key order: the B-tree then takes the rows nearly sequentially (3x faster in SQLite)
        store.put_link_keys(sorted((k, aid) for aid, ks in new_keys.items() for k in ks), list(part))
        total += len(found)
        log.info("linked %d articles: %d candidate pairs, %d passages", len(part), len(pairs), len(found))
    return total

