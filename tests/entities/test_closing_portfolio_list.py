"""Rule ``closing_portfolio_list`` (:data:`pressfacts.entities.portfolio_runs.CLOSING_LIST_PART`):
the appositive that closes the sentence after "said Jo Bell" may list a title's subjects with
commas, closed by "and" ("…,” said Mark Oduya, the council's corporate director for children,
young people and education."), as the appositive before "said" already could; before, the
list's comma ended the appositive short of the sentence end and the person had no title.
Sentences invented for the test; near misses: one subject (as before), a comma-closed part
with no "and", which gives no title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        '"We will keep the refuge open," said Hilary Voss, the council\'s cabinet member for'
        " adults, health and wellbeing.",
        "Hilary Voss",
        ["Cabinet Member for Adults, Health and Wellbeing"],
        id="three-subjects",
    ),
    pytest.param(
        '"The patrols work," added Rory Feld, the force\'s lead for roads, rural and'
        " wildlife crime.",
        "Rory Feld",
        ["Lead for Roads, Rural and Wildlife Crime"],
        id="added",
    ),
    pytest.param(
        "The centre will open in May, according to Nadia Kerr, director for learning,"
        " skills and employment.",
        "Nadia Kerr",
        ["Director for Learning, Skills and Employment"],
        id="according-to",
    ),
    # near misses: one subject (as before); a part with no "and" is no list
    pytest.param(
        '"We will keep the refuge open," said Hilary Voss, the council\'s cabinet member for'
        " housing.",
        "Hilary Voss",
        ["Cabinet Member for Housing"],
        id="one-subject",
    ),
    pytest.param(
        '"We will keep the refuge open," said Hilary Voss, the council\'s cabinet member for'
        " adults, a former nurse.",
        "Hilary Voss",
        [],
        id="no-and",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_closing_portfolio_list(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    found = people(nlp, text)
    assert name in found
    assert found[name].titles == titles
