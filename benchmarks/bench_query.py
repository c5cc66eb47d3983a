"""Single-query latency against all bundled lists, in process, after start-up.

.venv/bin/python benchmarks/bench_query.py --queries 2000

Every query is screened as a new name (the screener's memo of repeated names is off), first
in a process that has just started, then, after ``--warm-up`` other names, for another set of
new names (a long-running service: the list names it meets are prepared once); a last line
gives the latency of the first queries screened again (names remembered, evidence weighed
afresh), as for a customer screened again.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._measure import machine, query_from_row
from benchmarks.generate_customers import generate

if TYPE_CHECKING:
    from listwatch.screening.query import Query
    from listwatch.screening.screener import Screener


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--warm-up", type=int, default=20000, help="other names screened first")
    parser.add_argument("--home")
    args = parser.parse_args()
    from listwatch.api_facade import get_screener
    from listwatch.config import load_settings

    print(f"machine: {machine()}")
    sample = Path(f"/tmp/listwatch-bench-queries-{args.queries}.csv")
    generate(args.queries, sample, seed=7, home=args.home)
    queries = _read(sample)
    screener = get_screener(load_settings(home=args.home))
    memo_size, screener.memo_size = screener.memo_size, 0
    for query in queries[:50]:  # warm up
        screener.screen(query)
    _report("new names", screener, queries)
    # A long-running service has met many names: the list names it compares are prepared,
    # the token similarities it needs mostly known. Other names first, then new ones again.
    others = Path(f"/tmp/listwatch-bench-queries-{args.warm_up}-others.csv")
    generate(args.warm_up, others, seed=8, home=args.home)
    for query in _read(others):
        screener.screen(query)
    fresh = Path(f"/tmp/listwatch-bench-queries-{args.queries}-fresh.csv")
    generate(args.queries, fresh, seed=9, home=args.home)
    _report(f"new names after {args.warm_up:,} others", screener, _read(fresh))
    screener.memo_size = memo_size
    for query in queries:
        screener.screen(query)
    _report("names screened before", screener, queries)


def _read(path: Path) -> list[Query]:
    with path.open(encoding="utf-8") as fh:
        return [query_from_row(row) for row in csv.DictReader(fh)]


def _report(label: str, screener: Screener, queries: list[Query]) -> None:
    times = []
    for query in queries:
        started = time.perf_counter()
        screener.screen(query)
        times.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(times, n=100)
    print(
        f"{label}: {len(times)} queries, {len(screener.index):,} entries: p50 {cuts[49]:.2f} ms, "
        f"p95 {cuts[94]:.2f} ms, p99 {cuts[98]:.2f} ms, max {max(times):.2f} ms, "
        f"mean {statistics.fmean(times):.2f} ms"
    )


if __name__ == "__main__":
    main()
