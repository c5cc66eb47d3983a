"""Prometheus metrics: requests by route and status, and their duration.

With several workers (``serve --workers N``), ``PROMETHEUS_MULTIPROC_DIR`` is set by ``serve``
and ``/metrics`` adds up the figures of every worker process.
"""

from __future__ import annotations

import os
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONTENT_TYPE_LATEST", "MetricsMiddleware", "render_metrics"]

REQUESTS = Counter(
    "listwatch_http_requests_total", "HTTP requests handled.", ["method", "route", "status"]
)
DURATION = Histogram(
    "listwatch_http_request_duration_seconds",
    "Time to answer an HTTP request.",
    ["route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)


class MetricsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # The labelled series, looked up once each: ``labels()`` costs more than the update.
        self._counters: dict[tuple[str, str, int], Counter] = {}
        self._histograms: dict[str, Histogram] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = scope.get("route")
            # The route template, not the path: ids in paths would make endless series.
            label = getattr(route, "path", None) or "unmatched"
            key = (scope["method"], label, status)
            counter = self._counters.get(key)
            if counter is None:
                counter = self._counters[key] = REQUESTS.labels(key[0], label, str(status))
            histogram = self._histograms.get(label)
            if histogram is None:
                histogram = self._histograms[label] = DURATION.labels(label)
            counter.inc()
            histogram.observe(time.perf_counter() - start)


def render_metrics() -> bytes:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest(REGISTRY)
