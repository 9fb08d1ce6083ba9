"""A sentence in the present perfect after a span that runs to P takes that span."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span up to P, then sentences in the present perfect
        (
            "Officers have made 52 arrests since the start of Operation Ploughshare in June. "
            "Poachers have been stopped on 30 occasions and 14 vehicles have been seized.",
            {
                52: ("2025-06-01", "2025-10-08"),
                30: ("2025-06-01", "2025-10-08"),
                14: ("2025-06-01", "2025-10-08"),
            },
        ),
        (
            "Thieves have taken quad bikes worth £900,000 so far this year. Officers have "
            "recovered £310,000 of it.",
            {900000: ("2025-01-01", "2025-10-08"), 310000: ("2025-01-01", "2025-10-08")},
        ),
        # an opening adverbial set off by a comma before the subject
        (
            "The youth boxing scheme has run in Hull since it opened in March. "
            "Its coaches visit clubs each week. To date, 38 clubs have joined. In Goole, "
            "nine clubs have taken part.",
            {38: ("2025-03-01", "2025-10-08"), 9: ("2025-03-01", "2025-10-08")},
        ),
        (
            "Officers have made 61 arrests since May. Patrols run on weekend nights. "
            "So far, 17 vans have been seized.",
            {61: ("2025-05-01", "2025-10-08"), 17: ("2025-05-01", "2025-10-08")},
        ),
        # near misses: a closed span before; money given; the past simple
        (
            "Officers made 61 arrests in 2024. So far, 17 vans have been seized.",
            {61: ("2024-01-01", "2024-12-31"), 17: None},
        ),
        (
            "Officers have made 61 arrests since May. Last winter, 17 vans were seized.",
            {61: ("2025-05-01", "2025-10-08"), 17: ("2024-12-01", "2025-02-28")},
        ),
        (
            "Officers made 52 arrests in 2024. Poachers have been stopped on 30 occasions.",
            {52: ("2024-01-01", "2024-12-31"), 30: None},
        ),
        (
            "The team has handled 70 cases since April. The service has also received "
            "£40,000 to extend its work.",
            {70: ("2025-04-01", "2025-10-08"), 40000: None},
        ),
        (
            "Officers have made 52 arrests since June. Poachers were stopped on 30 occasions "
            "near Hull.",
            # not this rule's: the past simple told after the lead (narrative_count)
            {52: ("2025-06-01", "2025-10-08"), 30: ("2025-06-01", "2025-10-08")},
        ),
    ],
)
def test_present_perfect_after_a_span_to_date(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally to now inside a sentence that refers back: no closed period before is its
        (
            "Forces seized £80m in 2024. Half of the cash seized in Hull goes to a fund, "
            "which has so far given 45 grants.",
            {80000000: ("2024-01-01", "2024-12-31"), 50: ("2024-01-01", "2024-12-31"), 45: None},
        ),
        # ... but a span running to P is the tally's
        (
            "Forces have seized £80m since April. Half of the cash goes to a fund, which "
            "has so far given 45 grants.",
            {
                80000000: ("2025-04-01", "2025-10-08"),
                50: ("2025-04-01", "2025-10-08"),
                45: ("2025-04-01", "2025-10-08"),
            },
        ),
        # near miss: no tally to now (a past perfect), the period before stands
        (
            "Officers made 300 stops in 2024. Of those stopped, 40 had already been warned.",
            {300: ("2024-01-01", "2024-12-31"), 40: ("2024-01-01", "2024-12-31")},
        ),
    ],
)
def test_a_tally_to_now_takes_no_closed_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
