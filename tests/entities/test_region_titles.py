"""A named region closing a title ("security director for Network Rail's North West &
Central region") is where the post is, no part of the title (cleaning step
``region_tail``); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = [
    pytest.param(
        "Sarah Hale, security director for Network Rail's North West & Central region, "
        "said it helped.",
        {"Sarah Hale": ["Security Director"]},
        id="joined-region",
    ),
    pytest.param(
        "Tom Reed, head of security for Network Rail's Eastern region, said it helped.",
        {"Tom Reed": ["Head of Security"]},
        id="one-word-region",
    ),
    pytest.param(
        "Pat Lowe, operations manager for the Scotland region of Avanti West Coast, said "
        "it helped.",
        {"Pat Lowe": ["Operations Manager"]},
        id="region-then-owner",
    ),
    # near misses: a unit named with "Region", a regional title, a region after no portfolio
    pytest.param(
        "Dan Fry, head of the Eastern Region Special Operations Unit, said it helped.",
        {"Dan Fry": ["Head"]},
        id="a-unit-named-with-region",
    ),
    pytest.param(
        "Amy Cole, regional manager for the North West, said it helped.",
        {"Amy Cole": ["Regional Manager"]},
        id="regional-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_region_closing_a_title_is_no_part_of_it(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
