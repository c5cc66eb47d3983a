"""``--resume``: a run interrupted after some chunks ends with the output of an uninterrupted
one, and finished chunks are not screened again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from listwatch.batch import BatchOptions, FileFormat, run_batch
from listwatch.batch.journal import ChunkStats, parts_dir
from listwatch.errors import ConfigError
from listwatch.screening.screener import Screener
from tests.batch.conftest import CUSTOMERS, write_input

ROOT = Path(__file__).resolve().parents[2]


class StopRunError(Exception):
    pass


def _options(tmp_path: Path, name: str, fmt: FileFormat) -> BatchOptions:
    source = tmp_path / "in.csv"
    if not source.exists():
        write_input(source, FileFormat.csv, CUSTOMERS * 3)
    return BatchOptions(source, tmp_path / f"{name}.{fmt.value}", FileFormat.csv, fmt, chunk_size=4)


@pytest.mark.parametrize("fmt", [FileFormat.csv, FileFormat.parquet])
def test_resume_after_an_interruption_gives_the_same_bytes(
    screener: Screener, tmp_path: Path, fmt: FileFormat
) -> None:
    whole = _options(tmp_path, "whole", fmt)
    run_batch(screener, whole)

    cut = _options(tmp_path, "cut", fmt)
    seen: list[int] = []

    def stop_after_three(stats: ChunkStats) -> None:
        seen.append(stats.chunk)
        if len(seen) == 3:
            raise StopRunError

    with pytest.raises(StopRunError):
        run_batch(screener, cut, stop_after_three)
    assert not cut.output.exists()
    assert parts_dir(cut.output).is_dir()

    resumed = replace(cut, resume=True)
    again: list[int] = []
    summary = run_batch(screener, resumed, lambda s: again.append(s.chunk))
    assert summary.resumed_chunks == 3
    assert summary.rows == len(CUSTOMERS) * 3
    assert sorted(again) == list(range(9))  # three reported from the journal, six screened
    assert cut.output.read_bytes() == whole.output.read_bytes()
    assert not parts_dir(cut.output).exists()


def test_resume_refuses_other_parameters(screener: Screener, tmp_path: Path) -> None:
    cut = _options(tmp_path, "cut", FileFormat.csv)

    def stop(_stats: ChunkStats) -> None:
        raise StopRunError

    with pytest.raises(StopRunError):
        run_batch(screener, cut, stop)
    changed = replace(cut, resume=True, threshold=0.95)
    with pytest.raises(ConfigError, match="differs in threshold"):
        run_batch(screener, changed)


_SCRIPT = """
import sys, time
from pathlib import Path
from listwatch.batch import BatchOptions, FileFormat, run_batch
from listwatch.screening.screener import Screener
from tests.batch.conftest import build_index

src, out, resume, slow = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4] == "1"
options = BatchOptions(Path(src), Path(out), FileFormat.csv, FileFormat.csv, chunk_size=4,
                       workers=2, resume=resume)
run_batch(Screener(build_index()), options, (lambda s: time.sleep(0.3)) if slow else None)
"""


def _run(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", _SCRIPT, *args], cwd=ROOT, env=env)


def test_resume_after_kill_9(screener: Screener, tmp_path: Path) -> None:
    whole = _options(tmp_path, "whole", FileFormat.csv)
    run_batch(screener, whole)
    out = tmp_path / "killed.csv"
    journal = parts_dir(out) / "journal.jsonl"
    proc = _run([str(whole.input), str(out), "0", "1"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and len(journal.read_text().splitlines()) >= 3:  # header + 2 chunks
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    done = len(journal.read_text().splitlines()) - 1
    assert 2 <= done < 9
    assert _run([str(whole.input), str(out), "1", "0"]).wait() == 0
    assert out.read_bytes() == whole.output.read_bytes()
