"""``listwatch screen``: one name against the lists, with an explanation for every result."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from listwatch.api_facade import get_screener
from listwatch.cli.options import FailOnAlertOption, ListsOption, ThresholdOption
from listwatch.cli.output import Format, console, emit_json, emit_rows, err_console
from listwatch.config import Settings
from listwatch.screening.query import make_query


def screen(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The name to screen.")],
    schema: Annotated[
        str | None, typer.Option(help="Person, Organization, Company, Vessel, Aircraft…")
    ] = None,
    birth_date: Annotated[str | None, typer.Option(help="Birth date YYYY[-MM[-DD]].")] = None,
    country: Annotated[
        str | None, typer.Option(help="Nationality or country (name or code).")
    ] = None,
    gender: Annotated[str | None, typer.Option(help="male or female.")] = None,
    identifier: Annotated[
        list[str] | None, typer.Option(help="Passport, IMO or other number (repeatable).")
    ] = None,
    lists: ListsOption = None,
    threshold: ThresholdOption = None,
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 10,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    fail_on_alert: FailOnAlertOption = False,
) -> None:
    """Screen one name against the lists and explain every result."""
    settings: Settings = ctx.obj
    query = make_query(
        name,
        schema=schema,
        birth_date=birth_date,
        country=country,
        gender=gender,
        identifiers=identifier,
    )
    screener = get_screener(settings, lists)
    results = screener.screen(query, threshold=threshold, limit=limit)
    if fmt is Format.json:
        emit_json(
            {
                "query": {
                    "name": query.name,
                    "schema": query.schema,
                    "birth_date": query.birth_date,
                    "country": query.country,
                },
                "threshold": screener.threshold if threshold is None else threshold,
                "lists": list(screener.index.publications),
                "results": [r.to_dict() for r in results],
            }
        )
    elif fmt is Format.csv:
        rows = [
            {**r.to_dict(), "explanation": r.summary(), "programs": ", ".join(r.programs)}
            for r in results
        ]
        emit_rows(
            rows, ["id", "score", "caption", "schema", "programs", "published", "explanation"], fmt
        )
    else:
        if not results:
            console.print(
                f"No alert for {query.name!r} "
                f"({len(screener.index)} entries in {len(screener.index.publications)} "
                "publications screened)."
            )
        else:
            table = Table(title=f"Alerts for {query.name!r}", title_justify="left")
            for col in ("#", "score", "id", "name", "programs", "list date"):
                table.add_column(col, overflow="fold")
            for no, r in enumerate(results, start=1):
                table.add_row(
                    str(no),
                    f"{r.score:.2f}",
                    r.entity_id,
                    r.caption,
                    ", ".join(r.programs),
                    r.published,
                )
            console.print(table)
            for no, r in enumerate(results, start=1):
                console.print(f"{no}. {r.summary()}", soft_wrap=True)
        oldest = min((p.rsplit("@", 1)[1] for p in screener.index.publications), default="")
        err_console.print(
            f"lists: {', '.join(screener.index.publications)} (oldest {oldest})", soft_wrap=True
        )
    if results and fail_on_alert:
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command("screen")(screen)
