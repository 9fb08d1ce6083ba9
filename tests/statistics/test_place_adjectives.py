"""Rule ``place-adjective``: a county or nation named by its adjective before a word for its
land or water ("along the Cornish coast", "on Cumbrian roads") is the figure's place
(``place_adjectives.PLACE_ADJECTIVES``); an adjective before a body's name or a thing of the
place names no place. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.place_adjectives import adjective_places
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "value", "area"),
    [
        (
            "Merseyside Police's dog unit made 58 patrols along the Cornish coast in May.",
            58,
            "Cornwall",
        ),
        (
            "Lancashire Constabulary said 31 drivers were stopped on Cumbrian roads last week.",
            31,
            "Cumbria",
        ),
        (
            "Lifeguards from the charity rescued 212 swimmers on Welsh beaches this summer.",
            212,
            "Wales",
        ),
        (
            "The coastguard was called to 74 incidents on the Northumbrian coastline in April.",
            74,
            "Northumberland",
        ),
        (
            "The Environment Agency found 19 pollution incidents in Scottish rivers in 2025.",
            19,
            "Scotland",
        ),
    ],
)
def test_a_place_adjective_before_its_land_is_the_area(
    nlp: Language, areas: AreasOf, text: str, value: float, area: str
) -> None:
    assert (value, area) in areas(nlp, text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Patrols along the Cornish coast doubled.", ["Cornwall"]),
        ("Crashes on rural Cumbrian roads fell.", ["Cumbria"]),
        ("Visitors to the Northern Irish coast rose.", ["Northern Ireland"]),
        # near misses: a body named with the adjective first, a thing of the place
        ("The Welsh Government gave £40,000.", []),
        ("Scottish Water fixed 12 leaks.", []),
        ("A bakery sold 900 Cornish pasties.", []),
        ("The charity trained 60 Welsh speakers.", []),
        ("Ferries crossed the English Channel 40 times.", []),
        ("Irish coast guards helped.", []),
    ],
)
def test_adjective_places(text: str, places: list[str]) -> None:
    assert [place for _, _, place in adjective_places(text)] == places
