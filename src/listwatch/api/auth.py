"""API keys, required whenever the server listens beyond loopback, and per-key rate limits.

A key is accepted as ``Authorization: Bearer <key>``, ``Authorization: ApiKey <key>`` (what
OpenSanctions clients send), ``X-API-Key: <key>``, or as the password of HTTP Basic
authentication (so a browser can open the web page). Never in the query string: URLs end up in
logs. Checking a key costs one scrypt; the outcome is remembered for a minute by the SHA-256 of
the key, so a revoked key stops working within a minute.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import time

from anyio import to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

from listwatch.api.errors import error_response
from listwatch.api.ratelimit import RateLimiter
from listwatch.store import Store
from listwatch.store.api_keys import ApiKey, verify_api_key

__all__ = ["ApiKeyMiddleware", "key_from_headers"]

#: Paths served without a key: probes and the stylesheet.
OPEN_PATHS = ("/healthz", "/readyz", "/static/")
_CACHE_SECONDS = 60.0
_CACHE_SIZE = 4096


def key_from_headers(headers: dict[bytes, bytes]) -> str | None:
    header = headers.get(b"x-api-key")
    if header:
        return header.decode("latin-1").strip()
    auth = headers.get(b"authorization", b"").decode("latin-1").strip()
    scheme, _, value = auth.partition(" ")
    scheme = scheme.lower()
    if scheme in ("bearer", "apikey") and value.strip():
        return value.strip()
    if scheme == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2] or None
    return None


class ApiKeyMiddleware:
    """Refuses requests without a valid key (401) and over a key's rate (429)."""

    def __init__(self, app: ASGIApp, store: Store, limiter: RateLimiter) -> None:
        self.app = app
        self.store = store
        self.limiter = limiter
        self._cache: dict[bytes, tuple[ApiKey | None, float]] = {}

    async def _verify(self, key: str) -> ApiKey | None:
        digest = hashlib.sha256(key.encode()).digest()
        now = time.monotonic()
        cached = self._cache.get(digest)
        if cached is not None and cached[1] > now:
            return cached[0]
        found = await to_thread.run_sync(verify_api_key, self.store, key)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[digest] = (found, now + _CACHE_SECONDS)
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        key = key_from_headers(headers)
        found = await self._verify(key) if key else None
        if found is None:
            challenge = {"WWW-Authenticate": 'Basic realm="listwatch", charset="UTF-8"'}
            detail = (
                "this server needs an API key: send 'Authorization: Bearer <key>' "
                "(create one with `listwatch keys create NAME`)"
                if key is None
                else "the API key is not valid or has been revoked"
            )
            response = error_response(401, "Unauthorized", detail, challenge)
            await response(scope, receive, send)
            return
        wait = self.limiter.take(found.name)
        if wait > 0:
            retry = str(max(1, math.ceil(wait)))
            response = error_response(
                429,
                "TooManyRequests",
                f"rate limit of {self.limiter.rate:g} requests per second for key "
                f"{found.name!r} exceeded; retry in {retry} s",
                {"Retry-After": retry},
            )
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["api_key"] = found.name
        await self.app(scope, receive, send)
