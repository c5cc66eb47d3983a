"""Batch screening: every format in and out, results identical to ``Screener.screen``."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from listwatch.batch import BatchOptions, FileFormat, run_batch, runner
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener
from tests.batch.conftest import CUSTOMERS, read_output, write_input


def _expected(screener: Screener) -> list[dict[str, object]]:
    """What ``listwatch screen`` finds for each customer, as batch output rows."""
    rows: list[dict[str, object]] = []
    for number, c in enumerate(CUSTOMERS, start=1):
        query = make_query(
            c["name"],
            schema=c.get("schema") or None,
            birth_date=c.get("birth_date") or None,
            country=c.get("country") or None,
            identifiers=[c["identifiers"]] if c.get("identifiers") else None,
        )
        for r in screener.screen(query):
            rows.append(
                {
                    "row": str(number),
                    "id": c["id"],
                    "entity_id": r.entity_id,
                    "dataset": r.dataset,
                    "score": str(round(r.score, 4)),
                    "matched_name": r.matched_name,
                    "programs": ", ".join(r.programs),
                    "explanation": r.summary(),
                }
            )
    return rows


def _options(tmp_path: Path, fin: FileFormat, fout: FileFormat, **kw: object) -> BatchOptions:
    source = write_input(tmp_path / f"in.{fin.value}", fin, CUSTOMERS)
    return BatchOptions(source, tmp_path / f"out.{fout.value}", fin, fout, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("fin", list(FileFormat))
@pytest.mark.parametrize("fout", list(FileFormat))
def test_every_format_gives_the_alerts_of_screen(
    screener: Screener, tmp_path: Path, fin: FileFormat, fout: FileFormat
) -> None:
    options = _options(tmp_path, fin, fout, chunk_size=5)
    summary = run_batch(screener, options)
    expected = _expected(screener)
    assert read_output(options.output, fout) == expected
    assert len(expected) >= 7  # the sample does raise alerts
    assert (summary.rows, summary.alerts, summary.malformed) == (len(CUSTOMERS), len(expected), 0)
    assert summary.alerted_rows == len({r["row"] for r in expected})
    assert read_output(options.malformed_path, FileFormat.csv) == []
    assert not (tmp_path / "out.parts").exists()


def test_csv_output_has_a_header_and_ids(screener: Screener, tmp_path: Path) -> None:
    options = _options(tmp_path, FileFormat.csv, FileFormat.csv)
    run_batch(screener, options)
    lines = options.output.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "row,id,entity_id,dataset,score,matched_name,programs,explanation"
    assert lines[1].startswith("1,c1,us_ofac_sdn:22790,us_ofac_sdn,")


def test_all_rows_gives_every_row_its_best_score(screener: Screener, tmp_path: Path) -> None:
    options = _options(tmp_path, FileFormat.csv, FileFormat.csv, all_rows=True)
    run_batch(screener, options)
    rows = read_output(options.output, FileFormat.csv)
    assert {r["row"] for r in rows} == {str(n) for n in range(1, len(CUSTOMERS) + 1)}
    alerts = [r for r in rows if r["entity_id"]]
    assert alerts == _expected(screener)
    for quiet in (r for r in rows if not r["entity_id"]):
        assert float(str(quiet["score"])) <= screener.threshold  # rounded to 4 places


def test_two_workers_write_the_same_bytes_as_one(screener: Screener, tmp_path: Path) -> None:
    one = _options(tmp_path, FileFormat.csv, FileFormat.jsonl, chunk_size=2, workers=1)
    run_batch(screener, one)
    two = BatchOptions(
        one.input,
        tmp_path / "two.jsonl",
        one.input_format,
        one.output_format,
        chunk_size=2,
        workers=2,
    )
    run_batch(screener, two)
    assert two.output.read_bytes() == one.output.read_bytes()


def test_column_names_are_configurable(screener: Screener, tmp_path: Path) -> None:
    from listwatch.batch import ColumnMap

    source = tmp_path / "in.csv"
    source.write_text("ref;full_name\nA;Ayman al-Zawahiri\n".replace(";", ","), encoding="utf-8")
    options = BatchOptions(
        source,
        tmp_path / "out.csv",
        FileFormat.csv,
        FileFormat.csv,
        columns=ColumnMap(id="ref", name="full_name"),
    )
    run_batch(screener, options)
    (row,) = read_output(options.output, FileFormat.csv)
    assert (row["row"], row["id"], row["entity_id"]) == ("1", "A", "us_ofac_sdn:102")


def test_the_collector_collects_less_often_during_a_batch_only(
    screener: Screener, tmp_path: Path
) -> None:
    seen: list[tuple[int, ...]] = []
    before = gc.get_threshold()
    options = _options(tmp_path, FileFormat.csv, FileFormat.csv, chunk_size=5)
    run_batch(screener, options, on_chunk=lambda _stats: seen.append(gc.get_threshold()))
    assert seen and all(t[0] == runner.YOUNG_OBJECTS for t in seen)
    assert gc.get_threshold() == before
