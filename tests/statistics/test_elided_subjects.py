"""A count with no noun of its own, opening its sentence as the subject of what happened
to the things just counted, or as how many there were (``elided_subjects``)."""

from __future__ import annotations

import pytest

from pressfacts.statistics.elided_subjects import opens_passive

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
