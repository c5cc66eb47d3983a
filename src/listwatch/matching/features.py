"""Structured evidence beside the name: birth date, country, gender, identifiers, entity type.

Each feature returns a :class:`Feature` with its contribution to the score (positive supports
the match, negative speaks against it) and a sentence for the explanation. Contributions are
small next to the name score on purpose: a birth date alone is never a match, and a conflicting
date lowers but does not erase a strong name match (lists carry wrong and partial dates).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from listwatch.index.entries import ListEntry
from listwatch.model.dates import date_parts
from listwatch.model.schema import ORGANIZATION_LIKE

__all__ = [
    "Feature",
    "birth_date_feature",
    "country_feature",
    "gender_feature",
    "identifier_feature",
    "partial_name_feature",
    "schema_feature",
]

DOB_EXACT = 0.06
DOB_MONTH = 0.04
DOB_YEAR = 0.03
DOB_NEAR = 0.0
DOB_CONFLICT = -0.25
COUNTRY_MATCH = 0.03
COUNTRY_CONFLICT = -0.04
#: A person's nationality differing from every listed one (people hold few nationalities).
NATIONALITY_CONFLICT = -0.08
#: Two name parts met inside a longer list name, with no date or country to support it.
PARTIAL_NAME = -0.05
GENDER_CONFLICT = -0.12
ID_MATCH = 0.35
ID_CONFLICT = -0.2
SCHEMA_CONFLICT = -0.3


class Feature(NamedTuple):
    name: str
    contribution: float
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.name,
            "contribution": round(self.contribution, 3),
            "detail": self.detail,
        }


def _years(value: str) -> tuple[int, int]:
    start, end = date_parts(value)
    return int(start[:4]), int(end[:4])


def birth_date_feature(query_date: str | None, entry: ListEntry) -> Feature | None:
    """Exact day, same month, same year, within a year, or a conflict."""
    if not query_date or not entry.birth_dates:
        return None
    best: Feature | None = None
    q_year = int(query_date[:4])
    for listed in entry.birth_dates:
        start, end = date_parts(listed)
        lo, hi = _years(listed)
        if len(start) == 10 and start == end and query_date == start:
            feature = Feature("birth_date", DOB_EXACT, f"birth date {query_date} matches {listed}")
        elif (
            len(query_date) >= 7
            and len(start) >= 7
            and start == end
            and query_date[:7] == start[:7]
        ):
            feature = Feature("birth_date", DOB_MONTH, f"birth month matches {listed}")
        elif lo <= q_year <= hi:
            feature = Feature("birth_date", DOB_YEAR, f"birth year {q_year} fits {listed}")
        elif lo - 1 <= q_year <= hi + 1:
            feature = Feature("birth_date", DOB_NEAR, f"birth year {q_year} is a year off {listed}")
        else:
            feature = Feature(
                "birth_date", DOB_CONFLICT, f"birth date {query_date} conflicts with {listed}"
            )
        if best is None or feature.contribution > best.contribution:
            best = feature
    return best


def country_feature(country: str | None, entry: ListEntry) -> Feature | None:
    if not country or not entry.countries:
        return None
    listed = ", ".join(sorted(entry.countries))
    if country in entry.countries:
        return Feature("country", COUNTRY_MATCH, f"country {country} is among {listed}")
    penalty = NATIONALITY_CONFLICT if entry.schema == "Person" else COUNTRY_CONFLICT
    return Feature("country", penalty, f"country {country} is not among {listed}")


def partial_name_feature(
    schema: str | None, query_tokens: int, skipped_listed: int, others: list[Feature]
) -> Feature | None:
    """A two-part person name ("Stephen Smith") found inside a longer list name ("STEPHEN
    EDWARD SMITH", a given or middle name skipped) fits many people: without a supporting
    birth date or country it is scored below a full match. A second family name left off at
    the end ("Nicolas Maduro" for "MADURO MOROS, Nicolas") is ordinary usage, not partial."""
    if schema not in (None, "Person") or query_tokens > 2 or not skipped_listed:
        return None
    if any(f.contribution > 0 for f in others):
        return None
    return Feature("partial_name", PARTIAL_NAME, "two name parts met inside a longer listed name")


def gender_feature(gender: str | None, entry: ListEntry) -> Feature | None:
    if not gender or not entry.gender or entry.schema != "Person":
        return None
    if gender == entry.gender:
        return None
    return Feature("gender", GENDER_CONFLICT, f"gender {gender} differs from listed {entry.gender}")


def identifier_feature(identifiers: frozenset[tuple[str, str]], entry: ListEntry) -> Feature | None:
    """An exact identifier match is strong; the same kind of identifier with no common value is
    strong evidence against."""
    if not identifiers or not entry.identifiers:
        return None
    values = {v for _s, v in entry.identifiers}
    shared = sorted(v for _s, v in identifiers if v in values)
    if shared:
        return Feature("identifier", ID_MATCH, f"identifier {shared[0]} matches")
    query_schemes = {s for s, _v in identifiers}
    listed_schemes = {s for s, _v in entry.identifiers}
    common = query_schemes & listed_schemes - {"other"}
    if common:
        scheme = sorted(common)[0]
        return Feature("identifier", ID_CONFLICT, f"{scheme} differs from every listed {scheme}")
    return None


def _kind(schema: str) -> str:
    return "organization" if schema in ORGANIZATION_LIKE else schema


def schema_feature(schema: str | None, entry: ListEntry) -> Feature | None:
    """A person does not match a company, nor a vessel an aircraft (a LegalEntity fits any
    non-person)."""
    if not schema or schema == "Thing":
        return None
    q, e = _kind(schema), _kind(entry.schema)
    if q == e:
        return None
    if "organization" in (q, e) and "Person" not in (q, e):
        return None  # LegalEntity vs Vessel etc.: lists are loose here
    return Feature("schema", SCHEMA_CONFLICT, f"a {schema} is not a {entry.schema}")
