"""A count opening a contrasting ", while" clause after a share of a whole ("seven in ten of
the assaults were …, while 61 involved …") counts the things of that whole (elided rule
``share_contrast_content``), where ``clause_content`` leaves ", while" out. Every sentence is
invented for the test; the near misses keep a noun of their own, or have no share's whole.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 3, 20)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In 2024, around seven in ten of the assaults on bus drivers were verbal, while "
            "48 involved a weapon.",
            [(70, "percent", Y2024), (48, "assaults", Y2024)],
            id="in-ten-of-the",
        ),
        pytest.param(
            "Nearly half of the calls to the helpline in 2024 were about scams, while 120 "
            "related to cash machines.",
            [(50, "percent", Y2024), (120, "calls", Y2024)],
            id="half-of-the-calls",
        ),
        pytest.param(
            "In 2024, 62% of all reports from the stations were of abuse, while only 15 "
            "described a physical attack.",
            [(62, "percent", Y2024), (15, "reports", Y2024)],
            id="percent-of-all",
        ),
        # near misses: a noun of its own; no share's whole before ", while"
        pytest.param(
            "In 2024, two in five of the reports came from Derby, while 61 officers involved "
            "in the case were praised.",
            [(40, "percent", Y2024), (61, "officers", Y2024)],
            id="own-noun",
        ),
        pytest.param(
            "In 2024, most were verbal, while 61 involved a weapon.",
            [],
            id="no-whole",
        ),
    ],
)
def test_elided_share_contrast(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
