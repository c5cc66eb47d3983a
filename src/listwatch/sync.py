"""``sync``: fetch fresh official lists, verify them, and swap them in atomically.

For each dataset: download every file of the publication into a temporary folder, parse it
fully, refuse it if its entry count collapsed against the stored publication (unless forced),
store it in one transaction, then move the files into ``<home>/files/<dataset>/<date>/``. Any
failure keeps the previous publication and says why.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from listwatch.config import Settings
from listwatch.errors import FetchError, ListwatchError, NotFoundError
from listwatch.sources import SOURCES, get_source
from listwatch.sources.download import HttpState, fetch_files, make_client
from listwatch.store import FileInfo, PublicationInfo, Store

__all__ = ["COLLAPSE_RATIO", "SyncResult", "sync"]

#: A new publication with fewer than this share of the previous entry count is refused.
COLLAPSE_RATIO = 0.5


@dataclass(frozen=True, slots=True)
class SyncResult:
    dataset: str
    status: str  # updated | unchanged | failed | skipped
    detail: str
    publication: PublicationInfo | None = None


def _sync_one(
    store: Store, settings: Settings, dataset: str, client: httpx.Client, force: bool
) -> SyncResult:
    source = get_source(dataset)
    if not source.downloads:
        return SyncResult(dataset, "skipped", "nothing to download for this dataset")
    state = HttpState(settings.cache_dir / "http-state.json")
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        previous = store.publication(dataset)
    except NotFoundError:
        previous = None
    with tempfile.TemporaryDirectory(prefix=f"sync-{dataset}-", dir=settings.cache_dir) as tmp:
        files = fetch_files(
            client,
            source.downloads,
            Path(tmp),
            state,
            conditional=previous is not None and not force,
        )
        if files is None:
            return SyncResult(dataset, "unchanged", "not modified since the last sync", previous)
        paths = [f.path for f in files]
        entities = list(source.parse(paths))
        now = datetime.now(UTC)
        published = source.published(paths) or now.date()
        collapsed = previous is not None and len(entities) < COLLAPSE_RATIO * previous.entry_count
        if collapsed and not force:
            assert previous is not None
            raise FetchError(
                f"refused: {len(entities)} entries against {previous.entry_count} in "
                f"{previous.name} (collapsed below {COLLAPSE_RATIO:.0%}); "
                "use --force to accept it"
            )
        pub = store.add_publication(
            dataset,
            entities,
            published=published,
            source=", ".join(f.url for f in files),
            files=[FileInfo(f.path.name, f.sha256, f.size) for f in files],
            fetched_at=now,
            replace=force,
        )
        archive = settings.home / "files" / dataset / published.isoformat()
        if archive.exists():
            shutil.rmtree(archive)
        archive.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(tmp, archive)
        Path(tmp).mkdir()  # TemporaryDirectory removes it on exit
        state.save()
    return SyncResult(dataset, "updated", f"{pub.entry_count} entries", pub)


def sync(
    store: Store,
    settings: Settings,
    datasets: Sequence[str] = (),
    *,
    force: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> list[SyncResult]:
    """Sync ``datasets`` (default: every source with official downloads)."""
    names = list(datasets) or [d for d in SOURCES if get_source(d).downloads]
    results = []
    with make_client(transport) as client:
        for dataset in names:
            try:
                results.append(_sync_one(store, settings, dataset, client, force))
            except ListwatchError as exc:
                kept = "; the previous publication is kept"
                results.append(SyncResult(dataset, "failed", f"{exc}{kept}"))
    return results
