"""A name prepared once for fast comparison: :func:`prepare_name` → :class:`NameForm`.

Preparing does all the text work (normalisation, transliteration, word order, legal forms,
phonetic keys, nickname groups, default weights), so that comparing two prepared names only
aligns tokens (:func:`listwatch.matching.compare_names`). Prepare each list name once when an
index is built and each query once per screening.
"""

from __future__ import annotations

from typing import TypeVar, cast

from listwatch.text.articles import article_positions
from listwatch.text.business_words import business_word_groups
from listwatch.text.common_words import base_weight
from listwatch.text.nasab import nasab_positions
from listwatch.text.nicknames import nickname_groups
from listwatch.text.patronymics import patronymic_positions
from listwatch.text.phonetics import phonetic_key, skeleton
from listwatch.text.tokens import tokenize_name
from listwatch.text.translit import ABJAD_SCRIPTS, SYLLABIC_SCRIPTS

__all__ = ["ANNOTATION_WEIGHT", "NameForm", "TokenFeatures", "form_schema", "prepare_name"]

#: Weight factor of annotation tokens (in parentheses or after a comma in a company name).
ANNOTATION_WEIGHT = 0.3

#: What the comparator reads about one token, in one tuple for speed: token, phonetic key,
#: skeleton, loose skeleton, script, abjad?, number?, initial?, nickname groups.
TokenFeatures = tuple[str, str, str, str, str, bool, bool, bool, frozenset[int]]

#: One empty set for every name without a number, patronymic, article or nasab (most names):
#: an empty frozenset is an object of 216 bytes, and a list name is kept for as long as the
#: index is.
_EMPTY: frozenset[object] = frozenset()
_T = TypeVar("_T")


def _shared_if_empty(found: frozenset[_T]) -> frozenset[_T]:
    return found if found else cast("frozenset[_T]", _EMPTY)


#: Scripts written in Latin letters or without letters (digits): compared as one script.
_LATIN_LIKE = frozenset({"latin", "other"})


class NameForm:
    """One prepared name. Tuples are parallel: index ``i`` describes ``tokens[i]``.

    Attributes:
        original: the name as given.
        schema: its FollowTheMoney schema (``Person``, ``Organization``, ``Vessel``…).
        tokens: normalised tokens, given names first for people, then annotation tokens.
        scripts: the script each token was written in (``latin``, ``cyrillic``, ``arabic``…).
        abjad: whether the token came from Arabic or Hebrew script (vowels unwritten).
        phonetic: vowel-keeping phonetic keys; skeletons: consonant-class keys; loose: the
            skeletons without ``v`` (compared with Arabic and Hebrew words).
        nicknames: nickname group ids of each token (people), or the groups of business words
            and their English renderings (organisations: ``zavod``/``plant``,
            :mod:`listwatch.text.business_words`).
        weights: default weight of each token (common words and annotations weigh less);
            total_weight: their sum.
        features: the per-token values above, one tuple per token (read by the comparator).
        numeric: whether the token is a number; initial: whether it is a single letter.
        annotation: whether the token is an annotation (parentheses, after a comma).
        joined: the name tokens (no annotations) run together (``alqaida``); joined_whole:
            the same with legal forms left in (``jscargument``).
        size: the number of name tokens (without annotations).
        given_names: how many leading tokens are known to be given names (written after the
            comma of ``SURNAME, Given Names``; 0 when the name does not say).
        legal_forms: legal forms removed from an organisation's name (``s a de c v``).
        numbers: the set of number tokens.
        patronymics: the positions of a person's patronymic (``olegovich``; two for a Turkic
            one, ``fikret oglu``), which a name written without it leaves out
            (:mod:`listwatch.text.patronymics`).
        articles: the positions of Arabic articles (``al`` of ``al assad``; not in vessel
            names), which a name written without them leaves out
            (:mod:`listwatch.text.articles`).
        nasab: the (particle, name) positions of a person's nasab (``bin muhammad``), which a
            name written without it leaves out (:mod:`listwatch.text.nasab`).
    """

    __slots__ = (
        "abjad",
        "annotation",
        "articles",
        "features",
        "given_names",
        "initial",
        "joined",
        "joined_whole",
        "legal_forms",
        "loose",
        "may_leave_out",
        "nasab",
        "nicknames",
        "numbers",
        "numeric",
        "original",
        "patronymics",
        "phonetic",
        "schema",
        "scripts",
        "size",
        "skeletons",
        "syllabic",
        "token_set",
        "tokens",
        "total_weight",
        "weights",
    )

    def __init__(self, original: str, schema: str) -> None:
        self.original = original
        self.schema = schema
        parts = tokenize_name(original, schema)
        tokens = (*parts.tokens, *parts.annotations)
        self.tokens: tuple[str, ...] = tokens
        self.annotation: tuple[bool, ...] = (False,) * len(parts.tokens) + (True,) * len(
            parts.annotations
        )
        scripts = [s if s not in _LATIN_LIKE else "latin" for s in parts.scripts]
        scripts += ["latin"] * len(parts.annotations)
        self.scripts: tuple[str, ...] = tuple(scripts)
        self.abjad: tuple[bool, ...] = tuple(s in ABJAD_SCRIPTS for s in scripts)
        self.phonetic: tuple[str, ...] = tuple(phonetic_key(t) for t in tokens)
        self.skeletons: tuple[str, ...] = tuple(skeleton(t) for t in tokens)
        self.loose: tuple[str, ...] = tuple(skeleton(t, loose=True) for t in tokens)
        self.size = len(parts.tokens)
        self.given_names: int = parts.given
        #: Whether a name token is written in Chinese, Korean or Japanese script.
        self.syllabic = any(s in SYLLABIC_SCRIPTS for s in scripts[: self.size])
        groups = nickname_groups if schema == "Person" else business_word_groups
        self.nicknames: tuple[frozenset[int], ...] = tuple(groups(t) for t in tokens)
        self.numeric: tuple[bool, ...] = tuple(t.isdigit() for t in tokens)
        self.initial: tuple[bool, ...] = tuple(len(t) == 1 and t.isalpha() for t in tokens)
        self.weights: tuple[float, ...] = tuple(
            base_weight(t) * (ANNOTATION_WEIGHT if note else 1.0)
            for t, note in zip(tokens, self.annotation, strict=True)
        )
        self.total_weight: float = sum(self.weights) or 1.0
        self.features: tuple[TokenFeatures, ...] = tuple(
            zip(
                tokens,
                self.phonetic,
                self.skeletons,
                self.loose,
                self.scripts,
                self.abjad,
                self.numeric,
                self.initial,
                self.nicknames,
                strict=True,
            )
        )
        self.joined: str = "".join(parts.tokens)
        self.joined_whole: str = "".join(parts.whole)
        self.token_set: frozenset[str] = frozenset(tokens)
        self.legal_forms: tuple[str, ...] = tuple(parts.legal_forms)
        person = schema == "Person"
        self.numbers: frozenset[str] = _shared_if_empty(
            frozenset(t for t in parts.tokens if t.isdigit())
        )
        self.patronymics: frozenset[int] = _shared_if_empty(
            patronymic_positions(tokens, self.size) if person else frozenset()
        )
        self.articles: frozenset[int] = _shared_if_empty(
            article_positions(tokens, self.size) if schema != "Vessel" else frozenset()
        )
        self.nasab: frozenset[tuple[int, int]] = _shared_if_empty(
            nasab_positions(tokens, self.size) if person else frozenset()
        )
        may_leave_out = self.patronymics | self.articles
        if person and (self.nasab or self.given_names > 1):
            middle = range(1, self.given_names)
            may_leave_out |= {k for pair in self.nasab for k in pair}.union(middle)
        self.may_leave_out: frozenset[int] = _shared_if_empty(may_leave_out)

    def __repr__(self) -> str:
        return f"NameForm({self.original!r}, {self.schema!r}, tokens={list(self.tokens)!r})"

    def __len__(self) -> int:
        return len(self.tokens)


def form_schema(schema: str) -> str:
    """The schema a name of an entry of ``schema`` is prepared and compared as: people,
    vessels, and every other party as an organisation."""
    return schema if schema in ("Person", "Vessel") else "Organization"


def prepare_name(value: str, schema: str = "Person") -> NameForm:
    """Normalise, transliterate and tokenise ``value`` once for comparisons."""
    return NameForm(value, schema)
