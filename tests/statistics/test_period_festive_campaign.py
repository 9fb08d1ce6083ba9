"""A festive campaign named without its year after "during" (``festive_campaign``:
"caught during the Christmas drink-drive campaign") takes the campaign's days stated in the
next sentence, and a later "during the campaign" takes them too (``festive_referred_again``);
with no days after it, it is no period; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2027, 1, 20)
CAMPAIGN = ("2026-12-02", "2027-01-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty-one drivers caught during the Christmas drink-drive campaign in Lincolnshire "
            "have been banned. Lincolnshire Police arrested 150 drivers between 2 December and "
            "2 January.",
            {41: CAMPAIGN, 150: CAMPAIGN},
            id="campaign-days-next-sentence",
        ),
        pytest.param(
            "Magistrates have fined 63 motorists stopped during the festive road safety "
            "operation in Cumbria. Officers tested 2,400 drivers between 2 December and 2 "
            "January, and 118 were arrested. In Carlisle, 29 drivers were arrested during the "
            "operation.",
            {63: CAMPAIGN, 29: CAMPAIGN},
            id="referred-again",
        ),
        # near miss: no campaign days after it (no period)
        pytest.param(
            "Forty-one drivers caught during the Christmas drink-drive campaign in Lincolnshire "
            "have been banned. Officers will keep testing drivers throughout the year.",
            {41: None},
            id="no-days-after",
        ),
    ],
)
def test_festive_campaign_dated_later(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
