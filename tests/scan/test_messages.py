"""MT103 and pacs.008: name fields screened as names, free-text fields scanned."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import MatchInputError
from listwatch.scan import detect_format, mt103_fields, pacs008_fields, scan
from listwatch.screening.screener import Screener


def test_mt103_fields(texts: Path) -> None:
    message = (texts / "mt103.txt").read_text(encoding="utf-8")
    fields = mt103_fields(message)
    assert [(f.tag, f.kind, f.value) for f in fields] == [
        (":50K:", "name", "JOHN SMITH TRADING LLC"),
        (":59:", "name", "NICOLAS MADURO MOROS"),
        (":70:", "text", "/INV/2025-17 CONSULTING FOR LOS ZETAS"),
        (":70:", "text", "LOGISTICS"),
    ]
    for item in fields:
        assert message[item.start : item.start + len(item.value)] == item.value


def test_mt103_numbered_fields(texts: Path) -> None:
    fields = mt103_fields((texts / "mt103_clean.txt").read_text(encoding="utf-8"))
    assert [(f.tag, f.value) for f in fields if f.kind == "name"] == [
        (":50F:", "MARIA GARCIA LOPEZ"),
        (":59F:", "JEAN DUPONT"),
    ]


def test_scan_mt103(screener: Screener, texts: Path) -> None:
    message = (texts / "mt103.txt").read_text(encoding="utf-8")
    report = scan(message, screener)
    assert report.format == "mt103"
    found = [(m.field, m.how, m.text, m.matches[0].entity_id) for m in report.mentions]
    assert found == [
        (":59:", "name", "NICOLAS MADURO MOROS", "us_ofac_sdn:22790"),
        (":70:", "text", "LOS ZETAS", "us_ofac_sdn:11438"),
    ]
    for mention in report.mentions:
        assert message[mention.start : mention.end] == mention.text


def test_clean_mt103_has_no_alert(screener: Screener, texts: Path) -> None:
    report = scan((texts / "mt103_clean.txt").read_text(encoding="utf-8"), screener)
    assert report.format == "mt103"
    assert report.mentions == []


def test_scan_pacs008(screener: Screener, texts: Path) -> None:
    message = (texts / "pacs008.xml").read_text(encoding="utf-8")
    assert detect_format(message) == "pacs008"
    assert [(f.tag, f.kind) for f in pacs008_fields(message)] == [
        ("Dbtr/Nm", "name"),
        ("CdtrAgt/FinInstnId/Nm", "name"),
        ("Cdtr/Nm", "name"),
        ("RmtInf/Ustrd", "text"),
    ]
    report = scan(message, screener)
    found = [(m.field, m.text, m.matches[0].entity_id) for m in report.mentions]
    assert found == [
        ("Cdtr/Nm", "Nicolás Maduro Moros", "us_ofac_sdn:22790"),
        ("RmtInf/Ustrd", "Mara Salvatrucha", "us_ofac_sdn:15412"),
    ]
    for mention in report.mentions:
        assert message[mention.start : mention.end] == mention.text


def test_bad_input(screener: Screener) -> None:
    with pytest.raises(MatchInputError, match=r"not well-formed pacs\.008"):
        scan("<Document><Nm>", screener, fmt="pacs008")
    with pytest.raises(MatchInputError, match="no MT field tags"):
        scan("hello", screener, fmt="mt103")
    with pytest.raises(MatchInputError, match="format: 'pdf'"):
        scan("hello", screener, fmt="pdf")
