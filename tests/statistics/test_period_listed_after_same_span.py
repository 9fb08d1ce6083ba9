"""A count listed after a change's comparison keeps its clause's own period also when that
period points back to one stated before ("over the 12 months", kind ``same``):
``comparison-behind`` in ``period_comparisons`` (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Kent Police answered 91% of 999 calls on time in the year to March.\n\nIts "
            "control room took 240,100 emergency calls over the 12 months, 4% more than the "
            "year before, along with 310,400 calls to 101.",
            310400,
        ),
        (
            "Gwent Police recorded 3,100 burglaries in the year to March.\n\nOfficers made 860 "
            "arrests over the same period, 9% fewer than the year before, and 212 charges.",
            212,
        ),
    ],
)
def test_a_count_listed_after_the_yardstick_keeps_the_clauses_span(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float
) -> None:
    assert periods_of(nlp, text, P)[value] == ("2024-04-01", "2025-03-31")


def test_a_count_the_yardstick_names_keeps_the_yardstick(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    # near miss: ", when 780 …" is the yardstick year's own count
    text = (
        "Gwent Police recorded 3,100 burglaries in the year to March.\n\nOfficers made 860 "
        "arrests over the same period, up 9% on the year before, when 780 were made."
    )
    assert periods_of(nlp, text, P)[780] == ("2023-04-01", "2024-03-31")
