"""Import official files as a publication: parse fully with the dataset's source, then store in
one transaction. A file that fails to parse leaves the store exactly as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from listwatch.errors import ConfigError, SourceError
from listwatch.sources import get_source
from listwatch.sources.files import logical_name
from listwatch.store.records import FileInfo, PublicationInfo
from listwatch.store.store import Store, StoredEntry, serialize_entries

__all__ = ["ParsedPublication", "file_info", "import_files", "parse_files", "store_parsed"]


def file_info(path: Path) -> FileInfo:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return FileInfo(path.name, digest.hexdigest(), path.stat().st_size)


@dataclass(frozen=True, slots=True)
class ParsedPublication:
    """A publication's files parsed and verified, its entries serialised: ready to store
    (and cheap to send from a parsing process: strings, not object graphs)."""

    dataset: str
    published: date
    source: str
    files: tuple[FileInfo, ...]
    entries: dict[str, StoredEntry]


def parse_files(
    dataset: str,
    files: Sequence[Path],
    *,
    published: date | None = None,
    source: str | None = None,
) -> ParsedPublication:
    """Parse ``files`` fully as one publication of ``dataset`` (no store involved, so that
    several publications can be parsed in parallel processes)."""
    if not files:
        raise ConfigError("give at least one file to import")
    parser = get_source(dataset)
    for path in files:
        if not path.is_file():
            raise SourceError("file not found", file=path)
    infos = tuple(file_info(path) for path in files)
    when = published or parser.published(files)
    if when is None:
        names = ", ".join(logical_name(p) for p in files)
        raise ConfigError(
            f"{names}: the {dataset} format carries no publication date; "
            "give it with --published YYYY-MM-DD"
        )
    entities = tuple(parser.parse(files))
    if not entities:
        raise SourceError("no entries found", file=files[0])
    label = source or ", ".join(str(p) for p in files)
    return ParsedPublication(dataset, when, label, infos, serialize_entries(dataset, entities))


def store_parsed(
    store: Store,
    parsed: ParsedPublication,
    *,
    fetched_at: datetime | None = None,
    replace: bool = False,
) -> PublicationInfo:
    return store.add_publication(
        parsed.dataset,
        parsed.entries,
        published=parsed.published,
        source=parsed.source,
        files=parsed.files,
        fetched_at=fetched_at,
        replace=replace,
    )


def import_files(
    store: Store,
    dataset: str,
    files: Sequence[Path],
    *,
    published: date | None = None,
    source: str | None = None,
    fetched_at: datetime | None = None,
    replace: bool = False,
) -> PublicationInfo:
    """Parse ``files`` as one publication of ``dataset`` and store it."""
    parsed = parse_files(dataset, files, published=published, source=source)
    return store_parsed(store, parsed, fetched_at=fetched_at, replace=replace)
