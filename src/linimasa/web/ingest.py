"""``POST /api/ingest``: read the upload (size-limited), turn it into raw documents and run
them through the same pipeline, store write and linking as ``linimasa run``."""

from __future__ import annotations

import json
import logging
import re
import tempfile
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from ..config import Settings
from ..model import RawDocument, Skip
from ..store.base import SQLStore
from .errors import ApiError
from .security import declared_length, read_limited

log = logging.getLogger(__name__)

_FIELDS = ("url", "title", "published", "outlet")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_FILES = 1000


async def _replay(body: bytes) -> AsyncGenerator[bytes, None]:
    yield body


def _json_docs(body: bytes) -> list[RawDocument | Skip]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ApiError(400, "bad_request", f"expected a JSON body, got unparseable data ({exc})") from None
    items = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise ApiError(400, "bad_request", "expected a non-empty JSON list of articles or {\"articles\": [...]}")
    docs: list[RawDocument | Skip] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise ApiError(400, "bad_request", f"articles[{i}]: expected an object, got {type(item).__name__}")
        text, html = item.get("text"), item.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            raise ApiError(400, "bad_request", f"articles[{i}]: expected a string 'text' or 'html'")
        hints = {}
        for key in _FIELDS:
            v = item.get(key)
            if v is not None and not isinstance(v, str):
                raise ApiError(400, "bad_request", f"articles[{i}].{key}: expected a string, got {type(v).__name__}")
            hints[key] = v
        docs.append(RawDocument(source=f"api/{i}", kind="jsonl", text=text if isinstance(text, str) else None,
                                html=html if isinstance(html, str) else None, **hints))
    return docs


async def _file_docs(request: Request, body: bytes, settings: Settings) -> tuple[list[RawDocument | Skip], Any]:
    from ..ingest import read_inputs

    try:
        form = await MultiPartParser(request.headers, _replay(body), max_files=MAX_FILES,
                                     max_part_size=settings.upload_max_bytes).parse()
    except MultiPartException as exc:
        raise ApiError(400, "bad_request", f"expected multipart/form-data with files, got: {exc.message}") from None
    uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if not uploads:
        raise ApiError(400, "bad_request", "expected one or more files in the form field 'files', got none")
    tmp = tempfile.TemporaryDirectory(prefix="linimasa-upload-")
    root = Path(tmp.name)
    for n, up in enumerate(uploads):
        name = _SAFE_NAME.sub("_", Path(up.filename or f"upload-{n}.txt").name).strip("._") or f"upload-{n}.txt"
        target = root / f"{n:04d}-{name}"
        target.write_bytes(await up.read())
    docs: list[RawDocument | Skip] = []
    for doc in read_inputs([str(root)], settings):
        rel = Path(doc.source).name if doc.source.startswith(str(root)) else doc.source
        doc.source = f"upload/{rel[5:] if rel[:4].isdigit() else rel}"
        docs.append(doc)
    return docs, tmp


async def ingest_request(request: Request, settings: Settings) -> tuple[list[RawDocument | Skip], Any]:
    """The upload as raw documents (and the temporary folder holding uploaded files)."""
    limit = settings.upload_max_bytes
    declared_length(request.headers.get("content-length"), limit)
    body = await read_limited(request.stream(), limit)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        return _json_docs(body), None
    if ctype == "multipart/form-data":
        return await _file_docs(request, body, settings)
    raise ApiError(415, "unsupported_media_type",
                   f"expected application/json or multipart/form-data, got {ctype or 'no Content-Type'}")


def run_ingest(store: SQLStore, st: Any, docs: list[RawDocument | Skip]) -> dict[str, Any]:
    """Process and store the documents, then update links; the run is recorded."""
    from ..link import update
    from ..pipeline import load_resources
    from ..run.local import process_stream

    if st.resources is None:
        st.resources = load_resources(st.settings)
    run = store.start_run([d.source for d in docs])
    try:
        new_ids = process_stream(store, iter(docs), st.resources, run)
        run.counts.update(update(store, new_ids, st.settings))
    finally:
        store.finish_run(run)
    return {
        "run": run.id, "counts": run.counts, "new_ids": new_ids,
        "skips": [{"source": s.source, "reason": s.reason, "stage": s.stage} for s in run.skips],
        "links": [f"/articles/{i}" for i in new_ids],
    }
