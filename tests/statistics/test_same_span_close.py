"""A named subject's level with its noun left out may close on a period pointing back to
the sentence before ("Neighbouring Sussex recorded 2,310 over the same seven months."):
rule ``same_span_close`` of ``elided_subjects``. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts.statistics.named_levels import names_level

# (words before the number in its sentence, words after it, whether it is a named level)
SAME_SPANS: list[tuple[str, str, bool]] = [
    ("Neighbouring Sussex recorded ", " over the same seven months.", True),
    ("Bradford recorded ", " in the same year.", True),
    ("Torfaen saw ", " during the same period, the force said.", True),
    ("Gwent Police logged ", " over the same three weeks.", True),
    # near misses: a noun of its own; a period of its own; the clause goes on
    ("Bradford recorded ", " thefts in the same year.", False),
    ("Bradford recorded ", " in May.", False),
    ("Bradford recorded ", " in the same year and more in June.", False),
    ("Officers recorded ", " over the same period.", False),  # no named opening
]


@pytest.mark.parametrize(("before", "after", "expected"), SAME_SPANS)
def test_same_span_close(before: str, after: str, expected: bool) -> None:
    assert names_level(before, after) is expected
