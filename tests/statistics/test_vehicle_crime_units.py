"""Counts whose noun is a capitalised name after a participle (``units.PARTICIPLE_BEFORE_NAME``,
rule ``participle_before_name``), a ranking's measure given after "with" (unit rule
``ranked-with``) or the plural noun before "N of whom/which" (unit rule
``of-whom-noun``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.gloss_units import of_whom_noun, ranked_with_noun
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 9, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found four stolen Range Rovers inside a container in July.",
            [(4, "rovers", ("2025-07-01", "2025-07-31"))],
        ),
        (
            "Detectives recovered 14 stolen Land Rovers near Ashford in June.",
            [(14, "rovers", ("2025-06-01", "2025-06-30"))],
        ),
        (
            "Police seized six cloned Ford Transits behind a unit in Luton in May.",
            [(6, "transits", ("2025-05-01", "2025-05-31"))],
        ),
        # near misses: a participle before a lower-case noun or a name that is no plural
        (
            "Officers found four stolen vans in May.",
            [(4, "vans", ("2025-05-01", "2025-05-31"))],
        ),
        ("Officers said 40 attended Police Scotland in May.", []),
    ],
)
def test_participle_before_capitalised_name(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "London accounted for the largest share of thefts, with the Metropolitan "
            "Police recording ",
            ", down from 19,231 in 2023/24.",
            "thefts",
        ),
        (
            "Leeds had the most burglaries, with West Yorkshire Police recording ",
            " in 2024.",
            "burglaries",
        ),
        (
            "The county saw the highest number of seizures, with officers making ",
            " last year.",
            "seizures",
        ),
        # near misses: a noun of its own, no ranking, no "with"
        ("Leeds had the most burglaries, with West Yorkshire Police recording ", " crimes.", None),
        ("Leeds had burglaries, with West Yorkshire Police recording ", " in 2024.", None),
        ("Leeds had the most burglaries, West Yorkshire Police recording ", " in 2024.", None),
    ],
)
def test_ranked_with_noun(before: str, after: str, expected: str | None) -> None:
    assert ranked_with_noun(before, after) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "Officers carried out checks on scrap metal dealers, ",
            " of whom were visited.",
            "dealers",
        ),
        ("The team targeted car washes, ", " of which were closed.", "washes"),
        ("Patrols spoke to e-scooter riders, ", " of whom were under 16.", "riders"),
        # near misses: no plural right before the comma, or no "of whom"
        ("Officers spoke to residents in May, ", " of whom had been burgled.", None),
        ("Officers visited the campus, ", " of which were closed.", None),
        ("Officers carried out checks on scrap metal dealers, ", " were visited.", None),
    ],
)
def test_of_whom_noun(before: str, after: str, expected: str | None) -> None:
    assert of_whom_noun(before, after) == expected


def test_ranked_with_and_of_whom_in_a_release(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    text = (
        "Police recorded 9,120 bike thefts in 2024. Bristol had the most thefts, with "
        "Avon and Somerset Police recording 2,310 in 2024. Officers also checked scrap "
        "metal dealers, nine of whom were visited in March."
    )
    assert unit_periods_of(nlp, text, PUBLISHED) == [
        (9120, "thefts", ("2024-01-01", "2024-12-31")),
        (2310, "thefts", ("2024-01-01", "2024-12-31")),
        (9, "dealers", ("2025-03-01", "2025-03-31")),
    ]
