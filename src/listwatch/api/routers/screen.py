"""POST /screen: one query, ranked results with explanations."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from listwatch.api.models import ScreenRequest, ScreenResponse
from listwatch.api.service import ServiceDep
from listwatch.matching.result import MatchResult
from listwatch.screening.query import make_query

__all__ = ["result_dict", "router"]

router = APIRouter(tags=["Screening"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad list selection"},
    404: {"description": "No such list publication"},
    413: {"description": "Request body too large"},
    422: {"description": "Malformed query"},
}


def result_dict(result: MatchResult) -> dict[str, Any]:
    out = result.to_dict()
    out["explanation"]["summary"] = result.summary()
    return out


@router.post(
    "/screen",
    response_model=ScreenResponse,
    responses=_ERRORS,
    summary="Screen one name against the lists",
)
async def screen(body: ScreenRequest, service: ServiceDep) -> JSONResponse:
    """Results at or above the threshold, best first, each with its score, match flag, the
    programs and publication date of its list, and an explanation of the score."""
    query = make_query(
        body.name,
        schema=body.schema_,
        birth_date=body.birth_date,
        country=body.country,
        gender=body.gender,
        identifiers=body.identifiers,
    )
    screener = await service.screener_for(body.lists)
    results = screener.screen(query, threshold=body.threshold, limit=body.limit)
    payload = {
        "query": {
            "name": query.name,
            "schema": query.schema,
            "birth_date": query.birth_date,
            "country": query.country,
        },
        "threshold": screener.threshold if body.threshold is None else body.threshold,
        "lists": list(screener.index.publications),
        "results": [result_dict(r) for r in results],
    }
    return JSONResponse(payload)
