"""Batch throughput and memory: ``listwatch batch`` on a customers file, 1 and 2 workers, and
the time of only reading the same file (the floor).

    .venv/bin/python benchmarks/generate_customers.py 1000000 /tmp/customers-1m.csv
    .venv/bin/python benchmarks/bench_batch.py /tmp/customers-1m.csv --workers 1,2

Each run is a fresh ``listwatch batch`` process (start-up and index load included). The index
must be cached first (any ``listwatch screen`` does it), so that cold start is not measured
here (see bench_index.py). Peak memory is the whole process tree's (parent + workers, PSS).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._measure import LISTWATCH, machine, run


def read_floor(path: Path) -> tuple[float, int]:
    """Seconds to read every row through the batch reader, and the row count."""
    from listwatch.batch import ColumnMap, detect_format
    from listwatch.batch.readers import read_chunks

    started = time.perf_counter()
    rows = 0
    for _n, good, bad in read_chunks(path, detect_format(path, None, ""), ColumnMap(), 2000):
        rows += len(good) + len(bad)
    return time.perf_counter() - started, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--chunk-size", default="2000")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    seconds, rows = read_floor(args.input)
    print(f"read floor: {rows:,} rows in {seconds:.2f} s ({rows / seconds:,.0f} rows/s)")
    for workers in (int(w) for w in args.workers.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "alerts.csv"
            result = run(
                [
                    LISTWATCH,
                    "batch",
                    str(args.input),
                    "-o",
                    str(out),
                    "--workers",
                    str(workers),
                    "--chunk-size",
                    args.chunk_size,
                    "--no-progress",
                    "--format",
                    "csv",
                ]
            )
            alerts = sum(1 for _ in out.open(encoding="utf-8")) - 1 if out.exists() else -1
        if result.returncode:
            print(f"workers={workers}: failed with exit code {result.returncode}")
            continue
        print(
            f"workers={workers}: {rows:,} rows in {result.seconds:.1f} s "
            f"({rows / result.seconds:,.0f} rows/s), peak memory {result.peak_tree_mb:,.0f} MB "
            f"(tree), largest process {result.peak_process_mb:,.0f} MB, {alerts:,} alerts"
        )


if __name__ == "__main__":
    main()
