""" "since" as an adverb after "has/have" ("The council has since sent packs to 2,300
retailers") is a tally from the start of the span stated just before to the publication
date (period rule ``since_adverb``, resolved as ``since_then``). Sentences written for
these tests; the near misses keep their own periods."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 10)
TO_P = P.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2022, 19 of 60 pubs in Derby failed the checks. Officers have since trained "
            "more than 400 bar staff.",
            {
                19: ("2022-01-01", "2022-12-31"),
                60: ("2022-01-01", "2022-12-31"),
                400: ("2022-01-01", TO_P),
            },
        ),
        (
            "The hub opened in March 2024. It has since helped 1,150 families across Essex.",
            {1150: ("2024-03-01", TO_P)},
        ),
        (
            "Kent Police seized 38 quad bikes in June 2023, and the force has since returned "
            "27 bikes to their owners.",
            {38: ("2023-06-01", "2023-06-30"), 27: ("2023-06-01", TO_P)},
        ),
        # near misses: "since" with its own date; a past perfect; no "has/have"
        (
            "In 2022 the scheme began. It has since 2023 sent 300 packs to schools.",
            {300: ("2023-01-01", TO_P)},
        ),
        (
            "In 2022, 19 pubs failed the checks. Since, officers trained 80 bar staff.",
            {19: ("2022-01-01", "2022-12-31"), 80: ("2022-01-01", "2022-12-31")},
        ),
    ],
)
def test_period_since_adverb(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
