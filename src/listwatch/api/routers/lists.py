"""GET /lists: the stored publications, their dates and ages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from listwatch.api.service import Service, ServiceDep
from listwatch.sources import SOURCES, get_source
from listwatch.store import PublicationInfo

__all__ = ["list_rows", "router"]

router = APIRouter(tags=["Lists"])


def list_rows(service: Service, all_publications: bool = False) -> list[dict[str, Any]]:
    store = service.store
    pubs: list[PublicationInfo] = store.publications() if all_publications else store.latest()
    screened = set(service.screener.index.publications)
    rows = []
    for pub in pubs:
        row = pub.to_dict()
        row["name"] = pub.name
        row["title"] = get_source(pub.dataset).title if pub.dataset in SOURCES else pub.dataset
        row["old"] = row["age_days"] > service.settings.max_age_days
        row["screened"] = pub.name in screened
        rows.append(row)
    return rows


@router.get("/lists", summary="Stored list publications")
def lists(
    service: ServiceDep,
    all_publications: Annotated[
        bool, Query(alias="all", description="Every stored publication, not only the newest.")
    ] = False,
) -> dict[str, Any]:
    """Each list's publication date, entry count and age in days; ``old`` when older than
    ``LISTWATCH_MAX_AGE_DAYS``; ``screened`` when the service screens against it by default."""
    return {
        "max_age_days": service.settings.max_age_days,
        "publications": list_rows(service, all_publications),
    }
