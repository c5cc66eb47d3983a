"""Command-line options shared by several commands, declared once."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["FailOnAlertOption", "ListsOption", "ThresholdOption"]

ListsOption = Annotated[
    str | None,
    typer.Option(help="DATASET[@DATE],… to screen against (default: newest of each)."),
]
ThresholdOption = Annotated[float | None, typer.Option(help="Alert threshold in [0, 1].")]
FailOnAlertOption = Annotated[
    bool, typer.Option(help="Exit with code 3 when anything matched (for scripts).")
]
