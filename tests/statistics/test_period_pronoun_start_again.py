"""Rule ``pronoun_start_again`` (a start said by a pronoun in
:data:`pressfacts.statistics.period_superlatives.SUPERLATIVE_SINCE`): "the highest number
since it began publishing the figures" is a superlative's yardstick, not a period, so the
figure keeps the period its sentence states. Sentences invented for the test; near misses:
a "since" with a pronoun but no superlative is a span to P, and a start dated by its
month."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the third quarter of 2025 alone, the insurer received 61 claims, the highest "
            "number since it began publishing the figures.",
            {61: ("2025-07-01", "2025-09-30")},
            id="it-began-publishing",
        ),
        pytest.param(
            "In May the helpline took 240 calls, the most since we first started recording them.",
            {240: ("2025-05-01", "2025-05-31")},
            id="we-first-started",
        ),
        # near misses: no superlative (a span to P); a start dated by its month
        pytest.param(
            "The helpline has taken 240 calls since it began in March.",
            {240: ("2025-03-01", "2025-11-04")},
            id="no-superlative",
        ),
        pytest.param(
            "The helpline has taken 240 calls since it began in 2023.",
            {240: ("2023-01-01", "2025-11-04")},
            id="no-superlative-year",
        ),
    ],
)
def test_pronoun_start_again(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
