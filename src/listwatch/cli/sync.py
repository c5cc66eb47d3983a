"""``listwatch sync``: fetch fresh lists from their publishers."""

from __future__ import annotations

from typing import Annotated

import typer

from listwatch.cli.output import Format, emit_rows
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.sync import sync


def sync_command(
    ctx: typer.Context,
    datasets: Annotated[
        list[str] | None, typer.Argument(help="Datasets to sync (default: all).")
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Accept a publication whose entry count collapsed; refetch all.")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Download, verify and atomically swap in fresh official lists."""
    settings: Settings = ctx.obj
    store = open_store(settings)
    results = sync(store, settings, datasets or [], force=force)
    rows = [
        {
            "dataset": r.dataset,
            "status": r.status,
            "published": r.publication.published.isoformat() if r.publication else "",
            "detail": r.detail,
        }
        for r in results
    ]
    emit_rows(rows, ["dataset", "status", "published", "detail"], fmt, title="Sync")
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("sync")(sync_command)
