"""Finding listed parties in news-style text, English and Spanish, with a small index."""

from __future__ import annotations

from pathlib import Path

from listwatch.scan import find_mentions, scan
from listwatch.screening.screener import Screener


def _found(screener: Screener, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.matches[0].entity_id) for m in find_mentions(text, screener.index)]


def test_english_news(screener: Screener, texts: Path) -> None:
    text = (texts / "english_news.txt").read_text(encoding="utf-8")
    found = find_mentions(text, screener.index)
    assert [(m.text, m.matches[0].entity_id) for m in found] == [
        ("Mara Salvatrucha", "us_ofac_sdn:15412"),
        ("MS-13", "us_ofac_sdn:15412"),
        ("Sinaloa Cartel", "us_ofac_sdn:11440"),
        ("Cártel de Jalisco Nueva Generación", "us_ofac_sdn:17671"),
        ("Gulf Cartel", "us_ofac_sdn:10386"),
        ("Sinaloa\nCartel", "us_ofac_sdn:11440"),
        ("Los Zetas", "us_ofac_sdn:11438"),
        ("Nicolás Maduro Moros", "us_ofac_sdn:22790"),
    ]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.matches[0].score >= 0.8
        assert mention.matches[0].programs and mention.matches[0].published == "2021-07-07"


def test_spanish_news(screener: Screener, texts: Path) -> None:
    text = (texts / "spanish_news.txt").read_text(encoding="utf-8")
    assert _found(screener, text) == [
        ("Cártel de Sinaloa", "us_ofac_sdn:11440"),
        ("Cártel del Golfo", "us_ofac_sdn:10386"),
        ("Mara Salvatrucha", "us_ofac_sdn:15412"),
        ("Cártel de Jalisco Nueva Generación", "us_ofac_sdn:17671"),
        ("Nicolás Maduro", "us_ofac_sdn:22790"),
    ]


def test_no_listed_party_no_alert(screener: Screener, texts: Path) -> None:
    text = (texts / "no_party.txt").read_text(encoding="utf-8")
    assert _found(screener, text) == []


def test_common_words_alone_do_not_match(screener: Screener) -> None:
    text = (
        "Storms crossed the Gulf. A cartel of growers met the National Bank. Sinaloa is a "
        "state; el banco del Golfo cerró. Glory to the team, said Hussein."
    )
    assert _found(screener, text) == []


def test_names_split_across_lines(screener: Screener, texts: Path) -> None:
    text = (texts / "line_breaks.txt").read_text(encoding="utf-8")
    assert _found(screener, text) == [
        ("Nicolas\nMaduro Moros", "us_ofac_sdn:22790"),
        ("Mara Salva-\ntrucha", "us_ofac_sdn:15412"),
        ("SINALOA\nCARTEL", "us_ofac_sdn:11440"),
    ]


def test_case_accents_and_word_order(screener: Screener) -> None:
    assert _found(screener, "payment to maduro moros nicolas today") == [
        ("maduro moros nicolas", "us_ofac_sdn:22790")
    ]
    assert _found(screener, "Funds for NICOLÁS MADURO.") == [
        ("NICOLÁS MADURO", "us_ofac_sdn:22790")
    ]


def test_one_word_names(screener: Screener) -> None:
    assert _found(screener, "Funds reached Hizballah in May.") == [
        ("Hizballah", "us_ofac_sdn:6000")
    ]
    assert _found(screener, "Analysts said the CJNG grew.") == [("CJNG", "us_ofac_sdn:17671")]
    assert _found(screener, "Analysts said the cjng grew.") == []


def test_scan_report_json(screener: Screener) -> None:
    report = scan("Aid for Los Zetas and LOS ZETAS.", screener)
    data = report.to_dict()
    assert data["format"] == "text"
    assert [m["start"] for m in data["mentions"]] == [8, 22]
    assert data["entities"] == [
        {"id": "us_ofac_sdn:11438", "caption": "LOS ZETAS", "mentions": 2, "score": 1.0}
    ]
