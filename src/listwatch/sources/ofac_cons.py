"""US OFAC Consolidated (non-SDN) list: the ``us_ofac_cons`` source.

OFAC publishes the non-SDN lists (SSI, NS-MBS, CMIC, NS-PLC…) in the same formats as the SDN
list: the legacy CSV set (``CONS_PRIM.CSV``, ``CONS_ALT.CSV``, ``CONS_ADD.CSV``,
``CONS_COMMENTS.CSV``), the ``sdnList`` XML (``CONSOLIDATED.XML``) and the enhanced XML
(``CONS_ENHANCED.ZIP``). ``parse`` picks the reader from the files it is given; entry ids are
the OFAC entry numbers, identical in every format.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.base import Download
from listwatch.sources.files import logical_name, open_binary
from listwatch.sources.ofac_enhanced import parse_ofac_enhanced, published_ofac_enhanced
from listwatch.sources.ofac_xml import parse_ofac_xml, published_ofac_xml

__all__ = ["SOURCE", "OfacConsSource"]

_BASE = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"


def _kind(path: Path) -> str:
    """``sdnlist`` (sdnList XML), ``enhanced`` (zip or enhanced XML) or ``csv``."""
    name = logical_name(path)
    if name.endswith(".zip"):
        return "enhanced"
    with open_binary(path) as fh:
        head = fh.read(4096)
    if head.startswith(b"PK\x03\x04"):
        return "enhanced"
    if name.endswith(".xml") or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "enhanced" if b"<sanctionsData" in head else "sdnlist"
    return "csv"


class OfacConsSource:
    """The OFAC Consolidated (non-SDN) list, from whichever OFAC format is at hand."""

    dataset = "us_ofac_cons"
    title = "US OFAC Consolidated (non-SDN) List"
    publisher = "US Treasury, Office of Foreign Assets Control (OFAC)"
    downloads: tuple[Download, ...] = (
        Download(_BASE + "CONS_PRIM.CSV", "cons_prim.csv"),
        Download(_BASE + "CONS_ALT.CSV", "cons_alt.csv"),
        Download(_BASE + "CONS_ADD.CSV", "cons_add.csv"),
        Download(_BASE + "CONS_COMMENTS.CSV", "cons_comments.csv"),
    )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        if not files:
            raise SourceError("no files given", source=self.dataset)
        kinds = {path: _kind(path) for path in files}
        for path, kind in kinds.items():
            if kind == "sdnlist":
                yield from parse_ofac_xml(path, self.dataset)
                return
        for path, kind in kinds.items():
            if kind == "enhanced":
                yield from parse_ofac_enhanced(path, self.dataset)
                return
        from listwatch.sources.ofac_csv import parse_ofac_csv

        yield from parse_ofac_csv(files, self.dataset)

    def published(self, files: Sequence[Path]) -> date | None:
        for path in files:
            kind = _kind(path)
            if kind == "sdnlist":
                return published_ofac_xml(path)
            if kind == "enhanced":
                return published_ofac_enhanced(path)
        return None


SOURCE = OfacConsSource()
