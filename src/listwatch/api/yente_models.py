"""The request and response bodies of yente's ``/match`` (OpenSanctions), so that existing yente
clients work against listwatch unchanged. Field names and shapes follow ``yente.data.common``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "EntityExample",
    "EntityMatchQuery",
    "EntityMatchResponse",
    "EntityMatches",
    "FeatureDoc",
    "FeatureExplanation",
    "ScoredEntityResponse",
    "TotalSpec",
]

Key = Annotated[str, Field(max_length=200)]


class EntityExample(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: str | None = Field(None, max_length=200, examples=["my-entity-id"])
    schema_: str = Field(..., alias="schema", max_length=64, examples=["Person"])
    properties: Annotated[
        dict[Key, str | Annotated[list[Any], Field(max_length=50)]], Field(max_length=100)
    ] = Field(..., examples=[{"name": ["John Doe"]}])


class EntityMatchQuery(BaseModel):
    weights: dict[Key, float] = Field({}, description="Accepted for compatibility; not used.")
    config: dict[Key, Any] = Field({}, description="Accepted for compatibility; not used.")
    queries: dict[Key, EntityExample] = Field(
        ...,
        examples=[
            {
                "entity1": {
                    "schema": "Person",
                    "properties": {
                        "name": ["John Doe"],
                        "birthDate": ["1975-04-21"],
                        "nationality": ["us"],
                    },
                }
            }
        ],
    )


class FeatureExplanation(BaseModel):
    score: float
    detail: str


class ScoredEntityResponse(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: str = Field(..., examples=["us_ofac_sdn:22790"])
    caption: str
    schema_: str = Field(..., alias="schema")
    properties: dict[str, list[str]]
    datasets: list[str] = []
    referents: list[str] = []
    target: bool = True
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    last_change: datetime | None = None
    score: float
    features: dict[str, float]
    match: bool
    explanations: dict[str, FeatureExplanation] = {}
    programs: list[str] = []
    published: str | None = Field(None, description="Publication date of the entry's list.")


class TotalSpec(BaseModel):
    value: int
    relation: str = "eq"


class EntityMatches(BaseModel):
    status: int = 200
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: EntityExample


class FeatureDoc(BaseModel):
    description: str
    coefficient: float
    url: str


class EntityMatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    matcher: dict[str, FeatureDoc]
    limit: int
