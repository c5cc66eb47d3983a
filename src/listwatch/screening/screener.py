"""Screening one query against an index: retrieve candidates, compare names, weigh evidence."""

from __future__ import annotations

from collections import OrderedDict

from listwatch.config import DEFAULT_NAME_MEMO
from listwatch.index import KIND_FACTORS, NAME_KINDS, ScreeningIndex
from listwatch.index.entries import ListEntry
from listwatch.matching.features import (
    Feature,
    birth_date_feature,
    country_feature,
    gender_feature,
    identifier_feature,
    partial_name_feature,
    schema_feature,
)
from listwatch.matching.name_compare import DEFAULT_THRESHOLD, NameMatch, compare_names
from listwatch.matching.result import MatchResult
from listwatch.matching.score_ceiling import query_ceiling
from listwatch.screening.query import Query
from listwatch.sources.registry import dataset_rank
from listwatch.text import NameForm, form_schema, prepare_name
from listwatch.text.former_names import split_former_names

__all__ = ["DEFAULT_THRESHOLD", "Screener"]

#: Names retrieved per query for full comparison.
CANDIDATES = 48
#: How far below the threshold a name may score and still be lifted by evidence. Retrieval
#: keeps this room even when the query's own evidence could add less: with a higher floor it
#: misses names met only through a pair it cannot see (``HAN Sahbaz`` ~ ``KHAN Shahbaz``).
EVIDENCE_MARGIN = 0.1

#: (entry number, name score, match, matched name, kind) of an entry's best-matching name.
_NameHit = tuple[int, float, NameMatch, str, str]


class Screener:
    """Screens queries against one :class:`ScreeningIndex`."""

    def __init__(
        self,
        index: ScreeningIndex,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        exhaustive: bool = False,
        memo_size: int = DEFAULT_NAME_MEMO,
    ) -> None:
        """``exhaustive`` compares every indexed name instead of the retrieved candidates
        (slow; the reference the index's recall is measured against). ``memo_size`` query
        names have their name matches remembered (0: none), so a repeated name is compared
        once; birth date, country and other evidence are weighed afresh for every query."""
        self.index = index
        self.threshold = threshold
        self.exhaustive = exhaustive
        self.memo_size = memo_size
        #: (name, schema, floor) → the entries whose best name reaches ``floor``: the name
        #: comparison depends on nothing else, so a repeated name is compared once.
        self._memo: OrderedDict[tuple[str, str | None, float], tuple[_NameHit, ...]] = OrderedDict()

    def _name_hits(self, query: Query, floor: float) -> tuple[_NameHit, ...]:
        """The entries whose best-matching name scores at least ``floor``, memoised."""
        key = (query.name, query.schema, floor)
        keep = floor > 0 and self.memo_size > 0  # not everything retrieved (include_below)
        memo = self._memo
        hits = memo.get(key) if keep else None
        if hits is None:
            # A former name written into the query (``… (ex-Pacific Sower)``) is screened too.
            current, former = split_former_names(query.name)
            best = self._best_names(self._forms(current, query.schema), floor)
            for name in former:
                found = self._best_names(self._forms(name, query.schema), floor)
                for entry_no, hit in found.items():
                    kept = best.get(entry_no)
                    if kept is None or hit[0] > kept[0]:
                        best[entry_no] = hit
            hits = tuple(
                (entry_no, score, match, matched, kind)
                for entry_no, (score, match, matched, kind) in best.items()
                if score >= floor
            )
            if keep:
                if len(memo) >= self.memo_size:
                    memo.popitem(last=False)  # the oldest name is forgotten first
                memo[key] = hits
        return hits

    def _forms(self, name: str, schema: str | None) -> dict[str, NameForm]:
        kinds = [form_schema(schema)] if schema else ["Person", "Organization"]
        return {kind: prepare_name(name, kind) for kind in kinds}

    def _best_names(
        self, forms: dict[str, NameForm], floor: float
    ) -> dict[int, tuple[float, NameMatch, str, str]]:
        """entry number → (name score, match, matched name, kind) of its best-matching name."""
        index = self.index
        name_form, name_entry, name_kind = index.name_form, index.name_entry, index.name_kind
        best: dict[int, tuple[float, NameMatch, str, str]] = {}
        for form in forms.values():
            weights = index.weights.apply(form)
            retrieved = (
                range(len(name_form))
                if self.exhaustive
                else index.tokens.candidates(
                    form.tokens, form.phonetic, weights, form.joined, CANDIDATES, floor
                )
            )
            compare = _FormComparer(self, forms, form, weights, floor)
            for name_no in retrieved:
                match = compare(name_form[name_no])
                if match is None:
                    continue
                kind = NAME_KINDS[name_kind[name_no]]
                score = match.score * KIND_FACTORS[kind]
                entry_no = name_entry[name_no]
                current = best.get(entry_no)
                if current is None or score > current[0]:
                    best[entry_no] = (score, match, match.candidate_name, kind)
        return best

    def _features(self, query: Query, entry: ListEntry) -> list[Feature]:
        found = [
            schema_feature(query.schema, entry),
            birth_date_feature(query.birth_date, entry) if entry.schema == "Person" else None,
            country_feature(query.country, entry),
            gender_feature(query.gender, entry),
            identifier_feature(query.identifiers, entry),
        ]
        return [f for f in found if f is not None]

    def screen(
        self,
        query: Query,
        *,
        threshold: float | None = None,
        limit: int = 10,
        include_below: bool = False,
    ) -> list[MatchResult]:
        """Results at or above ``threshold`` (or all scored ones with ``include_below``), best
        first, at most ``limit``."""
        cut = self.threshold if threshold is None else threshold
        margin = EVIDENCE_MARGIN + (0.4 if query.identifiers else 0.0)
        results: list[MatchResult] = []
        floor = 0.0 if include_below else round(cut - margin, 6)
        for entry_no, name_score, match, matched, kind in self._name_hits(query, floor):
            entry = self.index.entries[entry_no]
            features = self._features(query, entry)
            if entry.schema == "Person":
                partial = partial_name_feature(
                    query.schema,
                    match.query_size,
                    match.skipped_inner_candidate_tokens,
                    features,
                )
                if partial:
                    features.append(partial)
            score = min(1.0, max(0.0, name_score + sum(f.contribution for f in features)))
            score = round(score, 6)  # 0.85 - 0.05 is 0.8, not 0.7999999
            if score < cut and not include_below:
                continue
            results.append(
                MatchResult(
                    entity_id=entry.entity_id,
                    dataset=entry.dataset,
                    schema=entry.schema,
                    caption=entry.caption,
                    programs=entry.programs,
                    published=entry.published,
                    score=score,
                    match=score >= cut,
                    name_score=name_score,
                    query_name=query.name,
                    matched_name=matched,
                    matched_kind=kind,
                    names=match.explanation,
                    features=features,
                )
            )
        unique: dict[str, MatchResult] = {}
        for result in results:  # the same entry may be indexed from several publications
            kept = unique.get(result.entity_id)
            if kept is None or (result.score, result.published) > (kept.score, kept.published):
                unique[result.entity_id] = result
        ranked = sorted(
            unique.values(), key=lambda r: (-r.score, dataset_rank(r.dataset), r.entity_id)
        )
        return ranked[:limit] if limit else ranked


class _FormComparer:
    """Compares one query form with list forms: the same name is often listed by several
    lists (and entries), and spelled alike in several ways, but compared once; and names
    whose score bound stays under the floor are not compared at all."""

    __slots__ = (
        "ceiling",
        "floor",
        "form",
        "index",
        "other_kinds",
        "prepared",
        "seen",
        "weights",
    )

    def __init__(
        self,
        screener: Screener,
        forms: dict[str, NameForm],
        form: NameForm,
        weights: tuple[float, ...],
        floor: float,
    ) -> None:
        self.index = screener.index
        self.prepared = self.index.prepared_forms
        self.form = form
        self.weights = weights
        self.floor = floor
        #: List forms of these kinds are compared with the query's form of their kind.
        self.other_kinds = frozenset(kind for kind, other in forms.items() if other is not form)
        # Everything is compared when everything scored is wanted (floor 0) or exhaustively.
        bounded = floor > 0 and not screener.exhaustive
        self.ceiling = query_ceiling(form, weights) if bounded else None
        #: Spelling number → its match, or ``None`` where its score cannot reach the floor.
        self.seen: dict[int, NameMatch | None] = {}

    def __call__(self, form_no: int) -> NameMatch | None:
        """The match with list form ``form_no``; ``None`` if that form is compared with the
        query form of its entry's kind instead, or cannot reach the floor (kind factors
        only lower a score)."""
        prepared = self.prepared.get(form_no)  # (the index's own memo, without a call)
        c, c_weights, spelling, kind = prepared or self.index.form(form_no)
        if kind in self.other_kinds:
            return None
        seen = self.seen
        if spelling in seen:
            # Names spelled alike (other case, punctuation) score alike.
            earlier = seen[spelling]
            return earlier.for_candidate(c) if earlier is not None else None
        ceiling = self.ceiling
        if ceiling is not None and not ceiling.could_reach(c, c_weights, self.floor):
            seen[spelling] = None
            return None
        match = seen[spelling] = compare_names(
            self.form, c, self.index.weights, q_weights=self.weights, c_weights=c_weights
        )
        return match
