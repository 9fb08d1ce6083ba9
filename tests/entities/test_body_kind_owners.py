"""A title owned by "the bank", "the insurer", "the regulator", "the watchdog" or "the
inspectorate" (after it, or as a possessive before it) belongs to the organisation named
before (nouns of ``anaphoric_owners.ANAPHORIC_OWNERS``; the tail is cut from the title by
``title_tails.ANAPHORIC_TAIL``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Lloyds Bank said 4,000 customers were scammed. Amy Lee, head of fraud at the bank, "
        "said people should check.",
        ("Amy Lee", "Head of Fraud", "org:lloyds-bank"),
        id="at-the-bank",
    ),
    pytest.param(
        "NFU Mutual said theft cost £3.4m. The insurer's rural affairs specialist, Hana Bird, "
        "said GPS units were taken.",
        ("Hana Bird", "Rural Affairs Specialist", "org:nfu-mutual"),
        id="the-insurers",
    ),
    pytest.param(
        "Ofcom published new rules. Gil West, the regulator's online safety director, said "
        "firms must act.",
        ("Gil West", "Online Safety Director", "org:ofcom"),
        id="the-regulators",
    ),
    pytest.param(
        "The IOPC found failings. The watchdog's director of operations, Kay Moss, said "
        "lessons must be learned.",
        ("Kay Moss", "Director of Operations", "org:independent-office-for-police-conduct"),
        id="the-watchdogs",
    ),
    # near miss: nothing of that kind named before: the tail is cut, no owner guessed
    pytest.param(
        "Kent Police made 12 arrests. Jo Bell, head of fraud at the bank, said people should "
        "check.",
        ("Jo Bell", "Head of Fraud", None),
        id="near-miss-no-organisation-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_title_owned_by_a_body_kind_named_before(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    name, title, organisation = expected
    found = people(nlp, text)
    assert [(r.title, r.organisation) for r in found[name].roles] == [(title, organisation)]
