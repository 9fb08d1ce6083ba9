"""A title's tail pointing back at a unit or team already named ("for the regional unit",
"in the team") is no part of the title (``title_tails.ANAPHORIC_TAIL``, rule
``anaphoric_unit_tail``). Every sentence is invented for this test; the near misses keep a
named unit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Owen Platt, fraud protect officer for the regional unit, said the talks were full.",
         "Owen Platt", ["Fraud Protect Officer"]),
        ("Jess Carver, cyber prevent officer for the unit, said schools had signed up.",
         "Jess Carver", ["Cyber Prevent Officer"]),
        ("Ravi Shah, crime prevention officer for the team, said 80 bikes were marked.",
         "Ravi Shah", ["Crime Prevention Officer"]),
        # near misses: a unit named by its own capitalised name stays a portfolio
        ("Lena Marsh, head of the Cyber Crime Unit, said the figures were stark.",
         "Lena Marsh", ["Head of Cyber Crime Unit"]),
        ("Cole Ingram, head of training, said the course was new.",
         "Cole Ingram", ["Head of Training"]),
    ],
)  # fmt: skip
def test_anaphoric_unit_tail(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles
