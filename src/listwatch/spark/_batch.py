"""``listwatch batch --engine spark``: the batch command's file run through Spark.

The driver reads the input with the batch readers (so row numbers and malformed-row reports
are exactly those of the local engine) into a staging Parquet file, Spark screens it with
:func:`screen_dataframe`, and the driver writes the alerts in row order with the batch writers.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from listwatch.batch.formats import FileFormat
from listwatch.batch.journal import parts_dir
from listwatch.batch.readers import read_chunks
from listwatch.batch.rows import ColumnMap, Malformed
from listwatch.batch.runner import BatchOptions, BatchSummary
from listwatch.batch.writers import MALFORMED_COLUMNS, assemble, write_malformed_part, write_part
from listwatch.config import Settings
from listwatch.errors import ConfigError
from listwatch.matching.name_compare import DEFAULT_THRESHOLD
from listwatch.spark._frame import screen_dataframe

__all__ = ["run_batch_spark", "spark_session"]

#: Output rows per part file when collecting Spark's results on the driver.
PART_ROWS = 50_000
_STAGED = ColumnMap("c0", "c1", "c2", "c3", "c4", "c5", ("c6",))


def spark_session(master: str | None = None) -> Any:
    """The active Spark session, or a new one (``master``; spark-submit's, or ``local[*]``);
    Python workers run the current interpreter unless ``PYSPARK_PYTHON`` says otherwise."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("listwatch batch")
    if master:
        builder = builder.master(master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        builder = builder.master("local[*]")
    return builder.getOrCreate()


def _stage(options: BatchOptions, staging: Path) -> tuple[int, list[Malformed]]:
    """Write the good rows (joined identifiers in ``c6``) to ``staging``; return the row count
    and the rows the reader could not parse."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = ["row", *(f"c{i}" for i in range(7))]
    schema = pa.schema([("row", pa.int64()), *((n, pa.string()) for n in names[1:])])
    total, bad = 0, []
    with pq.ParquetWriter(staging, schema) as writer:
        for _number, rows, unread in read_chunks(
            options.input, options.input_format, options.columns, options.chunk_size
        ):
            total += len(rows) + len(unread)
            bad += unread
            values = [
                (r.number, *r.values[:6], "; ".join(v for v in r.values[6:] if v) or None)
                for r in rows
            ]
            cols = [[v[i] for v in values] for i in range(len(names))]
            writer.write_table(pa.table(cols, schema=schema))
    return total, bad


def run_batch_spark(
    settings: Settings,
    options: BatchOptions,
    *,
    lists: str | None = None,
    master: str | None = None,
    index_path: Path | None = None,
) -> BatchSummary:
    """Run ``options`` through Spark; the same output files as the local engine.
    ``index_path`` screens against that index pickle instead of the stored ``lists``."""
    if options.resume:
        raise ConfigError("--resume works with --engine local only")
    started = time.perf_counter()
    work = parts_dir(options.output)
    work.mkdir(parents=True, exist_ok=True)
    staging = work / "input.parquet"
    total, bad = _stage(options, staging)
    spark = spark_session(master)
    df = spark.read.parquet(str(staging.resolve()))
    result = screen_dataframe(
        df,
        lists,
        options.threshold,
        settings=settings,
        columns=_STAGED,
        limit=options.limit,
        all_rows=options.all_rows,
        row_column="row",
        index_path=index_path,
    )
    summary = BatchSummary(
        rows=total,
        output=str(options.output),
        malformed_file=str(options.malformed_path),
        threshold=DEFAULT_THRESHOLD if options.threshold is None else options.threshold,
    )
    parts: list[Path] = []
    rows: list[tuple[Any, ...]] = []
    alerted: set[int] = set()
    for rec in result.orderBy("row", "rank").toLocalIterator():
        if rec["error"] is not None:
            bad.append(Malformed(rec["row"], rec["id"], rec["error"]))
            continue
        rows.append(tuple(rec)[:8])
        if rec["entity_id"] is not None:
            summary.alerts += 1
            alerted.add(rec["row"])
        if len(rows) >= PART_ROWS:
            parts.append(work / f"part-{len(parts):07d}")
            write_part(parts[-1], options.output_format, rows)
            rows = []
    parts.append(work / f"part-{len(parts):07d}")
    write_part(parts[-1], options.output_format, rows)
    assemble(parts, options.output, options.output_format)
    bad.sort(key=lambda m: m.row)
    write_malformed_part(work / "malformed", bad)
    assemble([work / "malformed"], options.malformed_path, FileFormat.csv, MALFORMED_COLUMNS)
    for path in [*parts, work / "malformed", staging]:
        path.unlink(missing_ok=True)
    work.rmdir()
    summary.alerted_rows, summary.malformed, summary.chunks = len(alerted), len(bad), 1
    summary.lists = [] if index_path else _lists(settings, lists)
    summary.seconds = time.perf_counter() - started
    return summary


def _lists(settings: Settings, lists: str | None) -> list[str]:
    from listwatch.context import open_store
    from listwatch.screening.selection import select_publications

    return [p.name for p in select_publications(open_store(settings), lists)]
