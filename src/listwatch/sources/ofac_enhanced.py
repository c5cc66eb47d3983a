"""OFAC "enhanced" XML (``CONS_ENHANCED.ZIP`` → ``CONS_ENHANCED.XML``, also SDN_ENHANCED).

Root ``sanctionsData``: ``publicationInfo/dataAsOf`` (ISO timestamp), ``referenceValues``
(``refId`` → type, value, ISO code: countries, scripts, alias types), ``featureTypes``, then
``entities``. Each ``entity id=`` carries the same number as the ``uid`` of the sdnList XML and
the ent_num of the CSV files; it holds ``generalInfo`` (``entityType``, ``remarks``),
``sanctionsLists`` (``datePublished``), ``sanctionsPrograms``, ``legalAuthorities``, ``names``
(``isPrimary``, ``aliasType``, ``isLowQuality``, ``translations`` per script with
``formattedFullName``), ``addresses`` (``addressParts``), ``features`` (typed values: birth date,
nationality, website, secondary sanctions…), ``identityDocuments`` and ``relationships``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, NamedTuple, cast

from lxml import etree

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Link
from listwatch.sources.files import open_binary
from listwatch.sources.ofac_details import apply_detail, country_prop
from listwatch.sources.ofac_xml import SCHEMA_OF_TYPE, linked_to
from listwatch.sources.scripts import detect_script
from listwatch.sources.xmlstream import child_text, iter_elements, leading_text, line_of, localname

__all__ = ["parse_ofac_enhanced", "published_ofac_enhanced"]

_ROOTS = frozenset({"sanctionsData"})
_ELEMENTS = frozenset({"entity", "referenceValue"})
_ALIAS_KINDS = {"a.k.a.": "alias", "f.k.a.": "previousName", "n.k.a.": "alias"}
_STREET = ("ADDRESS1", "ADDRESS2", "ADDRESS3")


class _Ref(NamedTuple):
    type: str
    value: str
    code: str | None
    iso: str | None


def parse_ofac_enhanced(path: Path, dataset: str) -> Iterator[Entity]:
    """Stream every ``entity`` of an OFAC enhanced XML file (plain or zipped)."""
    refs: dict[str, _Ref] = {}
    count = 0
    with _open_xml(path) as fh:
        for elem in iter_elements(fh, path, _ROOTS, _ELEMENTS, "an OFAC enhanced XML file"):
            if localname(elem) == "entity":
                yield _entity(elem, path, dataset, refs)
                count += 1
            elif ref_id := elem.get("refId"):
                refs[ref_id] = _Ref(
                    child_text(elem, "type") or "",
                    child_text(elem, "value") or "",
                    child_text(elem, "code"),
                    child_text(elem, "isoCode"),
                )
    if count == 0:
        raise SourceError("no entity in the file", file=path)


def published_ofac_enhanced(path: Path) -> date | None:
    """``publicationInfo/dataAsOf`` as a date."""
    with _open_xml(path) as fh:
        found = leading_text(fh, path, "dataAsOf", before="entities")
    if found is None:
        return None
    text, line = found
    try:
        return datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise SourceError(f"bad date {text!r}", file=path, line=line, field="dataAsOf") from exc


@contextmanager
def _open_xml(path: Path) -> Iterator[IO[bytes]]:
    """The XML inside the zip (also when the snapshot gzip-compressed the zip), or the file."""
    with open_binary(path, ".xml") as fh:
        head = fh.read(4)
        if head != b"PK\x03\x04":
            yield cast(IO[bytes], _Prefixed(head, fh))
            return
        try:
            with zipfile.ZipFile(io.BytesIO(head + fh.read())) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".xml")]
                if not names:
                    raise SourceError("no .xml inside the archive", file=path)
                with archive.open(names[0]) as member:
                    yield member
        except zipfile.BadZipFile as exc:
            raise SourceError(f"not a readable zip file ({exc})", file=path) from exc


class _Prefixed(io.RawIOBase):
    """A stream that first returns bytes already read from another one."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.read(size)
        out, self._head = self._head, b""
        if size < 0:
            return out + self._rest.read()
        return out + self._rest.read(max(0, size - len(out)))


def _entity(elem: etree._Element, path: Path, dataset: str, refs: dict[str, _Ref]) -> Entity:
    line = line_of(elem)
    uid = (elem.get("id") or "").strip()
    if not uid:
        raise SourceError("entity without id", file=path, line=line, field="id")
    kind = child_text(elem, "generalInfo/{*}entityType") or ""
    schema = SCHEMA_OF_TYPE.get(kind.lower())
    if schema is None:
        raise SourceError(f"unknown entityType {kind!r}", file=path, line=line, field="entityType")
    entity = Entity(dataset, uid, schema)
    for name in elem.iterfind("{*}names/{*}name"):
        _name(entity, name, refs)
    if not any(n.kind == "name" for n in entity.names):
        raise SourceError(f"entity {uid} has no primary name", file=path, line=line, field="names")
    entity.add(
        "program", [p.text for p in elem.iterfind("{*}sanctionsPrograms/{*}sanctionsProgram")]
    )
    entity.add(
        "authority", [a.text for a in elem.iterfind("{*}legalAuthorities/{*}legalAuthority")]
    )
    published = [s.get("datePublished") or "" for s in elem.iterfind("{*}sanctionsLists/{*}*")]
    if dates := sorted(d[:10] for d in published if d):
        entity.add("listingDate", dates[0])
    remarks = child_text(elem, "generalInfo/{*}remarks")
    if remarks:
        entity.add("notes", remarks)
        linked_to(entity, remarks)
    for address in elem.iterfind("{*}addresses/{*}address"):
        _address(entity, address, refs)
    for feature in elem.iterfind("{*}features/{*}feature"):
        _feature(entity, feature, refs)
    for doc in elem.iterfind("{*}identityDocuments/{*}identityDocument"):
        country = doc.find("{*}issuingCountry")
        number = child_text(doc, "documentNumber")
        if not number:
            raise SourceError(
                f"identity document of entity {uid} has no number",
                file=path,
                line=line_of(doc),
                field="documentNumber",
            )
        apply_detail(
            entity,
            child_text(doc, "type") or "other",
            number,
            country=country.text if country is not None else None,
            country_iso=_iso(refs, country),
            note=child_text(doc, "issuingAuthority"),
        )
    for rel in elem.iterfind("{*}relationships/{*}relationship"):
        target = child_text(rel, "relatedEntity")
        if target:
            entity.add_link(Link(child_text(rel, "type") or "linkedTo", target))
    return entity


def _iso(refs: dict[str, _Ref], elem: etree._Element | None) -> str | None:
    ref = refs.get(elem.get("refId") or "") if elem is not None else None
    return ref.iso if ref is not None and ref.iso and ref.type == "COUNTRY" else None


def _name(entity: Entity, elem: etree._Element, refs: dict[str, _Ref]) -> None:
    if child_text(elem, "isPrimary") == "true":
        kind = "name"
    elif child_text(elem, "isLowQuality") == "true":
        kind = "weakAlias"
    else:
        kind = _ALIAS_KINDS.get((child_text(elem, "aliasType") or "").lower(), "alias")
    for tr in elem.iterfind("{*}translations/{*}translation"):
        value = child_text(tr, "formattedFullName") or " ".join(
            v.text or "" for v in tr.iterfind("{*}nameParts/{*}namePart/{*}value")
        )
        script_elem = tr.find("{*}script")
        ref = refs.get(script_elem.get("refId") or "") if script_elem is not None else None
        script = ref.code if ref is not None and ref.code not in ("Latn", "Latin") else None
        entity.add_name(value, kind, script=script or detect_script(value))
        if kind == "name" and entity.schema == "Person" and script is None:
            entity.add("lastName", child_text(tr, "formattedLastName"))
            entity.add("firstName", child_text(tr, "formattedFirstName"))


def _address(entity: Entity, elem: etree._Element, refs: dict[str, _Ref]) -> None:
    country = elem.find("{*}country")
    country_text = country.text.strip() if country is not None and country.text else None
    iso = _iso(refs, country)
    code = iso.lower() if iso else None
    for tr in elem.iterfind("{*}translations/{*}translation"):
        parts: dict[str, str] = {}
        for part in tr.iterfind("{*}addressParts/{*}addressPart"):
            key, value = child_text(part, "type"), child_text(part, "value")
            if key and value:
                parts[key] = f"{parts[key]}, {value}" if key in parts else value
        street = ", ".join(parts[k] for k in _STREET if k in parts) or None
        region = parts.get("STATE/PROVINCE") or parts.get("REGION")
        shown = [street, parts.get("CITY"), parts.get("STATE/PROVINCE"), parts.get("POSTAL CODE")]
        full = ", ".join(p for p in [*shown, parts.get("REGION"), country_text] if p)
        if full:
            entity.add_address(
                Address(full, street, parts.get("CITY"), parts.get("POSTAL CODE"), region, code)
            )
    if country_text or code:
        country_prop(entity, "country", country_text, iso)


def _feature(entity: Entity, elem: etree._Element, refs: dict[str, _Ref]) -> None:
    label = child_text(elem, "type") or ""
    value = child_text(elem, "value") or ""
    ref = refs.get(child_text(elem, "valueRefId") or "")
    iso = ref.iso if ref is not None and ref.type == "COUNTRY" else None
    if label in ("Nationality Country", "Citizenship Country", "Nationality of Registration"):
        prop = {"Nationality Country": "nationality", "Citizenship Country": "citizenship"}
        country_prop(entity, prop.get(label, "jurisdiction"), value, iso)
        return
    apply_detail(entity, label, value, country_iso=None, note=child_text(elem, "comments"))
