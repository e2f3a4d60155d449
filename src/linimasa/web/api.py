"""REST API under ``/api/``: JSON views of the store with filters and paging.

Lists answer ``{"items": [...], "limit", "offset", "count", "next"}``; every error answers
the one shape of :mod:`linimasa.web.errors`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from ..model import Article, to_dict
from .deps import AppState, FilterDep, Page, PageDep, StateDep, id_path
from .errors import ApiError
from .ingest import ingest_request
from .query import article_meta, select
from .security import check_token

router = APIRouter(prefix="/api", tags=["api"])


def _page(request: Request, items: list[Any], page: Page, total: int | None = None) -> dict[str, Any]:
    nxt = None
    more = (page.offset + page.limit < total) if total is not None else len(items) == page.limit
    if more:
        params = dict(request.query_params)
        params["offset"] = str(page.offset + page.limit)
        params["limit"] = str(page.limit)
        nxt = f"{request.url.path}?{urlencode(params)}"
    out: dict[str, Any] = {"items": items, "limit": page.limit, "offset": page.offset, "count": len(items),
                           "next": nxt}
    if total is not None:
        out["total"] = total
    return out


def article_summary(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title, "published": a.published,
        "language": a.language, "status": a.status, "skip_reason": a.skip_reason, "authors": a.authors,
        "dateline": a.dateline, "wire_sources": a.wire_sources, "chars": len(a.text),
        "links": {"self": f"/api/articles/{a.id}", "html": f"/articles/{a.id}"},
    }


def _not_found(kind: str, id_: str) -> ApiError:
    return ApiError(404, "not_found", f"no {kind} with id {id_!r}; list them at /api/{kind}s")


@router.get("/articles", summary="Articles (metadata; no text)")
def list_articles(
    *,
    request: Request,
    status: str | None = Query(None, pattern="^(ok|skipped)$", description="ok or skipped"),
    outlet: str | None = Query(None, description="Exact outlet name."),
    page: PageDep,
    st: StateDep,
) -> dict[str, Any]:
    with st.handle.use() as store:
        items = [article_summary(a) for a in store.iter_articles(
            status=status, outlet=outlet, limit=page.limit, offset=page.offset, annotations=False)]
        total = store.count_articles(status=status) if outlet is None else None
    return _page(request, items, page, total)


@router.get("/articles/{article_id}", summary="One article with every extraction")
def get_article(*, article_id: str = id_path(), st: StateDep) -> dict[str, Any]:
    with st.handle.use() as store:
        a = store.get_article(article_id)
    if a is None:
        raise _not_found("article", article_id)
    out: dict[str, Any] = to_dict(a)
    out["links"] = {"html": f"/articles/{a.id}"}
    return out


@router.get("/events", summary="Extracted events (one per report)")
def list_events(
    *,
    request: Request,
    article_id: str | None = Query(None, max_length=128),
    cluster_id: str | None = Query(None, max_length=128),
    type_: str | None = Query(None, alias="type", max_length=64),
    page: PageDep,
    st: StateDep,
) -> dict[str, Any]:
    with st.handle.use() as store:
        evs = store.events(article_id=article_id, cluster_id=cluster_id, type=type_, limit=page.limit,
                           offset=page.offset)
    return _page(request, [to_dict(e) for e in evs], page)


def cluster_item(row: Any) -> dict[str, Any]:
    out: dict[str, Any] = to_dict(row.cluster)
    out.update({"outlets": row.outlets, "place": row.place, "reports": row.reports,
                "casualties": row.casualties, "links": {"html": f"/clusters/{row.cluster.id}"}})
    return out


@router.get("/clusters", summary="Event clusters (the timeline), filtered")
def list_clusters(
    *,
    request: Request,
    filt: FilterDep,
    page: PageDep,
    st: StateDep,
) -> dict[str, Any]:
    with st.handle.use() as store:
        rows = select(store, filt, st.cache.get(store))
    items = [cluster_item(r) for r in rows[page.offset:page.offset + page.limit]]
    return _page(request, items, page, total=len(rows))


@router.get("/clusters/{cluster_id}", summary="One event cluster with its reports")
def get_cluster(*, cluster_id: str = id_path(), st: StateDep) -> dict[str, Any]:
    with st.handle.use() as store:
        c = store.get_cluster(cluster_id)
        if c is None:
            raise _not_found("cluster", cluster_id)
        events = store.events(cluster_id=cluster_id)
        meta = article_meta(store, c.article_ids)
        fams = [f for f in store.families() if set(f.article_ids) & set(c.article_ids)]
    out: dict[str, Any] = to_dict(c)
    out["events"] = [to_dict(e) for e in events]
    out["articles"] = [article_summary(meta[a]) for a in c.article_ids if a in meta]
    out["families"] = [to_dict(f) for f in fams]
    out["links"] = {"html": f"/clusters/{c.id}"}
    return out


@router.get("/quotes", summary="Quotes with their speakers")
def list_quotes(
    *,
    request: Request, article_id: str | None = Query(None, max_length=128),
    page: PageDep, st: StateDep,
) -> dict[str, Any]:
    with st.handle.use() as store:
        qs = store.quotes(article_id=article_id, limit=page.limit, offset=page.offset)
    return _page(request, [to_dict(q) for q in qs], page)


@router.get("/entities", summary="Canonical entities")
def list_entities(
    *,
    request: Request, label: str | None = Query(None, pattern="^[A-Z]{2,8}$", description="PER, ORG, LOC, NORP"),
    page: PageDep, st: StateDep,
) -> dict[str, Any]:
    with st.handle.use() as store:
        es = store.entities(label=label, limit=page.limit, offset=page.offset)
    return _page(request, [to_dict(e) for e in es], page)


@router.get("/passages", summary="Near-duplicate passages shared by two articles")
def list_passages(
    *,
    request: Request, article_id: str | None = Query(None, max_length=128),
    page: PageDep, st: StateDep,
) -> dict[str, Any]:
    with st.handle.use() as store:
        ps = store.passages(article_id=article_id, limit=page.limit, offset=page.offset)
    return _page(request, [to_dict(p) for p in ps], page)


@router.get("/search", summary="Full-text search over articles")
def search(
    *,
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description="Words or \"a phrase\"; words match as prefixes."),
    page: PageDep, st: StateDep,
) -> dict[str, Any]:
    if not q.strip():
        raise ApiError(400, "invalid_parameter", "q: expected some words to search for, got only spaces")
    with st.handle.use() as store:
        hits = store.search(q, limit=page.limit, offset=page.offset)
    for h in hits:
        h["links"] = {"self": f"/api/articles/{h['article_id']}", "html": f"/articles/{h['article_id']}"}
    return _page(request, hits, page)


@router.get("/stats", summary="Counts of what the store holds")
def stats(*, st: StateDep) -> dict[str, Any]:
    with st.handle.use() as store:
        out: dict[str, Any] = store.stats()
    return out


@router.post(
    "/ingest", summary="Upload articles to process (needs --allow-ingest and the bearer token)",
    description="Send files as multipart/form-data (field `files`, any format `linimasa run` reads) or JSON: "
                "a list of objects (or `{\"articles\": [...]}`) with `text` or `html` and optional `url`, "
                "`title`, `published`, `outlet`.",
)
async def ingest(*, request: Request, st: StateDep) -> dict[str, Any]:
    if not st.allow_ingest:
        raise ApiError(403, "ingest_disabled",
                       "this server is read-only; start it with --allow-ingest --token T to accept uploads")
    check_token(request.headers.get("authorization"), st.token)
    docs, tmp = await ingest_request(request, st.settings)
    try:
        return await run_in_threadpool(_run_ingest, st, docs)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _run_ingest(st: AppState, docs: list[Any]) -> dict[str, Any]:
    from .ingest import run_ingest

    with st.handle.use() as store:
        try:
            return run_ingest(store, st, docs)
        finally:
            st.cache.invalidate()
