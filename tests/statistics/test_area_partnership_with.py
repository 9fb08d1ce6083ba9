"""A council or force named in a list that "a partnership with" opens is a partner of the
release's body, not the area of the figures beside it (rule ``partnership_with`` of
``PARTNER_CUES`` in :mod:`pressfacts.statistics.partner_cues`). Sentences invented for the
test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nottinghamshire's Police and Crime Commissioner has launched a partnership with "
            "45 shops, Nottingham City Council and Nottinghamshire Police.",
            [(45, "Nottinghamshire")],
            id="commissioner-partnership-list",
        ),
        pytest.param(
            "Kent Police has formed a business crime partnership with Canterbury City "
            "Council, backed by £30,000.",
            [(30000, "Kent")],
            id="force-partnership-council",
        ),
        # near misses: a place (not a body) after the cue; the owner of the partnership
        pytest.param(
            "The charity has set up a partnership with 20 shops in Leicester.",
            [(20, "Leicester")],
            id="place-after-cue",
        ),
        pytest.param(
            "Sheffield City Council's partnership with South Yorkshire Police has paid for "
            "12 cameras.",
            [(12, "Sheffield")],
            id="owner-before-cue",
        ),
    ],
)
def test_a_body_a_partnership_is_with_is_a_partner(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
