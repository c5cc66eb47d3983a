"""Shared fixtures: where the official files live, and a fresh listwatch home per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared" / "data"
LISTS = SHARED / "lists"


@pytest.fixture
def lists_dir() -> Path:
    """The real official files (``../shared/data/lists``), present in CI beside the clone."""
    if not LISTS.is_dir():
        pytest.fail(f"official list files not found at {LISTS}; see README 'Data'")
    return LISTS


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty LISTWATCH_HOME for the test."""
    path = tmp_path / "home"
    monkeypatch.setenv("LISTWATCH_HOME", str(path))
    monkeypatch.delenv("LISTWATCH_DATABASE_URL", raising=False)
    return path
