# cython: boundscheck=False, wraparound=False, cdivision=True, language_level=3
"""Coverage sums, score bounds and the best names of one query, as C loops (Cython).

The same computation as :func:`listwatch.index.coverage.select_numpy`, float for float: each
name's sums are taken in the same order, and the bounds with the same operations (the build
turns off contracting a multiply and an add into one instruction, which would round once
instead of twice). numpy spends a few µs per call on arrays of a few hundred names; here a
query's ~1,200 postings take a few µs in all. Built by ``python -m listwatch.native_build``
with the mypyc modules, and loaded only with them (:mod:`listwatch.native`).
"""

import numpy as np

from libc.stdlib cimport free, malloc, qsort


cdef struct Keyed:
    double key
    int id


cdef int _cmp_best_first(const void* a, const void* b) noexcept nogil:
    cdef const Keyed* x = <const Keyed*>a
    cdef const Keyed* y = <const Keyed*>b
    if x.key > y.key:
        return -1
    if x.key < y.key:
        return 1
    if x.id > y.id:
        return -1
    if x.id < y.id:
        return 1
    return 0


cdef inline bint _before(Keyed a, Keyed b) noexcept nogil:
    """Whether ``a`` ranks before ``b``: the larger key, then the larger id."""
    return a.key > b.key or (a.key == b.key and a.id > b.id)


cdef inline double _min(double a, double b) noexcept nogil:
    return b if b < a else a


# Per-name scratch, as long as the index has names; only the names met are touched, and
# their marks are cleared before returning. A call that finds it in use (another thread
# entered while this one allocated, which may run other Python code) takes its own.
cdef double[::1] _covered = np.zeros(0)
cdef double[::1] _shown = np.zeros(0)
cdef unsigned char[::1] _met = np.zeros(0, np.uint8)
cdef int[::1] _order = np.zeros(0, np.int32)
cdef bint _in_use = False


cdef list _best(Keyed* items, Py_ssize_t size, int count):
    """The ids of the ``count`` best ``items`` (best first); reorders ``items``."""
    if count <= 0 or size == 0:
        return []
    cdef Py_ssize_t k, i, child, kept = size if size < count else count
    cdef Keyed item, swap
    # The best ``kept`` seen so far as a heap, the worst of them at the root.
    for k in range(1, kept):
        i = k
        while i > 0 and _before(items[(i - 1) // 2], items[i]):
            swap = items[i]
            items[i] = items[(i - 1) // 2]
            items[(i - 1) // 2] = swap
            i = (i - 1) // 2
    for k in range(kept, size):
        item = items[k]
        if not _before(item, items[0]):
            continue
        items[0] = item
        i = 0
        while True:
            child = 2 * i + 1
            if child >= kept:
                break
            if child + 1 < kept and _before(items[child], items[child + 1]):
                child += 1
            if not _before(items[i], items[child]):
                break
            swap = items[i]
            items[i] = items[child]
            items[child] = swap
            i = child
    qsort(items, kept, sizeof(Keyed), _cmp_best_first)
    return [items[k].id for k in range(kept)]


cdef Py_ssize_t _add(
    tuple group,
    double[::1] covered,
    double[::1] shown,
    unsigned char[::1] met,
    int[::1] order,
    Py_ssize_t count,
    bint finding,
):
    """Add one group (query weight, name numbers, name weights) to the names' sums: to every
    name it carries when ``finding`` (a name met first is put in ``order``), else only to
    names met already. The new number of names met."""
    cdef double weight = group[0]
    cdef int[::1] ids = group[1]
    cdef double[::1] name_weights = group[2]
    cdef Py_ssize_t k, j, first = count, names = met.shape[0]
    cdef int name_no
    if name_weights.shape[0] != ids.shape[0]:
        raise ValueError("a group's name numbers and weights differ in length")
    for k in range(ids.shape[0]):
        name_no = ids[k]
        if name_no < 0 or name_no >= names:
            for j in range(first, count):  # the names this group marked
                met[order[j]] = 0
            raise IndexError(f"name number {name_no} out of range (0..{names - 1})")
        if met[name_no]:
            covered[name_no] = covered[name_no] + weight
            shown[name_no] = shown[name_no] + name_weights[k]
        elif finding:
            met[name_no] = 1
            order[count] = name_no
            count += 1
            covered[name_no] = weight
            shown[name_no] = name_weights[k]
    return count


cdef tuple _scratch(Py_ssize_t names, bint shared):
    """(covered, shown, met, order) for an index of ``names`` names: the shared arrays, or
    new ones."""
    global _covered, _shown, _met, _order
    if not shared:
        return (np.zeros(names), np.zeros(names), np.zeros(names, np.uint8),
                np.zeros(names, np.int32))
    if _covered.shape[0] != names:
        _covered = np.zeros(names)
        _shown = np.zeros(names)
        _met = np.zeros(names, np.uint8)
        _order = np.zeros(names, np.int32)
    return _covered, _shown, _met, _order


def select(
    list finding,
    list reinforcing,
    list whole,
    double[::1] totals,
    double total,
    double floor,
    int limit,
    int pool,
    double query_share,
    double unseen_pair,
):
    """(the best ``limit`` names whose bound reaches ``floor``, the best ``pool`` of those
    reaching it only with unseen pairs credited): see ``select_numpy``."""
    global _in_use
    cdef bint shared = not _in_use
    cdef double[::1] covered, shown
    cdef unsigned char[::1] met
    cdef int[::1] order
    cdef Py_ssize_t count = 0, k, sure_count = 0, maybe_count = 0
    cdef int name_no
    cdef double rest = 1.0 - query_share
    cdef double seen, unseen, bound, q, s, name_total
    cdef Keyed* sure = NULL
    cdef Keyed* maybe = NULL
    covered, shown, met, order = _scratch(totals.shape[0], shared)  # ``met`` all clear
    if shared:
        _in_use = True
    try:
        try:
            for group in finding:
                count = _add(group, covered, shown, met, order, count, True)
            for group in reinforcing:
                count = _add(group, covered, shown, met, order, count, False)
            for number in whole:
                name_no = number
                if name_no < 0 or name_no >= met.shape[0]:
                    raise IndexError(f"name number {name_no} out of range (0..{met.shape[0] - 1})")
                if not met[name_no]:
                    met[name_no] = 1
                    order[count] = name_no
                    count += 1
                covered[name_no] = total
                shown[name_no] = totals[name_no]
            sure = <Keyed*>malloc((count + 1) * sizeof(Keyed))
            maybe = <Keyed*>malloc((count + 1) * sizeof(Keyed))
            if sure is NULL or maybe is NULL:
                raise MemoryError()
        except BaseException:  # a group of the wrong type or size: the next query starts clean
            for k in range(count):
                met[order[k]] = 0
            raise
        for k in range(count):
            name_no = order[k]
            met[name_no] = 0
            q = covered[name_no]
            s = shown[name_no]
            name_total = totals[name_no]
            seen = query_share * _min(1.0, q / total) + rest * _min(1.0, s / name_total)
            if seen >= floor:
                sure[sure_count].key = seen
                sure[sure_count].id = name_no
                sure_count += 1
                continue
            unseen = unseen_pair * _min(total - q, name_total - s)
            if unseen > 0:
                bound = query_share * _min(1.0, (q + unseen) / total) + rest * _min(
                    1.0, (s + unseen) / name_total
                )
                if bound >= floor:
                    maybe[maybe_count].key = bound
                    maybe[maybe_count].id = name_no
                    maybe_count += 1
        return _best(sure, sure_count, limit), _best(maybe, maybe_count, pool)
    finally:
        free(sure)
        free(maybe)
        if shared:
            _in_use = False
