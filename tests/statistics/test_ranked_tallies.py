"""A place's count in apposition to a tally ("Leeds recorded the highest number, 412,
followed by …") is a statistic of the thing counted before: no age after a name (the
``age-after-name`` exclusion skips :data:`TALLY_WORDS`), and its noun comes from the last
count, also past shares, sums or multiples of it stated since (``counted_before``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.thresholds import TALLY_WORDS
from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 12)
Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police received 2,400 scam reports in 2025. Leeds recorded the highest number, "
            "412, followed by Bradford with 260.",
            [(2400, "reports", Y25), (412, "reports", Y25), (260, "reports", Y25)],
            id="highest-number-next-sentence",
        ),
        pytest.param(
            "Police received 2,400 scam reports in 2025, an average loss of £900 per report. "
            "Reports rose by 8%. Women made up 61% of reports. Leeds recorded the highest "
            "number, 412, followed by Bradford with 260.",
            [
                (2400, "reports", Y25),
                (900, "pounds", Y25),
                (8, "percent", None),
                (61, "percent", Y25),
                (412, "reports", Y25),
                (260, "reports", Y25),
            ],
            id="past-shares-and-sums",
        ),
        pytest.param(  # near miss: a count of something else stands between
            "Police received 2,400 scam reports in 2025 and made 85 arrests. Leeds recorded "
            "the most, 41, followed by Bradford with 20.",
            [(2400, "reports", Y25), (85, "arrests", Y25), (41, "arrests", Y25),
             (20, "arrests", Y25)],
            id="nearest-count-wins",
        ),
        pytest.param(  # near miss: an age after a name is still no statistic
            "Police received 2,400 scam reports in 2025. Amy Shaw, 41, was charged.",
            [(2400, "reports", Y25)],
            id="age-after-name",
        ),
        pytest.param(  # nor after a word for a person
            "Police received 2,400 scam reports in 2025. A woman, 41, was charged.",
            [(2400, "reports", Y25)],
            id="age-after-a-person-noun",
        ),
        pytest.param(  # the tally names its own noun
            "Police made 300 arrests in 2025. Leeds recorded the most arrests, 71, followed "
            "by Bradford with 38.",
            [(300, "arrests", Y25), (71, "arrests", Y25), (38, "arrests", Y25)],
            id="most-with-its-noun",
        ),
    ],
)  # fmt: skip
def test_a_tally_in_apposition_counts_the_noun_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert "number" in TALLY_WORDS
    assert unit_periods_of(nlp, text, P) == expected
