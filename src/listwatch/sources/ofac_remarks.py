"""The OFAC remarks field: the free text that packs identity details into one column.

OFAC's legacy ``sdn.csv`` (and ``cons_prim.csv``) keeps birth dates, places, nationality,
identity documents, gender, weak aliases (``a.k.a. 'X'``), relations (``Linked To: X``), vessel
and aircraft numbers and secondary-sanctions notes in the Remarks column, as ``;``-separated
parts such as ``DOB 23 Nov 1962; POB Caracas, Venezuela; Cedula No. 5892464 (Venezuela)``. An
``alt.`` prefix marks a further value of the same kind. :func:`parse_remarks` is a pure function
turning that text into a :class:`RemarksInfo`; parts it does not recognise are kept in
``RemarksInfo.unparsed`` (callers keep the whole text in ``notes`` anyway).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from listwatch.model.countries import country_code
from listwatch.model.entity import Identifier, Link, Name
from listwatch.sources.memo import parse_dates

__all__ = [
    "ID_LABELS",
    "RemarksInfo",
    "ofac_country",
    "parse_remarks",
    "remark_parts",
    "split_remarks",
]


@dataclass(slots=True)
class RemarksInfo:
    """What the remarks say, in model terms."""

    props: dict[str, list[str]] = field(default_factory=dict)
    names: list[Name] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    #: Parts not recognised (or recognised but with a value that could not be read), verbatim.
    unparsed: list[str] = field(default_factory=list)

    def add(self, prop: str, value: str | None) -> None:
        value = " ".join((value or "").split())
        if value:
            bucket = self.props.setdefault(prop, [])
            if value not in bucket:
                bucket.append(value)

    def merge(self, other: RemarksInfo) -> None:
        for prop, values in other.props.items():
            for value in values:
                self.add(prop, value)
        self.names.extend(other.names)
        self.identifiers.extend(other.identifiers)
        self.links.extend(other.links)
        self.unparsed.extend(other.unparsed)


#: Identifier labels as OFAC writes them, ``|``-separated, by identifier scheme.
_SCHEME_LABELS: dict[str, str] = {
    "passport": (
        "Passport|Passport No.|Diplomatic Passport|Passport Booklet|Travel Document Number"
    ),
    "nationalId": (
        "National ID No.|Cedula No.|C.U.R.P.|C.U.R.P. #|D.N.I.|SSN|"
        "Identification Number|National Foreign ID Number|Personal ID Card|"
        "Birth Certificate Number|Electoral Registry No.|Credencial electoral|"
        "Kenyan ID No.|Turkish Identification Number|Numero de Identidad|"
        "Citizen's Card Number|I.F.E.|Residency Number|C.U.I.|C.U.I.P.|"
        "Cartilla de Servicio Militar Nacional|Refugee ID Card|Stateless Person ID Card|"
        "Stateless Person Passport|Moroccan Personal ID No.|"
        "British National Overseas Passport"
    ),
    "taxId": (
        "Tax ID No.|RFC|R.F.C.|R.F.C. #|NIT #|RUC #|RIF #|V.A.T. Number|"
        "Italian Fiscal Code|US FEIN|C.U.I.T.|RTN|CUIT|Fiscal Code"
    ),
    "registration": (
        "Registration Number|Registration ID|Business Registration Number|"
        "Commercial Registry Number|Company Number|UK Company Number|"
        "Folio Mercantil No.|Matricula Mercantil No|Matricula Mercantil No.|C.R. No.|"
        "Legal Entity Number|Unified Social Credit Code (USCC)|"
        "United Social Credit Code Certificate (USCCC)|Government Gazette Number|"
        "Economic Register Number|Chamber of Commerce Number|Trade License No.|"
        "D-U-N-S Number|Central Registration System Number|Business Number|"
        "Business Registration Document #|Enterprise Number|Public Registration Number|"
        "Registered Charity No.|Certificate of Incorporation Number|"
        "Istanbul Chamber of Comm. No.|Dubai Chamber of Commerce Membership No.|"
        "Branch Unit Number|LE Number|Vessel Registration Identification|"
        "Commercial Registry No.|Registration No."
    ),
    "imo": "IMO",
    "mmsi": "MMSI",
    "swiftBic": "SWIFT/BIC",
    "website": "Website",
    "email": "Email Address|Email",
    "phone": "Phone Number|Telephone|Telephone No.|Telephone Number|Fax|Fax No.",
    "aircraftSerial": (
        "Aircraft Manufacturer's Serial Number (MSN)|"
        "Aircraft Construction Number (also called L/N or S/N or F/N)"
    ),
    "aircraftRegistration": "Aircraft Tail Number",
    "other": (
        "Driver's License No.|License|Permit Number|BIK (RU)|VisaNumberID|"
        "Aircraft Mode S Transponder Code|Chinese Commercial Code"
    ),
}
#: Identifier label as OFAC writes it → identifier scheme.
ID_LABELS: dict[str, str] = {
    label: scheme for scheme, labels in _SCHEME_LABELS.items() for label in labels.split("|")
}
#: Schemes whose whole value is the identifier (no ``(Country)`` suffix to split off).
WHOLE_VALUE_SCHEMES = frozenset({"website", "email", "phone", "swiftBic", "mmsi"})
#: Ranks and honorifics OFAC writes as a bare remark part (→ ``title``).
RANKS = frozenset(
    [
        "general",
        "brigadier general",
        "major general",
        "lieutenant general",
        "colonel general",
        "colonel",
        "lieutenant colonel",
        "major",
        "captain",
        "admiral",
        "rear admiral",
        "vice admiral",
        "commander",
        "sheikh",
        "dr.",
        "dr",
        "air marshal",
        "marshal",
    ]
)

_ALIAS_KINDS = {"a": "weakAlias", "f": "previousName", "n": "alias"}
_ALIAS = re.compile(r"^([afn])\.k\.a\.?,?\s*'(.*)'\s*\.?$", re.IGNORECASE | re.DOTALL)
_ALT = re.compile(r"^alt\.\s*", re.IGNORECASE)
_ABBREVIATION_END = re.compile(r"(?:^|[\s.,])[A-Za-z]\.$")
_KEYED = re.compile(
    r"^(?P<key>DOB|POB|nationality|citizen|Gender|Linked To|Organization Established Date"
    r"|Organization Type|Aircraft Manufacture Date|Aircraft Manufacturer|Aircraft Model"
    r"|Vessel Year of Build|Other Vessel Type|Former Vessel Flag|Nationality of Registration"
    r"|Position|Title)(?![\w'])[:.]?\s*(?P<value>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SECONDARY = re.compile(
    r"^(?:Additional Sanctions Information\s*-|Secondary sanctions risk:)", re.IGNORECASE
)
_ID = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(label) for label in sorted(ID_LABELS, key=len, reverse=True))
    + r")(?:[:.]|\s)\s*(?P<value>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_CRYPTO = re.compile(r"^(Digital Currency Address\s*-\s*[A-Z0-9]+)\s+(\S.*)$", re.IGNORECASE)
_ID_TAIL = re.compile(r"\s+(?=(?:issued|expires|issue date|expiration date)\b)", re.IGNORECASE)
_IMO = re.compile(r"^IMO\s*(\d{7})\b", re.IGNORECASE)
_DELIMITERS = re.compile(r"[();]")
_REGION = re.compile(r"^region:\s*", re.IGNORECASE)
_LABEL_KEYS = {label.lower(): label for label in ID_LABELS}


def ofac_country(text: str | None) -> str | None:
    """ISO code for a country as OFAC writes it: ``Region: Gaza``, ``Man, Isle of``,
    ``North Macedonia, The Republic of``, ``St. Kitts & Nevis``; ``None`` if not a country."""
    text = (text or "").strip().rstrip(".")
    text = _REGION.sub("", text).replace("&", "and")
    if not text:
        return None
    code = country_code(text)
    if code is None and text.count(",") == 1:
        head, tail = text.split(",")
        code = country_code(f"{tail} {head}") or country_code(head)
    return code


def split_remarks(text: str) -> list[str]:
    """Split on ``;`` outside parentheses; stripped, blanks dropped, order kept.

    When the parentheses do not balance, every ``;`` splits (an unclosed ``(`` must not swallow
    the rest of the text)."""
    if "(" not in text:
        return [p.strip() for p in text.split(";") if p.strip()]
    parts: list[str] = []
    depth = 0
    start = 0
    for m in _DELIMITERS.finditer(text):
        char = m.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    if depth:
        parts = text.split(";")
    return [p.strip() for p in parts if p.strip()]


def parse_remarks(text: str | None, *, title: str | None = None) -> RemarksInfo:
    """Read an OFAC remarks text. ``title`` is the row's Title column (a part repeating it is
    recognised as the title)."""
    info = RemarksInfo()
    for raw, found in remark_parts(text, title=title):
        if found is None:
            info.unparsed.append(raw)
        else:
            info.merge(found)
    return info


def remark_parts(
    text: str | None, *, title: str | None = None
) -> Iterator[tuple[str, RemarksInfo | None]]:
    """``(part as written, what it says or None)`` for each part of a remarks text, in order.
    The infos may be shared between calls: read them, do not change them."""
    if not text or text.strip() in {"", "-0-"}:
        return
    parts = split_remarks(text)
    title_key = (title or "").strip().rstrip(".").lower()
    for index, raw in enumerate(parts):
        part = raw
        if index == len(parts) - 1:
            part = _strip_final_dot(part)
        if title_key and part.rstrip(".").lower() == title_key:
            found = RemarksInfo()
            found.add("title", title)
            yield raw, found
            continue
        yield raw, _part_info(_ALT.sub("", part))


@lru_cache(maxsize=65536)
def _part_info(part: str) -> RemarksInfo | None:
    """What one part says (cached: many parts repeat across entries); ``None`` if not read.
    Callers only read the result."""
    info = RemarksInfo()
    return info if _parse_part(info, part) else None


def _parse_part(info: RemarksInfo, part: str) -> bool:
    if m := _ALIAS.match(part):
        name = m.group(2).strip()
        if not name:
            return False
        info.names.append(Name(" ".join(name.split()), _ALIAS_KINDS[m.group(1).lower()]))
        return True
    if _SECONDARY.match(part):
        info.add("secondarySanctions", part)
        return True
    if m := _KEYED.match(part):
        return _keyed(info, m.group("key").lower(), m.group("value").strip())
    if m := _CRYPTO.match(part):
        label = " ".join(m.group(1).split())
        info.identifiers.append(Identifier("cryptoWallet", m.group(2).strip(), label=label))
        return True
    if m := _ID.match(part):
        return _identifier(info, _LABEL_KEYS[m.group("label").lower()], m.group("value").strip())
    if part.rstrip(".").lower() in RANKS:
        info.add("title", part.rstrip("."))
        return True
    return False


def _keyed(info: RemarksInfo, key: str, value: str) -> bool:
    if not value:
        return False
    if key == "dob":
        return _dates(info, "birthDate", value)
    if key in {"organization established date", "aircraft manufacture date"}:
        prop = "incorporationDate" if key.startswith("org") else "buildDate"
        return _dates(info, prop, value)
    if key == "vessel year of build":
        return _dates(info, "buildDate", value)
    if key in {"nationality", "citizen", "former vessel flag", "nationality of registration"}:
        code = ofac_country(value)
        if code is None:
            return False
        if key == "citizen":
            info.add("citizenship", code)
            info.add("nationality", code)
        else:
            flags = {"former vessel flag": "pastFlags", "nationality of registration": "flag"}
            info.add(flags.get(key, "nationality"), code)
        return True
    if key == "gender":
        gender = value.rstrip(".").strip().lower()
        if gender not in {"male", "female"}:
            return False
        info.add("gender", gender)
        return True
    value = value.lstrip(":").strip()
    if not value:
        return False
    if key == "linked to":
        info.links.append(Link("linkedTo", " ".join(value.split())))
        return True
    prop = {
        "pob": "birthPlace",
        "organization type": "organizationType",
        "aircraft manufacturer": "aircraftManufacturer",
        "aircraft model": "aircraftModel",
        "other vessel type": "vesselType",
        "position": "position",
        "title": "title",
    }[key]
    info.add(prop, value)
    return True


def _strip_final_dot(part: str) -> str:
    """The sentence-ending ``.`` of the last part, unless it closes an abbreviation (``S.A.``)."""
    if part.endswith(".") and not _ABBREVIATION_END.search(part):
        return part[:-1].rstrip()
    return part


def _dates(info: RemarksInfo, prop: str, value: str) -> bool:
    dates = parse_dates(value)
    for iso in dates:
        info.add(prop, iso)
    return bool(dates)


def _identifier(info: RemarksInfo, label: str, value: str) -> bool:
    scheme = ID_LABELS[label]
    if scheme in WHOLE_VALUE_SCHEMES:
        whole = value.rstrip(".").strip()
        if whole:
            info.identifiers.append(Identifier(scheme, whole, label=label))
        return bool(whole)
    if m := _IMO.match(value):
        info.identifiers.append(Identifier("imo", m.group(1), label=label))
        return True
    number, country, note = _split_id_value(value)
    if not number:
        return False
    info.identifiers.append(Identifier(scheme, number, country=country, label=label, note=note))
    return True


def _split_id_value(value: str) -> tuple[str, str | None, str | None]:
    """``X123 (Mexico) issued 2010`` → (``X123``, ``mx``, ``issued 2010``)."""
    head, paren, rest = value.partition(" (")
    country: str | None = None
    notes: list[str] = []
    if paren:
        inner, closed, after = rest.partition(")")
        if closed:
            country = ofac_country(inner)
            if country is None:
                notes.append(inner.strip())
            rest = after
        else:
            head, rest = value, ""
    pieces = _ID_TAIL.split(head, maxsplit=1)
    if len(pieces) == 2:
        head = pieces[0]
        notes.insert(0, pieces[1])
    rest = rest.strip(" ,.")
    if rest:
        notes.append(rest)
    note = "; ".join(n for n in notes if n) or None
    return head.strip().rstrip(".,").strip(), country, note
