from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from listwatch.errors import NotFoundError, SourceError, StoreError
from listwatch.model import Entity, Identifier
from listwatch.store import Store, diff_publications, entity_history, import_files
from listwatch.store.store import serialize_entries

LISTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "lists"


def person(native_id: str, name: str, *programs: str) -> Entity:
    entity = Entity("us_ofac_sdn", native_id, "Person")
    entity.add_name(name)
    entity.add("program", list(programs))
    return entity


def test_publication_round_trip(store: Store) -> None:
    maduro = person("22790", "MADURO MOROS, Nicolas", "VENEZUELA")
    maduro.add("birthDate", "1962-11-23")
    maduro.add_identifier(Identifier("nationalId", "5892464", "ve", "Cedula No."))
    pub = store.add_publication("us_ofac_sdn", [maduro], published=date(2024, 5, 3), source="test")
    assert pub.name == "us_ofac_sdn@2024-05-03"
    assert pub.entry_count == 1
    assert list(store.entities(pub)) == [maduro]
    assert store.publication("us_ofac_sdn").id == pub.id


def test_entries_serialised_elsewhere_store_the_same_publication(store: Store) -> None:
    """The snapshot's parsing processes serialise entries; storing those is storing the
    entities."""
    maduro = person("22790", "MADURO MOROS, Nicolas", "VENEZUELA")
    rows = serialize_entries("us_ofac_sdn", [maduro])
    pub = store.add_publication("us_ofac_sdn", rows, published=date(2024, 5, 3), source="test")
    assert list(store.entities(pub)) == [maduro]
    again = store.add_publication(
        "us_ofac_sdn", [maduro], published=date(2024, 5, 3), source="test"
    )
    assert again.id == pub.id  # the same content digest
    with pytest.raises(StoreError, match="does not belong"):
        serialize_entries("un_sc_sanctions", [maduro])


def test_same_content_twice_is_a_no_op_and_other_content_needs_replace(store: Store) -> None:
    first = store.add_publication(
        "us_ofac_sdn", [person("1", "A B")], published=date(2024, 1, 1), source="t"
    )
    again = store.add_publication(
        "us_ofac_sdn", [person("1", "A B")], published=date(2024, 1, 1), source="t"
    )
    assert again.id == first.id
    with pytest.raises(StoreError, match="--replace"):
        store.add_publication(
            "us_ofac_sdn", [person("1", "A C")], published=date(2024, 1, 1), source="t"
        )
    replaced = store.add_publication(
        "us_ofac_sdn", [person("1", "A C")], published=date(2024, 1, 1), source="t", replace=True
    )
    assert [e.caption for e in store.entities(replaced)] == ["A C"]


def test_duplicate_entry_in_one_publication_is_refused_and_nothing_stored(store: Store) -> None:
    with pytest.raises(StoreError, match="occurs twice"):
        store.add_publication(
            "us_ofac_sdn",
            [person("1", "A"), person("1", "B")],
            published=date(2024, 1, 1),
            source="t",
        )
    assert store.publications() == []


def test_diff_and_history_field_level(store: Store) -> None:
    store.add_publication(
        "us_ofac_sdn",
        [person("1", "CARTEL X", "SDNTK"), person("2", "GONE")],
        published=date(2024, 1, 1),
        source="t",
    )
    store.add_publication(
        "us_ofac_sdn",
        [person("1", "CARTEL X", "SDNTK", "FTO", "SDGT"), person("3", "NEW")],
        published=date(2025, 2, 20),
        source="t",
    )
    changes = diff_publications(store, "us_ofac_sdn")
    assert [e.entity_id for e in changes.added] == ["us_ofac_sdn:3"]
    assert [e.entity_id for e in changes.removed] == ["us_ofac_sdn:2"]
    (changed,) = changes.changed
    (field,) = changed.fields
    assert (field.field, field.removed, field.added) == ("program", (), ("FTO", "SDGT"))
    history = entity_history(store, "us_ofac_sdn:1")
    assert [e.kind for e in history.events] == ["listed", "changed"]
    assert history.first_seen == date(2024, 1, 1)
    gone = entity_history(store, "us_ofac_sdn:2")
    assert [e.kind for e in gone.events] == ["listed", "delisted"]
    assert not gone.listed_now


def test_unknown_entry_and_publication(store: Store) -> None:
    with pytest.raises(NotFoundError):
        entity_history(store, "us_ofac_sdn:0")
    with pytest.raises(NotFoundError, match="nothing stored"):
        store.publication("us_ofac_sdn")


def test_ofac_diffs_on_real_publications(store: Store) -> None:
    for day in ("2024-05-02", "2024-05-03"):
        import_files(
            store,
            "us_ofac_sdn",
            [LISTS / "ofac_sdn" / day / "sdn.csv"],
            published=date.fromisoformat(day),
        )
    changes = diff_publications(store, "us_ofac_sdn")
    assert (len(changes.added), len(changes.removed)) == (0, 8)
    assert "EMPEROR AVIATION LTD" in {e.caption for e in changes.removed}


def test_failing_file_leaves_store_unchanged(store: Store, tmp_path: Path) -> None:
    import_files(
        store,
        "us_ofac_sdn",
        [LISTS / "ofac_sdn" / "2024-05-02" / "sdn.csv"],
        published=date(2024, 5, 2),
    )
    before = [(p.id, p.entry_count) for p in store.publications()]
    good = (LISTS / "ofac_sdn" / "2024-05-03" / "sdn.csv").read_bytes()
    broken = tmp_path / "sdn.csv"
    broken.write_bytes(good[: len(good) // 2].rsplit(b",", 3)[0])
    with pytest.raises(SourceError, match=r"sdn\.csv"):
        import_files(store, "us_ofac_sdn", [broken], published=date(2024, 5, 3))
    assert [(p.id, p.entry_count) for p in store.publications()] == before


def test_russia_designations_of_february_2022(store: Store) -> None:
    for day in ("2022-02-23", "2022-02-28"):
        import_files(
            store,
            "us_ofac_sdn",
            [LISTS / "ofac_sdn" / day / "sdn.csv"],
            published=date.fromisoformat(day),
        )
    changes = diff_publications(store, "us_ofac_sdn")
    assert len(changes.added) == 101
    assert len(changes.removed) == 0
    added = {e.caption for e in changes.added}
    assert "VTB BANK PUBLIC JOINT STOCK COMPANY" in added
    assert all("RUSSIA-EO14024" in e.programs for e in changes.added if "VTB" in e.caption)
