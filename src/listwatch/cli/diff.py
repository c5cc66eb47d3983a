"""``listwatch diff``: entries added, removed and changed between two publications."""

from __future__ import annotations

from typing import Annotated

import typer

from listwatch.cli.imports import parse_day
from listwatch.cli.output import Format, console, emit_json, emit_rows
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.store import Changes, diff_publications


def _field_text(change: Changes, limit: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for entry in change.entries[:limit] if limit else change.entries:
        details = "; ".join(
            f"{f.field}: " + " ".join([f"-{v!r}" for v in f.removed] + [f"+{v!r}" for v in f.added])
            for f in entry.fields
        )
        rows.append(
            {
                "change": entry.kind,
                "id": entry.entity_id,
                "caption": entry.caption,
                "schema": entry.schema,
                "programs": ", ".join(entry.programs),
                "fields": details,
            }
        )
    return rows


def diff(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Argument(help="Dataset name, e.g. us_ofac_sdn.")],
    from_date: Annotated[
        str | None, typer.Option("--from", help="Older publication (default: the one before --to).")
    ] = None,
    to_date: Annotated[
        str | None, typer.Option("--to", help="Newer publication (default: the newest).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many entries (0: all).")] = 0,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Entries added, removed and changed (field by field) between two publications."""
    settings: Settings = ctx.obj
    store = open_store(settings)
    changes = diff_publications(
        store, dataset, parse_day(from_date, "--from"), parse_day(to_date, "--to")
    )
    if fmt is Format.json:
        emit_json(changes.to_dict())
        return
    rows = _field_text(changes, limit)
    columns = ["change", "id", "caption", "schema", "programs", "fields"]
    if fmt is Format.table:
        console.print(
            f"{changes.before.name} → {changes.after.name}: {len(changes.added)} added, "
            f"{len(changes.removed)} removed, {len(changes.changed)} changed"
        )
        if not rows:
            return
    emit_rows(rows, columns, fmt)


def register(app: typer.Typer) -> None:
    app.command("diff")(diff)
