"""Opening listwatch's working state (settings → store, snapshot loaded on first use)."""

from __future__ import annotations

from listwatch.config import Settings, load_settings
from listwatch.store import Store

__all__ = ["open_store"]


def open_store(settings: Settings | None = None, *, snapshot: bool | None = None) -> Store:
    """The store named by ``settings``; an empty one gets the bundled snapshot first."""
    settings = settings or load_settings()
    store = Store(settings.db_url)
    want_snapshot = settings.snapshot if snapshot is None else snapshot
    if want_snapshot and not store.datasets():
        from listwatch.snapshot import load_snapshot

        load_snapshot(store)
    return store
