"""What OFAC's two XML formats share: the meaning of OFAC's "id types" / "feature types".

Both the ``sdnList`` XML (SDN.XML, CONSOLIDATED.XML) and the enhanced XML (CONS_ENHANCED.XML)
label every extra detail of an entry with the same free-text type: ``Passport``, ``Tax ID No.``,
``Gender``, ``Secondary sanctions risk:``, ``Listing Date (CMIC)``… :func:`apply_detail` sends a
typed value to the right place of an :class:`Entity`: an identifier (with a scheme), a
FollowTheMoney property, or, for sanctions information that is neither (directive determinations,
CMIC dates), a ``notes`` line written as OFAC's CSV remarks write it.
"""

from __future__ import annotations

import re

from listwatch.model import Entity, Identifier, country_code
from listwatch.sources.memo import parse_dates
from listwatch.sources.ofac_remarks import ID_LABELS

__all__ = ["apply_detail", "country_prop"]

_SCHEMES: dict[str, str] = {
    "passport": "passport",
    "diplomatic passport": "passport",
    "national id no.": "nationalId",
    "cedula no.": "nationalId",
    "c.u.r.p.": "nationalId",
    "curp #": "nationalId",
    "identification number": "nationalId",
    "personal id card": "nationalId",
    "national foreign id number": "nationalId",
    "d.n.i.": "nationalId",
    "ssn": "nationalId",
    "tax id no.": "taxId",
    "rfc": "taxId",
    "r.f.c.": "taxId",
    "nit #": "taxId",
    "nit": "taxId",
    "ruc #": "taxId",
    "cuit": "taxId",
    "v.a.t. number": "taxId",
    "registration number": "registration",
    "registration id": "registration",
    "business registration number": "registration",
    "public registration number": "registration",
    "company number": "registration",
    "c.r. no.": "registration",
    "commercial registry number": "registration",
    "government gazette number": "registration",
    "legal entity number": "registration",
    "unified social credit code (uscc)": "registration",
    "certificate of incorporation number": "registration",
    "chamber of commerce number": "registration",
    "vessel registration identification": "imo",
    "mmsi": "mmsi",
    "vessel call sign": "callSign",
    "call sign": "callSign",
    "swift/bic": "swiftBic",
    "website": "website",
    "email address": "email",
    "phone number": "phone",
    "aircraft construction number (also called l/n or s/n or f/n)": "aircraftSerial",
    "aircraft manufacturer's serial number (msn)": "aircraftSerial",
    "aircraft tail number": "aircraftRegistration",
    "previous aircraft tail number": "aircraftRegistration",
}

#: Typed values that are entry properties (lower-cased type, trailing ``:`` / ``-`` dropped).
_PROPS: dict[str, str] = {
    "gender": "gender",
    "organization established date": "incorporationDate",
    "organization type": "organizationType",
    "secondary sanctions risk": "secondarySanctions",
    "nationality of registration": "jurisdiction",
    "birthdate": "birthDate",
    "place of birth": "birthPlace",
    "nationality country": "nationality",
    "citizenship country": "citizenship",
    "title": "title",
    "vessel flag": "flag",
    "vessel type": "vesselType",
    "vessel owner": "owner",
    "vessel tonnage": "tonnage",
    "vessel gross registered tonnage": "grossRegisteredTonnage",
    "vessel year of build": "buildDate",
    "aircraft model": "aircraftModel",
    "aircraft manufacture date": "buildDate",
}
_DATE_PROPS = frozenset({"birthDate", "incorporationDate", "buildDate"})
_COUNTRY_PROPS = frozenset({"nationality", "citizenship", "jurisdiction", "flag", "country"})

#: Sanctions information OFAC files among ids: kept in ``notes`` as ``Type value``.
_INFO_PREFIXES: tuple[str, ...] = (
    "executive order",
    "listing date",
    "effective date",
    "purchase/sales",
    "caatsa",
    "target type",
    "additional sanctions information",
    "ifca determination",
    "transactions prohibited",
    "issuer name",
)


def country_prop(entity: Entity, prop: str, text: str | None, iso: str | None = None) -> None:
    """Add a country property as an ISO code; an unknown country is kept in ``notes``."""
    if not text and not iso:
        return
    code = iso.lower() if iso else country_code(text or "")
    if code:
        entity.add(prop, code)
    else:
        entity.add("notes", f"{prop}: {text}")


def _norm_type(label: str) -> str:
    return " ".join(label.lower().split()).rstrip(":- ").strip()


def apply_detail(
    entity: Entity,
    label: str,
    value: str,
    *,
    country: str | None = None,
    country_iso: str | None = None,
    note: str | None = None,
) -> None:
    """Record one typed detail (``label`` is OFAC's id type or feature type)."""
    label = " ".join(label.split())
    value = " ".join(value.split())
    if not value:
        return
    key = _norm_type(label)
    scheme = _SCHEMES.get(label.lower()) or _SCHEMES.get(key) or ID_LABELS.get(label)
    if scheme is None and key.startswith("digital currency address"):
        scheme = "cryptoWallet"
    if scheme is not None:
        if scheme == "imo":
            value = re.sub(r"^IMO\s*", "", value, flags=re.IGNORECASE)
        code = country_iso.lower() if country_iso else (country_code(country) if country else None)
        entity.add_identifier(Identifier(scheme, value, code, label, note))
        return
    prop = _PROPS.get(key)
    if prop is not None:
        if prop in _DATE_PROPS:
            dates = parse_dates(value)
            if dates:
                entity.add(prop, dates)
            else:
                entity.add("notes", f"{label} {value}")
        elif prop in _COUNTRY_PROPS:
            country_prop(entity, prop, value, country_iso)
        elif prop == "gender":
            entity.add(prop, value.lower())
        else:
            entity.add(prop, value)
        return
    if key.startswith(_INFO_PREFIXES):
        entity.add("notes", f"{label} {value}")
        if key.startswith("listing date"):
            entity.add("listingDate", parse_dates(value))
        return
    code = country_iso.lower() if country_iso else (country_code(country) if country else None)
    entity.add_identifier(Identifier("other", value, code, label, note))
