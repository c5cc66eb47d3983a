"""One ``sanctionEntity`` of the EU Financial Sanctions Files XML (v1.1) → Entity.

Everything is in attributes: ``sanctionEntity`` (``logicalId``, ``euReferenceNumber``,
``unitedNationId``, ``designationDate``), ``regulation`` (``programme``, ``numberTitle``,
``publicationDate``, ``entryIntoForceDate``, child ``publicationUrl``), ``subjectType``
(``code`` person | enterprise), ``nameAlias`` (``wholeName``, ``firstName``, ``lastName``,
``nameLanguage``, ``strong``, ``gender``, ``title``, ``function``), ``citizenship``,
``birthdate`` (``birthdate``, ``year``, ``monthOfYear``/``month``, ``dayOfMonth``/``day``,
``circa``, ``city``, ``place``, ``region``, ``country*``), ``identification``
(``identificationTypeCode``, ``number``, ``latinNumber``, ``country*``) and ``address``
(``street``, ``city``, ``zipCode``, ``region``, ``place``, ``poBox``, child ``contactInfo``).
``remark`` children are kept as notes.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier, country_code
from listwatch.sources.memo import parse_date
from listwatch.sources.scripts import script_of
from listwatch.sources.xmlstream import children, line_of, text_of

__all__ = ["DATASET", "entity_from_element"]

DATASET = "eu_fsf"
_SCHEMA = {"person": "Person", "enterprise": "Organization"}
_ID_SCHEMES = {
    "passport": "passport",
    "id": "nationalId",
    "nrn": "nationalId",
    "ssn": "nationalId",
    "fiscalcode": "taxId",
    "regnumber": "registration",
    "tradelic": "registration",
    "swiftbic": "swiftBic",
    "imo": "imo",
}
_CONTACTS = {"PHONE": "phone", "FAX": "phone", "EMAIL": "email", "WEB": "website"}
_GENDER = {"m": "male", "f": "female"}


def _attr(element: etree._Element, name: str) -> str | None:
    value = element.get(name)
    return " ".join(value.split()) or None if value else None


def _country(element: etree._Element) -> str | None:
    code = (element.get("countryIso2Code") or "").strip().lower()
    if len(code) == 2 and code.isalpha():
        return code
    described = _attr(element, "countryDescription")
    return country_code(described) if described and described != "UNKNOWN" else None


def _remarks(entity: Entity, element: etree._Element) -> None:
    for remark in children(element, "remark"):
        entity.add("notes", text_of(remark))


def _names(entity: Entity, element: etree._Element) -> None:
    primary_done = False
    for alias in children(element, "nameAlias"):
        parts = [_attr(alias, k) for k in ("firstName", "middleName", "lastName")]
        whole = _attr(alias, "wholeName") or " ".join(p for p in parts if p)
        if not whole:
            continue
        strong = (alias.get("strong") or "true").strip().lower() != "false"
        kind = "weakAlias" if not strong else ("alias" if primary_done else "name")
        lang = (alias.get("nameLanguage") or "").strip().lower() or None
        entity.add_name(whole, kind, script=script_of(whole), lang=lang)
        if kind == "name":
            primary_done = True
            entity.add("firstName", parts[0])
            entity.add("middleName", parts[1])
            entity.add("lastName", parts[2])
        entity.add("title", _attr(alias, "title"))
        prop = "position" if entity.schema == "Person" else "notes"
        entity.add(prop, _attr(alias, "function"))
        entity.add("gender", _GENDER.get((alias.get("gender") or "").strip().lower()))
        _remarks(entity, alias)


def _regulations(entity: Entity, element: etree._Element) -> None:
    dates: list[str] = []
    for reg in children(element, "regulation"):
        entity.add("program", _attr(reg, "programme"))
        entity.add("authority", _attr(reg, "numberTitle"))
        for url in children(reg, "publicationUrl"):
            entity.add("sourceUrl", text_of(url))
        found = parse_date(reg.get("publicationDate")) or parse_date(reg.get("entryIntoForceDate"))
        if found:
            dates.append(found)
    designated = parse_date(element.get("designationDate"))
    entity.add("listingDate", designated or min(dates, default=None))


def _births(entity: Entity, element: etree._Element) -> None:
    for birth in children(element, "birthdate"):
        value = parse_date(birth.get("birthdate"))
        if value is None:
            year = (birth.get("year") or "").strip()
            month = (birth.get("monthOfYear") or birth.get("month") or "").strip()
            day = (birth.get("dayOfMonth") or birth.get("day") or "").strip()
            if year:
                text = year + (f"-{month}" if month else "") + (f"-{day}" if month and day else "")
                value = parse_date(text)
        entity.add("birthDate", value)
        place = [_attr(birth, k) for k in ("place", "city", "region")]
        country = _attr(birth, "countryDescription")
        place.append(country if country != "UNKNOWN" else None)
        entity.add("birthPlace", ", ".join(p for p in place if p) or None)
        _remarks(entity, birth)


def _identifications(entity: Entity, element: etree._Element) -> None:
    for node in children(element, "identification"):
        number = _attr(node, "number") or _attr(node, "latinNumber")
        code = (node.get("identificationTypeCode") or "").strip().lower()
        remarks = "; ".join(text_of(r).strip() for r in children(node, "remark"))
        issued = _attr(node, "issuedBy")
        note = "; ".join(n for n in (remarks, f"issued by {issued}" if issued else "") if n)
        if number:
            entity.add_identifier(
                Identifier(
                    _ID_SCHEMES.get(code, "other"),
                    number,
                    country=_country(node),
                    label=_attr(node, "identificationTypeDescription"),
                    note=note or None,
                )
            )
        elif note:
            entity.add("notes", note)


def _addresses(entity: Entity, element: etree._Element) -> None:
    for node in children(element, "address"):
        fields = {k: _attr(node, k) for k in ("street", "poBox", "zipCode", "city", "region")}
        place = _attr(node, "place")
        country_text = _attr(node, "countryDescription")
        country_text = None if country_text == "UNKNOWN" else country_text
        parts = [fields["street"], fields["poBox"], place, fields["zipCode"], fields["city"]]
        full = ", ".join(p for p in [*parts, fields["region"], country_text] if p)
        country = _country(node)
        if full:
            entity.add_address(
                Address(
                    full=full,
                    street=fields["street"],
                    city=fields["city"],
                    postal_code=fields["zipCode"],
                    region=fields["region"],
                    country=country,
                )
            )
        entity.add("country", country)
        _remarks(entity, node)
        for contact in children(node, "contactInfo"):
            scheme = _CONTACTS.get((contact.get("key") or "").strip().upper())
            value = _attr(contact, "value")
            if scheme and value:
                entity.add_identifier(Identifier(scheme, value))
            elif value:
                entity.add("notes", value)


def entity_from_element(element: etree._Element, path: Path) -> Entity:
    """Build the Entity of one ``sanctionEntity`` (SourceError when it has no id or name)."""
    logical_id = _attr(element, "logicalId")
    if not logical_id:
        raise SourceError(
            "sanctionEntity has no logicalId",
            file=path,
            line=line_of(element),
            field="logicalId",
        )
    subject = next(iter(children(element, "subjectType")), None)
    code = (subject.get("code") or "").strip().lower() if subject is not None else ""
    entity = Entity(DATASET, logical_id, _SCHEMA.get(code, "LegalEntity"))
    _remarks(entity, element)
    _names(entity, element)
    if not entity.names:
        raise SourceError(
            "sanctionEntity has no name", file=path, line=line_of(element), field="nameAlias"
        )
    _regulations(entity, element)
    ref = _attr(element, "euReferenceNumber")
    if ref:
        entity.add_identifier(Identifier("other", ref, label="EU reference number"))
    un_id = _attr(element, "unitedNationId")
    if un_id:
        entity.add_identifier(Identifier("other", un_id, label="UN reference number"))
    for node in children(element, "citizenship"):
        entity.add("nationality", _country(node))
    _births(entity, element)
    _identifications(entity, element)
    _addresses(entity, element)
    return entity
