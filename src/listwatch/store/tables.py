"""Database tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create them.

Entries are stored content-addressed: ``entity_versions`` holds each distinct version of an entry
once (keyed by the SHA-256 of its canonical JSON), and ``publication_entities`` says which version
each publication carries. A diff between publications is then a set difference, and keeping every
publication costs only the entries that changed.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

publications = sa.Table(
    "publications",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("dataset", sa.String(64), nullable=False, index=True),
    sa.Column("published", sa.Date, nullable=False),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("entry_count", sa.Integer, nullable=False),
    sa.Column("content_sha256", sa.String(64), nullable=False),
    sa.UniqueConstraint("dataset", "published", name="uq_publication_dataset_date"),
)

publication_files = sa.Table(
    "publication_files",
    metadata,
    sa.Column("publication_id", sa.Integer, sa.ForeignKey("publications.id"), primary_key=True),
    sa.Column("name", sa.String(255), primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
)

entity_versions = sa.Table(
    "entity_versions",
    metadata,
    sa.Column("hash", sa.String(64), primary_key=True),
    sa.Column("entity_id", sa.String(255), nullable=False, index=True),
    sa.Column("schema", sa.String(32), nullable=False),
    sa.Column("caption", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

publication_entities = sa.Table(
    "publication_entities",
    metadata,
    sa.Column("publication_id", sa.Integer, sa.ForeignKey("publications.id"), primary_key=True),
    sa.Column("entity_id", sa.String(255), primary_key=True),
    sa.Column("version_hash", sa.String(64), nullable=False),
    sa.Index("ix_publication_entities_entity", "entity_id"),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("key_id", sa.String(32), nullable=False, unique=True),
    sa.Column("key_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)
