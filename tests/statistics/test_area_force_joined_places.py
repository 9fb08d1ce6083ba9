"""A force named for two joined places ("Hampshire and Isle of Wight Constabulary") stands
for both as its name words them ("&" kept, as for "Devon & Cornwall Police")
(``named_bodies.NAMED_FOR_RULES`` entry ``force-for-joined-places``), not for the first
bare place of its gazetteer entry, unless the text names that first place alone
(``bare_first_wins``: the text's own wording); a force named for one place keeps that
place. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

AREAS = [
    pytest.param(
        "Hampshire and Isle of Wight Constabulary recorded 512 thefts of catalytic converters"
        " in 2023.",
        [(512, "Hampshire and Isle of Wight")],
        id="joined-places-lead",
    ),
    pytest.param(
        "Officers arrested 38 people during the week of action, Hampshire & Isle of Wight"
        " Constabulary said.",
        [(38, "Hampshire & Isle of Wight")],
        id="joined-places-ampersand",
    ),
    pytest.param(
        "Devon and Cornwall Police seized 61 knives in February.",
        [(61, "Devon and Cornwall")],
        id="joined-places-unchanged",
    ),
    # near misses: a force named for one place; a town named in the sentence
    pytest.param(
        "Hampshire Constabulary recorded 512 thefts of catalytic converters in 2023.",
        [(512, "Hampshire")],
        id="one-place",
    ),
    pytest.param(
        "The county show is held in Hampshire every June. Hampshire and Isle of Wight"
        " Constabulary said 64 crimes were reported there.",
        [(64, "Hampshire")],
        id="first-place-named-alone",
    ),
    # rule first_place_in_a_name: the first place inside another body's name is not the
    # place named alone
    pytest.param(
        "Hampshire and Isle of Wight Constabulary arrested 23 people in July. Officers worked"
        " with Hampshire County Council and Age UK Hampshire's volunteers.",
        [(23, "Hampshire and Isle of Wight")],
        id="first-place-in-council-and-branch-names",
    ),
    pytest.param(
        "Devon and Cornwall Police recorded 77 burglaries in May, the force said. Devon Fire"
        " and Rescue Service attended some of them.",
        [(77, "Devon and Cornwall")],
        id="first-place-in-a-service-name",
    ),
    pytest.param(
        "In Hampshire, the scheme is new. Hampshire and Isle of Wight Constabulary said 51"
        " people were referred.",
        [(51, "Hampshire")],
        id="first-place-opening-a-sentence",
    ),
    pytest.param(
        "Hampshire Police joined the week of action. Hampshire and Isle of Wight Constabulary"
        " said 19 vans were stopped.",
        [(19, "Hampshire")],
        id="first-place-in-the-force-alias",
    ),
    pytest.param(
        "Hampshire and Isle of Wight Constabulary said 140 of the thefts were in Basingstoke.",
        [(140, "Basingstoke")],
        id="town-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_force_for_joined_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
