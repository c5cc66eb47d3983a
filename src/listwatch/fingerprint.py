"""A digest of the code that shapes matching: text analysis, the index and name comparison.

An index cached on disk and a compiled comparator (:mod:`listwatch.native`) are used only
while this digest is the one they were made with, so that a code change never meets results
or machine code made from other code. Standard library only: it is read while the package is
first imported.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["PACKAGE", "code_fingerprint"]

PACKAGE = Path(__file__).resolve().parent
_FOLDERS = ("text", "index", "matching")
_SUFFIXES = frozenset({".py", ".pyx", ".txt", ".json", ".tsv", ".csv"})


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the names and bytes of the source and data files of the modules that shape
    an index and its scores."""
    digest = hashlib.sha256()
    for folder in _FOLDERS:
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.is_file() and path.suffix in _SUFFIXES:
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
