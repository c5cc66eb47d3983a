"""A limit on the size of request bodies (413 beyond it), before any parsing happens."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from listwatch.api.errors import error_response

__all__ = ["BodySizeLimit", "replaying"]


def replaying(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that gives ``messages`` (already read) again, then reads on."""

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return replay


class BodySizeLimit:
    """Refuses bodies over ``max_bytes``: at once when ``Content-Length`` says so, else (chunked
    uploads) after reading at most ``max_bytes`` + one chunk."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413, "PayloadTooLarge", f"request body over the limit of {self.max_bytes} bytes"
        )
        await response(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await self._refuse(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        if scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        # No length given: read the body here, within the limit, and replay it.
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, replaying(messages, receive), send)
