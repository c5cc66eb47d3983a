"""The compact form of a list entry that screening needs: ids, programs, dates, countries,
identifiers. Built once per indexed entry; hot paths read only these slots."""

from __future__ import annotations

import re
from typing import Any

from listwatch.model import Entity, country_code

__all__ = ["ListEntry", "normalize_identifier"]

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
    """One entry of an indexed publication."""

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

    def __init__(self, entity: Entity, published: str) -> None:
        self.entity_id: str = entity.id
        self.dataset: str = entity.dataset
        self.schema: str = entity.schema
        self.caption: str = entity.caption
        self.programs: tuple[str, ...] = tuple(entity.programs)
        self.published: str = published
        self.birth_dates: tuple[str, ...] = tuple(entity.get("birthDate"))
        countries: set[str] = set()
        for prop in _COUNTRY_PROPS:
            countries.update(v for v in entity.get(prop) if len(v) == 2)
        for place in entity.get("birthPlace"):
            code = country_code(place)
            if code:
                countries.add(code)
        self.countries: frozenset[str] = frozenset(countries)
        gender = entity.first("gender")
        self.gender: str | None = gender.lower() if gender else None
        self.identifiers: frozenset[tuple[str, str]] = frozenset(
            (ident.scheme, normalize_identifier(ident.value))
            for ident in entity.identifiers
            if ident.scheme in STRONG_SCHEMES and normalize_identifier(ident.value)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entity_id,
            "dataset": self.dataset,
            "schema": self.schema,
            "caption": self.caption,
            "programs": list(self.programs),
            "published": self.published,
        }
