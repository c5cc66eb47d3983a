"""Streaming XML reading shared by the XML list sources (UN SC, Canada SEMA, EU FSF, OFAC, FCDO).

Elements are read with ``lxml.etree.iterparse`` and released once used, so memory stays flat
whatever the file size. Malformed, truncated, garbled or wrong-format files raise
:class:`~listwatch.errors.SourceError` naming the file and the XML line.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from lxml import etree

from listwatch.errors import SourceError
from listwatch.sources.files import open_binary

__all__ = [
    "child_text",
    "children",
    "iter_elements",
    "iter_entries",
    "leading_text",
    "line_of",
    "localname",
    "root_attribute",
    "root_date",
    "text_of",
    "xml_events",
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


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """The children called ``name`` (any namespace), in document order."""
    return list(element.iterchildren("{*}" + name))


def child_text(element: etree._Element, name: str) -> str | None:
    """Whitespace-normalised text of the first child called ``name`` (any namespace; a path
    such as ``generalInfo/{*}remarks`` also works); ``None`` when blank or missing."""
    child = element.find("{*}" + name)
    if child is None:
        return None
    text = child.text if len(child) == 0 else text_of(child)
    return " ".join(text.split()) or None if text else None


def xml_events(
    fh: IO[bytes], path: Path, events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, etree._Element]]:
    """``iterparse`` events, entities unresolved and comments dropped; any XML error becomes a
    SourceError with the line."""
    parser = etree.iterparse(
        fh,
        events=events,
        huge_tree=True,
        remove_comments=True,
        resolve_entities=False,
        no_network=True,
    )
    try:
        yield from parser
    except etree.XMLSyntaxError as exc:
        raise SourceError(
            f"malformed XML ({exc.msg}); truncated file?", file=path, line=exc.lineno or None
        ) from exc


def iter_elements(
    fh: IO[bytes], path: Path, roots: frozenset[str], names: frozenset[str], what: str
) -> Iterator[etree._Element]:
    """Yield each complete element whose local name is in ``names``, then release it (clear it
    and drop it and its finished siblings from the tree).

    The root element must be one of ``roots`` (else the file is another format: SourceError
    ``not <what>``)."""
    root_seen = False
    for event, element in xml_events(fh, path):
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
        if event != "end" or localname(element) not in names:
            continue
        yield element
        element.clear()
        parent = element.getparent()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]


def iter_entries(
    path: Path, roots: frozenset[str], entries: frozenset[str], what: str
) -> Iterator[etree._Element]:
    """:func:`iter_elements` over the file ``path``; SourceError when no entry is found."""
    count = 0
    with open_binary(path) as fh:
        for element in iter_elements(fh, path, roots, entries, what):
            yield element
            count += 1
    if count == 0:
        raise SourceError(f"no {' or '.join(sorted(entries))} element found", file=path)


def leading_text(
    fh: IO[bytes], path: Path, name: str, before: str
) -> tuple[str, int | None] | None:
    """Text and line of the first ``name`` element that ends before a ``before`` element starts
    (a header field such as ``Publish_Date``); ``None`` if there is none or it is blank."""
    for event, element in xml_events(fh, path):
        local = localname(element)
        if event == "end" and local == name:
            text = " ".join(text_of(element).split())
            if text:
                return text, line_of(element)
        elif event == "start" and local == before:
            return None
    return None


def root_attribute(path: Path, name: str) -> str | None:
    """An attribute of the root element, reading no further than the root's start tag."""
    with open_binary(path) as fh:
        for _event, element in xml_events(fh, path, ("start",)):
            value = element.get(name)
            return value.strip() if value else None
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
