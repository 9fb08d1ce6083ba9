""" " and that" + a pronoun + a verb of seeking (rules ``seeking_clause`` of
``period_own_clauses`` and ``sought_now`` of ``period_now.HELD_NOW``): the second reported
clause tells what the body still needs when it speaks, so its figure takes no period of
the clause before. Sentences invented; the near misses are acts done, and a clause with
no seeking, which keep the first clause's period."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity said calls to its helpline had risen by 40% since 2023 and that it "
            "was looking for 25 more volunteers.",
            {40.0: ("2023-01-01", "2025-06-17"), 25.0: None},
            id="looking-for-after-since",
        ),
        pytest.param(
            "Avon and Somerset Police said 320 burglaries were reported in 2024 and that it "
            "is recruiting 60 special constables.",
            {320.0: ("2024-01-01", "2024-12-31"), 60.0: None},
            id="is-recruiting",
        ),
        pytest.param(
            "The scheme helped 85 families last year, and the trust said that it was "
            "appealing for 12 more host homes, and that they were seeking £20,000.",
            {85.0: ("2024-01-01", "2024-12-31"), 12.0: None, 20000.0: None},
            id="appealing-and-seeking",
        ),
        # near misses: an act done keeps the period before; "looking into" seeks nothing
        pytest.param(
            "The charity said calls had risen by 40% since 2023 and that it had recruited "
            "25 more volunteers.",
            {40.0: ("2023-01-01", "2025-06-17"), 25.0: ("2023-01-01", "2025-06-17")},
            id="near-miss-recruited",
        ),
        pytest.param(
            "Kent Police said 120 burglaries were reported in 2024 and that it was looking "
            "into 30 more reports.",
            {120.0: ("2024-01-01", "2024-12-31"), 30.0: ("2024-01-01", "2024-12-31")},
            id="near-miss-looking-into",
        ),
    ],
)
def test_a_sought_figure_takes_no_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
