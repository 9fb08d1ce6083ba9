"""A count opening a clause that tells a part of the things just counted as still running
or open ("…, and 534 were still active", "while 18 remain open") leaves their noun unsaid
(rule ``clause_open_state`` of :data:`pressfacts.statistics.elided_counts.ELIDED_RULES`);
near misses: a noun of its own after the count, a noun after the state, an adverb in
place of the state, no clause opening before it. Sentences invented."""

from __future__ import annotations

import pytest

from pressfacts.statistics.elided_counts import elided_rule


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "Inspectors found 310 unlicensed scrapyards in 2024, and ",
            " were still active at the end of the year.",
            "clause_open_state",
        ),
        ("The force opened 212 fraud investigations, while ", " remain open.", "clause_open_state"),
        ("The council issued 96 abatement notices, but ", " are outstanding.", "clause_open_state"),
        ("Wardens logged 58 illegal camps, and ", " were operating in May.", "clause_open_state"),
        # near misses
        ("Inspectors found 310 unlicensed scrapyards, and ", " active sites were shut.", None),
        ("The club signed 96 new members, and ", " were active members by May.", None),
        ("The club signed 96 new members, and ", " were actively recruiting.", None),
        ("Inspectors found 310 unlicensed scrapyards. ", " were still active.", None),
    ],
)
def test_clause_open_state(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected
