"""The four batch file formats, told apart by ``--format`` or by the file name's ending."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from listwatch.errors import ConfigError

__all__ = ["FileFormat", "detect_format"]


class FileFormat(StrEnum):
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"
    jsonl = "jsonl"


_ENDINGS = {
    ".csv": FileFormat.csv,
    ".tsv": FileFormat.tsv,
    ".tab": FileFormat.tsv,
    ".parquet": FileFormat.parquet,
    ".pq": FileFormat.parquet,
    ".jsonl": FileFormat.jsonl,
    ".ndjson": FileFormat.jsonl,
}


def detect_format(path: Path, given: FileFormat | str | None, flag: str) -> FileFormat:
    """``given`` when set, else the format named by ``path``'s ending; ConfigError names
    ``flag`` when neither tells."""
    if given:
        return FileFormat(given)
    found = _ENDINGS.get(path.suffix.lower())
    if found is None:
        choices = ", ".join(f.value for f in FileFormat)
        raise ConfigError(f"cannot tell the format of {path.name!r}; pass {flag} ({choices})")
    return found
