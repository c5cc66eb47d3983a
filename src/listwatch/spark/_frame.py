"""``screen_dataframe``: a Spark DataFrame of customers in, a DataFrame of alerts out."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from listwatch.batch.rows import OUTPUT_COLUMNS, ColumnMap, InputRow, row_values, screen_chunk
from listwatch.config import Settings, load_settings
from listwatch.index.screening_index import ScreeningIndex
from listwatch.screening.screener import Screener

__all__ = ["RESULT_COLUMNS", "screen_dataframe", "ship_index"]

#: The alert DataFrame: the batch output columns, the alert's rank within its row, and
#: ``error`` (the reason a row is malformed; its other entry fields are then null).
RESULT_COLUMNS = (*OUTPUT_COLUMNS, "rank", "error")
_SCHEMA = (
    "row long, id string, entity_id string, dataset string, score double, "
    "matched_name string, programs string, explanation string, rank int, error string"
)

#: Rows screened together (one Arrow batch out).
BLOCK = 1000

#: Indexes loaded in this Python worker, by pickle file name (loaded once per worker).
_LOADED: dict[str, ScreeningIndex] = {}


def ship_index(spark: Any, settings: Settings | None = None, lists: str | None = None) -> str:
    """Make sure the index of ``lists`` is built and cached, and ship its pickle to the
    executors; returns the file name the workers load."""
    from listwatch.context import open_store
    from listwatch.index.cache import index_file, load_index
    from listwatch.screening.selection import select_publications

    settings = settings or load_settings()
    store = open_store(settings)
    pubs = select_publications(store, lists)
    path = index_file(settings.cache_dir, pubs)
    if not path.exists():
        load_index(store, pubs, settings.cache_dir)  # builds and writes the index file
    spark.sparkContext.addFile(str(path))
    return path.name


def _index(file_name: str) -> ScreeningIndex:
    index = _LOADED.get(file_name)
    if index is None:
        from pyspark import SparkFiles

        from listwatch.index.cache import read_index

        index = _LOADED[file_name] = read_index(Path(SparkFiles.get(file_name)))
    return index


def _screen_records(
    records: Iterator[dict[str, Any]],
    file_name: str,
    fields: tuple[str, ...],
    threshold: float,
    limit: int,
    all_rows: bool,
    row_column: str | None,
) -> Iterator[list[tuple[Any, ...]]]:
    """Output tuples (:data:`RESULT_COLUMNS`) for ``records``, a list per :data:`BLOCK` rows."""
    screener = Screener(_index(file_name), threshold)
    block: list[InputRow] = []
    for record in records:
        number = int(record[row_column] or 0) if row_column else 0
        block.append(InputRow(number, row_values(record, fields)))
        if len(block) >= BLOCK:
            yield _screen_block(screener, block, limit, all_rows)
            block = []
    if block:
        yield _screen_block(screener, block, limit, all_rows)


def _screen_block(
    screener: Screener, rows: list[InputRow], limit: int, all_rows: bool
) -> list[tuple[Any, ...]]:
    result = screen_chunk(screener, 0, rows, limit=limit, all_rows=all_rows)
    out: list[tuple[Any, ...]] = []
    rank, last = 0, None
    for row in result.output:
        rank = rank + 1 if row[0] == last else 0
        last = row[0]
        out.append((*row, rank, None))
    out += [
        (m.row, m.id, None, None, None, None, None, None, 0, m.reason) for m in result.malformed
    ]
    return out


def _arrow_batches(batches: Iterator[Any], *args: Any) -> Iterator[Any]:
    import pyarrow as pa

    def records() -> Iterator[dict[str, Any]]:
        for batch in batches:
            yield from batch.to_pylist()

    for out in _screen_records(records(), *args):
        columns = [[row[i] for row in out] for i in range(len(RESULT_COLUMNS))]
        yield pa.RecordBatch.from_arrays(
            [pa.array(c, type=f.type) for c, f in zip(columns, _arrow_schema(), strict=True)],
            schema=_arrow_schema(),
        )


def _has_pandas() -> bool:
    return importlib.util.find_spec("pandas") is not None


def _arrow_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("row", pa.int64()),
            ("id", text),
            ("entity_id", text),
            ("dataset", text),
            ("score", pa.float64()),
            ("matched_name", text),
            ("programs", text),
            ("explanation", text),
            ("rank", pa.int32()),
            ("error", text),
        ]
    )


def screen_dataframe(
    df: Any,
    lists: str | None = None,
    threshold: float | None = None,
    *,
    settings: Settings | None = None,
    columns: ColumnMap | None = None,
    limit: int = 10,
    all_rows: bool = False,
    row_column: str | None = None,
    index_path: Path | None = None,
) -> Any:
    """Screen every row of ``df`` (columns named by ``columns``) against ``lists``.

    Returns a DataFrame with :data:`RESULT_COLUMNS`: one row per alert (input ``id``, entry
    ``entity_id`` as ``<dataset>:<native id>``, score, matched name, programs, explanation), and
    one per malformed row with ``error`` set. ``row_column`` names a column of row numbers to
    carry over (``row`` is 0 otherwise). Rows may come back in any order: sort by
    ``row, rank``. ``index_path`` ships that index pickle instead of the stored lists'.

    Runs ``mapInArrow`` when pandas is installed (Spark's Arrow UDFs import it), else
    ``rdd.mapPartitions``; both call the same per-partition screening.
    """
    from pyspark.sql import functions as F  # noqa: N812

    from listwatch.matching.name_compare import DEFAULT_THRESHOLD

    spark = df.sparkSession
    columns = columns or ColumnMap()
    columns.check(df.columns)
    if index_path is not None:
        spark.sparkContext.addFile(str(index_path))
        file_name = index_path.name
    else:
        file_name = ship_index(spark, settings, lists)
    fields = columns.fields()
    present = [c for c in dict.fromkeys(fields) if c in df.columns]
    picked = [F.col(c).cast("string").alias(c) for c in present]
    if row_column:
        picked.append(F.col(row_column).cast("long").alias("__row"))
    cut = DEFAULT_THRESHOLD if threshold is None else threshold
    row_key = "__row" if row_column else None

    args = (file_name, fields, cut, limit, all_rows, row_key)
    selected = df.select(*picked)
    if _has_pandas():  # Spark's Arrow UDFs need pandas on the driver

        def screen_arrow(batches: Iterator[Any]) -> Iterator[Any]:
            return _arrow_batches(batches, *args)

        return selected.mapInArrow(screen_arrow, _SCHEMA)

    def screen_rows(rows: Iterator[Any]) -> Iterator[tuple[Any, ...]]:
        for out in _screen_records((r.asDict() for r in rows), *args):
            yield from out

    return spark.createDataFrame(selected.rdd.mapPartitions(screen_rows), _SCHEMA)
