"""Request and response bodies of the listwatch API (pydantic, at the edge only)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Explanation",
    "FeatureOut",
    "ScreenQueryOut",
    "ScreenRequest",
    "ScreenResponse",
    "ScreenResult",
]

Short = Annotated[str, Field(max_length=200)]


class ScreenRequest(BaseModel):
    """One name to screen, with the evidence that may come with it. Only ``name`` is required."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {"name": "Nicolas Maduro", "birth_date": "1962-11-23", "country": "ve"},
            ]
        },
    )

    name: str = Field(min_length=1, max_length=500, description="The name to screen.")
    schema_: str | None = Field(
        None,
        alias="schema",
        max_length=32,
        description="Person, Organization, Company, LegalEntity, Vessel or Aircraft.",
    )
    birth_date: str | None = Field(None, max_length=32, description="YYYY[-MM[-DD]].")
    country: str | None = Field(None, max_length=64, description="Country name or ISO code.")
    gender: str | None = Field(None, max_length=16, description="male, female or other.")
    identifiers: (
        Annotated[list[Short], Field(max_length=20)]
        | Annotated[dict[Short, Short], Field(max_length=20)]
        | None
    ) = Field(None, description="Numbers (passport, IMO…), or a map of scheme to number.")
    lists: Annotated[list[Short], Field(max_length=50)] | None = Field(
        None, description="DATASET[@DATE] to screen against (default: newest of each)."
    )
    threshold: float | None = Field(None, ge=0.0, le=1.0, description="Alert threshold.")
    limit: int = Field(10, ge=1, le=100, description="At most this many results.")


class FeatureOut(BaseModel):
    feature: str
    contribution: float
    detail: str


class Explanation(BaseModel):
    name_score: float
    query_name: str
    matched_name: str
    matched_name_kind: str
    tokens: dict[str, Any] = Field(description="How the tokens of the two names were paired.")
    features: list[FeatureOut]
    summary: str = Field(description="The explanation in one line.")


class ScreenResult(BaseModel):
    id: str = Field(description="<dataset>:<native id>", examples=["us_ofac_sdn:22790"])
    dataset: str
    schema_: str = Field(alias="schema")
    caption: str
    programs: list[str]
    published: str = Field(description="Publication date of the list the entry comes from.")
    score: float
    match: bool
    explanation: Explanation


class ScreenQueryOut(BaseModel):
    name: str
    schema_: str | None = Field(alias="schema")
    birth_date: str | None
    country: str | None


class ScreenResponse(BaseModel):
    query: ScreenQueryOut
    threshold: float
    lists: list[str]
    results: list[ScreenResult]
