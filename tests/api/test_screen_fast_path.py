"""POST /screen's fast path answers exactly as the FastAPI route does, and hands on what it
does not answer with the body intact."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from listwatch.api import create_app
from listwatch.api.config import ApiSettings
from listwatch.api.routers.screen import ScreenFastPath
from listwatch.config import Settings

#: (body, content type): valid queries and every kind of odd request.
REQUESTS: list[tuple[bytes, str | None]] = [
    (b'{"name": "Nicolas Maduro"}', "application/json"),
    (b'{"name": "Nicolas Maduro", "birth_date": "1962-11-23", "country": "ve"}', None),
    (b'{"name": "Maduro", "threshold": 0.1, "limit": 3, "schema": "Person"}', None),
    (b'{"name": "Maduro", "threshold": "0.5", "limit": 2.0}', None),
    (b'{"name": "Maduro", "identifiers": {"passport": "5892464"}, "gender": "male"}', None),
    (b'{"name": "Nicolas Maduro", "lists": ["us_ofac_sdn@2021-07-07"]}', None),
    (b'{"name": "\xc3\x89mile Zola"}', "application/json; charset=utf-8"),
    (b'{"name": "Nicolas Maduro"}', "application/vnd.listwatch+json"),
    (b'{"name": "Nicolas Maduro"}', "Application/JSON"),
    (b'{"name": "Nicolas Maduro"}', "text/plain"),
    (b'{"name": "Nicolas Maduro"}', ""),
    ('{"name": "Nicolas Maduro"}'.encode("utf-16"), "application/json"),
    (b'{"name": "Nicolas Maduro", "threshold": NaN}', None),
    (b'{"name": "x", "name": "Nicolas Maduro"}', None),
    (b'{"name": ', None),
    (b"", None),
    (b"[]", None),
    (b'{"name": "x", "colour": "red"}', None),
    (b'{"name": "   "}', None),
    (b'{"name": "x", "country": "Atlantis"}', None),
    (b'{"name": "x", "lists": ["us_ofac_sdn@2020-01-01"]}', None),
    (b'{"name": "x", "lists": ["us_ofac_sdn@May"]}', None),
]


@pytest.fixture(scope="module")
def route_only(settings: Settings) -> Iterator[TestClient]:
    """The app without the fast path: every POST /screen is answered by the FastAPI route."""
    app = create_app(settings, ApiSettings())
    app.user_middleware = [m for m in app.user_middleware if m.cls is not ScreenFastPath]
    with TestClient(app) as client:
        yield client


def _post(client: TestClient, body: bytes, content_type: str | None) -> Any:
    headers = {"content-type": "application/json" if content_type is None else content_type}
    return client.post("/screen", content=body, headers=headers)


def test_the_fast_path_answers_as_the_route_does(
    client: TestClient, route_only: TestClient
) -> None:
    for body, content_type in REQUESTS:
        fast = _post(client, body, content_type)
        slow = _post(route_only, body, content_type)
        assert (fast.status_code, fast.content) == (slow.status_code, slow.content), body
        assert fast.headers == slow.headers, body
    assert _post(client, *REQUESTS[0]).json()["results"][0]["id"] == "us_ofac_sdn:22790"


def _call(app: ScreenFastPath, scope: Scope, chunks: list[bytes]) -> list[Message]:
    sent: list[Message] = []
    pending = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ]

    async def receive() -> Message:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def test_what_the_fast_path_does_not_answer_reaches_the_route_intact(
    client: TestClient,
) -> None:
    handed_on: list[bytes] = []

    async def route(scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        handed_on.append(body)
        await send({"type": "http.response.start", "status": 299, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    fast = ScreenFastPath(route)

    def scope(path: str = "/screen", method: str = "POST", json: bool = True) -> Scope:
        headers = [(b"content-type", b"application/json")] if json else []
        return {
            "type": "http",
            "method": method,
            "path": path,
            "root_path": "",
            "headers": headers,
            "app": client.app,
        }

    # A valid query, even in chunks, is answered here; the route never sees it.
    sent = _call(fast, scope(), [b'{"name": "Nicolas', b' Maduro"}'])
    assert sent[0]["status"] == 200 and b"us_ofac_sdn:22790" in sent[1]["body"]
    assert handed_on == []
    # Everything else reaches the route, body as sent.
    cases = [
        (scope(), [b'{"name": ', b"}"]),
        (scope(json=False), [b'{"name": "x"}']),
        (scope(method="PUT"), [b'{"name": "x"}']),
        (scope(path="/screen/"), [b'{"name": "x"}']),
        (scope(), [b'{"name": "x", "limit": 0}']),
    ]
    for case_scope, chunks in cases:
        sent = _call(fast, case_scope, chunks)
        assert sent[0]["status"] == 299
        assert handed_on.pop() == b"".join(chunks)


def test_the_fast_path_is_counted_under_its_route(client: TestClient) -> None:
    assert client.post("/screen", json={"name": "Nicolas Maduro"}).status_code == 200
    text = client.get("/metrics").text
    assert 'listwatch_http_requests_total{method="POST",route="/screen",status="200"}' in text
    assert 'listwatch_http_request_duration_seconds_count{route="/screen"}' in text
