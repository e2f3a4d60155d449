"""Shared test fixtures: the ../shared data folder (optional) and a fresh store."""

from __future__ import annotations

import os
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
