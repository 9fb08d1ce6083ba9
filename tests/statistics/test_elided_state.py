"""A count opening a clause that tells a state of a part of the people just counted
("…, and 356 were homeless", "while 40 were still unemployed") leaves their noun unsaid
(rule ``clause_state`` of :data:`pressfacts.statistics.elided_counts.ELIDED_RULES`);
near misses: a noun of its own after the count, a state word outside the list, no
clause opening before it."""

from __future__ import annotations

import pytest

from pressfacts.statistics.elided_counts import elided_rule


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "The 812 men released from HMP Bristol had no address, and ",
            " were homeless.",
            "clause_state",
        ),
        ("Mentors supported 96 prison leavers, while ", " were still unemployed.", "clause_state"),
        ("Crews rescued 31 walkers, but ", " were unhurt.", "clause_state"),
        ("Staff traced 212 children, and ", " had been missing for weeks.", "clause_state"),
        ("The 64 people freed were taken to safety, and ", " were sleeping rough.", "clause_state"),
        # near misses
        ("The 812 men released had no address, and ", " homeless men were housed.", None),
        ("The 40 women rescued were safe, and ", " were pregnant.", None),
        ("Mentors supported 96 prison leavers. ", " were homeless.", None),
    ],
)
def test_clause_state(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected
