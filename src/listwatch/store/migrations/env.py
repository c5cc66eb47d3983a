"""Alembic environment: run with the connection listwatch passes in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from listwatch.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - listwatch always passes a connection
    raise RuntimeError("listwatch migrations run through listwatch.store.migrate")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
