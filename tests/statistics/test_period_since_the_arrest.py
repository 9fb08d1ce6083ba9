""" "since his arrest" (their arrests, her conviction) runs from the day or month the arrest
was dated before, in a sentence that tells it, to P (period rule ``since_the_arrest``,
``period_since_incident.SINCE_THE_ARREST``); with no dated arrest before it, or with a
month of its own ("since the arrests in November"), it is not this rule's. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 10)

ROWS = [
    (
        "Kerr was arrested in Dundee on 3 February 2025.\n\n"
        "Since his arrest, investigators have traced £310,000 of the money.",
        {310000: ("2025-02-03", "2026-06-10")},
    ),
    (
        "The two men were arrested in March 2025. Since their arrests, 46 more victims have"
        " come forward.",
        {46: ("2025-03-01", "2026-06-10")},
    ),
    (
        "Webb was convicted at Leeds Crown Court on 12 January. Since her conviction, £52,000"
        " has been repaid to victims.",
        {52000: ("2026-01-12", "2026-06-10")},
    ),
    # near misses: no dated arrest before; a day of another event before; a month of its own
    (
        "Since his arrest, investigators have traced £310,000 of the money.",
        {310000: None},
    ),
    (
        "The trial opened on 3 February. Since his arrest, investigators have traced £310,000.",
        {310000: None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_since_the_arrest(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
