"""The ``listwatch`` application: global options and command registration."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from listwatch.cli.errors import ListwatchGroup
from listwatch.config import load_settings

app = typer.Typer(
    cls=ListwatchGroup,
    no_args_is_help=True,
    add_completion=False,
    help="Screen names against official sanctions and terrorist-designation lists.",
    rich_markup_mode=None,
)


@app.callback()
def _global(
    ctx: typer.Context,
    home: Annotated[
        Path | None,
        typer.Option(help="Data directory (default: $LISTWATCH_HOME or ~/.local/share/listwatch)."),
    ] = None,
    database_url: Annotated[
        str | None,
        typer.Option(help="SQLAlchemy database URL (default: SQLite in the data directory)."),
    ] = None,
) -> None:
    ctx.obj = load_settings(home=home, database_url=database_url)


def _register() -> None:
    from listwatch.cli import (
        batch,
        compare,
        diff,
        evaluate,
        imports,
        keys,
        lists,
        scan,
        screen,
        serve,
        show,
        sync,
    )

    for module in (
        lists,
        imports,
        diff,
        show,
        sync,
        screen,
        scan,
        compare,
        evaluate,
        batch,
        serve,
        keys,
    ):
        module.register(app)


_register()


def main() -> None:
    app()
