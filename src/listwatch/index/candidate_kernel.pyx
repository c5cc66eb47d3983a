# cython: boundscheck=False, wraparound=False, cdivision=True, language_level=3
"""Coverage sums, score bounds and the best names of one query, as C loops (Cython).

The same computation as :func:`listwatch.index.coverage.select_numpy`, float for float: each
name's sums are taken in the same order, and the bounds with the same operations (the build
turns off contracting a multiply and an add into one instruction, which would round once
instead of twice). numpy spends a few µs per call on arrays of a few hundred names; here a
query's ~1,200 postings take a few µs in all. Built by ``python -m listwatch.native_build``
with the mypyc modules, and loaded only with them (:mod:`listwatch.native`).
"""

from cpython.buffer cimport (
    PyBUF_C_CONTIGUOUS,
    PyBUF_FORMAT,
    PyBuffer_Release,
    PyObject_GetBuffer,
)
from libc.stdlib cimport calloc, free, malloc, qsort
from rapidfuzz.distance import Indel

_indel_alike = Indel.normalized_similarity


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
# entered while this one ran Python code: a group's weight converted, an error raised)
# takes its own.
cdef struct Scratch:
    double* covered
    double* shown
    unsigned char* met
    int* order
    Py_ssize_t names


cdef Scratch _shared = Scratch(NULL, NULL, NULL, NULL, 0)
cdef bint _in_use = False


cdef int _allocate(Scratch* scratch, Py_ssize_t names) except -1:
    """Zeroed scratch for ``names`` names (at least one, so none is NULL)."""
    cdef Py_ssize_t size = names if names > 0 else 1
    scratch.covered = <double*>calloc(size, sizeof(double))
    scratch.shown = <double*>calloc(size, sizeof(double))
    scratch.met = <unsigned char*>calloc(size, sizeof(unsigned char))
    scratch.order = <int*>calloc(size, sizeof(int))
    scratch.names = names
    if not (scratch.covered and scratch.shown and scratch.met and scratch.order):
        _release(scratch)
        raise MemoryError()
    return 0


cdef void _release(Scratch* scratch) noexcept:
    free(scratch.covered)
    free(scratch.shown)
    free(scratch.met)
    free(scratch.order)
    scratch.covered = scratch.shown = NULL
    scratch.met = NULL
    scratch.order = NULL
    scratch.names = 0


cdef int _open(object array, Py_buffer* view, bint floats) except -1:
    """A contiguous buffer of C ints (or doubles, with ``floats``) over ``array``: the
    arrays a query's groups hold are read in place, without a memoryview object for each."""
    PyObject_GetBuffer(array, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT)
    cdef bytes kind = view.format if view.format is not NULL else b"B"
    if floats:
        good = view.itemsize == sizeof(double) and kind in (b"d", b"<d", b"=d", b"@d")
    else:
        good = view.itemsize == sizeof(int) and kind in (b"i", b"<i", b"=i", b"@i", b"l")
    if not good:
        PyBuffer_Release(view)
        raise ValueError(
            f"expected an array of {'float64' if floats else 'int32'}, got format {kind!r}"
        )
    return 0


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
    tuple group, Scratch* scratch, Py_ssize_t count, bint finding
) except -1:
    """Add one group (query weight, name numbers, name weights) to the names' sums: to every
    name it carries when ``finding`` (a name met first is put in ``order``), else only to
    names met already. The new number of names met."""
    cdef double weight = group[0]
    cdef Py_buffer id_view, weight_view
    cdef const int* ids
    cdef const double* name_weights
    cdef Py_ssize_t k, j, size, first = count, names = scratch.names
    cdef int name_no
    cdef double* covered = scratch.covered
    cdef double* shown = scratch.shown
    cdef unsigned char* met = scratch.met
    cdef int* order = scratch.order
    _open(group[1], &id_view, False)
    try:
        _open(group[2], &weight_view, True)
    except BaseException:
        PyBuffer_Release(&id_view)
        raise
    try:
        size = id_view.len // sizeof(int)
        if weight_view.len // sizeof(double) != size:
            raise ValueError("a group's name numbers and weights differ in length")
        ids = <const int*>id_view.buf
        name_weights = <const double*>weight_view.buf
        for k in range(size):
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
    finally:
        PyBuffer_Release(&weight_view)
        PyBuffer_Release(&id_view)


def select(
    list finding,
    list reinforcing,
    list whole,
    object totals,
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
    cdef Scratch own
    cdef Scratch* scratch = &_shared if shared else &own
    cdef Py_buffer totals_view
    cdef const double* name_totals
    cdef Py_ssize_t names, count = 0, k, sure_count = 0, maybe_count = 0
    cdef int name_no
    cdef double rest = 1.0 - query_share
    cdef double seen, unseen, bound, q, s, name_total
    cdef Keyed* sure = NULL
    cdef Keyed* maybe = NULL
    cdef double* covered
    cdef double* shown
    cdef unsigned char* met
    cdef int* order
    _open(totals, &totals_view, True)
    names = totals_view.len // sizeof(double)
    name_totals = <const double*>totals_view.buf
    if not shared or _shared.names != names:  # ``met`` is all clear once allocated
        if shared:
            _release(&_shared)
        try:
            _allocate(scratch, names)
        except BaseException:
            PyBuffer_Release(&totals_view)
            raise
    covered, shown, met, order = scratch.covered, scratch.shown, scratch.met, scratch.order
    if shared:
        _in_use = True
    try:
        try:
            for group in finding:
                count = _add(group, scratch, count, True)
            for group in reinforcing:
                count = _add(group, scratch, count, False)
            for number in whole:
                name_no = number
                if name_no < 0 or name_no >= names:
                    raise IndexError(f"name number {name_no} out of range (0..{names - 1})")
                if not met[name_no]:
                    met[name_no] = 1
                    order[count] = name_no
                    count += 1
                covered[name_no] = total
                shown[name_no] = name_totals[name_no]
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
            name_total = name_totals[name_no]
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
        PyBuffer_Release(&totals_view)
        if shared:
            _in_use = False
        else:
            _release(&own)


cdef inline double _alike(const unsigned long long* masks, Py_ssize_t length, str other):
    """rapidfuzz's ``Indel.normalized_similarity`` of the ASCII query whose letters' positions
    are ``masks`` (``length`` ≤ 64 letters) and ``other``, or -1 when ``other`` is not ASCII:
    the longest common subsequence by bit-parallel steps (Allison–Dix, Hyyrö), one per
    letter of ``other``."""
    cdef unsigned long long S = ~0ULL, u, kept_bits
    cdef Py_ssize_t k, size = len(other), common, most
    cdef Py_UCS4 letter
    for k in range(size):
        letter = other[k]
        if letter >= 128:
            return -1.0
        u = S & masks[letter]
        S = (S + u) | (S - u)
    kept_bits = ~S if length == 64 else (~S) & ((1ULL << length) - 1)
    common = 0
    while kept_bits:
        kept_bits &= kept_bits - 1
        common += 1
    most = length + size
    if most == 0:
        return 1.0
    return 1.0 - <double>(most - 2 * common) / <double>most


def most_alike(str query, list spellings, list pool, int keep):
    """See :func:`listwatch.index.coverage.most_alike_numpy`; the same names in the same
    order."""
    cdef Py_ssize_t size = len(pool), k, length = len(query)
    cdef unsigned long long masks[128]
    cdef Keyed* ranked
    cdef double alike
    cdef Py_UCS4 letter
    cdef bint ascii = length <= 64
    cdef set kept = set()
    cdef list chosen = []
    cdef str spelled
    cdef Py_ssize_t name_no, names = len(spellings)
    if size == 0:
        return chosen
    for k in range(128):
        masks[k] = 0
    for k in range(length if ascii else 0):
        letter = query[k]
        if letter >= 128:
            ascii = False
            break
        masks[letter] |= 1ULL << k
    ranked = <Keyed*>malloc(size * sizeof(Keyed))
    if ranked is NULL:
        raise MemoryError()
    try:
        for k in range(size):
            name_no = pool[k]
            if name_no < 0 or name_no >= names:
                raise IndexError(f"name number {name_no} out of range (0..{names - 1})")
            spelled = spellings[name_no]
            alike = _alike(masks, length, spelled) if ascii else -1.0
            if alike < 0:
                alike = _indel_alike(query, spelled)
            ranked[k].key = alike
            ranked[k].id = -<int>k  # the larger id first: the earlier in the pool
        qsort(ranked, size, sizeof(Keyed), _cmp_best_first)
        for k in range(size):
            name_no = pool[-ranked[k].id]
            spelled = spellings[name_no]
            if spelled not in kept:
                if len(kept) == keep:
                    continue
                kept.add(spelled)
            chosen.append(name_no)
        return chosen
    finally:
        free(ranked)
