"""Opening official files: plain, gzip-compressed (the bundled snapshot) or zipped."""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from listwatch.errors import SourceError

__all__ = ["logical_name", "open_binary", "read_text"]


def logical_name(path: Path) -> str:
    """The file's name without a ``.gz`` the snapshot added, lower case (``sdn.csv``)."""
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


@contextmanager
def open_binary(path: Path, member_suffix: str | None = None) -> Iterator[IO[bytes]]:
    """Open ``path`` for reading bytes, decompressing ``.gz`` and, for a ``.zip``, the first
    member whose name ends with ``member_suffix``. Raises SourceError if missing or empty."""
    if not path.exists():
        raise SourceError("file not found", file=path)
    if path.stat().st_size == 0:
        raise SourceError("file is empty", file=path)
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.open(path, "rb") as fh:
                data = fh.read()
        except (OSError, EOFError, zlib.error) as exc:
            raise SourceError(f"not a readable gzip file ({exc})", file=path) from exc
        if not data:
            raise SourceError("file is empty", file=path)
        yield io.BytesIO(data)
        return
    if zipfile.is_zipfile(path) and path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                names = [
                    n
                    for n in archive.namelist()
                    if member_suffix is None or n.lower().endswith(member_suffix.lower())
                ]
                if not names:
                    raise SourceError(f"no {member_suffix or 'file'} inside the archive", file=path)
                with archive.open(names[0]) as fh:
                    yield fh
        except zipfile.BadZipFile as exc:
            raise SourceError(f"not a readable zip file ({exc})", file=path) from exc
        return
    with path.open("rb") as fh:
        yield fh


def read_text(path: Path, encodings: tuple[str, ...] = ("utf-8-sig", "cp1252")) -> str:
    """The whole file decoded with the first encoding that fits; SourceError otherwise."""
    with open_binary(path) as fh:
        data = fh.read()
    if not data.strip(b"\x00\x1a \r\n\t"):
        raise SourceError("file is empty", file=path)
    if b"\x00" in data[:4096]:
        raise SourceError("binary content where text was expected", file=path)
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(f"cannot decode as {' or '.join(encodings)}", file=path)
