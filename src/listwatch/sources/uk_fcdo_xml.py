"""The FCDO UK Sanctions List as XML (``UK-Sanctions-List.xml``).

``<Designations>`` holds ``<DateGenerated>`` and one ``<Designation>`` per entry: ``UniqueID``,
``OFSIGroupID``, ``UNReferenceNumber``, ``LastUpdated``, ``DateDesignated``, ``RegimeName``,
``IndividualEntityShip``, ``DesignationSource``, ``SanctionsImposed``, ``OtherInformation``,
``UKStatementofReasons``, then groups: ``Names/Name`` (``Name1``…``Name6``, ``NameType``,
``AliasStrength``), ``NonLatinNames/NonLatinName``, ``Addresses/Address`` (``AddressLine1``…6,
``AddressPostalCode``, ``AddressCountry``), ``PhoneNumbers``, ``EmailAddresses``,
``IndividualDetails/Individual`` (``DOBs/DOB``, ``Nationalities``, ``Positions``, ``Genders``,
``BirthDetails/Location``, ``PassportDetails/Passport``, ``NationalIdentifierDetails/…``),
``EntityDetails/Entity`` and ``ShipDetails/Ship`` (``IMONumbers/IMONumber``, flags, owners).

Each designation becomes a list of small records keyed by the CSV export's column names, so the
CSV code (:mod:`listwatch.sources.uk_fcdo_rows`) applies them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from listwatch.sources.files import open_binary
from listwatch.sources.xmlstream import iter_elements, leading_text, line_of

__all__ = ["date_generated", "xml_designations"]

_ROOTS = frozenset({"Designations"})
_ENTRIES = frozenset({"Designation"})
_COLUMNS: dict[str, str] = {
    "UniqueID": "Unique ID", "OFSIGroupID": "OFSI Group ID",
    "UNReferenceNumber": "UN Reference Number", "LastUpdated": "Last Updated",
    "DateDesignated": "Date Designated", "RegimeName": "Regime Name",
    "IndividualEntityShip": "Designation Type", "DesignationSource": "Designation source",
    "SanctionsImposed": "Sanctions Imposed", "OtherInformation": "Other Information",
    "UKStatementofReasons": "UK Statement of Reasons",
    **{f"Name{i}": f"Name {i}" for i in range(1, 7)},
    "NameType": "Name type", "AliasStrength": "Alias strength", "Title": "Title",
    "NameNonLatinScript": "Name non-latin script", "NonLatinScriptType": "Non-latin script type",
    "NonLatinScriptLanguage": "Non-latin script language",
    **{f"AddressLine{i}": f"Address Line {i}" for i in range(1, 7)},
    "AddressPostalCode": "Address Postal Code", "AddressCountry": "Address Country",
    "PhoneNumber": "Phone number", "EmailAddress": "Email address", "Website": "Website",
    "DOB": "D.O.B", "Nationality": "Nationality(/ies)", "Position": "Position",
    "Gender": "Gender", "TownOfBirth": "Town of birth", "CountryOfBirth": "Country of birth",
    "PassportNumber": "Passport number",
    "PassportAdditionalInformation": "Passport additional information",
    "NationalIdentifierNumber": "National Identifier number",
    "NationalIdentifierAdditionalInformation": "National Identifier additional information",
    "TypeOfEntity": "Type of entity",
    "BusinessRegistrationNumber": "Business registration number (s)",
    "IMONumber": "IMO number", "CurrentOwnerOperator": "Current owner/operator (s)",
    "CurrentBelievedFlagOfShip": "Current believed flag of ship", "TypeOfShip": "Type of ship",
    "TonnageOfShip": "Tonnage of ship", "YearBuilt": "Year Built",
}  # fmt: skip


def xml_designations(path: Path) -> Iterator[tuple[int, list[dict[str, str]]]]:
    """``(source line, records)`` for every ``<Designation>``; the first record holds the
    designation's own fields (always ``Unique ID`` and ``Designation Type`` keys)."""
    with open_binary(path) as fh:
        for element in iter_elements(fh, path, _ROOTS, _ENTRIES, "a UK Sanctions List XML file"):
            yield line_of(element) or 0, _records(element)


def date_generated(path: Path) -> str | None:
    """The text of ``<DateGenerated>``, read from the top of the file."""
    with open_binary(path) as fh:
        found = leading_text(fh, path, "DateGenerated", before="Designation")
    return found[0] if found else None


def _records(designation: etree._Element) -> list[dict[str, str]]:
    base: dict[str, str] = {"Unique ID": "", "Designation Type": ""}
    records = [base]
    for child in designation:
        if not isinstance(child.tag, str):
            continue
        if len(child) == 0:
            if child.tag in _COLUMNS:
                base[_COLUMNS[child.tag]] = _text(child)
        else:
            _collect(child, records)
    return records


def _collect(element: etree._Element, records: list[dict[str, str]]) -> None:
    """A group of leaves becomes one record; a list of like leaves one record per leaf."""
    children = [c for c in element if isinstance(c.tag, str)]
    leaves = [c for c in children if len(c) == 0]
    tags = {c.tag for c in leaves}
    if leaves and len(tags) == 1 and len(leaves) > 1:
        records.extend({_COLUMNS[c.tag]: _text(c)} for c in leaves if c.tag in _COLUMNS)
    elif leaves:
        record = {_COLUMNS[c.tag]: _text(c) for c in leaves if c.tag in _COLUMNS}
        if record:
            records.append(record)
    for child in children:
        if len(child):
            _collect(child, records)


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())
