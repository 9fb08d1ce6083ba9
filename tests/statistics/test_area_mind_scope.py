"""Mind, the mental health charity for England and Wales, is a national body of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: its own figures, where no
place is named, are England and Wales's; a force's release that names Mind keeps its own
area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "More than 1,900 people answered Mind's survey in the spring, and one in four said"
        " no one came.",
        [(1900, "England and Wales"), (25, "England and Wales")],
        id="mind-own-survey",
    ),
    pytest.param(
        "Mind says one in six adults reached crisis point last year.",
        [(16.7, "England and Wales")],
        id="mind-says",
    ),
    # near misses: a place named, a force's release naming Mind
    pytest.param(
        "Mind said 420 people in Cardiff used its crisis cafe.",
        [(420, "Cardiff")],
        id="place-named",
    ),
    pytest.param(
        "Cumbria Constabulary passed 610 calls to health partners. Mind welcomed the change.",
        [(610, "Cumbria")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_mind_speaks_for_england_and_wales(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
