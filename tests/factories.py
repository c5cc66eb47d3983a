"""A small index of real listed names, shared by the screening, batch and Spark tests."""

from __future__ import annotations

from listwatch.index import ScreeningIndex
from listwatch.model import Entity, Identifier


def make_entity(native_id: str, schema: str, *names: tuple[str, str], **props: str) -> Entity:
    """An OFAC SDN entry with ``names`` given as ``(value, kind)`` and plain properties."""
    entity = Entity("us_ofac_sdn", native_id, schema)
    for value, kind in names:
        entity.add_name(value, kind)
    for prop, value in props.items():
        entity.add(prop, value)
    return entity


def small_index() -> ScreeningIndex:
    """Maduro, a Cuban bank, a vessel, Putin, the Sinaloa cartel and five other people (ids
    100–104: Garcia Abrego, Gonzalez, al-Zawahiri, Kim Jong Sik, bin Ladin)."""
    maduro = make_entity(
        "22790",
        "Person",
        ("MADURO MOROS, Nicolas", "name"),
        birthDate="1962-11-23",
        nationality="ve",
        gender="male",
        program="VENEZUELA",
    )
    maduro.add_identifier(Identifier("nationalId", "5892464", "ve", "Cedula No."))
    bank = make_entity(
        "306",
        "Organization",
        ("BANCO NACIONAL DE CUBA", "name"),
        ("NATIONAL BANK OF CUBA", "alias"),
        ("BNC", "weakAlias"),
        program="CUBA",
    )
    vessel = make_entity("9999", "Vessel", ("OCEAN STAR 2", "name"))
    vessel.add_identifier(Identifier("imo", "9187629"))
    putin = make_entity(
        "35096",
        "Person",
        ("PUTIN, Vladimir Vladimirovich", "name"),
        birthDate="1952-10-07",
        program="RUSSIA-EO14024",
    )
    cartel = make_entity(
        "11440",
        "Organization",
        ("SINALOA CARTEL", "name"),
        ("CARTEL DE SINALOA", "alias"),
        ("CDS", "weakAlias"),
        program="SDNTK",
    )
    others = [
        make_entity(str(100 + i), "Person", (name, "name"))
        for i, name in enumerate(
            [
                "GARCIA ABREGO, Juan",
                "GONZALEZ, Maria Luisa",
                "AL-ZAWAHIRI, Ayman",
                "KIM, Jong Sik",
                "BIN LADIN, Usama bin Muhammad bin Awad",
            ]
        )
    ]
    index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
    index.add([maduro, bank, vessel, putin, cartel, *others], "2024-05-03")
    return index.finish()
