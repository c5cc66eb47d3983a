"""Word groups: words related when they share a group."""

from __future__ import annotations

from listwatch.text.word_groups import WordGroups


def test_words_sharing_a_group_are_variants_of_each_other() -> None:
    table = WordGroups([["plant", "zavod"], ["works", "zavod", "kombinat"]], first_id=10)
    assert table.groups("zavod") == frozenset({10, 11})
    assert table.groups("plant") == frozenset({10})
    assert table.variants("plant") == {"plant", "zavod"}
    assert table.variants("zavod") == {"plant", "zavod", "works", "kombinat"}
    assert table.groups("metal") == frozenset()
    assert table.variants("metal") == set()
