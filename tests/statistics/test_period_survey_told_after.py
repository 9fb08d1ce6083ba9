"""A sentence closing on the survey named before as its source ("…, the survey found.",
rule ``survey_told_after``) or counting its respondents ("Nearly 600 of those who
responded …", "11% of respondents", rule ``survey_respondents``) tells more of the survey's
findings: it takes the period of the sentence that named and dated the survey, past quotes
and comment (:func:`pressfacts.statistics.period_back_choice.surveyed_main`). Every
sentence is invented for the test; the near misses are a survey never dated and a sentence
that is no finding of a survey."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 10)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The union's survey of 3,100 members found that 12% had been assaulted in 2025. "
            'Its leader said: "This cannot go on." She said it was getting worse. Only a '
            "quarter of the attacks had been reported to police, the survey found.",
            [(3100, "members", None), (12, "percent", Y2025), (25, "percent", Y2025)],
            id="the-survey-found-after",
        ),
        pytest.param(
            "The trade body's survey of 2,000 shop owners found that 40% had been threatened "
            "in 2025. Its director said it was shocking. Nearly 300 of those who responded "
            "said they had been threatened with a knife.",
            [(2000, "owners", None), (40, "percent", Y2025), (300, "owners", Y2025)],
            id="of-those-who-responded",
        ),
        pytest.param(
            "The poll found that 30% of drivers had used a phone in 2025. In Wales, where a "
            "new law came in in 2021, 22% of respondents said so.",
            [(30, "percent", Y2025), (22, "percent", Y2025)],
            id="of-respondents-past-a-where-clause",
        ),
        # near misses: a survey never dated; no finding of a survey
        pytest.param(
            "The charity's survey of 800 carers found that a third felt alone. Only a quarter "
            "had asked for help, the survey found.",
            [(800, "carers", None), (33.3, "percent", None), (25, "percent", None)],
            id="survey-never-dated",
        ),
        pytest.param(
            "The survey found that 12% had been assaulted in 2025. Officers made 40 arrests "
            "in 2024. Only a quarter of them were charged, police said.",
            [
                (12, "percent", Y2025),
                (40, "arrests", ("2024-01-01", "2024-12-31")),
                (25, "percent", ("2024-01-01", "2024-12-31")),
            ],
            id="no-survey-finding",
        ),
    ],
)
def test_period_survey_told_after(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
