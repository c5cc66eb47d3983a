"""Translating yente's query-by-example entities to listwatch queries, and results back."""

from __future__ import annotations

from typing import Any

from listwatch.errors import MatchInputError
from listwatch.index.entries import ListEntry
from listwatch.matching import features
from listwatch.matching.result import MatchResult
from listwatch.model import country_code, parse_date
from listwatch.screening.query import Query, make_query

__all__ = ["MATCHER", "example_queries", "scored_entity"]

_NAME_PROPS = ("name", "alias", "previousName", "weakAlias")
_COUNTRY_PROPS = ("nationality", "citizenship", "country", "jurisdiction", "flag")
#: FollowTheMoney identifier properties → listwatch identifier schemes.
_ID_PROPS = {
    "idNumber": "nationalId",
    "passportNumber": "passport",
    "taxNumber": "taxId",
    "innCode": "taxId",
    "vatCode": "taxId",
    "registrationNumber": "registration",
    "ogrnCode": "registration",
    "leiCode": "registration",
    "imoNumber": "imo",
    "mmsi": "mmsi",
    "swiftBic": "swiftBic",
    "callSign": "callSign",
    "serialNumber": "aircraftSerial",
}
_SCHEMA_IN = {"Thing": None, "Airplane": "Aircraft"}
_SCHEMA_OUT = {"Aircraft": "Airplane"}
_MAX_NAMES = 10
_DOC = "docs/matching.md"

#: The features a listwatch score is made of, in the shape of yente's ``matcher`` field.
MATCHER: dict[str, dict[str, Any]] = {
    "name": {"description": "Weighted token comparison of the names.", "coefficient": 1.0},
    "birth_date": {
        "description": "Birth date: same day, month or year, or a conflict.",
        "coefficient": features.DOB_EXACT,
    },
    "partial_name": {
        "description": "Name parts met inside a longer listed name.",
        "coefficient": features.PARTIAL_NAME,
    },
    "country": {"description": "Nationality or country.", "coefficient": features.COUNTRY_MATCH},
    "gender": {"description": "A conflicting gender.", "coefficient": features.GENDER_CONFLICT},
    "identifier": {
        "description": "A shared passport, registration, IMO or other number.",
        "coefficient": features.ID_MATCH,
    },
    "schema": {
        "description": "A different kind of party (person, organisation, vessel).",
        "coefficient": features.SCHEMA_CONFLICT,
    },
}
for _doc in MATCHER.values():
    _doc["url"] = _DOC


def _strings(properties: dict[str, Any], prop: str) -> list[str]:
    value = properties.get(prop)
    items = value if isinstance(value, list) else [value]
    return [v.strip() for v in items if isinstance(v, str) and v.strip()]


def example_queries(key: str, schema: str, properties: dict[str, Any]) -> list[Query]:
    """One query per name of the example (MatchInputError names ``queries.<key>``)."""
    names = [n for prop in _NAME_PROPS for n in _strings(properties, prop)]
    if not names:
        parts = [" ".join(_strings(properties, p)) for p in ("firstName", "middleName", "lastName")]
        joined = " ".join(p for p in parts if p)
        names = [joined] if joined else []
    birth = next(filter(None, map(parse_date, _strings(properties, "birthDate"))), None)
    country = next(
        (v for p in _COUNTRY_PROPS for v in _strings(properties, p) if country_code(v)), None
    )
    gender = next(iter(_strings(properties, "gender")), None)
    ids = {
        scheme: value
        for prop, scheme in _ID_PROPS.items()
        for value in _strings(properties, prop)[:1]
    }
    if not names:
        raise MatchInputError(f"queries.{key}.properties.name: the example has no name")
    try:
        return [
            make_query(
                name,
                schema=_SCHEMA_IN.get(schema, schema),
                birth_date=birth,
                country=country,
                gender=gender if gender in ("male", "female", "other") else None,
                identifiers=ids,
            )
            for name in dict.fromkeys(names[:_MAX_NAMES])
        ]
    except MatchInputError as exc:
        raise MatchInputError(f"queries.{key}.{exc.detail}") from exc


def scored_entity(result: MatchResult, entry: ListEntry | None, threshold: float) -> dict[str, Any]:
    """A result as yente's ``ScoredEntityResponse``, with listwatch's explanations beside."""
    props: dict[str, list[str]] = {"name": [result.caption], "topics": ["sanction"]}
    if entry is not None:
        if entry.countries:
            props["country"] = sorted(entry.countries)
        if entry.schema == "Person" and entry.birth_dates:
            props["birthDate"] = list(entry.birth_dates)
        if entry.schema == "Person" and entry.gender:
            props["gender"] = [entry.gender]
    feats = {"name": round(result.name_score, 4)}
    notes = {"name": {"score": feats["name"], "detail": str(result.names)}}
    for feature in result.features:
        feats[feature.name] = round(feature.contribution, 4)
        notes[feature.name] = {"score": feats[feature.name], "detail": feature.detail}
    return {
        "id": result.entity_id,
        "caption": result.caption,
        "schema": _SCHEMA_OUT.get(result.schema, result.schema),
        "properties": props,
        "datasets": [result.dataset],
        "referents": [],
        "target": True,
        "first_seen": None,
        "last_seen": None,
        "last_change": None,
        "score": round(result.score, 4),
        "features": feats,
        "match": result.score >= threshold,
        "explanations": notes,
        "programs": list(result.programs),
        "published": result.published,
    }
