"""A part of a single day before it ("on the night of 2 March", "in the early hours of 4
January", "overnight on 9 May") makes that day the span its figures count (rule
``night_of_day`` of ``period_figure_days.NIGHT_OF``); a day named without one, or the
night of an event dated after it, is an event's date, which no figure takes (sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Searches of 45 cells at HMP Lowdham Grange on the night of 4 November found 17 "
            "phones.",
            {45: ("2025-11-04", "2025-11-04"), 17: ("2025-11-04", "2025-11-04")},
        ),
        (
            "Officers in Swansea arrested six men in the early hours of Sunday 9 November.",
            {6: ("2025-11-09", "2025-11-09")},
        ),
        (
            "Overnight on 14 October, Lincolnshire Police stopped 38 drivers.",
            {38: ("2025-10-14", "2025-10-14")},
        ),
        (
            "During the evening of 31 October, crews in Hull attended 27 bonfires.",
            {27: ("2025-10-31", "2025-10-31")},
        ),
        # near misses: a day with no part of it before, or the night of an event
        ("Officers searched 40 cells on 3 November.", {40: None}),
        (
            "Two men were charged after the night of the attack on 6 November.",
            {2: None},
        ),
        ("The scheme was launched on 2 October and has 12 volunteers.", {12: None}),
    ],
)
def test_a_night_of_a_day_is_the_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("found 19 phones on the night of 2 March", "night_of_day"),
        ("arrested in the small hours of 2 March", "night_of_day"),
        ("58 fires on 5 November alone", "day_alone"),
        ("The busiest day was 2 March", "busiest_day"),
        ("on a night out on 2 March", None),
        ("the morning after, on 2 March", None),
    ],
)
def test_counted_day_names_its_pattern(text: str, name: str | None) -> None:
    start = text.index("2 March") if "2 March" in text else text.index("5 November")
    end = start + len("2 March") if "2 March" in text else start + len("5 November")
    assert counted_day(text, start, end) == name
