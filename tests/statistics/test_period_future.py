"""A period phrase dating a future start ("who will start in May") is an event date that
no figure covers (``period_future.FUTURE_STARTS``): what "the budget" pays for keeps the
budget's year (back-reference ``the_plan_pays``).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_future import FUTURE_STARTS, future_change, future_event

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2025, 2, 12)

ROWS = [
    pytest.param(
        "The commissioner will spend £420,000 in 2025/26 on the dog unit. The budget pays "
        "for five handlers, who will start in June.",
        {420000: ("2025-04-01", "2026-03-31"), 5: ("2025-04-01", "2026-03-31")},
        id="future-start-after-the-budget",
    ),
    pytest.param(
        "The grant will fund 12 caseworkers, who are due to take up their posts in April.",
        {12: None},
        id="future-start-no-period-else",
    ),
    pytest.param(
        "The hub is set to open in March. It handled 300 calls in January.",
        {300: ("2025-01-01", "2025-01-31")},
        id="a-figure-with-its-own-month",
    ),
    pytest.param(
        "Officers made 64 arrests in November, when the unit began work.",
        {64: ("2024-11-01", "2024-11-30")},
        id="a-past-month-still-dates",
    ),
    # what goes on into a span to come: the span is no figure's
    pytest.param(
        "Patrols in Leeds will continue through the winter after a summer pilot cut thefts by 28%.",
        {28: None},
        id="will-continue-through-the-winter",
    ),
    pytest.param(  # near miss: a span the patrols already ran over
        "Patrols in Leeds continued through the winter and cut thefts by 28%.",
        {28: ("2024-12-01", "2025-02-12")},  # the winter running at P
        id="continued-through-the-winter",
    ),
    # a court date to come dates a hearing, not the people counted (rule due_in_court)
    pytest.param(
        "Three men have been charged over the raids and are due to stand trial in October.",
        {3: None},
        id="due-to-stand-trial",
    ),
    pytest.param(
        "Officers charged 14 people in January. Two of them will appear before magistrates "
        "in March.",
        {14: ("2025-01-01", "2025-01-31"), 2: ("2025-01-01", "2025-01-31")},
        id="will-appear-before-magistrates",
    ),
    pytest.param(  # near miss: a past hearing still dates
        "Three men stood trial in January over the raids.",
        {3: ("2025-01-01", "2025-01-31")},
        id="stood-trial-in-january",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_future_start(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


WORDS = [
    ("The officers will start in ", "will_start"),
    ("The centre is due to open ", "will_start"),
    ("New rules are expected to come into force from ", "will_start"),
    ("The inquiry report, due to be published ", "will_start"),
    ("The review is expected to report in ", "will_start"),
    ("The review was published in ", None),
    ("The officers started in ", None),
    ("The officers will be counted in ", None),
    ("Staff will run the hub, which opens in ", "which_opens"),
    ("A scheme that launches ", "which_opens"),
    ("The hub, which opened in ", None),
    ("Patrols will continue through ", "will_continue"),
    ("The scheme will be extended across the county ", "will_continue"),
    ("The team will remain in place until ", "will_continue"),
    ("Patrols continued through ", None),
    ("The scheme was extended across the county in ", None),
    ("Three women are due to stand trial in ", "due_in_court"),
    ("He will appear before Leeds magistrates on ", "due_in_court"),
    ("The pair are expected to be sentenced at Cardiff Crown Court in ", "due_in_court"),
    ("The driver is set to face trial at Exeter Crown Court in ", "due_in_court"),
    ("The knife amnesty bins will return in ", "will_start"),  # an event's return, dated
    ("The knife amnesty bins returned in ", None),
    ("Two men stood trial in ", None),
    ("He appeared before magistrates in ", None),
    ("The pair were sentenced in ", None),
]


@pytest.mark.parametrize(("before", "rule"), WORDS)
def test_future_event_words(before: str, rule: str | None) -> None:
    assert set(FUTURE_STARTS) == {"will_start", "will_continue", "which_opens", "due_in_court"}
    assert future_event(before + "May", len(before)) == rule


# a change spoken of as to come takes no comparison the release states elsewhere
CHANGE_ROWS = [
    pytest.param(
        "The force had 940 officers in 2024, 31 more than a year earlier. The precept will "
        "rise by £13 for a Band D home.",
        {940: ("2024-01-01", "2024-12-31"), 31: ("2023-01-01", "2024-12-31"), 13: None},
        id="a-rise-to-come",
    ),
    pytest.param(
        "Burglaries fell to 2,100 in 2024, 12% lower than the year before. Funding is set to "
        "fall by about 4% for the unit.",
        {2100: ("2024-01-01", "2024-12-31"), 12: ("2023-01-01", "2024-12-31"), 4: None},
        id="set-to-fall",
    ),
    pytest.param(
        "Burglaries fell to 2,100 in 2024, 12% lower than the year before. Thefts rose by 9%.",
        {
            2100: ("2024-01-01", "2024-12-31"),
            12: ("2023-01-01", "2024-12-31"),
            9: ("2023-01-01", "2024-12-31"),
        },
        id="a-past-change-keeps-the-comparison",
    ),
    pytest.param(
        "Thefts fell to 2,100 in 2024, 12% lower than the year before. "
        "Band D households will pay £14 more a year.",
        {2100: ("2024-01-01", "2024-12-31"), 12: ("2023-01-01", "2024-12-31"), 14: None},
        id="will-pay-more",
    ),
    pytest.param(
        "Thefts fell to 2,100 in 2024, 12% lower than the year before. "
        "Band D households paid £14 more a year.",
        {
            2100: ("2024-01-01", "2024-12-31"),
            12: ("2023-01-01", "2024-12-31"),
            14: ("2023-01-01", "2024-12-31"),
        },
        id="paid-more-keeps-the-comparison",
    ),
    # ... but the period to come it is set for, stated in the sentence before
    # (period_future.coming_main)
    pytest.param(
        "The commissioner set a budget of £390m for 2025/26. The precept will rise by £14 "
        "a year for a Band D home.",
        {390000000: ("2025-04-01", "2026-03-31"), 14: ("2025-04-01", "2026-03-31")},
        id="a-rise-for-the-year-to-come",
    ),
    pytest.param(  # the level it reaches and the change restated after a comma, the same
        "The commissioner set a budget of £390m for 2025/26. The precept will rise by £14 "
        "a year, taking it to £281.50, an increase of 5.2%.",
        {
            390000000: ("2025-04-01", "2026-03-31"),
            14: ("2025-04-01", "2026-03-31"),
            281.5: ("2025-04-01", "2026-03-31"),
            5.2: ("2025-04-01", "2026-03-31"),
        },
        id="the-level-and-change-after-a-rise-to-come",
    ),
    pytest.param(
        "The panel backed a rise for 2025/26. Band D homes will pay £12 more a year, taking "
        "the charge to £290.10.",
        {12: ("2025-04-01", "2026-03-31"), 290.1: ("2025-04-01", "2026-03-31")},
        id="will-pay-more-then-the-level",
    ),
    pytest.param(  # near miss: a period already begun at P dates no change to come
        "The commissioner spent £390m in 2024/25. The precept will rise by £14 a year for a "
        "Band D home.",
        {390000000: ("2024-04-01", "2025-03-31"), 14: None},
        id="a-past-year-dates-no-rise-to-come",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_ROWS)
def test_a_change_to_come_takes_no_comparison(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The precept will rise by ", True),
        ("Funding is expected to be cut by around ", True),
        ("the budget would increase by just over ", True),
        ("The precept rose by ", False),
        ("It will mean ", False),
        # a verb of paying or getting before the change's figure ("£14 more a year")
        ("Band D households will pay ", True),
        ("The unit is expected to receive an extra ", True),
        ("Residents would see a further ", True),
        ("Band D households paid ", False),
        ("The unit received an extra ", False),
    ],
)
def test_future_change_words(before: str, expected: bool) -> None:
    assert future_change(before) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned count takes no span already past (period_future.FUTURE_COUNT)
        pytest.param(
            "The commissioner spent £800,000 on advisers in Leeds in 2023/24 and would fund "
            "four more posts from June.",
            {800000: ("2023-04-01", "2024-03-31"), 4: None},
            id="would-fund",
        ),
        pytest.param(
            "Kent Police made 410 arrests in 2024 and will recruit a further 35 detectives.",
            {410: ("2024-01-01", "2024-12-31"), 35: None},
            id="will-recruit-a-further",
        ),
        # near misses: a count done, or a plan with its own span to come
        pytest.param(
            "Kent Police made 410 arrests in 2024 and recruited 35 detectives.",
            {410: ("2024-01-01", "2024-12-31"), 35: ("2024-01-01", "2024-12-31")},
            id="recruited",
        ),
        pytest.param(
            "Kent Police made 410 arrests in 2024 and will recruit 35 detectives in 2025/26.",
            {410: ("2024-01-01", "2024-12-31"), 35: ("2025-04-01", "2026-03-31")},
            id="a-plan-with-its-own-span",
        ),
    ],
)
def test_a_planned_count_takes_no_past_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
