"""A round of visits or inspections counted right before a single day, in the day's own
clause, makes that day the span of the visits and of what they found (rule
``visits_counted_before`` of ``period_operation_days.OPERATION_DAYS``; its own sentence
only, no lead-in); a visit with no count, one to come, or one
dated by another event stays an event's date (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_operation_days import operation_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 24)
DAY = ("2025-09-09", "2025-09-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading standards officers and Kent Police visited 18 nail bars in Maidstone on "
            "Tuesday 9 September and found 7 workers with no right to work.",
            {18: DAY, 7: DAY},
        ),
        (
            "Licensing officers inspected 42 takeaways across Swansea on 9 September, issuing "
            "5 warning notices.",
            {42: DAY, 5: DAY},
        ),
        (
            "Merseyside Police carried out 26 joint visits to car washes in Bootle on 9 "
            "September and arrested 4 men.",
            {26: DAY, 4: DAY},
        ),
        (
            "Officers visited 20 garages on 9 September. During the week of action, 16 "
            "people were arrested.",
            {20: DAY, 16: None},
        ),
        # near misses: no count visited, a visit after another event, a visit to come, an
        # arrest alone
        (
            "Officers visited the address in Hull on 9 September and arrested 2 men.",
            {2: None},
        ),
        (
            "Officers visited 12 shops in Derby after a stabbing on 9 September.",
            {12: None},
        ),
        ("The council will visit 30 salons in Luton on 9 September.", {30: None}),
        ("Police in Exeter arrested 3 men on 9 September.", {3: None}),
    ],
)  # fmt: skip
def test_a_counted_round_of_visits_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers visited 31 car washes in Stoke on 2 March", "visits_counted_before"),
        ("The team inspected twelve salons on 2 March", "visits_counted_before"),
        ("Officers made 9 unannounced inspections in Crewe on 2 March", "visits_counted_before"),
        ("Officers visited 31 car washes after a tip-off on 2 March", None),
        ("The salon was visited by officers on 2 March", None),
    ],
)  # fmt: skip
def test_the_rule_is_named(text: str, name: str | None) -> None:
    assert operation_day(text, text.index("2 March")) == name


def test_a_span_naming_the_operation_is_not_read() -> None:
    # the day of action's own span, not a date: its lead-in must not carry on past it
    text = "Officers visited 11 sites in Leeds during the day of action"
    assert operation_day(text, text.index("during")) is None
