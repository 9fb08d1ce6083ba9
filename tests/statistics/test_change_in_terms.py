"""A change verb, the terms it is measured in, then "by" (rule ``verb-manner-by`` of
``changes``, :data:`pressfacts.statistics.changes._IN_TERMS`). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The union said constables' pay had fallen in real terms by 14% since 2012.",
            [(14, "percent", "decrease")],
            id="fallen-in-real-terms-by",
        ),
        pytest.param(
            "Funding for neighbourhood policing in Gwent rose in cash terms by 6% last year.",
            [(6, "percent", "increase")],
            id="rose-in-cash-terms-by",
        ),
        pytest.param(
            "The grant has been cut in real terms by £2.1m since 2019.",
            [(2100000, "pounds", "decrease")],
            id="cut-in-real-terms-by",
        ),
        # near misses: no change verb before the terms
        pytest.param(
            "The budget was set out in real terms by 12 officials in Cardiff.",
            [(12, "officials", None)],
            id="set-out-in-real-terms-not-change",
        ),
    ],
)
def test_a_change_in_terms(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
