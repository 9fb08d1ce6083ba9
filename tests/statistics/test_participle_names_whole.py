"""A count "of those <participle>" after a count of another thing in its own sentence is a
part of what the participle names, counted before, and takes its period: rule
``participle_names_whole`` of :mod:`pressfacts.statistics.done_wholes` ("Officers seized
£8,200 in cash and nine of those arrested have been charged": the people arrested, not the
cash). Every sentence is invented; near misses have no participle ("12 of them"), or a
count of their own sentence that the participle tells ("arrested 40 people, and 12 of those
arrested …")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 16)
SPRING = ("2026-03-01", "2026-05-31")
MAY = ("2026-05-01", "2026-05-31")
QUOTES = (
    '\n\n"We will not stop," said Chief Inspector Jo Bell. "This is only the start."'
    '\n\n"Crime like this wrecks lives," she added.\n\n'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers arrested 23 people in Hull between March and May."
            + QUOTES
            + "Officers also seized £8,200 in cash and nine of those arrested have been charged.",
            {23.0: SPRING, 8200.0: None, 9.0: SPRING},
            id="cash-then-those-arrested",
        ),
        pytest.param(
            "Wardens stopped 310 vans across Bolton between March and May."
            + QUOTES
            + "They recovered 14 stolen bikes, and 20 of those stopped were found to be "
            "uninsured.",
            {310.0: SPRING, 14.0: None, 20.0: SPRING},
            id="other-count-then-those-stopped",
        ),
        # near miss: the participle tells a count of its own sentence
        pytest.param(
            "Police arrested 40 people in Leeds in May, and 12 of those arrested were women.",
            {40.0: MAY, 12.0: MAY},
            id="own-sentence-arrests",
        ),
        # near miss: no participle, the count before it in its sentence as ever
        pytest.param(
            "Officers seized 40 knives in Hull in May, and 12 of them were found in parks.",
            {40.0: MAY, 12.0: MAY},
            id="of-them-no-participle",
        ),
    ],
)
def test_participle_names_whole(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
