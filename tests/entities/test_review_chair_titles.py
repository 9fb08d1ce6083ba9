"""A chair named by the review or inquiry they chair keeps only the chair (entry
``chaired_review`` of ``title_cleaning.REVIEW_WORDS``, beside the committee words), and a
title phrase set before a name in commas is the person's when a verb of their work
follows the name ("The independent chair of the review, Dr Jo Bell, found that …": rule
``title_phrase_then_name``, which reads ``predicate_verbs.ACTIVITY`` as well as verbs of
saying; a reviewer's findings are among them). Found by held-out 330; sentences invented
for the test. Near misses: a head of a review keeps "of the Review" (no chair); a body
in the name's place is no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people, titles_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The independent chair of the review, Dr Owen Pritchard, found that the GP was "
         "never told.", "Owen Pritchard", ["Independent Chair"]),
        ("The chair of the inquiry, Niamh Devlin, concluded that the force had failed.",
         "Niamh Devlin", ["Chair"]),
        ("Aled Morris, independent chair of the domestic homicide review, said lessons had "
         "been learned.", "Aled Morris", ["Independent Chair"]),
        ("The chair of the safeguarding review, Carys Lloyd, recommended 9 changes.",
         "Carys Lloyd", ["Chair"]),
        # near misses: a chair of a named body keeps no review word; a head is no chair
        ("Aled Morris, head of the review, said lessons had been learned.", "Aled Morris",
         ["Head of the Review"]),
    ],
)  # fmt: skip
def test_review_chair_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chair of the review, Safer Homes, found that the rules were unclear.",
        "The sponsor of the review, Harbour Trust, concluded that the rules were unclear.",
    ],
)
def test_a_body_after_the_title_is_no_person(nlp: Language, text: str) -> None:
    assert people(nlp, text) == {}
