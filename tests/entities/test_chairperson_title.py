""" "Chairperson" is a title of its own, kept as worded as "Chairman" and "Chairwoman" are
(entries ``chairperson`` and ``independent-chairperson`` of ``resources/titles.jsonl``),
not folded into "Chair"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            'Leeds Community Safety Partnership chairperson Moira Dunne said: "We listened."',
            "Moira Dunne",
            ["Chairperson"],
            id="chairperson-before-name",
        ),
        pytest.param(
            'Owen Pryde, the partnership\'s chairperson, said: "It is quieter."',
            "Owen Pryde",
            ["Chairperson"],
            id="chairperson-appositive",
        ),
        pytest.param(
            'Independent Chairperson Lena Hart said: "The board agreed."',
            "Lena Hart",
            ["Independent Chairperson"],
            id="independent-chairperson",
        ),
        # near misses: "chair" and "chairman" keep their own words
        pytest.param(
            'Tom Reyes, the partnership\'s chair, said: "We act."',
            "Tom Reyes",
            ["Chair"],
            id="near-miss-chair",
        ),
        pytest.param(
            'Club chairman Ravi Bains said: "The pitch is ready."',
            "Ravi Bains",
            ["Chairman"],
            id="near-miss-chairman",
        ),
    ],
)
def test_chairperson_is_kept_as_worded(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert titles_of(nlp, text, name) == sorted(expected)
