"""Probes and metrics: GET /healthz, GET /readyz, GET /metrics."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from listwatch.api.metrics import CONTENT_TYPE_LATEST, render_metrics

__all__ = ["router"]

router = APIRouter(tags=["Service"])


@router.get("/healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="The lists are loaded and screening works",
    responses={503: {"description": "Still loading"}},
)
async def readyz(request: Request) -> Any:
    service = getattr(request.app.state, "service", None)
    if service is None:
        return JSONResponse(
            {"error": {"type": "NotReady", "detail": "the lists are still loading"}},
            status_code=503,
        )
    index = service.screener.index
    return {
        "status": "ready",
        "entries": len(index),
        "lists": list(index.publications),
        "worker": os.getpid(),  # with --workers N, tells which process answered
    }


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics() -> Response:
    return Response(render_metrics(), media_type=CONTENT_TYPE_LATEST)
