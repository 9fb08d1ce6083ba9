"""Two or three people given with their ages and one home they share ("both of", "all
of", "both from") are people, whatever their given names ("Ion Rusu, 29, and Sorin
Marin, 33, both of Luton": rule ``name_age_shared_home``); figures by place before "both
of which" are not. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court heard that Lorenc Hoxha, 41, and Ermal Dushku, 36, both of Slough, ran "
         "the network.", {"Lorenc Hoxha", "Ermal Dushku"}),
        ("Two men were jailed.\n\nDilshad Barzani, 29, and Hemin Rasool, 33, both from Luton, "
         "used a phone repair shop.", {"Dilshad Barzani", "Hemin Rasool"}),
        ("Officers later arrested Shkelzen Hoxha, 38, all of whose cars were seized.", set()),
        # near misses: figures by place, a place and "both of which", no age
        ("Arrests rose in Kent, 12, and Essex, 9, both of which saw more patrols.", set()),
        ("Thefts in West Yorkshire, 40, and South Yorkshire, 25, both from shops, rose.", set()),
        ("Great Yarmouth and Lowestoft, both of Suffolk and Norfolk's coast, saw patrols.",
         set()),
    ],
)  # fmt: skip
def test_name_age_shared_home(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
