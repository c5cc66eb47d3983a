"""Turning library errors into one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from listwatch.errors import ListwatchError

__all__ = ["ListwatchGroup", "fail"]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    sys.stderr.write(f"error: {' '.join(message.split())}\n")
    return typer.Exit(code)


class ListwatchGroup(TyperGroup):
    """A Typer group that reports ``ListwatchError`` as ``error: <message>`` with exit code 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ListwatchError as exc:
            raise fail(str(exc)) from exc
