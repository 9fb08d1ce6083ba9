"""What a body is paying for or funding another to do ("is also paying for the charity to
run sessions in 30 schools between February and July") is still to come
(``period_future.FUTURE_WORDS``, wording ``paying_for_to``): the months of P's year still
ahead, not the last ones past. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Commissioner is also paying for the St Giles Trust to run 24 workshops in "
            "Swindon between March and June.",
            {24: ("2026-03-01", "2026-06-30")},
            id="paying-for-to-run",
        ),
        pytest.param(
            "Durham County Council is funding Barnardo's to deliver 40 sessions in schools "
            "between February and May.",
            {40: ("2026-02-01", "2026-05-31")},
            id="funding-to-deliver",
        ),
        pytest.param(
            "The PCC's office is now commissioning a youth charity to hold 15 drop-ins "
            "between April and July.",
            {15: ("2026-04-01", "2026-07-31")},
            id="commissioning-to-hold",
        ),
        # near misses: what was paid for and done, with no "is"/"are"; no infinitive of doing
        pytest.param(
            "The Commissioner paid for the St Giles Trust to run 24 workshops in Swindon "
            "between March and June.",
            {24: ("2025-03-01", "2025-06-30")},
            id="paid-for-done",
        ),
        pytest.param(
            "The council is funding the scheme after 40 sessions were held between February "
            "and May.",
            {40: ("2025-02-01", "2025-05-31")},
            id="funding-no-infinitive",
        ),
    ],
)
def test_what_a_body_is_paying_for_is_to_come(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
