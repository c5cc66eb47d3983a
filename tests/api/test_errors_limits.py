from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from listwatch.config import Settings
from tests.api.conftest import make_client


@pytest.fixture(scope="module")
def small(settings: Settings) -> Iterator[TestClient]:
    yield from make_client(settings, max_body_bytes=1000)


def test_unknown_route_and_method_use_the_error_shape(client: TestClient) -> None:
    missing = client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"type": "NotFound", "detail": "Not Found"}}
    wrong = client.get("/screen")
    assert wrong.status_code == 405
    assert wrong.json()["error"]["type"] == "MethodNotAllowed"


def test_malformed_json_is_a_validation_error(client: TestClient) -> None:
    response = client.post(
        "/screen", content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "ValidationError"
    assert "JSON decode error" in response.json()["error"]["detail"]


def test_body_over_the_limit_is_refused(small: TestClient) -> None:
    big = {"name": "x" * 2000}
    response = small.post("/screen", json=big)
    assert response.status_code == 413
    assert response.json() == {
        "error": {
            "type": "PayloadTooLarge",
            "detail": "request body over the limit of 1000 bytes",
        }
    }


def test_chunked_body_over_the_limit_is_refused(small: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(50):
            yield b"x" * 100
        yield b'"}'

    response = small.post("/screen", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_chunked_body_within_the_limit_is_served(small: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "Nicolas'
        yield b' Maduro"}'

    response = small.post("/screen", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["results"][0]["id"] == "us_ofac_sdn:22790"


def test_long_fields_are_refused_before_screening(client: TestClient) -> None:
    response = client.post("/screen", json={"name": "x" * 501})
    assert response.status_code == 422
    assert "body.name: String should have at most 500 characters" in response.text
    many = client.post("/screen", json={"name": "x", "identifiers": [str(i) for i in range(21)]})
    assert many.status_code == 422
