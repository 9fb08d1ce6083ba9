"""More of the things counted before, after a verb of adding them ("has 174 specials and
wants to recruit 60 more"): the count takes the noun of the count before it (rule
``added_more`` of ``elided_actions``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cleveland Police has 96 detectives and aims to hire 20 more.",
            {96: "detectives", 20: "detectives"},
            id="hire-more-at-end",
        ),
        pytest.param(
            "The force has 310 specials and plans to recruit 45 more by April.",
            {310: "specials", 45: "specials"},
            id="recruit-more-before-by",
        ),
        pytest.param(
            "The council opened 12 warm hubs last winter and will open six extra this year.",
            {12: "hubs", 6: "hubs"},
            id="open-extra-before-period",
        ),
        # near misses: a noun of its own
        pytest.param(
            "The force has 310 specials and plans to recruit 45 more officers.",
            {310: "specials", 45: "officers"},
            id="noun-of-its-own",
        ),
        pytest.param(
            "Gwent Police has 88 specials and wants to train 30 more call handlers.",
            {88: "specials", 30: "handlers"},
            id="noun-of-its-own-two-words",
        ),
    ],
)
def test_added_more(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: dict[float, str]
) -> None:
    assert {value: unit for value, unit, _ in unit_periods_of(nlp, text, P)} == expected
