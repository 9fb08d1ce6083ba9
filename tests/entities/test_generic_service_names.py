"""A charity's service named only by generic words of a channel or kind of help ("the
charity's Live Chat service", "its Online Support service") is no named service: the
``generic_words`` of the charity-service rules of ``resources/organisation_patterns.jsonl``.
Every sentence is invented for the test; the near misses are services with a name of
their own beside the generic words, which are still found."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

Found = list[tuple[str, str, str]]
OrganisationsOf = Callable[[Language, str], Found]
"""The ``organisations`` fixture (tests/entities/conftest.py)."""

CASES: list[tuple[str, Found]] = [
    pytest.param(
        "Refuge said contacts to the charity's Live Chat service had risen.",
        [("Refuge", "CHARITY", "charity:refuge")],
        id="possessive-live-chat",
    ),
    pytest.param(
        "The NSPCC said the charity's Online Support service had grown.",
        [("NSPCC", "CHARITY", "charity:nspcc")],
        id="possessive-online-support",
    ),
    pytest.param(
        "Mind said calls to its Web Chat service had doubled.",
        [("Mind", "CHARITY", "charity:mind")],
        id="its-web-chat",
    ),
    pytest.param(
        "Barnardo's said its Email Support service had taken more messages.",
        [("Barnardo's", "CHARITY", "charity:barnardos")],
        id="its-email-support",
    ),
    # near misses: a name of its own beside the generic words
    pytest.param(
        "Mind said its Harbour Support service had helped 40 people.",
        [
            ("Mind", "CHARITY", "charity:mind"),
            ("Harbour Support", "CHARITY", "charity:harbour-support"),
        ],
        id="named-harbour-support",
    ),
    pytest.param(
        "Barnardo's said the charity's Young Voices Forum youth panel met.",
        [
            ("Barnardo's", "CHARITY", "charity:barnardos"),
            ("Young Voices Forum", "CHARITY", "charity:young-voices-forum"),
        ],
        id="named-forum",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generic_service_names(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
