"""The Information Commissioner's Office, the UK's data protection regulator, is a national
body of :data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: when it leads a
release, its figures with no place of their own are the UK's, though a force is named
later; a place named, or a force's own release, keeps its area. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

AREAS = [
    pytest.param(
        "The Information Commissioner's Office has reprimanded two forces over lost footage."
        " Kent Police lost 300 discs. The ICO received 410 complaints in 2025.",
        [(2, "UK"), (300, "Kent"), (410, "UK")],
        id="regulator-leads-force-later",
    ),
    pytest.param(
        "The ICO fined 14 organisations last year.",
        [(14, "UK")],
        id="abbreviation-alone",
    ),
    # near misses: a place named, a force's release naming the regulator
    pytest.param(
        "The Information Commissioner's Office audited 9 councils in Wales last year.",
        [(9, "Wales")],
        id="place-named",
    ),
    pytest.param(
        "Durham Constabulary deleted 5,000 clips. The Information Commissioner's Office"
        " had raised 3 concerns.",
        [(5000, "Durham"), (3, "Durham")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_information_commissioner_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
