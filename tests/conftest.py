"""Shared test fixtures: the ../shared data folder (optional) and a fresh store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared_dir() -> Path:
    """../shared (or $LINIMASA_SHARED); tests that need it skip with a reason when missing."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder {SHARED} not present")
    return SHARED


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def sqlite_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from linimasa.store.sqlite import SQLiteStore

    store = SQLiteStore(tmp_path / "test.db")
    yield store
    store.close()


PG_DEFAULT = "postgresql://linimasa:linimasa@127.0.0.1:5432/linimasa_test"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards.
    Skips when $LINIMASA_TEST_PG is unset, except under CI=true, where it must run."""
    import uuid

    url = os.environ.get("LINIMASA_TEST_PG")
    if not url:
        if os.environ.get("CI") != "true":
            pytest.skip("PostgreSQL tests need LINIMASA_TEST_PG=postgresql://... (set by .ci/run)")
        url = PG_DEFAULT
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:  # fails the test when the server is unreachable
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
