"""A force a body "works with" (in any tense, "closely" or not) is a partner, not a lead-in
to the figures after it (``PARTNER_CUES`` of :mod:`pressfacts.statistics.place_wording`):
"The authority works with Essex Police and Kent Police. Over the past three years, joint
operations have led to 14 arrests" had given the arrests Kent's area. Sentences invented
for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity helped 500 families across Wales in 2025. It works with Gwent "
            "Police and South Wales Police. Last month, 30 more families were referred.",
            [(500, "Wales"), (30, "Wales")],
            id="works-with-two-forces",
        ),
        pytest.param(
            "Officers made 40 arrests in Kent in 2025. The force works with Essex Police on "
            "the estuary. Over the summer, 12 boats were seized.",
            [(40, "Kent"), (12, "Kent")],
            id="force-works-with-a-neighbour",
        ),
        pytest.param(
            "The trust supported 200 victims across Cumbria in 2025. It worked closely with "
            "Lancashire Constabulary. This year, 90 victims have been referred.",
            [(200, "Cumbria"), (90, "Cumbria")],
            id="worked-closely-with",
        ),
        # near misses: a place, not a body, after "work with"; the place of its own clause
        pytest.param(
            "Teachers work with children in Hull. In 2025, 40 pupils took part.",
            [(40, "Hull")],
            id="place-after-work-with",
        ),
        pytest.param(
            "Officers in Kent will work with Essex Police to seize 12 boats this summer.",
            [(12, "Kent")],
            id="own-clause-place",
        ),
    ],
)
def test_a_force_worked_with_is_no_lead_in(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
