"""War Memorials Trust, the charity for the war memorials of the whole UK, is a national
body of :data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: its own figures,
where no place is named, are the UK's; a place named keeps its figure, and a force's release
that names the trust keeps its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "War Memorials Trust was told of 58 plaque thefts last year, and one in eight "
            "led to a charge.",
            [(58, "UK"), (12.5, "UK")],
            id="trust-own-figures",
        ),
        pytest.param(
            "War Memorials Trust said it had funded 120 new plaques since 2020.",
            [(120, "UK")],
            id="trust-says",
        ),
        # near misses: a place named; a force's release naming the trust
        pytest.param(
            "War Memorials Trust said 14 of the thefts were in Lancashire.",
            [(14, "Lancashire")],
            id="place-named",
        ),
        pytest.param(
            "Durham Constabulary recorded 22 memorial thefts. War Memorials Trust welcomed "
            "the arrests.",
            [(22, "Durham")],
            id="force-release",
        ),
    ],
)
def test_war_memorials_trust_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
