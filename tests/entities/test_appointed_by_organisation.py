"""Rule ``appointed_by_organisation``: an organisation that "has appointed" a person "as"
something gives that person the title, as the organisation's; near misses: an appointment
to do something (no "as"), an appointing body named by no entity. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cheshire Constabulary has appointed Amina Rashid as its new head of crime.",
            ("Amina Rashid", [("Head of Crime", "force:cheshire-constabulary")]),
        ),
        (
            "Barnardo's has appointed Lynn Okafor as its chief executive, and she starts in May.",
            ("Lynn Okafor", [("Chief Executive", "charity:barnardos")]),
        ),
        (
            "The NSPCC has appointed Dr Helen Marsh as interim director of services.",
            ("Helen Marsh", [("Director of Services", "charity:nspcc")]),
        ),
        (  # a name of three words
            "Rape Crisis has appointed Jo Anne Bell as its new chief executive.",
            ("Jo Anne Bell", [("Chief Executive", "charity:rape-crisis-england-and-wales")]),
        ),
        # near misses: the appointing body named by no entity; an appointment to do a task
        (
            "The charity has appointed Amina Rashid as director.",
            ("Amina Rashid", [("Director", None)]),
        ),
        ("Kent Police has appointed Amina Rashid to lead the review.", ("Amina Rashid", None)),
    ],
)
def test_appointed_by_organisation(
    nlp: Language, text: str, expected: tuple[str, list[tuple[str, str | None]] | None]
) -> None:
    name, roles = expected
    found = people(nlp, text)
    if roles is None:
        assert not found.get(name) or not found[name].roles
        return
    assert [(r.title, r.organisation) for r in found[name].roles] == roles
