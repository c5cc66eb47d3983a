"""A small store built from fixtures (two OFAC publications and a UN excerpt), and in-process
clients of the app on top of it. Built once per session: the app loads its screener at startup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from listwatch.api import create_app
from listwatch.api.config import ApiSettings
from listwatch.config import Settings
from listwatch.store import Store, import_files

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def build_store(home: Path) -> Settings:
    settings = Settings(home=home, snapshot=False)
    store = Store(settings.db_url)
    sdn = FIXTURES / "us_ofac_sdn"
    import_files(
        store, "us_ofac_sdn", sorted((sdn / "2021-07-07").glob("*.csv")), published=date(2021, 7, 7)
    )
    import_files(store, "us_ofac_sdn", [sdn / "2024-05-03_sdn.csv"], published=date(2024, 5, 3))
    import_files(
        store, "un_sc_sanctions", [FIXTURES / "un_sc_sanctions" / "consolidated_excerpt.xml"]
    )
    store.close()
    return settings


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_store(tmp_path_factory.mktemp("api") / "home")


def make_client(settings: Settings, **api: object) -> Iterator[TestClient]:
    app: FastAPI = create_app(settings, replace(ApiSettings(), **api))  # type: ignore[arg-type]
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    """The app as served on loopback (no key needed)."""
    yield from make_client(settings)
