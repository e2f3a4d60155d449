"""HTML pages: timeline, cluster, article, map, sources, search, and the downloads of the
current filter. Routes only gather data and pick a template."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from .deps import FilterDep, StateDep, id_path
from .downloads import FORMATS, to_csv, to_geojson, to_jsonl
from .errors import ApiError
from .highlight import legend, snippet_markup
from .query import select
from .svgplot import events_chart, map_view, type_classes
from .views import article_view, cluster_view, sources_view

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100


def _render(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
    resp: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)
    return resp


def _menus(stats: dict[str, Any], rows: list[Any]) -> dict[str, Any]:
    types = sorted(set(stats.get("events_by_type", {})) | {r.cluster.type for r in rows})
    outlets = sorted(o for o in stats.get("by_outlet", {}) if o != "?")
    return {"types": types, "outlets": outlets, "classes": type_classes(types), "stats": stats}


@router.get("/", response_class=HTMLResponse)
def timeline(
    *,
    request: Request,
    filt: FilterDep,
    offset: int = Query(0, ge=0),
    st: StateDep,
) -> HTMLResponse:
    with st.handle.use() as store:
        snap = st.cache.get(store)
        rows = select(store, filt, snap)
        menus = _menus(snap.stats, rows)
    chart = events_chart(rows, menus["classes"])
    shown = rows[offset:offset + PAGE_SIZE]
    qs = filt.query_string()
    return _render(request, "timeline.html", {
        **menus, "filt": filt, "rows": shown, "total": len(rows), "offset": offset, "page_size": PAGE_SIZE,
        "chart": chart, "qs": qs, "nav": "timeline",
    })


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(*, request: Request, cluster_id: str = id_path(), st: StateDep) -> HTMLResponse:
    with st.handle.use() as store:
        c = store.get_cluster(cluster_id)
        if c is None:
            raise ApiError(404, "not_found", f"no event cluster with id {cluster_id!r}; see the timeline at /")
        ctx = cluster_view(store, c)
    return _render(request, "cluster.html", {**ctx, "nav": "timeline"})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(*, request: Request, article_id: str = id_path(), st: StateDep) -> HTMLResponse:
    with st.handle.use() as store:
        a = store.get_article(article_id)
        if a is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}; search for it at /search")
        ctx = article_view(store, a)
    return _render(request, "article.html", {**ctx, "legend": legend(), "nav": ""})


@router.get("/map", response_class=HTMLResponse)
def map_page(*, request: Request, filt: FilterDep,
             st: StateDep) -> HTMLResponse:
    with st.handle.use() as store:
        snap = st.cache.get(store)
        rows = select(store, filt, snap)
        menus = _menus(snap.stats, rows)
    view = map_view(rows, menus["classes"])
    return _render(request, "map.html", {**menus, "filt": filt, "view": view, "total": len(rows),
                                         "qs": filt.query_string(), "nav": "map"})


@router.get("/sources", response_class=HTMLResponse)
def sources_page(*, request: Request, st: StateDep) -> HTMLResponse:
    with st.handle.use() as store:
        ctx = sources_view(store)
    return _render(request, "sources.html", {**ctx, "nav": "sources"})


@router.get("/search", response_class=HTMLResponse)
def search_page(
    *,
    request: Request,
    q: str = Query("", max_length=500),
    offset: int = Query(0, ge=0),
    st: StateDep,
) -> HTMLResponse:
    hits: list[dict[str, Any]] = []
    if q.strip():
        with st.handle.use() as store:
            hits = store.search(q, limit=PAGE_SIZE + 1, offset=offset)
    more = len(hits) > PAGE_SIZE
    hits = hits[:PAGE_SIZE]
    for h in hits:
        h["snippet_html"] = snippet_markup(h.get("snippet") or "")
    return _render(request, "search.html", {"q": q, "hits": hits, "offset": offset, "more": more,
                                            "page_size": PAGE_SIZE, "nav": "search"})


@router.get("/download/events.{fmt}")
def download(
    *,
    fmt: str = Path(..., description="csv, geojson or jsonl"),
    filt: FilterDep,
    st: StateDep,
) -> Response:
    if fmt not in FORMATS:
        raise ApiError(404, "not_found", f"no download as {fmt!r}; available: {', '.join(sorted(FORMATS))}")
    by_cluster: dict[str, list[Any]] = {}
    with st.handle.use() as store:
        rows = select(store, filt, st.cache.get(store))
        if fmt == "csv":
            wanted = {r.cluster.id for r in rows}
            for e in store.events():
                if e.cluster_id in wanted:
                    by_cluster.setdefault(e.cluster_id, []).append(e)
    if fmt == "csv":
        body = to_csv(rows, by_cluster)
    elif fmt == "geojson":
        body = to_geojson(rows)
    else:
        body = to_jsonl(rows)
    media, ext = FORMATS[fmt]
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="linimasa-events.{ext}"'})
