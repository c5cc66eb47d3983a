"""The compact form of a list entry that screening needs: ids, programs, dates, countries,
identifiers. Built once per indexed entry; hot paths read only these slots."""

from __future__ import annotations

import re
from typing import Any, Protocol

from listwatch.model import Entity, country_code

__all__ = ["EntryLike", "ListEntry", "entry_fields", "normalize_identifier"]

_COUNTRY_PROPS = ("nationality", "citizenship", "country", "jurisdiction", "flag")
_ID_CHARS = re.compile(r"[^0-9A-Z]")
#: Identifier schemes strong enough to confirm or contradict a match.
STRONG_SCHEMES = frozenset(
    {"passport", "nationalId", "taxId", "imo", "mmsi", "swiftBic", "registration", "aircraftSerial"}
)


def normalize_identifier(value: str) -> str:
    """Upper case, letters and digits only (``A-123 456`` → ``A123456``; ``IMO 9187629`` →
    ``IMO9187629`` — callers strip a leading ``IMO``)."""
    cleaned = _ID_CHARS.sub("", value.upper())
    return cleaned[3:] if cleaned.startswith("IMO") and cleaned[3:].isdigit() else cleaned


class ListEntry:
    """One entry of an indexed publication (built from a plain state tuple)."""

    entity_id: str
    dataset: str
    schema: str
    caption: str
    programs: tuple[str, ...]
    published: str
    birth_dates: tuple[str, ...]
    countries: frozenset[str]
    gender: str | None
    identifiers: frozenset[tuple[str, str]]

    __slots__ = (
        "birth_dates",
        "caption",
        "countries",
        "dataset",
        "entity_id",
        "gender",
        "identifiers",
        "programs",
        "published",
        "schema",
    )

    def __init__(self, state: tuple[Any, ...]) -> None:
        (
            self.entity_id,
            self.dataset,
            self.schema,
            self.caption,
            self.programs,
            self.published,
            self.birth_dates,
            self.countries,
            self.gender,
            self.identifiers,
        ) = state

    @staticmethod
    def state_of(entity: Entity, published: str) -> tuple[Any, ...]:
        """The entry as a tuple of plain values (what the index stores and persists)."""
        countries: set[str] = set()
        for prop in _COUNTRY_PROPS:
            countries.update(v for v in entity.get(prop) if len(v) == 2)
        for place in entity.get("birthPlace"):
            code = country_code(place)
            if code:
                countries.add(code)
        gender = entity.first("gender")
        identifiers = frozenset(
            (ident.scheme, normalize_identifier(ident.value))
            for ident in entity.identifiers
            if ident.scheme in STRONG_SCHEMES and normalize_identifier(ident.value)
        )
        return (
            entity.id,
            entity.dataset,
            entity.schema,
            entity.caption,
            tuple(entity.programs),
            published,
            tuple(entity.get("birthDate")),
            frozenset(countries),
            gender.lower() if gender else None,
            identifiers,
        )

    @classmethod
    def from_entity(cls, entity: Entity, published: str) -> ListEntry:
        return cls(cls.state_of(entity, published))

    def to_dict(self) -> dict[str, Any]:
        return entry_fields(self)


class EntryLike(Protocol):
    """Anything that names a list entry: entries, screening results, text mentions."""

    entity_id: str
    dataset: str
    schema: str
    caption: str
    programs: tuple[str, ...]
    published: str


def entry_fields(item: EntryLike) -> dict[str, Any]:
    """The fields that identify a list entry in every output (JSON, CSV, API)."""
    return {
        "id": item.entity_id,
        "dataset": item.dataset,
        "schema": item.schema,
        "caption": item.caption,
        "programs": list(item.programs),
        "published": item.published,
    }
