"""A territory named with its kind after "for" with no "the" is the role's area
(``owned_territory_tail`` of ``title_tails._TERRITORY_TAIL``).

"route director for Network Rail's North West route": once the organisation's possessive is
taken out, "for North West route" names the stretch the role covers, as "for the West Coast
South route" does, so the title is "Route Director". Sentences written for these tests; near
misses keep their titles whole.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

CASES: list[tuple[str, str, list[str]]] = [
    (
        '"Work starts tonight," said Phil Garside, route director for Network Rail\'s North '
        "West route.",
        "Phil Garside",
        ["Route Director"],
    ),
    (
        "Kim Lowe, route director for Wessex route, said the line would reopen.",
        "Kim Lowe",
        ["Route Director"],
    ),
    (
        "Tara Boyd, operations manager for Network Rail's Eastern region, said the fences were "
        "repaired.",
        "Tara Boyd",
        ["Operations Manager"],
    ),
]

NEAR_MISSES: list[tuple[str, str, list[str]]] = [
    # "of" with no "the" is a portfolio; a capitalised kind is a unit's name
    (
        "Lee Pratt, head of Crime Prevention area, said the trains ran.",
        "Lee Pratt",
        ["Head of Crime Prevention Area"],
    ),
    (
        "Ian Cole, director for Roads Policing, said it.",
        "Ian Cole",
        ["Director for Roads Policing"],
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES + NEAR_MISSES)
def test_owned_territory_tail(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
