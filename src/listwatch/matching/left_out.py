"""Words a name leaves out as usage does, which weigh less in a comparison than other
unpaired words: a patronymic (``Dmitry Rogozin`` for ``ROGOZIN, Dmitry Olegovich``), middle
names after the comma (``AL-BATHALI, Mubarak`` for ``AL-BATHALI, Mubarak Mushakhas Sanad``),
an Arabic article (``ASSAD`` for ``AL-ASSAD``) and a nasab (``TRABELSI, Mourad`` for
``TRABELSI, Mourad Ben Ali``).

:func:`weigh_left_out` takes the token pairs the comparator made and returns the two names'
weights with such words scaled by :data:`LEFT_OUT`, and notes saying which. A new kind of
word left out belongs in :attr:`~listwatch.text.name_form.NameForm.may_leave_out` too: the
score ceiling (:mod:`listwatch.matching.ceiling_kernel`) counts those words at
:data:`LEFT_OUT` in its totals, and would otherwise rule out names this could lift.
"""

from __future__ import annotations

from listwatch.matching.token_similarity import CROSS
from listwatch.text.name_form import NameForm
from listwatch.text.syllables import is_romanised_syllable

__all__ = ["LEFT_OUT", "weigh_left_out"]

#: Weight factor of words one name has and the other leaves out as usage does: ordinary
#: usage, not another person. Two different patronymics (``Ivanovich``/``Olegovich``) or
#: fathers' names keep their full weight.
LEFT_OUT = 0.5

_NONE: frozenset[int] = frozenset()
#: Least similarity of the word after an article left out (the same word, or spelled alike),
#: and in an organisation's name across scripts.
_ARTICLE_WORD = 0.85
_ARTICLE_WORD_ACROSS = 0.95
#: First words of Arabic compound given names: the word after one is part of the same name
#: (``Abdul Latif``, ``Abu Bakr``), not a middle name that may be left out.
_COMPOUND_NAME_HEADS = frozenset(
    {"abd", "abdul", "abdel", "abdal", "abdol", "abdool", "abdur", "abdus", "abu", "abou"}
)

Weights = tuple[float, ...]


def weigh_left_out(
    q: NameForm,
    c: NameForm,
    pairs: list[tuple[int, int, float, str]],
    qw: Weights,
    cw: Weights,
    notes: list[str],
) -> tuple[Weights, Weights, bool]:
    """The weights of ``q`` and ``c`` with the words left out as usage does scaled, and
    whether any was (a note for each kind is added to ``notes``)."""
    patronymics = bool(q.patronymics or c.patronymics)
    given = q.schema == "Person" == c.schema and bool(q.given_names or c.given_names)
    articles = bool(q.articles or c.articles)
    nasab = bool(q.nasab or c.nasab)
    if not (patronymics or given or articles or nasab):
        return qw, cw, False
    scaled = False
    used_q = {i for i, _j, _s, _h in pairs}
    used_c = {j for _i, j, _s, _h in pairs}
    if articles:
        person = q.schema == "Person"
        sure = [(i, j) for i, j, score, how in pairs if _sure_word(score, how, person)]
        article_q = _articles_left_out(q, used_q, {i for i, _j in sure})
        article_c = _articles_left_out(c, used_c, {j for _i, j in sure})
        if article_q or article_c:
            qw, cw = _scaled(qw, article_q), _scaled(cw, article_c)
            used_q |= article_q  # part of a paired family name
            used_c |= article_c
            scaled = True
            notes.append("article left out")
    if nasab:
        nasab_q, nasab_c = _nasab_left_out(q, used_q), _nasab_left_out(c, used_c)
        qw, cw, nasab_scaled = _one_side_left_out(qw, cw, nasab_q, nasab_c)
        if nasab_scaled:
            used_q |= nasab_q  # usage, not a name of its own
            used_c |= nasab_c
            scaled = True
            notes.append("father's name left out")
    if patronymics:
        left_q, left_c = q.patronymics - used_q, c.patronymics - used_c
        qw, cw, patronymic_scaled = _one_side_left_out(qw, cw, left_q, left_c)
        if patronymic_scaled:
            scaled = True
            notes.append("patronymic left out")
    left_q = _given_names_left_out(q, c, used_q, used_c) if given else _NONE
    left_c = _given_names_left_out(c, q, used_c, used_q) if given else _NONE
    if left_q or left_c:
        qw, cw = _scaled(qw, left_q), _scaled(cw, left_c)
        scaled = True
        notes.append("middle names left out")
    return qw, cw, scaled


def _one_side_left_out(
    qw: Weights, cw: Weights, left_q: frozenset[int], left_c: frozenset[int]
) -> tuple[Weights, Weights, bool]:
    """The weights with the words one name leaves out (``left_q`` or ``left_c``: unpaired
    patronymics, fathers' names) scaled by :data:`LEFT_OUT` when the other name leaves none
    of its own out; whether any was. Both names leaving theirs out are two different ones."""
    if left_q and not left_c:
        return _scaled(qw, left_q), cw, True
    if left_c and not left_q:
        return qw, _scaled(cw, left_c), True
    return qw, cw, False


def _given_names_left_out(
    named: NameForm, other: NameForm, used_named: set[int], used_other: set[int]
) -> frozenset[int]:
    """The unpaired given names of ``named`` (written after the comma of ``SURNAME, Given
    Names``) after its first paired one, when ``other`` pairs every one of its own words and
    ``named`` every surname: middle names, or a father's and grandfather's names, left out as
    usage does (``AL-BATHALI, Mubarak`` for ``AL-BATHALI, Mubarak Mushakhas Sanad``, and the
    other way round).

    Not a surname left out (``Carlos Alvarez`` is not ``MARTINEZ ALVAREZ, Carlos``), nor names
    whose parts the list does not tell apart (``STEPHEN EDWARD SMITH``), nor Chinese and Korean
    names, whose syllables write one given name (``WANG, Wen Chou``)."""
    given = named.given_names
    if not given or len(used_other) < 2 or any(k not in used_other for k in range(other.size)):
        return frozenset()
    if any(j not in used_named for j in range(given, named.size)):
        return frozenset()  # a surname left out
    first = min(used_named)
    if first >= given or all(is_romanised_syllable(t) for t in named.tokens[: named.size]):
        return frozenset()
    tokens = named.tokens
    return frozenset(
        j
        for j in range(first + 1, given)
        if j not in used_named
        and j not in named.patronymics
        and tokens[j - 1] not in _COMPOUND_NAME_HEADS
    )


def _sure_word(score: float, how: str, person: bool) -> bool:
    """Whether a word is paired surely enough for the article before it to count as left
    out: across scripts, spellings alike are more often other words in an organisation's
    name (``qada`` is not ``fadda``) than in a person's."""
    across = how == CROSS and not person
    return score >= (_ARTICLE_WORD_ACROSS if across else _ARTICLE_WORD)


def _articles_left_out(form: NameForm, used: set[int], sure: set[int]) -> frozenset[int]:
    """The unpaired articles of ``form`` whose word is paired ``sure``ly (``al`` of
    ``AL-ASSAD`` against ``ASSAD``): the article is usage, not another name. Not the article
    of a word merely spelled alike (``AL-MASRI`` is not ``NATSRI``)."""
    return frozenset(k for k in form.articles if k not in used and k + 1 in sure)


def _nasab_left_out(form: NameForm, used: set[int]) -> frozenset[int]:
    """The positions of each nasab of ``form`` (``bin muhammad``) left wholly unpaired."""
    return frozenset(
        k for pair in form.nasab if pair[0] not in used and pair[1] not in used for k in pair
    )


def _scaled(weights: Weights, positions: frozenset[int]) -> Weights:
    return tuple(w * LEFT_OUT if k in positions else w for k, w in enumerate(weights))
