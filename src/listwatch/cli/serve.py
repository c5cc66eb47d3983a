"""``listwatch serve``: the REST API and web page, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Annotated

import typer

from listwatch.api.config import is_loopback
from listwatch.cli.errors import fail
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.store.api_keys import has_active_api_keys


def _environment(
    settings: Settings, host: str, lists: str | None, require_keys: bool, workers: int
) -> None:
    """Hand the settings to uvicorn's worker processes through the environment."""
    os.environ["LISTWATCH_HOME"] = str(settings.home)
    if settings.database_url:
        os.environ["LISTWATCH_DATABASE_URL"] = settings.database_url
    os.environ["LISTWATCH_API_HOST"] = host
    if lists:
        os.environ["LISTWATCH_API_LISTS"] = lists
    if require_keys:
        os.environ["LISTWATCH_API_REQUIRE_KEYS"] = "1"
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="listwatch-metrics-")


def _get(path: str) -> None:
    """Answer one GET in-process and print it (a smoke test without a server)."""
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    with TestClient(create_app()) as client:
        response = client.get(path)
    sys.stdout.write(response.text + ("\n" if not response.text.endswith("\n") else ""))
    if response.status_code >= 400:
        raise typer.Exit(1)


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to listen on; beyond loopback API keys are required.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=0, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1, max=64)] = 1,
    lists: Annotated[
        str | None,
        typer.Option(help="DATASET[@DATE],… screened by default (default: newest of each)."),
    ] = None,
    require_keys: Annotated[bool, typer.Option(help="Require API keys on loopback too.")] = False,
    access_log: Annotated[
        bool, typer.Option(help="Log every request (names screened from the web page included).")
    ] = False,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
    get: Annotated[
        str | None,
        typer.Option("--get", help="Answer one GET for this path in-process, print it, exit."),
    ] = None,
) -> None:
    """Serve the REST API (/docs) and the web page (/)."""
    settings: Settings = ctx.obj
    _environment(settings, host, lists, require_keys, workers)
    if get is not None:
        _get(get)
        return
    store = open_store(settings)  # loads the snapshot once, before any worker starts
    keys_needed = require_keys or not is_loopback(host)
    if keys_needed and not has_active_api_keys(store):
        where = f"on {host}" if not is_loopback(host) else "with --require-keys"
        raise fail(
            f"refusing to serve {where} without an API key: create one with "
            "`listwatch keys create NAME`, or listen on 127.0.0.1 (the default)",
            code=2,
        )
    if workers > 1:  # build the index cache once rather than in every worker at the same time
        from listwatch.index.cache import load_index
        from listwatch.screening.selection import select_publications

        load_index(store, select_publications(store, lists), settings.cache_dir)
    store.close()
    import uvicorn

    uvicorn.run(
        "listwatch.api.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        access_log=access_log,
        server_header=False,
        http="listwatch.api.server:NoDelayHttpToolsProtocol",
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
