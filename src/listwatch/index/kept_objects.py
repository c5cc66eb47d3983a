"""Objects an index builds on first use and keeps, moved out of the cycle collector's sight.

A loaded index is frozen at once (:func:`listwatch.index.cache.load_index`), but the prepared
names and entries it builds on first use keep arriving for as long as new names are screened:
a dozen tracked objects each (tuples, frozensets), over half a million after 20,000 new names.
Every full collection walks all objects not frozen, so without this it took 0.3 s by then,
charged to whichever request or row was running. None of these objects forms a reference
cycle, so the collector can never reclaim them anyway.
"""

from __future__ import annotations

import gc

__all__ = ["FREEZE_EVERY", "KeptObjects"]

#: Objects kept between two moves out of the collector's sight: few enough that a full
#: collection in between walks a few milliseconds' worth.
FREEZE_EVERY = 1000


class KeptObjects:
    """Counts objects built and kept; every :data:`FREEZE_EVERY` of them, collects the young
    generations (garbage already unreachable is reclaimed, not frozen) and freezes the rest.

    Frozen objects are still freed by reference counting when dropped; only a reference cycle
    made unreachable after it was frozen would stay, and a kept object forms none."""

    __slots__ = ("every", "since")

    def __init__(self, every: int = FREEZE_EVERY) -> None:
        self.every = every
        self.since = 0

    def added(self) -> None:
        """One more object is kept."""
        self.since += 1
        if self.since >= self.every:
            self.since = 0
            gc.collect(1)
            gc.freeze()
