"""Fixtures for the web tests: a store filled with tests/web/web_sample.py and the app over it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import web_sample

from linimasa.store.sqlite import SQLiteStore


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of a SQLite store holding the sample reports, clusters and families."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    store = SQLiteStore(path)
    web_sample.fill(store)
    store.close()
    return str(path)


@pytest.fixture(scope="session")
def client(web_db: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from linimasa.web.app import create_app

    with TestClient(create_app(web_db)) as c:
        yield c
