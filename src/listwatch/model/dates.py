"""Partial dates as official lists write them, turned into ISO 8601 prefixes.

A value is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a range is two of those joined by ``/``
(ISO 8601 interval). ``circa 1970`` becomes ``1970`` (the year is the precision the list gives).
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["date_parts", "parse_date", "parse_dates"]

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january", "ene", "enero", "janv", "janvier"),
            ("feb", "february", "febrero", "fev", "fevr", "fevrier"),
            ("mar", "march", "marzo", "mars"),
            ("apr", "april", "abr", "abril", "avr", "avril"),
            ("may", "mayo", "mai"),
            ("jun", "june", "junio", "juin"),
            ("jul", "july", "julio", "juil", "juillet"),
            ("aug", "august", "ago", "agosto", "aout"),
            ("sep", "sept", "september", "septiembre", "setiembre"),
            ("oct", "october", "octubre", "octobre"),
            ("nov", "november", "noviembre", "novembre"),
            ("dec", "december", "dic", "diciembre", "decembre"),
        ],
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$")
_DMY_NUM = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?,?\s+(\d{4})$")
_MDY_WORDS = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"\s+(?:to|-|–|until|and)\s+")
_QUALIFIERS = re.compile(r"^(?:circa|ca\.?|c\.|approximately|approx\.?|about|around|between)\s+")


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1800 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str | None) -> str | None:
    """Parse one date (no range); ``None`` when the text is not a date."""
    if not text:
        return None
    value = text.strip().lower().rstrip(".;,")
    value = _QUALIFIERS.sub("", value).strip()
    if not value:
        return None
    if m := _ISO.match(value):
        y, mo, d = m.groups()
        return _fmt(int(y), int(mo) if mo else None, int(d) if d else None)
    if m := _DMY_NUM.match(value):
        d, mo, y = m.groups()
        return _fmt(int(y), int(mo), int(d))
    if m := _WORDS.match(value):
        d, mon, y = m.groups()
        month = _MONTHS.get(mon)
        if month is None:
            return None
        return _fmt(int(y), month, int(d) if d else None)
    if m := _MDY_WORDS.match(value):
        mon, d, y = m.groups()
        month = _MONTHS.get(mon)
        if month is None:
            return None
        return _fmt(int(y), month, int(d))
    return None


def parse_dates(text: str | None) -> list[str]:
    """Parse a date, a range (``1960 to 1962`` → ``1960/1962``) or a list separated by ``;``."""
    if not text:
        return []
    out: list[str] = []
    for part in re.split(r";|\balt\.\s*", text):
        part = part.strip()
        if not part:
            continue
        part = _QUALIFIERS.sub("", part.lower()).strip()
        pieces = _RANGE.split(part)
        if len(pieces) == 2:
            start, end = parse_date(pieces[0]), parse_date(pieces[1])
            if start and end:
                out.append(start if start == end else f"{start}/{end}")
                continue
        single = parse_date(part)
        if single:
            out.append(single)
    return list(dict.fromkeys(out))


def date_parts(value: str) -> tuple[str, str]:
    """The first and last ISO prefix of a value (equal unless it is a range)."""
    if "/" in value:
        start, _, end = value.partition("/")
        return start, end
    return value, value
