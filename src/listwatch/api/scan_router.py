"""POST /scan: every mention of a listed party in a text or a payment message."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from listwatch.api.service import ServiceDep
from listwatch.scan import scan

__all__ = ["ScanRequest", "router"]

router = APIRouter(tags=["Scanning"])

#: Largest text accepted in one request (characters).
MAX_TEXT = 5_000_000

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad list selection"},
    404: {"description": "No such list publication"},
    413: {"description": "Request body too large"},
    422: {"description": "Malformed text, message or threshold"},
}


class ScanRequest(BaseModel):
    text: str = Field(max_length=MAX_TEXT, description="Plain text, an MT103 or pacs.008 XML.")
    format: Literal["auto", "text", "mt103", "pacs008"] = "auto"
    lists: list[str] | None = Field(default=None, description="DATASET[@DATE] values.")
    threshold: float | None = Field(default=None, gt=0.0, le=1.0)


@router.post("/scan", responses=_ERRORS, summary="Find listed parties in a text or message")
async def scan_text(body: ScanRequest, service: ServiceDep) -> JSONResponse:
    """Each mention with its character offsets, the span, and the entries it matches (id,
    score, programs, list date); then each matched entry once. Name fields of MT103 and
    pacs.008 messages are screened as names, free-text fields scanned."""
    screener = await service.screener_for(body.lists)
    report = await run_in_threadpool(
        scan, body.text, screener, fmt=body.format, threshold=body.threshold
    )
    return JSONResponse(report.to_dict())
