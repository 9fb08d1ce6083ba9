"""A count after "and there have been" / "but there were" counts the things of the count
before it in its sentence (elided rule ``there_were_again``).

"Reports fell from 143 in 2023 to 118 in 2024, and there have been 91 so far this year":
the 91 are reports, of this year. Every sentence is invented for the test; the near misses
keep a noun of their own or were found before.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Reports of harassment in Guildford fell from 143 in 2023 to 118 in 2024, and "
            "there have been 91 so far this year.",
            [
                (143, "reports", ("2023-01-01", "2023-12-31")),
                (118, "reports", ("2024-01-01", "2024-12-31")),
                (91, "reports", ("2025-01-01", "2025-11-27")),
            ],
            id="so-far-this-year",
        ),
        pytest.param(
            "The force logged 310 hate crimes last year, but there have been 140 since January.",
            [
                (310, "crimes", ("2024-01-01", "2024-12-31")),
                (140, "crimes", ("2025-01-01", "2025-11-27")),
            ],
            id="since-month",
        ),
        pytest.param(
            "Wardens recorded 64 complaints about noise in Epsom in 2024, while there were "
            "about 50 in 2023.",
            [
                (64, "complaints", ("2024-01-01", "2024-12-31")),
                (50, "complaints", ("2023-01-01", "2023-12-31")),
            ],
            id="while-there-were-year",
        ),
        # a span before "there" and a comparison after the count (Found by held-out 208)
        pytest.param(
            "Surrey Police logged 640 shed break-ins in 2024, and between April and June this "
            "year there were 112, compared with 150 in the same period last year.",
            [
                (640, "break-ins", ("2024-01-01", "2024-12-31")),
                (112, "break-ins", ("2025-04-01", "2025-06-30")),
                (150, "break-ins", ("2024-04-01", "2024-06-30")),
            ],
            id="span-before-there-compared",
        ),
        pytest.param(
            "Thames Valley Police dealt with 820 van thefts last year, and so far this year "
            "there have been 530.",
            [
                (820, "thefts", ("2024-01-01", "2024-12-31")),
                (530, "thefts", ("2025-01-01", "2025-11-27")),
            ],
            id="so-far-this-year-before-there",
        ),
        # near misses: a noun of its own after the count
        pytest.param(
            "Surrey Police logged 640 shed break-ins in 2024, and between April and June "
            "there were 35 officers on the operation.",
            [
                (640, "break-ins", ("2024-01-01", "2024-12-31")),
                (35, "officers", ("2025-04-01", "2025-06-30")),
            ],
            id="span-before-there-own-noun",
        ),
        pytest.param(
            "Police attended 40 incidents in June, and there were 91 officers on duty.",
            [
                (40, "incidents", ("2025-06-01", "2025-06-30")),
                (91, "officers", ("2025-06-01", "2025-06-30")),
            ],
            id="noun-of-its-own",
        ),
        pytest.param(
            "Wardens issued 75 fines in May, and there were 12 complaints.",
            [
                (75, "fines", ("2025-05-01", "2025-05-31")),
                (12, "complaints", ("2025-05-01", "2025-05-31")),
            ],
            id="noun-at-end",
        ),
    ],
)
def test_elided_there_were_again(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
