"""The screening index of a set of publications: every list name prepared once, token postings
for candidate retrieval, and token weights (rarity) computed over all indexed names."""

from __future__ import annotations

from collections.abc import Iterable

from listwatch.index.entries import ListEntry
from listwatch.index.retrieval import TokenIndex
from listwatch.matching.name_compare import TokenWeights
from listwatch.model import Entity
from listwatch.text import NameForm, prepare_name

__all__ = ["IndexedName", "ScreeningIndex"]

#: Name kinds, with the factor applied to a match on them (regulators expect weak aliases to be
#: screened but scored lower).
KIND_FACTORS = {"name": 1.0, "alias": 1.0, "previousName": 1.0, "weakAlias": 0.92}


class IndexedName:
    __slots__ = ("entry_no", "form", "kind", "weights")

    def __init__(self, entry_no: int, kind: str, form: NameForm) -> None:
        self.entry_no = entry_no
        self.kind = kind
        self.form = form
        self.weights: tuple[float, ...] = form.weights


class ScreeningIndex:
    """Entries and names of the publications named in ``publications`` (``dataset@date``)."""

    def __init__(self, publications: tuple[str, ...]) -> None:
        self.publications = publications
        self.entries: list[ListEntry] = []
        self.names: list[IndexedName] = []
        self.tokens = TokenIndex()
        self.weights = TokenWeights({})
        self._seen: dict[tuple[str, str], int] = {}

    def add(self, entities: Iterable[Entity], published: str) -> None:
        for entity in entities:
            entry_no = len(self.entries)
            entry = ListEntry(entity, published)
            self.entries.append(entry)
            seen: set[tuple[str, str]] = set()
            for name in entity.names:
                form = prepare_name(name.value, entity.schema)
                if not form.tokens:
                    continue
                key = (name.kind, " ".join(form.tokens))
                if key in seen:
                    continue
                seen.add(key)
                self.names.append(IndexedName(entry_no, name.kind, form))

    def finish(self) -> ScreeningIndex:
        """Compute token weights and postings once every entry is added."""
        self.weights = TokenWeights.from_names(n.form for n in self.names)
        for name_no, name in enumerate(self.names):
            form = name.form
            name.weights = self.weights.apply(form)
            self.tokens.add(name_no, form.tokens, form.phonetic, name.weights, form.joined)
        self.tokens.freeze()
        return self

    def __len__(self) -> int:
        return len(self.entries)
