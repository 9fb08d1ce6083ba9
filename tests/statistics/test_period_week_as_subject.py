"""Rule ``the_week_as_subject``: a sentence opening on the week stated before, with a verb
of what it brought ("The week also saw …"), dates its figures with that week, as "during
the week" does; near misses keep the period they had."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 20)
WEEK = ("2025-06-02", "2025-06-08")
YEAR_TO_MAY = ("2024-06-01", "2025-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week stated, a longer span between, then the week as the subject
        (
            "Officers in Cumbria made 35 arrests during a week of action that ran from 2 to 8"
            " June. Burglary fell by 6% in the year to May. The week also saw nine people"
            " charged.",
            {35: WEEK, 6: YEAR_TO_MAY, 9: WEEK},
        ),
        (
            "Dyfed-Powys Police ran a week of enforcement from Monday 2 June to Sunday 8 June."
            " Thefts fell to 410 in the year to May.\n\nThe week of action resulted in 17"
            " arrests and £6,200 in cash seized.",
            {410: YEAR_TO_MAY, 17: WEEK, 6200: WEEK},
        ),
        (
            "A week of intensification ran between 2 and 8 June. Drug offences rose by 4% in"
            " the year to May. The same week led to 22 warrants being executed.",
            {4: YEAR_TO_MAY, 22: WEEK},
        ),
        # near misses: no verb of what the week brought; the week not the sentence's subject
        (
            "A week of action ran from 2 to 8 June. Burglary fell by 6% in the year to May. The"
            " week before, 12 people were arrested.",
            {6: YEAR_TO_MAY, 12: None},
        ),
        (
            "A week of action ran from 2 to 8 June. Burglary fell by 6% in the year to May."
            " Officers said the week saw 12 people charged.",
            {6: YEAR_TO_MAY, 12: None},
        ),
    ],
)
def test_the_week_as_subject(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
