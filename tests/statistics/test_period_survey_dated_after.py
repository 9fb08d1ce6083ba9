"""A lead figure that cites a survey and states no period ("Nearly two thirds of women feel
unsafe, according to a survey published today") takes the period of a sentence right after
it that names the survey again and dates it ("The survey of 3,012 residents, carried out
in September and October, …"; rule ``survey_dated_after``,
:func:`pressfacts.statistics.period_back_choice.survey_dated_after`). Every sentence is
invented for the test; the near misses are a survey never dated, a dated sentence about
something else between, and a lead that cites no survey."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 6, 1)
MARCH = ("2026-03-01", "2026-03-31")
AUTUMN = ("2025-09-01", "2025-10-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nearly two thirds of women feel unsafe after dark, according to a survey "
            "published today.\n\nThe survey of 3,012 residents, carried out in September "
            "and October, found that 31% of men felt the same.",
            [(66.7, "percent", AUTUMN), (3012, "residents", AUTUMN), (31, "percent", AUTUMN)],
            id="according-to-a-survey",
        ),
        pytest.param(
            "Almost half of deaf adults have never heard of the text service, a poll by the "
            "charity shows. The charity polled 1,100 adults in March.",
            [(50, "percent", MARCH), (1100, "adults", MARCH)],
            id="polled-in-the-next-sentence",
        ),
        # near misses
        pytest.param(
            "Nearly two thirds of women feel unsafe, according to a survey published today. "
            "The survey asked 3,012 residents.",
            [(66.7, "percent", None), (3012, "residents", None)],
            id="survey-never-dated",
        ),
        pytest.param(
            "Nearly two thirds of women feel unsafe, according to a survey published today. "
            "Officers made 40 arrests in March. The survey was carried out in 2025.",
            [(66.7, "percent", None), (40, "arrests", MARCH)],
            id="another-period-between",
        ),
        pytest.param(
            "Nearly two thirds of the thefts were of bikes. The survey of 300 riders was "
            "carried out in March.",
            [(66.7, "percent", None), (300, "riders", MARCH)],
            id="lead-cites-no-survey",
        ),
    ],
)
def test_survey_dated_after(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
