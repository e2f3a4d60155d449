"""Syndication families: articles that are copies of the same (wire) story.

Two articles are linked when the passages they share cover at least
:data:`MIN_SHARE` of the shorter one's body, or at least :data:`MIN_CHARS` characters
(a long wire story quoted inside a longer article). Families are the connected components
of those links. Origin: the earliest published member (ties: smallest id) is
``origin_article_id``; ``wire_source`` is the wire agency the members' metadata names most
often ("antara", "anadolu", ...), if any.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..model import Family, Passage

MIN_SHARE = 0.25
MIN_CHARS = 800


@dataclass(frozen=True)
class ArticleInfo:
    """What families and clusters need to know about an article."""

    id: str
    length: int
    published: str | None = None
    outlet: str | None = None
    wire_sources: tuple[str, ...] = ()


def _covered(spans: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for s, e in sorted(spans):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def family_links(passages: Iterable[Passage], info: Mapping[str, ArticleInfo]) -> list[tuple[str, str]]:
    """Article pairs whose shared passages are enough to call them copies."""
    spans: dict[tuple[str, str], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = defaultdict(lambda: ([], []))
    for p in passages:
        sa, sb = spans[(p.article_a, p.article_b)]
        sa.append((p.start_a, p.end_a))
        sb.append((p.start_b, p.end_b))
    links = []
    for (a, b), (sa, sb) in sorted(spans.items()):
        if a not in info or b not in info:
            continue
        ca, cb = _covered(sa), _covered(sb)
        share = max(ca / max(info[a].length, 1), cb / max(info[b].length, 1))
        if share >= MIN_SHARE or min(ca, cb) >= MIN_CHARS:
            links.append((a, b))
    return links


def build_families(passages: Iterable[Passage], info: Mapping[str, ArticleInfo]) -> list[Family]:
    uf = UnionFind()
    for a, b in family_links(passages, info):
        uf.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(uf.parent):
        groups[uf.find(x)].append(x)
    out = []
    for members in groups.values():
        members.sort()
        origin = min(members, key=lambda m: (info[m].published or "9999", m))
        wires = Counter(w.lower() for m in members for w in info[m].wire_sources)
        wire = min(wires, key=lambda w: (-wires[w], w)) if wires else None
        fid = "F" + hashlib.sha1(" ".join(members).encode()).hexdigest()[:12]
        out.append(Family(id=fid, article_ids=members, origin_article_id=origin, wire_source=wire))
    out.sort(key=lambda f: f.id)
    return out


def family_of(families: Iterable[Family]) -> dict[str, str]:
    """article id -> family id (articles in no family are absent)."""
    return {aid: f.id for f in families for aid in f.article_ids}
