"""A count with no noun of its own, opening its sentence as the subject of what happened
to the things just counted, or as how many there were, or restating the count before as
a rate (``elided_subjects``)."""

from __future__ import annotations

import pytest

from pressfacts.statistics.elided_subjects import opens_passive, restates_rate

# (words before the number in its sentence, words after it, whether it elides its noun)
OPENINGS: list[tuple[str, str, bool]] = [
    ("", " were handed in at one bin.", True),
    ("More than ", " were returned to owners.", True),
    ("In Telford, ", " were reported.", True),  # a short place lead-in
    ("During May, ", " were seized.", True),
    ("In Hull alone there were ", ".", True),
    ("There were ", ", the force said.", True),
    ("In Hull alone there were ", " more in June", False),  # the clause goes on
    ("Officers said ", " were handed in.", False),  # not the sentence's opening
    ("", " were there.", False),  # no participle
    (
        "In a statement issued by the force on Monday evening after the long raid, ",
        " were seized.",
        False,
    ),
]


@pytest.mark.parametrize(("before", "after", "expected"), OPENINGS)
def test_opens_passive(before: str, after: str, expected: bool) -> None:
    assert opens_passive(before, after) is expected


# (words before the number in its sentence, words after it, whether it restates a rate)
RESTATEMENTS: list[tuple[str, str, bool]] = [
    ("That is an average of almost ", " a week.", True),
    ("This is around ", " a day.", True),
    ("That works out at ", " per month.", True),
    ("That is equivalent to more than ", " every day, the charity said.", True),
    ("That is ", " officers a week.", False),  # a noun of its own
    ("This is ", ".", False),  # no rate
    ("Officers say that is ", " a week.", False),  # not the sentence's opening
]


@pytest.mark.parametrize(("before", "after", "expected"), RESTATEMENTS)
def test_restates_rate(before: str, after: str, expected: bool) -> None:
    assert restates_rate(before, after) is expected
