"""``listwatch scan`` and POST /scan, over the small index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from listwatch.api import scan_router
from listwatch.api.service import get_service
from listwatch.cli.app import app
from listwatch.screening.screener import Screener


@pytest.fixture
def run(screener: Screener, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setattr("listwatch.cli.scan.get_screener", lambda settings, lists: screener)
    monkeypatch.setenv("LISTWATCH_HOME", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")
    return CliRunner()


def test_cli_table_marks_the_spans(run: CliRunner, texts: Path) -> None:
    result = run.invoke(app, ["scan", str(texts / "line_breaks.txt")])
    assert result.exit_code == 0, result.output
    assert "[[Nicolas\nMaduro Moros]](1)" in result.output
    assert "[[SINALOA\nCARTEL]](3)" in result.output
    assert "us_ofac_sdn:15412" in result.output


def test_cli_json_from_stdin(run: CliRunner) -> None:
    result = run.invoke(app, ["scan", "-", "--format", "json"], input="Aid to Los Zetas.")
    data = json.loads(result.stdout)
    assert [(m["start"], m["end"], m["text"]) for m in data["mentions"]] == [(7, 16, "Los Zetas")]
    assert data["mentions"][0]["matches"][0]["programs"] == ["SDNTK"]


def test_cli_no_alert_and_errors(run: CliRunner, tmp_path: Path) -> None:
    result = run.invoke(app, ["scan", "-", "--fail-on-alert"], input="Nothing to see here.")
    assert result.exit_code == 0
    assert "No listed party found in 20 characters" in result.output
    assert run.invoke(app, ["scan", "-", "--fail-on-alert"], input="Los Zetas").exit_code == 3
    missing = run.invoke(app, ["scan", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    assert "does not exist (use - to read standard input)" in missing.output
    bad = run.invoke(app, ["scan", "-", "--as", "pdf"], input="x")
    assert "--as: 'pdf' is not one of auto, text, mt103, pacs008" in bad.output


class _Service:
    def __init__(self, screener: Screener) -> None:
        self.screener = screener

    async def screener_for(self, lists: list[str] | None) -> Screener:
        return self.screener


def test_api_scan(screener: Screener, texts: Path) -> None:
    api = FastAPI()
    api.include_router(scan_router.router)
    api.dependency_overrides[get_service] = lambda: _Service(screener)
    client = TestClient(api)
    message = (texts / "pacs008.xml").read_text(encoding="utf-8")
    response = client.post("/scan", json={"text": message, "format": "auto"})
    assert response.status_code == 200
    data = response.json()
    assert data["format"] == "pacs008"
    assert [m["matches"][0]["id"] for m in data["mentions"]] == [
        "us_ofac_sdn:22790",
        "us_ofac_sdn:15412",
    ]
    assert client.post("/scan", json={"text": "x", "format": "pdf"}).status_code == 422
    assert client.post("/scan", json={"text": "x", "threshold": 2}).status_code == 422
