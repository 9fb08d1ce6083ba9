"""A commissioner's office named for the nation it serves ("the Children's Commissioner for
England") stands for that place (``named_bodies.NAMED_FOR_RULES`` entry
``commissioner-for-place``): its findings with no place of their own are that nation's,
though the gazetteer's name hides the place inside it. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

AREAS = [
    pytest.param(
        "The Children's Commissioner for England found that 40% of victims waited a year.",
        [(40, "England")],
        id="commissioner-finds",
    ),
    pytest.param(
        "Police in England and Wales made 3,000 searches in 2024. The Children's Commissioner"
        " for England found that girls were about three times as likely to be searched.",
        [(3000, "England and Wales"), (3, "England")],
        id="after-a-wider-area",
    ),
    # near misses: no place in the name; a place named in the sentence
    pytest.param(
        "The Victims' Commissioner said 300 people had called in 2024.",
        [(300, None)],
        id="no-place-in-the-name",
    ),
    pytest.param(
        "The Children's Commissioner for England found that 40% of victims in Kent waited.",
        [(40, "Kent")],
        id="place-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_commissioner_for_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
