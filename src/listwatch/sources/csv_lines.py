"""Streaming CSV records with the line number each record starts on.

Bytes are decoded line by line: UTF-8 (a BOM is dropped), or, when ``encodings`` allows it and
nothing but ASCII came before, the next encoding (``cp1252``) for the rest of the file. NUL bytes,
undecodable bytes and unterminated quotes raise SourceError naming the line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.sources.files import open_binary

__all__ = ["csv_records"]


class _Lines:
    """Decoded lines of a binary stream, counting the lines handed out."""

    def __init__(self, path: Path, raw: Iterator[bytes], encodings: tuple[str, ...]) -> None:
        self.path = path
        self.raw = raw
        self.encodings = encodings
        self.current = 0
        self.line = 0
        self.non_ascii = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        data = next(self.raw)
        self.line += 1
        if self.line == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if b"\x00" in data:
            raise SourceError(
                "binary content (NUL byte) in a text file", file=self.path, line=self.line
            )
        while True:
            encoding = self.encodings[self.current]
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                if self.non_ascii or self.current + 1 >= len(self.encodings):
                    raise SourceError(
                        f"garbled bytes, not {encoding} ({exc.reason} at byte {exc.start})",
                        file=self.path,
                        line=self.line,
                    ) from exc
                self.current += 1
                continue
            if not text.isascii():
                self.non_ascii = True
            return text


def csv_records(
    path: Path, encodings: tuple[str, ...] = ("utf-8",)
) -> Iterator[tuple[int, list[str]]]:
    """``(first line number, fields)`` for every CSV record in ``path``; fields are stripped."""
    with open_binary(path) as fh:
        lines = _Lines(path, iter(fh), encodings)
        reader = csv.reader(lines, strict=True)
        while True:
            start = lines.line + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise SourceError(f"malformed CSV ({exc})", file=path, line=start) from exc
            yield start, [" ".join(f.replace("\xa0", " ").split()) for f in fields]
