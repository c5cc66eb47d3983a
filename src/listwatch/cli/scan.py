"""``listwatch scan``: find listed parties in a text or a payment message."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from listwatch.api_facade import get_screener
from listwatch.cli.options import FailOnAlertOption
from listwatch.cli.output import Format, console, emit_json, emit_rows, err_console
from listwatch.config import Settings
from listwatch.errors import ConfigError
from listwatch.scan import FORMATS, scan
from listwatch.scan.report import render_report

_COLUMNS = [
    "start", "end", "text", "field", "how", "id", "score", "caption", "programs", "published",
]  # fmt: skip


def _read(source: str) -> str:
    try:
        if source == "-":
            return sys.stdin.read()
        return Path(source).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"FILE: {source} does not exist (use - to read standard input)") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"FILE: {source} is not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise ConfigError(f"FILE: {source}: {exc.strerror}") from exc


def scan_command(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Text or message; - for stdin.")],
    input_format: Annotated[
        str,
        typer.Option("--as", help="auto, text, mt103 or pacs008 (default: recognised)."),
    ] = "auto",
    lists: Annotated[
        str | None,
        typer.Option(help="DATASET[@DATE],… to scan against (default: newest of each)."),
    ] = None,
    threshold: Annotated[float | None, typer.Option(help="Alert threshold in (0, 1].")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    fail_on_alert: FailOnAlertOption = False,
) -> None:
    """Find every mention of a listed party in a text, an MT103 or a pacs.008 message."""
    settings: Settings = ctx.obj
    if input_format not in FORMATS:
        raise ConfigError(f"--as: {input_format!r} is not one of {', '.join(FORMATS)}")
    text = _read(source)
    screener = get_screener(settings, lists)
    report = scan(text, screener, fmt=input_format, threshold=threshold)
    if fmt is Format.json:
        emit_json(report.to_dict())
    elif fmt is Format.csv:
        rows = [
            {**m.to_dict(), **match.to_dict(), "programs": ", ".join(match.programs)}
            for m in report.mentions
            for match in m.matches
        ]
        emit_rows(rows, _COLUMNS, fmt)
    else:
        render_report(report, console)
        err_console.print(f"lists: {', '.join(report.lists)}", soft_wrap=True)
    if report.mentions and fail_on_alert:
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_command)
