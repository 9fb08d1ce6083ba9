"""Back-references of a breakdown by place after the figures just stated: a place
ranked with an adverb before its verb ("Fife again had the highest rate, at 41": rule
``ranked_place``) and a place's part told with "there were" ("In Darlington there were 17
deaths": rule ``place_there_were``) take the period of the sentence before; a member of
the ranking after a contrast ("while Moray had the lowest at 6.1": elided-count rule
``contrast_place_ranked_at``) counts what the ranking counts. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, UnitPeriodsOf

PUBLISHED = dt.date(2025, 10, 15)
Y2024 = ("2024-01-01", "2024-12-31")

LEAD = "The charity opened 12 hubs between May and July."
"""A lead of another span, so that only the back-reference dates the breakdown."""

PERIOD_ROWS = [
    pytest.param(
        "Figures show 880 drug deaths were registered in 2024. The North East again had the "
        "highest rate, at 41 deaths per 100,000 people.",
        {41: Y2024},
        id="again-had-the-highest",
    ),
    pytest.param(
        "Forces logged 1,940 hate crimes in 2024. The West Midlands also saw the most, 610.",
        {610: Y2024},
        id="also-saw-the-most",
    ),
    pytest.param(
        LEAD + " "
        "Some 212 people died from drug poisoning in Cumbria in 2024. In Carlisle there were "
        "61 deaths.",
        {61: Y2024},
        id="in-place-there-were",
    ),
    pytest.param(
        LEAD + " "
        "Police recorded 400 thefts of tools in Kent in 2024. Across Medway, there were "
        "about 90 thefts.",
        {90: Y2024},
        id="across-place-there-were",
    ),
    pytest.param(
        LEAD + " "
        "Officers made 310 arrests in Devon in 2024. In Exeter there were nine arrests of "
        "women.",
        {9: Y2024},
        id="there-were-a-count-word",
    ),
    # near misses: the present or the future tells no part of the span before; an adverb
    # before a verb that ranks nothing
    pytest.param(
        LEAD + " Officers made 310 arrests in Devon in 2024. In Exeter there are 12 custody cells.",
        {12: None},
        id="there-are-is-now",
    ),
    pytest.param(
        LEAD + " "
        "Officers made 310 arrests in Devon in 2024. In Exeter there will be 20 new "
        "officers.",
        {20: None},
        id="there-will-be-is-to-come",
    ),
    pytest.param(
        LEAD + " Officers made 310 arrests in Devon in 2024. Exeter again had 20 new officers.",
        {20: None},
        id="again-without-a-ranking",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_ROWS)
def test_breakdown_back_references(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict
) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected


UNIT_ROWS = [
    pytest.param(
        "Hull had a rate of 19.8 deaths per 100,000 people in 2024, while York had the "
        "lowest at 6.1.",
        6.1,
        "deaths",
        id="while-place-had-the-lowest-at",
    ),
    pytest.param(
        "Leeds recorded 340 burglaries in 2024, whereas Wakefield had the fewest, at 52.",
        52,
        "burglaries",
        id="whereas-place-had-the-fewest-at",
    ),
    # near misses: no named place, or a time after "at"
    pytest.param(
        "Hull had a rate of 19.8 deaths per 100,000 people in 2024, while officers had the "
        "lowest at 6.1.",
        6.1,
        None,
        id="no-place-named",
    ),
    pytest.param(
        "Hull recorded 19 deaths in 2024, while York had the lowest at 6pm.",
        6,
        None,
        id="a-time-is-no-member",
    ),
]


@pytest.mark.parametrize(("text", "value", "unit"), UNIT_ROWS)
def test_contrast_place_ranked_at(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, value: float, unit: str | None
) -> None:
    units = [u for v, u, _ in unit_periods_of(nlp, text, PUBLISHED) if v == value]
    assert units == ([unit] if unit else [])
