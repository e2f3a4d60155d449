"""The web app: HTML pages and the REST API over one store.

``create_app(db)`` builds the FastAPI application (tests drive it directly);
``serve(...)`` is what ``linimasa serve`` runs. Read-only unless started with
``allow_ingest=True`` and a token. Everything is self-hosted: no CDN, no external
requests (the interactive /docs page, which loads Swagger from a CDN, is off;
/openapi.json stays).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from .. import __version__
from ..config import Settings, load_settings
from ..errors import LinimasaError
from ..store.base import SQLStore
from . import errors
from .deps import AppState, StoreHandle
from .security import SecurityHeaders

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    return Jinja2Templates(env=env)


def create_app(db: str | SQLStore, *, allow_ingest: bool = False, token: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The app over ``db`` (a --db string or an open store, which the app then owns)."""
    if allow_ingest and not token:
        raise LinimasaError("allow_ingest needs a token: start with --allow-ingest --token T (or LINIMASA_TOKEN)")
    settings = settings or load_settings()
    if isinstance(db, str):
        from ..store import open_store

        store = open_store(db)
    else:
        store = db
    handle = StoreHandle(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        with handle.use() as s:
            s.close()

    app = FastAPI(
        title="linimasa", version=__version__, lifespan=lifespan,
        description="A sourced, deduplicated, geolocated timeline of events from Indonesian news. "
                    "Lists page with `limit`/`offset`; every error is "
                    "`{\"error\": {\"status\", \"code\", \"message\"}}`.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.linimasa = AppState(handle=handle, settings=settings, allow_ingest=allow_ingest, token=token)
    app.state.templates = _templates()
    errors.install(app)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False,
          token: str | None = None, settings: Settings | None = None) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, allow_ingest=allow_ingest, token=token, settings=settings)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("listening on %s: the app is reachable from other machines", host)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
