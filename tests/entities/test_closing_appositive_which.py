"""A title after a name the verb of saying comes before may be followed by a relative
clause about the body it names ("said Ffion Rees, manager of the Dyfed Road Safety
Partnership, which runs the vans"): the appositive closes before ", which" as it does
before ", who" (``person_rules`` ``closing_appositive``). Sentences invented for these
tests; the near misses are an appositive with no title word and a title closing its
sentence (unchanged)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = [
    pytest.param(
        "“The vans go where people have died,” said Ffion Rees, manager of the Dyfed Road "
        "Safety Partnership, which runs the cameras with Dyfed-Powys Police.",
        {"Ffion Rees": ["Manager"]},
        id="manager-of-partnership",
    ),
    pytest.param(
        "“Every crash is a family,” added Owen Pryce, chief executive of the Harbour "
        "Trust, which supports bereaved families in Swansea.",
        {"Owen Pryce": ["Chief Executive"]},
        id="chief-executive-of-charity",
    ),
    pytest.param(
        "“We checked every lorry,” according to Mair Lloyd, head of roads policing at "
        "Gwent Police, which led the operation.",
        {"Mair Lloyd": ["Head of Roads Policing"]},
        id="according-to",
    ),
    # near misses: no title word in the appositive; a title closing its sentence
    pytest.param(
        "“We were there,” said Ffion Rees, at the hearing in Carmarthen, which ran for a week.",
        {"Ffion Rees": []},
        id="no-title",
    ),
    pytest.param(
        "“The vans go where people have died,” said Ffion Rees, manager of the Dyfed Road "
        "Safety Partnership.",
        {"Ffion Rees": ["Manager"]},
        id="closing-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_title_before_a_which_clause(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
