"""Former names written into a name: ``Wheatland Glory (ex-Pacific Sower)``, ``SGM Most OOO
(f.k.a., Obshchestvo S Ogranichennoi Otvetstvennostyu SGM Most)``, ``f.k.a. Sibirskaya
Neftyanaya Kompaniya OAO``.

Ships keep their IMO number but change names, and companies re-register under new ones; lists
and customer files write the old name beside the new. Each is a name of its own: a query for
``Pacific Sower`` must meet the ship now called ``Wheatland Glory``. :func:`split_former_names`
separates them, so that the index adds each former name as a ``previousName`` of its entry and
a query is screened under each of its names.

Recognised:

* in parentheses or brackets: ``(ex-X)``, ``(ex X)``, ``(ex. X)``, ``(f.k.a. X)``, ``(fka X)``,
  ``(formerly X)``, ``(formerly known as X)``, ``(previously known as X)``, ``(former name X)``;
* after a comma or semicolon: ``…, f.k.a., X``, ``…; formerly known as X``;
* at the start of the whole name: ``f.k.a. X``, ``Formerly known as X`` (the name is ``X``).

``ex`` counts only inside brackets: ``EX-CLE C.A.`` and the aircraft ``EX-301`` are names. A
note with no name after it (``(previously listed as)``, UN's mark on an old spelling) is dropped.
"""

from __future__ import annotations

import re

__all__ = ["split_former_names"]

_KNOWN_AS = r"(?:\s+(?:known|named|called)\s+as\b)?"
#: The words that announce a former name (``ex`` only where a bracket shows it is a note).
_MARKER = (
    r"(?:f\.?\s?k\.?\s?a\b\.?|formerly" + _KNOWN_AS + r"|previously" + _KNOWN_AS
    + r"|former\s+names?\b)"
)  # fmt: skip
#: A marker inside brackets, where ``ex`` is one too, with the punctuation after it.
_NOTE_MARKER = r"(?:ex\b[-.\s]*|" + _MARKER + r")[\s,.:\-]*"
_BRACKETED_RE = re.compile(r"[(\[]\s*" + _NOTE_MARKER + r"([^)\]]*)[)\]]?", re.IGNORECASE)
_INLINE_RE = re.compile(r"[,;]\s*" + _MARKER + r"[\s,.:\-]*", re.IGNORECASE)
_LEADING_RE = re.compile(r"^\s*" + _MARKER + r"[\s,.:\-]+(?=\S)", re.IGNORECASE)
#: Every marker contains one of these (a quick test before the expressions).
_MARKER_WORDS = ("ex", "k", "former", "previous")
#: What follows a marker when it names nothing (``previously listed as``).
_NO_NAME_RE = re.compile(r"^(?:(?:listed|known|named|called|as)\b[\s.,:]*)*$", re.IGNORECASE)
#: A note on the listing, not a name (``Previously listed as. In Arabic: …``).
_LISTING_NOTE_RE = re.compile(r"^(?:listed|known|named|called)\b", re.IGNORECASE)
_PART_MARKER_RE = re.compile("^" + _NOTE_MARKER, re.IGNORECASE)


def _names(text: str) -> list[str] | None:
    """The former names in the text after a marker (one, or several separated by ``;``), none
    for a marker naming nothing, ``None`` for a note on the listing, which stays."""
    if _NO_NAME_RE.match(text):
        return []
    if _LISTING_NOTE_RE.match(text):
        return None
    parts = (_PART_MARKER_RE.sub("", part) for part in re.split(r"\s*;\s*", text))
    return [name for part in parts if (name := part.strip(" .,"))]


def split_former_names(value: str) -> tuple[str, tuple[str, ...]]:
    """``(current name, former names)`` of ``value``; ``(value, ())`` when it names none."""
    lowered = value.lower()
    if not any(word in lowered for word in _MARKER_WORDS):
        return value, ()  # the common case, cheaply
    former: list[str] = []
    leading = _LEADING_RE.match(value)
    if leading:
        value = value[leading.end() :]
    current_parts: list[str] = []
    last = 0
    for match in _BRACKETED_RE.finditer(value):
        found = _names(match.group(1))
        if found is None:
            continue
        current_parts.append(value[last : match.start()])
        last = match.end()
        former.extend(found)
    current = "".join([*current_parts, value[last:]])
    inline = _INLINE_RE.search(current)
    if inline:
        found = _names(current[inline.end() :])
        if found is not None:
            former.extend(found)
            current = current[: inline.start()]
    current = " ".join(current.split())
    if not current:
        return (former[0], tuple(former[1:])) if former else (value, ())
    return current, tuple(dict.fromkeys(f for f in former if f != current))
