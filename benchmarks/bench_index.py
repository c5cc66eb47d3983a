"""Start-up: cold (parse every bundled list into a fresh store and build the index) and warm
(load the cached index), each in a fresh process.

    .venv/bin/python benchmarks/bench_index.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._measure import PYTHON, machine, run

_STEP = """
import sys, time
from listwatch.config import load_settings
from listwatch.context import open_store
from listwatch.index.cache import load_index
from listwatch.screening.selection import select_publications
settings = load_settings(home=sys.argv[1])
t0 = time.perf_counter()
store = open_store(settings)
t1 = time.perf_counter()
pubs = select_publications(store, None)
index = load_index(store, pubs, settings.cache_dir)
t2 = time.perf_counter()
print(f"{t1 - t0:.2f} {t2 - t1:.2f} {len(index)}")
"""


def main() -> None:
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as home:
        for label in ("cold", "warm"):
            result = run([PYTHON, "-c", _STEP, home])
            store_s, index_s, entries = result.stdout.split()
            print(
                f"{label}: store {float(store_s):.1f} s + index {float(index_s):.1f} s "
                f"= {float(store_s) + float(index_s):.1f} s ({int(entries):,} entries; process "
                f"{result.seconds:.1f} s with imports, peak {result.peak_tree_mb:,.0f} MB)"
            )


if __name__ == "__main__":
    main()
