"""The versioned store: publications, entries and the changes between them."""

from listwatch.store.changes import (
    Changes,
    EntryChange,
    FieldChange,
    diff_entities,
    diff_publications,
)
from listwatch.store.history import EntityHistory, HistoryEvent, entity_history
from listwatch.store.importer import file_info, import_files
from listwatch.store.records import FileInfo, PublicationInfo
from listwatch.store.store import Store

__all__ = [
    "Changes",
    "EntityHistory",
    "EntryChange",
    "FieldChange",
    "FileInfo",
    "HistoryEvent",
    "PublicationInfo",
    "Store",
    "diff_entities",
    "diff_publications",
    "entity_history",
    "file_info",
    "import_files",
]
