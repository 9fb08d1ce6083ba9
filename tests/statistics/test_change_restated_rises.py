"""A change named as the subject, then what it comes to set off by a comma ("The Band D
increase, equal to 24p a week or 3.8%") is that change (rule ``change-noun-equal-to``), and
a figure after ", which is" right after a change restates it (rule ``equates-to``,
``changes._EQUATES``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Band D increase, equal to 24p a week or 3.8%, was backed by the Gwent panel.",
            [(0.24, "pounds", "increase"), (3.8, "percent", "increase")],
            id="increase-equal-to-then-listed",
        ),
        pytest.param(
            "The rise, equivalent to 2.9%, was the smallest the Dyfed-Powys panel has approved.",
            [(2.9, "percent", "increase")],
            id="rise-equivalent-to",
        ),
        pytest.param(
            "The cut, which is the equivalent of £1.15 a month, will be felt in Powys.",
            [(1.15, "pounds", "decrease")],
            id="cut-which-is-the-equivalent-of",
        ),
        pytest.param(
            "Households in Suffolk will pay an extra £12 a year for a Band D home, which is 4.1%.",
            [(12, "pounds", "increase"), (4.1, "percent", "increase")],
            id="extra-then-which-is",
        ),
        pytest.param(  # near miss: the noun is not right before the comma
            "The increase in calls to the Essex helpline, equal to 40 calls a day, has slowed.",
            [(40, "calls", None)],
            id="increase-in-calls-equal-to",
        ),
        pytest.param(  # near miss: no change before "which is"
            "The force has 1,320 officers, which is 14% of its workforce.",
            [(1320, "officers", None), (14, "percent", None)],
            id="level-which-is",
        ),
        pytest.param(  # near miss: "which is" not right before the figure
            "The precept will rise by £11 a year, which is below the cap of £14.",
            [(11, "pounds", "increase"), (14, "pounds", None)],
            id="which-is-below",
        ),
    ],
)
def test_restated_rises(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
