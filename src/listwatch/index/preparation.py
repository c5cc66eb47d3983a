"""Preparing the distinct names of an index, on several processes when there are many.

Preparing a name (tokenising, transliterating, phonetic keys) is the bulk of an index build:
tens of thousands of names for the bundled lists. Each worker prepares a slice and sends back
only what the build needs, as plain tuples; the full :class:`~listwatch.text.NameForm` of a
name is prepared again, lazily, when a query first meets it.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from listwatch.text import prepare_name

__all__ = ["PreparedForm", "prepare_forms"]

#: (tokens, phonetic keys, the form's own token weights, tokens run together) of one name.
PreparedForm = tuple[tuple[str, ...], tuple[str, ...], tuple[float, ...], str]

#: Fewer names than this are prepared in this process (starting workers would cost more).
PARALLEL_FROM = 5000


def _prepare(texts: list[str], schemata: list[str]) -> list[PreparedForm]:
    out = []
    for text, schema in zip(texts, schemata, strict=True):
        form = prepare_name(text, schema)
        out.append((form.tokens, form.phonetic, form.weights, form.joined))
    return out


def prepare_forms(texts: list[str], schemata: list[str], workers: int = 1) -> list[PreparedForm]:
    """The prepared values of each ``(texts[i], schemata[i])``, in order (in this process
    when the names are few or when it may not start processes of its own)."""
    if workers <= 1 or len(texts) < PARALLEL_FROM or multiprocessing.current_process().daemon:
        return _prepare(texts, schemata)
    step = -(-len(texts) // (workers * 4))  # a few slices per worker evens their loads
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        parts = pool.map(
            _prepare,
            [texts[i : i + step] for i in range(0, len(texts), step)],
            [schemata[i : i + step] for i in range(0, len(schemata), step)],
        )
        return [item for part in parts for item in part]
