"""A place's part told with what the body did ("In Oldham, officers disrupted 14 county
lines") takes the period of the figures just stated (back-reference
``place_body_recorded`` with :data:`PLACE_BODY_ACTION_VERBS`); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 11, 12)
SPAN = ("2025-05-01", "2025-10-31")

ROWS = [
    pytest.param(
        "Cleveland Police arrested 96 people between May and October. Most were men. "
        "In Middlesbrough, detectives seized 23 phones and recovered 11 bikes.",
        {23: SPAN, 11: SPAN},
        id="seized-and-recovered",
    ),
    pytest.param(
        "Merseyside Police safeguarded 240 children between May and October. Of those, 60 "
        "were girls. In St Helens and Knowsley, officers closed down 19 drug lines.",
        {19: SPAN},
        id="closed-down",
    ),
    pytest.param(
        "Kent's exploitation team found 180 missing children between May and October. "
        "Across Medway, the team safeguarded 44 of them.",
        {44: SPAN},
        id="across-a-place-safeguarded",
    ),
    pytest.param(
        "Essex Police searched 310 homes between May and October. In Basildon, officers "
        "carried out 52 warrants.",
        {52: SPAN},
        id="carried-out",
    ),
    pytest.param(
        "The helpline took 2,600 calls between May and October. In Wales, the helpline "
        "dealt with 140 cases of forced labour.",
        {140: SPAN},
        id="dealt-with",
    ),
    pytest.param(
        "The charity worked with 900 families between May and October. Across Conwy, "
        "caseworkers helped 61 families find housing.",
        {61: SPAN},
        id="helped",
    ),
    # near misses: the perfect or the future states no part of the span before
    pytest.param(
        "Essex Police searched 310 homes between May and October. In Harlow, the charity "
        "has supported 70 families.",
        {70: None},
        id="perfect-is-no-part",
    ),
    pytest.param(
        "Essex Police searched 310 homes between May and October. In Harlow, the charity "
        "will supported 70 families.",
        {70: None},
        id="future-is-no-part",
    ),
    pytest.param(
        "Essex Police searched 310 homes between May and October. In Harlow, officers "
        "praised 70 volunteers.",
        {70: None},
        id="a-verb-not-in-the-table",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_place_actions(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
