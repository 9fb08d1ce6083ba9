"""Rule ``place_based_descriptor`` (``title_tails.PLACE_BASED``): a capitalised place joined
to "-based" may open the description of the organisation named after a title ("chief
executive of the Bristol-based charity SARI"), so the description goes with the
organisation and the title is the post alone. Sentences invented for the test; the near
miss is a unit, no organisation described, so its words stay in the title."""

from __future__ import annotations

import pytest
from spacy.language import Language


def titles(nlp: Language, text: str, name: str) -> list[str]:
    doc = nlp(text)
    found = [info for info in doc._.entity_info.values() if info.name == name]
    return sorted(found[0].titles) if found else []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "Ruth Okoye, chief executive of the Exeter-based charity Brightwater, said the "
            "waiting list had grown.",
            "Ruth Okoye",
            ["Chief Executive"],
            id="charity",
        ),
        pytest.param(
            "Dan Price, director of the Milton Keynes-based youth charity Hope Ahead, "
            "said the funding was welcome.",
            "Dan Price",
            ["Director"],
            id="two-word-place-and-lower-case-modifier",
        ),
        # near miss: a unit, not a description of an organisation named next
        pytest.param(
            "Jo Bell, head of the Leeds-based Yorkshire Crime Unit, said arrests had risen.",
            "Jo Bell",
            ["Head of Leeds-based Yorkshire Crime Unit"],
            id="unit-near-miss",
        ),
    ],
)
def test_place_based_descriptor(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles(nlp, text, name) == expected
