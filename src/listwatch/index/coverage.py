"""How much of a query, and of each list name, the tokens found by retrieval cover (numpy).

Retrieval finds, for each query token, the list names carrying a similar token and that
token's weight in each name (:class:`Postings`). Here those postings are summed per name, in
the query's plan order, into the query weight a name covers and the name weight it shows, and
the names whose score bound reaches the floor are picked. A query meets hundreds or thousands
of names through its common tokens (first names, ``al``), so this runs over arrays, not dicts;
the sums are taken in the same order as a plain loop would, so the bounds are the same floats.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["Bounds", "Postings", "cover", "top"]

Ids = npt.NDArray[np.int32]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Postings:
    """Names carrying one of a query token's similar list tokens: name numbers (ascending,
    unique) and the best weight such a token has in each name; ``size`` counts the postings
    of every similar token (before merging), the cost of walking them."""

    ids: Ids
    weights: Floats
    size: int

    @classmethod
    def merge(cls, per_token: list[dict[int, float]]) -> Postings:
        """One token's postings, or several merged keeping each name's largest weight."""
        size = sum(len(p) for p in per_token)
        if len(per_token) == 1:
            (only,) = per_token
            ids = np.fromiter(only.keys(), np.int32, len(only))
            weights = np.fromiter(only.values(), np.float64, len(only))
            return cls(ids, weights, size)
        ids = np.fromiter((n for p in per_token for n in p), np.int32, size)
        weights = np.fromiter((w for p in per_token for w in p.values()), np.float64, size)
        order = np.lexsort((-weights, ids))  # by name, largest weight first
        ids, weights = ids[order], weights[order]
        first = np.ones(len(ids), dtype=bool)
        first[1:] = ids[1:] != ids[:-1]
        return cls(ids[first], weights[first], size)


EMPTY = Postings(np.zeros(0, np.int32), np.zeros(0, np.float64), 0)


@dataclass(frozen=True, slots=True)
class Bounds:
    """Per name met: its number, the query weight it covers and its own weight shown."""

    ids: Ids
    query: Floats
    name: Floats


def cover(
    finding: list[tuple[float, Postings]], reinforcing: list[tuple[float, Postings]]
) -> Bounds:
    """Sum ``finding`` groups (query weight, postings) over every name they carry, then add
    ``reinforcing`` groups only to names already met, in that order."""
    if not finding:
        empty = EMPTY.weights
        return Bounds(EMPTY.ids, empty, empty)
    if len(finding) == 1:  # one group's ids are unique and sorted already: nothing to sum
        weight, only = finding[0]
        names, query, name = only.ids, np.full(len(only.ids), weight), only.weights.copy()
    else:
        ids = np.concatenate([p.ids for _w, p in finding])
        shown = np.concatenate([p.weights for _w, p in finding])
        covered = np.concatenate([np.full(len(p.ids), w) for w, p in finding])
        names, where = np.unique(ids, return_inverse=True)
        query = np.bincount(where, covered, len(names)).astype(np.float64, copy=False)
        name = np.bincount(where, shown, len(names)).astype(np.float64, copy=False)
    for weight, postings in reinforcing:
        at = np.searchsorted(names, postings.ids)
        inside = at < len(names)
        at, kept = at[inside], postings.weights[inside]
        met = names[at] == postings.ids[inside]
        query[at[met]] += weight
        name[at[met]] += kept[met]
    return Bounds(names, query, name)


def top(keys: Floats, ids: Ids, mask: npt.NDArray[np.bool_], count: int) -> list[int]:
    """The ``count`` ids under ``mask`` with the largest keys (ties: the larger id first)."""
    chosen = np.flatnonzero(mask)
    if count > 0 and len(chosen) > 4 * count:
        # Only keys at least the count-th largest can be chosen (ties kept): sort just those.
        picked = keys[chosen]
        least = np.partition(picked, len(picked) - count)[len(picked) - count]
        chosen = chosen[picked >= least]
    order = np.lexsort((ids[chosen], keys[chosen]))[::-1][:count]
    return [int(n) for n in ids[chosen][order]]
