"""Candidate retrieval built per set of publications and cached on disk."""

from listwatch.index.entries import ListEntry, normalize_identifier
from listwatch.index.screening_index import KIND_FACTORS, NAME_KINDS, IndexedName, ScreeningIndex

__all__ = [
    "KIND_FACTORS",
    "NAME_KINDS",
    "IndexedName",
    "ListEntry",
    "ScreeningIndex",
    "normalize_identifier",
]
