"""A rank's organisation named as a chain of possessives ("of the NCA's Child
Exploitation and Online Protection Command") is the last of the chain, the body the
person works in; two organisations side by side stay undecided."""

from __future__ import annotations

import pytest
from spacy.language import Language


def owners(nlp: Language, text: str) -> dict[str, list[str | None]]:
    """Person name -> the organisation of each role."""
    doc = nlp(text)
    return {
        info.name: [role.organisation for role in info.roles]
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }


ROWS = [
    pytest.param(
        "Detective Sergeant Ana Ruiz, of the NCA's Child Exploitation and Online Protection "
        'Command, said: "We trace them."',
        {"Ana Ruiz": ["force:child-exploitation-and-online-protection-command"]},
        id="chain-then-said",
    ),
    pytest.param(
        "According to Detective Inspector Ana Ruiz, of the NCA's Child Exploitation and "
        'Online Protection Command: "We trace them."',
        {"Ana Ruiz": ["force:child-exploitation-and-online-protection-command"]},
        id="chain-then-colon",
    ),
    pytest.param(
        'Detective Inspector Ana Ruiz, of the National Crime Agency, said: "We trace them."',
        {"Ana Ruiz": ["force:national-crime-agency"]},
        id="one-organisation",
    ),
    pytest.param(
        'Detective Inspector Ana Ruiz, of Kent Police and Essex Police, said: "We trace them."',
        {"Ana Ruiz": [None]},
        id="two-side-by-side",
    ),
    pytest.param(
        "Suffolk Constabulary made four arrests. Detective Inspector Ana Ruiz, of the force's "
        'rural crime team, said: "We trace them."',
        {"Ana Ruiz": ["force:suffolk-constabulary"]},
        id="the-forces-unit-points-back",
    ),
    # the same, closing a sentence after "said" (rule ``closing_tail_owners``)
    pytest.param(
        'Suffolk Constabulary made four arrests. "We trace them," said Detective Inspector Ana '
        "Ruiz, of the force's rural crime team.",
        {"Ana Ruiz": ["force:suffolk-constabulary"]},
        id="closing-the-forces-unit-points-back",
    ),
    pytest.param(
        '"We trace them," said Detective Sergeant Ana Ruiz, of the NCA\'s Child Exploitation '
        "and Online Protection Command.",
        {"Ana Ruiz": ["force:child-exploitation-and-online-protection-command"]},
        id="closing-chain",
    ),
    pytest.param(
        'Detective Inspector Ana Ruiz, of the force\'s rural crime team, said: "We trace them."',
        {"Ana Ruiz": [None]},
        id="the-forces-unit-with-no-force-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_possessive_owners(nlp: Language, text: str, expected: dict[str, list[str | None]]) -> None:
    assert owners(nlp, text) == expected
