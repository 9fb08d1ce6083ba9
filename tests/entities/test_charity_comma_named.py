"""A charity named in an appositive set off by commas right after "the charity" ("The
charity, Hope Street Mentors, has …") is a CHARITY (rule ``charity-comma-named`` of
``resources/organisation_patterns.jsonl``); what follows "the charity," and is no
appositive is not. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import Found, OrganisationsOf

ROWS = [
    pytest.param(
        "Its founder said the charity, Second Chance Futures, had grown.",
        [("Second Chance Futures", "CHARITY", "charity:second-chance-futures")],
        id="a-name-with-no-charity-word",
    ),
    pytest.param(
        "A local charity, Safe Haven Wirral, runs the drop-in.",
        [("Safe Haven Wirral", "CHARITY", "charity:safe-haven-wirral")],
        id="a-local-charity",
    ),
    # near misses: a sentence going on after "According to the charity,"; a place list
    pytest.param(
        "According to the charity, Thames Valley Police recorded 600 reports.",
        [("Thames Valley Police", "FORCE", "force:thames-valley-police")],
        id="a-force-after-the-charity-comma",
    ),
    pytest.param("According to the charity, Kent, Essex and Sussex had the most.", [], id="places"),
    pytest.param(
        "The charity, which began in 2019, has trained 40 volunteers.", [], id="a-relative"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_charity_comma_named(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
