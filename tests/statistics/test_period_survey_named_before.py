"""A sentence opening on a survey named before ("The survey found that 45 parents …")
takes the period of the sentence that named and dated the survey, even when quotes and
comment stand between (rule ``survey_named_before``,
:func:`pressfacts.statistics.period_back_choice.surveyed_main`), not a nearer sentence's
period; a survey named without a date takes, as any "The survey found …" opening does
(back-reference ``the_figures_show``), the nearest period stated before: who was asked,
and when. Every sentence is invented for the test; the near misses are a survey never
dated and a survey of its own ("A survey found …")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 6, 1)
MARCH = ("2026-03-01", "2026-03-31")
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A survey of 300 parents, carried out in March, found that one in five had been "
            'targeted. "It is shocking," said Jo Bell. "We must act." She said more must '
            "be done. Officers made 40 arrests last year. The survey found that 45 parents "
            "had reported it to police.",
            [
                (300, "parents", MARCH),
                (20, "percent", MARCH),
                (40, "arrests", Y2025),
                (45, "parents", MARCH),
            ],
            id="survey-past-quotes-and-a-dated-sentence",
        ),
        pytest.param(
            "The charity's poll of 500 drivers in March found that 40% had used a phone. "
            "Officers stopped 70 drivers in 2025. Its chief executive said it was worrying. "
            "The poll also showed that 33 drivers had been fined.",
            [
                (500, "drivers", MARCH),
                (40, "percent", MARCH),
                (70, "drivers", Y2025),
                (33, "drivers", MARCH),
            ],
            id="poll-also-showed",
        ),
        # a survey named without a date, then dated by the sentence telling who was asked
        # (the lead's share too: rule survey_dated_after)
        pytest.param(
            "A third of carers feel alone, a new survey by the charity has found. It questioned "
            "800 carers during 2025. Its director said it was worrying. The survey found that "
            "64 carers had not had a break.",
            [
                (33.3, "percent", Y2025),
                (800, "carers", Y2025),
                (64, "carers", Y2025),
            ],
            id="survey-dated-after-it-was-named",
        ),
        # near misses: the survey was never dated (a period stated after its findings is
        # not its); a survey of its own
        pytest.param(
            "The charity's survey of 800 carers found that a third felt alone. The survey "
            "found that 64 carers had not had a break. Officers made 22 arrests in 2025.",
            [
                (800, "carers", None),
                (33.3, "percent", None),
                (64, "carers", None),
                (22, "arrests", Y2025),
            ],
            id="survey-never-dated",
        ),
    ],
)
def test_period_survey_named_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
