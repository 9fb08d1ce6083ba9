"""A rise of a charge named as the subject, then what it comes to at a rate ("The increase,
which works out at about 27p a week", "The rise adds £15 a year") is a change: the charge
goes up by it (rule ``rise-at-a-rate``, ``changes.RISE_AT_A_RATE``). Every sentence is
invented for the test."""

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
            "The increase, which works out at about 31p a week, was backed by the panel.",
            [(0.31, "pounds", "increase")],
            id="which-works-out-at",
        ),
        pytest.param(
            "The rise works out at 24p a week for a Band D home in Hertfordshire.",
            [(0.24, "pounds", "increase")],
            id="works-out-at",
        ),
        pytest.param(
            "The rise adds £13 a year, or 25p a week, to a Band D bill in Gwent.",
            [(13, "pounds", "increase"), (0.25, "pounds", "increase")],
            id="rise-adds-then-listed",
        ),
        pytest.param(
            "Commissioner Amir Shah has proposed a Band D increase of £12.60 for 2026/27, "
            "about 24p a week.",
            [(12.6, "pounds", "increase"), (0.24, "pounds", "increase")],
            id="increase-of-then-a-rate",
        ),
        pytest.param(  # near miss: a cost of a rise in demand is no change
            "The rise in demand costs Essex Police £20,000 a week.",
            [(20000, "pounds", None)],
            id="rise-in-demand-costs",
        ),
        pytest.param(  # near miss: the level the rise takes the bill to
            "The rise takes the Band D bill in Cumbria to £321 a year.",
            [(321, "pounds", None)],
            id="rise-takes-to-a-level",
        ),
        pytest.param(  # near miss: not money
            "The rise adds 12 officers a year to the Wiltshire force.",
            [(12, "officers", None)],
            id="rise-adds-a-count",
        ),
    ],
)
def test_rise_at_a_rate(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
