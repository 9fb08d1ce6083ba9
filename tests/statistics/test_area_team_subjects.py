"""A team named by its place opening its sentence ("The Leeds team made 310 arrests") is
the figures' subject: its place is their area. A speaker's unit ("Insp Lee, of the Kent
roads policing team, said") stays no area (place role ``unit-name``). Sentences invented
for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Leeds team made 310 arrests in May.", [(310, "Leeds")]),
        ("Officers met in York. The Hull unit seized 42 knives in June.", [(42, "Hull")]),
        (  # near miss: the speaker's unit, not the figure's subject
            "Insp Jo Lee, of the Kent roads policing team, said 40 drivers were caught.",
            [(40, None)],
        ),
    ],
)
def test_team_subject_is_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
