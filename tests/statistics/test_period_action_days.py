"""A day of action (an enforcement or intensification day) told in the clause before a
single day (rule ``action_day``) makes that day the span of its checks and finds
(``period_figure_days``), and the paragraph after it too (lead-in ``action_day_lead_in``);
a week of action, a day of action dated by another event, or a day with no day of action
before it leave the day an event's date (sentences invented for these tests)."""

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
        ("Four tyre shops in Swindon were found selling part-worn tyres illegally during a "
         "day of action led by Wiltshire Police on 14 October.", {4: DAY}),
        ("Officers stopped 62 vans during a multi-agency day of action in Ipswich on 14 "
         "October.", {62: DAY}),
        ("Nine drivers were reported at an enforcement day in Crewe on 14 October.",
         {9: DAY}),
        # the lead-in ``action_day_lead_in``: the day carries to the next paragraph
        ("Dorset Police held a day of action on Weymouth's seafront on 14 October.\n\n"
         "Officers checked 35 vehicles and seized 7 bikes.", {35: DAY, 7: DAY}),
        # near misses: a week of action, another event's day, no day of action at all
        ("Officers stopped 62 vans during a week of action in Ipswich on 14 October.",
         {62: None}),
        ("Officers stopped 62 vans during a day of action after a crash on 14 October.",
         {62: None}),
        ("Officers stopped 62 vans in Ipswich on 14 October.", {62: None}),
        ("Officers held a week of action in Ipswich on 14 October.\n\nThey stopped 62 vans.",
         {62: None}),
    ],
)  # fmt: skip
def test_a_day_of_action_is_the_day_of_its_checks(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("visited 23 sites during a day of action on 2 March", "action_day"),
        ("a night of enforcement across Kent on 2 March", "action_clause_day"),
        ("at an action day held in Leicester on 2 March", "action_clause_day"),
        ("during a week of action on 2 March", None),
        ("a day of action after a stabbing on 2 March", None),
        ("were arrested in Leicester on 2 March", None),
    ],
)
def test_counted_day_names_the_day_of_action(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
