import numpy as np

from listwatch.index.coverage import cover, select, select_numpy, top


def _plain_top(keys: list[float], ids: list[int], mask: list[bool], count: int) -> list[int]:
    ranked = sorted(((k, i) for k, i, m in zip(keys, ids, mask, strict=True) if m), reverse=True)
    return [i for _k, i in ranked[:count]]


def test_top_picks_the_largest_keys_and_breaks_ties_by_the_larger_id() -> None:
    rng = np.random.default_rng(7)
    for size, count in [(0, 5), (3, 5), (40, 5), (500, 8), (2000, 64)]:
        keys = rng.choice([0.5, 0.7, 0.75, 0.8, 0.9], size=size)  # many ties
        ids = np.sort(rng.choice(100_000, size=size, replace=False)).astype(np.int32)
        mask = rng.random(size) < 0.7
        want = _plain_top(keys.tolist(), ids.tolist(), mask.tolist(), count)
        assert top(keys, ids, mask, count) == want


def test_cover_sums_finding_groups_and_only_reinforces_names_already_met() -> None:
    first = (1.0, np.array([1, 4], np.int32), np.array([0.5, 1.0]))
    second = (2.0, np.array([4, 9], np.int32), np.array([0.25, 0.75]))
    later = (0.5, np.array([1, 7], np.int32), np.array([0.125, 1.0]))
    met = cover([first, second], [later])
    assert met.ids.tolist() == [1, 4, 9]
    assert met.query.tolist() == [1.5, 3.0, 2.0]
    assert met.name.tolist() == [0.625, 1.25, 0.75]


def test_one_finding_group_is_taken_as_it_is_and_left_unchanged() -> None:
    weights = np.array([0.5, 1.0])
    only = (1.0, np.array([1, 4], np.int32), weights)
    later = (0.5, np.array([1, 7], np.int32), np.array([0.125, 1.0]))
    met = cover([only], [later])
    assert met.ids.tolist() == [1, 4]
    assert met.query.tolist() == [1.5, 1.0]
    assert met.name.tolist() == [0.625, 1.0]
    assert weights.tolist() == [0.5, 1.0]  # the memoised postings are not summed into


def test_select_picks_names_sure_by_their_bound_and_those_reached_only_with_unseen_pairs() -> None:
    ids = np.array([1, 4], np.int32)
    finding = [(1.0, ids, np.array([0.5, 1.0]))]
    totals = np.ones(5)
    for pick in (select_numpy, select):  # numpy's, and the compiled kernel when it is built
        # The query's one token found both names, and its letters run together name 2.
        assert pick(finding, [], [2], totals, 1.0, 0.7, 48, 64, 0.55, 0.75) == ([4, 2, 1], [])
        # Half the query is left unfound: name 1 (bound 0.5) reaches 0.7 only if the half of
        # it left over pairs unseen (0.772), name 4 is sure (0.725).
        assert pick(finding, [], [], totals, 2.0, 0.7, 48, 64, 0.55, 0.75) == ([4], [1])
        assert pick(finding, [], [], totals, 2.0, 0.7, 0, 0, 0.55, 0.75) == ([], [])
