"""Values held on disk read back as they were put, and merges of nothing make nothing."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.quote_merge import merge_quotes
from pressfacts.knowledge.spilled_list import SpilledList
from pressfacts.knowledge.statistic_merge import merge_statistics

LONG = "a line of a release read back whole " * 4000  # over one spilled piece alone


@pytest.mark.parametrize(
    "values",
    [
        [],
        [("doc:1", ((1, 5, "words"),), None, "said")],
        [None, 0, "", (), ("x", 1.5)],
        [LONG, "short", LONG + "!", 7],
        [(n, f"text {n}") for n in range(5000)],  # many pieces of many values
    ],
)
def test_values_read_back_as_appended(values: list[object]) -> None:
    held = SpilledList()
    for value in values:
        held.append(value)
    assert len(held) == len(values)
    assert [held[index] for index in range(len(values))] == values
    assert [held[index] for index in reversed(range(len(values)))] == values[::-1]


def test_merging_nothing_gives_no_records() -> None:
    assert merge_statistics([]) == []
    assert merge_quotes([], {}) == []
