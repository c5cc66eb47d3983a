"""Importing every bundled list (parse + store) into a fresh store, list by list.

.venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._measure import machine


def main() -> None:
    from listwatch.config import load_settings
    from listwatch.context import open_store
    from listwatch.snapshot import load_snapshot

    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as home:
        store = open_store(load_settings(home=home), snapshot=False)
        last = time.perf_counter()
        started = last

        def done(pub: object) -> None:
            nonlocal last
            now = time.perf_counter()
            print(f"  {pub.name:45} {pub.entry_count:>7,} entries {now - last:6.1f} s")  # type: ignore[attr-defined]
            last = now

        load_snapshot(store, on_loaded=done)
        print(f"all bundled lists: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
