"""US Commerce BIS Denied Persons List, ``dpl.txt``.

Tab-separated, every value double-quoted, with a header row: ``Name``, ``Street_Address``,
``City``, ``State``, ``Country``, ``Postal_Code``, ``Effective_Date``, ``Expiration_Date``
(``MM/DD/YYYY``), ``Standard_Order``, ``Last_Update`` (ISO), ``Action``, ``FR_Citation``.
One row per (name, address): a denial order naming a party at two addresses, or under an
alternative spelling, gives several rows.

**Ids.** The list has no id column. An entry is one name under one order, keyed by the
normalised name (upper case, single spaces), the effective date and the Federal Register
citation (whitespace collapsed); the native id is the first 16 hex digits of the SHA-256 of that
key. Rows sharing the key (the same party at another address, or an exact repeat) are merged
into one entry with all the addresses, so the id is stable across publications as long as the
name and order are, and unique within a file by construction.

**Schema.** ``Person`` when the address is a prison (``INMATE``, ``INCARCERATED``, ``USM NO``,
``FCI``…) or the name is two to six plain words; but never when a word is a business word
(``LTD``, ``AIRLINES``, ``TRADING``, ``GROUP``…, compared without punctuation so ``F.Z.E.``
counts). Otherwise ``LegalEntity``. Names written ``X A/K/A Y`` or ``X (A.K.A. Y) Z`` also get
the aliases ``X``, ``Y`` (resp. ``Y``, ``X Z``). ``Expiration_Date``, ``Last_Update``,
``Standard_Order`` and ``Action`` go to ``notes``; a secondary date that is a published typo
(``Last_Update`` ``1023-11-01``) is kept verbatim there rather than refusing the list.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, country_code
from listwatch.sources.base import Download
from listwatch.sources.delimited import Row, merged, read_rows
from listwatch.sources.files import logical_name
from listwatch.sources.memo import parse_date

__all__ = ["SOURCE", "UsBisDplSource", "is_person", "native_id"]

DATASET = "us_bis_denied"
_REQUIRED = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "FR_Citation",
)
_BUSINESS_WORDS = """LTD LIMITED INC CORP CORPORATION CO COMPANY LLC LLP GMBH AG SA SRL SL BV
    OOO ZAO OAO PJSC JSC AO SARL PTE PVT PLC KG SPA AB DBA FZE FZCO FZC EST ESTABLISHMENT GROUP
    HOLDING HOLDINGS TRADING TRADE INTERNATIONAL INDUSTRIES INDUSTRIAL ENTERPRISES ENTERPRISE
    SERVICES SERVICE TECHNOLOGY TECHNOLOGIES TECH ELECTRONICS ELECTRONIC SYSTEMS SUPPLY SUPPLIES
    AIRLINES AIRLINE AIRWAYS AIR AVIATION AEROSPACE CARGO FREIGHT LOGISTICS SHIPPING EXPORT
    EXPORTS IMPORT IMPORTS EXPORTERS MARKETING DISTRIBUTORS DISTRIBUTION ASSOCIATES PARTNERS
    VENTURES RESOURCES PRODUCTS MANUFACTURING LABORATORIES LABS ENGINEERING CONSULTING MOTORS
    INSTRUMENTS EQUIPMENT CHEMICALS COMMERCIAL GENERAL GLOBAL UNIVERSAL AMERICA USA & AND OF THE
    FOR RESULTS SOLUTIONS COMPONENTS PARTS DEVICES SCIENTIFIC MEDICAL BANK INSTITUTE UNIVERSITY
    CENTER CENTRE AGENCY OFFICE FIRM INVESTMENTS CAPITAL FINANCE TRANSPORT TRANSPORTATION
    COMPUTERS METALS VERTRIEBS ANSTALT MARITIME MICROWAVE COMMUNICATIONS TECHNIK CONTRACTING
    MACHINERY DATA WEB ZONE NET"""
_BUSINESS = frozenset(_BUSINESS_WORDS.split())
_PRISON = re.compile(
    r"\b(INMATE|INCARCERATED|USM NO|REGISTER NUMBER|FCI|FEDERAL CORRECTIONAL|"
    r"CORRECTIONAL|PRISON|PENITENTIARY|DETENTION)\b"
)
_PERSON_WORD = re.compile(r"^[(\"]?[A-Z][A-Z'./\-]*[)\"]?,?$")
_AKA = re.compile(r"\s+(?:A/K/A|D/B/A|F/K/A)\s+")
_AKA_PAREN = re.compile(r"\(\s*A\.K\.A\.?\s+([^)]+)\)")
_STATE_CODES = """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO
    MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY GU VI"""
_US_STATES = frozenset(_STATE_CODES.split())


def _norm(text: str) -> str:
    return " ".join(text.upper().split())


def native_id(name: str, effective_date: str, fr_citation: str) -> str:
    """The stable id of a DPL entry (see the module docstring)."""
    key = "|".join((_norm(name), effective_date.strip(), " ".join(fr_citation.split())))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def is_person(name: str, street: str = "") -> bool:
    """Heuristic: does this DPL row name a person? (See the module docstring.)"""
    words = _norm(name).split()
    if any(re.sub(r"[^A-Z0-9&]", "", w) in _BUSINESS for w in words):
        return False
    if _PRISON.search(street.upper()):
        return True
    return 2 <= len(words) <= 6 and all(_PERSON_WORD.match(w) for w in words)


def _aliases(name: str) -> list[str]:
    """``X A/K/A Y`` and ``X (A.K.A. Y) Z`` written inside the name field."""
    parts = _AKA.split(name)
    found = [part for part in parts if part.strip()] if len(parts) > 1 else []
    for inner in _AKA_PAREN.findall(name):
        found.append(inner)
        found.append(_AKA_PAREN.sub(" ", name))
    return found


def _date(path: Path, row: Row, column: str) -> str | None:
    """An ``MM/DD/YYYY`` (or ISO) date as ISO; SourceError naming the field if it is not one."""
    value = row.get(column)
    if not value:
        return None
    try:
        return datetime.strptime(value, "%m/%d/%Y").date().isoformat()
    except ValueError:
        parsed = parse_date(value) if re.match(r"^\d{4}-\d", value) else None
        if parsed:
            return parsed
        raise SourceError(
            f"not a date: {value!r}", file=path, line=row.line, field=column
        ) from None


def _note_date(path: Path, row: Row, column: str) -> str | None:
    """Secondary dates: a published typo (``Last_Update`` ``1023-11-01``) is kept verbatim."""
    try:
        value = _date(path, row, column)
    except SourceError:
        return f"{column}: {row.get(column)}"
    return f"{column}: {value}" if value else None


def _key(path: Path, row: Row) -> str:
    if not row.get("Name"):
        raise SourceError("empty name", file=path, line=row.line, field="Name")
    if not row.get("Effective_Date"):
        raise SourceError("empty effective date", file=path, line=row.line, field="Effective_Date")
    return native_id(row.get("Name"), row.get("Effective_Date"), row.get("FR_Citation"))


def _apply(path: Path, row: Row, entity: Entity | None) -> Entity:
    get = row.get
    if entity is None:
        schema = "Person" if is_person(get("Name"), get("Street_Address")) else "LegalEntity"
        entity = Entity(DATASET, _key(path, row), schema)
        entity.add_name(get("Name"))
        for alias in _aliases(get("Name")):
            entity.add_name(alias, "alias")
        entity.add("program", "DPL")
        entity.add("topics", "export.control")
        entity.add("listingDate", _date(path, row, "Effective_Date"))
        entity.add("authority", get("FR_Citation"))
    state, country = get("State"), get("Country")
    code = country_code(country) if country else ("us" if state in _US_STATES else None)
    parts = [get("Street_Address"), get("City"), state, get("Postal_Code"), country]
    entity.add_address(
        Address(
            ", ".join(p for p in parts if p),
            street=get("Street_Address") or None,
            city=get("City") or None,
            region=state or None,
            postal_code=get("Postal_Code") or None,
            country=code,
        )
    )
    entity.add("country", code)
    entity.add(
        "notes",
        [
            _note_date(path, row, "Expiration_Date"),
            _note_date(path, row, "Last_Update"),
            f"Standard_Order: {get('Standard_Order')}" if get("Standard_Order") else None,
            f"Action: {get('Action')}" if get("Action") else None,
        ],
    )
    return entity


class UsBisDplSource:
    dataset = DATASET
    title = "US BIS Denied Persons List"
    publisher = "US Department of Commerce, Bureau of Industry and Security"
    downloads: tuple[Download, ...] = (Download("https://www.bis.doc.gov/dpl/dpl.txt", "dpl.txt"),)

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        for path in files:
            if not logical_name(path).endswith(".txt"):
                raise SourceError("expected the tab-separated dpl.txt", file=path)
            rows = partial(
                read_rows, path, required=_REQUIRED, delimiter="\t", what="DPL tab-separated"
            )
            yield from merged(rows, partial(_key, path), partial(_apply, path))

    def published(self, files: Sequence[Path]) -> date | None:
        return None  # no publication date inside the file (Last_Update is per row)


SOURCE = UsBisDplSource()
