"""Rule ``title_place_then_name`` (:mod:`pressfacts.entities.person_rules`): a title whose
subject after "of"/"for" is in lower case may stand before the name with no comma ("Head of
enforcement Jo Bell said"), as a place after the title already may ("Police and Crime
Commissioner for Dunmore Jo Bell said"). Sentences invented for the test; near misses: a
subject opening on an article, a word that is no title before "of", and a name with no
verb after it (no title)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Head of enforcement Martin Quayle said the number of closures had risen.",
        "Martin Quayle",
        ["Head of Enforcement"],
        id="head-of-enforcement",
    ),
    pytest.param(
        "Director of public health Nadia Osei has warned that cases are rising in Luton.",
        "Nadia Osei",
        ["Director of Public Health"],
        id="director-has",
    ),
    pytest.param(
        "Lead for rural crime Owen Pritchard said 40 quad bikes were stolen last year.",
        "Owen Pritchard",
        ["Lead for Rural Crime"],
        id="lead-for",
    ),
    # near misses: an article opening the subject, no title word, the place form unchanged
    pytest.param(
        "Head of the family Martin Quayle said the house was sold.",
        "Martin Quayle",
        [],
        id="article",
    ),
    pytest.param(
        "Friend of the family Martin Quayle said the house was sold.",
        "Martin Quayle",
        [],
        id="no-title",
    ),
    pytest.param(
        "Police and Crime Commissioner for Gwent Rhian Lloyd said the money would help.",
        "Rhian Lloyd",
        ["Police and Crime Commissioner"],
        id="place-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_title_lower_subject_then_name(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
