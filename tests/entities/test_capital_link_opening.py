"""A link word written in capitals opens a name found by pattern ("FOR Cardiff, the city's
business improvement district"): it is a word of the name, not leading noise (rule
``capital_link_opening``, ``org_patterns._NAME_LINKS``, read by
``PatternRules._trim``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The marshals are paid for by the council and FOR Swansea, the city's business "
            "improvement district.",
            [("FOR Swansea", "ORG", "org:for-swansea")],
        ),
        (
            "Door staff were trained by OF Bristol, the business improvement district.",
            [("OF Bristol", "ORG", "org:of-bristol")],
        ),
        # near misses: a link word in lower case is still noise; a name with no link word
        ("The scheme is run for Exeter, the city's business improvement district.", []),
        (
            "Funding came from Love Leeds, the city's business improvement district.",
            [("Love Leeds", "ORG", "org:love-leeds")],
        ),
    ],
)
def test_capital_link_opening(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
