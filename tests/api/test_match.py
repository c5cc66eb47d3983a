"""POST /match in yente's request and response shape."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from listwatch.config import Settings
from tests.api.conftest import make_client

#: The example request documented by yente (``yente/routers/match.py``, "Matching API").
YENTE_EXAMPLE = {
    "queries": {
        "entity1": {
            "schema": "Person",
            "properties": {
                "name": ["John Doe"],
                "birthDate": ["1975-04-21"],
                "nationality": ["us"],
            },
        },
        "entity2": {
            "schema": "Company",
            "properties": {
                "name": ["Brilliant Amazing Limited"],
                "jurisdiction": ["hk"],
                "registrationNumber": ["84BA99810"],
            },
        },
    }
}


def test_documented_yente_example(client: TestClient) -> None:
    response = client.post("/match", json=YENTE_EXAMPLE, params={"algorithm": "best"})
    assert response.status_code == 200
    assert response.headers["x-batch-size"] == "2"
    body = response.json()
    assert set(body) == {"responses", "matcher", "limit"}
    assert body["limit"] == 5
    assert set(body["responses"]) == {"entity1", "entity2"}
    for key, answer in body["responses"].items():
        assert answer["status"] == 200
        assert answer["total"]["relation"] == "eq"
        assert answer["total"]["value"] >= len(answer["results"])
        assert answer["query"]["schema"] == YENTE_EXAMPLE["queries"][key]["schema"]
        assert answer["query"]["properties"] == YENTE_EXAMPLE["queries"][key]["properties"]
        assert all(not r["match"] for r in answer["results"])  # nobody of these names is listed
    assert {"name", "birth_date", "country", "identifier"} <= set(body["matcher"])
    assert set(body["matcher"]["name"]) == {"description", "coefficient", "url"}


def test_match_finds_and_explains_a_listed_person(client: TestClient) -> None:
    query = {
        "schema": "Person",
        "properties": {"name": "Nicolás Maduro", "birthDate": ["1962-11-23"], "nationality": "ve"},
    }
    response = client.post("/match", json={"queries": {"q1": query}}, params={"limit": 1})
    answer = response.json()["responses"]["q1"]
    (result,) = answer["results"]
    assert result["id"] == "us_ofac_sdn:22790"
    assert result["schema"] == "Person"
    assert result["caption"] == "MADURO MOROS, Nicolas"
    assert result["datasets"] == ["us_ofac_sdn"]
    assert result["match"] is True
    assert result["properties"]["birthDate"] == ["1962-11-23"]
    assert result["features"]["birth_date"] > 0
    assert "maduro=maduro" in result["explanations"]["name"]["detail"]
    assert result["published"] == "2024-05-03"


def test_match_filters_and_dataset_path(client: TestClient) -> None:
    query = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Nicolas Maduro"]}}}}
    ids = client.post("/match", json=query, params={"exclude_entity_ids": "us_ofac_sdn:22790"})
    assert "us_ofac_sdn:22790" not in {r["id"] for r in ids.json()["responses"]["q"]["results"]}
    scoped = client.post("/match/un_sc_sanctions", json=query).json()
    assert all(r["datasets"] == ["un_sc_sanctions"] for r in scoped["responses"]["q"]["results"])
    everything = client.post("/match/default", json=query).json()
    assert everything["responses"]["q"]["results"][0]["id"] == "us_ofac_sdn:22790"
    missing = client.post("/match/eu_nowhere", json=query)
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "NotFoundError"


def test_match_refuses_bad_queries(client: TestClient) -> None:
    nameless = {"queries": {"a": {"schema": "Person", "properties": {"birthDate": ["1970"]}}}}
    response = client.post("/match", json=nameless)
    assert response.status_code == 422
    assert response.json()["error"]["detail"] == (
        "queries.a.properties.name: the example has no name"
    )
    bad_schema = {"queries": {"b": {"schema": "Dog", "properties": {"name": ["Rex"]}}}}
    assert "queries.b.schema: 'Dog'" in client.post("/match", json=bad_schema).text
    empty = client.post("/match", json={"queries": {}})
    assert empty.status_code == 400
    assert empty.json()["error"]["detail"] == "no queries provided"


@pytest.fixture(scope="module")
def small_batch_client(settings: Settings) -> Iterator[TestClient]:
    yield from make_client(settings, max_batch=2)


def test_batch_size_limit(small_batch_client: TestClient) -> None:
    queries = {f"q{i}": {"schema": "Person", "properties": {"name": ["A B"]}} for i in range(3)}
    response = small_batch_client.post("/match", json={"queries": queries})
    assert response.status_code == 400
    assert response.json()["error"] == {
        "type": "ConfigError",
        "detail": "too many queries in one batch (limit: 2)",
    }
