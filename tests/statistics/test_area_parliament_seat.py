"""Westminster after MPs, ministers or lobbying is the seat of Parliament, not the scope of
the figures of its sentence (place role ``parliament-seat``,
``place_role_leads.PARLIAMENT_BEFORE``): they take the issuer's area. Sentences invented
for the test, with near misses (the London borough)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Victim Support will take its findings on 2,300 victims to MPs at Westminster "
            "next week.",
            [(2300, "England and Wales")],
            id="mps-at-westminster",
        ),
        pytest.param(
            "The NSPCC, which has around 1,200 volunteers, spent the day lobbying ministers in "
            "Westminster.",
            [(1200, "UK")],
            id="lobbying-ministers-in-westminster",
        ),
        # near misses: the borough, with no MPs before it
        pytest.param(
            "Officers in Westminster made 40 arrests for shop theft last month.",
            [(40, "Westminster")],
            id="officers-in-westminster",
        ),
        pytest.param(
            "The Metropolitan Police said 65 shops in Westminster had joined the scheme.",
            [(65, "Westminster")],
            id="shops-in-westminster",
        ),
    ],
)
def test_westminster_after_mps_is_parliament(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
