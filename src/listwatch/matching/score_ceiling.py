"""Ruling out list names that cannot reach the floor, before comparing them.

Most names retrieval finds score far below the floor once their words are really compared.
:class:`~listwatch.matching.ceiling_kernel.QueryCeiling` bounds a comparison's score from
above for a fraction of its cost, in C (built by ``make native`` with the compiled modules).
Without that build, :func:`query_ceiling` gives ``None`` and every name is compared: the
results are the same either way, since the bound only rules out names that cannot reach the
floor (the test suite checks the bound against the comparator).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from listwatch.native import kernel
from listwatch.text.name_form import NameForm

if TYPE_CHECKING:
    from listwatch.matching.ceiling_kernel import QueryCeiling

__all__ = ["query_ceiling"]


def _compiled() -> type[QueryCeiling] | None:
    """The compiled kernel's ``QueryCeiling``, if it is loaded with the compiled modules."""
    loaded = kernel("listwatch.matching.ceiling_kernel")
    found: type[QueryCeiling] | None = loaded.QueryCeiling if loaded is not None else None
    return found


_CEILING = _compiled()


def query_ceiling(q: NameForm, q_weights: tuple[float, ...]) -> QueryCeiling | None:
    """Upper bounds on the scores of query name ``q`` (weighed ``q_weights``), or ``None``
    when the kernel is not built."""
    return _CEILING(q, q_weights) if _CEILING is not None else None
