"""The US OFAC Specially Designated Nationals (SDN) list, dataset ``us_ofac_sdn``.

OFAC publishes it as the legacy CSV set (``SDN.CSV``, ``ALT.CSV``, ``ADD.CSV``,
``SDN_COMMENTS.CSV``; read by :mod:`listwatch.sources.ofac_csv`) and as XML (``SDN.XML``; read by
:mod:`listwatch.sources.ofac_xml`). The legacy CSV carries no publication date.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.model import Entity
from listwatch.sources.base import Download
from listwatch.sources.files import logical_name, open_binary
from listwatch.sources.ofac_csv import parse_ofac_csv

__all__ = ["SOURCE", "OfacSdnSource"]

_BASE = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"


def _is_xml(path: Path) -> bool:
    if logical_name(path).endswith(".xml"):
        return True
    if not logical_name(path).endswith(".csv") and path.exists() and path.stat().st_size:
        with open_binary(path) as fh:
            return fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    return False


class OfacSdnSource:
    dataset = "us_ofac_sdn"
    title = "US OFAC Specially Designated Nationals and Blocked Persons List (SDN)"
    publisher = "US Department of the Treasury, Office of Foreign Assets Control (OFAC)"
    downloads: tuple[Download, ...] = (
        Download(_BASE + "SDN.CSV", "sdn.csv"),
        Download(_BASE + "ALT.CSV", "alt.csv"),
        Download(_BASE + "ADD.CSV", "add.csv"),
        Download(_BASE + "SDN_COMMENTS.CSV", "sdn_comments.csv"),
    )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        xml = [path for path in files if _is_xml(path)]
        if xml:
            from listwatch.sources.ofac_xml import parse_ofac_xml

            for path in xml:
                yield from parse_ofac_xml(path, self.dataset)
            return
        yield from parse_ofac_csv(files, self.dataset)

    def published(self, files: Sequence[Path]) -> date | None:
        """``None`` for the legacy CSV set (it carries no date); the XML's Publish_Date."""
        for path in files:
            if _is_xml(path):
                from listwatch.sources.ofac_xml import published_ofac_xml

                return published_ofac_xml(path)
        return None


SOURCE = OfacSdnSource()
