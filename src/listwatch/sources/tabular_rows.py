"""Strict reading of delimited text lists (CSV, tab-separated) with a header row.

Shared by the trade.gov Consolidated Screening List, the BIS Denied Persons List and the internal
list format. Every record comes back with the physical line it starts on, so that any error names
file and line: bytes that are not UTF-8, NUL bytes, an unterminated quote (a truncated file), a
header lacking a required column, a record with the wrong number of fields.
"""

from __future__ import annotations

import csv
import difflib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.files import open_binary

__all__ = ["Row", "merged", "read_rows"]


@dataclass(frozen=True, slots=True)
class Row:
    """One record: the line it starts on and its values by column name (stripped)."""

    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "")


def _lines(fh: IO[bytes], path: Path) -> Iterator[str]:
    for number, raw in enumerate(fh, start=1):
        if b"\x00" in raw:
            raise SourceError(
                "binary content (NUL byte) where text was expected", file=path, line=number
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"not valid UTF-8 text (garbled bytes?): {exc.reason}", file=path, line=number
            ) from exc
        yield text.removeprefix("\ufeff") if number == 1 else text


def read_rows(
    path: Path,
    *,
    required: Sequence[str],
    delimiter: str = ",",
    what: str = "CSV",
    skip_repeated_header: bool = False,
    column_key: Callable[[str], str] = str.strip,
    check_header: Callable[[list[str]], None] | None = None,
) -> Iterator[Row]:
    """Yield the records of ``path`` after its header row.

    Header cells are turned into column names by ``column_key``; ``required`` columns must be
    among them (SourceError naming the first one missing), then ``check_header`` may object.
    Blank lines are skipped; so is a record repeating the header when ``skip_repeated_header``.
    """
    with open_binary(path) as fh:
        reader = csv.reader(_lines(fh, path), delimiter=delimiter, strict=True)
        header: list[str] | None = None
        start = 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                hint = " (truncated file?)" if "end of data" in str(exc) else ""
                raise SourceError(
                    f"malformed {what} record: {exc}{hint}", file=path, line=start
                ) from exc
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [column_key(cell) for cell in record]
                _check_header(header, required, path, what)
                if check_header is not None:
                    check_header(header)
                continue
            if skip_repeated_header and [column_key(cell) for cell in record] == header:
                continue
            if len(record) != len(header):
                raise SourceError(
                    f"expected {len(header)} fields, found {len(record)} (truncated or "
                    "misquoted record?)",
                    file=path,
                    line=line,
                )
            yield Row(line, {col: cell.strip() for col, cell in zip(header, record, strict=True)})
        if header is None:
            raise SourceError(f"no header row: not a {what} file", file=path, line=1)


def _check_header(header: list[str], required: Sequence[str], path: Path, what: str) -> None:
    for column in required:
        if column not in header:
            close = difflib.get_close_matches(column, header, n=1, cutoff=0.6)
            hint = f"; is {close[0]!r} a misspelling?" if close else f"; not a {what} file?"
            shown = ", ".join(header)[:120]
            raise SourceError(
                f"header lacks required column{hint} (header: {shown})",
                file=path,
                line=1,
                field=column,
            )
    repeated = [col for col, n in Counter(header).items() if n > 1 and col]
    if repeated:
        raise SourceError(
            "column appears twice in the header", file=path, line=1, field=repeated[0]
        )


def merged(
    rows: Callable[[], Iterator[Row]],
    key: Callable[[Row], str],
    apply: Callable[[Row, Entity | None], Entity],
) -> Iterator[Entity]:
    """Merge the records sharing a key into one entity, streaming in two passes.

    The first pass only counts keys (and validates every record); the second builds entities and
    holds back only those whose key has rows still to come, yielding each at its last row.
    """
    remaining = Counter(key(row) for row in rows())
    pending: dict[str, Entity] = {}
    for row in rows():
        k = key(row)
        entity = apply(row, pending.pop(k, None))
        remaining[k] -= 1
        if remaining[k]:
            pending[k] = entity
        else:
            yield entity
