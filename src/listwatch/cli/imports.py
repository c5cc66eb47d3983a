"""``listwatch import``: local official files as a publication."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from listwatch.cli.output import Format, emit_json, err_console
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.errors import ConfigError
from listwatch.store import import_files


def parse_day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{flag} {value!r} is not a date; use YYYY-MM-DD") from exc


def import_command(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Argument(help="Dataset name, e.g. us_ofac_sdn.")],
    files: Annotated[list[Path], typer.Argument(help="The publication's files.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (when the file has none).")
    ] = None,
    replace: Annotated[
        bool, typer.Option(help="Overwrite a stored publication of the same date.")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Import local official files as one publication (offline use, tests, evaluation)."""
    settings: Settings = ctx.obj
    store = open_store(settings)
    pub = import_files(
        store, dataset, files, published=parse_day(published, "--published"), replace=replace
    )
    if fmt is Format.json:
        emit_json(pub.to_dict())
    else:
        err_console.print(f"imported {pub.name}: {pub.entry_count} entries")


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
