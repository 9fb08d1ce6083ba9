"""A yardstick in words after "the" counts, as one in digits does (rule
``yardstick-the-word``): "more than double the nine reported in 2024" is a count of what
the count before it counts, and the multiple runs over both years (``COMPARATOR_BEFORE``
of ``period_links``, a count in words); so is "three times the eleven it made the year
before" (``figures._EARLIER_COUNT`` in words, ``units.WORD_COMPARED``, ``units._NO_NOUN``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 2, 16)
Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wardens logged 31 reports of aggressive begging in Preston in 2025, more than double "
            "the eleven reported in 2024.",
            [
                (31, "reports", Y25),
                (2, "times", ("2024-01-01", "2025-12-31")),
                (11, "reports", Y24),
            ],
            id="more-than-double-the-word-reported-in-a-year",
        ),
        pytest.param(
            "Outreach staff made 18 safeguarding referrals in Hull in 2025, twice the nine "
            "recorded in 2024.",
            [
                (18, "referrals", Y25),
                (2, "times", ("2024-01-01", "2025-12-31")),
                (9, "referrals", Y24),
            ],
            id="twice-the-word-recorded-in-a-year",
        ),
        pytest.param(
            "Officers seized 40 bikes in Luton in 2025, compared with the four recorded in 2024.",
            [(40, "bikes", Y25), (4, "bikes", Y24)],
            id="compared-with-the-word",
        ),
        pytest.param(
            "Officers seized 40 bikes in Luton in 2025, against nine recorded in 2024.",
            [(40, "bikes", Y25), (9, "bikes", Y24)],
            id="a-participle-after-a-yardstick-in-words",
        ),
        pytest.param(
            "Dorset Police made 33 arrests for drug supply in 2025, almost three times the "
            "eleven it made the year before.",
            [
                (33, "arrests", Y25),
                (3, "times", ("2024-01-01", "2025-12-31")),
                (11, "arrests", Y24),
            ],
            id="times-the-word-it-made-the-year-before",
        ),
        pytest.param(
            "Volunteers helped 24 families in 2025, double the six they helped in 2024.",
            [
                (24, "families", Y25),
                (2, "times", ("2024-01-01", "2025-12-31")),
                (6, "families", Y24),
            ],
            id="double-the-word-they-verb-in-a-year",
        ),
        pytest.param(  # near miss: "times the" a number word with a noun of its own
            "Officers in Kent made 30 arrests in 2025, three times the two teams in Medway "
            "managed.",
            [(30, "arrests", Y25)],
            id="times-the-word-with-a-noun-of-its-own",
        ),
        # near misses: a number word after "the" with a noun of its own, or with no
        # comparison before it, refers back and counts nothing
        pytest.param(
            "Officers from Kent made 40 arrests in 2025, more than the two forces managed in 2024.",
            [(40, "arrests", Y25)],
            id="than-the-word-with-a-noun-of-its-own",
        ),
        pytest.param(
            "The six police forces in the region made 40 arrests in 2025.",
            [(40, "arrests", Y25)],
            id="the-word-with-no-comparison",
        ),
    ],
)
def test_a_yardstick_in_words_after_the(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
