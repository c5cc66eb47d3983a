"""``listwatch show``: everything known about one entry, with its history."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from listwatch.cli.output import Format, console, emit_json
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.model import Entity, country_name
from listwatch.store import EntityHistory, entity_history

_COUNTRY_PROPS = {"nationality", "citizenship", "country", "jurisdiction", "flag"}
_LABELS = {
    "name": "Name",
    "alias": "Alias (a.k.a.)",
    "previousName": "Former name (f.k.a.)",
    "weakAlias": "Weak alias",
}


def _facts(entity: Entity) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    table.add_row("Id", entity.id)
    table.add_row("Type", entity.schema)
    for kind, label in _LABELS.items():
        for name in entity.names:
            if name.kind == kind:
                script = f" [{name.script}]" if name.script else ""
                table.add_row(label, name.value + script)
    for prop, values in sorted(entity.props.items()):
        if prop == "notes":
            continue
        shown = [
            f"{country_name(v)} ({v})" if prop in _COUNTRY_PROPS and len(v) == 2 else v
            for v in values
        ]
        table.add_row(prop, "; ".join(shown))
    for ident in entity.identifiers:
        where = f" ({country_name(ident.country)})" if ident.country else ""
        table.add_row(ident.label or ident.scheme, f"{ident.value}{where}")
    for address in entity.addresses:
        table.add_row("Address", address.full)
    for link in entity.links:
        table.add_row(link.relation, link.target_name)
    for note in entity.get("notes"):
        table.add_row("Remarks", note)
    return table


def _render(history: EntityHistory) -> None:
    entity = history.entity
    console.print(f"[bold]{entity.caption}[/bold]  ({entity.id})")
    console.print(_facts(entity))
    status = (
        f"listed in {history.newest.name}"
        if history.listed_now
        else f"NOT in the newest publication {history.newest.name} (delisted)"
    )
    console.print(
        f"\nFirst seen {history.first_seen}, last seen {history.last_seen}; {status}. "
        f"Data from {history.publication.name} ({history.publication.age_days()} days old)."
    )
    table = Table(title="History across stored publications", title_justify="left")
    for col in ("publication", "event", "details"):
        table.add_column(col, overflow="fold")
    for event in history.events:
        details = "; ".join(
            f"{f.field}: " + " ".join([f"-{v}" for v in f.removed] + [f"+{v}" for v in f.added])
            for f in event.fields
        )
        table.add_row(event.published.isoformat(), event.kind, details)
    console.print(table)


def show(
    ctx: typer.Context,
    entity_id: Annotated[str, typer.Argument(help="Entry id, e.g. us_ofac_sdn:22790.")],
    fmt: Annotated[Format, typer.Option("--format", help="Output format (table or json).")] = (
        Format.table
    ),
) -> None:
    """Everything known about an entry, with its history across publications."""
    settings: Settings = ctx.obj
    history = entity_history(open_store(settings), entity_id)
    if fmt is Format.table:
        _render(history)
    else:
        emit_json(history.to_dict())


def register(app: typer.Typer) -> None:
    app.command("show")(show)
