"""A bare weekday in a sentence told in the past with an irregular verb ("spoke", "sent",
"caught": rule ``irregular_past`` of ``period_future.PAST_WITHOUT_ED``, read by
``told_in_past``) is the latest such weekday by P, as one with "made" or an "-ed" verb
is; the present or a plan ("speak", "will send") stays undated (sentences invented for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_future import PAST_TELLING
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)  # a Thursday
TUESDAY = ("2025-11-18", "2025-11-18")
SATURDAY = ("2025-11-15", "2025-11-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday, officers in Hexham spoke to 640 pupils at three schools.",
         {640: TUESDAY, 3: TUESDAY}),
        ("Volunteers sent 85 letters to landlords in Leek on Tuesday.", {85: TUESDAY}),
        ("On Saturday, traffic officers caught 14 drivers using phones on the M6.",
         {14: SATURDAY}),
        # near misses: no verb of the past; a plan to come
        ("Officers speak to 300 pupils in Hexham every Tuesday.", {300: None}),
        ("Staff will send 90 letters to landlords in Leek on Tuesday.",
         {90: ("2025-11-25", "2025-11-25")}),
    ],
)  # fmt: skip
def test_an_irregular_past_verb_dates_a_bare_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("officers spoke to pupils", True),
        ("the team ran a stall", True),
        ("officers speak to pupils", False),
        ("the teams run stalls", False),
        ("a spokesman for the council", False),
    ],
)
def test_past_telling_reads_irregular_verbs(text: str, past: bool) -> None:
    assert bool(PAST_TELLING.search(text)) is past
