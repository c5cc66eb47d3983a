"""Cached forms of the model's pure value parsers, for the values lists repeat on every row.

A list states the same dates over and over (a designation date on each of an entry's rows, the
same control date on thousands), so the parsers remember their answers. The results are the
model's own (:func:`listwatch.model.parse_date`, :func:`listwatch.model.parse_dates`).
"""

from __future__ import annotations

from functools import lru_cache

from listwatch.model import dates

__all__ = ["parse_date", "parse_dates"]


@lru_cache(maxsize=65536)
def parse_date(text: str | None) -> str | None:
    """:func:`listwatch.model.parse_date`, cached."""
    return dates.parse_date(text)


def parse_dates(text: str | None) -> list[str]:
    """:func:`listwatch.model.parse_dates`, cached (a new list on every call)."""
    return list(_parse_dates(text)) if text else []


@lru_cache(maxsize=65536)
def _parse_dates(text: str) -> tuple[str, ...]:
    return tuple(dates.parse_dates(text))
