"""Batch rows: which input columns hold what, and screening one chunk of rows.

A chunk is a list of :class:`InputRow` (the row number and the raw strings of the mapped
columns). :func:`screen_chunk` turns it into alert rows and malformed-row reports with the very
same :meth:`Screener.screen` that ``listwatch screen`` calls, so results are identical.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from listwatch.errors import ConfigError, MatchInputError
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener

__all__ = [
    "OUTPUT_COLUMNS",
    "ChunkResult",
    "ColumnMap",
    "InputRow",
    "Malformed",
    "screen_chunk",
]

#: Columns of the output file, one row per alert (or per input row with ``all_rows``).
OUTPUT_COLUMNS = (
    "row",
    "id",
    "entity_id",
    "dataset",
    "score",
    "matched_name",
    "programs",
    "explanation",
)

#: An output row; ``None`` for the entry fields of an input row without an alert.
OutputRow = tuple[
    int, str, str | None, str | None, float | None, str | None, str | None, str | None
]


@dataclass(frozen=True)
class ColumnMap:
    """Input column names: ``name`` is required, the others optional (missing → not used).

    ``identifiers`` names columns holding a passport, IMO or other number each.
    """

    id: str = "id"
    name: str = "name"
    schema: str = "schema"
    birth_date: str = "birth_date"
    country: str = "country"
    gender: str = "gender"
    identifiers: tuple[str, ...] = field(default_factory=lambda: ("identifiers",))

    def fields(self) -> tuple[str, ...]:
        """The input columns in the order of :class:`InputRow` values."""
        return (
            self.id,
            self.name,
            self.schema,
            self.birth_date,
            self.country,
            self.gender,
            *self.identifiers,
        )

    def check(self, available: Sequence[str]) -> None:
        """Raise ConfigError when the name column (or an explicitly chosen one) is absent."""
        if self.name not in available:
            raise ConfigError(
                f"input has no {self.name!r} column (columns: {', '.join(available)}); "
                "choose it with --name-column"
            )


class InputRow(NamedTuple):
    """Row number (1-based, header excluded) and the mapped columns' values, in
    :meth:`ColumnMap.fields` order (``None`` when absent or empty)."""

    number: int
    values: tuple[str | None, ...]


class Malformed(NamedTuple):
    row: int
    id: str | None
    reason: str


@dataclass(slots=True)
class ChunkResult:
    number: int
    rows: int = 0
    alerted_rows: int = 0
    alerts: int = 0
    output: list[OutputRow] = field(default_factory=list)
    malformed: list[Malformed] = field(default_factory=list)


def _identifiers(values: Sequence[str | None]) -> list[str]:
    found: list[str] = []
    for value in values:
        if value:
            found.extend(v for v in (p.strip() for p in value.split(";")) if v)
    return found


def screen_chunk(
    screener: Screener,
    number: int,
    rows: Sequence[InputRow],
    *,
    threshold: float | None = None,
    limit: int = 10,
    all_rows: bool = False,
) -> ChunkResult:
    """Screen ``rows``: one output row per alert (and, with ``all_rows``, one per input row
    without an alert carrying its best score); malformed rows are reported, never dropped."""
    result = ChunkResult(number, rows=len(rows))
    for row in rows:
        row_id, name, schema, birth_date, country, gender, *ids = row.values
        try:
            query = make_query(
                name or "",
                schema=schema,
                birth_date=birth_date,
                country=country,
                gender=gender,
                identifiers=_identifiers(ids),
            )
        except MatchInputError as exc:
            result.malformed.append(Malformed(row.number, row_id, str(exc)))
            continue
        key = row_id or ""
        if all_rows:
            scored = screener.screen(query, threshold=threshold, limit=0, include_below=True)
            alerts = [r for r in scored if r.match]
            alerts = alerts[:limit] if limit else alerts
        else:
            scored = []
            alerts = screener.screen(query, threshold=threshold, limit=limit)
        for r in alerts:
            result.output.append(
                (
                    row.number,
                    key,
                    r.entity_id,
                    r.dataset,
                    round(r.score, 4),
                    r.matched_name,
                    ", ".join(r.programs),
                    r.summary(),
                )
            )
        if alerts:
            result.alerted_rows += 1
            result.alerts += len(alerts)
        elif all_rows:
            best = round(scored[0].score, 4) if scored else 0.0
            result.output.append((row.number, key, None, None, best, None, None, None))
    return result


def row_values(record: Mapping[str, object], fields: Sequence[str]) -> tuple[str | None, ...]:
    """The values of ``fields`` in ``record`` as stripped strings (``None`` when empty)."""
    out: list[str | None] = []
    for name in fields:
        value = record.get(name)
        if value is None:
            out.append(None)
            continue
        text = str(value).strip()
        out.append(text or None)
    return tuple(out)
