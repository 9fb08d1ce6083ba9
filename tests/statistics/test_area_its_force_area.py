""" "Across its force area" is the area of the force the sentence names, as "the force area"
is (rule ``its-force-area``, :data:`pressfacts.statistics.place_phrases.FORCE_AREA`), not a
town named later in the sentence nor the place of the release; sentences written for these
tests, with near misses that must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Wales Police recorded 254 spiking reports across its force area in 2025, of "
         "which 131 were in Cardiff.", [(254, "South Wales"), (131, "Cardiff")]),
        ("Cardiff Council said 40 venues had joined. Gwent Police recorded 90 thefts across "
         "its force area last year.", [(40, "Cardiff"), (90, "Gwent")]),
        ("Kent Police recorded 57 burglaries in Medway in 2024. Across its whole force area "
         "there were 960.", [(57, "Medway"), (960, "Kent")]),
        # near miss: a council's "its area" is no force area
        ("Kent Police recorded 57 burglaries in Medway in 2024. The council said 30 homes in "
         "its area were hit.", [(57, "Medway"), (30, "Medway")]),
    ],
)  # fmt: skip
def test_its_force_area(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
