"""The cross-article stages on a Dask cluster: :func:`linimasa.link.update`, distributed.

Same passes, same functions, same result as the local :func:`linimasa.link.update`; only
where they run differs. The client reads from and writes to the store; workers compute.

1. **Fingerprints** (map): the texts of the not-yet-linked articles are sent in chunks; a worker cuts each
   into sentence units and computes its LSH band keys (:func:`~linimasa.link.index.article_keys`),
   already split into ``shards`` by key.
2. **Candidates by band key** (shuffle): shard ``s`` gets the keys ``k % shards == s`` of every
   chunk (worker to worker) and the stored articles' matching keys (one store look-up by the
   client), and lists the article pairs sharing a key
   (:func:`~linimasa.link.index.candidate_pairs`; a key's pairs depend on that key alone).
3. **Verification** (map): the candidate pairs, in batches with the texts they need, are
   aligned on the workers (:func:`~linimasa.link.passages.align`). The client stores the
   passages and the band keys.
4. **Families**: connected components over the stored passages, on the client (cheap).
5. **Event blocks** (map): workers decode the stored events in id-order chunks and compute
   each event's blocks (:func:`~linimasa.link.cluster.block_keys`) and the buckets it looks
   into (type family x month, or x year for year-level blocks).
6. **Pairs by blocking key** (shuffle): every block goes to the shard of its bucket with the
   events in it (a registration in a bucket nobody looks into is dropped); shard ``s`` finds
   the pairs sharing a block (:func:`~linimasa.link.cluster.block_pairs`) and scores them; one
   task scores the events of passage-aligned copies (:func:`~linimasa.link.cluster.aligned_pairs`).
   Events travel as their stored JSON and are decoded again where they land: cheaper than
   pickling the decoded objects.
7. **Merge** (client): union-find over the pairs scoring above the threshold gives the
   components (:func:`~linimasa.link.cluster.components`) -- those of the local run, since
   every pair it scores was scored by some shard.
8. **Clusters** (on the shards): each component goes to a shard that holds all its events
   (else the one holding most, the others sent along), which splits it
   (:func:`~linimasa.link.cluster.cluster_component`) and builds the clusters with their
   consensus figures and conflicts (:func:`~linimasa.link.consensus.build_cluster`). The
   client writes them.

Events are numbered in id order, as the local pass numbers them, so every tie is broken the
same way. Families and clusters are rebuilt from everything stored, as in the local pass.
"""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..config import Settings
from ..link import article_infos, stored_passages
from ..link.cluster import (
    BlockKey,
    EventInfo,
    aligned_pairs,
    block_index,
    block_keys,
    block_pairs,
    cluster_component,
    components,
    event_info,
    score_pairs,
)
from ..link.consensus import build_cluster
from ..link.families import ArticleInfo, build_families, family_of
from ..link.index import article_keys, candidate_pairs
from ..link.load import event_from_json
from ..link.minhash import Hasher, make_hasher
from ..link.passages import align, text_units
from ..link.references import attach_references
from ..model import EventCluster, Passage
from ..store.base import SQLStore

log = logging.getLogger(__name__)

TEXT_CHUNK = 250  # articles per fingerprint task
PAIR_BATCH = 250  # candidate pairs per verification task
EVENT_CHUNK = 2000  # events per block task
SHARDS_PER_WORKER = 2
BATCHES_PER_WORKER = 4

Scores = dict[tuple[int, int], float | None]


def _workers(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def _pick(x: Any, *path: int) -> Any:
    for i in path:
        x = x[i]
    return x


def _pick_attr(x: Any, name: str) -> Any:
    return getattr(x, name)


# -- passes 1-3: passages --------------------------------------------------------------

Text = tuple[str, str]  # (article id, text)


@dataclass
class Keys:
    """Band keys of a chunk of articles as arrays (cheap to send): key ``keys[n]`` belongs
    to article ``ids[owner[n]]``."""

    ids: list[str]
    keys: np.ndarray  # int64
    owner: np.ndarray  # int32

    def take(self, mask: np.ndarray) -> Keys:
        return Keys(self.ids, self.keys[mask], self.owner[mask])

    def as_sets(self) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for k, o in zip(self.keys.tolist(), self.owner.tolist(), strict=True):
            out.setdefault(self.ids[o], set()).add(k)
        return out


def fingerprint(texts: Sequence[Text], hasher: Hasher, shards: int) -> tuple[Keys, list[Keys]]:
    """Band keys of a chunk of articles, and the same keys split by shard (``key % shards``)."""
    ids = [aid for aid, _ in texts]
    per = [sorted(article_keys(text_units(aid, text), hasher)) for aid, text in texts]
    keys = Keys(ids, np.array([k for ks in per for k in ks], dtype=np.int64),
                np.repeat(np.arange(len(ids), dtype=np.int32), [len(ks) for ks in per]))
    shard = keys.keys % shards
    return keys, [keys.take(shard == s) for s in range(shards)]


def shard_pairs(stored: Sequence[tuple[int, str]], *parts: Keys) -> list[tuple[str, str]]:
    new: dict[str, set[int]] = {}
    for p in parts:
        new.update(p.as_sets())
    return candidate_pairs(new, stored)


def verify(pairs: Sequence[tuple[str, str]], texts: Sequence[Text], threshold: float) -> list[Passage]:
    units = {aid: text_units(aid, text) for aid, text in texts}
    return [p for a, b in pairs for p in align(units[a], units[b], threshold)]


def link_passages(client: Any, store: SQLStore, ids: Sequence[str], hasher: Hasher, threshold: float) -> int:
    """Index ``ids`` (not yet indexed) and store every passage they share with any indexed
    article: :func:`linimasa.link.index.index_and_verify` on the cluster."""
    ids = sorted(ids)
    shards = SHARDS_PER_WORKER * _workers(client)
    fps = []
    for i in range(0, len(ids), TEXT_CHUNK):
        fps.append(client.submit(fingerprint, store.article_texts(ids[i:i + TEXT_CHUNK]), hasher, shards,
                                 pure=False))
    chunks: list[Keys] = client.gather([client.submit(_pick, f, 0, pure=False) for f in fps])
    all_keys = np.concatenate([c.keys for c in chunks]) if chunks else np.zeros(0, dtype=np.int64)
    fresh = set(ids)
    order = np.argsort(all_keys, kind="stable")
    sorted_keys = all_keys[order]
    distinct = sorted_keys[np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1]))] if len(order) else sorted_keys
    stored = [(k, aid) for k, aid in store.link_key_matches(distinct.tolist()) if aid not in fresh]
    by_shard: list[list[tuple[int, str]]] = [[] for _ in range(shards)]
    for k, aid in stored:
        by_shard[k % shards].append((k, aid))
    shard_futs = [client.submit(shard_pairs, by_shard[s], *[client.submit(_pick, f, 1, s, pure=False) for f in fps],
                                pure=False) for s in range(shards)]
    pairs = sorted({p for ps in client.gather(shard_futs) for p in ps})
    del fps, shard_futs
    futs = []
    for i in range(0, len(pairs), PAIR_BATCH):
        batch = pairs[i:i + PAIR_BATCH]
        texts = store.article_texts([x for p in batch for x in p])
        futs.append(client.submit(verify, batch, texts, threshold, pure=False))
    found = 0
    for fut in futs:
        passages: list[Passage] = fut.result()
        fut.release()
        store.put_passages(passages)
        found += len(passages)
    # in key order: the B-tree then takes the rows nearly sequentially (3x faster in SQLite)
    owners = np.array([c.ids[o] for c in chunks for o in c.owner.tolist()], dtype=object)
    store.put_link_keys(list(zip(sorted_keys.tolist(), owners[order].tolist(), strict=True)), ids)
    log.info("linked %d articles on %d shards: %d candidate pairs, %d passages", len(ids), shards, len(pairs), found)
    return found


# -- passes 5-7: event clusters ----------------------------------------------------------

Record = tuple[str, str | None]  # an event's stored JSON, its article's publication date


def _infos(records: dict[int, Record]) -> dict[int, EventInfo]:
    """Decode events and compute their features: cheaper than sending the features
    (unpickling nested dataclasses costs more than decoding the JSON again)."""
    return {i: event_info(event_from_json(data), pub) for i, (data, pub) in records.items()}


def _bucket(key: BlockKey) -> str:
    """The shuffle key of a block: type family and month (day and month blocks) or year."""
    family, t, _ = key
    return f"{family}|{t if t[0] == 'Y' else 'M' + t[1:8]}"


def _shard_of(bucket: str, shards: int) -> int:
    return zlib.crc32(bucket.encode("utf-8")) % shards  # the same in every process


@dataclass
class Prepared:
    """A chunk of events with their blocks, kept on the worker that decoded it."""

    records: dict[int, Record]
    blocks: dict[int, tuple[list[BlockKey], list[BlockKey]]]
    articles: dict[int, str]
    probed: set[str]  # the buckets these events look into


def prepare_events(offset: int, records: Sequence[str], published: dict[str, str | None]) -> Prepared:
    """Decode a chunk of stored events (numbered from ``offset``) and compute their blocks."""
    prep = Prepared({}, {}, {}, set())
    for k, data in enumerate(records):
        e = event_from_json(data)
        i = offset + k
        pub = published.get(e.article_id)
        prep.records[i] = (data, pub)
        prep.articles[i] = e.article_id
        registered, probes = block_keys(event_info(e, pub))
        prep.blocks[i] = (registered, probes)
        prep.probed.update(_bucket(key) for key in probes)
    return prep


@dataclass
class Blocks:
    """One shard's part of one chunk: the blocks hashed to the shard, and their events."""

    registered: dict[int, list[BlockKey]] = field(default_factory=dict)
    probes: dict[int, list[BlockKey]] = field(default_factory=dict)
    records: dict[int, Record] = field(default_factory=dict)


def split_blocks(prep: Prepared, probed: frozenset[str], shards: int,
                 linked: frozenset[str]) -> tuple[list[Blocks], dict[int, Record]]:
    """Send each block to its shard; a registration in a bucket nobody looks into is dropped
    (it could pair with nothing). Also the events of articles that share passages."""
    split = [Blocks() for _ in range(shards)]
    for i, (registered, probes) in prep.blocks.items():
        for keys, role in ((registered, "registered"), (probes, "probes")):
            for key in keys:
                bucket = _bucket(key)
                if role == "registered" and bucket not in probed:
                    continue
                b = split[_shard_of(bucket, shards)]
                getattr(b, role).setdefault(i, []).append(key)
                b.records[i] = prep.records[i]
    aligned = {i: r for i, r in prep.records.items() if prep.articles[i] in linked}
    return split, aligned


Shard = tuple[Scores, list[int], dict[int, EventInfo]]


def shard_scores(*parts: Blocks) -> Shard:
    """Score the pairs of one shard's blocks (the parts come in chunk, hence index, order).
    Returns the scores, the events held, and their features (kept for :func:`finish_shard`)."""
    records: dict[int, Record] = {}
    registered: list[tuple[int, list[BlockKey]]] = []
    probes: list[tuple[int, list[BlockKey]]] = []
    for p in parts:
        records.update(p.records)
        registered.extend(p.registered.items())
        probes.extend(p.probes.items())
    registered.sort(key=lambda r: r[0])
    infos = _infos(records)
    return score_pairs(infos, block_pairs(block_index(registered), probes, infos)), sorted(infos), infos


def _summary(shard: Shard) -> tuple[Scores, list[int]]:
    return shard[0], shard[1]


def aligned_scores(passages: Sequence[Passage], *sides: dict[int, Record]) -> Scores:
    records: dict[int, Record] = {}
    for s in sides:
        records.update(s)
    infos = _infos(records)
    aligned = aligned_pairs(infos, passages)
    return score_pairs(infos, aligned, aligned)


def finish_shard(shard: Shard, comps: Sequence[Sequence[int]], scores: Scores, extra: dict[int, Record],
                 info: dict[str, ArticleInfo], fam: dict[str, str], threshold: float) -> list[EventCluster]:
    """Split the components given to this shard into clusters and build them (``extra``:
    the events of these components the shard does not hold)."""
    infos = {**shard[2], **_infos(extra)}
    return [build_cluster([infos[i].event for i in g], info, fam)
            for comp in comps for g in cluster_component(comp, infos, scores, threshold)]


def link_clusters(client: Any, store: SQLStore, passages: Sequence[Passage], fam: dict[str, str],
                  info: dict[str, ArticleInfo], threshold: float) -> list[EventCluster]:
    """:func:`linimasa.link.link_clusters` on the cluster."""
    shards = SHARDS_PER_WORKER * _workers(client)
    rows = [(aid, data) for aid, data in store.event_articles() if aid in info]  # event id order
    n = len(rows)
    linked = frozenset({p.article_a for p in passages} | {p.article_b for p in passages})
    preps = []
    for off in range(0, n, EVENT_CHUNK):
        chunk = rows[off:off + EVENT_CHUNK]
        published = {aid: info[aid].published for aid, _ in chunk}
        preps.append(client.submit(prepare_events, off, [d for _, d in chunk], published, pure=False))
    probed: set[str] = set()
    for part in client.gather([client.submit(_pick_attr, p, "probed", pure=False) for p in preps]):
        probed |= part
    splits = [client.submit(split_blocks, p, frozenset(probed), shards, linked, pure=False) for p in preps]
    del preps
    shard_futs = [client.submit(shard_scores, *[client.submit(_pick, sp, 0, s, pure=False) for sp in splits],
                                pure=False) for s in range(shards)]
    aligned_fut = client.submit(aligned_scores, passages, *[client.submit(_pick, sp, 1, pure=False) for sp in splits],
                                pure=False)
    del splits
    scores: Scores = {}
    where: dict[int, list[int]] = {}
    for s, (part, members) in enumerate(client.gather([client.submit(_summary, f, pure=False) for f in shard_futs])):
        scores.update(part)
        for i in members:
            where.setdefault(i, []).append(s)
    scores.update(aligned_fut.result())  # a pair in a block and in a passage counts as aligned
    del aligned_fut
    # every component goes to a shard holding all its events, else to the one holding most
    # of them (the others are sent along)
    comp_of = [0] * n
    comp_home: list[int] = []
    shard_comps: list[list[list[int]]] = [[] for _ in range(shards)]
    extra: list[dict[int, Record]] = [{} for _ in range(shards)]
    for c, comp in enumerate(components(n, scores, threshold)):
        held: dict[int, int] = {}
        for i in comp:
            comp_of[i] = c
            for s in where.get(i, ()):
                held[s] = held.get(s, 0) + 1
        s = min(held, key=lambda s: (-held[s], s)) if held else comp[0] % shards
        shard_comps[s].append(comp)
        comp_home.append(s)
        for i in comp:
            if s not in where.get(i, ()):
                extra[s][i] = (rows[i][1], info[rows[i][0]].published)
    per_shard: list[Scores] = [{} for _ in range(shards)]
    for (i, j), v in scores.items():
        if comp_of[i] == comp_of[j]:
            per_shard[comp_home[comp_of[i]]][(i, j)] = v
    del scores
    futs = []
    for s in range(shards):
        arts = {rows[i][0] for comp in shard_comps[s] for i in comp}
        futs.append(client.submit(finish_shard, shard_futs[s], shard_comps[s], per_shard[s], extra[s],
                                  {a: info[a] for a in arts}, {a: fam[a] for a in arts if a in fam}, threshold,
                                  pure=False))
    del shard_futs
    clusters = [c for cs in client.gather(futs) for c in cs]
    clusters.sort(key=lambda c: c.event_ids[0])
    return clusters


# -- the whole linking pass ----------------------------------------------------------------

def update(client: Any, store: SQLStore, new_ids: Sequence[str], settings: Settings) -> dict[str, int]:
    """:func:`linimasa.link.update` with the heavy passes on ``client``'s cluster. Returns the
    same counts."""
    marks = [(time.perf_counter(), time.process_time())]
    todo = sorted(set(store.unlinked_article_ids()))
    found = link_passages(client, store, todo, make_hasher(settings.minhash_perm, extra_bands=settings.minhash_extra_bands), settings.passage_threshold) \
        if todo else 0
    marks.append((time.perf_counter(), time.process_time()))
    info = article_infos(store)
    passages = stored_passages(store)
    families = build_families(passages, info)
    store.replace_families(families)
    marks.append((time.perf_counter(), time.process_time()))
    clusters = attach_references(link_clusters(client, store, passages, family_of(families), info,
                                               settings.cluster_threshold), store.undated_siblings())
    marks.append((time.perf_counter(), time.process_time()))
    store.replace_clusters(clusters)
    marks.append((time.perf_counter(), time.process_time()))
    log.info("linking on dask, wall/client CPU s: " + ", ".join(
        f"{name} {b[0] - a[0]:.1f}/{b[1] - a[1]:.1f}" for name, a, b in zip(
            ("passages", "families", "clusters", "writing clusters"), marks, marks[1:])))
    return {"passages": found, "families": len(families), "clusters": len(clusters)}
