"""GET /entities/{id}: an entry as last published, with its history across publications."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from listwatch.api.service import ServiceDep
from listwatch.store import entity_history

__all__ = ["router"]

router = APIRouter(tags=["Entries"])


@router.get(
    "/entities/{entity_id}",
    summary="An entry and its history",
    responses={404: {"description": "No stored publication holds the entry"}},
)
def get_entity(
    service: ServiceDep,
    entity_id: Annotated[
        str,
        Path(max_length=300, description="<dataset>:<native id>", examples=["us_ofac_sdn:22790"]),
    ],
) -> dict[str, Any]:
    """The newest stored version of the entry (names, identifiers, programs…), when it was first
    and last seen, whether the newest publication still lists it, and every listing, change and
    delisting across the stored publications of its list."""
    return entity_history(service.store, entity_id).to_dict()
