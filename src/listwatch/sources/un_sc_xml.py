"""Streaming XML reading shared by the XML list sources (UN SC, Canada SEMA, EU FSF).

Elements are read with ``lxml.etree.iterparse`` and cleared once used, so memory stays flat
whatever the file size. Malformed, truncated, garbled or wrong-format files raise
:class:`~listwatch.errors.SourceError` naming the file and the XML line.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from lxml import etree

from listwatch.errors import SourceError
from listwatch.sources.files import open_binary

__all__ = [
    "child_text",
    "iter_entries",
    "line_of",
    "localname",
    "root_attribute",
    "root_date",
    "text_of",
]


def localname(element: etree._Element) -> str:
    """The tag without its namespace (``sanctionEntity``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def line_of(element: etree._Element) -> int | None:
    """The line of the element's start tag in the file."""
    line = element.sourceline
    return line if isinstance(line, int) else None


def text_of(element: etree._Element) -> str:
    """All text inside the element, as written."""
    return "".join(t for t in element.itertext() if isinstance(t, str))


def child_text(element: etree._Element, name: str) -> str | None:
    """Whitespace-normalised text of the first child called ``name``; ``None`` when blank."""
    for child in element:
        if localname(child) == name:
            text = " ".join(text_of(child).split())
            return text or None
    return None


def _parser(fh: object, events: tuple[str, ...]) -> etree.iterparse:
    return etree.iterparse(
        fh,
        events=events,
        huge_tree=True,
        remove_comments=True,
        resolve_entities=False,
        no_network=True,
    )


def iter_entries(
    path: Path, roots: frozenset[str], entries: frozenset[str], what: str
) -> Iterator[etree._Element]:
    """Yield each complete entry element (local name in ``entries``) of ``path``.

    The root element must be one of ``roots`` (else the file is another format). The element
    is cleared after the consumer has handled it. Raises SourceError when no entry is found.
    """
    count = 0
    with open_binary(path) as fh:
        try:
            root_seen = False
            for event, element in _parser(fh, ("start", "end")):
                if not root_seen:
                    root_seen = True
                    if localname(element) not in roots:
                        raise SourceError(
                            f"not {what}: root element is <{localname(element)}>, expected "
                            + " or ".join(f"<{r}>" for r in sorted(roots)),
                            file=path,
                            line=line_of(element),
                        )
                    continue
                if event != "end" or localname(element) not in entries:
                    continue
                yield element
                count += 1
                element.clear(keep_tail=True)
                parent = element.getparent()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as exc:
            raise SourceError(
                f"malformed XML ({exc.msg})", file=path, line=exc.lineno or None
            ) from exc
    if count == 0:
        raise SourceError(f"no {' or '.join(sorted(entries))} element found", file=path)


def root_attribute(path: Path, name: str) -> str | None:
    """An attribute of the root element, reading no further than the root's start tag."""
    with open_binary(path) as fh:
        try:
            for _event, element in _parser(fh, ("start",)):
                value = element.get(name)
                return value.strip() if value else None
        except etree.XMLSyntaxError as exc:
            raise SourceError(
                f"malformed XML ({exc.msg})", file=path, line=exc.lineno or None
            ) from exc
    return None


def root_date(path: Path, name: str) -> date | None:
    """A date-time attribute of the root (``2020-03-20T19:09:21-04:00``) as the date written."""
    value = root_attribute(path, name)
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise SourceError(f"bad date {value!r}", file=path, line=1, field=name) from exc
