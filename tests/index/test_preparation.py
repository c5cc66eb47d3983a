"""Preparing an index's names on several processes gives what one process gives, in order."""

from __future__ import annotations

import pytest

from listwatch.index import preparation
from listwatch.index.preparation import prepare_forms

NAMES = [
    ("MADURO MOROS, Nicolas", "Person"),
    ("Владимир Путин", "Person"),
    ("BANCO NACIONAL DE CUBA", "Organization"),
    ("Kholmogrant-Stroy OOO", "Company"),
    ("OCEAN STAR 2", "Vessel"),
    ("محمد بن سلمان", "Person"),
    ("...", "Person"),
]


def test_parallel_preparation_matches_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [text for text, _ in NAMES] * 3
    schemata = [schema for _, schema in NAMES] * 3
    alone = prepare_forms(texts, schemata, workers=1)
    monkeypatch.setattr(preparation, "PARALLEL_FROM", 2)
    assert prepare_forms(texts, schemata, workers=2) == alone
    tokens, phonetic, weights, joined = alone[0]
    assert tokens == ("nicolas", "maduro", "moros") and joined == "nicolasmaduromoros"
    assert len(phonetic) == len(weights) == 3
    assert alone[6][0] == ()  # nothing to index in a name of punctuation
