"""Malformed rows are reported with their row number and reason, never dropped silently."""

from __future__ import annotations

from pathlib import Path

from listwatch.batch import BatchOptions, FileFormat, run_batch
from listwatch.screening.screener import Screener
from tests.batch.conftest import read_output

CSV = """id,name,birth_date,country
a1,Nicolas Maduro,1962-11-23,ve
a2,,1970-01-01,
a3,John Smith,not a date,
a4,Jane Doe,,Atlantis
a5,too,many,fields,here
a6,Ayman al-Zawahiri,,
"""


def test_csv_malformed_rows_are_listed_with_numbers(screener: Screener, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    options = BatchOptions(
        source, tmp_path / "out.csv", FileFormat.csv, FileFormat.csv, chunk_size=2, workers=2
    )
    summary = run_batch(screener, options)
    bad = read_output(options.malformed_path, FileFormat.csv)
    assert [(r["row"], r["id"]) for r in bad] == [
        ("2", "a2"),
        ("3", "a3"),
        ("4", "a4"),
        ("5", "a5"),
    ]
    reasons = [str(r["reason"]) for r in bad]
    assert reasons[0] == "name: must not be empty"
    assert reasons[1].startswith("birth_date: 'not a date' is not a date")
    assert reasons[2].startswith("country: 'Atlantis'")
    assert reasons[3] == "5 fields where the header has 4 (line 6)"
    assert (summary.rows, summary.malformed) == (6, 4)
    alerted = {r["id"] for r in read_output(options.output, FileFormat.csv)}
    assert alerted == {"a1", "a6"}


def test_jsonl_broken_lines_are_malformed_rows(screener: Screener, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "j1", "name": "Kim Jong Sik"}\n{"id": "j2", "name": \n[1, 2]\n\n'
        '{"id": "j5", "name": "Ayman al-Zawahiri"}\n',
        encoding="utf-8",
    )
    options = BatchOptions(source, tmp_path / "out.jsonl", FileFormat.jsonl, FileFormat.jsonl)
    summary = run_batch(screener, options)
    bad = read_output(options.malformed_path, FileFormat.csv)
    assert [r["row"] for r in bad] == ["2", "3", "4"]
    assert str(bad[0]["reason"]).startswith("not JSON (")
    assert [r["reason"] for r in bad[1:]] == ["not a JSON object", "empty line"]
    assert (summary.rows, summary.malformed, summary.alerted_rows) == (5, 3, 2)
