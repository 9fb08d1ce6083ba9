"""A clause after a contrast (", while …") does not take the period of a yardstick
clause before it (", up from 26 in 2024"), nor does a gapped or semicolon list item lose
the noun of the count it follows. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, UnitPeriodsOf

P = dt.date(2025, 6, 3)
Y22 = ("2022-01-01", "2022-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorset Police obtained 30 orders last year, up from 21 in 2023, while Devon and "
         "Cornwall Police obtained 44 and Wiltshire Police 19.",
         [(30, "orders", Y24), (21, "orders", Y23),
          (44, "orders", Y24), (19, "orders", Y24)]),
        ("Leeds recorded 610 burglaries in 2024, compared with 700 in 2022, while Bradford "
         "recorded 540.",
         [(610, "burglaries", Y24),
          (700, "burglaries", Y22),
          (540, "burglaries", Y24)]),
        # near miss: no contrast: the clause keeps the nearest period stated before it
        ("Hull logged 90 thefts in 2024 and 75 in 2023.",
         [(90, "thefts", Y24), (75, "thefts", Y23)]),
    ],
)  # fmt: skip
def test_a_contrast_does_not_take_a_yardstick_s_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Derby, advisers took 820 referrals in 2024; in Chesterfield and Buxton, 410; "
         "and in Matlock, 96.",
         [(820, "referrals"), (410, "referrals"), (96, "referrals")]),
        ("Officers made 120 arrests in 2024, and in Lincoln, 45.",
         [(120, "arrests"), (45, "arrests")]),
        # near miss: a noun of its own
        ("Officers made 120 arrests in 2024; in Lincoln, 45 officers took part.",
         [(120, "arrests"), (45, "officers")]),
    ],
)  # fmt: skip
def test_a_list_item_opening_on_its_place(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new verb of the same subject after a yardstick clause: the subject's span
        ("The hostel offered 48 beds in 2024, six more than in 2023, and housed 97 men.",
         [(48, "beds", Y24), (6, "beds", ("2023-01-01", "2024-12-31")), (97, "men", Y24)]),
        ("The unit took 300 referrals in 2024, up from 240 in 2023, and closed 180 cases.",
         [(300, "referrals", Y24), (240, "referrals", Y23), (180, "cases", Y24)]),
        # near miss: no yardstick before the new verb: the nearest period
        ("The hostel offered 48 beds in 2024 and housed 97 men in 2023.",
         [(48, "beds", Y24), (97, "men", Y23)]),
    ],
)  # fmt: skip
def test_a_new_verb_after_a_yardstick(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share in words of the people just counted takes their span
        ("The refuge housed 60 women in 2024. Nine in ten of the women who left it found "
         "a home.", [(60, "women", Y24), (90, "percent", Y24)]),
        ("Advisers supported 200 people in 2024. Four in five of the people referred were "
         "women.", [(200, "people", Y24), (80, "percent", Y24)]),
    ],
)  # fmt: skip
def test_a_share_of_the_counted(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multiple of a yardstick's figure, after sentences about a later span: both
        ("Gwent Police took 300 reports between July and September. In Newport officers "
         "took more, almost double the figure for April to June.",
         {300: ("2024-07-01", "2024-09-30"), 2: ("2024-04-01", "2024-09-30")}),
        # near miss: no later span stated before: the yardstick's months alone
        ("In Newport officers took more reports, almost double the figure for April to June.",
         {2: ("2024-04-01", "2024-06-30")}),
    ],
)  # fmt: skip
def test_a_multiple_of_a_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2024, 11, 5)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", and" + a pronoun subject and its verb opens a clause with its own period
        ("The council bought 12 cameras in 2024, for schools in Hove, Lewes and Seaford, "
         "at a cost of £9,000, and they recorded 310 drivers in 2023.",
         [(12, "cameras", Y24), (9000, "pounds", Y24), (310, "drivers", Y23)]),
        ("The trust hired 4 nurses in 2024, for wards at both of its hospitals, for £150,000, "
         "and she made 90 visits in 2023.",
         [(4, "nurses", Y24), (150000, "pounds", Y24), (90, "visits", Y23)]),
        # near miss: the same subject, no pronoun: one clause, the nearest period
        ("The council bought 12 cameras in 2024, at a cost of £9,000 in 2023.",
         [(12, "cameras", Y24), (9000, "pounds", Y23)]),
    ],
)  # fmt: skip
def test_a_pronoun_subject_opens_a_clause(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


FY1920 = ("2019-04-01", "2020-03-31")
YEAR_TO_SEP = ("2024-10-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a peak or record set against ("on the peak of 1,653 offences in 2019/20") is a
        # yardstick: "over the year" after it is the release's year, not the peak's
        ("Kent Police recorded 1,102 offences in the year to September 2025. That is down "
         "by a third on the peak of 1,653 offences in 2019/20. Robbery fell by 18% over "
         "the year.",
         [(1102, "offences", YEAR_TO_SEP), (33.3, "percent", ("2019-04-01", "2025-09-30")),
          (1653, "offences", FY1920), (18, "percent", YEAR_TO_SEP)]),
        ("Essex Police recorded 640 thefts in the year to September 2025, well below the "
         "record of 910 thefts in 2019/20. Arrests rose by 12% over the year.",
         [(640, "thefts", YEAR_TO_SEP), (910, "thefts", FY1920), (12, "percent", YEAR_TO_SEP)]),
        # near miss: a year named after no yardstick words is the year "the year" means
        ("Kent Police recorded 1,653 offences in 2019/20. Robbery fell by 18% over the year.",
         [(1653, "offences", FY1920), (18, "percent", FY1920)]),
    ],
)  # fmt: skip
def test_a_peak_set_against_is_a_yardstick(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, dt.date(2025, 10, 28)) == expected
