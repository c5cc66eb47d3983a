"""The resume journal: which chunks are finished, with their counts and part files.

``<output>.parts/`` holds ``journal.jsonl`` (a first line with the run's parameters, then one
line per finished chunk) and each chunk's part files. A chunk's parts are renamed into place
before its journal line is written and synced, so a run killed at any moment resumes from the
last chunk it fully wrote; a half-written last line is ignored.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from listwatch.batch.formats import FileFormat
from listwatch.batch.rows import ChunkResult
from listwatch.batch.writers import write_malformed_part, write_part
from listwatch.errors import ConfigError

__all__ = ["ChunkStats", "Journal", "parts_dir"]


@dataclass(frozen=True, slots=True)
class ChunkStats:
    chunk: int
    rows: int
    alerted_rows: int
    alerts: int
    malformed: int


def parts_dir(output: Path) -> Path:
    return output.with_name(output.name + ".parts")


class Journal:
    """Finished chunks of one batch run, kept in :func:`parts_dir` of the output."""

    def __init__(self, output: Path, fmt: FileFormat, params: dict[str, Any]) -> None:
        self.dir = parts_dir(output)
        self.fmt = fmt
        self.params = params
        self.path = self.dir / "journal.jsonl"
        self.done: dict[int, ChunkStats] = {}

    def start(self, resume: bool) -> None:
        """Begin afresh, or (``resume``) load the finished chunks of an earlier run with the
        same parameters; ConfigError when they differ."""
        if resume and self.path.exists():
            lines = self.path.read_text(encoding="utf-8").splitlines()
            earlier = json.loads(lines[0]) if lines else {}
            if earlier != self.params:
                changed = sorted(k for k in self.params if earlier.get(k) != self.params[k])
                raise ConfigError(
                    f"--resume: the interrupted run differs in {', '.join(changed)}; "
                    "run again without --resume to start over"
                )
            for line in lines[1:]:
                try:
                    stats = ChunkStats(**json.loads(line))
                except (ValueError, TypeError):
                    continue  # a line cut short by the interruption
                if self.out_part(stats.chunk).exists() and self.bad_part(stats.chunk).exists():
                    self.done[stats.chunk] = stats
            self._rewrite()
            return
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self._rewrite()

    def _rewrite(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(self.params, sort_keys=True) + "\n")
            for stats in sorted(self.done.values(), key=lambda s: s.chunk):
                fh.write(json.dumps(asdict(stats)) + "\n")
        tmp.replace(self.path)

    def out_part(self, chunk: int) -> Path:
        return self.dir / f"chunk-{chunk:07d}.{self.fmt.value}"

    def bad_part(self, chunk: int) -> Path:
        return self.dir / f"chunk-{chunk:07d}.malformed.csv"

    def record(self, result: ChunkResult) -> ChunkStats:
        """Write the chunk's parts, then its journal line (synced)."""
        write_part(self.out_part(result.number), self.fmt, result.output)
        write_malformed_part(self.bad_part(result.number), result.malformed)
        stats = ChunkStats(
            result.number, result.rows, result.alerted_rows, result.alerts, len(result.malformed)
        )
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(stats)) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self.done[stats.chunk] = stats
        return stats

    def chunks(self) -> list[int]:
        return sorted(self.done)

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
