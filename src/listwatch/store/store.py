"""The versioned store: every publication of every list, kept.

Imports are one transaction: a publication is either stored whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from listwatch.errors import NotFoundError, StoreError
from listwatch.model import Entity
from listwatch.store.database import create_engine
from listwatch.store.records import FileInfo, PublicationInfo
from listwatch.store.tables import (
    entity_versions,
    publication_entities,
    publication_files,
    publications,
)

__all__ = ["Store", "StoredEntry", "serialize_entries"]

_CHUNK = 2000


class StoredEntry(NamedTuple):
    """One entry as stored: its content hash, schema, caption and JSON body."""

    hash: str
    schema: str
    caption: str
    body: str


def serialize_entries(dataset: str, entities: Iterable[Entity]) -> dict[str, StoredEntry]:
    """The entries of one publication of ``dataset``, serialised, by entity id; an entity of
    another dataset, or one occurring twice, is refused."""
    rows: dict[str, StoredEntry] = {}
    for entity in entities:
        if entity.dataset != dataset:
            raise StoreError(f"entry {entity.id} does not belong to dataset {dataset}")
        if entity.id in rows:
            raise StoreError(f"entry {entity.id} occurs twice in the {dataset} publication")
        body = entity.to_json()
        digest = hashlib.sha256(body.encode()).hexdigest()
        rows[entity.id] = StoredEntry(digest, entity.schema, entity.caption, body)
    return rows


class Store:
    """Publications and their entries in a SQL database (SQLite or PostgreSQL)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ----------------------------------------------------------------------------
    def add_publication(
        self,
        dataset: str,
        entities: Iterable[Entity] | dict[str, StoredEntry],
        *,
        published: date,
        source: str,
        files: Sequence[FileInfo] = (),
        fetched_at: datetime | None = None,
        replace: bool = False,
    ) -> PublicationInfo:
        """Store one publication in a single transaction and return it: its entities, or its
        entries already serialised (:func:`serialize_entries`, in the process that parsed them).

        A publication of the same dataset and date with the same content is returned as is; with
        other content it is refused unless ``replace``.
        """
        rows = entities if isinstance(entities, dict) else serialize_entries(dataset, entities)
        digest = hashlib.sha256(
            "\n".join(f"{k}={v.hash}" for k, v in sorted(rows.items())).encode()
        ).hexdigest()
        fetched = fetched_at or datetime.now(UTC)
        with self.engine.begin() as conn:
            existing = conn.execute(
                sa.select(publications.c.id, publications.c.content_sha256).where(
                    publications.c.dataset == dataset, publications.c.published == published
                )
            ).first()
            if existing is not None:
                if existing.content_sha256 == digest:
                    return self._publication(conn, existing.id)
                if not replace:
                    raise StoreError(
                        f"{dataset}@{published.isoformat()} is already stored with other content; "
                        "use --replace to overwrite it"
                    )
                self._delete(conn, existing.id)
            pub_id: int = conn.execute(
                publications.insert().values(
                    dataset=dataset,
                    published=published,
                    fetched_at=fetched,
                    source=source,
                    entry_count=len(rows),
                    content_sha256=digest,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            if files:
                conn.execute(
                    publication_files.insert(),
                    [{"publication_id": pub_id, **f.to_dict()} for f in files],
                )
            self._insert_versions(conn, rows)
            members = [
                {"publication_id": pub_id, "entity_id": eid, "version_hash": row.hash}
                for eid, row in rows.items()
            ]
            for start in range(0, len(members), _CHUNK):
                conn.execute(publication_entities.insert(), members[start : start + _CHUNK])
            return self._publication(conn, pub_id)

    def _insert_versions(self, conn: sa.Connection, rows: dict[str, StoredEntry]) -> None:
        values = [
            {
                "hash": row.hash,
                "entity_id": entity_id,
                "schema": row.schema,
                "caption": row.caption,
                "data": row.body,
            }
            for entity_id, row in rows.items()
        ]
        insert = (
            postgresql.insert(entity_versions)
            if conn.dialect.name == "postgresql"
            else sqlite.insert(entity_versions)
        ).on_conflict_do_nothing(index_elements=["hash"])
        for start in range(0, len(values), _CHUNK):
            conn.execute(insert, values[start : start + _CHUNK])

    def _delete(self, conn: sa.Connection, pub_id: int) -> None:
        conn.execute(
            publication_entities.delete().where(publication_entities.c.publication_id == pub_id)
        )
        conn.execute(publication_files.delete().where(publication_files.c.publication_id == pub_id))
        conn.execute(publications.delete().where(publications.c.id == pub_id))

    # -- reading publications ----------------------------------------------------------------
    def _publication(self, conn: sa.Connection, pub_id: int) -> PublicationInfo:
        row = conn.execute(sa.select(publications).where(publications.c.id == pub_id)).one()
        files = conn.execute(
            sa.select(publication_files).where(publication_files.c.publication_id == pub_id)
        ).all()
        return _to_info(row, tuple(FileInfo(f.name, f.sha256, f.size) for f in files))

    def publications(self, dataset: str | None = None) -> list[PublicationInfo]:
        """All publications, oldest first within each dataset."""
        query = sa.select(publications).order_by(publications.c.dataset, publications.c.published)
        if dataset:
            query = query.where(publications.c.dataset == dataset)
        with self.engine.connect() as conn:
            return [_to_info(row, ()) for row in conn.execute(query)]

    def datasets(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(publications.c.dataset).distinct())
            return sorted(r[0] for r in rows)

    def publication(self, dataset: str, published: date | None = None) -> PublicationInfo:
        """The publication of ``dataset`` on ``published``, or its newest one."""
        query = sa.select(publications.c.id).where(publications.c.dataset == dataset)
        if published is not None:
            query = query.where(publications.c.published == published)
        query = query.order_by(publications.c.published.desc()).limit(1)
        with self.engine.connect() as conn:
            pub_id: int | None = conn.execute(query).scalar()
            if pub_id is None:
                what = f"{dataset}@{published.isoformat()}" if published else dataset
                known = ", ".join(p.published.isoformat() for p in self.publications(dataset))
                hint = f" (stored: {known})" if known else " (nothing stored for it)"
                raise NotFoundError(f"no publication {what}{hint}")
            return self._publication(conn, pub_id)

    def latest(self) -> list[PublicationInfo]:
        """The newest publication of each dataset."""
        newest: dict[str, PublicationInfo] = {}
        for pub in self.publications():
            newest[pub.dataset] = pub
        return list(newest.values())

    # -- reading entries -----------------------------------------------------------------------
    def entities(self, publication: PublicationInfo) -> Iterator[Entity]:
        query = (
            sa.select(entity_versions.c.data)
            .join(
                publication_entities, publication_entities.c.version_hash == entity_versions.c.hash
            )
            .where(publication_entities.c.publication_id == publication.id)
            .order_by(publication_entities.c.entity_id)
        )
        with self.engine.connect() as conn:
            for (data,) in conn.execute(query):
                yield Entity.from_dict(_loads(data))

    def versions(self, publication: PublicationInfo) -> dict[str, str]:
        """entity id → version hash for every entry of a publication."""
        query = sa.select(
            publication_entities.c.entity_id, publication_entities.c.version_hash
        ).where(publication_entities.c.publication_id == publication.id)
        with self.engine.connect() as conn:
            return {row[0]: row[1] for row in conn.execute(query)}

    def version(self, version_hash: str) -> Entity:
        with self.engine.connect() as conn:
            data = conn.execute(
                sa.select(entity_versions.c.data).where(entity_versions.c.hash == version_hash)
            ).scalar()
        if data is None:
            raise NotFoundError(f"no entry version {version_hash}")
        return Entity.from_dict(_loads(data))

    def history(self, entity_id: str) -> list[tuple[PublicationInfo, str | None]]:
        """Every publication of the entry's dataset, with the entry's version in it (or None)."""
        dataset = entity_id.partition(":")[0]
        pubs = self.publications(dataset)
        with self.engine.connect() as conn:
            present = dict(
                conn.execute(
                    sa.select(
                        publication_entities.c.publication_id, publication_entities.c.version_hash
                    ).where(publication_entities.c.entity_id == entity_id)
                ).all()
            )
        if not present:
            raise NotFoundError(f"no entry {entity_id} in any stored publication")
        return [(pub, present.get(pub.id)) for pub in pubs]


def _loads(data: str) -> dict[str, object]:
    value: dict[str, object] = json.loads(data)
    return value


def _to_info(row: sa.Row[Any], files: tuple[FileInfo, ...]) -> PublicationInfo:
    data = row._mapping
    fetched = data["fetched_at"]
    if fetched.tzinfo is None:
        fetched = fetched.replace(tzinfo=UTC)
    return PublicationInfo(
        id=data["id"],
        dataset=data["dataset"],
        published=data["published"],
        fetched_at=fetched,
        source=data["source"],
        entry_count=data["entry_count"],
        content_sha256=data["content_sha256"],
        files=files,
    )
