"""Objects an index builds on first use move out of the cycle collector's sight in batches."""

from __future__ import annotations

import gc
import weakref

from tests.factories import make_entity

from listwatch.index import ScreeningIndex
from listwatch.index.kept_objects import KeptObjects


class _Node:
    me: object


def test_every_nth_kept_object_freezes_what_is_alive() -> None:
    kept = KeptObjects(every=3)
    kept.added()
    kept.added()
    before = gc.get_freeze_count()
    alive = [[n] for n in range(50)]  # tracked objects made since the last freeze
    assert gc.get_freeze_count() == before
    kept.added()
    assert gc.get_freeze_count() >= before + len(alive)
    assert kept.since == 0


def test_garbage_cycles_are_collected_before_a_freeze_not_frozen() -> None:
    gc.collect()
    node = _Node()
    node.me = node
    gone = weakref.ref(node)
    del node
    KeptObjects(every=1).added()
    assert gone() is None


def test_an_index_freezes_the_names_and_entries_it_builds_on_first_use() -> None:
    index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
    index.add(
        [make_entity(str(n), "Person", (f"PERSON {n} NAME", "name")) for n in range(20)],
        "2024-05-03",
    )
    index.finish()
    index._kept.every = 9
    before = gc.get_freeze_count()
    names = [index.names[n].form.original for n in range(4)]  # 4 names, 4 forms: 8 kept
    assert gc.get_freeze_count() == before
    names.append(index.names[4].form.original)
    assert gc.get_freeze_count() > before
    again = gc.get_freeze_count()
    entries = [index.entries[n].entity_id for n in range(9)]
    assert gc.get_freeze_count() > again
    assert names == [f"PERSON {n} NAME" for n in range(5)] and len(set(entries)) == 9
