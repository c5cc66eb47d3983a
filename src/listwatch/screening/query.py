"""A screening query: a name and the evidence that may come with it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from listwatch.errors import MatchInputError
from listwatch.index.entries import normalize_identifier
from listwatch.model import SCHEMATA, country_code, parse_date

__all__ = ["Query", "make_query"]

_GENDERS = {"m": "male", "male": "male", "f": "female", "female": "female", "other": "other"}


@dataclass(frozen=True, slots=True)
class Query:
    name: str
    schema: str | None = None
    birth_date: str | None = None
    country: str | None = None
    gender: str | None = None
    identifiers: frozenset[tuple[str, str]] = field(default_factory=frozenset)


def make_query(
    name: str,
    *,
    schema: str | None = None,
    birth_date: str | None = None,
    country: str | None = None,
    gender: str | None = None,
    identifiers: Mapping[str, str] | Iterable[str] | None = None,
) -> Query:
    """Validate and normalise the parts of a query; MatchInputError names the bad field."""
    if not name or not name.strip():
        raise MatchInputError("name: must not be empty")
    if schema in ("", "Thing"):
        schema = None
    if schema is not None and schema not in SCHEMATA:
        raise MatchInputError(f"schema: {schema!r} is not one of {', '.join(sorted(SCHEMATA))}")
    dob = None
    if birth_date:
        dob = parse_date(birth_date)
        if dob is None:
            raise MatchInputError(f"birth_date: {birth_date!r} is not a date (use YYYY-MM-DD)")
    code = None
    if country:
        code = country_code(country)
        if code is None:
            raise MatchInputError(f"country: {country!r} is not a known country or ISO code")
    sex = None
    if gender:
        sex = _GENDERS.get(gender.strip().lower())
        if sex is None:
            raise MatchInputError(f"gender: {gender!r} is not male, female or other")
    ids: set[tuple[str, str]] = set()
    if identifiers:
        pairs = (
            identifiers.items()
            if isinstance(identifiers, Mapping)
            else (("other", v) for v in identifiers)
        )
        for scheme, value in pairs:
            cleaned = normalize_identifier(value)
            if cleaned:
                ids.add((scheme, cleaned))
    return Query(" ".join(name.split()), schema, dob, code, sex, frozenset(ids))
