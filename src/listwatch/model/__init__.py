"""The entity model and its value types."""

from listwatch.model.countries import country_code, country_name
from listwatch.model.dates import parse_date, parse_dates
from listwatch.model.entity import Address, Entity, Identifier, Link, Name
from listwatch.model.schema import IDENTIFIER_SCHEMES, NAME_KINDS, PROPERTIES, SCHEMATA

__all__ = [
    "IDENTIFIER_SCHEMES",
    "NAME_KINDS",
    "PROPERTIES",
    "SCHEMATA",
    "Address",
    "Entity",
    "Identifier",
    "Link",
    "Name",
    "country_code",
    "country_name",
    "parse_date",
    "parse_dates",
]
