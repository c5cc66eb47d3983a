"""Shared measuring helpers: run a command, follow the memory of its whole process tree; read a
customers or queries CSV row as a query."""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from listwatch.screening.query import Query

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
LISTWATCH = str(ROOT / ".venv" / "bin" / "listwatch")


@dataclass
class Run:
    seconds: float
    peak_tree_mb: float  # the most the whole process tree held at once (sum of PSS)
    peak_process_mb: float  # the largest single process (ru_maxrss of children)
    returncode: int
    stdout: str


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                todo.extend(int(k) for k in kids)
        except OSError:
            continue
    return found


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def run(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``cmd``, sampling its process tree's memory every second (reading the memory
    maps of ~1 GB processes costs CPU: every 0.2 s it took ~10 % of a 2-core machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(1.0):
            peak = max(peak, _pss_mb(_tree(proc.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Run(seconds, peak, max(before, after) / 1024, proc.returncode, out)


def machine() -> str:
    cpus = len(os.sched_getaffinity(0))
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    from listwatch.native import status

    return f"{cpus} cores ({model}), {int(mem) // 1024} MB RAM, load average {load}; {status()}"


def query_from_row(row: dict[str, str]) -> Query:
    """The query of one row with ``name``, ``schema``, ``birth_date`` and ``country`` columns
    (empty cells are left out)."""
    from listwatch.screening.query import make_query

    return make_query(
        row["name"],
        schema=row["schema"] or None,
        birth_date=row["birth_date"] or None,
        country=row["country"] or None,
    )
