"""One ``INDIVIDUAL`` or ``ENTITY`` element of the UN Security Council Consolidated List → Entity.

Children used: ``FIRST_NAME``…``FOURTH_NAME``, ``NAME_ORIGINAL_SCRIPT``, ``UN_LIST_TYPE``,
``REFERENCE_NUMBER``, ``LISTED_ON``, ``COMMENTS1``, ``DESIGNATION``/``TITLE``/``NATIONALITY``
(``VALUE`` lists), ``LAST_DAY_UPDATED``, ``GENDER``, ``*_ALIAS`` (``QUALITY``, ``ALIAS_NAME``),
``*_ADDRESS``, ``INDIVIDUAL_DATE_OF_BIRTH``, ``INDIVIDUAL_PLACE_OF_BIRTH``,
``INDIVIDUAL_DOCUMENT``.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier, country_code
from listwatch.sources.memo import parse_date, parse_dates
from listwatch.sources.scripts import script_of
from listwatch.sources.xmlstream import child_text, children, line_of, localname, text_of

__all__ = ["DATASET", "entity_from_element"]

DATASET = "un_sc_sanctions"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
#: Alias QUALITY → name kind. ``Low`` aliases are the UN's low-quality a.k.a.s.
_QUALITY = {"good": "alias", "a.k.a.": "alias", "": "alias", "low": "weakAlias"}
_QUALITY_PREVIOUS = {"f.k.a."}
_GENDER = {"male": "male", "female": "female"}


def _values(element: etree._Element, name: str) -> list[str]:
    out: list[str] = []
    for holder in children(element, name):
        for value in children(holder, "VALUE"):
            text = " ".join(text_of(value).split())
            if text:
                out.append(text)
    return out


def _joined(element: etree._Element, names: tuple[str, ...]) -> str:
    parts = (child_text(element, name) for name in names)
    return ", ".join(p for p in parts if p)


def _add_names(entity: Entity, element: etree._Element, path: Path) -> None:
    parts = [child_text(element, name) for name in _NAME_PARTS]
    primary = " ".join(p for p in parts if p)
    if not primary:
        raise SourceError("entry has no name", file=path, line=line_of(element), field="FIRST_NAME")
    entity.add_name(primary, "name", script=script_of(primary))
    original = child_text(element, "NAME_ORIGINAL_SCRIPT")
    if original:
        entity.add_name(original, "name", script=script_of(original))
    for alias in children(element, f"{localname(element)}_ALIAS"):
        value = child_text(alias, "ALIAS_NAME")
        if not value:
            continue
        quality = (child_text(alias, "QUALITY") or "").lower()
        if quality in _QUALITY_PREVIOUS:
            kind = "previousName"
        elif quality in _QUALITY:
            kind = _QUALITY[quality]
        else:
            raise SourceError(
                f"unknown alias quality {quality!r}",
                file=path,
                line=line_of(alias),
                field="QUALITY",
            )
        entity.add_name(value, kind, script=script_of(value))
        entity.add("birthDate", parse_dates(child_text(alias, "DATE_OF_BIRTH")))
        entity.add("notes", child_text(alias, "NOTE"))


def _add_birth(entity: Entity, element: etree._Element) -> None:
    for dob in children(element, "INDIVIDUAL_DATE_OF_BIRTH"):
        dates: list[str] = []
        exact = parse_date(child_text(dob, "DATE"))
        year = parse_date(child_text(dob, "YEAR"))
        start = parse_date(child_text(dob, "FROM_YEAR"))
        end = parse_date(child_text(dob, "TO_YEAR"))
        dates.extend(d for d in (exact, year) if d)
        if start and end:
            dates.append(start if start == end else f"{start}/{end}")
        note = child_text(dob, "NOTE")
        if not dates and note:
            dates = parse_dates(note)
        entity.add("birthDate", dates)
        if note and not dates:
            entity.add("notes", f"Date of birth: {note}")
    for pob in children(element, "INDIVIDUAL_PLACE_OF_BIRTH"):
        entity.add("birthPlace", _joined(pob, ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")))
        entity.add("notes", child_text(pob, "NOTE"))


def _scheme(label: str) -> str:
    text = label.lower()
    if re.search(r"pass(port|eport)|pasaporte", text):
        return "passport"
    if re.search(r"identi|national number|tazkira|civil", text):
        return "nationalId"
    if re.search(r"fiscal|tax|social security", text):
        return "taxId"
    return "other"


def _add_documents(entity: Entity, element: etree._Element) -> None:
    for doc in children(element, "INDIVIDUAL_DOCUMENT"):
        label = ", ".join(
            t
            for t in (child_text(doc, "TYPE_OF_DOCUMENT"), child_text(doc, "TYPE_OF_DOCUMENT2"))
            if t
        )
        number = child_text(doc, "NUMBER")
        country_text = child_text(doc, "ISSUING_COUNTRY") or child_text(doc, "COUNTRY_OF_ISSUE")
        extra = [
            f"issued {d}" if (d := child_text(doc, "DATE_OF_ISSUE")) else None,
            f"in {c}" if (c := child_text(doc, "CITY_OF_ISSUE")) else None,
            child_text(doc, "NOTE"),
        ]
        note = "; ".join(e for e in extra if e) or None
        if number:
            entity.add_identifier(
                Identifier(
                    _scheme(label or number),
                    number,
                    country=country_code(country_text),
                    label=label or None,
                    note=note,
                )
            )
        elif label or note or country_text:
            text = " ".join(t for t in (label, country_text, note) if t)
            entity.add("notes", f"Document: {text}")


def _add_addresses(entity: Entity, element: etree._Element) -> None:
    for node in children(element, f"{localname(element)}_ADDRESS"):
        fields = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
        full = _joined(node, fields)
        country = country_code(child_text(node, "COUNTRY"))
        if full:
            entity.add_address(
                Address(
                    full=full,
                    street=child_text(node, "STREET"),
                    city=child_text(node, "CITY"),
                    postal_code=child_text(node, "ZIP_CODE"),
                    region=child_text(node, "STATE_PROVINCE"),
                    country=country,
                )
            )
        if country:
            entity.add("country", country)
        entity.add("notes", child_text(node, "NOTE"))


def entity_from_element(element: etree._Element, path: Path) -> Entity:
    """Build the Entity of one ``INDIVIDUAL`` / ``ENTITY`` element (SourceError if unusable)."""
    ref = child_text(element, "REFERENCE_NUMBER")
    if not ref:
        raise SourceError(
            "entry has no reference number",
            file=path,
            line=line_of(element),
            field="REFERENCE_NUMBER",
        )
    is_person = localname(element) == "INDIVIDUAL"
    entity = Entity(DATASET, ref, "Person" if is_person else "Organization")
    entity.add("notes", child_text(element, "COMMENTS1"))
    _add_names(entity, element, path)
    prefix = ref.split(".", 1)[0][:-1] if "." in ref else None
    entity.add("program", child_text(element, "UN_LIST_TYPE") or prefix)
    entity.add("authority", "UN Security Council")
    entity.add("listingDate", parse_date(child_text(element, "LISTED_ON")))
    updated = sorted(d for v in _values(element, "LAST_DAY_UPDATED") if (d := parse_date(v)))
    entity.add("modifiedDate", updated[-1:] or None)
    entity.add("position", _values(element, "DESIGNATION"))
    entity.add("title", _values(element, "TITLE"))
    for value in _values(element, "NATIONALITY"):
        code = country_code(value)
        entity.add("nationality", code)
        if code is None:
            entity.add("notes", f"Nationality: {value}")
    entity.add("gender", _GENDER.get((child_text(element, "GENDER") or "").lower()))
    _add_birth(entity, element)
    _add_documents(entity, element)
    _add_addresses(entity, element)
    return entity
