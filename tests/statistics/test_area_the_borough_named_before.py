""" "In the borough" in a county's release points back to the borough named before its
sentence (rule ``the-borough-named-before``, :func:`.region_areas._borough_named_before`),
over a county or force area its own clause names that holds the borough (rule
``the-borough-over-its-county`` of :data:`.figure_areas.FIGURE_AREA_RULES`: the speaker's
"Merseyside's" office, the force as subject). Sentences written for these tests; near
misses: a borough the clause names stands, and with no borough named before the county
stays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Break-ins across Wirral rose in 2023. Merseyside Police said it had cut burglary in "
         "the borough by 14% since April.", [(14, "Wirral")]),
        ("Break-ins across Wirral rose in 2023. At the launch, Merseyside's commissioner Jo Bell "
         "said burglary in the borough had fallen by 14%.", [(14, "Wirral")]),
        ("Officers in Medway made 40 arrests. Kent Police said thefts in the borough fell by "
         "9% since April.", [(40, "Medway"), (9, "Medway")]),
        # near misses: the clause names a borough of its own; no borough named before
        ("Break-ins across Wirral rose in 2023. Sefton Council said burglary in the borough "
         "had fallen by 14%.", [(14, "Sefton")]),
        ("Merseyside Police said it had cut burglary in the borough by 14% since April.",
         [(14, "Merseyside")]),
    ],
)  # fmt: skip
def test_the_borough_named_before(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
