""" "The same period last year" repeats the latest span stated before that is no plan: a
span after P stated since ("'We will be out again over the summer,' she added") is passed
over (``same_period_past_span`` of
:func:`pressfacts.statistics.period_same_lengths.resolve_same_period_last_year`); sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2026, 1, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Surrey Police arrested 300 drivers during its campaign, which ran from 1 December "
            'to 1 January. "We will be out again over the summer," she added. The force said '
            "morning-after arrests had risen by 12% on the same period last year.",
            {300: ("2025-12-01", "2026-01-01"), 12: ("2024-12-01", "2026-01-01")},
        ),
        (
            "Gwent Police made 84 drink-drive arrests between 1 and 31 December. The force "
            "plans a further operation next summer. Positive drug wipes rose by 9% on the "
            "same period last year.",
            {84: ("2025-12-01", "2025-12-31"), 9: ("2024-12-01", "2025-12-31")},
        ),
        # near misses: no plan between, or a past span between, is repeated as before
        (
            "Surrey Police arrested 300 drivers during its campaign, which ran from 1 December "
            "to 1 January. Morning-after arrests had risen by 12% on the same period last year.",
            {300: ("2025-12-01", "2026-01-01"), 12: ("2024-12-01", "2026-01-01")},
        ),
        (
            "Surrey Police arrested 300 drivers in 2025. In November, officers stopped 80 "
            "vans, up 5% on the same period last year.",
            {
                300: ("2025-01-01", "2025-12-31"),
                80: ("2025-11-01", "2025-11-30"),
                5: ("2024-11-01", "2025-11-30"),
            },
        ),
    ],
)
def test_same_period_past_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
