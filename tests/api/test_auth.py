"""API keys beyond loopback, hashed storage, and the per-key rate limit."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from listwatch.api.config import ApiSettings, is_loopback, load_api_settings
from listwatch.api.ratelimit import RateLimiter
from listwatch.config import Settings
from listwatch.store import Store
from listwatch.store.api_keys import create_api_key, revoke_api_key, verify_api_key
from tests.api.conftest import make_client


@pytest.fixture(scope="module")
def keys(settings: Settings) -> dict[str, str]:
    store = Store(settings.db_url)
    _, good = create_api_key(store, "auth-tests")
    _, revoked = create_api_key(store, "auth-revoked")
    revoke_api_key(store, "auth-revoked")
    _, limited = create_api_key(store, "auth-limited")
    return {"good": good, "revoked": revoked, "limited": limited}


@pytest.fixture(scope="module")
def public(settings: Settings, keys: dict[str, str]) -> Iterator[TestClient]:
    """The app as served on 0.0.0.0: keys required; bursts of 6, one request per 2 s after."""
    yield from make_client(settings, host="0.0.0.0", rate_per_second=0.5, burst=6)


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert is_loopback("127.8.0.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("::") and not is_loopback("10.0.0.1")
    assert not is_loopback("example.org")
    assert ApiSettings().keys_required is False
    assert ApiSettings(host="0.0.0.0", require_keys=False).keys_required is True
    assert ApiSettings(require_keys=True).keys_required is True
    assert load_api_settings({"LISTWATCH_API_HOST": "192.168.1.5"}).keys_required is True


def test_requests_without_a_key_are_refused_beyond_loopback(public: TestClient) -> None:
    for method, path in [("post", "/screen"), ("post", "/match"), ("get", "/lists"), ("get", "/")]:
        response = public.request(method, path, json={"name": "Nicolas Maduro"})
        assert response.status_code == 401, path
        assert response.json()["error"]["type"] == "Unauthorized"
        assert "listwatch keys create NAME" in response.json()["error"]["detail"]
        assert response.headers["www-authenticate"].startswith("Basic")
    assert public.get("/metrics").status_code == 401
    assert public.get("/openapi.json").status_code == 401
    assert public.get("/healthz").status_code == 200
    assert public.get("/readyz").status_code == 200


def test_wrong_and_revoked_keys_are_refused(public: TestClient, keys: dict[str, str]) -> None:
    for key in ("nonsense", keys["good"][:-2] + "xx", keys["revoked"]):
        response = public.get("/lists", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 401
        assert response.json()["error"]["detail"] == "the API key is not valid or has been revoked"


def test_a_valid_key_is_accepted_in_every_header_form(
    public: TestClient, keys: dict[str, str]
) -> None:
    key = keys["good"]
    basic = base64.b64encode(f"anyone:{key}".encode()).decode()
    for headers in (
        {"Authorization": f"Bearer {key}"},
        {"Authorization": f"ApiKey {key}"},
        {"X-API-Key": key},
        {"Authorization": f"Basic {basic}"},
    ):
        response = public.post("/screen", json={"name": "Nicolas Maduro"}, headers=headers)
        assert response.status_code == 200, headers
    assert public.get("/lists", params={"api_key": key}).status_code == 401  # not in URLs


def test_rate_limit_per_key(public: TestClient, keys: dict[str, str]) -> None:
    headers = {"Authorization": f"Bearer {keys['limited']}"}
    statuses = [public.get("/lists", headers=headers).status_code for _ in range(10)]
    assert statuses[:6] == [200] * 6
    assert 429 in statuses[6:]
    refused = public.get("/lists", headers=headers)
    assert refused.status_code == 429
    assert refused.headers["retry-after"] in ("1", "2")
    assert refused.json()["error"]["type"] == "TooManyRequests"
    assert "rate limit of 0.5 requests per second for key 'auth-limited'" in refused.text
    other = public.get("/lists", headers={"Authorization": f"Bearer {keys['good']}"})
    assert other.status_code == 200  # each key has its own bucket


def test_token_bucket_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(2.0, 2, clock=lambda: now[0])
    assert [limiter.take("k") for _ in range(2)] == [0.0, 0.0]
    assert limiter.take("k") == pytest.approx(0.5)
    now[0] = 0.5
    assert limiter.take("k") == 0.0
    assert RateLimiter(0, 1).take("k") == 0.0  # rate 0: no limit


def test_keys_are_stored_hashed(settings: Settings) -> None:
    store = Store(settings.db_url)
    record, key = create_api_key(store, "hash-check")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT * FROM api_keys WHERE name = 'hash-check'")).all()
    stored = " ".join(str(v) for v in rows[0])
    secret = key.split("_", 2)[2]
    assert secret not in stored
    assert "scrypt$" in stored
    assert verify_api_key(store, key) == record
    assert verify_api_key(store, key + "x") is None
