"""Two area rules found by held-out 197. ``owned-site-place`` (``areas.SCOPE_PLACE``): a
place naming an owner's sites ("from its Hull refuges", "at our Leeds hub", "in their
Derby offices") is the scope of the figure, before a local body named for another place.
``town-named-here`` (``region_areas.region_area``): "in the town" / "in the city" after a
town named earlier in the same sentence (in a speaker's description) is that town, not
the place named before the sentence. Sentences invented; near misses: a place used as a
plain modifier with no owner, "the town" with no town in its sentence, a county named in
the sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Between March and May, Wearside Women in Need turned away 38 women from its "
        "Sunderland refuges.",
        [(38, "Sunderland")],
        id="owned-refuges",
    ),
    pytest.param(
        "Humberside Police said Hull Women's Aid housed 40 women at its Grimsby refuge.",
        [(40, "Grimsby")],
        id="owned-refuge-at",
    ),
    pytest.param(
        "Staffordshire Police said volunteers helped 250 people at our Stoke hub.",
        [(250, "Stoke")],
        id="our-hub",
    ),
    pytest.param(
        "Kent Police recorded 20 thefts in Canterbury.\n\nInspector Dai Rees, of the force's "
        "neighbourhood team in Margate, said officers had spoken to 40 women in the town in May.",
        [(20, "Canterbury"), (40, "Margate")],
        id="town-in-description",
    ),
    pytest.param(
        "Kent Police recorded 20 thefts in Canterbury.\n\nInspector Dai Rees, who runs the "
        "team in Margate, said 15 shops in the town had signed up.",
        [(20, "Canterbury"), (15, "Margate")],
        id="town-in-relative",
    ),
    pytest.param(
        "Avon and Somerset Police recorded 20 offences in Bath.\n\nSergeant Ann Hill, of the "
        "force's team in Yeovil, said officers had walked with 57 women in the town in August.",
        [(20, "Bath"), (57, "Yeovil")],
        id="town-after-city",
    ),
    # near misses
    pytest.param(
        "Leeds Women's Aid helped 900 women last year.", [(900, "Leeds")], id="body-place"
    ),
    pytest.param(
        "Gwent Police recorded 20 thefts in Newport. Sergeant Ann Hill said officers spoke "
        "to 40 women in the town last month.",
        [(20, "Newport"), (40, "Newport")],
        id="no-town-in-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_owned_sites_and_town_named_here(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
