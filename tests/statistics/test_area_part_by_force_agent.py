"""A part of the figure before ("40 of them") whose clause names a force only as the one
that passively did the act ("were referred by Essex Police") keeps the whole's area
(``agent_places.part_by_force_agent``, area rule ``part-by-force-agent``). Sentences
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

AREAS = [
    pytest.param(
        "A refuge in Chelmsford took in 88 women last year. More than 30 of them were referred"
        " by Essex Police.",
        [(88, "Chelmsford"), (30, "Chelmsford")],
        id="referred-by-force",
    ),
    pytest.param(
        "The project in Wigan supported 120 young people. 45 of those were identified by"
        " Greater Manchester Police.",
        [(120, "Wigan"), (45, "Wigan")],
        id="identified-by-force",
    ),
    # near misses: the force as subject; a place named in the clause; no part
    pytest.param(
        "A refuge in Chelmsford took in 88 women last year. Essex Police referred 30 of them.",
        [(88, "Chelmsford"), (30, "Essex")],
        id="force-as-subject",
    ),
    pytest.param(
        "A refuge in Chelmsford took in 88 women last year. More than 30 of them were from"
        " Colchester.",
        [(88, "Chelmsford"), (30, "Colchester")],
        id="place-named",
    ),
    pytest.param(
        "A refuge in Chelmsford took in 88 women last year. Another 30 women were referred by"
        " Essex Police.",
        [(88, "Chelmsford"), (30, "Essex")],
        id="not-a-part",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_part_by_force_agent(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
