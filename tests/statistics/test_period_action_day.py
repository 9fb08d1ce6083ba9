"""A day of action or of intensification told beside a single day makes that day the span
of the operation's figures (rule ``action_day`` of ``period_figure_days``); a day of action
to come, a week of action, or a day with no operation beside it, is an event's date,
which no figure takes (sentences invented for these tests)."""

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
        (
            "On 14 October, in a single day of action, officers from Gwent Police called on "
            "27 households in Newport.",
            {27: DAY},
        ),
        (
            "During a day of action on 14 October officers in Luton stopped 118 vehicles and "
            "seized 4 cars.",
            {118: DAY, 4: DAY},
        ),
        (
            "As part of a county-wide day of intensification on 14 October, Suffolk "
            "Constabulary visited 35 shops.",
            {35: DAY},
        ),
        # near misses: a day of action to come, a week of action, no operation at all
        ("Ahead of a day of action on 14 October, officers in Luton stopped 118 vehicles.",
         {118: None}),
        ("On 14 October, in a week of action, officers in Luton stopped 118 vehicles.",
         {118: None}),
        ("On 14 October officers in Luton arrested 6 men.", {6: None}),
    ],
)  # fmt: skip
def test_a_day_of_action_is_the_day_of_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("during a day of action on 2 March", "action_day"),
        # told after the day, in its clause, it is also ``day_of_action_day``'s, tried first
        ("On 2 March, in a single day of action, officers", "day_of_action_day"),
        ("On 2 March, in a single day of intensification, officers", "day_of_action_day"),
        ("as part of a national day of intensification on 2 March", "action_day"),
        # one vocabulary (ACTION_DAY_NOUN) for every rule of a day of action
        ("during a day of enforcement on 2 March", "action_day"),
        ("as part of a countywide day of activity on 2 March", "action_day"),
        ("during a joint day of action on 2 March", "action_day"),
        ("officers met on 2 March for a day of intensification", "day_for_action_day"),
        ("during a month of enforcement on 2 March", None),
        ("ahead of a day of action on 2 March", None),
        ("a day of action is planned for 2 March", None),
        ("On 2 March, in a week of action, officers", None),
    ],
)
def test_counted_day_names_the_day_of_action(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On a day of action in Barnsley on 14 October, officers arrested 9 people and "
            "seized 31 knives.",
            {9: DAY, 31: DAY},
        ),
        (
            "Officers visited 42 licensed premises during a day of action across Tower "
            "Hamlets on 14 October.",
            {42: DAY},
        ),
        (
            "On a regional day of intensification on 14 October, Devon and Cornwall Police "
            "stopped 76 vehicles.",
            {76: DAY},
        ),
        # near misses: one to come, a week of action, a place in lower case
        ("Ahead of a day of action in Barnsley on 14 October, officers arrested 9 people.",
         {9: None}),
        ("In a week of action in Barnsley on 14 October, officers arrested 9 people.",
         {9: None}),
    ],
)  # fmt: skip
def test_a_day_of_action_at_a_place_is_the_day_of_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On a day of action in Colchester on 2 March", "action_day_at_place"),
        ("during a day of action across Tower Hamlets on 2 March", "action_day_at_place"),
        ("on a national day of action on 2 March", "action_day_at_place"),
        ("ahead of a day of action in Leeds on 2 March", None),
        ("after a day of action in Leeds on 2 March", None),
        ("during a week of action in Leeds on 2 March", None),
        # a place in lower case: not this rule's, but ``action_clause_day`` (any words of
        # the clause between the day of action and its day) reads it
        ("during a day of action in the town on 2 March", "action_clause_day"),
    ],
)
def test_counted_day_names_the_day_of_action_at_a_place(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
