"""Areas of the items of a gapped list ("Hull recorded 40 thefts, York 25 and Selby 12"),
of an average named for a place ("an average for Wales of 5.6"), and of places set off by
a comma alone, which are no list ("In Kent, Kent Police …")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    # each gapped item takes the place right before it, not the next item's
    (
        "Last year Cumbria Police recorded 410 thefts, Lancashire Police 388 and "
        "Merseyside Police 512.",
        [(410, "Cumbria"), (388, "Lancashire"), (512, "Merseyside")],
    ),
    (
        "In May, Hull accounted for 64 of the calls, Scarborough 21, Whitby 17, and Ripon "
        "and Harrogate 12 between them.",
        [(64, "Hull"), (21, "Scarborough"), (17, "Whitby"), (12, "Ripon and Harrogate")],
    ),
    (
        "Swansea logged 220 reports in 2023, Cardiff about 340 and Newport 150.",
        [(220, "Swansea"), (340, "Cardiff"), (150, "Newport")],
    ),
    # shares with "for", after a percentage, a place named with "and", ", and" before the last
    (
        "In 2024 Derby accounted for 38% of calls, Chesterfield for 21% and Brighton "
        "and Hove for 9%.",
        [(38, "Derby"), (21, "Chesterfield"), (9, "Brighton and Hove")],
    ),
    (
        "In 2024 Derby accounted for 38% of calls, Chesterfield for 21%, and Matlock for 9%.",
        [(38, "Derby"), (21, "Chesterfield"), (9, "Matlock")],
    ),
    # a region's article before the next item ("and the East Midlands 88")
    (
        "Kent logged 512 thefts, while the North East recorded 240 and the East Midlands 88.",
        [(512, "Kent"), (240, "North East"), (88, "East Midlands")],
    ),
    (
        "Swansea logged 220 reports in 2023, while Cardiff saw about 340 and the Wirral 150.",
        [(220, "Swansea"), (340, "Cardiff"), (150, "Wirral")],
    ),
    # a gapped item that keeps its preposition ("York for 25", "Selby with 12"), before
    # a clause naming the places of the rest
    (
        "Hull accounted for 140 of the thefts, York for 52 and Selby for 31, with the rest "
        "reported in Ripon and Whitby.",
        [(140, "Hull"), (52, "York"), (31, "Selby")],
    ),
    (
        "Cardiff recorded 96 thefts, Newport with 44 and Swansea with 38, while the rest were "
        "in Bridgend.",
        [(96, "Cardiff"), (44, "Newport"), (38, "Swansea")],
    ),
    # an average named for a place is that place's, not the figure before it's
    (
        "The rate in Kent was 7.4 per 1,000 people in 2023, against an average for England of 6.1.",
        [(7.4, "Kent"), (6.1, "England")],
    ),
    (
        "Gwent recorded 9.2 offences per 10,000 children, compared with the average "
        "across Wales of 7.9.",
        [(9.2, "Gwent"), (7.9, "Wales")],
    ),
    # the average of the releasing body's own area ("a force average") is that area's
    (
        "Cleveland Police issued 900 notices in 2025. Hartlepool had the highest rate, at "
        "3.2 per 1,000 homes, against a force average of 2.4.",
        [(900, "Cleveland"), (3.2, "Hartlepool"), (2.4, "Cleveland")],
    ),
    (
        "Durham Constabulary logged 700 thefts in 2025. Darlington recorded 6.1 thefts per "
        "1,000 people, against the countywide average of 4.8.",
        [(700, "Durham"), (6.1, "Darlington"), (4.8, "Durham")],
    ),
    # near miss: the average of a region named for it stays the region's
    (
        "Cleveland Police issued 900 notices in 2025. Hartlepool had the highest rate, at "
        "3.2 per 1,000 homes, against a North East average of 2.4.",
        [(900, "Cleveland"), (3.2, "Hartlepool"), (2.4, "North East")],
    ),
]


# places set off by a comma alone are no list; "and" makes one
COMMA_ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("In the South West, Avon and Somerset Police recorded 512 thefts.", [(512, "South West")]),
    ("Officers in Leeds, Bradford and York made 61 arrests.", [(61, "Leeds, Bradford and York")]),
    ("Officers in Leeds and Bradford made 61 arrests.", [(61, "Leeds and Bradford")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + COMMA_ROWS)
def test_gapped_list_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
