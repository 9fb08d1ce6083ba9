"""A change a budget or decision "lets" someone make is to come: no comparison stated
before in the release dates it (``period_future.ENABLED_CHANGE``; sentences invented for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 2, 4)
BEFORE = "Burglaries fell from 1,420 in 2023 to 1,180 in 2024.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'The superintendent said: "This grant lets us move 14 more officers to rural teams."',
        "The settlement allows the force to put 30 more PCSOs on the streets of Swindon.",
        "The funding enables the chief constable to post nine more detectives to Bangor.",
        'She said: "The precept means we can switch 20 more officers to response teams."',
    ],
)
def test_an_enabled_change_takes_no_comparison_before(
    nlp: Language, periods_of: PeriodsOf, sentence: str
) -> None:
    found = periods_of(nlp, BEFORE + sentence, P)
    assert [span for value, span in found.items() if value not in (1420, 1180)] == [None]


def test_a_past_change_still_takes_the_comparison_before(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    text = BEFORE + "In Swindon, officers made 30 more arrests."
    assert periods_of(nlp, text, P)[30] is not None
