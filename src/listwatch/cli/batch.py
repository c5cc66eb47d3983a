"""``listwatch batch``: screen a file of customers (CSV, TSV, Parquet, JSON Lines)."""

from __future__ import annotations

import csv
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from listwatch.api_facade import get_screener
from listwatch.batch import (
    BatchOptions,
    BatchSummary,
    ColumnMap,
    FileFormat,
    default_workers,
    detect_format,
    run_batch,
)
from listwatch.batch.readers import count_rows
from listwatch.cli.options import ListsOption, ThresholdOption
from listwatch.cli.output import Format, emit_json, emit_rows, err_console
from listwatch.config import Settings
from listwatch.errors import ConfigError

#: Malformed rows shown on the terminal; the full list is in the malformed-rows file.
SHOWN_MALFORMED = 5


class Engine(StrEnum):
    local = "local"
    spark = "spark"


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} rows/s" if speed else "… rows/s")


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=err_console,
        disable=not enabled,
    )


def _report(summary: BatchSummary, fmt: Format) -> None:
    figures = {
        "rows": summary.rows,
        "rows_with_alerts": summary.alerted_rows,
        "alerts": summary.alerts,
        "malformed_rows": summary.malformed,
        "chunks": summary.chunks,
        "resumed_chunks": summary.resumed_chunks,
        "seconds": round(summary.seconds, 2),
        "rows_per_second": round(summary.rows / summary.seconds) if summary.seconds else None,
        "threshold": summary.threshold,
        "output": summary.output,
        "malformed_file": summary.malformed_file,
        "lists": summary.lists,
    }
    if fmt is Format.json:
        emit_json(figures)
    else:
        rows = [{"figure": k, "value": v} for k, v in figures.items()]
        emit_rows(rows, ["figure", "value"], fmt, title="Batch summary")
    if summary.malformed:
        with Path(summary.malformed_file).open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            next(reader, None)
            for no, (row, _id, reason) in enumerate(reader):
                if no >= SHOWN_MALFORMED:
                    break
                err_console.print(f"malformed row {row}: {reason}", soft_wrap=True, markup=False)
        err_console.print(
            f"{summary.malformed} malformed rows (not screened) listed in {summary.malformed_file}",
            soft_wrap=True,
            markup=False,
        )


def batch(
    ctx: typer.Context,
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="Customers file.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Alerts file to write.")],
    input_format: Annotated[
        FileFormat | None, typer.Option(help="Input format (default: from the file name).")
    ] = None,
    output_format: Annotated[
        FileFormat | None, typer.Option(help="Output format (default: from the file name).")
    ] = None,
    id_column: Annotated[str, typer.Option(help="Column of the customer id.")] = "id",
    name_column: Annotated[str, typer.Option(help="Column of the name to screen.")] = "name",
    schema_column: Annotated[str, typer.Option(help="Column of Person, Company…")] = "schema",
    birth_date_column: Annotated[str, typer.Option(help="Column of the birth date.")] = (
        "birth_date"
    ),
    country_column: Annotated[str, typer.Option(help="Column of the country.")] = "country",
    gender_column: Annotated[str, typer.Option(help="Column of the gender.")] = "gender",
    identifier_column: Annotated[
        list[str] | None,
        typer.Option(help="Column of identifiers, `;`-separated (repeatable)."),
    ] = None,
    lists: ListsOption = None,
    threshold: ThresholdOption = None,
    limit: Annotated[int, typer.Option(help="At most this many alerts per row.")] = 10,
    all_rows: Annotated[
        bool, typer.Option(help="Write every input row, with its best score when no alert.")
    ] = False,
    workers: Annotated[
        int | None, typer.Option(help="Processes screening in parallel (default: all cores).")
    ] = None,
    chunk_size: Annotated[int, typer.Option(help="Rows per chunk.")] = 2000,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted run, skipping finished chunks.")
    ] = False,
    malformed: Annotated[
        Path | None,
        typer.Option(help="Where to list malformed rows (default: OUTPUT.malformed.csv)."),
    ] = None,
    engine: Annotated[Engine, typer.Option(help="local (processes) or spark.")] = Engine.local,
    spark_master: Annotated[
        str | None, typer.Option(help="Spark master URL (default: local[*] or spark-submit's).")
    ] = None,
    progress: Annotated[
        bool | None, typer.Option(help="Show a progress bar (default: on a terminal).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Summary format.")] = Format.table,
) -> None:
    """Screen every row of INPUT; write one row per alert to --output, plus a summary."""
    settings: Settings = ctx.obj
    if not input_path.is_file():
        raise ConfigError(f"INPUT {str(input_path)!r} is not a file")
    if chunk_size < 1 or limit < 0:
        raise ConfigError("--chunk-size must be at least 1 and --limit not negative")
    options = BatchOptions(
        input=input_path,
        output=output,
        input_format=detect_format(input_path, input_format, "--input-format"),
        output_format=detect_format(output, output_format, "--output-format"),
        columns=ColumnMap(
            id=id_column,
            name=name_column,
            schema=schema_column,
            birth_date=birth_date_column,
            country=country_column,
            gender=gender_column,
            identifiers=tuple(identifier_column or ["identifiers"]),
        ),
        threshold=threshold,
        limit=limit,
        all_rows=all_rows,
        chunk_size=chunk_size,
        workers=workers or default_workers(),
        resume=resume,
        malformed=malformed,
    )
    if engine is Engine.spark:
        from listwatch.spark import run_batch_spark

        _report(run_batch_spark(settings, options, lists=lists, master=spark_master), fmt)
        return
    with err_console.status("loading the lists…", spinner="dots"):
        screener = get_screener(settings, lists)
    show = err_console.is_terminal if progress is None else progress
    with _progress(show) as bar:
        task = bar.add_task("screening", total=count_rows(input_path, options.input_format))
        summary = run_batch(screener, options, lambda s: bar.advance(task, s.rows))
    _report(summary, fmt)


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)
