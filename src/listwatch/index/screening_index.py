"""The screening index of a set of publications: entries, names, token postings for candidate
retrieval, and token weights (rarity) computed over all indexed names.

Everything is kept as plain values (tuples, lists, dicts of strings and numbers) so that the
index persists with :mod:`marshal` and loads in a fraction of a second. Entries and prepared
names (:class:`NameForm`) are materialised on first use and then kept: a query touches only its
few candidates, and a name shared by several entries (the same person on several lists) is
prepared once.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar, overload

from listwatch.index.entries import ListEntry
from listwatch.index.kept_objects import KeptObjects
from listwatch.index.preparation import prepare_forms
from listwatch.index.retrieval import TokenIndex
from listwatch.matching.name_compare import TokenWeights
from listwatch.model import Entity
from listwatch.text import NameForm, form_schema, prepare_name
from listwatch.text.former_names import split_former_names

__all__ = ["KIND_FACTORS", "NAME_KINDS", "IndexedName", "PreparedForm", "ScreeningIndex"]

#: Name kinds, with the factor applied to a match on them (regulators expect weak aliases to be
#: screened but scored lower).
KIND_FACTORS = {"name": 1.0, "alias": 1.0, "previousName": 1.0, "weakAlias": 0.92}
#: Name kinds by number (``name_kind``).
NAME_KINDS = tuple(KIND_FACTORS)
T = TypeVar("T")


class IndexedName:
    """One name of one entry: its kind, its prepared form and the form's token weights."""

    __slots__ = ("entry_no", "form", "kind", "weights")

    def __init__(
        self, entry_no: int, kind: str, form: NameForm, weights: tuple[float, ...]
    ) -> None:
        self.entry_no = entry_no
        self.kind = kind
        self.form = form
        self.weights = weights


class PreparedForm(NamedTuple):
    """One distinct list name, prepared for comparison."""

    form: NameForm
    #: Its token weights.
    weights: tuple[float, ...]
    #: The same number for forms spelled alike: the same words, scripts, given names, legal
    #: forms left in and weights, so that comparisons score them alike (``SURNAME, Given``
    #: and ``Given SURNAME`` differ: only the first says which words are given names).
    spelling: int
    #: The schema it is compared as (:func:`~listwatch.text.form_schema`).
    kind: str


class _Lazy(Sequence[T]):
    """A sequence whose items are built by ``build(number)`` on first access, then kept
    (and counted by ``kept``)."""

    def __init__(
        self, size: Callable[[], int], build: Callable[[int], T], kept: KeptObjects
    ) -> None:
        self._size = size
        self._build = build
        self._kept = kept
        self._built: dict[int, T] = {}

    def __len__(self) -> int:
        return self._size()

    @overload
    def __getitem__(self, no: int) -> T: ...
    @overload
    def __getitem__(self, no: slice) -> list[T]: ...
    def __getitem__(self, no: int | slice) -> T | list[T]:
        if isinstance(no, slice):
            return [self[i] for i in range(*no.indices(len(self)))]
        item = self._built.get(no)
        if item is None:
            item = self._built[no] = self._build(no)
            self._kept.added()
        return item

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(len(self)))


class ScreeningIndex:
    """Entries and names of the publications named in ``publications`` (``dataset@date``)."""

    def __init__(self, publications: tuple[str, ...]) -> None:
        self.publications = publications
        #: Per entry: its ListEntry state, marshalled (one bytes object loads far faster than
        #: the tuples and sets inside it).
        self.entry_states: list[bytes] = []
        #: Per name: its entry number, kind number (index into KIND_FACTORS) and form number.
        self.name_entry: list[int] = []
        self.name_kind: list[int] = []
        self.name_form: list[int] = []
        #: Per distinct form: the name as written, the schema it was prepared for, its tokens.
        self.form_text: list[str] = []
        self.form_schema: list[str] = []
        self.form_tokens: list[tuple[str, ...]] = []
        self.tokens = TokenIndex()
        self.weights = TokenWeights({})
        self._form_numbers: dict[tuple[str, str], int] = {}
        #: Only while building: (entry number, kind number, form number) of each name.
        self._pending: list[tuple[int, int, int]] = []
        self._forms: dict[int, PreparedForm] = {}
        self._spellings: dict[tuple[object, ...], int] = {}
        self._views()

    def _views(self) -> None:
        """Entries built from their marshalled state, and names with their forms prepared
        (once per distinct form), on first access."""
        self._kept = KeptObjects()
        self.entries: Sequence[ListEntry] = _Lazy(
            lambda: len(self.entry_states),
            lambda no: ListEntry(marshal.loads(self.entry_states[no])),
            self._kept,
        )
        self.names: Sequence[IndexedName] = _Lazy(
            lambda: len(self.name_entry), self._name, self._kept
        )

    def _name(self, no: int) -> IndexedName:
        form, weights, _spelling, _kind = self.form(self.name_form[no])
        return IndexedName(self.name_entry[no], NAME_KINDS[self.name_kind[no]], form, weights)

    # -- building ---------------------------------------------------------------------------
    def add(self, entities: Iterable[Entity], published: str) -> None:
        """Add entries; their names are prepared by :meth:`finish`."""
        pending = self._pending
        for entity in entities:
            entry_no = len(self.entry_states)
            self.entry_states.append(marshal.dumps(ListEntry.state_of(entity, published)))
            seen: set[tuple[int, int]] = set()
            for name in entity.names:
                # A former name written into a name (``… (f.k.a. …)``) is one of its own.
                current, former = split_former_names(name.value)
                kinds = [(current, name.kind)] + [(text, "previousName") for text in former]
                for text, kind in kinds:
                    form_no = self._form_number(text, entity.schema)
                    kind_no = NAME_KINDS.index(kind)
                    if (kind_no, form_no) not in seen:
                        seen.add((kind_no, form_no))
                        pending.append((entry_no, kind_no, form_no))

    def _form_number(self, text: str, schema: str) -> int:
        key = (text, schema)
        form_no = self._form_numbers.get(key)
        if form_no is None:
            form_no = self._form_numbers[key] = len(self.form_text)
            self.form_text.append(text)
            self.form_schema.append(schema)
        return form_no

    def finish(self, workers: int = 1) -> ScreeningIndex:
        """Prepare every distinct name (on ``workers`` processes), then compute token weights
        and postings."""
        prepared = prepare_forms(self.form_text, self.form_schema, workers)
        self.form_tokens = [tokens for tokens, _p, _w, _j in prepared]
        for entry_no, kind_no, form_no in self._pending:
            if self.form_tokens[form_no]:  # a name of nothing but punctuation is not indexed
                self.name_entry.append(entry_no)
                self.name_kind.append(kind_no)
                self.name_form.append(form_no)
        self._pending = []
        self.weights = TokenWeights.from_token_sets(
            set(self.form_tokens[n]) for n in self.name_form
        )
        form_weights = [
            self.weights.apply_tokens(tokens, weights) for tokens, _p, weights, _j in prepared
        ]
        for name_no, form_no in enumerate(self.name_form):
            tokens, phonetic, _w, joined = prepared[form_no]
            self.tokens.add(name_no, tokens, phonetic, form_weights[form_no], joined)
        self.tokens.freeze()
        self._form_numbers = {}
        return self

    # -- reading ----------------------------------------------------------------------------
    @property
    def prepared_forms(self) -> Mapping[int, PreparedForm]:
        """The forms prepared so far, by number (:meth:`form` prepares the others)."""
        return self._forms

    def form(self, form_no: int) -> PreparedForm:
        """Form number ``form_no``, prepared (once)."""
        found = self._forms.get(form_no)
        if found is None:
            schema = self.form_schema[form_no]
            form = prepare_name(self.form_text[form_no], schema)
            weights = self.weights.apply(form)
            spelled = (
                form.schema,
                form.tokens,
                form.size,
                form.given_names,
                form.scripts,
                form.joined_whole,
                weights,
            )
            spelling = self._spellings.setdefault(spelled, len(self._spellings))
            found = self._forms[form_no] = PreparedForm(
                form, weights, spelling, form_schema(schema)
            )
            self._kept.added()
        return found

    def __len__(self) -> int:
        return len(self.entry_states)

    # -- persisting (plain values only: marshal-able) ----------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {
            "publications": self.publications,
            "entry_states": self.entry_states,
            "name_entry": self.name_entry,
            "name_kind": self.name_kind,
            "name_form": self.name_form,
            "form_text": self.form_text,
            "form_schema": self.form_schema,
            "form_tokens": self.form_tokens,
            "tokens": self.tokens.to_state(),
            "weights": (self.weights.weights, self.weights.default),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> ScreeningIndex:
        index = cls.__new__(cls)
        index.__setstate__(state)
        return index

    def __getstate__(self) -> dict[str, Any]:
        return self.to_state()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.publications = tuple(state["publications"])
        self.entry_states = state["entry_states"]
        self.name_entry = state["name_entry"]
        self.name_kind = state["name_kind"]
        self.name_form = state["name_form"]
        self.form_text = state["form_text"]
        self.form_schema = state["form_schema"]
        self.form_tokens = state["form_tokens"]
        self.tokens = TokenIndex.from_state(state["tokens"])
        weights, default = state["weights"]
        self.weights = TokenWeights(weights, default)
        self._form_numbers = {}
        self._pending = []
        self._forms = {}
        self._spellings = {}
        self._views()
