"""An age bound in words after a young person's noun ("a child under five", "toddlers under
three") is no statistic (exclusion ``age-under-words``,
:data:`pressfacts.statistics.age_phrases.AGE_UNDER_WORDS`); a count before the noun, a
share, a plural noun after the number, or "under" with no young person before it stays a
statistic. Every sentence is invented for the test."""

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
            "Vets in Exeter said owners often let a child under five stroke a strange dog.",
            [],
            id="child-under-five",
        ),
        pytest.param(
            "The RSPCA urged parents of toddlers under three never to leave them with a dog.",
            [],
            id="toddlers",
        ),
        pytest.param(
            "Health visitors in Hull saw 40 babies under six months with bites.",
            [(40, "babies")],
            id="count-before-noun",
        ),
        pytest.param(
            "Nurses treated 31 children aged under ten for dog bites in Bolton.",
            [(31, "children")],
            id="aged-under",
        ),
        # near misses: a plural noun after the number; a share; no young person before it
        pytest.param(
            "Staff trained 12 children under two schemes in Luton.",
            [(12, "children"), (2, "schemes")],
            id="plural-noun",
        ),
        pytest.param(
            "The survey found children under five per cent of the time.",
            [(5, "percent")],
            id="share",
        ),
        pytest.param(
            "Police in Wigan received just under five hundred reports.",
            [(500, "reports")],
            id="no-young-person",
        ),
    ],
)
def test_age_under_words(nlp: Language, units_of: UnitsOf, text: str, expected: object) -> None:
    assert units_of(nlp, text, P) == expected
