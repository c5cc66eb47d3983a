"""The one exception tree of listwatch.

    ListwatchError                 base: a message a person can act on, and an HTTP status
    ├── SourceError                an official file could not be read (file, line, field)
    ├── StoreError                 the database refused or holds something unexpected
    │   └── NotFoundError          no such dataset, publication or entity
    ├── FetchError                 a download failed or was refused after verification
    ├── ConfigError                a setting, flag or argument is wrong
    └── MatchInputError            a screening query or batch row is malformed

The CLI prints ``str(error)`` as one line and exits non-zero; the API maps ``status`` to the
response code and returns ``{"error": {"type", "detail"}}``.
"""

from __future__ import annotations

from pathlib import Path


class ListwatchError(Exception):
    """Base of every error listwatch raises on purpose."""

    status: int = 500

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class SourceError(ListwatchError):
    """A list file is truncated, empty, of the wrong format or garbled."""

    status = 422

    def __init__(
        self,
        detail: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        source: str | None = None,
    ) -> None:
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        self.source = source
        where = ""
        if self.file is not None:
            where = self.file
            if line is not None:
                where += f", line {line}"
            where += ": "
        elif line is not None:
            where = f"line {line}: "
        what = f"field {field!r}: " if field else ""
        super().__init__(f"{where}{what}{detail}")
        self.detail = detail


class StoreError(ListwatchError):
    status = 500


class NotFoundError(StoreError):
    status = 404


class FetchError(ListwatchError):
    status = 502


class ConfigError(ListwatchError):
    status = 400


class MatchInputError(ListwatchError):
    status = 422
