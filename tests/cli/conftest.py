from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from listwatch.cli.app import app

Invoke = Callable[..., Result]


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run ``listwatch`` in-process against a fresh home without the snapshot."""
    home = tmp_path / "home"
    monkeypatch.setenv("LISTWATCH_HOME", str(home))
    monkeypatch.setenv("LISTWATCH_SNAPSHOT", "0")
    monkeypatch.delenv("LISTWATCH_DATABASE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(app, list(args), catch_exceptions=False)

    return run
