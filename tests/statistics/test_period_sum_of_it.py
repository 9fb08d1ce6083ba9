"""A sentence opening on a part of the sum of money just stated ("Only £1.1m of that was
covered by a grant", "About £400,000 of it went on roofs": rule ``sum_of_it`` of
``back_reference_openings``) takes the span of the sum before it. Sentences invented;
near misses name a sum of their own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

FY24 = ("2024-04-01", "2025-03-31")
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lincolnshire Police spent £2.6m in 2024/25 policing the docks. Only £900,000 of "
            "that was met by a Home Office grant.",
            {2600000: FY24, 900000: FY24},
            id="only-of-that",
        ),
        pytest.param(
            "The harbour board spent £2m on new scanners in 2024. About £400,000 of it went "
            "on training.",
            {2000000: Y24, 400000: Y24},
            id="about-of-it",
        ),
        pytest.param(
            "Officers at Gatwick seized £740,000 in cash in 2024. £310,000 of the total was "
            "in euros.",
            {740000: Y24, 310000: Y24},
            id="of-the-total",
        ),
        # near misses: a sum of its own, or a body's whole
        pytest.param(
            "The harbour board spent £2m on new scanners in 2024. £50,000 of funding came "
            "from the council.",
            {2000000: Y24, 50000: None},
            id="sum-of-its-own",
        ),
        pytest.param(
            "The harbour board spent £2m on new scanners in 2024. £50,000 of the council's "
            "budget went on signs.",
            {2000000: Y24, 50000: None},
            id="a-bodys-whole",
        ),
    ],
)
def test_a_part_of_the_sum_takes_its_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Avon and Somerset Police spent £3.1m policing matches in 2024/25. Clubs paid "
            "back only £800,000 of that.",
            {3100000: FY24, 800000: FY24},
            id="subject-and-verb-before",
        ),
        pytest.param(
            "The council spent £450,000 on match-day road closures in 2024. The clubs "
            "refunded about £90,000 of it.",
            {450000: Y24, 90000: Y24},
            id="subject-and-verb-about-of-it",
        ),
        # near misses: a sum of its own after a subject; a sentence opening on a place
        pytest.param(
            "The council spent £450,000 on match-day road closures in 2024. The clubs "
            "gave £90,000 of funding to a fan zone.",
            {450000: Y24, 90000: None},
            id="subject-then-a-sum-of-its-own",
        ),
    ],
)
def test_a_part_of_the_sum_after_its_subject(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    """Rule ``sum_of_it`` after a short subject and verb ("Clubs paid back just £1.2m of
    that"): the sum's span, as when the sentence opens on the sum."""
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected
