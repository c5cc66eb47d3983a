"""Which publications to screen against: ``--lists DATASET[@DATE],…``.

Default: the newest publication of every stored dataset. ``all`` (or ``any``): every stored
publication of every dataset.
"""

from __future__ import annotations

from datetime import date

from listwatch.errors import ConfigError
from listwatch.store import PublicationInfo, Store

__all__ = ["select_publications"]


def select_publications(store: Store, spec: str | None = None) -> list[PublicationInfo]:
    if not spec or spec.strip() in ("", "default", "latest"):
        pubs = store.latest()
    elif spec.strip() in ("all", "any"):
        pubs = store.publications()
    else:
        pubs = []
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            dataset, _, day = part.partition("@")
            when = None
            if day:
                try:
                    when = date.fromisoformat(day)
                except ValueError as exc:
                    raise ConfigError(
                        f"--lists: {part!r}: {day!r} is not a YYYY-MM-DD date"
                    ) from exc
            pubs.append(store.publication(dataset, when))
    if not pubs:
        raise ConfigError("no list is stored; run `listwatch sync` or `listwatch import` first")
    return sorted(set(pubs), key=lambda p: (p.dataset, p.published))
