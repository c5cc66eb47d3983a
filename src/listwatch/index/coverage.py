"""How much of a query, and of each list name, the tokens found by retrieval cover.

Retrieval finds, for each query token, the list names carrying a similar token and that
token's weight in each name (:class:`Postings`). Here those postings are summed per name, in
the query's plan order, into the query weight a name covers and the name weight it shows, and
the names whose score bound reaches the floor are picked (:func:`select`). A query meets
hundreds or thousands of names through its common tokens (first names, ``al``), so this runs
over arrays, not dicts; the sums are taken in the same order as a plain loop would, so the
bounds are the same floats.

:func:`select` is the compiled kernel (:mod:`listwatch.index.candidate_kernel`, Cython) when
it was built with the rest of matching (:mod:`listwatch.native`), else :func:`select_numpy`:
the same names either way, float for float (``tests/test_native.py``). So is
:func:`most_alike` (else :func:`most_alike_numpy`), which ranks the names a query reaches only
with unseen pairs credited by how alike their spelling is to the query's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from listwatch.native import kernel

__all__ = [
    "Bounds",
    "Group",
    "Postings",
    "cover",
    "most_alike",
    "most_alike_numpy",
    "select",
    "select_numpy",
    "top",
]

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


#: A group of postings summed as one: (query weight, name numbers ascending and unique, the
#: weight of the group's token in each of those names).
Group = tuple[float, Ids, Floats]


def cover(finding: list[Group], reinforcing: list[Group]) -> Bounds:
    """Sum ``finding`` groups over every name they carry, then add ``reinforcing`` groups
    only to names already met, in that order."""
    if not finding:
        empty = EMPTY.weights
        return Bounds(EMPTY.ids, empty, empty)
    if len(finding) == 1:  # one group's ids are unique and sorted already: nothing to sum
        weight, only, weights = finding[0]
        names, query, name = only, np.full(len(only), weight), weights.copy()
    else:
        ids = np.concatenate([i for _w, i, _n in finding])
        shown = np.concatenate([n for _w, _i, n in finding])
        covered = np.concatenate([np.full(len(i), w) for w, i, _n in finding])
        names, where = np.unique(ids, return_inverse=True)
        query = np.bincount(where, covered, len(names)).astype(np.float64, copy=False)
        name = np.bincount(where, shown, len(names)).astype(np.float64, copy=False)
    for weight, group_ids, group_weights in reinforcing:
        at = np.searchsorted(names, group_ids)
        inside = at < len(names)
        at, kept = at[inside], group_weights[inside]
        met = names[at] == group_ids[inside]
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


#: (finding, reinforcing, whole, totals, total, floor, limit, pool, query share, unseen pair)
#: → (chosen, pool): see :func:`select_numpy`.
Select = Callable[
    [
        list[Group],
        list[Group],
        list[int],
        Floats,
        float,
        float,
        int,
        int,
        float,
        float,
    ],
    tuple[list[int], list[int]],
]


def select_numpy(
    finding: list[Group],
    reinforcing: list[Group],
    whole: list[int],
    totals: Floats,
    total: float,
    floor: float,
    limit: int,
    pool: int,
    query_share: float,
    unseen_pair: float,
) -> tuple[list[int], list[int]]:
    """The names a query meets, picked by their score bounds: the best ``limit`` whose bound
    reaches ``floor`` (best first), and the best ``pool`` of those that reach it only with
    the weights left unpaired on both sides credited at ``unseen_pair``.

    ``finding`` and ``reinforcing`` are groups (query weight, name numbers ascending, name
    weights) as :func:`cover` sums them; the names of ``whole`` (the query's letters run
    together equal them or one of their tokens) cover the whole query; ``totals`` holds each
    name's total weight and ``total`` the query's. A bound is the comparator's score if the
    weights found paired perfectly: ``query_share`` × the query weight covered + the rest ×
    the name weight shown, each share at most 1."""
    met = cover(finding, reinforcing)
    names, query, shown = met.ids, met.query, met.name
    if whole:
        names = np.union1d(names, np.array(whole, np.int32))
        query, shown = _spread(met.query, met.ids, names), _spread(met.name, met.ids, names)
        at = np.searchsorted(names, whole)
        query[at] = total
        shown[at] = totals[names[at]]
    c_total = totals[names]
    rest = 1.0 - query_share

    def score_bound(covered: Floats, name_shown: Floats) -> Floats:
        return query_share * np.minimum(1.0, covered / total) + rest * np.minimum(
            1.0, name_shown / c_total
        )

    seen = score_bound(query, shown)
    sure = seen >= floor
    unseen = unseen_pair * np.minimum(total - query, c_total - shown)
    bound = score_bound(query + unseen, shown + unseen)
    maybe = ~sure & (unseen > 0) & (bound >= floor)
    return top(seen, names, sure, limit), top(bound, names, maybe, pool)


def _spread(values: Floats, ids: Ids, into: Ids) -> Floats:
    """``values`` (per sorted ``ids``) laid out over the sorted superset ``into`` (0 elsewhere)."""
    spread = np.zeros(len(into))
    spread[np.searchsorted(into, ids)] = values
    return spread


#: (query spelling, every name's spelling, pool, keep) → the names chosen: see
#: :func:`most_alike_numpy`.
MostAlike = Callable[[str, list[str], list[int], int], list[int]]


def most_alike_numpy(query: str, spellings: list[str], pool: list[int], keep: int) -> list[int]:
    """The names of ``pool`` (name numbers, best bound first) spelled most like ``query``
    (rapidfuzz's indel similarity of ``spellings[name]`` to it), then best bound first:
    those of the ``keep`` most alike spellings, each with every copy of it (the same name is
    often on several lists)."""
    alike = cdist([query], [spellings[n] for n in pool], scorer=Indel.normalized_similarity)[0]
    order = np.lexsort((np.arange(len(pool)), -alike))  # most alike, then best bound
    kept: set[str] = set()
    chosen: list[int] = []
    for i in order.tolist():
        name_no = pool[i]
        if spellings[name_no] not in kept:
            if len(kept) == keep:
                continue
            kept.add(spellings[name_no])
        chosen.append(name_no)
    return chosen


def _compiled_select() -> Select | None:
    """The compiled kernel's ``select``, if it is loaded with the compiled modules."""
    loaded = kernel("listwatch.index.candidate_kernel")
    found: Select | None = loaded.select if loaded is not None else None
    return found


def _compiled_most_alike() -> MostAlike | None:
    """The compiled kernel's ``most_alike``, if it is loaded with the compiled modules."""
    loaded = kernel("listwatch.index.candidate_kernel")
    found: MostAlike | None = loaded.most_alike if loaded is not None else None
    return found


select: Select = _compiled_select() or select_numpy
most_alike: MostAlike = _compiled_most_alike() or most_alike_numpy
