"""The FastAPI application factory: one router per area, one error shape, keys beyond loopback.

``create_app`` is what tests use; ``app_from_env`` is what ``listwatch serve`` hands to uvicorn
(one call per worker process), reading the settings from the environment ``serve`` prepared.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from listwatch import __version__
from listwatch.api import scan_router
from listwatch.api.auth import ApiKeyMiddleware
from listwatch.api.config import ApiSettings, load_api_settings
from listwatch.api.errors import install_error_handlers
from listwatch.api.limits import BodySizeLimit
from listwatch.api.metrics import MetricsMiddleware
from listwatch.api.ratelimit import RateLimiter
from listwatch.api.routers import changes, entities, health, lists, match, screen, web
from listwatch.api.service import Service
from listwatch.config import Settings, load_settings
from listwatch.store import Store

__all__ = ["app_from_env", "create_app"]

_STATIC = Path(__file__).resolve().parent / "static"
_DESCRIPTION = """Screen names against official sanctions lists, with an explanation for every
score. `POST /screen` takes one query; `POST /match` takes many, in the request and response
shape of OpenSanctions' yente. Every error is `{"error": {"type": ..., "detail": ...}}`. When the
server listens beyond loopback every request except `/healthz` and `/readyz` needs an API key:
`Authorization: Bearer <key>` (keys are created with `listwatch keys create NAME`)."""


def create_app(settings: Settings | None = None, api: ApiSettings | None = None) -> FastAPI:
    settings = settings or load_settings()
    api = api or load_api_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = await to_thread.run_sync(Service.load, settings, api)
        app.state.service = service
        try:
            yield
        finally:
            service.close()

    app = FastAPI(
        title="listwatch",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        # FastAPI's native OpenTelemetry hooks check for configured providers on every request
        # (about 7 µs); listwatch's metrics are Prometheus (/metrics) and it ships no OTel SDK.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    install_error_handlers(app)
    for module in (screen, match, entities, lists, changes, health, web):
        app.include_router(module.router)
    app.include_router(scan_router.router)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    # Added last runs first: metrics, then keys, then the body size limit, then the routes
    # (POST /screen answered by its fast path when the body is a valid query).
    app.add_middleware(screen.ScreenFastPath)
    app.add_middleware(BodySizeLimit, max_bytes=api.max_body_bytes)
    if api.keys_required:
        # Its own engine: the key check must not wait on the service's startup.
        keys_store = Store(settings.db_url)
        app.add_middleware(
            ApiKeyMiddleware, store=keys_store, limiter=RateLimiter(api.rate_per_second, api.burst)
        )
    app.add_middleware(MetricsMiddleware)
    return app


def app_from_env() -> FastAPI:
    """The app for uvicorn's ``--factory`` mode (settings from ``LISTWATCH_*`` variables)."""
    return create_app()
