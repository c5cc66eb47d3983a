"""Building a screening index for publications, and caching it on disk.

The cache key is the publications' content digests plus the index format and package version,
so a new publication or a new release builds afresh; a cached index loads in well under a
second (warm start).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from listwatch import __version__
from listwatch.index.screening_index import ScreeningIndex
from listwatch.store import PublicationInfo, Store

__all__ = ["INDEX_FORMAT", "build_index", "cache_key", "load_index"]

INDEX_FORMAT = 1


_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Digest of the modules that shape an index (text analysis, index, name comparison), so
    that a code change never loads an index built by other code."""
    digest = hashlib.sha256()
    for folder in ("text", "index", "matching"):
        for path in sorted((_PACKAGE / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".txt", ".json", ".tsv", ".csv"}:
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(publications: Sequence[PublicationInfo]) -> str:
    digest = hashlib.sha256(f"{INDEX_FORMAT}:{__version__}:{code_fingerprint()}".encode())
    for pub in sorted(publications, key=lambda p: (p.dataset, p.published)):
        digest.update(f"|{pub.dataset}@{pub.published}:{pub.content_sha256}".encode())
    return digest.hexdigest()[:24]


def build_index(store: Store, publications: Sequence[PublicationInfo]) -> ScreeningIndex:
    index = ScreeningIndex(tuple(p.name for p in publications))
    for pub in sorted(publications, key=lambda p: p.published, reverse=True):
        index.add(store.entities(pub), pub.published.isoformat())
    return index.finish()


def load_index(
    store: Store, publications: Sequence[PublicationInfo], cache_dir: Path | None
) -> ScreeningIndex:
    """The index of ``publications``, from ``cache_dir`` when built before."""
    if cache_dir is None:
        return build_index(store, publications)
    path = cache_dir / f"index-{cache_key(publications)}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, ScreeningIndex):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a stale or broken cache is rebuilt below
    index = build_index(store, publications)
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    Path(tmp).replace(path)
    return index
