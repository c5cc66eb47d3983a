"""Turning library errors into one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

from typing import IO, Any

import click
from typer.core import TyperGroup

from listwatch.errors import ListwatchError

__all__ = ["CliError", "ListwatchGroup"]


class CliError(click.ClickException):
    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class ListwatchGroup(TyperGroup):
    """A Typer group that reports ``ListwatchError`` as ``error: <message>`` with exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ListwatchError as exc:
            raise CliError(str(exc)) from exc
