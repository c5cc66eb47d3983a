"""Tabular official files — xlsx/xls (python-calamine), ods and csv — read as header-keyed rows.

Every row comes with its 1-based row number in the sheet (for CSV: the line on which the record
starts), so parsers can name the row in a :class:`~listwatch.errors.SourceError`. Lines before the
header row (OFSI's ``Last Updated,<date>``, FCDO's ``Report Date: …``) are kept as ``preamble``.
Cell values become stripped strings: whole numbers without ``.0``, dates as ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import python_calamine

from listwatch.errors import SourceError
from listwatch.sources.delimited import records
from listwatch.sources.files import logical_name, open_binary
from listwatch.sources.ods import ods_rows

__all__ = ["Table", "cell_text", "read_table"]

#: How many rows may come before the header row.
_MAX_PREAMBLE = 10

RawRows = Iterator[tuple[int, list[str]]]


@dataclass(slots=True)
class Table:
    """A sheet split into preamble, header and (lazily read) data rows."""

    path: Path
    header: list[str]
    preamble: list[list[str]] = field(default_factory=list)
    _rows: RawRows = field(default_factory=lambda: iter(()))
    #: CSV rows must have exactly as many fields as the header; sheet rows may end early.
    exact: bool = False
    _unnamed: list[int] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """``(row number, {column: value})`` for every non-blank data row."""
        width = len(self.header)
        self._unnamed = [i for i, name in enumerate(self.header) if not name]
        for number, cells in self._rows:
            if not any(cells):
                continue
            short = self.exact and len(cells) < width
            if short or (len(cells) > width and any(cells[width:])):
                raise SourceError(
                    f"row has {len(cells)} fields, the header has {width}",
                    file=self.path,
                    line=number,
                )
            cells = cells + [""] * (width - len(cells))
            stray = next((i for i in self._unnamed if cells[i]), None)
            if stray is not None:
                raise SourceError(
                    f"value {cells[stray]!r} in column {stray + 1}, which has no header",
                    file=self.path,
                    line=number,
                )
            yield number, dict(zip(self.header, cells, strict=False))


def cell_text(value: object) -> str:
    """A cell value as the string a list publisher meant."""
    if type(value) is str:  # nearly every cell: checked first
        return " ".join(value.split())  # split() also takes the no-break space \xa0
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def read_table(
    path: Path,
    required: Sequence[str],
    *,
    sheet: str | None = None,
    encodings: tuple[str, ...] = ("utf-8",),
) -> Table:
    """Open ``path`` and find the header row: the first of the top rows holding every column
    in ``required``. Raises SourceError if the file is unreadable or no such row exists."""
    raw = _raw_rows(path, sheet, encodings)
    preamble: list[list[str]] = []
    seen: list[str] = []
    for _number, cells in raw:
        if set(required) <= set(cells):
            return Table(path, cells, preamble, raw, exact=logical_name(path).endswith(".csv"))
        preamble.append(cells)
        seen = cells
        if len(preamble) >= _MAX_PREAMBLE:
            break
    missing = next((c for c in required if c not in seen), required[0])
    where = len(preamble) or None
    raise SourceError(
        f"no header row with the columns {', '.join(required)} (wrong format?)",
        file=path,
        line=where,
        field=missing,
    )


def _raw_rows(path: Path, sheet: str | None, encodings: tuple[str, ...]) -> RawRows:
    name = logical_name(path)
    with open_binary(path) as fh:
        head = fh.read(4)
    if name.endswith(".csv") or name.endswith(".txt"):
        if head.startswith(b"PK\x03\x04"):
            raise SourceError("a zip archive (spreadsheet?) where CSV was expected", file=path)
        return _csv_rows(path, encodings)
    if name.endswith(".ods"):
        return ods_rows(path, sheet)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return _calamine_rows(path, sheet)
    raise SourceError("not a spreadsheet (expected xlsx, xls, ods or csv)", file=path)


def _csv_rows(path: Path, encodings: tuple[str, ...]) -> RawRows:
    for line, fields in records(path, encodings=encodings):
        yield line, [" ".join(f.split()) for f in fields]


def _calamine_rows(path: Path, sheet: str | None) -> RawRows:
    with open_binary(path) as fh:
        data = fh.read()
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        if sheet is not None and sheet in book.sheet_names:
            table = book.get_sheet_by_name(sheet)
        elif sheet is not None:
            raise SourceError(f"no sheet named {sheet!r} (has {book.sheet_names})", file=path)
        else:
            table = book.get_sheet_by_index(0)
        first_row = table.start[0] if table.start else 0
        rows = table.iter_rows()
    except SourceError:
        raise
    except Exception as exc:  # calamine raises its own error classes and ValueError
        raise SourceError(f"not a readable spreadsheet ({exc})", file=path) from exc
    return _numbered(rows, first_row + 1)


def _numbered(rows: Iterator[Sequence[object]], start: int) -> RawRows:
    for number, row in enumerate(rows, start=start):
        # cell_text, inlined for the strings that make up nearly every sheet
        yield number, [(v and " ".join(v.split())) if type(v) is str else cell_text(v) for v in row]
