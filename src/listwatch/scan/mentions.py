"""Scoring candidate spans as list names, and choosing the mentions of a text.

Each candidate span from the :class:`~listwatch.scan.spotter.Spotter` is prepared as a name of
the list entry's kind (person, organisation, vessel) and compared with the list name by
:func:`~listwatch.matching.compare_names`, exactly as ``screen`` compares a query; weak aliases
are discounted the same way. Spans scoring at least the threshold compete: the best-scoring
span wins (the longer one on a tie), spans overlapping it are dropped, and each chosen span
lists every entry it matches (the same party on several lists), best first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from listwatch.index import KIND_FACTORS, ScreeningIndex
from listwatch.index.entries import entry_fields
from listwatch.matching.name_compare import DEFAULT_THRESHOLD, QUERY_SHARE, compare_names
from listwatch.scan.spotter import MIN_COVERAGE, Spotter, get_spotter
from listwatch.scan.tokens import tokenize_text
from listwatch.sources.registry import dataset_rank
from listwatch.text import NameForm, form_schema, prepare_name

__all__ = ["Mention", "MentionMatch", "find_mentions"]

#: Slack between the coverage that the threshold needs and the spotter's cheaper estimate.
_COVERAGE_SLACK = 0.1


@dataclass(slots=True)
class MentionMatch:
    """One list entry that a mention matches."""

    entity_id: str
    dataset: str
    schema: str
    caption: str
    programs: tuple[str, ...]
    published: str
    score: float
    matched_name: str
    matched_kind: str

    def to_dict(self) -> dict[str, Any]:
        return {
            **entry_fields(self),
            "score": round(self.score, 4),
            "matched_name": self.matched_name,
            "matched_name_kind": self.matched_kind,
        }


@dataclass(slots=True)
class Mention:
    """A span of the text (``text[start:end]``) and the entries it matches, best first.

    ``field`` names the message field it was found in (``:59:``, ``Cdtr/Nm``) and ``how`` says
    whether the field was screened as a name (``name``) or scanned as free text (``text``).
    """

    start: int
    end: int
    text: str
    matches: list[MentionMatch]
    field: str | None = None
    how: str = "text"

    @property
    def score(self) -> float:
        return max((m.score for m in self.matches), default=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "field": self.field,
            "how": self.how,
            "score": round(self.score, 4),
            "matches": [m.to_dict() for m in self.matches],
        }


class _Scorer:
    """Memoised span scoring: the same names recur throughout a text and across texts."""

    __slots__ = ("forms", "index", "scores")

    def __init__(self, index: ScreeningIndex) -> None:
        self.index = index
        self.forms: dict[tuple[str, str], NameForm] = {}
        self.scores: dict[tuple[str, int], float] = {}

    def score(self, query: str, name_no: int) -> float:
        key = (query, name_no)
        found = self.scores.get(key)
        if found is None:
            name = self.index.names[name_no]
            schema = form_schema(self.index.entries[name.entry_no].schema)
            form = self.forms.get((query, schema))
            if form is None:
                if len(self.forms) > 100_000:
                    self.forms.clear()
                form = self.forms[(query, schema)] = prepare_name(query, schema)
            match = compare_names(form, name.form, self.index.weights)
            if len(self.scores) > 1_000_000:
                self.scores.clear()
            found = self.scores[key] = match.score * KIND_FACTORS[name.kind]
        return found


_SCORERS: dict[int, _Scorer] = {}


def _scorer(spotter: Spotter) -> _Scorer:
    found = _SCORERS.get(id(spotter))
    if found is None or found.index is not spotter.index:
        _SCORERS.clear()
        found = _SCORERS[id(spotter)] = _Scorer(spotter.index)
    return found


def find_mentions(
    text: str,
    index: ScreeningIndex,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    offset: int = 0,
    field: str | None = None,
) -> list[Mention]:
    """Every mention of a listed party in ``text``, in text order.

    Offsets are character offsets into ``text`` plus ``offset`` (for a field inside a message).
    """
    spotter = get_spotter(index)
    scorer = _scorer(spotter)
    tt = tokenize_text(text)
    coverage = max(MIN_COVERAGE, (threshold - QUERY_SHARE) / (1 - QUERY_SHARE) - _COVERAGE_SLACK)
    spans: dict[tuple[int, int], dict[int, tuple[float, int]]] = defaultdict(dict)
    for lo, hi, name_no in spotter.candidates(tt, coverage):
        score = scorer.score(" ".join(tt.norms[lo : hi + 1]), name_no)
        if score < threshold:
            continue
        entry_no = index.names[name_no].entry_no
        best = spans[(lo, hi)].get(entry_no)
        if best is None or score > best[0]:
            spans[(lo, hi)][entry_no] = (score, name_no)
    ranked = sorted(spans.items(), key=_rank)
    taken: set[int] = set()
    mentions: list[Mention] = []
    for (lo, hi), found in ranked:
        if taken.intersection(range(lo, hi + 1)):
            continue
        taken.update(range(lo, hi + 1))
        start, end = tt.starts[lo], tt.ends[hi]
        mentions.append(
            Mention(start + offset, end + offset, text[start:end], _matches(index, found), field)
        )
    return sorted(mentions, key=lambda m: m.start)


def _rank(item: tuple[tuple[int, int], dict[int, tuple[float, int]]]) -> tuple[float, int, int]:
    """Best score first, then the longer span, then text order."""
    (lo, hi), found = item
    return -max(score for score, _ in found.values()), lo - hi, lo


def _matches(index: ScreeningIndex, found: dict[int, tuple[float, int]]) -> list[MentionMatch]:
    unique: dict[str, MentionMatch] = {}
    for entry_no, (score, name_no) in found.items():
        entry = index.entries[entry_no]
        name = index.names[name_no]
        kept = unique.get(entry.entity_id)
        if kept is not None and (kept.score, kept.published) >= (score, entry.published):
            continue
        unique[entry.entity_id] = MentionMatch(
            entry.entity_id,
            entry.dataset,
            entry.schema,
            entry.caption,
            entry.programs,
            entry.published,
            score,
            name.form.original,
            name.kind,
        )
    return sorted(unique.values(), key=lambda m: (-m.score, dataset_rank(m.dataset), m.entity_id))
