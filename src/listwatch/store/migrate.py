"""Bring a database to the newest schema with Alembic.

Run on every open; when the schema is current it costs one query and Alembic is not imported.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

__all__ = ["HEAD", "migrate"]

_SCRIPTS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in ``migrations/versions`` (checked against Alembic by the tests).
HEAD = "0002"


def _current(conn: sa.Connection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        if _current(conn) == HEAD:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
