"""The offline snapshot: real official files bundled with the package, loaded on first use.

``manifest.json`` names, for each dataset, the publication bundled and why it was chosen (the
newest complete, consistent one in the project's data folder). Built by
``scripts/build_snapshot.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from listwatch.store import PublicationInfo, Store, import_files

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


def load_snapshot(
    store: Store,
    datasets: set[str] | None = None,
    on_loaded: Callable[[PublicationInfo], None] | None = None,
) -> list[PublicationInfo]:
    """Import the bundled publication of every dataset (or of ``datasets``) that the store does
    not hold yet. Returns what was imported."""
    have = set(store.datasets())
    loaded = []
    for entry in snapshot_entries():
        if entry.dataset in have or (datasets is not None and entry.dataset not in datasets):
            continue
        pub = import_files(
            store,
            entry.dataset,
            list(entry.files),
            published=entry.published,
            source=f"bundled snapshot ({entry.origin})",
        )
        loaded.append(pub)
        if on_loaded:
            on_loaded(pub)
    return loaded
