"""Chunked readers: every format yields lists of :class:`InputRow` with their row numbers.

Memory stays bounded: only one chunk (plus what the runner keeps in flight) is held. CSV and TSV
go through the standard ``csv`` module rather than a vectorised parser because it reports each
record exactly (a row with the wrong number of fields becomes a malformed-row report with its
number, never a silent skip); Parquet is read batch by batch with pyarrow; JSON Lines line by
line, so that one broken line is one malformed row.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from listwatch.batch.formats import FileFormat
from listwatch.batch.rows import ColumnMap, InputRow, Malformed, row_values
from listwatch.errors import ConfigError

__all__ = ["Chunk", "count_rows", "read_chunks"]

#: A chunk: its number, its rows, and rows the reader itself could not parse.
Chunk = tuple[int, list[InputRow], list[Malformed]]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _open_text(path: Path) -> IO[str]:
    return path.open(encoding="utf-8-sig", newline="", errors="replace")


def _chunked(rows: Iterator[InputRow | Malformed], size: int) -> Iterator[Chunk]:
    number, good, bad = 0, [], []  # type: tuple[int, list[InputRow], list[Malformed]]
    for item in rows:
        if isinstance(item, InputRow):
            good.append(item)
        else:
            bad.append(item)
        if len(good) + len(bad) >= size:
            yield number, good, bad
            number, good, bad = number + 1, [], []
    if good or bad or number == 0:
        yield number, good, bad


def _delimited(path: Path, columns: ColumnMap, delimiter: str) -> Iterator[InputRow | Malformed]:
    with _open_text(path) as fh:
        reader = csv.reader(fh, delimiter=delimiter, strict=False)
        header = next(reader, None)
        if header is None:
            raise ConfigError(f"{path}: the input is empty (no header row)")
        header = [h.strip() for h in header]
        columns.check(header)
        where = {name: i for i, name in enumerate(header)}
        picks = [where.get(name) for name in columns.fields()]
        id_at = where.get(columns.id)
        width = len(header)
        for number, record in enumerate(reader, start=1):
            if len(record) != width:
                if not record:
                    yield Malformed(number, None, "empty line")
                    continue
                row_id = record[id_at] if id_at is not None and id_at < len(record) else None
                yield Malformed(
                    number,
                    row_id,
                    f"{len(record)} fields where the header has {width} (line {reader.line_num})",
                )
                continue
            yield InputRow(
                number,
                tuple((record[i].strip() or None) if i is not None else None for i in picks),
            )


def _jsonl(path: Path, columns: ColumnMap) -> Iterator[InputRow | Malformed]:
    fields = columns.fields()
    with _open_text(path) as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                yield Malformed(number, None, "empty line")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Malformed(number, None, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield Malformed(number, None, "not a JSON object")
                continue
            yield InputRow(number, row_values(record, fields))


def _parquet(path: Path, columns: ColumnMap, size: int) -> Iterator[InputRow | Malformed]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    available = list(pf.schema_arrow.names)
    columns.check(available)
    fields = columns.fields()
    wanted = [f for f in dict.fromkeys(fields) if f in available]
    number = 0
    for batch in pf.iter_batches(batch_size=size, columns=wanted):
        data = {name: batch.column(name).to_pylist() for name in wanted}
        for i in range(batch.num_rows):
            number += 1
            yield InputRow(number, row_values({k: v[i] for k, v in data.items()}, fields))


def read_chunks(
    path: Path, fmt: FileFormat, columns: ColumnMap, chunk_size: int
) -> Iterator[Chunk]:
    """Chunks of ``chunk_size`` rows (good and malformed together), numbered from 0."""
    if fmt is FileFormat.parquet:
        rows = _parquet(path, columns, chunk_size)
    elif fmt is FileFormat.jsonl:
        rows = _jsonl(path, columns)
    else:
        rows = _delimited(path, columns, "\t" if fmt is FileFormat.tsv else ",")
    return _chunked(rows, chunk_size)


def count_rows(path: Path, fmt: FileFormat) -> int | None:
    """About how many rows ``path`` holds (for the progress bar): Parquet's metadata, or the
    number of lines of a text file (less the header)."""
    if fmt is FileFormat.parquet:
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    lines = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            lines += block.count(b"\n")
    return max(0, lines - (0 if fmt is FileFormat.jsonl else 1))
