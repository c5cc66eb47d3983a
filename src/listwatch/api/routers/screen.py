"""POST /screen: one query, ranked results with explanations.

The route is declared with FastAPI (schema, documentation, validation errors), and
``ScreenFastPath`` answers the well-formed requests without FastAPI's per-request machinery:
on a busy server that machinery cost more CPU than screening a query (docs/api.md, Performance).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from listwatch.api.errors import listwatch_error_response
from listwatch.api.limits import replaying
from listwatch.api.models import ScreenRequest, ScreenResponse
from listwatch.api.responses import OrjsonResponse
from listwatch.api.service import Service, ServiceDep
from listwatch.errors import ListwatchError
from listwatch.matching.result import MatchResult
from listwatch.screening.query import make_query

__all__ = ["ScreenFastPath", "result_dict", "router", "screen_response"]

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


async def screen_response(service: Service, body: ScreenRequest) -> OrjsonResponse:
    """The answer to one validated query (``ListwatchError`` for unusable input)."""
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
    return OrjsonResponse(payload)


@router.post(
    "/screen",
    response_model=ScreenResponse,
    responses=_ERRORS,
    summary="Screen one name against the lists",
)
async def screen(body: ScreenRequest, service: ServiceDep) -> JSONResponse:
    """Results at or above the threshold, best first, each with its score, match flag, the
    programs and publication date of its list, and an explanation of the score."""
    return await screen_response(service, body)


_ROUTE = next(r for r in router.routes if isinstance(r, APIRoute) and r.path == "/screen")


def _is_json(headers: list[tuple[bytes, bytes]]) -> bool:
    """A JSON ``Content-Type`` (``application/json``, ``application/*+json``), as FastAPI reads
    it: without one, FastAPI does not parse the body as JSON."""
    for name, value in headers:
        if name == b"content-type":
            kind = value.partition(b";")[0].strip().lower()
            return kind == b"application/json" or (
                kind.startswith(b"application/") and kind.endswith(b"+json")
            )
    return False


class ScreenFastPath:
    """Answers ``POST /screen`` when the body is a valid query, else hands the request on.

    It sits inside the metrics, key and body-size middleware, so those apply unchanged. A valid
    body is parsed and validated in one step (``ScreenRequest.model_validate_json``) and answered
    by ``screen_response``, the same code as the route. Everything else (no JSON content type, a
    body that does not validate, a client gone mid-body) goes, body replayed, to the FastAPI
    route, which answers it as it always has: the error messages stay FastAPI's own.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["path"] != "/screen"
            or scope["method"] != "POST"
            or scope.get("root_path")
            or not _is_json(scope["headers"])
        ):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        chunks: list[bytes] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                await self.app(scope, replaying(messages, receive), send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        try:
            body = ScreenRequest.model_validate_json(b"".join(chunks))
        except ValidationError:
            await self.app(scope, replaying(messages, receive), send)
            return
        scope["route"] = _ROUTE  # what routing would have set (the metrics label it)
        scope["endpoint"] = _ROUTE.endpoint
        service: Service = scope["app"].state.service
        response: JSONResponse
        try:
            response = await screen_response(service, body)
        except ListwatchError as exc:
            response = listwatch_error_response(exc)
        await response(scope, receive, send)
