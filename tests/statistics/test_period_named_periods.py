"""A period named before by its dates ("this year's bonfire period, which ran from 15
October to 10 November") and later by its name alone ("during the bonfire period", "in
last year's bonfire period"): the span named, or a year earlier (``named_period``);
sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, dated_phrases

P = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales were licensed in the Christmas trading period, from 1 to 24 December. "
            "During the Christmas trading period, 40 checks were made.",
            [
                ("from 1 to 24 December", "2025-12-01", "2025-12-24"),
                ("During the Christmas trading period", "2025-12-01", "2025-12-24"),
            ],
        ),
        (
            "The amnesty period ran from 3 to 16 November. Some 212 knives came in during the "
            "amnesty period, against 190 in last year's amnesty period.",
            [
                ("from 3 to 16 November", "2025-11-03", "2025-11-16"),
                ("during the amnesty period", "2025-11-03", "2025-11-16"),
                ("in last year's amnesty period", "2024-11-03", "2024-11-16"),
            ],
        ),
        # near misses: a length is no name ("over the six-month period" points back as
        # "the same period" does); a period never named by its dates is not guessed
        (
            "Between 1 May and 31 October 30 vans were stopped. Over the six-month period, 12 "
            "fires.",
            [
                ("Between 1 May and 31 October", "2025-05-01", "2025-10-31"),
                ("Over the six-month period", "2025-05-01", "2025-10-31"),
            ],
        ),
        (
            "Between 1 and 9 May 30 vans were stopped. During the bonfire period, 12 fires.",
            [("Between 1 and 9 May", "2025-05-01", "2025-05-09")],
        ),
    ],
)
def test_a_period_named_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule named_period_of_measure: the named period qualifies the measure of a
        # sentence that states its own period before it
        (
            "The amnesty period ran from 3 to 16 November. Over the past three years, the "
            "number of knives handed in over the amnesty period has risen by 35%.",
            {35: ("2022-12-01", "2025-11-30")},
        ),
        (
            "The Christmas trading period ran from 1 to 24 December 2024. Since 2021, the "
            "total of licensed stalls during the Christmas trading period has fallen by 18%.",
            {18: ("2021-01-01", "2025-12-02")},
        ),
        # near misses: no period before it in its sentence; no measure before it
        (
            "The amnesty period ran from 3 to 16 November. The number of knives handed in "
            "during the amnesty period rose to 212.",
            {212: ("2025-11-03", "2025-11-16")},
        ),
        (
            "The amnesty period ran from 3 to 16 November. Officers took in 212 knives "
            "during the amnesty period.",
            {212: ("2025-11-03", "2025-11-16")},
        ),
    ],
)
def test_a_named_period_of_the_measure(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
