"""Building a screening index for publications, and caching it on disk.

The cache key is the publications' content digests, the index format, the package version, a
fingerprint of the code that shapes an index, and the Python version (the file is written with
:mod:`marshal`, whose format belongs to the interpreter). A new publication or new code builds
afresh; a cached index loads in well under a second (warm start). Older index files are removed.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from listwatch import __version__
from listwatch.fingerprint import code_fingerprint
from listwatch.index.screening_index import ScreeningIndex
from listwatch.store import PublicationInfo, Store
from listwatch.system import available_cores

__all__ = [
    "INDEX_FORMAT",
    "build_index",
    "cache_key",
    "index_file",
    "load_index",
    "read_index",
    "write_index",
]

INDEX_FORMAT = 2
_MAGIC = b"LWIDX2\n"
#: Index files kept in a cache folder (the newest ones).
KEEP_FILES = 4


def cache_key(publications: Sequence[PublicationInfo]) -> str:
    python = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    digest = hashlib.sha256(f"{INDEX_FORMAT}:{__version__}:{python}:{code_fingerprint()}".encode())
    for pub in sorted(publications, key=lambda p: (p.dataset, p.published)):
        digest.update(f"|{pub.dataset}@{pub.published}:{pub.content_sha256}".encode())
    return digest.hexdigest()[:24]


def index_file(cache_dir: Path, publications: Sequence[PublicationInfo]) -> Path:
    return cache_dir / f"index-{cache_key(publications)}.idx"


def build_index(store: Store, publications: Sequence[PublicationInfo]) -> ScreeningIndex:
    index = ScreeningIndex(tuple(p.name for p in publications))
    enabled = gc.isenabled()
    gc.disable()  # many small, acyclic objects: collecting during the build is wasted work
    try:
        for pub in sorted(publications, key=lambda p: p.published, reverse=True):
            index.add(store.entities(pub), pub.published.isoformat())
        return index.finish(workers=available_cores())
    finally:
        if enabled:
            gc.enable()


def write_index(index: ScreeningIndex, path: Path) -> None:
    """Write atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(_MAGIC)
        marshal.dump(index.to_state(), fh)
    Path(tmp).replace(path)


def read_index(path: Path) -> ScreeningIndex:
    """Read an index file written by :func:`write_index` (or a pickled index)."""
    with path.open("rb") as fh:
        head = fh.read(len(_MAGIC))
        if head == _MAGIC:
            # Loading creates millions of small objects; the cycle collector would walk
            # them again and again for nothing (none of them forms a cycle).
            enabled = gc.isenabled()
            gc.disable()
            try:
                return ScreeningIndex.from_state(marshal.loads(fh.read()))
            finally:
                if enabled:
                    gc.enable()
        fh.seek(0)
        loaded = pickle.load(fh)
    if not isinstance(loaded, ScreeningIndex):
        raise ValueError(f"{path} does not hold a screening index")
    return loaded


def _prune(cache_dir: Path, keep: Path) -> None:
    files = sorted(
        (p for p in cache_dir.glob("index-*") if p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in files[KEEP_FILES - 1 :]:
        old.unlink(missing_ok=True)


def load_index(
    store: Store, publications: Sequence[PublicationInfo], cache_dir: Path | None
) -> ScreeningIndex:
    """The index of ``publications``, from ``cache_dir`` when built before.

    The index's objects are then moved out of the cycle collector's sight (:func:`gc.freeze`):
    none of them forms a cycle, and every full collection would otherwise walk them all
    (0.15–0.3 s, charged to whatever query is running)."""
    index = _load_index(store, publications, cache_dir)
    gc.freeze()
    return index


def _load_index(
    store: Store, publications: Sequence[PublicationInfo], cache_dir: Path | None
) -> ScreeningIndex:
    if cache_dir is None:
        return build_index(store, publications)
    path = index_file(cache_dir, publications)
    if path.exists():
        try:
            return read_index(path)
        except (OSError, ValueError, EOFError, TypeError, KeyError, pickle.UnpicklingError):
            pass  # a stale or broken cache is rebuilt below
    index = build_index(store, publications)
    write_index(index, path)
    _prune(cache_dir, path)
    return index
