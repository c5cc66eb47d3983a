"""The ``ids`` column of the trade.gov Consolidated Screening List.

Entries are separated by ``; ``; the parts of an entry by ``, ``. Two layouts are in use:
the current one puts the type first (``Passport, A123456, VE``; ``Gender, Male``), the one of
2022 puts it last, with the country first and sometimes an issue date
(``LB, 2020-08-28, RL 3367620, Passport``; ``Male, Gender``). Each entry is read in the layout
whose type label is recognised. Documents become identifiers; gender, secondary-sanctions notes,
aircraft and organisation facts become properties; anything else is kept in ``notes``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from listwatch.model import Entity, Identifier, country_code
from listwatch.sources.memo import parse_dates

__all__ = ["add_ids"]

_SCHEMES: tuple[tuple[str, str], ...] = (
    (r"digital currency address", "cryptoWallet"),
    (r"passport|travel document|seafarer", "passport"),
    (r"swift", "swiftBic"),
    (r"^website$", "website"),
    (r"^email", "email"),
    (r"^phone", "phone"),
    (r"^vessel registration identification$", "imo"),
    (r"^mmsi$", "mmsi"),
    (r"other vessel call sign", "callSign"),
    (r"serial number \(msn\)|aircraft serial identification", "aircraftSerial"),
    (r"aircraft tail number", "aircraftRegistration"),
    (
        r"tax|fiscal|^nit #|^r\.?f\.?c\.?$|^ruc #|v\.a\.t\.|fein|c\.u\.i\.t|^rif #|nuit|^c\.i\.f|"
        r"^rtn$|^rsin$",
        "taxId",
    ),
    (r"electoral", "nationalId"),
    (
        r"registration|registry|company number|c\.r\. no|legal entity number|^le number|"
        r"incorporation|gazette|chamber of comm|mercantil|business number|enterprise number|"
        r"social credit code|d-u-n-s|trade license|charity|romanian c\.r|^bik|^file number$",
        "registration",
    ),
    (
        r"national id|cedula|d\.n\.i|c\.u\.r\.p|identification|personal id|^ssn$|electoral|"
        r"credencial|i\.f\.e|id no|id card|citizen's card|identidad|cnp|birth certificate|"
        r"residency|foreign id|c\.u\.i\.?p?\.?$|n\.i\.e|immigration|permanent resident",
        "nationalId",
    ),
    (
        r"^isin$|equity ticker|micex|driver's license|license|^serial no|visanumberid|"
        r"transponder|construction number|permit|cartilla|branch unit|chinese commercial code|"
        r"un/locode",
        "other",
    ),
)
_PROPS: dict[str, str] = {
    "gender": "gender",
    "additional sanctions information -": "secondarySanctions",
    "secondary sanctions risk:": "secondarySanctions",
    "aircraft model": "aircraftModel",
    "aircraft operator": "owner",
    "organization type:": "organizationType",
    "target type": "organizationType",
    "other vessel type": "vesselType",
}
_DATE_PROPS: dict[str, str] = {
    "aircraft manufacture date": "buildDate",
    "organization established date": "incorporationDate",
}
_COUNTRY_PROPS: dict[str, str] = {
    "nationality country": "nationality",
    "nationality of registration": "jurisdiction",
    "registration country": "jurisdiction",
}
_NOTE_LABELS = re.compile(
    r"^(executive order|listing date|effective date|purchase/sales|transactions prohibited|"
    r"caatsa|ifca|peesa|former vessel flag|other vessel flag|issuer name)"
)
_CODE = re.compile(r"^[A-Z]{2}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_SCHEME_PATTERNS = tuple((re.compile(pattern), scheme) for pattern, scheme in _SCHEMES)


@lru_cache(maxsize=4096)
def _scheme(label: str) -> str | None:
    low = label.lower()
    for pattern, scheme in _SCHEME_PATTERNS:
        if pattern.search(low):
            return scheme
    return None


@lru_cache(maxsize=4096)
def _known(label: str) -> bool:
    low = label.lower()
    return (
        low in _PROPS
        or low in _DATE_PROPS
        or low in _COUNTRY_PROPS
        or bool(_NOTE_LABELS.match(low))
        or _scheme(label) is not None
    )


def _split(entry: str) -> tuple[str, list[str]]:
    """(type label, other parts in the current order: value…, country, extras)."""
    parts = [p.strip() for p in entry.split(", ")]
    if len(parts) > 1 and not _known(parts[0]) and (_known(parts[-1]) or _CODE.match(parts[0])):
        rest = parts[:-1]  # 2022 layout: [country,] [issue date,] value, type
        if len(rest) > 1 and _CODE.match(rest[0]):
            rest = [*rest[1:], rest[0]]
        return parts[-1], rest
    return parts[0], parts[1:]


def _identifier(scheme: str, label: str, rest: list[str]) -> Identifier:
    country: str | None = None
    values: list[str] = []
    notes: list[str] = []
    for part in rest:
        if len(rest) > 1 and country is None and values and _CODE.match(part):
            country = part.lower()
        elif len(rest) > 1 and _ISO_DATE.match(part):
            notes.append(part)
        else:
            values.append(part)
    value = ", ".join(values) or ", ".join(notes)
    if scheme == "imo":
        value = value.removeprefix("IMO").strip()
    return Identifier(scheme, value, country=country, label=label, note=", ".join(notes) or None)


def add_ids(entity: Entity, text: str) -> None:
    """Add the entries of an ``ids`` cell to ``entity``."""
    for entry in text.split("; "):
        entry = entry.strip()
        if not entry:
            continue
        label, rest = _split(entry)
        low = label.lower()
        value = ", ".join(rest)
        if low in _PROPS:
            entity.add(_PROPS[low], value.lower() if low == "gender" else value)
        elif low in _DATE_PROPS:
            entity.add(_DATE_PROPS[low], parse_dates(value) or [value])
        elif low in _COUNTRY_PROPS:
            entity.add(_COUNTRY_PROPS[low], country_code(value) or value)
        elif (scheme := _scheme(label)) is not None and rest:
            entity.add_identifier(_identifier(scheme, label, rest))
        else:
            entity.add("notes", f"{label.rstrip(' -:')}: {value}" if rest else label)
