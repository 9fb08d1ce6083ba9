"""An age bound in digits after "every", "each", "any" or "no" and a singular person noun
("every victim over 65 gets a visit") is no statistic (exclusion
``age-bound-after-one-person``,
:data:`pressfacts.statistics.age_phrases.AGE_BOUND_AFTER_ONE_PERSON`); a plural noun or a
unit after the number, a share, or a large number stays a statistic. Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The PCC in Essex has paid for 3 caseworkers so that every victim over 65 is "
            "called back within a day.",
            [(3, "caseworkers")],
            id="every-victim-over",
        ),
        pytest.param(
            "Staff in Leeds branches now phone police if any customer over 70 asks for "
            "more than £5,000 in cash.",
            [(5000, "pounds")],
            id="any-customer-over",
        ),
        pytest.param(
            "Wardens in Hove visited 210 homes, and each resident aged over 80 was given "
            "a call blocker.",
            [(210, "homes")],
            id="each-resident-aged-over",
        ),
        pytest.param(
            "The scheme in Bolton means no pensioner under 75 pays for the device.",
            [],
            id="no-pensioner-under",
        ),
        # near misses: a plural noun or a unit after the number; a share; a large number
        pytest.param(
            "The club in Leek gave every member over 40 sessions of advice.",
            [(40, "sessions")],
            id="near-miss-plural-noun",
        ),
        pytest.param(
            "Cameras in Ely caught each driver over 30 mph on the bypass.",
            [(30, "mphs")],
            id="near-miss-speed",
        ),
        pytest.param(
            "The bank in Wigan refunded any customer over 1,500 pounds last year.",
            [(1500, "pounds")],
            id="near-miss-large-number",
        ),
    ],
)
def test_age_bound_after_one_person(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units_of(nlp, text, P) == expected
