"""An earlier week of action named for its season or dated by its month ("up from 31 during
the summer week of action in July") is another week than the one stated before: rule
``season_named_week`` (:mod:`pressfacts.statistics.period_seasons`: the season names the
week, it is not the period), rule ``the_week_month_after`` (a guard of ``the_week``: the
month after "the … week of action" dates it, :data:`.period_events.WEEK_TAIL_MONTH_AFTER`)
and rule ``event_lead_in_not_yardstick`` (:mod:`pressfacts.statistics.period_lead_ins`: an
event dating a comparison's yardstick count leads in no paragraph). Sentences invented for
the test; near misses keep the week stated before, the season and the lead-in."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_lead_ins import NOT_YARDSTICK_EVENT
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 23)
WEEK = ("2026-11-02", "2026-11-08")
JULY = ("2026-07-01", "2026-07-31")
APRIL = ("2026-04-01", "2026-04-30")
SUMMER = ("2026-06-01", "2026-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 40 knives between 2 and 8 November. That is up from 31 during the"
            " summer week of action in July.",
            {40: WEEK, 31: JULY},
        ),
        (
            "Officers seized 40 knives between 2 and 8 November, compared with 27 during the"
            " spring week of enforcement in April.",
            {40: WEEK, 27: APRIL},
        ),
        ("Wardens recovered 22 blades during the spring knife amnesty in April.", {22: APRIL}),
        # near misses: the week stated before; a season with no week after it
        (
            "Officers seized 40 knives between 2 and 8 November. During the week of action,"
            " they arrested 12 people.",
            {40: WEEK, 12: WEEK},
        ),
        ("Officers visited 30 farms over the summer.", {30: SUMMER}),
        ("Officers visited 30 farms over the summer months.", {30: SUMMER}),
    ],
)  # fmt: skip
def test_an_earlier_week_of_action_is_its_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the yardstick's month leads in nothing: the haul is the week's
        (
            "Over the seven days from 2 to 8 November, 410 knives were handed in. That is up"
            " from 302 during the summer week of action in July. The haul included 44 machetes."
            "\n\nThe busiest bin took 120 items.",
            {410: WEEK, 302: JULY, 44: WEEK, 120: WEEK},
        ),
        # near miss: an event of the sentence's own figure still leads in its paragraph
        (
            "Officers arrested 31 people during a week of action in July. They also seized 12"
            " knives.",
            {31: JULY, 12: JULY},
        ),
    ],
)  # fmt: skip
def test_a_yardsticks_event_leads_in_nothing(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("That is up from 302 during the summer week of action in ", False),
        ("Officers seized 40 knives, compared with 547 during last year's campaign in ", False),
        # near misses: no yardstick count before the event
        ("Officers arrested 31 people during a week of action in ", True),
        ("Crews went up from the valley during the operation in ", True),
    ],
)
def test_not_yardstick_event(opening: str, expected: bool) -> None:
    import re

    assert bool(re.match(NOT_YARDSTICK_EVENT, opening, re.I)) == expected
