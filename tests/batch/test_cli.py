"""``listwatch batch`` on the command line: output files, summary, errors naming the flag."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from listwatch.batch import FileFormat
from listwatch.cli.app import app
from listwatch.screening.screener import Screener
from tests.batch.conftest import CUSTOMERS, read_output, write_input


@pytest.fixture(autouse=True)
def _small_lists(monkeypatch: pytest.MonkeyPatch, screener: Screener, home: Path) -> None:
    monkeypatch.setattr("listwatch.cli.batch.get_screener", lambda settings, lists: screener)


def test_batch_writes_alerts_and_a_json_summary(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.tsv", FileFormat.tsv, [*CUSTOMERS, {"id": "z"}])
    out = tmp_path / "alerts.parquet"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            str(source),
            "-o",
            str(out),
            "--workers",
            "2",
            "--chunk-size",
            "3",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["rows"] == len(CUSTOMERS) + 1
    assert summary["malformed_rows"] == 1
    assert summary["alerts"] == len(read_output(out, FileFormat.parquet))
    assert "malformed row 13: name: must not be empty" in result.stderr


def test_unknown_ending_names_the_flag(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.csv", FileFormat.csv, CUSTOMERS)
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(tmp_path / "out.xlsx")])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: cannot tell the format of 'out.xlsx'; pass --output-format "
        "(csv, tsv, parquet, jsonl)\n"
    )


def test_missing_name_column_names_the_flag(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,full_name\n1,x\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: input has no 'name' column (columns: id, full_name); choose it with --name-column\n"
    )
