"""A railway station named for its town speaks for that town (``station_name``,
``lead_station_site``).

"at Cardiff Central station" names a station, not a ward "Cardiff Central" (rule
``station_name`` of ``district_names``), and the same name later without "station" is the
station again; a lead that tells of what happened at a station has the station's town as
its scope (rule ``lead_station_site`` of ``lead_sentences``), so a later figure whose
sentence names no place takes the town rather than the national issuer's area. Sentences
written for these tests; near misses keep a ward or the issuer's area.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Nine people were arrested during an operation at Leeds station, British Transport "
        "Police said. Officers searched 340 passengers.",
        [(9, "Leeds"), (340, "Leeds")],
    ),
    (
        "Officers screened 1,200 passengers at Glasgow Central station over the weekend. A "
        "further 80 were searched at Glasgow Central on Monday.",
        [(1200, "Glasgow"), (80, "Glasgow")],
    ),
    (
        "British Transport Police seized 14 knives during a week of action outside Manchester "
        "Piccadilly station. Patrols stopped 210 people.",
        [(14, "Manchester"), (210, "Manchester")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # a town's compass ward named as no station stays the ward
    ("Reports of theft fell by 12% in Batley West, the council said.", [(12, "Batley West")]),
    # no station named at the lead's site: the national issuer's area
    (
        "British Transport Police stopped 400 people at stations last month. A man who "
        "travelled from York station was charged.",
        [(400, "Great Britain")],
    ),
    (
        "Fourteen people were sentenced at Leeds Crown Court, British Transport Police said. "
        "Officers had stopped 300 passengers.",
        [(14, "Great Britain"), (300, "Great Britain")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_area_station_names(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
