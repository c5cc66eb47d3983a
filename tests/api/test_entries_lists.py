from __future__ import annotations

from fastapi.testclient import TestClient


def test_entity_with_history(client: TestClient) -> None:
    response = client.get("/entities/us_ofac_sdn:22790")
    assert response.status_code == 200
    body = response.json()
    assert body["entity"]["caption"] == "MADURO MOROS, Nicolas"
    assert body["first_seen"] == "2021-07-07"
    assert body["last_seen"] == "2024-05-03"
    assert body["listed_in_newest_publication"] is True
    assert body["history"][0] == {"published": "2021-07-07", "event": "listed"}


def test_unknown_entity_is_404_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/entities/us_ofac_sdn:0")
    assert response.status_code == 404
    assert response.json() == {
        "error": {
            "type": "NotFoundError",
            "detail": "no entry us_ofac_sdn:0 in any stored publication",
        }
    }


def test_lists_with_dates_and_ages(client: TestClient) -> None:
    body = client.get("/lists").json()
    names = [p["name"] for p in body["publications"]]
    assert names == ["un_sc_sanctions@2026-02-27", "us_ofac_sdn@2024-05-03"]
    ofac = body["publications"][1]
    assert ofac["entry_count"] > 0
    assert ofac["age_days"] > 365
    assert ofac["old"] is True
    assert ofac["screened"] is True
    every = client.get("/lists", params={"all": "true"}).json()["publications"]
    assert len(every) == 3


def test_changes_between_publications(client: TestClient) -> None:
    body = client.get("/changes", params={"dataset": "us_ofac_sdn"}).json()
    (changes,) = body["changes"]
    assert (changes["from"], changes["to"]) == ("2021-07-07", "2024-05-03")
    assert changes["counts"] == {"added": 8, "removed": 4, "changed": 2}
    assert {e["change"] for e in changes["entries"]} == {"added", "removed", "changed"}
    assert client.get("/changes").json() == body  # every list with two publications
    explicit = client.get(
        "/changes", params={"dataset": "us_ofac_sdn", "from": "2021-07-07", "to": "2024-05-03"}
    )
    assert explicit.json() == body
    oldest = client.get("/changes", params={"dataset": "un_sc_sanctions"})
    assert oldest.status_code == 404
    assert "oldest stored publication" in oldest.json()["error"]["detail"]
    bad = client.get("/changes", params={"dataset": "us_ofac_sdn", "from": "yesterday"})
    assert bad.status_code == 422
    assert bad.json()["error"]["detail"].startswith("query.from:")


def test_probes_and_metrics(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready"
    assert ready["lists"] == ["un_sc_sanctions@2026-02-27", "us_ofac_sdn@2024-05-03"]
    client.get("/entities/us_ofac_sdn:22790")
    text = client.get("/metrics").text
    assert 'listwatch_http_requests_total{method="GET",route="/entities/{entity_id}"' in text
    assert "us_ofac_sdn:22790" not in text  # route templates, not paths


def test_openapi_is_published(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/screen", "/match", "/match/{dataset}", "/entities/{entity_id}", "/lists"):
        assert path in paths
    assert "/changes" in paths and "/healthz" in paths and "/readyz" in paths
    assert "/" not in paths  # the web page is not part of the API
