"""A place inside a relative clause between commas that describes the subject before its
verb ("Northern, which runs trains across Yorkshire, paid for …") is the subject's remit:
it yields to any other place the figure's clause names, ranked last among the clause's
places (``figure_areas._rank``, rule ``aside-remit`` of ``remit_places``). Alone, it is
still the figure's place; a "where" clause is not an aside of this kind. Every sentence
is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Northern, which runs trains across Yorkshire, funded 25 workshops in schools "
            "in Barnsley and Rotherham last year.",
            [(25, "Barnsley and Rotherham")],
            id="operator-aside-then-schools-in-towns",
        ),
        pytest.param(
            "The trust, who work throughout Wales, trained 310 volunteers in Swansea in 2023.",
            [(310, "Swansea")],
            id="who-aside-then-town",
        ),
        pytest.param(
            "Avanti West Coast, which serves stations across the North West, has paid for "
            "14 youth workers in Wigan since January.",
            [(14, "Wigan")],
            id="aside-has-paid-then-town",
        ),
        # near misses: the aside's place alone; a "where" clause; a place after the aside
        pytest.param(
            "The charity, which works across Wales, helped 3,000 families last year.",
            [(3000, "Wales")],
            id="aside-place-alone-is-still-the-area",
        ),
        pytest.param(
            "Kent Police will extend the patrols to Margate, where thefts rose to 212 in 2023.",
            [(212, "Margate")],
            id="where-clause-is-no-aside",
        ),
        pytest.param(
            "The scheme, which began in March, has reached 480 pupils across Cumbria.",
            [(480, "Cumbria")],
            id="place-after-the-aside",
        ),
    ],
)
def test_aside_places_yield_to_the_clause(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
