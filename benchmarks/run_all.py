"""Every benchmark, in order, as documented in docs/benchmarks.md.

.venv/bin/python benchmarks/run_all.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _step(*args: str) -> None:
    print(f"$ {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, *args], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    _step(str(HERE / "bench_import.py"))
    _step(str(HERE / "bench_index.py"))
    _step(str(HERE / "bench_query.py"))
    big = Path(f"/tmp/listwatch-customers-{args.rows}.csv")
    small = Path("/tmp/listwatch-customers-100000.csv")
    _step(str(HERE / "generate_customers.py"), str(args.rows), str(big))
    _step(str(HERE / "generate_customers.py"), "100000", str(small))
    _step(str(HERE / "bench_batch.py"), str(small), "--workers", "1,2")
    _step(str(HERE / "bench_batch.py"), str(big), "--workers", "2")


if __name__ == "__main__":
    main()
