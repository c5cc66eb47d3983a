"""``listwatch lists``: what is loaded, how old it is."""

from __future__ import annotations

from typing import Annotated

import typer

from listwatch.cli.output import Format, emit_rows, err_console
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.sources import SOURCES, get_source


def lists(
    ctx: typer.Context,
    all_publications: Annotated[
        bool, typer.Option("--all", help="Every stored publication, not only the newest.")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Datasets, publication dates, entry counts and age, with a warning when data is old."""
    settings: Settings = ctx.obj
    store = open_store(settings)
    pubs = store.publications() if all_publications else store.latest()
    rows = []
    old = []
    for pub in pubs:
        title = get_source(pub.dataset).title if pub.dataset in SOURCES else pub.dataset
        age = pub.age_days()
        stale = age > settings.max_age_days
        if stale and not all_publications:
            old.append(pub)
        rows.append(
            {
                "dataset": pub.dataset,
                "title": title,
                "published": pub.published.isoformat(),
                "entries": pub.entry_count,
                "age_days": age,
                "status": "OLD" if stale else "current",
                "fetched_at": pub.fetched_at.strftime("%Y-%m-%d %H:%M"),
                "source": pub.source,
            }
        )
    columns = ["dataset", "title", "published", "entries", "age_days", "status", "fetched_at"]
    if fmt is not Format.table:
        columns.append("source")
    emit_rows(rows, columns, fmt, title="Stored list publications")
    if not rows:
        err_console.print("warning: no list is stored; run `listwatch sync` or `listwatch import`")
    for pub in old:
        err_console.print(
            f"warning: {pub.name} is {pub.age_days()} days old "
            f"(older than {settings.max_age_days}); run `listwatch sync {pub.dataset}`"
        )


def register(app: typer.Typer) -> None:
    app.command("lists")(lists)
