"""Token weights for name comparison: rare tokens count more than frequent ones."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Set

from listwatch.text.name_form import NameForm

__all__ = ["TokenWeights"]


class TokenWeights:
    """How much each token counts: rare tokens near 1, frequent ones down to ``floor``.

    Built from the names of a list with :meth:`from_names` (an inverse document frequency,
    scaled so that a token in at most 1 name in ``reference`` weighs 1). Tokens never seen
    weigh ``default``.
    """

    __slots__ = ("default", "weights")

    def __init__(self, weights: dict[str, float], default: float = 1.0) -> None:
        self.weights = weights
        self.default = default

    @classmethod
    def from_names(
        cls, names: Iterable[NameForm], floor: float = 0.1, reference: int = 1000
    ) -> TokenWeights:
        """Weights from the document frequency of each token over ``names``."""
        return cls.from_token_sets((form.token_set for form in names), floor, reference)

    @classmethod
    def from_token_sets(
        cls, names: Iterable[Set[str]], floor: float = 0.1, reference: int = 1000
    ) -> TokenWeights:
        """Weights from the document frequency of each token over the names' token sets."""
        counts: Counter[str] = Counter()
        total = 0
        for tokens in names:
            total += 1
            counts.update(tokens)
        if not total:
            return cls({})
        scale = math.log(min(total, reference) + 1)
        weights = {
            token: max(floor, min(1.0, math.log((total + 1) / (df + 0.5)) / scale))
            for token, df in counts.items()
        }
        return cls(weights)

    def weight(self, token: str) -> float:
        """The corpus weight of ``token``."""
        return self.weights.get(token, self.default)

    def apply(self, form: NameForm) -> tuple[float, ...]:
        """The weights of ``form``'s tokens: corpus weight × the form's own default weight."""
        return self.apply_tokens(form.tokens, form.weights)

    def apply_tokens(
        self, tokens: tuple[str, ...], own_weights: tuple[float, ...]
    ) -> tuple[float, ...]:
        """:meth:`apply` for a name known only by its tokens and their own weights."""
        get = self.weights.get
        default = self.default
        return tuple(w * get(t, default) for t, w in zip(tokens, own_weights, strict=True))
