"""What changed between two publications of a list: entries added, removed and changed, with
field-level detail (names, programs, identifiers…)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from listwatch.errors import NotFoundError
from listwatch.model import Entity
from listwatch.store.records import PublicationInfo
from listwatch.store.store import Store

__all__ = ["Changes", "EntryChange", "FieldChange", "diff_entities", "diff_publications", "flatten"]


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    removed: tuple[str, ...]
    added: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "removed": list(self.removed), "added": list(self.added)}


@dataclass(frozen=True, slots=True)
class EntryChange:
    kind: str  # added | removed | changed
    entity_id: str
    caption: str
    schema: str
    programs: tuple[str, ...]
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "change": self.kind,
            "id": self.entity_id,
            "caption": self.caption,
            "schema": self.schema,
            "programs": list(self.programs),
        }
        if self.fields:
            out["fields"] = [f.to_dict() for f in self.fields]
        return out


@dataclass(slots=True)
class Changes:
    dataset: str
    before: PublicationInfo
    after: PublicationInfo
    added: list[EntryChange] = field(default_factory=list)
    removed: list[EntryChange] = field(default_factory=list)
    changed: list[EntryChange] = field(default_factory=list)

    @property
    def entries(self) -> list[EntryChange]:
        return self.added + self.removed + self.changed

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "from": self.before.published.isoformat(),
            "to": self.after.published.isoformat(),
            "counts": {
                "added": len(self.added),
                "removed": len(self.removed),
                "changed": len(self.changed),
            },
            "entries": [e.to_dict() for e in self.entries],
        }


def flatten(entity: Entity) -> dict[str, set[str]]:
    """The entry as field → set of displayable values, the unit of a field-level diff."""
    out: dict[str, set[str]] = {"schema": {entity.schema}}
    for name in entity.names:
        out.setdefault(name.kind, set()).add(name.value)
    for prop, values in entity.props.items():
        out.setdefault(prop, set()).update(values)
    for ident in entity.identifiers:
        text = f"{ident.label or ident.scheme} {ident.value}"
        out.setdefault("identifiers", set()).add(
            f"{text} ({ident.country})" if ident.country else text
        )
    for address in entity.addresses:
        out.setdefault("addresses", set()).add(address.full)
    for link in entity.links:
        out.setdefault("links", set()).add(f"{link.relation}: {link.target_name}")
    return out


def diff_entities(old: Entity, new: Entity) -> tuple[FieldChange, ...]:
    before, after = flatten(old), flatten(new)
    changes = []
    for key in sorted(before.keys() | after.keys()):
        removed = before.get(key, set()) - after.get(key, set())
        added = after.get(key, set()) - before.get(key, set())
        if removed or added:
            changes.append(FieldChange(key, tuple(sorted(removed)), tuple(sorted(added))))
    return tuple(changes)


def _entry(kind: str, entity: Entity, fields: tuple[FieldChange, ...] = ()) -> EntryChange:
    return EntryChange(
        kind, entity.id, entity.caption, entity.schema, tuple(entity.programs), fields
    )


def diff_publications(
    store: Store, dataset: str, from_date: date | None = None, to_date: date | None = None
) -> Changes:
    """Changes from ``from_date`` to ``to_date`` (default: the newest publication and the one
    before it)."""
    pubs = store.publications(dataset)
    if not pubs:
        raise NotFoundError(f"nothing stored for dataset {dataset!r}")
    after = store.publication(dataset, to_date)
    if from_date is not None:
        before = store.publication(dataset, from_date)
    else:
        earlier = [p for p in pubs if p.published < after.published]
        if not earlier:
            raise NotFoundError(
                f"{after.name} is the oldest stored publication of {dataset}; "
                "import an earlier one or give --from"
            )
        before = earlier[-1]
    old_versions, new_versions = store.versions(before), store.versions(after)
    changes = Changes(dataset, before, after)
    for eid in sorted(new_versions.keys() - old_versions.keys()):
        changes.added.append(_entry("added", store.version(new_versions[eid])))
    for eid in sorted(old_versions.keys() - new_versions.keys()):
        changes.removed.append(_entry("removed", store.version(old_versions[eid])))
    for eid in sorted(old_versions.keys() & new_versions.keys()):
        if old_versions[eid] != new_versions[eid]:
            old, new = store.version(old_versions[eid]), store.version(new_versions[eid])
            fields = diff_entities(old, new)
            if fields:
                changes.changed.append(_entry("changed", new, fields))
    return changes
