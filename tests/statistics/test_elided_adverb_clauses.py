"""A count whose noun is left out opens a clause with an adverb of time between its
auxiliary and "been" or "led" ("and 12 have since been charged", guard
``adverb_after_auxiliary`` of :data:`pressfacts.statistics.elided_words.CLAUSE_VERB_AFTER`),
or a reported clause after "and that" with "at least" ("and that at least 19 had led to an
arrest", guard ``reported_that_clause`` of ``CLAUSE_BEFORE``): the rule ``clause_passive``
gives it the noun of the count before. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts.statistics.elided_counts import elided_rule

# (words before the number, words after it, the elided-count rule or None)
CLAUSES: list[tuple[str, str, str | None]] = [
    ("Officers made 36 arrests, and ", " have since been charged.", "clause_passive"),
    ("The unit seized 80 phones, while ", " have now been examined.", "clause_passive"),
    ("The FA received 410 complaints, and ", " have already been upheld.", "clause_passive"),
    ("The charity passed 63 reports to police, and ", " had so far led to a charge.",
     "clause_passive"),
    ("She said 90 referrals were made, and that at least ", " had been accepted.",
     "clause_passive"),
    ("He said 44 reports came in, and that ", " were passed to police.", "clause_passive"),
    # near misses: a noun of its own; no participle after "been"; not a clause opening
    ("Officers made 36 arrests, and ", " men have since been charged.", None),
    ("Officers made 36 arrests, and ", " have since been there.", None),
    ("She said that at least ", " have since been charged.", None),
]  # fmt: skip


@pytest.mark.parametrize(("before", "after", "expected"), CLAUSES)
def test_adverb_and_reported_clauses(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected
