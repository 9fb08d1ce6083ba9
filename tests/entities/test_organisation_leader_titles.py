""" "Safer Places chief executive Jo Bell": capitalised words before a title that only leads
an organisation name the organisation, no part of the title (``ORGANISATION_LEADER_TITLES``,
in ``with_portfolio`` and the cleaning step ``organisation_head``; sentences invented for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brighter Days chief executive Owen Pryce said demand had doubled.",
         {"Owen Pryce": ["Chief Executive"]}),
        ("Open Door founder Leah Grant thanked the donors.", {"Leah Grant": ["Founder"]}),
        ("Owen Pryce, Brighter Days chief executive, said demand had doubled.",
         {"Owen Pryce": ["Chief Executive"]}),
        ("Kindred Voices chairwoman Ruth Kemp said it was a good day.",
         {"Ruth Kemp": ["Chairwoman"]}),
        # near misses: a portfolio before a title of a portfolio stays part of it
        ("Domestic Abuse lead Owen Pryce said demand had doubled.",
         {"Owen Pryce": ["Domestic Abuse Lead"]}),
        ("Community Safety manager Leah Grant said so.",
         {"Leah Grant": ["Community Safety Manager"]}),
        # a stand-in word before the title is part of it
        ("Owen Pryce, acting chief executive of the Harbour Trust, said demand had doubled.",
         {"Owen Pryce": ["Acting Chief Executive"]}),
    ],
)  # fmt: skip
def test_organisation_words_are_no_part_of_a_leader_title(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
