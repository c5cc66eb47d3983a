"""The web page: search, an entry with its history, the lists and their changes.

Server-rendered templates and no JavaScript; every page reads the same library calls as the JSON
API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from listwatch.api.routers.changes import recent_changes
from listwatch.api.routers.lists import list_rows
from listwatch.api.routers.screen import result_dict
from listwatch.api.service import Service, ServiceDep
from listwatch.errors import ListwatchError
from listwatch.model import country_name
from listwatch.screening.query import make_query
from listwatch.store import entity_history

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
templates.env.filters["country"] = lambda code: country_name(code) or code


def _form(request: Request) -> dict[str, str]:
    params = request.query_params
    return {k: params.get(k, "").strip()[:500] for k in ("name", "birth_date", "country")}


def _screen(service: Service, form: dict[str, str], threshold: float | None, limit: int) -> Any:
    query = make_query(
        form["name"], birth_date=form["birth_date"] or None, country=form["country"] or None
    )
    return service.screener.screen(query, threshold=threshold, limit=limit)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, service: ServiceDep) -> HTMLResponse:
    form = _form(request)
    context: dict[str, Any] = {"form": form, "results": None, "error": None}
    status = 200
    if form["name"]:
        try:
            context["results"] = [result_dict(r) for r in _screen(service, form, None, 20)]
        except ListwatchError as exc:
            context["error"], status = str(exc), exc.status
    context["threshold"] = service.screener.threshold
    context["lists"] = service.screener.index.publications
    return templates.TemplateResponse(request, "search.html", context, status_code=status)


@router.get("/web/entries/{entity_id}", response_class=HTMLResponse)
def entry_page(request: Request, entity_id: str, service: ServiceDep) -> HTMLResponse:
    form = _form(request)
    try:
        history = entity_history(service.store, entity_id)
    except ListwatchError as exc:
        failed = {"error": str(exc), "form": form}
        return templates.TemplateResponse(request, "error.html", failed, status_code=exc.status)
    why = None
    if form["name"]:
        try:
            found = _screen(service, form, 0.0, 0)
        except ListwatchError:
            found = []
        why = next((result_dict(r) for r in found if r.entity_id == entity_id), None)
    entity = history.entity
    context: dict[str, Any] = {
        "form": form,
        "history": history,
        "entity": entity,
        "props": {k: v for k, v in sorted(entity.props.items()) if k not in ("program", "notes")},
        "why": why,
    }
    return templates.TemplateResponse(request, "entry.html", context)


@router.get("/web/lists", response_class=HTMLResponse)
def lists_page(request: Request, service: ServiceDep) -> HTMLResponse:
    context = {
        "rows": list_rows(service, all_publications=True),
        "max_age_days": service.settings.max_age_days,
    }
    return templates.TemplateResponse(request, "lists.html", context)


@router.get("/web/changes", response_class=HTMLResponse)
def changes_page(request: Request, service: ServiceDep) -> HTMLResponse:
    context = {"changes": [c.to_dict() for c in recent_changes(service)]}
    return templates.TemplateResponse(request, "changes.html", context)
