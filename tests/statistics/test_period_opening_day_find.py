"""A day opening its sentence whose officers seized, recovered or found what its figures
count, later in that sentence, makes that day the span of those figures (rule
``opening_day_find`` of ``period_figure_days.OPENING_DAY_FIND``); a day that only dates an
arrest or a charge, a day the finds were only told on, another event's day and a find in the
next sentence stay as they were (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 14 October, detectives followed a tracker to a lock-up in Luton, where they "
         "found 230 stolen phones.", {230: DAY}),
        ("On Tuesday 14 October, police searched a flat in Hull and seized 3kg of cannabis "
         "and £4,000 in cash.", {3: DAY, 4000: DAY}),
        ("Thefts rose in September. On 14 October officers stopped a van on the M6 and "
         "recovered 48 bikes.", {48: DAY}),
        # near misses: no find, the day the finds were told on, another event's span, a
        # find in the next sentence
        ("On 14 October, officers arrested 12 people in Leeds.", {12: None}),
        ("On 14 October, police said officers had seized 400 phones.", {400: None}),
        ("On 14 October, officers arrested two men. They recovered 40 phones.",
         {2: None, 40: None}),
    ],
)  # fmt: skip
def test_an_opening_day_is_the_day_of_its_finds(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 March, officers raided a unit in Enfield, where they recovered 900 phones",
         "opening_day_find"),
        ("On 2 March, after a stabbing, officers found 12 knives", None),
        ("On 2 March, the force revealed officers had seized 80 bikes", None),
        ("Officers recovered 900 phones on 2 March", None),
    ],
)  # fmt: skip
def test_counted_day_names_the_rule(text: str, name: str | None) -> None:
    start = text.index("On 2 March") if "On 2 March" in text else text.index("2 March")
    end = text.index("2 March") + len("2 March")
    assert counted_day(text, start, end) == name
