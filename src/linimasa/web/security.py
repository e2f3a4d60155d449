"""Security plumbing for the web app: strict headers on every response, the ingest token
check (constant time), the upload size limit and the rule for links taken from data."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware: adds :data:`SECURITY_HEADERS` to every HTTP response (pages, API,
    static files, errors alike)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_token(authorization: str | None, token: str | None) -> None:
    """Raise 401 unless ``authorization`` is ``Bearer <token>``; compared in constant time."""
    if not token:
        raise ApiError(403, "ingest_disabled", "ingest needs a server token; start with --allow-ingest --token T")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "unauthorized", "expected header 'Authorization: Bearer <token>', got none")
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "the bearer token does not match the one the server was started with")


def declared_length(content_length: str | None, limit: int) -> None:
    """Refuse early (413) when the declared body length is over ``limit``."""
    if content_length is None:
        return
    try:
        n = int(content_length)
    except ValueError:
        raise ApiError(400, "bad_request", f"expected a numeric Content-Length, got {content_length!r}") from None
    if n > limit:
        raise too_large(n, limit)


def too_large(n: int | None, limit: int) -> ApiError:
    got = f"{n} bytes" if n is not None else "more"
    return ApiError(413, "payload_too_large",
                    f"upload is limited to {limit} bytes, got {got}; split the upload into smaller requests")


async def read_limited(stream: AsyncIterator[bytes], limit: int) -> bytes:
    """Read a request body, stopping with 413 as soon as it passes ``limit`` bytes (also
    when no Content-Length was sent)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise too_large(None, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def safe_href(url: str | None) -> str | None:
    """A URL from data may become a link only when it is plain http(s) with a host."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(ch) < 0x21 for ch in url):
        return None
    return url
