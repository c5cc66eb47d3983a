"""The texts written for these tests, against every bundled list (the offline snapshot).

The bundled OFAC SDN is of 2021-07-07: it holds MADURO MOROS, Nicolas, MS-13 / MARA
SALVATRUCHA, SINALOA CARTEL, GULF CARTEL, LOS ZETAS and the CJNG, but not Tren de Aragua nor the
Cartel de los Soles (designated in 2025), which must therefore not be reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.api_facade import get_screener
from listwatch.config import load_settings
from listwatch.scan import scan
from listwatch.screening.screener import Screener


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Screener:
    home = tmp_path_factory.mktemp("scan-bundled") / "home"
    return get_screener(load_settings(home=home))


def _found(screener: Screener, path: Path) -> dict[str, set[str]]:
    report = scan(path.read_text(encoding="utf-8"), screener)
    return {m.text: {x.entity_id for x in m.matches} for m in report.mentions}


def test_english_news_against_all_lists(bundled: Screener, texts: Path) -> None:
    found = _found(bundled, texts / "english_news.txt")
    assert set(found) == {
        "Mara Salvatrucha", "MS-13", "Sinaloa Cartel", "Cártel de Jalisco Nueva Generación",
        "Gulf Cartel", "Sinaloa\nCartel", "Los Zetas", "Nicolás Maduro Moros",
    }  # fmt: skip
    assert "us_ofac_sdn:22790" in found["Nicolás Maduro Moros"]
    assert "us_ofac_sdn:15412" in found["MS-13"] & found["Mara Salvatrucha"]
    assert "us_ofac_sdn:10386" in found["Gulf Cartel"]
    assert "us_ofac_sdn:17671" in found["Cártel de Jalisco Nueva Generación"]


def test_spanish_news_against_all_lists(bundled: Screener, texts: Path) -> None:
    found = _found(bundled, texts / "spanish_news.txt")
    assert set(found) == {
        "Cártel de Sinaloa", "Cártel del Golfo", "Mara Salvatrucha",
        "Cártel de Jalisco Nueva Generación", "Nicolás Maduro",
    }  # fmt: skip
    assert "us_ofac_sdn:11440" in found["Cártel de Sinaloa"]


def test_no_party_and_messages_against_all_lists(bundled: Screener, texts: Path) -> None:
    assert _found(bundled, texts / "no_party.txt") == {}
    assert _found(bundled, texts / "mt103_clean.txt") == {}
    assert set(_found(bundled, texts / "mt103.txt")) == {"NICOLAS MADURO MOROS", "LOS ZETAS"}
    assert set(_found(bundled, texts / "pacs008.xml")) == {
        "Nicolás Maduro Moros",
        "Mara Salvatrucha",
    }
