"""An entry's story across the stored publications of its list: first seen, changes, delisting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from listwatch.model import Entity
from listwatch.store.changes import FieldChange, diff_entities
from listwatch.store.records import PublicationInfo
from listwatch.store.store import Store

__all__ = ["EntityHistory", "HistoryEvent", "entity_history"]


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    published: date
    kind: str  # listed | changed | delisted | relisted
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"published": self.published.isoformat(), "event": self.kind}
        if self.fields:
            out["fields"] = [f.to_dict() for f in self.fields]
        return out


@dataclass(slots=True)
class EntityHistory:
    entity: Entity  # the newest version stored
    publication: PublicationInfo  # where that version comes from
    first_seen: date
    last_seen: date
    listed_now: bool  # present in the newest publication of its dataset
    newest: PublicationInfo
    events: list[HistoryEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity.to_dict(),
            "publication": self.publication.name,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "listed_in_newest_publication": self.listed_now,
            "newest_publication": self.newest.name,
            "history": [e.to_dict() for e in self.events],
        }


def entity_history(store: Store, entity_id: str) -> EntityHistory:
    """Raises NotFoundError if no stored publication holds the entry."""
    timeline = store.history(entity_id)
    events: list[HistoryEvent] = []
    previous: Entity | None = None
    previous_hash: str | None = None
    was_present = False
    seen: list[PublicationInfo] = []
    last_entity: Entity | None = None
    for pub, version in timeline:
        if version is None:
            if was_present:
                events.append(HistoryEvent(pub.published, "delisted"))
            was_present = False
            continue
        seen.append(pub)
        if version != previous_hash:
            current = store.version(version)
        else:
            assert previous is not None
            current = previous
        if not was_present:
            events.append(HistoryEvent(pub.published, "relisted" if previous else "listed"))
        elif version != previous_hash and previous is not None:
            fields = diff_entities(previous, current)
            if fields:
                events.append(HistoryEvent(pub.published, "changed", fields))
        previous, previous_hash, was_present, last_entity = current, version, True, current
    assert last_entity is not None and seen
    return EntityHistory(
        entity=last_entity,
        publication=seen[-1],
        first_seen=seen[0].published,
        last_seen=seen[-1].published,
        listed_now=timeline[-1][1] is not None,
        newest=timeline[-1][0],
        events=events,
    )
