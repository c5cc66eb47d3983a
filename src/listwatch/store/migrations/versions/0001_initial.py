"""Publications, their files, entity versions and publication membership.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dataset", sa.String(64), nullable=False, index=True),
        sa.Column("published", sa.Date, nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("entry_count", sa.Integer, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.UniqueConstraint("dataset", "published", name="uq_publication_dataset_date"),
    )
    op.create_table(
        "publication_files",
        sa.Column("publication_id", sa.Integer, sa.ForeignKey("publications.id"), primary_key=True),
        sa.Column("name", sa.String(255), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "entity_versions",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("entity_id", sa.String(255), nullable=False, index=True),
        sa.Column("schema", sa.String(32), nullable=False),
        sa.Column("caption", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "publication_entities",
        sa.Column("publication_id", sa.Integer, sa.ForeignKey("publications.id"), primary_key=True),
        sa.Column("entity_id", sa.String(255), primary_key=True),
        sa.Column("version_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_publication_entities_entity", "publication_entities", ["entity_id"])


def downgrade() -> None:
    op.drop_table("publication_entities")
    op.drop_table("entity_versions")
    op.drop_table("publication_files")
    op.drop_table("publications")
