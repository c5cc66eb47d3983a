"""Running a batch: read chunks, screen them on every core, write parts, join them in order.

Workers are forked after the screener is loaded, so they share its index copy-on-write (no
per-worker load); at most ``2 × workers`` chunks are in flight, which bounds memory whatever the
input size. Chunks finished by an interrupted run are skipped with ``resume``.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from listwatch.batch.formats import FileFormat
from listwatch.batch.journal import ChunkStats, Journal
from listwatch.batch.readers import Chunk, read_chunks
from listwatch.batch.rows import ChunkResult, ColumnMap, InputRow, Malformed, screen_chunk
from listwatch.batch.writers import MALFORMED_COLUMNS, assemble
from listwatch.screening.screener import Screener
from listwatch.system import available_cores

__all__ = ["BatchOptions", "BatchSummary", "default_workers", "run_batch"]

#: Called after each chunk is written, with its counts (progress bars; tests interrupt here).
OnChunk = Callable[[ChunkStats], None]

_SCREENER: Screener | None = None
#: Objects allocated between two young-generation collections while a batch is screened
#: (Python's default: 700).
YOUNG_OBJECTS = 100_000


@dataclass(frozen=True)
class BatchOptions:
    input: Path
    output: Path
    input_format: FileFormat
    output_format: FileFormat
    columns: ColumnMap = field(default_factory=ColumnMap)
    threshold: float | None = None
    limit: int = 10
    all_rows: bool = False
    chunk_size: int = 2000
    workers: int = 1
    resume: bool = False
    malformed: Path | None = None

    @property
    def malformed_path(self) -> Path:
        return self.malformed or self.output.with_name(self.output.name + ".malformed.csv")


@dataclass
class BatchSummary:
    rows: int = 0
    alerted_rows: int = 0
    alerts: int = 0
    malformed: int = 0
    chunks: int = 0
    resumed_chunks: int = 0
    seconds: float = 0.0
    output: str = ""
    malformed_file: str = ""
    threshold: float = 0.0
    lists: list[str] = field(default_factory=list)

    def add(self, stats: ChunkStats) -> None:
        self.rows += stats.rows
        self.alerted_rows += stats.alerted_rows
        self.alerts += stats.alerts
        self.malformed += stats.malformed
        self.chunks += 1


def _screen(
    chunk: int,
    rows: list[InputRow],
    bad: list[Malformed],
    threshold: float | None,
    limit: int,
    all_rows: bool,
) -> ChunkResult:
    assert _SCREENER is not None, "the batch screener is set before workers start"
    result = screen_chunk(
        _SCREENER, chunk, rows, threshold=threshold, limit=limit, all_rows=all_rows
    )
    result.rows += len(bad)
    result.malformed = sorted([*bad, *result.malformed], key=lambda m: m.row)
    return result


def _params(options: BatchOptions, screener: Screener) -> dict[str, object]:
    stat = options.input.stat()
    return {
        "input": str(options.input.resolve()),
        "input_size": stat.st_size,
        "input_mtime_ns": stat.st_mtime_ns,
        "input_format": options.input_format.value,
        "output_format": options.output_format.value,
        "columns": list(options.columns.fields()),
        "lists": list(screener.index.publications),
        "threshold": screener.threshold if options.threshold is None else options.threshold,
        "limit": options.limit,
        "all_rows": options.all_rows,
        "chunk_size": options.chunk_size,
    }


def _pending(options: BatchOptions, journal: Journal) -> Iterator[Chunk]:
    for chunk in read_chunks(
        options.input, options.input_format, options.columns, options.chunk_size
    ):
        if chunk[0] not in journal.done:
            yield chunk


def _results(options: BatchOptions, chunks: Iterator[Chunk]) -> Iterator[ChunkResult]:
    args = (options.threshold, options.limit, options.all_rows)
    if options.workers <= 1:
        for number, rows, bad in chunks:
            yield _screen(number, rows, bad, *args)
        return
    gc.freeze()  # keep the shared index out of the collector, so pages stay shared
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(options.workers, mp_context=context) as pool:
        window: deque[Future[ChunkResult]] = deque()
        for number, rows, bad in chunks:
            window.append(pool.submit(_screen, number, rows, bad, *args))
            if len(window) >= 2 * options.workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def run_batch(
    screener: Screener, options: BatchOptions, on_chunk: OnChunk | None = None
) -> BatchSummary:
    """Screen every row of ``options.input``; write alerts to ``options.output`` and malformed
    rows (row number, id, reason) to ``options.malformed_path``."""
    global _SCREENER
    started = time.perf_counter()
    journal = Journal(options.output, options.output_format, _params(options, screener))
    journal.start(options.resume)
    summary = BatchSummary(
        resumed_chunks=len(journal.done),
        output=str(options.output),
        malformed_file=str(options.malformed_path),
        threshold=screener.threshold if options.threshold is None else options.threshold,
        lists=list(screener.index.publications),
    )
    for stats in journal.done.values():
        summary.add(stats)
        if on_chunk is not None:
            on_chunk(stats)
    _SCREENER = screener
    thresholds = gc.get_threshold()
    # Screening allocates short-lived, acyclic objects by the million (freed by reference
    # counting), and every young collection also walks the memos it keeps growing: collect
    # less often (workers are forked after this, so they inherit it).
    gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
    try:
        for result in _results(options, _pending(options, journal)):
            stats = journal.record(result)
            summary.add(stats)
            if on_chunk is not None:
                on_chunk(stats)
    finally:
        _SCREENER = None
        gc.set_threshold(*thresholds)
    chunks = journal.chunks()
    assemble((journal.out_part(n) for n in chunks), options.output, options.output_format)
    assemble(
        (journal.bad_part(n) for n in chunks),
        options.malformed_path,
        FileFormat.csv,
        MALFORMED_COLUMNS,
    )
    journal.remove()
    summary.seconds = time.perf_counter() - started
    return summary


def default_workers() -> int:
    return available_cores()
