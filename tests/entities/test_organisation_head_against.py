"""A body's head word followed by "Against" and the capitalised thing it stands against is
one name ("the Welsh Alliance Against Scams"), rule ``head-against`` of
``organisation_patterns.jsonl``, not the head-word name cut before "Against" (rule
``org-head``'s "Welsh Alliance"). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Welsh Alliance Against Scams met in Aberystwyth last month.",
            [("Welsh Alliance Against Scams", "ORG", "org:welsh-alliance-against-scams")],
            id="alliance",
        ),
        pytest.param(
            "Officers joined the Yorkshire Partnership Against Heritage Crime for the day.",
            [
                (
                    "Yorkshire Partnership Against Heritage Crime",
                    "ORG",
                    "org:yorkshire-partnership-against-heritage-crime",
                )
            ],
            id="partnership",
        ),
        pytest.param(
            "A report by the Northern Coalition Against Knife Crime, which meets monthly, "
            "was published.",
            [
                (
                    "Northern Coalition Against Knife Crime",
                    "ORG",
                    "org:northern-coalition-against-knife-crime",
                )
            ],
            id="coalition-before-comma",
        ),
        # the officer's title after the name is no word of it
        pytest.param(
            "Cumbrian Alliance Against Fraud Director Tom Reid spoke in Kendal.",
            [("Cumbrian Alliance Against Fraud", "ORG", "org:cumbrian-alliance-against-fraud")],
            id="title-after-the-name",
        ),
        # near miss: "against" in lower case is the preposition, the name stays as it is
        pytest.param(
            "The Devon Rural Partnership against fly-tipping was set up in 2019.",
            [("Devon Rural Partnership", "ORG", "org:devon-rural-partnership")],
            id="lower-case-against",
        ),
    ],
)
def test_a_head_word_against_a_thing_is_one_name(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
