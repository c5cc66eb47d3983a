"""The entity model: one list entry, as every source parser produces it.

Property names follow FollowTheMoney (``birthDate``, ``imoNumber``, ``nationality``…) so that
entries can be exchanged with the OpenSanctions ecosystem. Names, identifiers, addresses and links
are structured; every other property is a list of strings in ``props``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from listwatch.model.schema import NAME_KINDS, SCHEMATA

__all__ = ["Address", "Entity", "Identifier", "Link", "Name"]


@dataclass(slots=True, frozen=True)
class Name:
    """One name of an entry.

    ``kind`` is the FollowTheMoney property the name belongs to: ``name`` (primary), ``alias``
    (strong a.k.a.), ``weakAlias`` (low quality, screened but scored lower), ``previousName``
    (f.k.a.). ``script`` is an ISO 15924 code when the name is in a non-Latin script as published
    (``Cyrl``, ``Arab``); ``lang`` an ISO 639 code where the source gives one.
    """

    value: str
    kind: str = "name"
    script: str | None = None
    lang: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in NAME_KINDS:
            raise ValueError(f"unknown name kind {self.kind!r}")

    def to_dict(self) -> dict[str, str]:
        out = {"value": self.value, "kind": self.kind}
        if self.script:
            out["script"] = self.script
        if self.lang:
            out["lang"] = self.lang
        return out


@dataclass(slots=True, frozen=True)
class Identifier:
    """An identity document or registry number.

    ``scheme`` is one of :data:`listwatch.model.schema.IDENTIFIER_SCHEMES` (``passport``,
    ``nationalId``, ``taxId``, ``imo``, ``mmsi``, ``callSign``, ``swiftBic``…); ``label`` keeps the
    publisher's own wording (``Cedula No.``); ``country`` is an ISO 3166-1 alpha-2 code.
    """

    scheme: str
    value: str
    country: str | None = None
    label: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"scheme": self.scheme, "value": self.value}
        for key in ("country", "label", "note"):
            val = getattr(self, key)
            if val:
                out[key] = val
        return out


@dataclass(slots=True, frozen=True)
class Address:
    full: str
    street: str | None = None
    city: str | None = None
    postal_code: str | None = None
    region: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"full": self.full}
        for key in ("street", "city", "postal_code", "region", "country"):
            val = getattr(self, key)
            if val:
                out[key] = val
        return out


@dataclass(slots=True, frozen=True)
class Link:
    """A relation to another entry or party, e.g. OFAC's ``Linked To: NAME``."""

    relation: str
    target_name: str
    target_id: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"relation": self.relation, "target_name": self.target_name}
        if self.target_id:
            out["target_id"] = self.target_id
        return out


@dataclass(slots=True)
class Entity:
    """One designated party in one publication of one list."""

    dataset: str
    native_id: str
    schema: str
    names: list[Name] = field(default_factory=list)
    props: dict[str, list[str]] = field(default_factory=dict)
    identifiers: list[Identifier] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.schema not in SCHEMATA:
            raise ValueError(f"unknown schema {self.schema!r}")

    @property
    def id(self) -> str:
        return f"{self.dataset}:{self.native_id}"

    @property
    def caption(self) -> str:
        for name in self.names:
            if name.kind == "name":
                return name.value
        return self.names[0].value if self.names else self.native_id

    # -- building -------------------------------------------------------------------------
    def add_name(self, value: str | None, kind: str = "name", **extra: str | None) -> None:
        cleaned = _clean(value)
        if not cleaned:
            return
        name = Name(cleaned, kind, extra.get("script"), extra.get("lang"))
        if all(n.value != cleaned or n.kind != kind for n in self.names):
            self.names.append(name)

    def add(self, prop: str, values: str | Iterable[str | None] | None) -> None:
        """Add property values, trimmed, skipping blanks and repeats."""
        if values is None:
            return
        items = [values] if isinstance(values, str) else values
        for value in items:
            cleaned = _clean(value)
            if not cleaned:
                continue
            bucket = self.props.setdefault(prop, [])
            if cleaned not in bucket:
                bucket.append(cleaned)

    def add_identifier(self, identifier: Identifier) -> None:
        if identifier.value.strip() and identifier not in self.identifiers:
            self.identifiers.append(identifier)

    def add_address(self, address: Address) -> None:
        if address.full.strip() and address not in self.addresses:
            self.addresses.append(address)

    def add_link(self, link: Link) -> None:
        if link.target_name.strip() and link not in self.links:
            self.links.append(link)

    # -- reading --------------------------------------------------------------------------
    def get(self, prop: str) -> list[str]:
        return self.props.get(prop, [])

    def first(self, prop: str) -> str | None:
        values = self.props.get(prop)
        return values[0] if values else None

    def names_of(self, *kinds: str) -> list[str]:
        return [n.value for n in self.names if not kinds or n.kind in kinds]

    @property
    def programs(self) -> list[str]:
        return self.get("program")

    # -- serialising ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "dataset": self.dataset,
            "native_id": self.native_id,
            "schema": self.schema,
            "caption": self.caption,
            "names": [n.to_dict() for n in self.names],
            "props": {k: list(v) for k, v in sorted(self.props.items()) if v},
        }
        if self.identifiers:
            out["identifiers"] = [i.to_dict() for i in self.identifiers]
        if self.addresses:
            out["addresses"] = [a.to_dict() for a in self.addresses]
        if self.links:
            out["links"] = [link.to_dict() for link in self.links]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            dataset=data["dataset"],
            native_id=data["native_id"],
            schema=data["schema"],
            names=[Name(**n) for n in data.get("names", [])],
            props={k: list(v) for k, v in data.get("props", {}).items()},
            identifiers=[Identifier(**i) for i in data.get("identifiers", [])],
            addresses=[Address(**a) for a in data.get("addresses", [])],
            links=[Link(**link) for link in data.get("links", [])],
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON: equal hashes mean an unchanged entry."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


def _clean(value: str | None) -> str:
    if value is None:
        return ""
    return " ".join(value.split())
