"""A count with no noun of its own that opens its sentence after "only", "just" or "a
mere" and is the subject of a passive verb counts the noun of the count before
(``named_levels.QUALIFIER``): "Only 812 were solved". Sentences invented."""

from __future__ import annotations

import pytest

from pressfacts.statistics.elided_subjects import opens_passive

# (words before the number in its sentence, words after it, whether it elides its noun)
OPENINGS: list[tuple[str, str, bool]] = [
    ("Only ", " were charged over the same period.", True),
    ("Just ", " were solved.", True),
    ("A mere ", " have been returned to their owners.", True),
    ("In Luton, only ", " were prosecuted.", True),
    # near misses: a noun of its own, no participle, not the sentence's opening
    ("Only ", " burglars were charged.", False),
    ("Only ", " were there.", False),
    ("Officers said only ", " were charged.", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), OPENINGS)
def test_focus_opening_elides_noun(before: str, after: str, expected: bool) -> None:
    assert opens_passive(before, after) is expected
