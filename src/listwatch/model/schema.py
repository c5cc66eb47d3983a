"""Schema and property vocabulary (FollowTheMoney names)."""

from __future__ import annotations

#: Entity types, as FollowTheMoney names them. ``LegalEntity`` is a non-person whose kind the
#: publisher does not record; ``Organization`` covers groups such as cartels and armed groups.
SCHEMATA: frozenset[str] = frozenset(
    {"Person", "Organization", "Company", "LegalEntity", "Vessel", "Aircraft"}
)

#: Schemata that are parties other than people (compared with company-name rules).
ORGANIZATION_LIKE: frozenset[str] = frozenset({"Organization", "Company", "LegalEntity"})

#: Name kinds, strongest first.
NAME_KINDS: tuple[str, ...] = ("name", "alias", "previousName", "weakAlias")

#: Identifier schemes used across sources.
IDENTIFIER_SCHEMES: frozenset[str] = frozenset(
    {
        "passport",
        "nationalId",
        "taxId",
        "registration",
        "imo",
        "mmsi",
        "callSign",
        "swiftBic",
        "aircraftSerial",
        "aircraftRegistration",
        "email",
        "phone",
        "website",
        "cryptoWallet",
        "other",
    }
)

#: Properties kept as lists of strings in ``Entity.props`` (FollowTheMoney names).
PROPERTIES: frozenset[str] = frozenset(
    {
        # every entry
        "program",  # sanctions program tags: SDGT, FTO, SDNTK, VENEZUELA-EO13850 ...
        "authority",  # legal basis: "Executive Order 13224", "UN SC Res 1267" ...
        "listingDate",  # ISO date of designation
        "modifiedDate",
        "notes",  # remarks as published
        "country",  # ISO 3166-1 alpha-2, lower case
        "topics",
        "sourceUrl",
        "title",
        "position",
        "secondarySanctions",
        # people
        "firstName",
        "middleName",
        "lastName",
        "fatherName",
        "birthDate",  # ISO prefix: 1962-11-23, 1962-11, 1962; range: 1960/1962
        "birthPlace",
        "deathDate",
        "nationality",
        "citizenship",
        "gender",  # male | female | other
        # organisations
        "incorporationDate",
        "jurisdiction",
        "legalForm",
        "organizationType",
        # vessels and aircraft
        "flag",
        "pastFlags",
        "vesselType",
        "tonnage",
        "grossRegisteredTonnage",
        "owner",
        "buildDate",
        "aircraftModel",
        "aircraftManufacturer",
    }
)
