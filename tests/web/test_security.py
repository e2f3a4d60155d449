"""Security helpers: link rule, token check, upload limits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from linimasa.web.errors import ApiError
from linimasa.web.security import check_token, declared_length, read_limited, safe_href


@pytest.mark.parametrize(("url", "ok"), [
    ("https://news.example/a?b=1", True),
    ("http://news.example/", True),
    ("HTTPS://NEWS.EXAMPLE/X", True),
    ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False),
    ("java\nscript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox", False),
    ("//evil.example/x", False),
    ("/relative/path", False),
    ("https://", False),
    ("http://a b.example/", False),
    ("", False),
    (None, False),
])
def test_safe_href(url: str | None, ok: bool) -> None:
    assert (safe_href(url) is not None) is ok


@pytest.mark.parametrize(("header", "token", "status"), [
    ("Bearer s3cret", "s3cret", None),
    ("bearer s3cret", "s3cret", None),
    ("Bearer wrong", "s3cret", 401),
    ("Bearer s3cre", "s3cret", 401),
    ("Basic s3cret", "s3cret", 401),
    ("Bearer", "s3cret", 401),
    (None, "s3cret", 401),
    ("Bearer s3cret", None, 403),
    ("Bearer tökén", "tökén", None),
])
def test_check_token(header: str | None, token: str | None, status: int | None) -> None:
    if status is None:
        check_token(header, token)
        return
    with pytest.raises(ApiError) as info:
        check_token(header, token)
    assert info.value.status == status


@pytest.mark.parametrize(("length", "status"), [("10", None), ("100", None), ("101", 413), ("x", 400), (None, None)])
def test_declared_length(length: str | None, status: int | None) -> None:
    if status is None:
        declared_length(length, 100)
        return
    with pytest.raises(ApiError) as info:
        declared_length(length, 100)
    assert info.value.status == status


async def _chunks(sizes: list[int]) -> AsyncIterator[bytes]:
    for n in sizes:
        yield b"x" * n


@pytest.mark.parametrize(("sizes", "ok"), [([40, 60], True), ([50, 51], False), ([101], False), ([], True)])
def test_read_limited_stops_streams_without_length(sizes: list[int], ok: bool) -> None:
    if ok:
        assert len(asyncio.run(read_limited(_chunks(sizes), 100))) == sum(sizes)
        return
    with pytest.raises(ApiError) as info:
        asyncio.run(read_limited(_chunks(sizes), 100))
    assert info.value.status == 413
