"""``listwatch keys``: create, list and revoke the API keys of ``listwatch serve``."""

from __future__ import annotations

from typing import Annotated

import typer

from listwatch.cli.errors import ListwatchGroup
from listwatch.cli.output import Format, emit_rows, err_console
from listwatch.config import Settings
from listwatch.store import Store
from listwatch.store.api_keys import create_api_key, list_api_keys, revoke_api_key

keys_app = typer.Typer(
    cls=ListwatchGroup,
    no_args_is_help=True,
    help="API keys for `listwatch serve` (stored hashed; a key is shown once, when created).",
    rich_markup_mode=None,
)


def _store(ctx: typer.Context) -> Store:
    settings: Settings = ctx.obj
    return Store(settings.db_url)


@keys_app.command("create")
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name for the key, e.g. the client using it.")],
) -> None:
    """Create a key and print it (only this once) on stdout."""
    record, key = create_api_key(_store(ctx), name)
    typer.echo(key)
    err_console.print(
        f"Created API key {record.name!r} (id {record.key_id}). Store it now: it is not shown "
        "again. Send it as 'Authorization: Bearer <key>'."
    )


@keys_app.command("list")
def list_keys(
    ctx: typer.Context,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Every key, active or revoked (never the key itself)."""
    rows = [key.to_dict() for key in list_api_keys(_store(ctx))]
    emit_rows(rows, ["name", "key_id", "created_at", "revoked_at", "active"], fmt, title="API keys")
    if not rows:
        err_console.print("no API key yet; create one with `listwatch keys create NAME`")


@keys_app.command("revoke")
def revoke(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The name of the key to revoke.")],
) -> None:
    """Revoke a key; servers stop accepting it within a minute."""
    record = revoke_api_key(_store(ctx), name)
    err_console.print(f"Revoked API key {record.name!r} (id {record.key_id}).")


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
