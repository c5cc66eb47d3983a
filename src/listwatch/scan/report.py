"""The human view of a scan: the text with every mention marked, then a table of mentions.

A mention is marked ``[[span]](n)`` (``n`` its number in the table) and styled, so that it
stays visible without colour (``NO_COLOR``, pipes). Texts longer than :data:`FULL_TEXT_LIMIT`
characters show only the lines around each mention.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from listwatch.scan.document import ScanReport

__all__ = ["FULL_TEXT_LIMIT", "render_report"]

FULL_TEXT_LIMIT = 10_000
_STYLE = "bold reverse red"


def _marked(text: str, report: ScanReport, lo: int, hi: int) -> Text:
    out = Text()
    pos = lo
    for no, mention in enumerate(report.mentions, start=1):
        if mention.end <= lo or mention.start >= hi or mention.start < pos:
            continue
        out.append(text[pos : mention.start])
        out.append(f"[[{text[mention.start : mention.end]}]]", style=_STYLE)
        out.append(f"({no})", style="bold")
        pos = mention.end
    out.append(text[pos:hi])
    return out


def _excerpts(report: ScanReport) -> Text:
    text = report.text
    out = Text()
    shown = -1
    for mention in report.mentions:
        lo = text.rfind("\n", 0, mention.start) + 1
        hi = text.find("\n", mention.end)
        hi = len(text) if hi < 0 else hi
        if lo <= shown:
            continue
        out.append(f"@{lo}: ", style="dim")
        out.append_text(_marked(text, report, lo, hi))
        out.append("\n")
        shown = hi
    return out


def _table(report: ScanReport) -> Table:
    table = Table(title=f"{len(report.mentions)} mention(s)", title_justify="left")
    for col in ("#", "span", "where", "score", "id", "name", "programs", "list date"):
        table.add_column(col, overflow="fold")
    for no, mention in enumerate(report.mentions, start=1):
        where = f"{mention.start}-{mention.end}"
        if mention.field:
            where += f" {mention.field} ({mention.how})"
        for n, match in enumerate(mention.matches):
            table.add_row(
                str(no) if n == 0 else "",
                mention.text if n == 0 else "",
                where if n == 0 else "",
                f"{match.score:.2f}",
                match.entity_id,
                match.caption,
                ", ".join(match.programs),
                match.published,
            )
    return table


def render_report(report: ScanReport, console: Console) -> None:
    """Print ``report`` for a person: the marked text (or excerpts) and the mentions table."""
    if not report.mentions:
        console.print(
            f"No listed party found in {len(report.text):,} characters ({report.format}; "
            f"threshold {report.threshold:.2f})."
        )
        return
    body = (
        _marked(report.text, report, 0, len(report.text))
        if len(report.text) <= FULL_TEXT_LIMIT
        else _excerpts(report)
    )
    console.print(Group(body, Text(""), _table(report)), soft_wrap=True)
