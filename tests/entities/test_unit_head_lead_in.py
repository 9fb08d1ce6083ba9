"""A title whose unit or portfolio is in lower case, then "at"/"for" and the body it belongs
to, opening its sentence before a comma, a rank and a name ("Head of the freight crime unit
at NaVCIS, Detective Inspector Jo Bell, said") is the person's title beside the rank
(``person_rules`` lead-in ``unit_head``, :mod:`pressfacts.entities.lead_in_heads`); a
phrase with no title's head, or with no body after "at"/"for", gives no title. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "unit_at_national_body": (
        "Head of the freight crime unit at NaVCIS, Detective Inspector Paul Redfern, said the"
        " figures were welcome.",
        {"Paul Redfern": ["Detective Inspector", "Head of Freight Crime Unit"]},
    ),
    "team_at_force": (
        "Head of the rural crime team at Kent Police, Sergeant Julie Marsh, said thefts had"
        " fallen.",
        {"Julie Marsh": ["Head of Rural Crime Team", "Sergeant"]},
    ),
    "the_head_of_unit": (
        "Thefts rose. The head of the economic crime unit at Essex Police, Detective Chief"
        " Inspector Ravi Shah, said more was needed.",
        {"Ravi Shah": ["Detective Chief Inspector", "Head of Economic Crime Unit"]},
    ),
    "portfolio_without_unit": (
        "Head of roads policing at Cheshire Constabulary, Chief Inspector Ann Doyle, said:"
        ' "We will keep patrolling."',
        {"Ann Doyle": ["Chief Inspector", "Head of Roads Policing"]},
    ),
    # near misses: no title's head, or no body after "at"/"for"
    "officers_from_team": (
        "Officers from the rural crime team at Kent Police, Sergeant Julie Marsh, said thefts"
        " had fallen.",
        {"Julie Marsh": ["Sergeant"]},
    ),
    "manager_of_the_shop": (
        "The manager of the shop, Detective Constable Tom Hale, said nothing was taken.",
        {"Tom Hale": ["Detective Constable"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_unit_head_lead_in(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
