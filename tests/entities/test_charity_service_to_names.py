"""Rule ``charity-service-possessive`` (``organisation_patterns.jsonl``) on a name with
"to" inside it: "the charity's Time to Talk campaign", "the charity's Crime Not to Care
campaign" name a charity's campaign or project, as "the charity's Young Voices Forum"
does. Not "the charity's campaign to End …" (no name right after the possessive), nor a
"to" name without the possessive. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Volunteers said the charity's Right to Roam project had grown.",
            [("Right to Roam", "CHARITY", "charity:right-to-roam")],
            id="right-to-roam",
        ),
        pytest.param(
            "She said the charity's Dare to Share campaign reached 40 schools.",
            [("Dare to Share", "CHARITY", "charity:dare-to-share")],
            id="dare-to-share",
        ),
        pytest.param(
            "He said the charity's Time to Change Hull scheme would run again.",
            [("Time to Change Hull", "CHARITY", "charity:time-to-change-hull")],
            id="two-words-after-to",
        ),
        # near misses
        pytest.param(
            "She said the charity's campaign to End Littering had reached 40 schools.",
            [],
            id="campaign-before-its-name",
        ),
        pytest.param(
            "She said the plan to Close Rye Lane depot was dropped.",
            [],
            id="no-possessive",
        ),
    ],
)
def test_a_charity_service_named_with_to(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
