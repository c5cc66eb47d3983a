"""The offline snapshot: real official files bundled with the package, loaded on first use.

``manifest.json`` names, for each dataset, the publication bundled and why it was chosen (the
newest complete, consistent one in the project's data folder). Built by
``scripts/build_snapshot.py``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from listwatch.store import PublicationInfo, Store
from listwatch.store.importer import ParsedPublication, parse_files, store_parsed
from listwatch.system import available_cores

__all__ = ["SnapshotEntry", "load_snapshot", "snapshot_entries"]

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    dataset: str
    published: date
    origin: str
    files: tuple[Path, ...]


def snapshot_entries() -> list[SnapshotEntry]:
    data = json.loads((_HERE / "manifest.json").read_text(encoding="utf-8"))
    return [
        SnapshotEntry(
            dataset=item["dataset"],
            published=date.fromisoformat(item["published"]),
            origin=item["origin"],
            files=tuple(
                _HERE / item["dataset"] / item["published"] / f["file"] for f in item["files"]
            ),
        )
        for item in data
    ]


def _parse(entry: SnapshotEntry) -> ParsedPublication:
    return parse_files(
        entry.dataset,
        list(entry.files),
        published=entry.published,
        source=f"bundled snapshot ({entry.origin})",
    )


def load_snapshot(
    store: Store,
    datasets: set[str] | None = None,
    on_loaded: Callable[[PublicationInfo], None] | None = None,
) -> list[PublicationInfo]:
    """Import the bundled publication of every dataset (or of ``datasets``) that the store does
    not hold yet, parsing on every core. Returns what was imported."""
    have = set(store.datasets())
    wanted = [
        entry
        for entry in snapshot_entries()
        if entry.dataset not in have and (datasets is None or entry.dataset in datasets)
    ]
    workers = min(len(wanted), available_cores())
    loaded = []

    def keep(publication: ParsedPublication) -> None:
        pub = store_parsed(store, publication)
        loaded.append(pub)
        if on_loaded:
            on_loaded(pub)

    if workers > 1:
        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for publication in pool.map(_parse, wanted):
                keep(publication)  # stored while the workers parse the next ones
    else:
        for entry in wanted:
            keep(_parse(entry))
    return loaded
