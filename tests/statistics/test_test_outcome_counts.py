"""A count with its noun left out whose verb is what a roadside test found ("and 97 came
back positive", "A further 175 tested positive", "41 either failed or refused") counts the
noun of the count before (:data:`pressfacts.statistics.elided_words.TEST_OUTCOME`, rule
``test-outcome``); sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 1, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers carried out 388 drug wipes and 97 came back positive.",
            [(388, "wipes"), (97, "wipes")],
        ),
        (
            "Surrey Police breath-tested 1,480 drivers and 62 failed.",
            [(1480, "drivers"), (62, "drivers")],
        ),
        (
            "Officers stopped 640 motorists in Swindon. A further 38 tested positive for cocaine.",
            [(640, "motorists"), (38, "motorists")],
        ),
        (
            "Patrols stopped 300 drivers on the A30. Another 41 either failed or refused a "
            "breath test.",
            [(300, "drivers"), (41, "drivers")],
        ),
        (
            "Officers tested 900 riders and 12 proved positive for alcohol.",
            [(900, "riders"), (12, "riders")],
        ),
        # near misses: a noun of its own; no test outcome after the count
        (
            "Officers carried out 388 drug wipes and 97 officers failed to attend.",
            [(388, "wipes"), (97, "officers")],
        ),
        (
            "Officers carried out 388 drug wipes and 97 came from the night shift.",
            [(388, "wipes"), (97, "wipes")],
        ),
        (
            "Officers carried out 388 drug wipes and 97 said they would help.",
            [(388, "wipes")],
        ),
    ],
)
def test_test_outcome_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
