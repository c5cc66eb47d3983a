"""POST /match: many named queries at once, in the shape of yente's ``/match`` endpoint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse

from listwatch.api.service import Service, ServiceDep
from listwatch.api.yente import MATCHER, example_queries, scored_entity
from listwatch.api.yente_models import EntityMatchQuery, EntityMatchResponse
from listwatch.errors import ConfigError
from listwatch.matching.result import MatchResult

__all__ = ["router"]

router = APIRouter(tags=["Matching"])

#: yente's default page size and its default lower bound for returned results.
MATCH_PAGE = 5
CUTOFF = 0.5
_YENTE_SCOPES = {"default", "sanctions", "all"}


@dataclass(frozen=True)
class MatchParams:
    limit: int
    threshold: float | None
    cutoff: float
    include_dataset: list[str]
    exclude_dataset: list[str]
    exclude_schema: list[str]
    exclude_entity_ids: list[str]

    def kept(self, result: MatchResult) -> bool:
        return (
            result.entity_id not in self.exclude_entity_ids
            and (not self.include_dataset or result.dataset in self.include_dataset)
            and result.dataset not in self.exclude_dataset
            and result.schema not in self.exclude_schema
        )


def match_params(
    limit: Annotated[int, Query(ge=1, le=100, description="Results per query.")] = MATCH_PAGE,
    threshold: Annotated[float | None, Query(ge=0, le=1, description="Score of a match.")] = None,
    cutoff: Annotated[float, Query(ge=0, le=1, description="Least score returned.")] = CUTOFF,
    algorithm: Annotated[str, Query(max_length=64, description="Accepted, not used.")] = "",
    include_dataset: Annotated[list[str] | None, Query(description="Only these lists.")] = None,
    exclude_dataset: Annotated[list[str] | None, Query(description="Not these lists.")] = None,
    exclude_schema: Annotated[list[str] | None, Query(description="Not these types.")] = None,
    exclude_entity_ids: Annotated[
        list[str] | None, Query(max_length=50, description="Leave these entries out.")
    ] = None,
) -> MatchParams:
    """yente's query parameters (``algorithm`` is accepted for compatibility: listwatch has one)."""
    return MatchParams(
        limit,
        threshold,
        cutoff,
        include_dataset or [],
        exclude_dataset or [],
        exclude_schema or [],
        exclude_entity_ids or [],
    )


Params = Annotated[MatchParams, Depends(match_params)]


async def _match(
    body: EntityMatchQuery, service: Service, dataset: str | None, params: MatchParams
) -> JSONResponse:
    if len(body.queries) > service.api.max_batch:
        raise ConfigError(f"too many queries in one batch (limit: {service.api.max_batch})")
    if not body.queries:
        raise ConfigError("no queries provided")
    lists = [dataset] if dataset and dataset not in _YENTE_SCOPES else None
    screener = await service.screener_for(lists)
    cut = screener.threshold if params.threshold is None else params.threshold
    floor = min(params.cutoff, cut)
    responses: dict[str, Any] = {}
    for key, example in body.queries.items():
        best: dict[str, MatchResult] = {}
        for query in example_queries(key, example.schema_, example.properties):
            for result in screener.screen(query, threshold=floor, limit=0):
                kept = best.get(result.entity_id)
                if kept is None or result.score > kept.score:
                    best[result.entity_id] = result
        ranked = [r for r in sorted(best.values(), key=lambda r: -r.score) if params.kept(r)]
        responses[key] = {
            "status": 200,
            "results": [
                scored_entity(r, service.entry(screener, r.entity_id), cut)
                for r in ranked[: params.limit]
            ],
            "total": {"value": len(ranked), "relation": "eq"},
            "query": example.model_dump(by_alias=True),
        }
    payload = {"responses": responses, "matcher": MATCHER, "limit": params.limit}
    return JSONResponse(payload, headers={"x-batch-size": str(len(responses))})


@router.post(
    "/match",
    response_model=EntityMatchResponse,
    summary="Query by example (yente-compatible)",
    responses={400: {"description": "Invalid query"}, 422: {"description": "Malformed query"}},
)
async def match(service: ServiceDep, body: EntityMatchQuery, params: Params) -> JSONResponse:
    """Match entities given as examples (``{"schema", "properties"}``, as yente takes them),
    e.g. a Person with ``name``, ``birthDate`` and ``nationality``. Keys of ``queries`` are
    chosen by the client and come back as keys of ``responses``."""
    return await _match(body, service, None, params)


@router.post(
    "/match/{dataset}",
    response_model=EntityMatchResponse,
    summary="Query by example in one list (yente-compatible)",
    responses={
        400: {"description": "Invalid query"},
        404: {"description": "No such list"},
        422: {"description": "Malformed query"},
    },
)
async def match_dataset(
    service: ServiceDep,
    dataset: Annotated[str, Path(max_length=64, description="A list, or default for all.")],
    body: EntityMatchQuery,
    params: Params,
) -> JSONResponse:
    """As ``/match``, against the newest publication of one list (yente's ``default`` and
    ``sanctions`` mean every list)."""
    return await _match(body, service, dataset, params)
