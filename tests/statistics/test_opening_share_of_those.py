"""A share opening its sentence whose whole is "those", "them" or "these" after it ("Nearly
half of those who died had …", "Over a third of them were …") points back to the figure
before and takes its place (rule ``opening-share-of-those``), not the area of the force the
release names; a share naming a whole of its own does not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Essex Police has referred itself to the watchdog after a death in Colchester. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The watchdog opened 58 inquiries in England and Wales last year. "
            "Nearly half of those who died had been restrained.",
            [(58, "England and Wales"), (50, "England and Wales")],
        ),
        (
            LEAD + "There were 212 detentions in Scotland last year. "
            "Over a third of them were of women.",
            [(212, "Scotland"), (33.3, "Scotland")],
        ),
        (
            LEAD + "Charities in Wales took 940 calls last year. "
            "Almost a quarter of these came from men.",
            [(940, "Wales"), (25, "Wales")],
        ),
    ],
)
def test_a_share_of_those_takes_the_place_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a share naming its own whole ("of the drivers"), or no share opening
        LEAD + "The watchdog opened 58 inquiries in England and Wales last year. "
        "Nearly half of the drivers stopped in Colchester were local.",
        LEAD + "The watchdog opened 58 inquiries in England and Wales last year. "
        "In Colchester, nearly half of those arrested were local.",
        # the count before is a town's, not a country's: the share keeps its own reading
        LEAD + "Officers in Harlow made 90 arrests last year. "
        "Nearly half of those were made in Colchester.",
    ],
)
def test_a_share_with_a_whole_or_place_of_its_own(nlp: Language, areas: AreasOf, text: str) -> None:
    assert areas(nlp, text)[-1] == (50, "Colchester")
