"""Which comparison a figure is measured against (``period_comparisons``): each change
its own comparison, and a level after a change's comparison keeps its clause's period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 11, 5)
Periods = dict[float, tuple[str, str] | None]

# comparison-after: two comparisons in one clause, each change takes the one after it
COMPARISON_AFTER: list[tuple[str, Periods]] = [
    (
        "From April to September Kent Police logged 940 burglaries, up 11.2% on the year "
        "before and 24.5% higher than the five-year average.",
        {
            940: ("2024-04-01", "2024-09-30"),
            11.2: ("2023-04-01", "2024-09-30"),
            24.5: ("2019-04-01", "2024-09-30"),
        },
    ),
    (
        "Essex officers seized 640 knives in 2023, 12% above the three-year average and 7% "
        "up on the year before.",
        {
            640: ("2023-01-01", "2023-12-31"),
            12: ("2020-01-01", "2023-12-31"),
            7: ("2022-01-01", "2023-12-31"),
        },
    ),
    # a bare yardstick first ("than in 2022"): the later comparison's anchor is not its own
    (
        "Norfolk recorded 310 collisions in 2023. That was 6% lower than in 2022, and 15% "
        "below the level of five years earlier.",
        {
            310: ("2023-01-01", "2023-12-31"),
            6: ("2022-01-01", "2023-12-31"),
            15: ("2018-01-01", "2023-12-31"),
        },
    ),
    (
        "Wiltshire Police dealt with 2,040 thefts last year. That was 8% more than in 2022, "
        "and 21% up on the same period a decade earlier.",
        {
            2040: ("2023-01-01", "2023-12-31"),
            8: ("2022-01-01", "2023-12-31"),
            21: ("2013-01-01", "2023-12-31"),
        },
    ),
]

# comparison-behind: a level stated after a change's comparison covers the clause's period
COMPARISON_BEHIND: list[tuple[str, Periods]] = [
    # a "when" clause on the comparison's own time: its figure is the earlier period's
    (
        "The winter operation ran from 2 to 27 February, and stops were 11% up on the same "
        "period in 2023, when 318 vehicles were checked.",
        {
            11: ("2023-02-02", "2024-02-27"),
            318: ("2023-02-02", "2023-02-27"),
        },
    ),
    (
        "Between May and August, 74 boats were seized, a rise of 9% on the same period last "
        "year, when around 68 boats were taken.",
        {
            74: ("2024-05-01", "2024-08-31"),
            9: ("2023-05-01", "2024-08-31"),
            68: ("2023-05-01", "2023-08-31"),
        },
    ),
    (
        "Merseyside Police arrested 212 people between April and June, an increase of 31% on "
        "the same period last year, and recovered goods worth £41,300.",
        {
            212: ("2024-04-01", "2024-06-30"),
            31: ("2023-04-01", "2024-06-30"),
            41300: ("2024-04-01", "2024-06-30"),
        },
    ),
    (
        "In 2023 Gwent officers made 96 arrests, 20% more than the year before, and seized "
        "14 vehicles.",
        {
            96: ("2023-01-01", "2023-12-31"),
            20: ("2022-01-01", "2023-12-31"),
            14: ("2023-01-01", "2023-12-31"),
        },
    ),
    # a "since" period is the later half of the comparison stated after the change, not
    # the change's baseline; the level listed after the comparison keeps the "since"
    (
        "Cleveland Police said officers had seized 40 vehicles since January, an increase of "
        "25% on the same period last year, and had arrested 31 people.",
        {
            40: ("2024-01-01", "2024-11-05"),
            25: ("2023-01-01", "2024-11-05"),
            31: ("2024-01-01", "2024-11-05"),
        },
    ),
    (
        "Since April the team has closed 66 cases, a rise of 10% on the same period of 2023, "
        "and trained 15 volunteers.",
        {
            66: ("2024-04-01", "2024-11-05"),
            10: ("2023-04-01", "2024-11-05"),
            15: ("2024-04-01", "2024-11-05"),
        },
    ),
]


# baseline-to-before: a change stating only its yardstick year is about the period of the
# sentence before it, when that ends later; else the yardstick alone
BASELINE_TO_BEFORE: list[tuple[str, Periods]] = [
    (
        "Wiltshire Police recorded 410 thefts in 2023. Thefts rose by 14% compared with 2022.",
        {410: ("2023-01-01", "2023-12-31"), 14: ("2022-01-01", "2023-12-31")},
    ),
    (
        "Wiltshire Police recorded 410 thefts in 2023/24. Thefts fell 9% on 2022.",
        {410: ("2023-04-01", "2024-03-31"), 9: ("2022-01-01", "2024-03-31")},
    ),
    (
        "Wiltshire Police recorded 410 thefts in 2021. Thefts rose by 14% compared with 2022.",
        {410: ("2021-01-01", "2021-12-31"), 14: ("2022-01-01", "2022-12-31")},
    ),
    ("Thefts in Wiltshire rose by 14% compared with 2022.", {14: ("2022-01-01", "2022-12-31")}),
    (
        "Wiltshire Police recorded 410 thefts in 2023. Most were of bikes. Thefts rose by 14% "
        "compared with 2022.",
        {410: ("2023-01-01", "2023-12-31"), 14: ("2022-01-01", "2023-12-31")},
    ),
    # a sentence stating the change of the figure before ("That figure has …", "This is
    # a rise of …") since a year: from that year to the end of the figure's period
    (
        "Wiltshire Police recorded 410 thefts in 2023/24. That figure has doubled since 2019.",
        {410: ("2023-04-01", "2024-03-31"), 2: ("2019-01-01", "2024-03-31")},
    ),
    (
        "Wiltshire Police recorded 410 thefts in 2023. This is a rise of 35% since 2020/21.",
        {410: ("2023-01-01", "2023-12-31"), 35: ("2020-04-01", "2023-12-31")},
    ),
    (  # no figure before it: since the year, to P
        "Thefts in Wiltshire have doubled since 2019.",
        {2: ("2019-01-01", "2024-11-05")},
    ),
    # ... also after who reports it (reported_change_back), and a count joined to that
    # sentence by ", and" is of the figure's period (part_after_change_back)
    (
        "Gwent Police recorded 620 hare coursing reports in 2023. The force said the figure "
        "had almost trebled since 2019, and that nearly a third of the reports were in Usk.",
        {
            620: ("2023-01-01", "2023-12-31"),
            3: ("2019-01-01", "2023-12-31"),
            33.3: ("2023-01-01", "2023-12-31"),
        },
    ),
    (
        "Suffolk Police logged 240 lamping calls in 2023/24. Officers said that the number "
        "has risen 40% since 2020, and 95 of them came from Bury St Edmunds.",
        {
            240: ("2023-04-01", "2024-03-31"),
            40: ("2020-01-01", "2024-03-31"),
            95: ("2023-04-01", "2024-03-31"),
        },
    ),
    (  # near miss: no figure of the sentence before changed; "Thefts" is no "the figure"
        "Essex Police logged 240 lamping calls in 2023. Thefts have risen 40% since 2020, "
        "and 95 vans were taken.",
        {
            240: ("2023-01-01", "2023-12-31"),
            40: ("2020-01-01", "2024-11-05"),
            95: ("2020-01-01", "2024-11-05"),
        },
    ),
    # a level stated equal to a yardstick ("the same as in 2022/23") is not the
    # yardstick's: the count named back takes the period of the figure before
    (
        "Wiltshire Police recorded 410 thefts in 2023/24. Dorset Police recorded 164, the "
        "same as in 2022/23.",
        {410: ("2023-04-01", "2024-03-31"), 164: ("2023-04-01", "2024-03-31")},
    ),
    (
        "Wiltshire Police recorded 410 thefts in 2023. Dorset Police recorded 212, similar "
        "to 2022.",
        {410: ("2023-01-01", "2023-12-31"), 212: ("2023-01-01", "2023-12-31")},
    ),
    (  # not pointing back: its own span to P
        "Wiltshire Police recorded 410 thefts in 2023. Burglaries have risen by 35% since 2020.",
        {410: ("2023-01-01", "2023-12-31"), 35: ("2020-01-01", "2024-11-05")},
    ),
]


# a count with no period in its clause, before a yardstick clause of its sentence, takes
# the later period that yardstick is measured back from
LEVEL_BEFORE_YARDSTICK: list[tuple[str, Periods]] = [
    (
        "Durham officers seized 820 knives in 2023.\n\nThey charged 96 people, compared with "
        "71 the year before.",
        {
            820: ("2023-01-01", "2023-12-31"),
            96: ("2023-01-01", "2023-12-31"),
            71: ("2022-01-01", "2022-12-31"),
        },
    ),
    # near miss: no comparison words between the count and the later clause's period (the
    # 96 is not the year before's; "They charged" goes on from the sentence before:
    # back-reference pronoun_went_on)
    (
        "Durham officers seized 820 knives in 2023.\n\nThey charged 96 people; the unit "
        "had 71 officers the year before.",
        {
            820: ("2023-01-01", "2023-12-31"),
            96: ("2023-01-01", "2023-12-31"),
            71: ("2022-01-01", "2022-12-31"),
        },
    ),
]


# the level a change started from ("down from 88") after a comparison stated before:
# that comparison's earlier half
EARLIER_HALF: list[tuple[str, Periods]] = [
    (
        "Shoplifting in Derby fell by 12% between April and June compared with the same "
        "three months last year. Officers recorded 77 thefts over the quarter, down from 88.",
        {
            12: ("2023-04-01", "2024-06-30"),
            77: ("2024-04-01", "2024-06-30"),
            88: ("2023-04-01", "2023-06-30"),
        },
    ),
    # near miss: no comparison stated before, so the rule does not apply; the bare
    # yardstick "down from 88" is the same quarter a year before (rule
    # bare_yardstick_year_before, bare_yardsticks.py)
    (
        "Officers in Derby recorded 77 thefts between April and June, down from 88.",
        {77: ("2024-04-01", "2024-06-30"), 88: ("2023-04-01", "2023-06-30")},
    ),
]


# baseline-month: a change "compared with" a month (rule baseline_month) spans both months
BASELINE_MONTH: list[tuple[str, Periods]] = [
    (
        "Bike thefts in Oxford rose by 18% last month compared with September.",
        {18: ("2024-09-01", "2024-10-31")},
    ),
    (
        "Calls to the Bath line were 9% lower in October than in August.",
        {9: ("2024-08-01", "2024-10-31")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BASELINE_MONTH
    + COMPARISON_AFTER
    + COMPARISON_BEHIND
    + BASELINE_TO_BEFORE
    + LEVEL_BEFORE_YARDSTICK
    + EARLIER_HALF,
)
def test_comparisons(nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods) -> None:
    assert periods_of(nlp, text, P) == expected


# a multiple's yardstick year ("double the number in 2021"): the change spans from that
# year to the period of the level it compares; a bare "the number in 2021" is a level
MULTIPLE_YARDSTICK: list[tuple[str, Periods]] = [
    (
        "The helpline took 930 calls from Norfolk last year, more than double the number in 2021.",
        {930: ("2023-01-01", "2023-12-31"), 2: ("2021-01-01", "2023-12-31")},
    ),
    (
        "Suffolk Police seized 64 knives in 2022, twice the figure recorded in 2019.",
        {64: ("2022-01-01", "2022-12-31"), 2: ("2019-01-01", "2022-12-31")},
    ),
    (
        "Essex officers made 300 arrests in 2023, almost double the level of 2020.",
        {300: ("2023-01-01", "2023-12-31"), 2: ("2020-01-01", "2023-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLE_YARDSTICK)
def test_a_multiple_spans_from_its_yardstick_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_a_multiple_of_years_earlier_spans_both(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "Almost 900 children were referred in Devon between April 2023 and March 2024, well "
        "over double the number five years earlier."
    )
    assert periods_of(nlp, text, P) == {
        900: ("2023-04-01", "2024-03-31"),
        2: ("2018-04-01", "2024-03-31"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage "on" a month: the month compared with, so the change spans both
        (
            "Essex Police made 400 arrests in October, up 12% on September.",
            {400: ("2024-10-01", "2024-10-31"), 12: ("2024-09-01", "2024-10-31")},
        ),
        (
            "Essex Police made 400 arrests in October, up 12 per cent on August.",
            {400: ("2024-10-01", "2024-10-31"), 12: ("2024-08-01", "2024-10-31")},
        ),
    ],
)
def test_a_change_on_a_month_spans_both(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected


# comparison-stated-after: a change with its own period, then ", compared with" the
# earlier period: both
COMPARED_AFTER_ROWS: list[tuple[str, Periods]] = [
    (
        "Calls to the helpline rose by 14% in the six months to September, compared with the "
        "same period a year earlier.",
        {14: ("2023-04-01", "2024-09-30")},
    ),
    (
        "Shed burglaries fell by 8% between May and July, compared with the same months of 2023.",
        {8: ("2023-05-01", "2024-07-31")},
    ),
    ("Referrals rose by 15% in 2023, compared with 2022.", {15: ("2022-01-01", "2023-12-31")}),
    ("In 2023 referrals fell by 6%, compared with 2021.", {6: ("2021-01-01", "2023-12-31")}),
    # near miss: a level with its period and a comparison keeps its own period
    (
        "Officers made 310 arrests between May and July, compared with 280 in the same months "
        "of 2023.",
        {310: ("2024-05-01", "2024-07-31"), 280: ("2023-05-01", "2023-07-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_AFTER_ROWS)
def test_comparison_stated_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected


# a level a change reached ("…, to 2,940") is the change's own period's, not the earlier
# half of the comparison stated between them
REACHED_ROWS: list[tuple[str, Periods]] = [
    (
        "Reports of stalking rose by 14% in the six months to September, compared with the "
        "same period last year, to 2,940.",
        {14: ("2023-04-01", "2024-09-30"), 2940: ("2024-04-01", "2024-09-30")},
    ),
    (
        "Shop thefts in Exeter rose by 9% in 2023 compared with 2022, to 1,180.",
        {9: ("2022-01-01", "2023-12-31"), 1180: ("2023-01-01", "2023-12-31")},
    ),
    # near miss: a level that no change reached keeps the comparison's period
    (
        "Officers made 310 arrests between May and July, compared with 280 in the same months "
        "of 2023.",
        {310: ("2024-05-01", "2024-07-31"), 280: ("2023-05-01", "2023-07-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_ROWS)
def test_level_reached_by_a_change(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected


# comparison-main: a sentence stating only a comparison's earlier half is about the later
# span it is anchored on, which a sentence pointing back takes
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crackdown ran from 4 to 10 March. Officers stopped 300 vans. Stops were up by "
            "a fifth on the equivalent week last year. Officers also seized 12 trailers.",
            {
                300: ("2024-03-04", "2024-03-10"),
                20: ("2023-03-04", "2024-03-10"),
                12: ("2024-03-04", "2024-03-10"),
            },
        ),
        (
            "Between April and June, Gwent Police caught 410 drivers on phones. That was 9% "
            "more than in the same period last year. Officers also issued 88 tickets.",
            {
                410: ("2024-04-01", "2024-06-30"),
                9: ("2023-04-01", "2024-06-30"),
                88: ("2024-04-01", "2024-06-30"),
            },
        ),
    ],
)
def test_a_back_reference_past_a_comparison(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected
