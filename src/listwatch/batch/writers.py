"""Streaming writers: each chunk's output goes to a part file (written atomically), and the
parts are joined in chunk order into the final file, which appears by an atomic rename."""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from listwatch.batch.formats import FileFormat
from listwatch.batch.rows import OUTPUT_COLUMNS, Malformed

__all__ = ["MALFORMED_COLUMNS", "assemble", "atomic_path", "write_malformed_part", "write_part"]

MALFORMED_COLUMNS = ("row", "id", "reason")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it once the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    path = Path(tmp)
    try:
        yield path
        path.replace(target)
    finally:
        path.unlink(missing_ok=True)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _arrow_table(rows: Sequence[Sequence[Any]]) -> Any:
    import pyarrow as pa

    schema = pa.schema(
        [
            ("row", pa.int64()),
            ("id", pa.string()),
            ("entity_id", pa.string()),
            ("dataset", pa.string()),
            ("score", pa.float64()),
            ("matched_name", pa.string()),
            ("programs", pa.string()),
            ("explanation", pa.string()),
        ]
    )
    data: list[Sequence[Any]] = [[row[i] for row in rows] for i in range(len(OUTPUT_COLUMNS))]
    return pa.table(
        [pa.array(col, type=f.type) for col, f in zip(data, schema, strict=True)], schema=schema
    )


def _write_text(
    path: Path, fmt: FileFormat, rows: Iterable[Sequence[Any]], columns: Sequence[str]
) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        if fmt is FileFormat.jsonl:
            for row in rows:
                fh.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
                fh.write("\n")
            return
        writer = csv.writer(
            fh, delimiter="\t" if fmt is FileFormat.tsv else ",", lineterminator="\n"
        )
        for row in rows:
            writer.writerow([_cell(v) for v in row])


def write_part(path: Path, fmt: FileFormat, rows: Sequence[Sequence[Any]]) -> None:
    """One chunk's output rows, without a header (joined by :func:`assemble`)."""
    with atomic_path(path) as tmp:
        if fmt is FileFormat.parquet:
            import pyarrow.parquet as pq

            pq.write_table(_arrow_table(rows), tmp)
        else:
            _write_text(tmp, fmt, rows, OUTPUT_COLUMNS)


def write_malformed_part(path: Path, rows: Sequence[Malformed]) -> None:
    with atomic_path(path) as tmp:
        _write_text(tmp, FileFormat.csv, rows, MALFORMED_COLUMNS)


def _header(fmt: FileFormat, columns: Sequence[str]) -> bytes:
    if fmt is FileFormat.jsonl:
        return b""
    sep = "\t" if fmt is FileFormat.tsv else ","
    return (sep.join(columns) + "\n").encode()


def assemble(
    parts: Iterable[Path], target: Path, fmt: FileFormat, columns: Sequence[str] = OUTPUT_COLUMNS
) -> None:
    """Join ``parts`` (in the order given) into ``target``, with a header where the format has
    one; memory stays at one part."""
    with atomic_path(target) as tmp:
        if fmt is FileFormat.parquet:
            import pyarrow.parquet as pq

            writer = pq.ParquetWriter(tmp, _arrow_table([]).schema)
            try:
                for part in parts:
                    writer.write_table(pq.read_table(part))
            finally:
                writer.close()
            return
        with tmp.open("wb") as out:
            out.write(_header(fmt, columns))
            for part in parts:
                with part.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
