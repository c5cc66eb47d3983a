"""GET /changes: entries added, removed and changed between two publications of a list."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query

from listwatch.api.service import Service, ServiceDep
from listwatch.store import Changes, diff_publications

__all__ = ["recent_changes", "router"]

router = APIRouter(tags=["Lists"])


def recent_changes(service: Service) -> list[Changes]:
    """For every list with two or more stored publications: the newest against the one before."""
    store = service.store
    return [
        diff_publications(store, dataset)
        for dataset in store.datasets()
        if len(store.publications(dataset)) > 1
    ]


@router.get(
    "/changes",
    summary="Changes between publications",
    responses={404: {"description": "No such dataset or publication"}},
)
def changes(
    service: ServiceDep,
    dataset: Annotated[
        str | None,
        Query(max_length=64, description="The list (default: every list with two publications)."),
    ] = None,
    from_date: Annotated[
        dt.date | None, Query(alias="from", description="Earlier publication.")
    ] = None,
    to_date: Annotated[dt.date | None, Query(alias="to", description="Later publication.")] = None,
) -> dict[str, Any]:
    """Added, removed and changed entries (with the fields that changed). Without ``dataset``,
    the newest publication of every list against the one before it."""
    if dataset is None:
        found = recent_changes(service)
    else:
        found = [diff_publications(service.store, dataset, from_date, to_date)]
    return {"changes": [c.to_dict() for c in found]}
