"""Chart buckets, map projection and framing, GeoJSON outlines to SVG paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.model import EventCluster, Location
from linimasa.web.errors import ApiError
from linimasa.web.query import Row, TimelineFilter
from linimasa.web.svgplot import events_chart, geojson_paths, map_view, project, type_classes


def _row(cid: str, day: str | None, type_: str = "PROTEST", lat: float | None = None, lon: float | None = None,
         reports: int = 1) -> Row:
    loc = Location(name="x", lat=lat, lon=lon) if lat is not None else None
    c = EventCluster(id=cid, type=type_, event_ids=[], article_ids=[f"a{i}" for i in range(reports)],
                     date_start=day, location=loc)
    return Row(cluster=c, reports=reports)


@pytest.mark.parametrize(("days", "unit", "buckets"), [
    (["2025-03-01", "2025-03-01", "2025-03-03"], "day", 3),
    (["2025-01-01", "2025-06-30"], "week", 27),
    (["2020-01-15", "2025-03-02"], "month", 63),
])
def test_chart_buckets(days: list[str], unit: str, buckets: int) -> None:
    rows = [_row(str(i), d) for i, d in enumerate(days)]
    chart = events_chart(rows, type_classes(["PROTEST"]))
    assert chart is not None and chart.unit == unit
    step = (chart.width - 28 - 4) / buckets
    slots = sorted({(b.x - 28.5) / step for b in chart.bars})
    assert all(abs(i - round(i)) < 0.01 for i in slots)
    assert round(slots[0]) == 0 and round(slots[-1]) == buckets - 1
    assert len(slots) == len(set(days))
    assert max(b.height for b in chart.bars) == pytest.approx(chart.plot_bottom - chart.plot_top)


def test_chart_stacks_types_and_skips_undated() -> None:
    rows = [_row("1", "2025-03-01", "PROTEST"), _row("2", "2025-03-01", "ASSAULT"), _row("3", None)]
    chart = events_chart(rows, type_classes(["PROTEST", "ASSAULT"]))
    assert chart is not None and chart.max_count == 2
    a, b = sorted(chart.bars, key=lambda bar: bar.y)
    assert a.x == b.x and a.y + a.height == pytest.approx(b.y)
    assert {a.cls, b.cls} == {"t-0", "t-1"}
    assert events_chart([_row("3", None)], {}) is None


def test_chart_leaves_vaguely_dated_clusters_out() -> None:
    year = _row("y", "2024-01-01")
    year.cluster.date_end = "2024-12-31"
    rows = [year, _row("1", "2025-03-01"), _row("2", "2025-03-04")]
    chart = events_chart(rows, type_classes(["PROTEST"]))
    assert chart is not None and chart.unit == "day" and chart.vague == 1
    assert chart.ticks[0][1] == "2025-03-01"


@pytest.mark.parametrize(("lon", "lat", "xy"), [(-180, 90, (0, 0)), (180, -90, (1000, 500)), (0, 0, (500, 250)),
                                                (106.8, -6.2, (796.67, 267.22))])
def test_project(lon: float, lat: float, xy: tuple[float, float]) -> None:
    assert project(lon, lat) == pytest.approx(xy, abs=0.01)


def test_map_frames_points_and_sizes_by_reports() -> None:
    rows = [_row("a", "2025-01-01", lat=-6.2, lon=106.8, reports=4), _row("b", "2025-01-02", lat=-0.9, lon=131.3),
            _row("c", "2025-01-03")]
    view = map_view(rows, type_classes(["PROTEST"]))
    assert view.unplaced == 1 and [p.cluster_id for p in view.points] == ["a", "b"]
    x0, y0, w, h = (float(v) for v in view.view_box.split())
    assert w == pytest.approx(2 * h)
    for p in view.points:
        assert x0 <= p.x <= x0 + w and y0 <= p.y <= y0 + h
    assert view.points[0].r > view.points[1].r
    assert map_view([], {}).view_box == "0 0 1000 500"


def test_geojson_paths() -> None:
    square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square}},
        {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [square, square]}},
        {"type": "Feature", "geometry": None},
    ]}
    paths = geojson_paths(data)
    assert len(paths) == 2
    assert paths[0].startswith("M500.0,250.0L") and paths[0].endswith("Z")
    assert paths[1].count("M") == 2


@pytest.mark.parametrize(("params", "ok"), [
    ({"date_from": "2025"}, True), ({"date_from": "2025-03"}, True), ({"date_to": "2025-03-31"}, True),
    ({"date_from": "  "}, True), ({"date_from": "March"}, False), ({"date_from": "2025-3-1"}, False),
    ({"date_from": "2025-04-01", "date_to": "2025-03-01"}, False),
])
def test_filter_parse(params: dict[str, str], ok: bool) -> None:
    if ok:
        TimelineFilter.parse(**params)
        return
    with pytest.raises(ApiError) as info:
        TimelineFilter.parse(**params)
    assert info.value.status == 400


def test_missing_or_broken_outline_draws_points_only(tmp_path: Path) -> None:
    from linimasa.web.svgplot import _outline_from

    broken = tmp_path / "world.geojson"
    broken.write_text("{not json", encoding="utf-8")
    assert _outline_from(str(tmp_path / "absent.geojson")) == ()
    assert _outline_from(str(broken)) == ()


def test_packaged_outline_draws_countries() -> None:
    from linimasa.web.svgplot import world_outline

    paths = world_outline()
    assert len(paths) > 100  # one path per country
    assert all(p.startswith("M") and p.endswith("Z") for p in paths[:20])
