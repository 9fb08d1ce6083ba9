"""A tally "since" a start stated before, with no date of its own ("have since charged",
"have since been cautioned", a clause-final "so far"), takes the span of the latest
"since" stated before it, past a span stated between them (rule ``since_adverb_again``).
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Swindon business crime team has recovered 52 stolen bikes since it was set up "
            "in January.\n\nIt was formed after cycle thefts in Swindon reached 930 offences "
            "in the year to November 2025.\n\nOfficers have since charged 37 suspects.",
            {
                52: ("2026-01-01", "2026-06-18"),
                930: ("2024-12-01", "2025-11-30"),
                37: ("2026-01-01", "2026-06-18"),
            },
            id="have-since-charged",
        ),
        pytest.param(
            "Patrols in Truro have stopped 140 vehicles since March. The patrols began after "
            "collisions rose to 212 crashes in 2025.\n\nEleven drivers have since been banned.",
            {
                140: ("2026-03-01", "2026-06-18"),
                212: ("2025-01-01", "2025-12-31"),
                11: ("2026-03-01", "2026-06-18"),
            },
            id="have-since-been",
        ),
        pytest.param(
            "Wardens in Bangor have issued 85 fines since February. The scheme was set up "
            "after complaints reached 400 reports in 2025. They have cautioned 19 people so "
            "far, the council said.",
            {
                85: ("2026-02-01", "2026-06-18"),
                400: ("2025-01-01", "2025-12-31"),
                19: ("2026-02-01", "2026-06-18"),
            },
            id="so-far-clause-final",
        ),
        # near misses: no "since" stated before (undated, as ever); a later clause's "since"
        # (since the arrest); "so far this year" is this year's
        pytest.param(
            "Thefts in Bangor reached 400 offences in 2025. Officers have since charged 19 "
            "suspects.",
            {400: ("2025-01-01", "2025-12-31"), 19: None},
            id="near-miss-no-since-before",
        ),
        pytest.param(
            "Wardens in Bangor have issued 85 fines since February.\n\nOn 3 June officers "
            "arrested two men in Bangor, who have since been charged.",
            {85: ("2026-02-01", "2026-06-18"), 2: None},
            id="near-miss-later-clause",
        ),
        pytest.param(
            "Wardens in Bangor have issued 85 fines since February.\n\nThree men have since "
            "been charged over a burglary in the city.",
            {85: ("2026-02-01", "2026-06-18"), 3: None},
            id="near-miss-count-subject",
        ),
        pytest.param(
            "Wardens in Bangor have issued 85 fines since February. They have cautioned 19 "
            "people so far this year.",
            {85: ("2026-02-01", "2026-06-18"), 19: ("2026-01-01", "2026-06-18")},
            id="near-miss-so-far-this-year",
        ),
    ],
)
def test_a_tally_since_takes_the_since_stated_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
