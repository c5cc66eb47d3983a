"""OpenDocument spreadsheets (.ods), streamed from ``content.xml`` with lxml.

calamine cannot read every ODS writer's output (the FCDO export is pretty-printed, which it
rejects), so ODS files are read here: ``table:table-row`` elements in document order, honouring
``number-columns-repeated`` / ``number-rows-repeated``, and ``text:s`` / ``text:tab`` /
``text:line-break`` inside cells. Rows are numbered as a spreadsheet program would show them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from listwatch.errors import SourceError
from listwatch.sources.files import open_binary

__all__ = ["ods_rows"]

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ROW = f"{{{_TABLE}}}table-row"
_SHEET = f"{{{_TABLE}}}table"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_REPEAT_COLS = f"{{{_TABLE}}}number-columns-repeated"
_REPEAT_ROWS = f"{{{_TABLE}}}number-rows-repeated"
#: A value repeated more often than this is the writer's padding to the sheet's edge.
_MAX_REPEAT = 1024


def ods_rows(path: Path, sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """``(row number, cells)`` of the named sheet, or the first one."""
    with open_binary(path) as fh:
        data = fh.read()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        content = archive.open("content.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SourceError(f"not a readable ods file ({exc})", file=path) from exc
    return _rows(path, content, sheet)


def _rows(path: Path, content: IO[bytes], sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    number = 0
    state = "before"  # before → inside (the wanted sheet) → after
    names: list[str] = []
    events = etree.iterparse(content, events=("start", "end"), tag=(_SHEET, _ROW))
    try:
        for event, element in events:
            if element.tag == _SHEET:
                if event == "start":
                    names.append(element.get(f"{{{_TABLE}}}name", ""))
                    if state == "before" and (sheet is None or names[-1] == sheet):
                        state = "inside"
                elif state == "inside":
                    return
                continue
            if event != "end" or state != "inside":
                continue
            cells = _cells(element)
            repeat = int(element.get(_REPEAT_ROWS, "1"))
            element.clear()
            for _ in range(min(repeat, _MAX_REPEAT) if any(cells) else 1):
                number += 1
                yield number, cells
            if not any(cells):
                number += repeat - 1
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        raise SourceError(
            f"truncated or garbled ods content ({exc.msg})", file=path, line=line
        ) from exc
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise SourceError(f"truncated or corrupt ods file ({exc})", file=path) from exc
    if state == "before":
        wanted = f"sheet named {sheet!r}" if sheet else "sheet"
        raise SourceError(f"no {wanted} in the ods file (has {names})", file=path)


def _cells(row: etree._Element) -> list[str]:
    cells: list[str] = []
    blanks = 0  # empty cells not yet added: dropped if nothing follows them
    for cell in row.iterchildren(*_CELLS):
        value = _cell_value(cell)
        repeat = min(int(cell.get(_REPEAT_COLS, "1")), _MAX_REPEAT)
        if not value:
            blanks += repeat
            continue
        if blanks:
            cells.extend([""] * blanks)
            blanks = 0
        cells.extend([value] * repeat)
    return cells


def _cell_value(cell: etree._Element) -> str:
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind == "date":
        return (cell.get(f"{{{_OFFICE}}}date-value") or "")[:10]
    if kind in ("float", "percentage", "currency"):
        raw = cell.get(f"{{{_OFFICE}}}value") or ""
        if raw.endswith(".0"):
            raw = raw[:-2]
        return raw
    paragraphs = [_text(p) for p in cell.iterchildren(f"{{{_TEXT}}}p")]
    return " ".join(" ".join(paragraphs).split())


def _text(element: etree._Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif tag in (f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
            parts.append(" ")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
