"""A sentence opened by the people the sentence before spoke of, going on with what they
did then ("They seized 3kg of heroin"), counts the deed's finds where the deed was: the
area of the figure before (area rule ``pronoun-went-on``), not the issuer's. Speech and
findings are not deeds. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police has published its figures.\n\nOfficers arrested six men in raids in "
            "Dover. They also recovered 14 phones and two cars.",
            [(6, "Dover"), (14, "Dover"), (2, "Dover")],
            id="they-also-recovered",
        ),
        pytest.param(
            "Thames Valley Police has published its figures.\n\nA gang ran a drugs line in "
            "Slough from 12 flats. They sold 900 wraps of crack cocaine.",
            [(12, "Slough"), (900, "Slough")],
            id="a-gang-went-on",
        ),
        pytest.param(  # near miss: speech is no deed: the issuer's area
            "Kent Police has published its figures.\n\nOfficers arrested six men in raids in "
            "Dover. They said 40 more homes were being watched.",
            [(6, "Dover"), (40, "Kent")],
            id="they-said",
        ),
    ],
)
def test_pronoun_went_on(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
