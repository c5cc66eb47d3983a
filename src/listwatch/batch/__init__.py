"""Batch screening: a file of customers in, a file of alerts out, streaming on every core.

Formats: CSV, TSV, Parquet, JSON Lines. See ``docs/batch.md``.
"""

from listwatch.batch.formats import FileFormat, detect_format
from listwatch.batch.rows import OUTPUT_COLUMNS, ColumnMap, InputRow, Malformed, screen_chunk
from listwatch.batch.runner import BatchOptions, BatchSummary, default_workers, run_batch

__all__ = [
    "OUTPUT_COLUMNS",
    "BatchOptions",
    "BatchSummary",
    "ColumnMap",
    "FileFormat",
    "InputRow",
    "Malformed",
    "default_workers",
    "detect_format",
    "run_batch",
    "screen_chunk",
]
