"""One JSON error shape for every failure: ``{"error": {"type": ..., "detail": ...}}``.

``ListwatchError`` subclasses carry their HTTP status; request validation, unknown routes and
refusals by the middleware use the same shape. Unexpected exceptions become a 500 whose detail
says nothing about the internals (the traceback goes to the server log only).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from listwatch.errors import ListwatchError

__all__ = [
    "ErrorDetail",
    "error_response",
    "install_error_handlers",
    "listwatch_error_response",
    "validation_detail",
]

log = logging.getLogger("listwatch.api")

ErrorDetail = dict[str, Any]

_HTTP_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    429: "TooManyRequests",
}


def error_response(
    status: int, kind: str, detail: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        {"error": {"type": kind, "detail": detail}}, status_code=status, headers=headers
    )


def validation_detail(errors: Sequence[Any]) -> str:
    """``body.name: Field required; query.limit: ...`` — where, then what."""
    parts = []
    for err in errors:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def listwatch_error_response(exc: ListwatchError) -> JSONResponse:
    """The answer to a ``ListwatchError``: its status, its class name as the type."""
    if exc.status >= 500:
        log.error("%s: %s", type(exc).__name__, exc.detail)
    return error_response(exc.status, type(exc).__name__, str(exc))


async def _listwatch_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ListwatchError)
    return listwatch_error_response(exc)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "ValidationError", validation_detail(exc.errors()))


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    kind = _HTTP_TYPES.get(exc.status_code, "HTTPError")
    return error_response(exc.status_code, kind, str(exc.detail), exc.headers)


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "InternalError", "internal error; see the server log")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ListwatchError, _listwatch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
