from __future__ import annotations

from fastapi.testclient import TestClient


def test_screen_returns_ranked_explained_results(client: TestClient) -> None:
    response = client.post(
        "/screen", json={"name": "Nicolas Maduro", "birth_date": "1962-11-23", "country": "ve"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == {
        "name": "Nicolas Maduro",
        "schema": None,
        "birth_date": "1962-11-23",
        "country": "ve",
    }
    assert body["lists"] == ["un_sc_sanctions@2026-02-27", "us_ofac_sdn@2024-05-03"]
    top = body["results"][0]
    assert top["id"] == "us_ofac_sdn:22790"
    assert top["match"] is True
    assert top["score"] >= body["threshold"]
    assert "VENEZUELA" in top["programs"]
    assert top["published"] == "2024-05-03"
    explanation = top["explanation"]
    assert explanation["matched_name"] == "MADURO MOROS, Nicolas"
    assert {f["feature"] for f in explanation["features"]} >= {"birth_date"}
    assert "maduro=maduro" in explanation["summary"]
    scores = [r["score"] for r in body["results"]]
    assert scores == sorted(scores, reverse=True)


def test_screen_against_an_older_publication(client: TestClient) -> None:
    response = client.post(
        "/screen", json={"name": "Nicolas Maduro", "lists": ["us_ofac_sdn@2021-07-07"]}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["lists"] == ["us_ofac_sdn@2021-07-07"]
    assert body["results"][0]["published"] == "2021-07-07"


def test_no_result_below_threshold_and_limit(client: TestClient) -> None:
    body = client.post("/screen", json={"name": "Nicolas Maduro", "threshold": 1.0}).json()
    assert all(r["score"] >= 1.0 for r in body["results"])
    body = client.post("/screen", json={"name": "Maduro", "threshold": 0.1, "limit": 1}).json()
    assert len(body["results"]) == 1


def test_validation_errors_name_the_field(client: TestClient) -> None:
    cases = [
        ({}, "ValidationError", "body.name: Field required"),
        ({"name": ""}, "ValidationError", "body.name: String should have at least 1 character"),
        ({"name": "x", "threshold": 2}, "ValidationError", "body.threshold"),
        ({"name": "x", "limit": 0}, "ValidationError", "body.limit"),
        ({"name": "x", "colour": "red"}, "ValidationError", "body.colour: Extra inputs"),
        ({"name": "   "}, "MatchInputError", "name: must not be empty"),
        ({"name": "x", "schema": "Dog"}, "MatchInputError", "schema: 'Dog' is not one of"),
        ({"name": "x", "birth_date": "soon"}, "MatchInputError", "birth_date: 'soon'"),
        ({"name": "x", "country": "Atlantis"}, "MatchInputError", "country: 'Atlantis'"),
    ]
    for payload, kind, detail in cases:
        response = client.post("/screen", json=payload)
        assert response.status_code == 422, payload
        error = response.json()["error"]
        assert error["type"] == kind
        assert detail in error["detail"], (payload, error)


def test_unknown_lists_are_refused_clearly(client: TestClient) -> None:
    response = client.post("/screen", json={"name": "x", "lists": ["us_ofac_sdn@2020-01-01"]})
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "NotFoundError"
    assert "stored: 2021-07-07, 2024-05-03" in response.json()["error"]["detail"]
    response = client.post("/screen", json={"name": "x", "lists": ["us_ofac_sdn@May"]})
    assert response.status_code == 400
    assert response.json()["error"] == {
        "type": "ConfigError",
        "detail": "--lists: 'us_ofac_sdn@May': 'May' is not a YYYY-MM-DD date",
    }
