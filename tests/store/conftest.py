"""Store tests run against SQLite and, when available, a real PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from listwatch.store import Store


def _reset_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = os.environ.get("LISTWATCH_TEST_POSTGRES_URL", "")
        if not url:
            if os.environ.get("CI") == "true":
                pytest.fail("CI must provide LISTWATCH_TEST_POSTGRES_URL (scripts/postgres.sh)")
            pytest.skip("no PostgreSQL server (set LISTWATCH_TEST_POSTGRES_URL)")
        _reset_postgres(url)
    opened = Store(url)
    yield opened
    opened.close()
