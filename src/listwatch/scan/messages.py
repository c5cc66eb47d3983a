"""Payment messages: which fields hold a party's name and which hold free text.

* SWIFT MT103 (block 4, or the fields alone): ``:50K:``/``:59:`` and the ``…D`` option of the
  institution fields (``:52D:``, ``:56D:``, ``:57D:``…) hold an optional ``/account`` line, then
  the name on the first line and the address after it; ``:50F:``/``:59F:`` number their lines
  (``1/`` name, ``2/`` address, ``3/`` country and town). ``:70:`` (remittance information),
  ``:72:`` (sender to receiver) and ``:77B:`` (regulatory reporting) are free text. Address
  lines are not scanned: street and town names meet list names too often (``MAIN STREET``).
  ``…A`` options carry a BIC and are not read.
* ISO 20022 pacs.008 (any namespace version): ``Nm`` of ``Dbtr``, ``Cdtr``, ``UltmtDbtr``,
  ``UltmtCdtr``, ``InitgPty`` and of the agents' ``FinInstnId`` are names; ``RmtInf/Ustrd``,
  ``AddtlRmtInf`` and ``InstrInf`` are free text (``PstlAdr`` is not scanned, as above).

Each field comes with its offset in the message, so mentions point into the message itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from lxml import etree

from listwatch.errors import MatchInputError

__all__ = ["MessageField", "detect_format", "mt103_fields", "pacs008_fields"]


@dataclass(frozen=True, slots=True)
class MessageField:
    """One field value: ``tag`` (``:59:``, ``Cdtr/Nm``), ``kind`` (``name`` or ``text``) and
    its offset ``start`` in the message."""

    tag: str
    kind: str
    value: str
    start: int


_MT_TAG_RE = re.compile(r"^:(\d{2}[A-Z]?):", re.MULTILINE)
_MT_NAME_TAGS = frozenset({"50K", "59", "52D", "53D", "54D", "55D", "56D", "57D", "58D"})
_MT_NUMBERED_TAGS = frozenset({"50F", "59F"})
_MT_TEXT_TAGS = frozenset({"70", "72", "77B", "77T"})
_LINE_RE = re.compile(r"[^\r\n]+")

_NAME_PARENTS = frozenset({"Dbtr", "Cdtr", "UltmtDbtr", "UltmtCdtr", "InitgPty", "FinInstnId"})
_TEXT_ELEMENTS = frozenset({"Ustrd", "AddtlRmtInf", "InstrInf"})


def detect_format(text: str) -> str:
    """``pacs008``, ``mt103`` or ``text``, from the look of the message."""
    head = text.lstrip()[:2000]
    if head.startswith("<") and ("pacs.008" in head or "FIToFICstmrCdtTrf" in text[:20000]):
        return "pacs008"
    if "{4:" in head or len(_MT_TAG_RE.findall(text[:5000])) >= 2:
        return "mt103"
    return "text"


def _lines(value: str, base: int) -> list[tuple[str, int]]:
    return [(m.group(), base + m.start()) for m in _LINE_RE.finditer(value) if m.group().strip()]


def mt103_fields(message: str) -> list[MessageField]:
    """The name and free-text fields of an MT103 message (block 4 or bare fields)."""
    tags = list(_MT_TAG_RE.finditer(message))
    if not tags:
        raise MatchInputError("text: no MT field tags (:20:, :50K:, :59:…) found in the message")
    out: list[MessageField] = []
    for no, match in enumerate(tags):
        tag = match.group(1)
        stop = tags[no + 1].start() if no + 1 < len(tags) else len(message)
        value = message[match.end() : stop]
        end_of_block = value.find("\n-}")
        if end_of_block >= 0:
            value = value[:end_of_block]
        lines = _lines(value, match.end())
        label = f":{tag}:"
        if tag in _MT_TEXT_TAGS:
            out.extend(MessageField(label, "text", line, start) for line, start in lines)
        elif tag in _MT_NAME_TAGS:
            if lines and lines[0][0].startswith("/"):
                lines = lines[1:]
            if lines:
                out.append(MessageField(label, "name", lines[0][0].strip(), lines[0][1]))
        elif tag in _MT_NUMBERED_TAGS:
            out.extend(_numbered(label, lines))
    return out


def _numbered(label: str, lines: list[tuple[str, int]]) -> list[MessageField]:
    out: list[MessageField] = []
    for line, start in lines:
        code, slash, rest = line.partition("/")
        if not slash or not code.isdigit():
            continue  # the account or party identifier line
        if code != "1":
            continue  # address, country and town, identifiers
        if out:  # a name continued on another "1/" line
            prev = out.pop()
            out.append(MessageField(label, "name", f"{prev.value} {rest.strip()}", prev.start))
        else:
            out.append(MessageField(label, "name", rest.strip(), start + len(code) + 1))
    return out


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def pacs008_fields(message: str) -> list[MessageField]:
    """The name and free-text elements of a pacs.008 message."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(message.encode("utf-8"), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise MatchInputError(f"text: not well-formed pacs.008 XML ({exc})") from exc
    out: list[MessageField] = []
    cursor = 0
    for element in root.iter():
        name = _local(element.tag)
        value = (element.text or "").strip()
        if not value:
            continue
        parent = element.getparent()
        parent_name = _local(parent.tag) if parent is not None else ""
        if name == "Nm" and parent_name in _NAME_PARENTS:
            kind = "name"
            grand = parent.getparent() if parent is not None else None
            if parent_name == "FinInstnId" and grand is not None:
                tag = f"{_local(grand.tag)}/FinInstnId/Nm"
            else:
                tag = f"{parent_name}/Nm"
        elif name in _TEXT_ELEMENTS:
            kind, tag = "text", f"{parent_name}/{name}"
        else:
            continue
        found = message.find(escape(value), cursor)
        if found >= 0:
            cursor = found + len(escape(value))
        out.append(MessageField(tag, kind, value, found))
    return out
