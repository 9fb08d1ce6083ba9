"""A second action on the things just counted, after the first count's span, leaves the
noun out ("drew a Taser in 1,488 incidents in the year to March 2026 and fired it in 203"):
rule ``gapped_preposition_after_span`` of :mod:`pressfacts.statistics.elided_actions`.
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule
from tests.statistics.conftest import UnitPeriodsOf

RULE = "gapped_preposition_after_span"

# (words before the number, words after it, the elided-count rule or None)
ROWS: list[tuple[str, str, str | None]] = [
    (
        "Officers drew a Taser in 1,488 incidents in the year to March 2026 and fired it in ",
        ", the force said.",
        RULE,
    ),
    ("Forces used the device in 36,800 incidents in 2024/25 and discharged it in ", ".", RULE),
    ("Dogs were deployed on 610 occasions during the summer and then used on about ", ".", RULE),
    # near misses: a noun of its own; no preposition again
    ("Officers drew a Taser in 1,488 incidents in 2025 and fired it in ", " cases.", None),
    ("Officers drew a Taser in 1,488 incidents in 2025 and arrested ", ".", None),
]


@pytest.mark.parametrize(("before", "after", "expected"), ROWS)
def test_gapped_preposition_after_span(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


def test_the_second_action_counts_the_noun_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    text = (
        "Officers drew a Taser in 1,488 incidents in the year to March 2026 and fired it "
        "in 203, the force said."
    )
    found = unit_periods_of(nlp, text, dt.date(2026, 5, 10))
    assert [(value, unit) for value, unit, _ in found] == [
        (1488.0, "incidents"),
        (203.0, "incidents"),
    ]
