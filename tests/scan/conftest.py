"""A small index of real list names (OFAC SDN spellings) for fast scanning tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.index import ScreeningIndex
from listwatch.model import Entity
from listwatch.screening.screener import Screener

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "texts"


def _entity(native_id: str, schema: str, *names: tuple[str, str], program: str) -> Entity:
    entity = Entity("us_ofac_sdn", native_id, schema)
    for value, kind in names:
        entity.add_name(value, kind)
    entity.add("program", program)
    return entity


@pytest.fixture(scope="session")
def screener() -> Screener:
    entities = [
        _entity("22790", "Person", ("MADURO MOROS, Nicolas", "name"), program="VENEZUELA"),
        _entity("15412", "Organization", ("MS-13", "name"), ("MARA SALVATRUCHA", "alias"),
                program="TCO"),
        _entity("11440", "Organization", ("SINALOA CARTEL", "name"),
                ("CARTEL DE SINALOA", "alias"), ("CDS", "weakAlias"), program="SDNTK"),
        _entity("10386", "Organization", ("GULF CARTEL", "name"), ("CARTEL DEL GOLFO", "alias"),
                program="SDNTK"),
        _entity("11438", "Organization", ("LOS ZETAS", "name"), program="SDNTK"),
        _entity("17671", "Organization", ("CARTEL DE JALISCO NUEVA GENERACION", "name"),
                ("JALISCO NEW GENERATION CARTEL", "alias"), ("CJNG", "weakAlias"),
                program="SDNTK"),
        _entity("306", "Organization", ("BANCO NACIONAL DE CUBA", "name"),
                ("NATIONAL BANK OF CUBA", "alias"), program="CUBA"),
        _entity("6000", "Organization", ("HIZBALLAH", "name"), program="SDGT"),
        _entity("6001", "Vessel", ("GLORY", "name"), program="IRAN"),
        _entity("101", "Person", ("GARCIA ABREGO, Juan", "name"), program="SDNTK"),
        _entity("102", "Person", ("GONZALEZ, Maria Luisa", "name"), program="SDNTK"),
        _entity("103", "Person", ("HUSSEIN", "name"), program="IRAQ2"),
    ]  # fmt: skip
    index = ScreeningIndex(("us_ofac_sdn@2021-07-07",))
    index.add(entities, "2021-07-07")
    return Screener(index.finish())


@pytest.fixture
def texts() -> Path:
    return TEXTS
