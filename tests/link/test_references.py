"""Same-article references join their dated sibling's cluster (events written for the tests)."""

from __future__ import annotations

from linimasa.link.references import attach_references
from linimasa.model import EventCluster


def _cluster(cid: str, *eids: str) -> EventCluster:
    return EventCluster(id=cid, type="AGREE", event_ids=list(eids), article_ids=sorted({e.rsplit("-e", 1)[0] for e in eids}))


def test_an_undated_reference_joins_the_cluster_of_its_dated_sibling() -> None:
    clusters = [_cluster("C1", "a-e0", "b-e3"), _cluster("C2", "b-e5"), _cluster("C3", "b-e1")]
    heads = [("b-e1", "b", "ASSAULT", None, "2020-09-27"), ("b-e3", "b", "AGREE", None, "2020-11-10"),
             ("b-e5", "b", "AGREE", None, None)]
    out = attach_references(clusters, heads)
    assert {c.id: c.event_ids for c in out} == {"C1": ["a-e0", "b-e3", "b-e5"], "C3": ["b-e1"]}


def test_a_reference_before_its_sibling_or_with_none_or_already_linked() -> None:
    first = attach_references([_cluster("C1", "b-e0"), _cluster("C2", "b-e2")],
                              [("b-e0", "b", "CONSULT", None, None), ("b-e2", "b", "CONSULT", None, "2024-01-02")])
    assert [c.event_ids for c in first] == [["b-e2", "b-e0"]]  # the nearest later sibling when none comes before
    alone = attach_references([_cluster("C1", "b-e0"), _cluster("C2", "b-e2")],
                              [("b-e0", "b", "CONSULT", None, None), ("b-e2", "b", "PROTEST", None, "2024-01-02")])
    assert len(alone) == 2  # no sibling of its type family: it stays on its own
    linked = attach_references([_cluster("C1", "b-e0", "c-e0"), _cluster("C2", "b-e2")],
                               [("b-e0", "b", "CONSULT", None, None), ("b-e2", "b", "CONSULT", None, "2024-01-02")])
    assert [c.event_ids for c in linked] == [["b-e0", "c-e0"], ["b-e2"]]  # other articles' events joined it
