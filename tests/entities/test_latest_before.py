"""For a short form ("Ashcroft"), the person found last of those named before it: found
by bisection over the people's starts."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from pressfacts.entities.person_context import PersonMention, latest_before


@pytest.mark.parametrize(
    ("starts", "at", "expected"),
    [
        ([10, 50, 30], 40, 2),  # found third, named before 40: the last found of 10 and 30
        ([10, 50, 30], 60, 2),  # all before: the last found, not the last named
        ([10, 50, 30], 20, 0),
        ([10, 50, 30], 5, None),  # none before
        ([30, 30, 10], 31, 2),  # two at one place, all before
    ],
)
def testlatest_before(starts: list[int], at: int, expected: int | None) -> None:
    """Each case: starts in the order the people were found, a place, who is taken."""
    people = [PersonMention(start, start + 5, f"P{i} Name") for i, start in enumerate(starts)]
    plain = [index for index, person in enumerate(people) if person.start < at]
    assert (plain[-1] if plain else None) == expected
    sorted_starts, last = latest_before(people)
    before = bisect_left(sorted_starts, at)
    assert (last[before - 1] if before else None) == expected
