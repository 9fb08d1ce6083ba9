"""An event dated in the figure's own sentence by a relative clause dates the figure
(pressfacts.statistics.period_events.event_clause_period); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 3, 20)

# (text, {value: period}); a period is its ISO start and end, or None
EVENT_CLAUSE_ROWS = [
    pytest.param(
        "Cumbria Police officers visited 640 farms during the operation, which ran from "
        "3 February to 2 March.",
        {640: ("2025-02-03", "2025-03-02")},
        id="during-the-operation-which-ran",
    ),
    pytest.param(
        "Around 900 (874) drivers were stopped during the campaign, which took place between "
        "6 and 19 January.",
        {874: ("2025-01-06", "2025-01-19")},
        id="a-glossed-count-in-a-campaign",
    ),
    pytest.param(
        "Officers made 31 arrests as part of a week of action that lasted from 10 to 16 February.",
        {31: ("2025-02-10", "2025-02-16")},
        id="as-part-of-a-week-of-action-that-lasted",
    ),
    pytest.param(
        "Police in Luton arrested 90 drivers during their winter drink and drug-drive "
        "campaign.\n\nThe campaign ran from 1 to 31 December.",
        {90: ("2024-12-01", "2024-12-31")},
        id="an-event-of-four-words-dated-after",
    ),
    # a plain text's headline is no lead: the first sentence after it is, and the event
    # dated after it dates it
    pytest.param(
        "Winter drink-drive campaign: the results\n\nPolice in Luton arrested 90 drivers "
        "during this year's festive drink and drug driving campaign.\n\nThe campaign ran "
        "from 1 to 31 December.",
        {90: ("2024-12-01", "2024-12-31")},
        id="an-event-dated-after-a-lead-under-a-headline",
    ),
    pytest.param(
        "Winter drink-drive campaign: the results\n\nRoads in Luton were busy. Officers "
        "arrested 90 drivers.\n\nThe campaign ran from 1 to 31 December.",
        {90: None},
        id="the-sentence-after-the-lead-names-no-event",
    ),
    # a weapons surrender is an event: dated after, it dates the figures before and after
    pytest.param(
        "A knife surrender run by Cleveland Police took in 212 blades.\n\nThe surrender "
        "ran from 3 to 16 February, with 40 swords among the blades.\n\nOfficers also "
        "found 18 air rifles.",
        {
            212: ("2025-02-03", "2025-02-16"),
            40: ("2025-02-03", "2025-02-16"),
            18: ("2025-02-03", "2025-02-16"),
        },
        id="a-surrender-dated-after",
    ),
    pytest.param(
        "Officers seized 26 guns during the surrender, which ran from 1 to 14 March.",
        {26: ("2025-03-01", "2025-03-14")},
        id="during-the-surrender-which-ran",
    ),
    pytest.param(
        "The man was arrested after the surrender of 12 guns.",
        {12: None},
        id="a-surrender-with-no-dates",
    ),
    # rule event_clause_schedule: how often it ran, between the verb and the dates; a
    # pilot or scheme after "during"; rule event_clause_names_year: the year naming the
    # event yields to the clause's months
    pytest.param(
        "The patrol car attended 310 calls during the 2024 pilot, which ran four nights a "
        "week from May to November.",
        {310: ("2024-05-01", "2024-11-30")},
        id="pilot-which-ran-a-schedule",
    ),
    pytest.param(
        "Wardens made 75 checks during the scheme, which ran every weekend between June and "
        "August 2024.",
        {75: ("2024-06-01", "2024-08-31")},
        id="scheme-which-ran-every-weekend",
    ),
    # near misses: the figure's own period first; no dating verb in the clause
    pytest.param(
        "Officers made 12 arrests in January during the crackdown, which ran from 6 January "
        "to 2 March.",
        {12: ("2025-01-01", "2025-01-31")},
        id="own-period-first",
    ),
    pytest.param(
        "Officers seized 15 knives during the operation, which led to charges.",
        {15: None},
        id="no-dating-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CLAUSE_ROWS)
def test_an_event_dated_in_the_figures_sentence_dates_it(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected


# a repeated event in a comparison's earlier half, dated by the event's own dates after it
SAME_EVENT_ROWS = [
    pytest.param(
        "Police arrested 410 drivers during the winter campaign, up from 380 during the same "
        "campaign the previous winter. The campaign ran from 1 December 2024 to 3 January 2025.",
        {410: ("2024-12-01", "2025-01-03"), 380: ("2023-12-01", "2024-01-03")},
        id="the-previous-winter",
    ),
    pytest.param(
        "Officers seized 52 bikes in the crackdown, against 37 in the same crackdown last "
        "summer.\n\nThe crackdown ran from 2 June to 28 July 2024.",
        {52: ("2024-06-02", "2024-07-28"), 37: ("2023-06-02", "2023-07-28")},
        id="last-summer-dated-in-the-next-paragraph",
    ),
    pytest.param(
        "Police arrested 150 drivers in the summer campaign, which ran throughout June, July "
        "and August, against 170 during last summer's campaign.",
        {150: ("2024-06-01", "2024-08-31"), 170: ("2023-06-01", "2023-08-31")},
        id="last-summer-s-campaign",
    ),
    # "the 2023 campaign": the dated campaign's span in the year named; that year alone
    # when no campaign is dated; the campaign's own year names it
    pytest.param(
        "The festive campaign ran from 1 December 2024 to 1 January 2025. Officers arrested "
        "412 drivers, against 389 arrests during the 2023 campaign.",
        {412: ("2024-12-01", "2025-01-01"), 389: ("2023-12-01", "2024-01-01")},
        id="the-campaign-of-a-year-named",
    ),
    pytest.param(
        "Officers made 389 arrests during the 2023 campaign.",
        {389: ("2023-01-01", "2023-12-31")},
        id="a-campaign-of-a-year-with-none-dated",
    ),
    pytest.param(
        "The summer campaign ran from 1 June to 31 August 2024. Officers made 389 arrests "
        "during the 2024 campaign.",
        {389: ("2024-06-01", "2024-08-31")},
        id="the-campaign-dated-in-the-year-named",
    ),
    # near misses: no event repeated; the event's dates too far off to be its
    pytest.param(
        "Officers stopped 300 vans, up on the same period last year. In 2024, 40 were seized.",
        {300: None, 40: ("2024-01-01", "2024-12-31")},
        id="no-event-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_EVENT_ROWS)
def test_a_repeated_event_takes_its_later_dates_a_year_earlier(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected


TIMED_POWER_PUBLISHED = dt.date(2025, 3, 11)  # a Tuesday

# (text, {value: period}): a power in force for a stated time (a Section 60 or dispersal
# order) dated by "was in force between …" with a time at either end of its weekdays,
# or an aside between commas; the lead before it and "during the order" take its dates
TIMED_POWER_ROWS = [
    pytest.param(
        "Nine people were arrested after a dispersal order was put in place in Hulme.\n\n"
        "The order, which lets officers move groups on, was in force between 4pm on Friday "
        "and 2am on Sunday.\n\nDuring the order, officers spoke to 130 young people.",
        {9: ("2025-03-07", "2025-03-09"), 130: ("2025-03-07", "2025-03-09")},
        id="lead-and-during-the-order-with-times",
    ),
    pytest.param(
        "Officers searched 57 people in Toxteth under a Section 60 authorisation.\n\n"
        "The authorisation was in place from Saturday evening until Sunday morning.\n\n"
        "They found 3 knives during the authorisation.",
        {57: ("2025-03-08", "2025-03-09"), 3: ("2025-03-08", "2025-03-09")},
        id="authorisation-parts-of-days",
    ),
    pytest.param(
        "Officers stopped 48 people in Moss Side during the order, which ran from 10pm on "
        "Friday to 3am on Saturday.",
        {48: ("2025-03-07", "2025-03-08")},
        id="own-clause-with-times",
    ),
    # near misses: what an order permits is no count made during it
    pytest.param(
        "The order was in force between 6pm on Friday and 6am on Sunday.\n\n"
        "The order allows wardens to issue £80 fines.",
        {80: None},
        id="what-the-order-allows",
    ),
    pytest.param(
        "The order was in force between 6pm on Friday and 6am on Sunday.\n\n"
        "Under the order, wardens can issue £80 fines.",
        {80: None},
        id="under-the-order",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIMED_POWER_ROWS)
def test_a_timed_power_dates_the_figures_counted_during_it(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, TIMED_POWER_PUBLISHED) == expected
