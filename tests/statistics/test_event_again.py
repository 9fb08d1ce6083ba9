"""A sentence that opens on the event the sentence before told of and says what it "also"
found points back to that figure (back pointer ``the-event-again`` of ``event_again``): it
takes its area and its period. Sentences invented for the test, with near misses: no
"also", an event noun that is not the subject."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, PeriodsOf

P = dt.date(2025, 6, 10)
LEAD = "Cheshire Police seized 12 knives during a sweep of Crewe railway station on Friday. "


@pytest.mark.parametrize(
    ("second", "expected_area", "expected_period"),
    [
        pytest.param(
            "The sweep also found three machetes.",
            "Crewe",
            ("2025-06-06", "2025-06-06"),
            id="the-sweep-also-found",
        ),
        pytest.param(
            "The operation, part of a regional week of action against knife crime, also "
            "recovered 40 rounds of ammunition.",
            "Crewe",
            ("2025-06-06", "2025-06-06"),
            id="aside-between-subject-and-verb",
        ),
        pytest.param(
            "The weapons sweep also turned up nine knuckledusters.",
            "Crewe",
            ("2025-06-06", "2025-06-06"),
            id="weapons-sweep-turned-up",
        ),
        # near misses: no "also" (another event may be meant); not the subject
        pytest.param(
            "The operation found 40 rounds of ammunition.",
            "Cheshire",
            None,
            id="no-also",
        ),
        pytest.param(
            "Officers on a second sweep also found 40 rounds of ammunition.",
            "Cheshire",
            None,
            id="event-is-not-the-subject",
        ),
    ],
)
def test_a_further_find_of_the_event_before(
    nlp: Language,
    areas: AreasOf,
    periods_of: PeriodsOf,
    second: str,
    expected_area: str,
    expected_period: tuple[str, str] | None,
) -> None:
    text = LEAD + second
    found = dict(areas(nlp, text))
    value = next(v for v, _ in areas(nlp, text) if v != 12)
    assert found[value] == expected_area
    assert periods_of(nlp, text, P)[value] == expected_period
