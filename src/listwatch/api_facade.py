"""The Python API: ``listwatch.screen`` and ``listwatch.compare``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from listwatch.config import Settings, load_settings
from listwatch.matching.name_compare import NameMatch
from listwatch.matching.result import MatchResult

if TYPE_CHECKING:
    from listwatch.screening.screener import Screener

__all__ = ["compare", "get_screener", "screen"]


@lru_cache(maxsize=8)
def _screener_for(settings: Settings, lists: str | None) -> object:
    from listwatch.context import open_store
    from listwatch.index.cache import load_index
    from listwatch.screening.screener import Screener
    from listwatch.screening.selection import select_publications

    store = open_store(settings)
    pubs = select_publications(store, lists)
    return Screener(load_index(store, pubs, settings.cache_dir), memo_size=settings.name_memo)


def get_screener(settings: Settings | None = None, lists: str | None = None) -> Screener:
    """The (cached) screener for ``lists`` (``DATASET[@DATE],…``; default: newest of each)."""
    from listwatch.screening.screener import Screener

    screener = _screener_for(settings or load_settings(), lists)
    assert isinstance(screener, Screener)
    return screener


def screen(
    name: str,
    *,
    schema: str | None = None,
    birth_date: str | None = None,
    country: str | None = None,
    gender: str | None = None,
    identifiers: Mapping[str, str] | Iterable[str] | None = None,
    lists: str | None = None,
    threshold: float | None = None,
    limit: int = 10,
    settings: Settings | None = None,
) -> list[MatchResult]:
    """Screen one name against the stored lists; results at or above the threshold."""
    from listwatch.screening.query import make_query

    query = make_query(
        name,
        schema=schema,
        birth_date=birth_date,
        country=country,
        gender=gender,
        identifiers=identifiers,
    )
    return get_screener(settings, lists).screen(query, threshold=threshold, limit=limit)


def compare(a: str, b: str, schema: str = "Person") -> NameMatch:
    """Compare two names; ``.score`` in [0, 1], ``.explanation`` says how they met."""
    from listwatch.matching.pairs import compare as compare_pair

    return compare_pair(a, b, schema)
