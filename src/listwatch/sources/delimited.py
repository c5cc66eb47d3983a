"""Strict, streaming reading of delimited text (CSV, tab-separated), record by record.

Shared by the CSV path of the spreadsheet reader, OFAC's legacy CSV set, the trade.gov
Consolidated Screening List, the BIS Denied Persons List and the internal list format. Every
record comes back with the physical line it starts on, so that any error names file and line:
NUL bytes, bytes that fit none of the allowed encodings, an unterminated quote (a truncated file),
and, with a header row (:func:`read_rows`), a header lacking a required column or a record with
the wrong number of fields.

Decoding: UTF-8 (a BOM is dropped), or the next allowed encoding (``cp1252``), either for the rest
of the file once a line needs it and nothing but ASCII came before, or (``per_line``) line by line.
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

__all__ = ["Row", "merged", "read_rows", "records"]

_BOM = b"\xef\xbb\xbf"


class _Lines:
    """Decoded lines of a binary stream, counting the lines handed out."""

    def __init__(
        self,
        path: Path,
        raw: IO[bytes],
        encodings: tuple[str, ...],
        per_line: bool,
        check: Callable[[int, str], str] | None,
    ) -> None:
        self.path, self.raw, self.encodings = path, iter(raw), encodings
        self.per_line, self.check = per_line, check
        self.current = 0
        self.line = 0
        self.non_ascii = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        data = next(self.raw)
        self.line += 1
        if self.line == 1 and data.startswith(_BOM):
            data = data[3:]
        if b"\x00" in data:
            raise SourceError(
                "binary content (NUL byte) where text was expected", file=self.path, line=self.line
            )
        text = data.decode("ascii") if data.isascii() else self._decode(data)
        return self.check(self.line, text) if self.check else text

    def _decode(self, data: bytes) -> str:
        current = 0 if self.per_line else self.current
        while True:
            encoding = self.encodings[current]
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                if (self.non_ascii and not self.per_line) or current + 1 >= len(self.encodings):
                    raise SourceError(
                        f"not valid {encoding.upper()} text (garbled bytes?): {exc.reason} at "
                        f"byte {exc.start}",
                        file=self.path,
                        line=self.line,
                    ) from exc
                current += 1
                continue
            self.current, self.non_ascii = current, True
            return text


def records(
    path: Path,
    *,
    delimiter: str = ",",
    encodings: tuple[str, ...] = ("utf-8",),
    what: str = "CSV",
    per_line: bool = False,
    check: Callable[[int, str], str] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """``(first line number, fields as written)`` for every record of ``path``, blank ones too.

    ``check(line number, text)`` may vet or clean each decoded line (SourceError to refuse)."""
    with open_binary(path) as fh:
        lines = _Lines(path, fh, encodings, per_line, check)
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        while True:
            start = lines.line + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                hint = " (truncated file?)" if "end of data" in str(exc) else ""
                raise SourceError(
                    f"malformed {what} record: {exc}{hint}", file=path, line=start
                ) from exc
            yield start, fields


class _Values(dict[str, str]):
    """A record's values by column; a column the file lacks reads as ``""``."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class Row:
    """One record: the line it starts on and its values by column name (stripped)."""

    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values[column]


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
    """Yield the records of ``path`` (UTF-8) after its header row.

    Header cells are turned into column names by ``column_key``; ``required`` columns must be
    among them (SourceError naming the first one missing), then ``check_header`` may object.
    Blank lines are skipped; so is a record repeating the header when ``skip_repeated_header``.
    """
    header: list[str] | None = None
    for line, record in records(path, delimiter=delimiter, what=what):
        if not "".join(record).strip():
            continue
        if header is None:
            header = [column_key(cell) for cell in record]
            _check_header(header, required, path, what)
            if check_header is not None:
                check_header(header)
            continue
        if (
            skip_repeated_header
            and column_key(record[0]) == header[0]
            and [column_key(cell) for cell in record] == header
        ):
            continue
        if len(record) != len(header):
            raise SourceError(
                f"expected {len(header)} fields, found {len(record)} (truncated or "
                "misquoted record?)",
                file=path,
                line=line,
            )
        yield Row(line, _Values(zip(header, map(str.strip, record), strict=True)))
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
