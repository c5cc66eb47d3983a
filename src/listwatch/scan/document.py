"""Scanning one document: plain text, an MT103 or a pacs.008 message → a :class:`ScanReport`.

Plain text is scanned whole (:func:`~listwatch.scan.mentions.find_mentions`). In a message,
each name field is screened as a name by the :class:`~listwatch.screening.screener.Screener`
(the whole field is the mention) and each free-text field is scanned; offsets point into the
message as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from listwatch.errors import MatchInputError
from listwatch.matching.result import MatchResult
from listwatch.scan.mentions import Mention, MentionMatch, find_mentions
from listwatch.scan.messages import MessageField, detect_format, mt103_fields, pacs008_fields
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener

__all__ = ["FORMATS", "ScanReport", "scan"]

FORMATS = ("auto", "text", "mt103", "pacs008")


@dataclass(slots=True)
class ScanReport:
    """What a scan found, against which lists and threshold."""

    text: str
    format: str
    mentions: list[Mention]
    lists: tuple[str, ...]
    threshold: float
    fields: int = 0

    def entities(self) -> list[dict[str, Any]]:
        """Each matched entry once: how often it is mentioned and its best score."""
        seen: dict[str, dict[str, Any]] = {}
        for mention in self.mentions:
            for match in mention.matches:
                item = seen.setdefault(
                    match.entity_id,
                    {"id": match.entity_id, "caption": match.caption, "mentions": 0, "score": 0.0},
                )
                item["mentions"] += 1
                item["score"] = max(item["score"], round(match.score, 4))
        return sorted(seen.values(), key=lambda e: (-e["score"], e["id"]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "threshold": self.threshold,
            "lists": list(self.lists),
            "characters": len(self.text),
            "fields": self.fields,
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": self.entities(),
        }


def _from_result(result: MatchResult) -> MentionMatch:
    return MentionMatch(
        result.entity_id,
        result.dataset,
        result.schema,
        result.caption,
        result.programs,
        result.published,
        result.score,
        result.matched_name,
        result.matched_kind,
    )


def _field_mentions(
    fields: list[MessageField], screener: Screener, threshold: float
) -> list[Mention]:
    out: list[Mention] = []
    for item in fields:
        start = max(item.start, 0)
        if item.kind == "name":
            results = screener.screen(make_query(item.value), threshold=threshold, limit=0)
            if results:
                matches = [_from_result(r) for r in results]
                end = start + len(item.value) if item.start >= 0 else start
                out.append(Mention(start, end, item.value, matches, item.tag, "name"))
        else:
            found = find_mentions(item.value, screener.index, threshold, offset=start)
            for mention in found:
                mention.field = item.tag
            out.extend(found)
    return sorted(out, key=lambda m: (m.start, m.end))


def scan(
    text: str, screener: Screener, *, fmt: str = "auto", threshold: float | None = None
) -> ScanReport:
    """Find every mention of a listed party in ``text`` (``fmt``: one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise MatchInputError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    cut = screener.threshold if threshold is None else threshold
    if not 0.0 < cut <= 1.0:
        raise MatchInputError(f"threshold: {cut} is not in (0, 1]")
    kind = detect_format(text) if fmt == "auto" else fmt
    lists = screener.index.publications
    if kind == "text":
        mentions = find_mentions(text, screener.index, cut)
        return ScanReport(text, kind, mentions, lists, cut)
    fields = mt103_fields(text) if kind == "mt103" else pacs008_fields(text)
    mentions = _field_mentions(fields, screener, cut)
    return ScanReport(text, kind, mentions, lists, cut, len(fields))
