"""The counted noun of a level read past a source of up to four words before "figures"
(rule ``figures_show_source``, pressfacts.statistics.level_subjects). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 6, 10)

ROWS = [
    pytest.param(
        "West Mercia Police figures show that reports of nuisance in Telford fell from 530 "
        "in 2023 to 410 in 2024.",
        [
            (530.0, "reports", ("2023-01-01", "2023-12-31")),
            (410.0, "reports", ("2024-01-01", "2024-12-31")),
        ],
        id="three-word-source",
    ),
    pytest.param(
        "Avon and Somerset Police figures show that burglaries in Bath rose from 340 in "
        "2022 to 415 in 2024.",
        [
            (340.0, "burglaries", ("2022-01-01", "2022-12-31")),
            (415.0, "burglaries", ("2024-01-01", "2024-12-31")),
        ],
        id="four-word-source",
    ),
    # near miss: no figures, data or report before the verb
    pytest.param(
        "Avon and Somerset Police officers show pupils reached 40.",
        [],
        id="no-figures-source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_subject_past_source(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    """(value, unit, period) of each figure."""
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
