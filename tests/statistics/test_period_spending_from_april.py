"""A sum a body will spend, invest or receive "from April" (also "is investing", "will be
spent", "will go to") is the financial year from that April, as a charge changed "from
April" is (rule ``spending_from_april`` of ``period_budget_years.BUDGET_YEAR_RULES``).
Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

FEBRUARY = dt.date(2027, 2, 10)
NOVEMBER = dt.date(2026, 11, 20)
YEAR_2027_28 = ("2027-04-01", "2028-03-31")


@pytest.mark.parametrize(
    ("text", "published", "value", "expected"),
    [
        pytest.param(
            "Durham's Police and Crime Commissioner is to put £85,000 into knife crime "
            "education in Darlington from April.",
            FEBRUARY,
            85000,
            YEAR_2027_28,
            id="is-to-put-into-from-april",
        ),
        pytest.param(
            "Northumbria Police will receive an extra £2.4m from the Home Office from April.",
            FEBRUARY,
            2400000,
            YEAR_2027_28,
            id="will-receive-an-extra",
        ),
        pytest.param(
            "The Commissioner is to spend £150,000 on new cameras along the A38 corridor "
            "near Burton from April.",
            FEBRUARY,
            150000,
            YEAR_2027_28,
            id="is-to-spend-with-a-long-object",
        ),
        pytest.param(  # a release of November: the coming April's year
            "The council will invest £400,000 in street lighting in Swindon from April.",
            NOVEMBER,
            400000,
            YEAR_2027_28,
            id="will-invest-told-in-november",
        ),
        pytest.param(
            "£260,000 will be spent on new speed cameras in Hereford from April.",
            FEBRUARY,
            260000,
            YEAR_2027_28,
            id="sum-first-will-be-spent",
        ),
        pytest.param(
            "The Commissioner is investing £1.1m in neighbourhood teams in Telford from April.",
            FEBRUARY,
            1100000,
            YEAR_2027_28,
            id="is-investing",
        ),
        pytest.param(
            "A further £700,000 will go to Cumbria Constabulary's rural crime team from April.",
            FEBRUARY,
            700000,
            YEAR_2027_28,
            id="sum-will-go-to",
        ),
        pytest.param(
            "The charity is to receive £90,000 for its Bolton helpline from April.",
            FEBRUARY,
            90000,
            YEAR_2027_28,
            id="body-is-to-receive",
        ),
        pytest.param(  # near miss: a sum going to each one
            "Under the scheme, £250 will go to each victim of burglary in Luton from April.",
            FEBRUARY,
            250,
            None,
            id="go-to-each-victim",
        ),
        pytest.param(  # near miss: people receiving, the payee not right before the verb
            "Victims of burglary in Luton will receive £250 from April.",
            FEBRUARY,
            250,
            None,
            id="victims-of-burglary-receive",
        ),
        pytest.param(  # near miss: a payment each to people, no budget
            "Victims will receive £300 from April under the new support scheme.",
            FEBRUARY,
            300,
            None,
            id="payment-to-victims",
        ),
        pytest.param(  # near miss: spent, not to be spent
            "The council invested £400,000 in street lighting in Swindon from April.",
            NOVEMBER,
            400000,
            None,
            id="invested-past",
        ),
        pytest.param(  # near miss: a span of its own length
            "The force will spend £2m over three years from April.",
            FEBRUARY,
            2000000,
            ("2027-04-01", "2030-03-31"),
            id="over-three-years-from-april",
        ),
        pytest.param(  # near miss: a range of months
            "The force will spend £2m on new cars from April to June.",
            FEBRUARY,
            2000000,
            ("2027-04-01", "2027-06-30"),
            id="from-april-to-june",
        ),
    ],
)
def test_spending_from_april_is_the_financial_year(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    value: float,
    expected: tuple[str, str] | None,
) -> None:
    assert periods_of(nlp, text, published).get(value, "absent") == expected
