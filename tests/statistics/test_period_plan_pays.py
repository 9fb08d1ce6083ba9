"""Back-reference ``the_plan_pays`` in the wordings releases use for a sum's spending: what
"the money", "the grant" or "the fund" will (also) pay for or buy takes the year the sum was
stated for, at a sentence's opening or after "<Name> said"; a nearer month, a sum with no
year, or a sentence that does not pay for anything takes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 10)
FY = ("2025-04-01", "2026-03-31")


LEAD = "The Police and Crime Commissioner for Dorset has awarded £95,000 for 2025/26. "

PAYS_FOR = [
    "The money will pay for 14 street marshals.",
    "The money will also pay for 14 street marshals.",
    "The grant also pays for 14 street marshals.",
    "The commissioner's funding will also pay for 14 street marshals.",
    "This money will buy 14 body-worn cameras.",
    "The Safer Streets Fund will pay for 14 street marshals.",
    "Mr Hollis said the money would pay for 14 street marshals.",
    "Ms Adebayo said that the grant would fund 14 street marshals.",
    "The budget pays for 14 street marshals.",
]


FAR_BACK = (
    "The commissioner for Kent has awarded £240,000 to the youth justice service for "
    "2026/27.\n\nFigures show 1,126 children were cautioned in the year ending March "
    "2025.\n\nAt the end of December, 214 cases were waiting.\n\nMr Ferris said: "
    '"Children wait too long."\n\nThe money will fund 14 caseworkers.'
)


def test_what_the_sum_pays_for_takes_the_sum_s_year_past_other_years(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    """``the_sum_pays`` looks back past figures and comment to the sentence stating the
    sum, not to the nearer whole year of a count."""
    assert periods_of(nlp, FAR_BACK, P)[14] == ("2026-04-01", "2027-03-31")


@pytest.mark.parametrize("sentence", PAYS_FOR)
def test_what_the_sum_pays_for_takes_its_year(
    nlp: Language, periods_of: PeriodsOf, sentence: str
) -> None:
    assert periods_of(nlp, LEAD + sentence, P)[14] == FY


NOT_PAID_FOR = [
    # the money is no plan that pays for anything
    LEAD + "The money was seized from 14 dealers.",
    LEAD + "The grant was welcomed by 14 community groups.",
    # a sum with no year before: nothing to carry
    "The commissioner for Dorset has awarded £95,000. The money will pay for 14 marshals.",
    # a nearer month is no budget year (the rule takes whole years only)
    "Dorset Police had 40 cadets at the end of May. The money will pay for 14 marshals.",
]


@pytest.mark.parametrize("text", NOT_PAID_FOR)
def test_no_year_for_what_is_not_paid_for(nlp: Language, periods_of: PeriodsOf, text: str) -> None:
    assert periods_of(nlp, text, P)[14] is None


MULTI_YEAR = [
    # rule ``multi_year_budget``: a sum set for two or three financial years in a row
    ("Durham's Police and Crime Commissioner has committed £900,000 for 2025/26 and 2026/27. "
     "The money will pay for 14 outreach workers.", ("2025-04-01", "2027-03-31")),
    ("The Norfolk commissioner has awarded £2.1m to the service between April 2025 and "
     "March 2028. The grant will also fund 14 refuge places.", ("2025-04-01", "2028-03-31")),
    ("Avon and Somerset's commissioner has set aside £600,000 for 2025/26 and 2026/27.\n\n"
     "Ms Pryce said the money would buy 14 alarms.", ("2025-04-01", "2027-03-31")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), MULTI_YEAR)
def test_what_a_several_year_sum_pays_for_takes_its_years(
    nlp: Language, periods_of: PeriodsOf, text: str, span: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[14] == span


NOT_A_BUDGET_SPAN = [
    # near misses: a span to P, part of a year, or more than three financial years
    "The commissioner has spent £95,000 since April 2024. The money will pay for 14 marshals.",
    "The commissioner spent £95,000 between April and December 2024. "
    "The money will pay for 14 marshals.",
    "The commissioner awarded £95,000 between April 2020 and March 2024. "
    "The money will pay for 14 marshals.",
]


@pytest.mark.parametrize("text", NOT_A_BUDGET_SPAN)
def test_no_budget_span_for_other_spans(nlp: Language, periods_of: PeriodsOf, text: str) -> None:
    assert periods_of(nlp, text, P)[14] is None
