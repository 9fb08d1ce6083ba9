""" "The city centre" or "the town centre" in a sentence that names only a body (a council,
a PCC, a force) points back to the centre named with its town before (rule
``centre-named-before``, ``centre_words.centre_named_before``), not to the body's area.
Sentences invented for the test; near misses name a place of their own, another town's
council, no centre before, or an owner's centre ("Wigan's town centre team")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    (
        "Thieves took 52 bikes from racks in Sheffield city centre. South Yorkshire Police "
        "recorded 2,940 thefts last year. Sheffield City Council will fit 80 new stands in the "
        "city centre.",
        [
            (52.0, "Sheffield city centre"),
            (2940.0, "South Yorkshire"),
            (80.0, "Sheffield city centre"),
        ],
    ),
    (
        "In Leeds city centre, thieves took 46 bikes. West Yorkshire Police recorded 3,915 "
        "thefts in 2025. West Yorkshire's Police and Crime Commissioner has funded two officers "
        "for the city centre.",
        [(46.0, "Leeds city centre"), (3915.0, "West Yorkshire"), (2.0, "Leeds city centre")],
    ),
    (
        "Shop thefts in Wigan town centre rose to 310. Wigan Council has hired six wardens for "
        "the town centre.",
        [(310.0, "Wigan town centre"), (6.0, "Wigan town centre")],
    ),
    # near misses: another town's council; a place of the sentence's own; no centre named;
    # an owner's centre ("Wigan's town centre team") is no centre named
    (
        "Wigan's town centre team made 148 arrests. Greater Manchester Police said shop theft in "
        "the town centre fell by 21%.",
        [(148.0, "Wigan"), (21.0, "Greater Manchester")],
    ),
    (
        "Thieves took 52 bikes in Sheffield city centre. Bike thefts in the city centre fell by "
        "12% in March.",
        [(52.0, "Sheffield city centre"), (12.0, "Sheffield city centre")],
    ),
    (
        "Thieves took 52 bikes in Sheffield city centre. Leeds City Council will fit 80 new "
        "stands in the city centre.",
        [(52.0, "Sheffield city centre"), (80.0, "Leeds")],
    ),
    (
        "Thieves took 52 bikes in Sheffield city centre. Police made 30 arrests in Rotherham and "
        "12 in the city centre.",
        [(52.0, "Sheffield city centre"), (30.0, "Rotherham"), (12.0, "Rotherham")],
    ),
    (
        "Thefts in Sheffield rose to 400. Sheffield City Council will fit 80 new stands in the "
        "city centre.",
        [(400.0, "Sheffield"), (80.0, "Sheffield")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_centre_named_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
