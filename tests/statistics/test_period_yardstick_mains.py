"""A comparison's yardstick date is no sentence's main period (rules of
:data:`pressfacts.statistics.period_yardstick_mains.YARDSTICK_DATES`)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_yardstick_mains import YARDSTICK_DATES, yardstick_date
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 20)

RULE_ROWS: dict[str, str] = {
    "yardstick_count_date": "The average fine was £1,180, compared with £840 in 2021.",
    "yardstick_count_when": "The average cost was £1,180, compared with £840 when the "
    "charity last asked in 2021.",
    "multiple_as_date": "Three times as many knives were handed in during the amnesty as in 2021.",
    "from_level_date": "Dog thefts rose from 14 in 2021 to 23 in 2022.",
    "to_level_from_date": "The cost of the damage fell to £2.1m, from £2.6m in 2021.",
}


def test_every_yardstick_date_rule_has_a_row() -> None:
    assert set(RULE_ROWS) == set(YARDSTICK_DATES)


@pytest.mark.parametrize("name", list(RULE_ROWS), ids=list(RULE_ROWS))
def test_yardstick_date_rule(name: str) -> None:
    text = RULE_ROWS[name]
    assert yardstick_date(text, text.rindex("in 2021")) == name


@pytest.mark.parametrize(
    "text",
    [
        "Arrests rose by 12% compared with 2021.",  # no count: a change's yardstick
        "Thefts rose from 14 to 23 in 2024.",  # the later level's date
        "Thefts rose from 14 in 2024.",  # no later level after it
        "Officers made 500 arrests in 2024.",
        "Officers made 500 arrests, up from 400 in 2023, and 90 in 2024.",  # a count of its own
        "As many as 40 knives were handed in during 2024.",  # no multiple before the "as"
        "Thefts rose to 23 in 2024.",  # the later level's own date, no earlier level
        "Thefts rose to 23, and 14 in 2024.",  # no "from" before the count
        "Dog thefts fell to 23 in 2024.",  # the later level's date
        "Dog thefts rose to 23 from 2024.",  # no earlier count: a change's yardstick
    ],
)
def test_not_a_yardstick_date(text: str) -> None:
    assert yardstick_date(text, text.rindex("20")) is None


ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    (
        "The charity questioned 900 farmers in January and February. The average cost was "
        "£1,180, compared with £840 in 2021. Nearly three quarters of those targeted had "
        "found rubble.",
        75,
        ("2025-01-01", "2025-02-28"),
    ),
    (
        "Officers stopped 310 vans between April and September. The average fine was £400, "
        "compared with £250 when the team last checked in 2022. One in six of the drivers "
        "stopped had no licence.",
        16.7,
        ("2024-04-01", "2024-09-30"),
    ),
    (
        "Three times as many knives were seized as in 2022. They included 40 machetes.",
        40,
        None,  # the multiple's yardstick year is no period of the knives it breaks down
    ),
    (  # the earlier level after the later one ("fell to …, from … in 2023/24")
        "The force recorded 2,140 thefts in 2024/25. Burglaries fell to 180, from 215 in "
        "2023/24. Shoplifting made up about one in five of the total.",
        20,
        ("2024-04-01", "2025-03-31"),
    ),
    # near misses: the yardstick's own count keeps its date, a main period still leads
    (
        "The charity questioned 900 farmers in January and February. The average cost was "
        "£1,180, compared with £840 in 2021.",
        840,
        ("2021-01-01", "2021-12-31"),
    ),
    (
        "The force recorded 2,140 thefts in 2024/25. Burglaries fell to 180, from 215 in 2023/24.",
        215,
        ("2023-04-01", "2024-03-31"),
    ),
    (
        "Officers made 500 arrests in 2024, up from 400 in 2023. Nine of them were charged.",
        9,
        ("2024-01-01", "2024-12-31"),
    ),
    # rule to_level_from_date: the later level and the sentences after it take the
    # release's main period, not the earlier level's date
    (
        "Shops reported 61 ram raids in 2024, a rise of 9% on the previous year. Losses "
        "fell to £1.2m, from £1.5m in 2023.",
        1200000,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "Ram raids on shops reached 61 last year. Losses fell to £1.2m, from £1.5m in "
        "2023. Half of the shops hit were in villages.",
        50,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "Tool thefts from vans rose by 26% in 2024 compared with the year before. Losses "
        "rose to £310,000, from £240,000 in 2023.",
        310000,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "Officers seized 90 vans in 2024. Thefts of tools rose to 1,310, from 1,040 in "
        "2023. Over a third were from vans parked overnight.",
        33.3,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "Thieves carried out 96 attacks on cash machines across Wales in 2024, a rise of 12% "
        "on the previous year. Losses fell to £1.1m, from £1.3m in 2023, but the average loss "
        "rose to about £11,000. Rural Powys accounted for just over a quarter of the attacks.",
        1100000,
        ("2024-01-01", "2024-12-31"),
    ),
    # near misses: the earlier level keeps its date; a later level dated of its own
    (
        "Ram raids on shops reached 61 last year. Losses fell to £1.2m, from £1.5m in 2023.",
        1500000,
        ("2023-01-01", "2023-12-31"),
    ),
    (
        "Ram raids on shops reached 61 last year. Losses fell to £1.2m in 2023.",
        1200000,
        ("2023-01-01", "2023-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "value", "expected"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_a_sentence_after_a_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == expected


CHANGE_ASIDE_ROWS = [
    # change_aside_yardstick: the change's yardstick in an aside is not the later figure's
    (
        "Mountain rescue teams were called out 210 times between June and August 2024. The "
        "call-outs, up 9% on the same months of 2023, saw volunteers help 260 walkers.",
        260,
        ("2024-06-01", "2024-08-31"),
    ),
    (
        "Crews attended 88 fires between July and September 2024. The fires, down 12% "
        "compared with the same quarter of 2023, saw 14 people rescued.",
        14,
        ("2024-07-01", "2024-09-30"),
    ),
    # near misses: the change keeps both halves; a yardstick's own count keeps its date;
    # a period with no change before it is the figure's own
    (
        "Mountain rescue teams were called out 210 times between June and August 2024. The "
        "call-outs, up 9% on the same months of 2023, saw volunteers help 260 walkers.",
        9,
        ("2023-06-01", "2024-08-31"),
    ),
    (
        "Crews were called 23 times in 2024, compared with 14 in the same period of 2023.",
        14,
        ("2023-01-01", "2023-12-31"),
    ),
    (
        "In the summer of 2023, 260 walkers were helped by volunteers.",
        260,
        ("2023-06-01", "2023-08-31"),
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "expected"), CHANGE_ASIDE_ROWS, ids=[r[0][-50:] for r in CHANGE_ASIDE_ROWS]
)
def test_a_figure_after_a_change_aside(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
